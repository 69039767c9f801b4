"""The directory as CSV and XLSX, made as the catalogue's download is (practices.downloads)."""

from django.utils.translation import gettext as _

from municipalities.models import LocalGovernment
from practices.downloads import both_headings, heading, in_both


def local_government_rows(local_governments):
    headers = [
        heading(LocalGovernment, "slug"),
        *both_headings(LocalGovernment, "name"),
        heading(LocalGovernment, "kind"),
        heading(LocalGovernment, "country"),
        *both_headings(LocalGovernment, "province"),
        *[
            heading(LocalGovernment, field)
            for field in ("latitude", "longitude", "population", "population_year", "website")
        ],
        _("Hosts best practices"),
        _("Replicates best practices"),
    ]
    rows = [
        [
            lg.slug,
            *in_both(lg, "name"),
            lg.get_kind_display(),
            lg.country.code,
            *in_both(lg, "province"),
            lg.latitude,
            lg.longitude,
            lg.population,
            lg.population_year,
            lg.website,
            " ".join(str(p.number) for p in lg.practices.all()),
            " ".join(str(r.practice.number) for r in lg.replications.all()),
        ]
        for lg in local_governments
    ]
    return headers, rows
