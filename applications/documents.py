"""Uploaded CVs and statements: store them privately, check them in Celery, keep the results.

The stored report and error hold the engine's untranslated message templates with their values, so each
page shows them in the reader's language at the time they read it.
"""

import json
import logging
import os
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from . import checks
from .checks.language import detect_language
from .checks.reading import sniff
from .models import Application, Document

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
        message = gettext(error.reason) % error.params if error.params else gettext(error.reason)
        raise ValidationError(message, code="type") from error
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


def _json_ready(value: Any) -> Any:
    # PostgreSQL's jsonb cannot hold NUL characters, which a damaged file can contain.
    return json.loads(json.dumps(value, default=str).replace("\\u0000", ""))


def _report_data(report: checks.Report, with_coverage: bool) -> dict[str, Any]:
    text = report.text
    findings = [
        {
            "code": finding.code,
            "severity": finding.severity,
            "message": finding.message,
            "params": finding.params,
            "suggestion": finding.suggestion or "",
            "span": list(finding.span) if finding.span else None,
            # The words the finding is about, so the resident can find them in their own file.
            "excerpt": text[finding.span[0] : finding.span[1]][:300] if finding.span else "",
        }
        for finding in report.findings
    ]
    data: dict[str, Any] = {
        "kind": report.kind,
        "language": report.language,
        "stats": report.stats.to_dict(),
        "findings": findings,
    }
    if with_coverage:
        data["coverage"] = [row.to_dict() for row in report.criteria]
    return _json_ready(data)


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
        document.report = _report_data(report, with_coverage=bool(criteria))
        document.error = ""
        document.status = Document.Status.DONE
    except checks.DocumentError as error:
        document.report = _json_ready({"error_params": error.params}) if error.params else None
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
