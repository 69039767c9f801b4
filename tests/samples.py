"""Sample practices (marked as such) on top of the programme's 16, for query-count tests and bench/queries.py."""


def add_sample_practices(count):
    """``count`` practices numbered from 1000, each replicated by one pilot; all source="sample"."""
    from practices.models import Practice
    from replications.models import Replication

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
