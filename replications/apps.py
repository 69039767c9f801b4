from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReplicationsConfig(AppConfig):
    name = "replications"
    verbose_name = _("Transfer to the pilots")
