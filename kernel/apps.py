from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class KernelConfig(AppConfig):
    name = "kernel"
    verbose_name = _("Shared kernel")

    def ready(self):
        from django.apps import apps

        from kernel.workspace.display import install_signin_record_names, install_thai_display
        from kernel.workspace.roles import sync_groups_after_migrate

        # Every database gets the staff groups with their permissions after `migrate` (and `flush`).
        post_migrate.connect(sync_groups_after_migrate, sender=self, dispatch_uid="kernel.sync_groups")
        install_thai_display()
        install_signin_record_names()
        # django-axes names its app "Axes" on the admin index; staff read what it keeps.
        apps.get_app_config("axes").verbose_name = _("Sign-in attempts")
