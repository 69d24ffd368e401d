"""A check whose worker died is not lost: tasks can run twice safely, come back from Redis well within an hour,
and a resident whose document is stuck past the check's time limit is offered "check again"."""

import datetime

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from applications.models import Upload
from applications.tasks import check_upload
from recruit_outreach.celery import app
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STATEMENT = (
    "I have cared for my grandmother for three years. I help her wash, dress and take her tablets each day. "
    "I keep a diary of her medicines so the district nurse can see what she has taken."
)
STUCK = "Checking this file is taking much longer than it should. Ask for it to be checked again."
PROJECT_TASKS = ("applications.", "recruit_outreach.", "cms.")


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def _upload(owner, **fields) -> Upload:
    return Upload.objects.create(owner=owner, kind="statement", original_name="statement.txt",
                                 file=SimpleUploadedFile("statement.txt", STATEMENT.encode()), **fields)  # fmt: skip


def test_a_check_stuck_past_its_time_limit_offers_check_again(client, django_capture_on_commit_callbacks):
    resident = UserFactory(roles=["resident"])
    client.force_login(resident)
    limit = check_upload.time_limit or app.conf.task_time_limit
    recent = _upload(resident, status=Upload.Status.CHECKING)
    stuck = _upload(resident, status=Upload.Status.CHECKING,
                    queued=timezone.now() - datetime.timedelta(seconds=limit + 60))  # fmt: skip

    with translation.override("en"):
        message, button = gettext(STUCK), gettext("Check this file again")
    recent_page = client.get(reverse("applications:document", args=[recent.pk])).content.decode()
    assert message not in recent_page and button not in recent_page
    stuck_page = client.get(reverse("applications:document", args=[stuck.pk])).content.decode()
    assert message in stuck_page and button in stuck_page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("applications:document_recheck", args=[stuck.pk]))
    assert response.status_code == 302
    stuck.refresh_from_db()
    assert stuck.status == Upload.Status.DONE and stuck.report["stats"]["words"] > 20


def test_a_check_run_twice_records_its_result_once():
    """Redis hands a task whose worker died to another worker: the second run must not check or record again."""
    upload = _upload(UserFactory(roles=["resident"]), status=Upload.Status.QUEUED)
    assert check_upload.apply(args=[upload.pk]).get() == Upload.Status.DONE
    upload.refresh_from_db()
    first = (upload.checked, upload.report)

    assert check_upload.apply(args=[upload.pk]).get() == Upload.Status.DONE
    upload.refresh_from_db()
    assert (upload.checked, upload.report) == first


def test_a_killed_workers_task_comes_back_within_the_hour_and_never_during_a_run():
    """Redis gives an unacknowledged task to another worker after the visibility timeout (an hour by default):
    shorter than that, but longer than any task may run, or a slow task would run twice."""
    app.loader.import_default_modules()
    visibility = app.conf.broker_transport_options["visibility_timeout"]
    assert visibility < 60 * 60
    tasks = [task for name, task in app.tasks.items() if name.startswith(PROJECT_TASKS)]
    assert len(tasks) >= 8
    for task in tasks:
        hard_limit = task.time_limit or app.conf.task_time_limit
        assert hard_limit and hard_limit < visibility, task.name
    assert app.conf.task_acks_late and app.conf.task_reject_on_worker_lost
