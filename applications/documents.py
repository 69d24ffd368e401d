"""Uploaded CVs and statements: store them privately, check them in Celery, keep the results.

The stored report and error hold the engine's untranslated message templates with their values, so each
page shows them in the reader's language at the time they read it.
"""

import logging
import os

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from . import checks
from .checks.language import detect_language
from .checks.reading import sniff
from .models import Application, Document
from .presenters import reader_message, report_data, report_data_error

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 8192
# The types a file's name may claim, by extension; the content must agree with the name.
CLAIMED_TYPES = {".docx": "docx", ".pdf": "pdf", ".txt": "text"}
CHECK_FAILED = gettext_noop("Something went wrong while we checked this file. Try again, or try another file.")


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
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("This file is too big. The largest file you can upload is 5 MB."), code="too_big")
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


def _queue_check(document: Document) -> None:
    from .tasks import check_document

    document_id = document.pk
    transaction.on_commit(lambda: check_document.delay(document_id))


def document_upload(*, owner, kind: str, upload: UploadedFile, application: Application | None = None) -> Document:
    """Store an uploaded CV or statement under a random private name and queue its check.

    Raises ``ValidationError`` with a plain-English message for a file we will not take.
    """
    _validate_upload(upload)
    with transaction.atomic():
        document = Document.objects.create(
            owner=owner,
            application=application,
            kind=kind,
            file=upload,
            original_name=_display_name(upload.name),
            status=Document.Status.QUEUED,
        )
        _queue_check(document)
    return document


def document_check(*, document_id: int) -> str:
    """Check one uploaded document and store the report; returns its final status.

    Safe to run twice: a document that is already done or failed is left as it is (``document_recheck``
    queues it again), and a run that died part way through is simply run again.
    """
    claimed = Document.objects.filter(
        pk=document_id, status__in=[Document.Status.QUEUED, Document.Status.CHECKING]
    ).update(status=Document.Status.CHECKING)
    document = Document.objects.select_related("owner", "application").filter(pk=document_id).first()
    if document is None:
        logger.warning("document %s was deleted before it was checked", document_id)
        return "missing"
    if not claimed:
        return document.status
    try:
        application = document.application
        criteria = [checks.Criterion(c.text, c.level) for c in application.criteria.all()] if application else []
        limits = None
        if application and document.kind == Document.Kind.STATEMENT:
            limits = checks.Limits(box_chars=application.box_chars, max_words=application.max_words,
                                   max_chars=application.max_chars)  # fmt: skip
        read = checks.read_document(document.file.path)
        report = checks.check_document(
            read,
            document.kind,
            criteria or None,
            limits,
            language=detect_language(read.text),  # the file's language, whatever the site's language
            name=document.owner.get_full_name() or None,
        )
        document.report = report_data(report, with_coverage=bool(criteria))
        document.error = ""
        document.status = Document.Status.DONE
    except checks.DocumentError as error:
        document.report = report_data_error(error)
        document.error = error.reason
        document.status = Document.Status.FAILED
    except Exception:
        logger.exception("document %s could not be checked", document_id)
        document.report = None
        document.error = CHECK_FAILED
        document.status = Document.Status.FAILED
    document.checked = timezone.now()
    document.save(update_fields=["report", "error", "status", "checked"])
    return document.status


def document_recheck(*, document: Document) -> None:
    """Clear the old result and queue the document to be checked again."""
    document.status = Document.Status.QUEUED
    document.report = None
    document.error = ""
    document.checked = None
    with transaction.atomic():
        document.save(update_fields=["status", "report", "error", "checked"])
        _queue_check(document)
