from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelgoseaConfig(AppConfig):
    name = "delgosea"
    verbose_name = _("DELGOSEA portal")
