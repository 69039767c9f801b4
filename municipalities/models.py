"""WHO and WHERE: countries, organisations, local governments and people."""

import operator
from functools import reduce

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kernel.constraints import finite_values, web_address
from kernel.models import Sourced
from kernel.ordering import reading_order
from kernel.workspace.roles import StaffRole
from municipalities import roles


class CountryQuerySet(models.QuerySet):
    def in_reading_order(self, language):
        return self.order_by(*reading_order("name", language))


class Country(Sourced):
    code = models.CharField(_("ISO 3166 code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"),
                name="country_code_iso_alpha2",
                violation_error_message=_("The ISO 3166 code is two capital letters, such as TH."),
            ),
        ]

    def __str__(self):
        return self.name


class Organisation(Sourced):
    class Kind(models.TextChoices):
        DONOR = "donor", _("Donor")
        LEAD_IMPLEMENTER = "lead-implementer", _("Lead implementer")
        IMPLEMENTING_PARTNER = "implementing-partner", _("Implementing partner")
        ASSOCIATION = "lg-association", _("Local-government association")
        NATIONAL_AGENCY = "national-agency", _("National agency")
        OTHER = "other", _("Other")

    # The kinds that take part in running the programme (shown on the programme page).
    PROGRAMME_ROLES = [Kind.DONOR, Kind.LEAD_IMPLEMENTER, Kind.IMPLEMENTING_PARTNER, Kind.ASSOCIATION]

    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    country = models.ForeignKey(
        "municipalities.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="organisations",
        null=True,
        blank=True,
        help_text=_("Where the organisation is based. Empty for a regional or international one."),
    )
    partner_in = models.ManyToManyField(
        "municipalities.Country",
        verbose_name=_("programme partner in"),
        related_name="partners",
        blank=True,
        help_text=_("The countries where it is one of DELGOSEA's partners."),
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["acronym", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["acronym"],
                condition=~Q(acronym=""),
                name="organisation_acronym_unique",
                violation_error_message=_("Another organisation already has this acronym."),
            ),
            web_address("organisation_website_is_web"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class LocalGovernmentQuerySet(models.QuerySet):
    def with_role(self, slug):
        """Local governments that play this role in the programme ("host", "pilot": municipalities/roles.py)."""
        return self.filter(roles.condition(slug))

    def with_a_role(self):
        """Local governments that play any role in the programme: hosts and pilots."""
        return self.filter(reduce(operator.or_, (role.condition() for role in roles.registered()), Q(pk__in=[])))

    def in_reading_order(self, language):
        return self.order_by(*reading_order("name", language))


@finite_values
class LocalGovernment(Sourced):
    class Kind(models.TextChoices):
        CITY_MUNICIPALITY = "city-municipality", _("City municipality")
        TOWN_MUNICIPALITY = "town-municipality", _("Town municipality")
        SUBDISTRICT_MUNICIPALITY = "subdistrict-municipality", _("Sub-district municipality")
        CITY = "city", _("City")
        MUNICIPALITY = "municipality", _("Municipality")
        REGENCY = "regency", _("Regency")
        PROVINCE = "province", _("Province")
        SANGKAT_COMMUNE = "sangkat-commune", _("Sangkat or commune")
        ALLIANCE = "alliance", _("Alliance or cluster")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    country = models.ForeignKey(
        "municipalities.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="local_governments"
    )
    province = models.CharField(_("province or region"), max_length=200, blank=True)
    population = models.IntegerField(_("population"), null=True, blank=True)
    population_year = models.PositiveSmallIntegerField(_("year of the population figure"), null=True, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    association = models.ForeignKey(
        "municipalities.Organisation",
        verbose_name=_("member of association"),
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
        limit_choices_to={"kind": Organisation.Kind.ASSOCIATION},
    )

    objects = LocalGovernmentQuerySet.as_manager()

    class Meta:
        ordering = ["country__code", "slug"]
        verbose_name = _("local government")
        verbose_name_plural = _("local governments")
        constraints = [
            models.CheckConstraint(
                condition=Q(population__isnull=True) | Q(population__gte=0),
                name="lg_population_not_negative",
                violation_error_message=_("The population cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(population__isnull=True, population_year__isnull=True)
                # population_year__isnull=False: a CHECK that evaluates to NULL passes.
                | Q(
                    population__isnull=False,
                    population_year__isnull=False,
                    population_year__gte=1900,
                    population_year__lte=2100,
                ),
                name="lg_population_has_its_year",
                violation_error_message=_(
                    "A population needs the year of its figure (1900–2100), and a year its population."
                ),
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(
                    latitude__isnull=False,
                    longitude__isnull=False,
                    latitude__gte=-90,
                    latitude__lte=90,
                    longitude__gte=-180,
                    longitude__lte=180,
                ),
                name="lg_coordinates_valid_pair",
                violation_error_message=_("Give both latitude (−90 to 90) and longitude (−180 to 180), or neither."),
            ),
            web_address("lg_website_is_web"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("local-government", args=[self.slug])


class Person(Sourced):
    """Someone in the programme. E-mail and phone are private: no public page shows them."""

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        UNSTATED = "unstated", _("Not stated")

    name = models.CharField(_("name"), max_length=200)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex, default=Sex.UNSTATED)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "municipalities.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="people",
        null=True,
        blank=True,
    )
    local_government = models.ForeignKey(
        "municipalities.LocalGovernment",
        verbose_name=_("local government"),
        on_delete=models.PROTECT,
        related_name="people",
        null=True,
        blank=True,
    )
    email = models.EmailField(_("e-mail (private)"), blank=True)
    phone = models.CharField(_("phone (private)"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.CheckConstraint(
                condition=Q(organisation__isnull=True) | Q(local_government__isnull=True),
                name="person_one_employer",
                violation_error_message=_("A person belongs to an organisation or a local government, not both."),
            ),
        ]

    def __str__(self):
        return self.name


class StaffProfile(models.Model):
    """A staff user's role and, for a country coordinator, the country they keep."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="staff_profile"
    )
    role = models.CharField(_("role"), max_length=30, choices=StaffRole)
    country = models.ForeignKey(
        "municipalities.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="coordinators",
        null=True,
        blank=True,
        help_text=_("The country a coordinator keeps. Empty for the other roles."),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role="country-coordinator") | Q(country__isnull=False),
                name="coordinator_has_a_country",
                violation_error_message=_("A country coordinator needs a country."),
            ),
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"
