"""Integration tests run against real PostgreSQL, Redis and a Celery worker process.

They need DATABASE_URL (PostgreSQL) and CELERY_BROKER_URL (Redis), as .ci/run sets. On a laptop without
them the tests are skipped; in CI (CI=true) a missing service is a failure, never a skip.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.integration)
            # One xdist worker runs them all, so only one Celery worker consumes the shared Redis queue.
            item.add_marker(pytest.mark.xdist_group("integration"))


@pytest.fixture(scope="session")
def services():
    database_url = os.environ.get("DATABASE_URL", "")
    broker_url = os.environ.get("CELERY_BROKER_URL", "")
    if not (database_url.startswith("postgres") and broker_url.startswith("redis")):
        message = "set DATABASE_URL=postgres://... and CELERY_BROKER_URL=redis://... to run the integration tests"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return {"database_url": database_url, "broker_url": broker_url}


def _test_database_url() -> str:
    """The test database (not the configured one) as a URL, for the worker process."""
    s = connection.settings_dict
    credentials = quote(s["USER"]) + (f":{quote(s['PASSWORD'])}" if s.get("PASSWORD") else "")
    return f"postgres://{credentials}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def start_worker(env: dict, queue: str, hostname: str, *extra_args: str) -> subprocess.Popen:
    """Start `celery worker` (solo pool) on `queue` and wait until it answers a ping by its name."""
    from recruit_outreach.celery import app

    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "recruit_outreach", "worker", "--pool=solo", "--loglevel=WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat", f"--hostname={hostname}", f"--queues={queue}",
         *extra_args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            pytest.fail(f"celery worker exited: {worker.stdout.read()}")
        if app.control.ping(destination=[hostname], timeout=1.0):
            return worker
    worker.kill()
    pytest.fail("celery worker did not answer within 60 s")


@pytest.fixture
def celery_worker_process(services, transactional_db, tmp_path):
    """A real `celery worker` in its own process, using the test database and the Redis broker.

    The worker listens on a queue of its own and is pinged by name: Redis is shared, and a worker from
    another checkout (another test run, a developer's worker) must never take these tasks.
    """
    from recruit_outreach.celery import app

    run_id = uuid.uuid4().hex[:12]
    queue, hostname = f"test-{run_id}", f"test-{run_id}@localhost"
    mail_dir = tmp_path / "mail"
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "CELERY_BROKER_URL": services["broker_url"],
        "CELERY_RESULT_BACKEND": os.environ.get("CELERY_RESULT_BACKEND", services["broker_url"]),
        "EMAIL_URL": f"filemail:///{mail_dir}",  # django-environ drops one leading slash
        "DEBUG": "1",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),  # uploads the worker checks
    }
    worker = start_worker(env, queue, hostname)
    default_queue = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    try:
        yield {"mail_dir": mail_dir, "env": env, "queue": queue}
    finally:
        app.conf.task_default_queue = default_queue
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=20)
    except subprocess.TimeoutExpired:
        worker.kill()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def app_server(services, transactional_db, tmp_path):
    """Start the site under gunicorn in its own process, on the test database, with the environment given.

    A second instance of the app: pointing its broker at a closed port shows the broker being down without
    stopping the machine's shared Redis. Returns a function that starts one and gives its base URL.
    """
    servers = []

    def start(**environment) -> str:
        port = _free_port()
        env = {
            **os.environ,
            "DATABASE_URL": _test_database_url(),
            "CELERY_BROKER_URL": services["broker_url"],
            "CELERY_RESULT_BACKEND": os.environ.get("CELERY_RESULT_BACKEND", services["broker_url"]),
            "EMAIL_URL": f"filemail:///{tmp_path / 'server-mail'}",
            "DEBUG": "1",
            "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
            **environment,
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "recruit_outreach.wsgi", "--workers=1", f"--bind=127.0.0.1:{port}",
             "--timeout=60", "--log-level=warning"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        servers.append(server)
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"gunicorn exited: {server.stdout.read()}")
            try:
                if requests.get(f"{base_url}/healthz/", timeout=30).status_code == 200:
                    return base_url
            except requests.ConnectionError:
                time.sleep(0.3)
        pytest.fail("gunicorn did not answer within 120 s")

    yield start
    for server in servers:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
