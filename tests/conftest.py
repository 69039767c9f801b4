import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The database with the programme's facts loaded, as `make run` serves it."""
    call_command("seed", verbosity=0)


@pytest.fixture
def many_practices(seeded):
    """Sample practices (marked as such) on top of the 16, to show a page's queries do not grow."""
    from practices.models import Practice, Replication

    def make(count):
        wetland = Practice.objects.get(number=10)
        practices = Practice.objects.bulk_create(
            Practice(
                number=1000 + n,
                theme=wetland.theme,
                host=wetland.host,
                title_en=f"Sample practice {n}",
                title_th=f"ตัวอย่างทดสอบ {n}",
                status=Practice.Status.SELECTED,
                source="sample",
            )
            for n in range(count)
        )
        pilot = Replication.objects.filter(practice__number=4).first().pilot
        Replication.objects.bulk_create(Replication(pilot=pilot, practice=p, source="sample") for p in practices)
        return practices

    return make
