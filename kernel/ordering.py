"""Thai dictionary order and each reader's reading order, done in SQL."""

from django.db import models
from django.db.models import Func, Value
from django.db.models.functions import Coalesce, Lower, NullIf


class ThaiSortKey(Func):
    """A text's key in Thai dictionary order, for ORDER BY.

    Code-point order ("C" collation) is Thai consonant order, except that a leading vowel
    (เ แ โ ใ ไ) is written before the consonant it follows in speech, and tone marks
    weigh in only after the letters. So the key drops the tone marks and moves each
    leading vowel after its consonant (the rule of PyThaiNLP's ``collate``, done in SQL
    so that sorting and paging stay in the database; ICU collations are not available in
    every PostgreSQL build). Sort by the text itself next to break ties by tone mark.
    """

    template = (
        "regexp_replace(regexp_replace(%(expressions)s, '[\u0e47-\u0e4c]', '', 'g'),"
        " '([\u0e40-\u0e44])([\u0e01-\u0e2e])', '\\2\\1', 'g') COLLATE \"C\""
    )
    output_field = models.TextField()


def reading_order(field, language):
    """ORDER BY terms for a translated field in the reader's language (with its fallback)."""
    other = "en" if language == "th" else "th"
    text = Coalesce(NullIf(f"{field}_{language}", Value("")), f"{field}_{other}")
    if language == "th":
        return [ThaiSortKey(text), text]
    return [Lower(text)]
