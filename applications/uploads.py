"""Uploaded CVs and statements: refuse what we will not take, store the rest privately, queue their check.

The check itself runs in Celery (tasks.check_upload -> upload_checking.upload_check).
"""

import datetime
import os

from celery import current_app

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.outbox.services import outbox_queue

from . import checks
from .checks.reading import sniff
from .models import Application, Upload
from .presenters import reader_message
from .tasks import check_upload

SNIFF_BYTES = 8192
# The types a file's name may claim, by extension; the content must agree with the name.
CLAIMED_TYPES = {".docx": "docx", ".pdf": "pdf", ".txt": "text"}


def _looks_like_text(head: bytes) -> bool:
    """Plain text has no zero bytes (unless it starts with a UTF-16 or UTF-32 mark) and few control bytes."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    return control <= max(len(head) // 50, 2)


def _validate_upload(upload: UploadedFile) -> None:
    """Refuse files that are too big, empty, or not a Word document, PDF or plain text by their content."""
    if upload.size is not None and upload.size > checks.DEFAULT_LIMITS.max_bytes:
        limit = {"megabytes": checks.DEFAULT_LIMITS.max_megabytes}
        message = _("This file is too big. The largest file you can upload is %(megabytes)s MB.") % limit
        raise ValidationError(message, code="too_big")
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if not head:
        raise ValidationError(_("This file is empty. Choose another file."), code="empty")
    try:
        found = sniff(head)
    except checks.DocumentError as error:
        raise ValidationError(reader_message(error.reason, error.params), code="type") from error
    claimed = CLAIMED_TYPES.get(os.path.splitext(upload.name or "")[1].lower())
    if (claimed and claimed != found) or (found == "text" and not _looks_like_text(head)):
        raise ValidationError(
            _("This file is not what its name says. Upload a Word document (.docx), a PDF or plain text (.txt)."),
            code="disguised",
        )


def _display_name(name: str) -> str:
    """The resident's own file name, without any folder and without characters that break a header."""
    base = os.path.basename((name or "").replace("\\", "/"))
    return "".join(char for char in base if char.isprintable())[:200] or "document"


def _queue_check(upload: Upload) -> None:
    upload_id = upload.pk
    outbox_queue(check_upload, upload_id)


def upload_store(*, owner, kind: str, file: UploadedFile, application: Application | None = None) -> Upload:
    """Store an uploaded CV or statement under a random private name and queue its check.

    Raises ``ValidationError`` with a plain-English message for a file we will not take.
    """
    _validate_upload(file)
    with transaction.atomic():
        upload = Upload.objects.create(
            owner=owner,
            application=application,
            kind=kind,
            file=file,
            original_name=_display_name(file.name),
            status=Upload.Status.QUEUED,
        )
        _queue_check(upload)
    return upload


def upload_is_stuck(upload: Upload) -> bool:
    """Still waiting or being checked after the check's time limit: its worker died or the work was lost, so the
    resident may ask for it to be checked again."""
    limit = check_upload.time_limit or current_app.conf.task_time_limit
    return upload.is_waiting and timezone.now() - upload.queued > datetime.timedelta(seconds=limit)


def upload_recheck(*, upload: Upload) -> None:
    """Clear the old result and queue the upload to be checked again."""
    upload.status = Upload.Status.QUEUED
    upload.report = None
    upload.error = ""
    upload.checked = None
    upload.queued = timezone.now()
    with transaction.atomic():
        upload.save(update_fields=["status", "report", "error", "checked", "queued"])
        _queue_check(upload)


def upload_keep_set(*, upload: Upload, keep: bool) -> None:
    """Keep the file until the resident deletes it, or let it be deleted after the job closes (retention.py)."""
    upload.keep = keep
    upload.save(update_fields=["keep"])
