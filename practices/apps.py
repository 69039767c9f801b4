from django.apps import AppConfig
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from municipalities import roles


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Best practices and their transfer")

    def ready(self):
        from practices.models import Practice

        # A local government's role that this app's relations tell (municipalities/roles.py).
        roles.register("host", _("Hosts a best practice"), lambda: Q(pk__in=Practice.objects.selected().values("host")))
