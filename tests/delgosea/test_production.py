"""Serving in production: security headers on every answer, methods no page serves, /healthz,
uploads served by the portal, the login lockout behind a proxy, one log line per request,
and `check --deploy` clean with production settings from the environment; Redis, Sentry and the
static files' caching as the environment sets them (each in a fresh process)."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def production_headers(settings):
    """What HTTPS=1 turns on (see settings.py); the test client is built after this."""
    settings.SECURE_HSTS_SECONDS = 31_536_000


@pytest.mark.parametrize("path", ["/th/", "/en/practices/?theme=3", "/th/practices/10/", "/th/admin/login/"])
def test_every_page_carries_the_security_headers(client, seeded, production_headers, path):
    response = client.get(path, secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_the_admin_of_a_signed_in_editor_carries_the_policy_too(client, seeded, office_editor):
    client.force_login(office_editor)
    response = client.get("/th/admin/practices/practice/")
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_no_public_template_has_inline_script_or_style():
    for template in (PROJECT / "templates").rglob("*.html"):
        text = template.read_text()
        assert "<script>" not in text and "<script type" not in text, template
        assert " style=" not in text and "<style" not in text, template


def test_plain_http_is_redirected_to_https_when_https_is_on(client, seeded, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/en/practices/?theme=3")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/practices/?theme=3"


def test_behind_the_proxy_its_forwarded_scheme_counts(client, seeded, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/en/", headers={"X-Forwarded-Proto": "https"}).status_code == 200


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/th/", "/en/practices/", "/th/admin/login/"])
def test_methods_no_page_serves_get_a_405_without_a_page(client, db, method, path):
    response = client.generic(method, path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert response.content == b""


def test_healthz_checks_the_database_with_one_query_and_no_session(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "Set-Cookie" not in response
    assert "Cookie" not in response.get("Vary", "")


def test_healthz_is_not_redirected_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200


def test_uploads_are_served_with_their_type_and_a_cache_lifetime(client, db, settings):
    photo = Path(settings.MEDIA_ROOT) / "practices" / "photo.png"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    response = client.get("/media/practices/photo.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == photo.read_bytes()


def test_no_path_leads_out_of_the_upload_folder(client, db):
    # Django refuses the path as suspicious: a 400, and the file is never read.
    for path in ["/media/../delgosea/settings.py", "/media/%2e%2e/delgosea/settings.py"]:
        response = client.get(path)
        assert response.status_code == 400
        assert b"SECRET_KEY" not in response.content


def test_one_structured_line_is_logged_per_request(client, seeded, caplog):
    with caplog.at_level(logging.INFO, logger="delgosea.requests"):
        response = client.get("/en/practices/?theme=3", headers={"X-Request-ID": "abc-123"})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "delgosea.requests"]
    assert len(lines) == 1
    assert lines[0]["method"] == "GET"
    assert lines[0]["path"] == "/en/practices/"
    assert lines[0]["status"] == 200
    assert lines[0]["ms"] > 0
    assert lines[0]["request_id"] == "abc-123" == response["X-Request-ID"]
    assert lines[0]["user_id"] is None


def test_the_log_line_names_the_staff_member(client, seeded, office_editor, caplog):
    client.force_login(office_editor)
    with caplog.at_level(logging.INFO, logger="delgosea.requests"):
        client.get("/th/admin/")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "delgosea.requests"]
    assert lines[0]["user_id"] == office_editor.pk
    assert len(lines[0]["request_id"]) == 32  # a fresh one: the request gave none


# ------------------------------------------------------------- the lockout behind a proxy


def fail_logins(client, times):
    for _ in range(times):
        response = client.post("/en/admin/login/", {"username": "office", "password": "wrong"})
    return response


def test_behind_the_proxy_two_clients_are_locked_out_separately(seeded, office_editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    office_editor.set_password("a long enough password")
    office_editor.save()
    attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")
    officer = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert fail_logins(attacker, 5).status_code == 429
    response = officer.post("/en/admin/login/", {"username": "office", "password": "a long enough password"})
    assert response.status_code == 302


def test_a_forwarded_address_from_anyone_but_the_proxy_is_ignored(seeded, office_editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    office_editor.set_password("a long enough password")
    office_editor.save()
    # The attacker, not behind the proxy, claims a new address on every try: it is still one address.
    for n in range(5):
        Client(REMOTE_ADDR="192.0.2.50", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").post(
            "/en/admin/login/", {"username": "office", "password": "wrong"}
        )
    locked = Client(REMOTE_ADDR="192.0.2.50", HTTP_X_FORWARDED_FOR="198.51.100.99").post(
        "/en/admin/login/", {"username": "office", "password": "a long enough password"}
    )
    assert locked.status_code == 429


# -------------------------------------------------------------------- check --deploy


def test_check_deploy_is_clean_with_production_settings_from_the_environment():
    # Only what production sets: the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE is not carried over.
    env = {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "SECRET_KEY": "a-production-key-" + "x7Qp2rLm9vWz4Yt8" * 4,
        "ALLOWED_HOSTS": "portal.example.org",
        "TRUSTED_PROXIES": "10.0.0.2",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


# -------------------------------------------------------------------- uploads in object storage

STORAGE_PROBE = """
from django.core.files.storage import storages; default_storage = storages["default"]
print(type(default_storage).__module__ + "." + type(default_storage).__name__)
print(default_storage.url("practices/photos/wetland.webp"))
"""


def storage_in(environment):
    """The default storage's class and an upload's URL, in a fresh process with these variables."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("S3_")}
    env.update(environment, DJANGO_SETTINGS_MODULE="delgosea.settings")
    command = [sys.executable, "-c", "import django; django.setup();" + STORAGE_PROBE.replace("\n", ";").strip(";")]
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_uploads_are_local_files_unless_a_bucket_is_configured():
    backend, url = storage_in({})
    assert backend == "django.core.files.storage.filesystem.FileSystemStorage"
    assert url == "/media/practices/photos/wetland.webp"


