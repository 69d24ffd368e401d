"""A worker killed with SIGKILL in the middle of a check loses nothing: Redis gives the unacknowledged task to
the next worker after the visibility timeout, and the re-run records the result once."""

import os
import time
import uuid

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from applications.models import Upload
from applications.uploads import upload_store
from recruit_outreach.celery import app
from tests.factories import UserFactory
from tests.integration.conftest import _test_database_url, start_worker

pytestmark = pytest.mark.django_db(transaction=True)

VISIBILITY_TIMEOUT = 3  # seconds, for this test; production waits 2400 (CELERY_VISIBILITY_TIMEOUT)
STATEMENT = b"I have cared for my grandmother for three years. I help her wash, dress and take her tablets."


def _wait_for_status(upload: Upload, status: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        upload.refresh_from_db()
        if upload.status == status:
            return True
        time.sleep(0.2)
    return False


def test_a_check_whose_worker_was_killed_is_finished_by_the_next_worker(services, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    run_id = uuid.uuid4().hex[:12]
    queue = f"test-{run_id}"
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "CELERY_BROKER_URL": services["broker_url"],
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
        "DEBUG": "1",
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }
    default_queue, app.conf.task_default_queue = app.conf.task_default_queue, queue
    workers = []
    try:
        workers.append(start_worker(env, queue, f"{queue}-a@localhost", "--include=tests.integration.stall_checks"))
        upload = upload_store(owner=UserFactory(roles=["resident"]), kind="statement",
                              file=SimpleUploadedFile("statement.txt", STATEMENT))  # fmt: skip
        assert _wait_for_status(upload, Upload.Status.CHECKING, 60), "the first worker never started the check"

        workers[0].kill()  # SIGKILL: no chance to hand the task back
        workers[0].wait(timeout=20)
        time.sleep(VISIBILITY_TIMEOUT + 1)
        workers.append(start_worker(env, queue, f"{queue}-b@localhost"))

        assert _wait_for_status(upload, Upload.Status.DONE, 90), f"still {upload.status} after the worker died"
        assert upload.report["stats"]["words"] > 10
    finally:
        app.conf.task_default_queue = default_queue
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait(timeout=20)
