"""SQL queries per public page, with 16, 160 and 1,600 practices: the count must not grow.

    make bench-queries      # or: .venv/bin/python bench/queries.py

Uses DATABASE_URL, or starts the embedded PostgreSQL; migrates and seeds it. Adds sample practices
(source="sample", numbered from 1000, each replicated by one pilot) on top of the programme's 16,
renders each page with the page cache off and counts its queries (CaptureQueriesContext), then
deletes what it added. Prints the table, writes bench/results/queries.json, and exits non-zero
when a page's count changes with the number of practices.
"""

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from delgosea import dbserver  # noqa: E402
from tests.samples import add_sample_practices  # noqa: E402

SIZES = [16, 160, 1600]
PAGES = {
    "home": "/th/",
    "catalogue": "/th/practices/",
    "catalogue, last page": "/th/practices/?page=last",
    "catalogue, filtered": "/en/practices/?theme=3&country=TH",
    "search": "/th/practices/?q=%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2",
    "practice": "/th/practices/10/",
    "themes": "/en/themes/",
    "local governments": "/en/local-governments/",
    "a local government": "/th/local-governments/yala/",
    "map": "/th/map/",
    "programme": "/en/programme/",
    "sitemap": "/sitemap.xml",
    "API: practices": "/api/v1/practices/",
    "API: replications": "/api/v1/replications/",
}


def remove_sample_practices():
    from practices.models import Practice
    from replications.models import Replication

    Replication.objects.filter(practice__number__gte=1000, source="sample").delete()
    Practice.objects.filter(number__gte=1000, source="sample").delete()


def main():
    os.environ["DATABASE_URL"] = dbserver.ensure_database_url()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "delgosea.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # no request log line per page
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from practices.models import Practice

    setup_test_environment()  # the test client's ALLOWED_HOSTS
    settings.PAGE_CACHE_SECONDS = 0
    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed", "--skip-history", verbosity=0)
    remove_sample_practices()  # what an interrupted run left
    client = Client(raise_request_exception=True)
    counts = {name: {} for name in PAGES}
    try:
        for size in SIZES:
            remove_sample_practices()
            add_sample_practices(size - Practice.objects.count())
            assert Practice.objects.count() == size
            for name, path in PAGES.items():
                client.get(path)  # warm: content types, the site's caches
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
                counts[name][size] = len(queries)
    finally:
        remove_sample_practices()

    print(f"\n{'page':24} " + " ".join(f"{f'{size:,} practices':>16}" for size in SIZES) + "   constant")
    grew = []
    for name, row in counts.items():
        constant = len(set(row.values())) == 1
        grew += [] if constant else [name]
        print(f"{name:24} " + " ".join(f"{row[size]:16}" for size in SIZES) + f"   {'yes' if constant else 'NO'}")
    out = ROOT / "bench" / "results" / "queries.json"
    out.parent.mkdir(exist_ok=True)
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "pages": PAGES, "queries": counts}
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")
    if grew:
        sys.exit(f"queries grow with the practices on: {', '.join(grew)}")


if __name__ == "__main__":
    main()
