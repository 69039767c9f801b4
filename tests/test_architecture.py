"""The apps depend one way: each may name the apps to its left, never one to its right.

    kernel ← municipalities ← practices ← training ← replications ← monitoring ← delgosea

Every .py file of an app (models, admin, views, migrations, template tags, commands) is
parsed, and any of these that names an app to its right is a failure: an import; a string
such as "practices.Practice", "practices:detail", "practices/..." or a migration's
dependency on ("practices", ...); a lookup or keyword such as practices__status=, or a
relation that a model on the right adds to a model on the left (candidacy__status, the
attribute local_government.candidacy). The project package, delgosea, sits at the right
and may name them all. See README, "How the code is laid out".
"""

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["kernel", "municipalities", "practices", "training", "replications", "monitoring", "opendata"]
PROJECT = "delgosea"
APPS = [label for label in ORDER if (ROOT / label).is_dir()]
SEPARATORS = re.compile(r"__|[.:/]")


def right_of(label):
    """The app labels to the right of an app, the project package included."""
    return set(APPS[APPS.index(label) + 1 :]) | {PROJECT}


def left_of_and(label):
    return set(APPS[: APPS.index(label) + 1])


def relations_added_from_the_right(label):
    """The names that models to the right of an app add to the models of the app and its left:
    the related names and query names of their relations (``local_government.candidacy``,
    ``candidacy__status``)."""
    names = set()
    for model in apps.get_models():
        if model._meta.app_label not in right_of(label):
            continue
        for field in model._meta.get_fields():
            if not field.is_relation or field.auto_created or field.related_model is None:
                continue
            if field.related_model._meta.app_label in left_of_and(label):
                if not field.remote_field.hidden:
                    names.add(field.remote_field.get_accessor_name())
                names.add(field.related_query_name())
    return names


def rightward_names(source, label, path="<source>", migration=False):
    """Each place in ``source`` (the text of a .py file of app ``label``) that names an app to its right.

    A migration describes the models as they were when it was written, so its field and
    relation names are not checked against today's apps (a relation named "candidacy" was
    this app's own before it moved right); its imports, model references ("monitoring.Programme")
    and dependencies are.
    """
    labels = right_of(label)
    relations = set() if migration else relations_added_from_the_right(label)
    found = []

    def flag(node, what):
        found.append(f"{path}:{node.lineno}: {what}")

    def names_the_right(text):
        parts = SEPARATORS.split(text)
        if migration:
            return len(parts) > 1 and parts[0] in labels
        return parts[0] in labels or any(part in relations for part in parts)

    tree = ast.parse(source)
    if migration:
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                getattr(target, "id", None) in {"dependencies", "run_before"} for target in node.targets
            ):
                for item in ast.walk(node.value):
                    first = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else None
                    if isinstance(first, ast.Constant) and first.value in labels:
                        flag(item, f"a dependency on {first.value!r}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in labels:
                    flag(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and node.module.split(".")[0] in labels:
                flag(node, f"from {node.module} import ...")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text and not re.search(r"\s", text) and len(text) < 200 and names_the_right(text):
                flag(node, f"the string {text!r}")
        elif isinstance(node, ast.keyword) and node.arg and names_the_right(node.arg):
            flag(node.value, f"the keyword {node.arg}=")
        elif isinstance(node, ast.Attribute) and node.attr in relations:
            flag(node, f"the relation .{node.attr}")
    return found


@pytest.mark.parametrize("label", APPS)
def test_an_app_names_no_app_to_its_right(label):
    found = []
    for path in sorted((ROOT / label).rglob("*.py")):
        found += rightward_names(path.read_text(), label, path.relative_to(ROOT), "migrations" in path.parts)
    assert found == []


def test_the_apps_are_installed_from_left_to_right():
    installed = [app for app in settings.INSTALLED_APPS if app in ORDER]
    assert installed == APPS


@pytest.mark.parametrize(
    "line, what",
    [
        ("from practices.models import Practice", "from practices.models import ..."),
        ("import training.admin", "import training.admin"),
        ("from delgosea.templatetags.delgosea import localdate", "from delgosea.templatetags.delgosea import ..."),
        ("FK = models.ForeignKey('practices.Practice', on_delete=models.CASCADE)", "the string 'practices.Practice'"),
        ("dependencies = [('monitoring', '0001_initial')]", "the string 'monitoring'"),
        ("url = reverse('practices:detail', args=[10])", "the string 'practices:detail'"),
        ("hosts = LocalGovernment.objects.filter(practices__status='selected')", "the keyword practices__status="),
        ("pilots = Q(candidacy__status='selected')", "the keyword candidacy__status="),
        ("pilots = Q(**{'local_government__candidacy__status': 'selected'})", "the string"),
        ("status = local_government.candidacy.status", "the relation .candidacy"),
    ],
)
def test_the_check_finds_each_way_of_naming_the_right(line, what):
    found = rightward_names(line, "municipalities")
    assert len(found) == 1 and what in found[0]


@pytest.mark.parametrize(
    "line, what",
    [
        (
            "dependencies = [('municipalities', '0002_x'), ('monitoring', '0001_initial')]",
            "a dependency on 'monitoring'",
        ),
        ("run_before = [('training', '0003_x')]", "a dependency on 'training'"),
        ("field = models.ForeignKey(to='practices.practice', on_delete=models.CASCADE)", "'practices.practice'"),
        ("from practices.models import SEARCHED_FIELDS", "from practices.models import ..."),
    ],
)
def test_the_check_finds_a_migration_that_names_the_right(line, what):
    found = rightward_names(line, "municipalities", migration=True)
    assert len(found) == 1 and what in found[0]


def test_a_migration_may_name_the_fields_and_relations_its_app_had_then():
    # practices 0001 made the pilot candidacy, related_name "candidacy", before it moved right.
    source = "field = models.OneToOneField(to='municipalities.localgovernment', related_name='candidacy')\n"
    assert rightward_names(source, "municipalities", migration=True) == []


def test_the_check_lets_an_app_name_its_left_and_itself():
    source = (
        "from municipalities.models import LocalGovernment\n"
        "from practices.models import Practice\n"
        "host = models.ForeignKey('municipalities.LocalGovernment', on_delete=models.PROTECT)\n"
        "selected = Practice.objects.filter(host__country__code='TH', status='selected')\n"
        "url = reverse('practices:detail', args=[10])\n"
    )
    assert rightward_names(source, "practices") == []
