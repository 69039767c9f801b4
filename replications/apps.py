from django.apps import AppConfig
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _

from kernel import related
from municipalities import roles


class ReplicationsConfig(AppConfig):
    name = "replications"
    verbose_name = _("Transfer to the pilots")

    def ready(self):
        from replications.models import PilotCandidacy, Replication

        # A local government's role that this app's relations tell (municipalities/roles.py).
        roles.register("pilot", _("Pilot"), lambda: Q(candidacy__status=PilotCandidacy.Status.SELECTED))
        # What a practice's page and its catalogue card (practices, to the left) show of this app:
        # the pilots that replicated it.
        for purpose in ("detail", "cards"):
            related.register(
                "practices.Practice",
                purpose,
                prefetch=lambda: Prefetch(
                    "replications",
                    queryset=Replication.objects.select_related("pilot__country").order_by("pilot__slug"),
                ),
            )
