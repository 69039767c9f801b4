"""What means the same thing is defined once."""

from django.apps import apps

from monitoring.models import ExpectedResult, Objective, ProgrammeListEntry, TargetGroup
from practices.models import Practice, SelectionStatus


def model_named(name):
    return next(model for model in apps.get_models() if model.__name__ == name)


def test_a_practice_and_a_pilot_candidacy_are_selected_with_the_same_choices():
    assert Practice.Status is SelectionStatus
    assert model_named("PilotCandidacy").Status is SelectionStatus


def test_the_programmes_numbered_lists_share_one_base():
    for model in (Objective, TargetGroup, ExpectedResult):
        assert issubclass(model, ProgrammeListEntry)
        assert model._meta.get_field("number") and model._meta.ordering == ["programme", "number"]
