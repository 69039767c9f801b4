from django.apps import AppConfig
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from kernel import related
from municipalities import roles


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Best practices and their transfer")

    def ready(self):
        from practices.models import PilotCandidacy, Practice, Replication

        # The roles of a local government that this app's relations tell (municipalities/roles.py).
        roles.register("host", _("Hosts a best practice"), lambda: Q(pk__in=Practice.objects.selected().values("host")))
        roles.register("pilot", _("Pilot"), lambda: Q(candidacy__status=PilotCandidacy.Status.SELECTED))
        # What pages of the left show of this app's relations (kernel/related.py): a place's
        # practices, candidacy and replications in the lists and the map; a practice's pilots.
        related.register(
            "municipalities.LocalGovernment",
            "roles",
            prefetch=lambda: Prefetch("practices", queryset=Practice.objects.selected().order_by("number")),
        )
        related.register(
            "municipalities.LocalGovernment",
            "roles",
            select=["candidacy"],
            prefetch=lambda: Prefetch(
                "replications", queryset=Replication.objects.select_related("practice").order_by("practice__number")
            ),
        )
        related.register(
            "practices.Practice",
            "detail",
            prefetch=lambda: Prefetch(
                "replications", queryset=Replication.objects.select_related("pilot__country").order_by("pilot__slug")
            ),
        )
