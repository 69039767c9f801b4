from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = _("Countries, organisations and local governments")

    def ready(self):
        from kernel.workspace import scope

        # The workspace finds a staff user's role and a coordinator's country in their profile, kept here.
        scope.register_staff_profiles(lambda user: getattr(user, "staff_profile", None))
