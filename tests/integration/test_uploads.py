"""An uploaded statement goes through Redis to a real Celery worker and back, as in production."""

import time

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from applications.models import Upload
from recruit_outreach.celery import app
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

STATEMENT = (
    "I have cared for my grandmother for three years. I help her wash, dress and take her tablets each day. "
    "I keep a diary of her medicines so the district nurse can see what she has taken. "
    "When she fell last winter, I stayed calm and told the paramedics what had happened. "
    "You can email me at amina@example.org."
)


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Autouse, so it runs before `celery_worker_process` hands PRIVATE_MEDIA_ROOT to the worker."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def _worker_consumes(consume: bool) -> None:
    """Pause or resume the test worker's queue, so the page can be seen while the check is still queued."""
    queue = app.conf.task_default_queue
    destination = [f"{queue}@localhost"]
    control = app.control.add_consumer if consume else app.control.cancel_consumer
    assert control(queue, destination=destination, reply=True, timeout=5)


def test_an_uploaded_statement_is_checked_by_the_worker(celery_worker_process, private_media, client):
    resident = UserFactory(roles=["resident"], first_name="Amina", last_name="Okafor")
    client.force_login(resident)

    _worker_consumes(False)
    try:
        with translation.override("en"):  # another test may have left a different language active
            upload_url = reverse("applications:documents")
        response = client.post(
            upload_url,
            {"kind": "statement", "file": SimpleUploadedFile("My statement.txt", STATEMENT.encode())},
        )
        upload = Upload.objects.get(owner=resident)
        assert response.status_code == 302
        assert upload.status == Upload.Status.QUEUED
        assert upload.file.path.startswith(str(private_media))
        waiting = client.get(response["Location"]).content.decode()
        assert "Waiting to be checked" in waiting and "Check again for results" in waiting
    finally:
        _worker_consumes(True)

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        upload.refresh_from_db()
        if upload.status in (Upload.Status.DONE, Upload.Status.FAILED):
            break
        time.sleep(0.2)
    assert upload.status == Upload.Status.DONE, upload.error

    page = client.get(response["Location"]).content.decode()
    assert "Checked" in page and "Check again for results" not in page
    assert "This is an email address. The panel should not see it." in page
