"""Every database rule that a form or an import can break has its own message, in Thai too."""

import pytest
from django.apps import apps
from django.utils import translation

from tests.test_architecture import APPS

CONSTRAINTS = [
    (model, constraint)
    for label in APPS
    for model in apps.get_app_config(label).get_models()
    for constraint in model._meta.constraints
]


@pytest.mark.parametrize(("model", "constraint"), CONSTRAINTS, ids=[c.name for _, c in CONSTRAINTS])
def test_each_constraint_says_what_is_wrong_in_english_and_thai(model, constraint):
    message = constraint.violation_error_message
    assert message != constraint.default_violation_error_message, f"{constraint.name} needs a violation_error_message"
    with translation.override("en"):
        english = str(message)
    with translation.override("th"):
        thai = str(message)
    assert thai != english, f"{constraint.name}: “{english}” has no Thai in locale/th/LC_MESSAGES/django.po"
