from django.apps import AppConfig
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from municipalities import roles


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Best practices and their transfer")

    def ready(self):
        from practices.models import PilotCandidacy, Practice

        # The roles of a local government that this app's relations tell (municipalities/roles.py).
        roles.register("host", _("Hosts a best practice"), lambda: Q(pk__in=Practice.objects.selected().values("host")))
        roles.register("pilot", _("Pilot"), lambda: Q(candidacy__status=PilotCandidacy.Status.SELECTED))
