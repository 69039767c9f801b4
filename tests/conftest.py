import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The database with the programme's facts loaded, as `make run` serves it."""
    call_command("seed", verbosity=0)