def test_a_bucket_in_the_environment_puts_uploads_in_s3_compatible_storage():
    # Nothing is sent: building an unsigned URL needs no network.
    backend, url = storage_in(
        {
            "S3_BUCKET": "delgosea-media",
            "S3_ENDPOINT_URL": "https://s3.example.org",
            "S3_REGION": "ap-southeast-1",
            "S3_ACCESS_KEY_ID": "sample-key",
            "S3_SECRET_ACCESS_KEY": "sample-secret",
        }
    )
    assert backend == "storages.backends.s3.S3Storage"
    assert url == "https://s3.example.org/delgosea-media/media/practices/photos/wetland.webp"


def test_a_cdn_in_front_of_the_bucket_is_where_upload_links_point():
    backend, url = storage_in({"S3_BUCKET": "delgosea-media", "S3_CUSTOM_DOMAIN": "media.example.org"})
    assert backend == "storages.backends.s3.S3Storage"
    assert url == "https://media.example.org/media/practices/photos/wetland.webp"


# -------------------------------------------------------------------- the environment's other services


def settings_probe(environment, code):
    """What `code` prints after the settings are imported in a fresh process with these variables."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("REDIS_URL", "SENTRY_DSN", "DATABASE_POOLER", "DATABASE_REPLICA_URL")
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="delgosea.settings")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + code],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


CACHE_PROBE = (
    "from django.conf import settings; from django.core.cache import caches; cache = caches['default'];"
    "print(type(cache).__module__ + '.' + type(cache).__name__, settings.SESSION_ENGINE)"
)


def test_with_redis_the_cache_and_the_sessions_are_in_redis():
    # Building the cache connects to nothing: the URL need not answer.
    backend, sessions = settings_probe({"REDIS_URL": "redis://127.0.0.1:6379/0"}, CACHE_PROBE)
    assert backend == "django.core.cache.backends.redis.RedisCache"
    assert sessions == "django.contrib.sessions.backends.cache"


def test_without_redis_the_cache_is_each_processs_memory_and_the_sessions_in_the_database():
    backend, sessions = settings_probe({}, CACHE_PROBE)
    assert backend == "django.core.cache.backends.locmem.LocMemCache"
    assert sessions == "django.contrib.sessions.backends.db"


SENTRY_PROBE = "import sentry_sdk; client = sentry_sdk.get_client(); print(client.is_active(), client.dsn)"


def test_a_sentry_dsn_turns_error_reporting_on():
    # Nothing is sent: no error happens in the probe.
    dsn = "https://publickey@sentry.example.org/42"
    assert settings_probe({"SENTRY_DSN": dsn}, SENTRY_PROBE) == ["True", dsn]


def test_without_a_sentry_dsn_nothing_is_reported():
    assert settings_probe({}, SENTRY_PROBE) == ["False", "None"]


# -------------------------------------------------------------------- static files in production

STATIC_PROBE = """
import json, sys
from django.test import Client
client = Client()
for path in sys.argv[1:]:
    response = client.get(path)
    print(json.dumps([path, response.status_code, response.get("Cache-Control", "")]))
"""


def test_hashed_static_files_are_served_with_far_future_caching_under_production_settings(tmp_path):
    env = {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "a-production-key-" + "x7Qp2rLm9vWz4Yt8" * 4,
        "ALLOWED_HOSTS": "testserver",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_SETTINGS_MODULE": "delgosea.settings",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    hashed = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    paths = [f"/static/{hashed}", "/static/css/site.css"]
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + STATIC_PROBE, *paths],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answers = {path: (status, cache) for path, status, cache in map(json.loads, result.stdout.splitlines())}
    # A hashed name never changes its content: kept ten years (WhiteNoise's default), never revalidated.
    assert answers[paths[0]] == (200, "max-age=315360000, public, immutable")
    # The plain name may change with the next release: a minute only.
    assert answers[paths[1]] == (200, "max-age=60, public")


# -------------------------------------------------------------------- a pooler in front of PostgreSQL

POOLER_PROBE = (
    "from django.conf import settings;"
    "print(*[settings.DATABASES[alias]['DISABLE_SERVER_SIDE_CURSORS'] for alias in sorted(settings.DATABASES)])"
)


def test_behind_pgbouncer_no_server_side_cursor_outlives_a_transaction():
    url = os.environ["DATABASE_URL"]
    assert settings_probe({"DATABASE_POOLER": "pgbouncer"}, POOLER_PROBE) == ["True"]
    assert settings_probe({"DATABASE_POOLER": "pgbouncer", "DATABASE_REPLICA_URL": url}, POOLER_PROBE) == [
        "True",
        "True",
    ]
    assert settings_probe({"DATABASE_POOLER": ""}, POOLER_PROBE) == ["False"]


def test_an_unknown_pooler_stops_the_portal_from_starting():
    env = {**os.environ, "DATABASE_POOLER": "pgpool", "DJANGO_SETTINGS_MODULE": "delgosea.settings"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DATABASE_POOLER is 'pgpool': leave it empty or set it to pgbouncer." in result.stderr
