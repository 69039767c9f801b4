from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelgoseaConfig(AppConfig):
    name = "delgosea"
    verbose_name = _("DELGOSEA portal")

    def ready(self):
        from kernel import dataversion

        # Cached pages (public ones, and the dashboard) are forgotten on any write to a project model.
        dataversion.watch_project_models()
