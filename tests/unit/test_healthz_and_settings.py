import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import OperationalError

from recruit_outreach import views

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "PATH": os.environ["PATH"],
    "DEBUG": "0",
    "SECRET_KEY": "k" * 20 + "production-like-secret-key-with-enough-variety-0123456789",
    "ALLOWED_HOSTS": "jobs.example.nhs.uk",
    "DATABASE_URL": "sqlite:////tmp/recruit-outreach-check.sqlite3",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "CACHE_URL": "redis://127.0.0.1:6379/2",
    "EMAIL_URL": "smtp://mail.example.nhs.uk:587",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.django_db
def test_healthz_answers_with_json_and_sets_no_cookies(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok"}
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_not_redirected_to_a_language(client):
    response = client.get("/healthz/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200


@pytest.mark.django_db
def test_healthz_says_503_when_the_database_does_not_answer(client, monkeypatch):
    """The real outage is tested against PostgreSQL in tests/integration; here the driver error is raised."""

    class BrokenConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(views, "connection", BrokenConnection())
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "error", "database": "unavailable"}


def test_deploy_check_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_fails_with_a_per_process_cache():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "CACHE_URL"}
    result = run_manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr


@pytest.mark.parametrize(
    ("debug", "backend", "fails"),
    [
        (False, "django.core.cache.backends.locmem.LocMemCache", True),
        (False, "django.core.cache.backends.dummy.DummyCache", True),
        (False, "django.core.cache.backends.redis.RedisCache", False),
        (True, "django.core.cache.backends.locmem.LocMemCache", False),
    ],
)
def test_production_needs_a_cache_shared_by_every_process(settings, debug, backend, fails):
    from recruit_outreach.accounts.checks import shared_cache_in_production

    settings.DEBUG = debug
    settings.CACHES = {"default": {"BACKEND": backend}}
    assert [error.id for error in shared_cache_in_production()] == (["accounts.E001"] if fails else [])


def test_secret_key_is_required_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_without_a_broker_tasks_run_in_process():
    env = {"PATH": os.environ["PATH"], "DEBUG": "1"}
    code = "from django.conf import settings; print(settings.CELERY_TASK_ALWAYS_EAGER)"
    result = run_manage("shell", "-c", code, env=env)
    assert result.stdout.strip().endswith("True"), result.stderr
    result = run_manage("shell", "-c", code, env={**env, "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0"})
    assert result.stdout.strip().endswith("False"), result.stderr


def test_production_static_files_collect_with_hashed_names(tmp_path):
    result = run_manage("collectstatic", "--noinput", "-v0", env={**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    assert manifest["css/site.css"].startswith("css/site.")
    assert (tmp_path / "wagtailnhsukfrontend" / "css" / "nhsuk-frontend-10.4.2.min.css.gz").exists()
