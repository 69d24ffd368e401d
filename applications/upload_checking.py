"""Checking an uploaded CV or statement (run by the Celery task tasks.check_upload) and keeping the result.

The stored report and error hold the engine's untranslated message templates with their values, so each
page shows them in the reader's language at the time they read it.
"""

import logging

from celery.exceptions import SoftTimeLimitExceeded

from django.utils import timezone
from django.utils.translation import gettext_noop

from . import checks
from .checks.errors import TOO_SLOW
from .checks.language import detect_language
from .models import Upload
from .presenters import report_data, report_data_error

logger = logging.getLogger(__name__)

CHECK_FAILED = gettext_noop("Something went wrong while we checked this file. Try again, or try another file.")


def _criteria(upload: Upload) -> list[checks.Criterion]:
    """The job's criteria, each with the paragraph the resident pointed to for it (if any)."""
    if upload.application is None:
        return []
    passages = upload.passages if upload.kind == Upload.Kind.STATEMENT else {}
    return [
        checks.Criterion(criterion.text, criterion.level, passages.get(str(criterion.pk), ""))
        for criterion in upload.application.criteria.all()
    ]


def upload_check(*, upload_id: int) -> str:
    """Check one upload and store the report; returns its final status.

    Safe to run twice: an upload that is already done or failed is left as it is (``uploads.upload_recheck``
    queues it again), and a run that died part way through is simply run again.
    """
    claimed = Upload.objects.filter(pk=upload_id, status__in=[Upload.Status.QUEUED, Upload.Status.CHECKING]).update(
        status=Upload.Status.CHECKING
    )
    upload = Upload.objects.select_related("owner", "application").filter(pk=upload_id).first()
    if upload is None:
        logger.warning("upload %s was deleted before it was checked", upload_id)
        return "missing"
    if not claimed:
        return upload.status
    try:
        application = upload.application
        criteria = _criteria(upload)
        limits = None
        if application and upload.kind == Upload.Kind.STATEMENT:
            limits = checks.Limits(box_chars=application.box_chars, max_words=application.max_words,
                                   max_chars=application.max_chars)  # fmt: skip
        read = checks.read_document(upload.file.path)
        report = checks.check_document(
            read,
            upload.kind,
            criteria or None,
            limits,
            language=detect_language(read.text),  # the file's language, whatever the site's language
            name=upload.owner.get_full_name() or None,
        )
        upload.report = report_data(report, with_coverage=bool(criteria))
        upload.error = ""
        upload.status = Upload.Status.DONE
    except checks.DocumentError as error:
        upload.report = report_data_error(error)
        upload.error = error.reason
        upload.status = Upload.Status.FAILED
    except SoftTimeLimitExceeded:
        logger.warning("upload %s took longer than the task's time limit", upload_id)
        upload.report = report_data_error(checks.DocumentError(TOO_SLOW))
        upload.error = TOO_SLOW
        upload.status = Upload.Status.FAILED
    except Exception:
        logger.exception("upload %s could not be checked", upload_id)
        upload.report = None
        upload.error = CHECK_FAILED
        upload.status = Upload.Status.FAILED
    upload.checked = timezone.now()
    upload.save(update_fields=["report", "error", "status", "checked"])
    return upload.status
