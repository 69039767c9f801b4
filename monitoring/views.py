"""The programme page, each local government's page, and the steering committee's dashboard.

A local government's page lives here, not in municipalities, because it shows its
replication's stage, coaches, events and logbook: only monitoring may name them all.
"""

import datetime
import html
import logging

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from kernel import dataversion, pdf
from kernel.formats import localdate, shown_number
from monitoring import charts, downloads, reporting
from monitoring.models import Activity, Programme
from municipalities.models import LocalGovernment, Organisation, StaffRole
from practices.models import Practice
from replications.models import CoachAssignment, LogbookEntry, Replication
from training.models import Event


def programme(request):
    programme = Programme.objects.prefetch_related(
        "objectives",
        "target_groups",
        "expected_results",
        "milestones",
        Prefetch("phases__activities", queryset=Activity.objects.order_by("number")),
    ).first()
    partners = Organisation.objects.filter(kind__in=Organisation.PROGRAMME_ROLES).prefetch_related("partner_in")
    events = Event.objects.select_related("country").order_by("start_date")
    context = {"programme": programme, "partners": partners.order_by("kind", "acronym"), "events": events}
    if programme:
        # Progress for the public, as the dashboard defines it (monitoring/reporting.py), on today's date.
        as_of = reporting.default_as_of(programme, timezone.localdate())
        context |= {
            "as_of": as_of,
            "timeline": reporting.milestone_timeline(programme, as_of),
            "plan": reporting.plan_against_actual(programme, as_of),
        }
    return render(request, "monitoring/programme.html", context)


def local_government_detail(request, slug):
    replications = (
        Replication.objects.with_current_stage()
        .select_related("practice__host__country")
        .prefetch_related(
            Prefetch(
                "coach_assignments",
                queryset=CoachAssignment.objects.select_related("coach__person", "coach__association"),
            ),
            Prefetch("events", queryset=Event.objects.select_related("country").order_by("start_date")),
            Prefetch("logbook_entries", queryset=LogbookEntry.objects.order_by("-period_start")),
        )
    )
    local_government = get_object_or_404(
        LocalGovernment.objects.select_related("country", "association", "candidacy").prefetch_related(
            Prefetch("practices", queryset=Practice.objects.selected().select_related("theme").order_by("number")),
            Prefetch("replications", queryset=replications),
        ),
        slug=slug,
    )
    return render(request, "municipalities/localgovernment_detail.html", {"local_government": local_government})


# ---------------------------------------------------------------- the steering committee's dashboard

logger = logging.getLogger(__name__)


class AsOfForm(forms.Form):
    as_of = forms.DateField(label=_("As of"), required=False, input_formats=["%Y-%m-%d"])

    def clean_as_of(self):
        date = self.cleaned_data["as_of"]
        if date and not datetime.date(2000, 1, 1) <= date <= datetime.date(2030, 12, 31):
            raise forms.ValidationError(_("Choose a date between 2000 and 2030."))
        return date


def dashboard_country(request):
    """Whose figures the user sees: None for everything, a country for a country coordinator.

    Staff of the project office and the steering committee (and superusers) see everything;
    a signed-in user without a role is refused."""
    user = request.user
    if user.is_superuser:
        return None
    profile = getattr(user, "staff_profile", None)
    if profile is None or profile.role not in StaffRole.values:
        raise PermissionDenied
    return profile.country if profile.role == StaffRole.COUNTRY_COORDINATOR else None


def dashboard_report(request):
    """The report the dashboard and its downloads show, with what of the query string was ignored."""
    country = dashboard_country(request)
    programme = reporting.load_programme()
    form = AsOfForm(request.GET)
    form.is_valid()
    ignored = [(form.fields[name].label, errors[0]) for name, errors in form.errors.items()]
    as_of = form.cleaned_data.get("as_of") if not ignored else None
    if as_of is None:
        as_of = reporting.default_as_of(programme, timezone.localdate())
    return reporting.report(as_of, country, programme), ignored


def signed_in(view):
    """Anonymous visitors go to the sign-in page, and come back after it."""

    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True)  # a proxy in front never shares a staff page
        return response

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def dashboard_context(request, print_view=False):
    report, ignored = dashboard_report(request)
    plan_bars, plan_height = charts.plan_bars(report.plan, shown_number)
    logframe = charts.logframe_charts(report.programme, report.logframe, report.as_of)
    return {
        "logframe": logframe,
        "charts_drawn": any(chart for _group, rows in logframe for _row, chart in rows),
        "plan_bars": plan_bars,
        "plan_height": plan_height,
        "report": report,
        "gantt": charts.gantt(report.programme, report.workplan, report.milestones, report.as_of),
        "statuses": reporting.WorkStatus.choices,
        "ignored": ignored,
        "print": print_view or request.GET.get("print") == "1",
        "query": f"?as_of={report.as_of.isoformat()}",
        "tables": downloads.tables(report),
    }


def download_name(report, extension):
    return f"delgosea-dashboard-{report.as_of.isoformat()}-{get_language()}.{extension}"


@signed_in
def dashboard(request):
    # The figures take tens of milliseconds to compute and draw: the page is kept until the data
    # next changes, shared by everyone with the same permissions and country (a coordinator's).
    country = dashboard_country(request)
    page = dataversion.cached_for_staff(
        request,
        lambda: render_to_string("monitoring/dashboard.html", dashboard_context(request), request=request),
        country.pk if country else None,
    )
    return HttpResponse(page)


@signed_in
def dashboard_xlsx(request):
    report, _ignored = dashboard_report(request)
    response = HttpResponse(
        downloads.as_xlsx(report),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{download_name(report, "xlsx")}"'
    return response


@signed_in
def dashboard_csv(request, table):
    report, _ignored = dashboard_report(request)
    found = next((t for t in downloads.tables(report) if t.slug == table), None)
    if found is None:
        raise Http404
    response = HttpResponse(downloads.as_csv(found), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{download_name(report, table + ".csv")}"'
    return response


@signed_in
def dashboard_pdf(request):
    context = dashboard_context(request, print_view=True)
    report = context["report"]
    page = render_to_string("monitoring/dashboard.html", context, request=request)
    footer = gettext("The steering committee's dashboard, %(date)s") % {"date": localdate(report.as_of)}
    try:
        document = pdf.render(page, settings.BASE_DIR / "static", html.escape(footer))
    except pdf.PdfError as error:
        logger.warning("The dashboard's PDF failed: %s", error)
        return render(request, "monitoring/dashboard_pdf_failed.html", {"query": context["query"]}, status=503)
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{download_name(report, "pdf")}"'
    return response
