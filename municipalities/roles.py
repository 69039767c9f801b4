"""The roles a local government plays in the programme, each registered by the app that knows it.

This app holds who and where and names no app to its right, yet the local-government list,
the map and the home page ask which places host a best practice or pilot one. The app that
owns the relation registers the role from its own side (in its ``AppConfig.ready``), as a
condition on local governments, the way ``admin.site.register`` works::

    roles.register("host", _("Hosts a best practice"), lambda: Q(pk__in=...))

``LocalGovernment.objects.with_role("host")`` and ``.with_a_role()`` read them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class Role:
    slug: str  # in the query string: ?role=host
    label: str
    condition: Callable[[], Q]  # which local governments play it


_roles = {}


def register(slug, label, condition):
    _roles[slug] = Role(slug, label, condition)


def registered():
    """The roles in the order their apps registered them (the order of INSTALLED_APPS)."""
    return list(_roles.values())


def condition(slug):
    return _roles[slug].condition()
