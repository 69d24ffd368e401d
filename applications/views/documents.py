"""Uploaded CVs and statements: upload, watch the check, read the results, download, check again."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors
from ..forms_uploads import UploadForm
from ..models import Upload
from ..presenters import reader_message, report_present
from ..services import criteria_language as criteria_language_of
from ..uploads import upload_is_stuck, upload_keep_set, upload_recheck, upload_store


@login_required
@require_http_methods(["GET", "POST"])
def document_list(request):
    bound = request.method == "POST"
    form = UploadForm(request.POST if bound else None, request.FILES if bound else None, user=request.user)
    if bound and form.is_valid():
        try:
            upload = upload_store(
                owner=request.user,
                kind=form.cleaned_data["kind"],
                file=form.cleaned_data["file"],
                application=form.cleaned_data.get("application"),
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("applications:document", upload.pk)
    uploads = selectors.uploads_for(request.user).select_related("application")
    context = {"form": form, "uploads": uploads, "retention_days": settings.RETENTION_UPLOAD_DAYS_AFTER_CLOSING}
    return render(request, "applications/documents/list.html", context)


@login_required
@never_cache
def document_detail(request, pk: int):
    upload = selectors.upload_get(user=request.user, pk=pk)
    report = upload.report or {}
    done = upload.status == Upload.Status.DONE
    application = upload.application
    criteria_language = (
        criteria_language_of(application=application, fallback=get_language()) if application and done else None
    )
    context = {
        "upload": upload,
        "waiting": upload.is_waiting,
        "stuck": upload_is_stuck(upload),
        "report": report_present(report, criteria_language=criteria_language) if done else None,
        "error": reader_message(upload.error, report.get("error_params")),
    }
    return render(request, "applications/documents/detail.html", context)


@login_required
def document_file(request, pk: int):
    upload = selectors.upload_get(user=request.user, pk=pk)
    try:
        handle = upload.file.storage.open(upload.file.name, "rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=upload.original_name, content_type="application/octet-stream"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def document_recheck(request, pk: int):
    upload = selectors.upload_get(user=request.user, pk=pk)
    upload_recheck(upload=upload)
    return redirect("applications:document", upload.pk)


@login_required
@require_POST
def document_keep(request, pk: int):
    """The "keep this document" choice on the documents page (no script needed: a form per file)."""
    upload = selectors.upload_get(user=request.user, pk=pk)
    upload_keep_set(upload=upload, keep=request.POST.get("keep") == "yes")
    return redirect(f"{reverse('applications:documents')}#document-{upload.pk}")
