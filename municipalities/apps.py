from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = _("Countries, organisations and local governments")

    def ready(self):
        from django.apps import apps

        from municipalities.workspace import install_signin_record_names, install_thai_display

        install_thai_display()
        install_signin_record_names()
        # django-axes names its app "Axes" on the admin index; staff read what it keeps.
        apps.get_app_config("axes").verbose_name = _("Sign-in attempts")
