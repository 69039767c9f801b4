"""One number that changes whenever the project's data does, and pages cached under it.

Every save, delete or many-to-many change of a model of the project's own apps bumps the
version (`watch_project_models`, connected by the project's AppConfig), so anything cached
under a key that carries it is forgotten at once: the next request after an edit builds it
afresh. The anonymous page cache (delgosea/pagecache.py) and the staff pages that are costly
to build (the dashboard, through `cached_for_staff`) both key on it.

The cache is settings.CACHES["default"]: Redis when REDIS_URL is set (shared by every worker
and server, so an edit is seen everywhere at once), else each process's memory.
"""

import hashlib
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language

VERSION_KEY = "pages:version"


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        # Never back to 1: if the key was evicted, pages stored under old numbers stay unreachable.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        current = cache.get(VERSION_KEY)
    return current


def invalidate(**_signal):
    """Everything cached under the version is stale from now on (the old copies simply expire)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def watch_project_models():
    """Bump the version on any write to a model of the project's own apps (those inside the
    project folder), whichever app it is: no app has to name the pages that show it.

    Installed packages are not the project's even when the virtualenv lies inside the project
    folder (`make` puts it in .venv/): a sign-in saves a session, the user's last login and
    django-axes' access log, and none of them may throw every cached page away."""
    base = str(settings.BASE_DIR)
    labels = {
        config.label
        for config in apps.get_app_configs()
        if config.path.startswith(base) and "site-packages" not in config.path
    }

    def changed(using):
        # Now, and again when the change commits: a page rendered in between, from the data as
        # it was before the commit, may have been kept under the first new number; the second
        # makes it unreachable. (Outside a transaction on_commit runs at once.)
        invalidate()
        transaction.on_commit(invalidate, using=using)

    def on_write(sender, using=None, **kwargs):
        if sender._meta.app_label in labels:
            changed(using)

    def on_m2m(sender, action, using=None, **kwargs):
        if action.startswith("post_") and sender._meta.app_label in labels:
            changed(using)

    post_save.connect(on_write, weak=False, dispatch_uid="pagecache-save")
    post_delete.connect(on_write, weak=False, dispatch_uid="pagecache-delete")
    m2m_changed.connect(on_m2m, weak=False, dispatch_uid="pagecache-m2m")


def cached_for_staff(request, build, *scope):
    """``build()``'s result (a rendered page), shared by every signed-in user who would see the same.

    What a user sees depends on the address, the language, today's date (a default "as of"), and
    who they are only through their permissions and ``scope`` (a coordinator's country, say): the
    key carries those, not the user, so the steering committee's members share one copy. It is
    built afresh after any edit of the data (the version), and after PAGE_CACHE_SECONDS at most,
    so a permission taken away is honoured within that time even though it is no project model.
    With PAGE_CACHE_SECONDS at 0 (the tests' default) it is built every time."""
    seconds = settings.PAGE_CACHE_SECONDS
    if not seconds:
        return build()
    user = request.user
    who = (user.is_staff, user.is_superuser, sorted(user.get_all_permissions()), *scope)
    parts = repr((request.get_full_path(), get_language(), timezone.localdate().isoformat(), who))
    key = f"staff-page:{version()}:{hashlib.sha256(parts.encode()).hexdigest()}"
    page = cache.get(key)
    if page is None:
        page = build()
        cache.set(key, page, seconds)
    return page
