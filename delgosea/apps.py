from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DelgoseaConfig(AppConfig):
    name = "delgosea"
    verbose_name = _("DELGOSEA portal")

    def ready(self):
        from delgosea import pagecache

        # Cached public pages are forgotten on any write to a project model.
        pagecache.watch_project_models()
