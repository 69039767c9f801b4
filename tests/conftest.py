import io
import os

import pytest
from django.core.management import call_command


def pytest_configure(config):
    """Give the run a database before pytest-django sets Django up (its pytest_configure runs last).

    Importing the settings starts nothing; here the embedded PostgreSQL starts when DATABASE_URL
    is unset, and DATABASE_URL then points the settings (and any child process) at it.
    """
    if config.getoption("version", 0) > 0 or config.getoption("help", False):
        return
    from delgosea import dbserver

    dbserver.ensure_database_url()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "delgosea.settings")
    from django.conf import settings

    settings.DATABASES  # noqa: B018  (loads the settings, so that pytest-django sets Django up)


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    """Uploads made by tests never land in the project's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def pages_are_not_cached_unless_a_test_says_so(settings):
    """Query counts and bulk-created sample data need every page rendered afresh; the page cache's
    own tests (tests/delgosea/test_page_cache.py) turn it on. Each test starts with an empty cache."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()


def png_bytes(width=64, height=48, color=(20, 120, 60)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


# ---------------------------------------------------------------- the programme's facts, loaded once
#
# Loading the seed is most of what a test would cost, so it is loaded once, into the test
# database, when the session creates it. A test that asks for `seeded` sees the facts and
# its changes are rolled back with its transaction. Any other database test starts, as
# pytest-django's `db` promises, from the database as the migrations leave it: the facts are
# removed inside its transaction, and come back when that is rolled back.


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the programme's facts loaded once for the whole session."""
    with django_db_blocker.unblock():
        call_command("seed", "--skip-history", verbosity=0)


def seed_tables():
    """The tables the seed fills: those of the four apps, and only those."""
    from django.apps import apps

    from kernel.workspace.registry import workspace_apps

    return [
        model._meta.db_table
        for label in workspace_apps()
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


@pytest.fixture(autouse=True)
def no_facts_unless_seeded(request):
    """A database test that does not ask for `seeded` sees no programme facts."""
    uses_database = "_django_db_helper" in request.fixturenames or request.node.get_closest_marker("django_db")
    if not uses_database or "seeded" in request.fixturenames:
        return
    request.getfixturevalue("_django_db_helper")
    from django.db import connection, transaction

    # DELETE, not TRUNCATE: on a few hundred rows it is some 20 times faster. The foreign
    # keys are deferred, so the order does not matter; checking them at the end proves that
    # nothing outside the four apps pointed at a fact.
    with transaction.atomic(), connection.cursor() as cursor:
        for table in seed_tables():
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
        connection.check_constraints()


@pytest.fixture
def seeded(db):
    """The database with the programme's facts, as `make run` serves it (without the records'
    first versions, which cost more than the seed; see the history tests).

    Loaded once a session (`django_db_setup` above); a transactional test (a browser test)
    flushes the tables when it ends, so one that comes after it loads them again.
    """
    from practices.models import Practice

    if not Practice.objects.exists():
        call_command("seed", "--skip-history", verbosity=0)


@pytest.fixture
def many_practices(seeded):
    """Sample practices (marked as such) on top of the 16, to show a page's queries do not grow."""
    from tests.samples import add_sample_practices

    return add_sample_practices


# ---------------------------------------------------------------- staff personas


def _staff(username, role, country=None):
    from django.contrib.auth import get_user_model

    args = ["add_staff", username, "--role", role]
    if country:
        args += ["--country", country]
    call_command(*args, verbosity=0)
    return get_user_model().objects.get(username=username)


@pytest.fixture
def workspace(seeded):
    """The seeded programme plus one record of every kind the facts leave empty (marked as sample)."""
    import datetime

    from municipalities.models import LocalGovernment, Organisation, Person
    from replications.models import (
        CoachAssignment,
        CriterionAssessment,
        LogbookEntry,
        PilotCandidacy,
        Replication,
        SelectionCriterion,
    )
    from training.models import Coach, Curriculum, CurriculumModule, Event, Participation

    sample = {"source": "sample"}
    yala = LocalGovernment.objects.get(slug="yala")
    mlt = Organisation.objects.get(acronym="MLT")
    person = Person.objects.create(
        name_en="Sample Thai officer", name_th="เจ้าหน้าที่ตัวอย่าง", local_government=yala, **sample
    )
    coach = Coach.objects.create(
        person=Person.objects.create(name_en="Sample coach", organisation=mlt, **sample), association=mlt, **sample
    )
    replication = Replication.objects.get(pilot=yala)
    CoachAssignment.objects.create(coach=coach, replication=replication, **sample)
    LogbookEntry.objects.create(
        replication=replication,
        period_start=datetime.date(2011, 5, 1),
        period_end=datetime.date(2011, 9, 30),
        status="on-track",
        narrative_en="Sample entry",
        **sample,
    )
    CriterionAssessment.objects.create(
        candidacy=PilotCandidacy.objects.get(local_government=yala),
        criterion=SelectionCriterion.objects.get(number=2),
        **sample,
    )
    from django.core.files.base import ContentFile

    from practices.models import Practice, PracticeDocument, PracticePhoto

    wetland = Practice.objects.get(number=10)
    PracticePhoto.objects.create(
        practice=wetland, image=ContentFile(png_bytes(), name="wetland.png"), caption_en="Sample photo", **sample
    )
    PracticeDocument.objects.create(
        practice=wetland,
        title_en="Sample case study",
        file=ContentFile(pdf_bytes(), name="wetland.pdf"),
        language="en",
        kind="full",
        **sample,
    )
    curriculum = Curriculum.objects.create(title_en="Sample curriculum", **sample)
    CurriculumModule.objects.create(curriculum=curriculum, number=1, title_en="Sample module", **sample)
    Participation.objects.create(person=person, event=Event.objects.get(slug="final-conference-2012"), **sample)


@pytest.fixture
def office_editor(db):
    return _staff("office", "project-office")


@pytest.fixture
def thai_coordinator(seeded):
    return _staff("somchai", "country-coordinator", "TH")


@pytest.fixture
def vietnamese_coordinator(seeded):
    return _staff("lan", "country-coordinator", "VN")


@pytest.fixture
def steering_member(db):
    return _staff("steering", "steering-committee")


def pytest_collection_modifyitems(config, items):
    """Browser tests never error or skip because Chromium is absent: the run stops at once with one line."""
    from tests.e2e.conftest import CHROMIUM

    browser_tests = any(item.get_closest_marker("e2e") or "/e2e/" in str(item.path) for item in items)
    if browser_tests and not os.access(CHROMIUM, os.X_OK):
        pytest.exit(
            f"The browser tests need Debian's chromium at {CHROMIUM} and fonts-thai-tlwg: "
            "run `make test` (it installs them as root) or `sudo apt-get install chromium fonts-thai-tlwg`.",
            returncode=4,
        )


# ---------------------------------------------------------------- a few records of the facts, without the seed


@pytest.fixture
def udon_thani(db):
    from municipalities.models import Country, LocalGovernment

    thailand = Country.objects.create(code="TH", name_en="Thailand")
    return LocalGovernment.objects.create(slug="udon-thani", name_en="Udon Thani", kind="city", country=thailand)


@pytest.fixture
def environment(db):
    from practices.models import Theme

    return Theme.objects.create(number=3, title_en="Inclusive Urban Public Services")


@pytest.fixture
def wetland(udon_thani, environment):
    from practices.models import Practice

    return Practice.objects.create(number=10, theme=environment, host=udon_thani, title_en="Constructed wetland")
