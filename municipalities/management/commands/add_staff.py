"""Create or update a staff user with a role: python manage.py add_staff USERNAME --role ROLE ..."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kernel.workspace.roles import StaffRole
from municipalities.models import Country, StaffProfile


class Command(BaseCommand):
    help = "Create or update a staff user with one of the roles, and a coordinator's country."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=StaffRole.values)
        parser.add_argument("--country", help="ISO 3166 code of a country coordinator's country, e.g. TH")
        parser.add_argument("--email", default="")

    @transaction.atomic
    def handle(self, username, role, country, email, **options):
        if role == StaffRole.COUNTRY_COORDINATOR and not country:
            raise CommandError("A country coordinator needs --country (an ISO code such as TH).")
        if role != StaffRole.COUNTRY_COORDINATOR and country:
            raise CommandError("Only a country coordinator has a country.")
        place = None
        if country:
            place = Country.objects.filter(code=country.upper()).first()
            if place is None:
                known = ", ".join(Country.objects.values_list("code", flat=True))
                raise CommandError(f"No country {country!r}; known: {known}.")

        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        if email:
            user.email = email
        if created:
            user.set_unusable_password()
        user.save()
        user.groups.remove(*Group.objects.filter(name__in=StaffRole.values))
        user.groups.add(Group.objects.get(name=role))
        StaffProfile.objects.update_or_create(user=user, defaults={"role": role, "country": place})

        what = "Created" if created else "Updated"
        where = f" for {place.code}" if place else ""
        self.stdout.write(self.style.SUCCESS(f"{what} {username}: {StaffRole(role).label}{where}."))
        if created or not user.has_usable_password():
            self.stdout.write(f"Set the password with: python manage.py changepassword {username}")
