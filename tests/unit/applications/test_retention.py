"""Retention: old drafts are deleted after one warning email in the resident's language; uploaded files go
90 days after their job closes unless the resident keeps them. Time is passed in as ``now``."""

import datetime
from pathlib import Path

import pytest

from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from applications.models import Application, Milestone, Upload
from applications.retention import drafts_delete, drafts_warn, retention_run, uploads_expire
from applications.tasks import apply_retention
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def resident():
    user = UserFactory(roles=["resident"], first_name="Ioana")
    user.profile.preferred_language = "ro"
    user.profile.save()
    return user


def draft(owner, *, last_saved: datetime.datetime, **fields) -> Application:
    application = Application.objects.create(owner=owner, job_title="Porter", **fields)
    Application.objects.filter(pk=application.pk).update(updated=last_saved)  # as if last saved then
    application.refresh_from_db()
    return application


def run_on(now, callbacks):
    with callbacks(execute=True):
        return retention_run(now=now)


def test_a_draft_is_warned_once_then_deleted_30_days_later(resident, django_capture_on_commit_callbacks):
    saved = timezone.now() - 400 * DAY
    application = draft(resident, last_saved=saved)
    warn_day = saved + 335 * DAY  # 365 - 30 days after the last save, the warning is due

    assert run_on(warn_day - DAY, django_capture_on_commit_callbacks)["drafts_warned"] == 0
    assert run_on(warn_day, django_capture_on_commit_callbacks)["drafts_warned"] == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [resident.email]

    for later in (warn_day + DAY, warn_day + 29 * DAY):
        counts = run_on(later, django_capture_on_commit_callbacks)
        assert counts["drafts_warned"] == 0 and counts["drafts_deleted"] == 0
    assert Application.objects.filter(pk=application.pk).exists()
    assert len(mail.outbox) == 1  # the warning is sent once

    assert run_on(warn_day + 30 * DAY, django_capture_on_commit_callbacks)["drafts_deleted"] == 1
    assert not Application.objects.filter(pk=application.pk).exists()


def test_the_warning_is_in_the_residents_language_and_names_the_day(resident, django_capture_on_commit_callbacks):
    now = timezone.now()
    draft(resident, last_saved=now - 340 * DAY)
    with django_capture_on_commit_callbacks(execute=True):
        drafts_warn(now=now)
    message = mail.outbox[0]
    with translation.override("ro"):
        expected = gettext("To keep it, open it and save any step before then:")
        hello = gettext("Hello %(first_name)s,") % {"first_name": "Ioana"}
    assert expected in message.body and hello in message.body
    assert f"{(now + 30 * DAY):%Y}" in message.subject


def test_saving_the_draft_after_the_warning_keeps_it(resident, django_capture_on_commit_callbacks):
    now = timezone.now()
    application = draft(resident, last_saved=now - 340 * DAY)
    run_on(now, django_capture_on_commit_callbacks)
    application.refresh_from_db()
    application.job_title = "Hospital porter"
    application.save()  # the resident saves a step: the count starts again

    counts = run_on(now + 31 * DAY, django_capture_on_commit_callbacks)
    assert counts == {"drafts_warned": 0, "drafts_deleted": 0, "uploads_deleted": 0}
    assert Application.objects.filter(pk=application.pk).exists()


def test_a_draft_never_warned_is_not_deleted_however_old(resident):
    """Someone must have had the chance to keep it: the warning comes first, even for a very old draft."""
    now = timezone.now()
    application = draft(resident, last_saved=now - 900 * DAY)
    assert drafts_delete(now=now) == 0
    assert Application.objects.filter(pk=application.pk).exists()


def test_sent_applications_are_not_drafts(resident, django_capture_on_commit_callbacks):
    now = timezone.now()
    application = draft(resident, last_saved=now - 500 * DAY)
    Milestone.objects.create(application=application, kind=Milestone.Kind.SUBMITTED)
    Application.objects.filter(pk=application.pk).update(updated=now - 500 * DAY)
    assert run_on(now, django_capture_on_commit_callbacks)["drafts_warned"] == 0
    assert mail.outbox == []


def upload_for(owner, application, *, keep=False) -> Upload:
    upload = Upload(owner=owner, application=application, kind=Upload.Kind.CV, original_name="cv.txt", keep=keep)
    upload.file.save("cv.txt", ContentFile(b"my cv"), save=False)
    upload.save()
    return upload


def test_uploads_go_90_days_after_closing_unless_kept(resident, private_files, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    closed = draft(resident, last_saved=timezone.now(), closing_date=today - 90 * DAY)
    not_yet = draft(resident, last_saved=timezone.now(), closing_date=today - 89 * DAY)
    expired = upload_for(resident, closed)
    kept = upload_for(resident, closed, keep=True)
    recent = upload_for(resident, not_yet)
    expired_path = Path(expired.file.path)

    with django_capture_on_commit_callbacks(execute=True):
        assert uploads_expire(now=timezone.now()) == 1

    assert set(Upload.objects.values_list("pk", flat=True)) == {kept.pk, recent.pk}
    assert not expired_path.exists()
    assert Path(kept.file.path).exists() and Path(recent.file.path).exists()


def test_the_keep_choice_on_the_documents_page(client, resident):
    application = draft(resident, last_saved=timezone.now(), closing_date=timezone.localdate())
    upload = upload_for(resident, application)
    client.force_login(resident)
    page = client.get(reverse("applications:documents")).content.decode()
    assert gettext("Keep this document") in page

    response = client.post(reverse("applications:document_keep", args=[upload.pk]), {"keep": "yes"})
    assert response.status_code == 302
    upload.refresh_from_db()
    assert upload.keep
    page = client.get(reverse("applications:documents")).content.decode()
    assert gettext("Stop keeping") in page

    client.post(reverse("applications:document_keep", args=[upload.pk]), {"keep": "no"})
    upload.refresh_from_db()
    assert not upload.keep


def test_nobody_can_keep_someone_elses_document(client, resident):
    upload = upload_for(resident, None)
    client.force_login(UserFactory(roles=["resident"]))
    response = client.post(reverse("applications:document_keep", args=[upload.pk]), {"keep": "yes"})
    assert response.status_code == 404
    upload.refresh_from_db()
    assert not upload.keep


def test_the_daily_task_runs_the_retention_pass(resident, django_capture_on_commit_callbacks):
    draft(resident, last_saved=timezone.now() - 340 * DAY)
    with django_capture_on_commit_callbacks(execute=True):
        counts = apply_retention.delay().get()
    assert counts["drafts_warned"] == 1
    assert apply_retention.soft_time_limit and apply_retention.time_limit > apply_retention.soft_time_limit
