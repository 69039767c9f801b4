"""What apps on the right show with a record of an app on their left, registered from their side.

A page of an app on the left sometimes shows what an app on its right keeps about the
record: a practice's page lists the pilots that replicated it, the local-government list
says what each place hosts and replicates. The left app may not name those relations, so
the app that owns each one registers how to fetch it, in its ``AppConfig.ready``::

    related.register("practices.Practice", "detail", prefetch=lambda: Prefetch("replications", ...))

and the left app's queryset asks for them: ``related.fetch(Practice.objects.all(), "detail")``.
"""

_registered = {}
_attached = {}


def register(model_label, purpose, select=(), prefetch=None):
    """Fetch ``select`` (select_related names) and ``prefetch`` (a function that makes a
    Prefetch or a name) with the model's records whenever a page asks for ``purpose``."""
    _registered.setdefault((model_label.lower(), purpose), []).append((tuple(select), prefetch))


def fetch(queryset, purpose):
    """The queryset with what the apps registered for its model and this purpose."""
    for select, prefetch in _registered.get((queryset.model._meta.label_lower, purpose), []):
        if select:
            queryset = queryset.select_related(*select)
        if prefetch is not None:
            queryset = queryset.prefetch_related(prefetch())
    return queryset


def register_attach(model_label, purpose, attach):
    """Call ``attach(records)`` on the records a page fetched for ``purpose``, for what no single
    relation reaches (a practice's events: those about it and those of its pilots' replications)."""
    _attached.setdefault((model_label.lower(), purpose), []).append(attach)


def attach(records, purpose):
    """Let each app that registered for the records' model and ``purpose`` add its attributes."""
    records = list(records)
    if records:
        for function in _attached.get((records[0]._meta.label_lower, purpose), []):
            function(records)
    return records
