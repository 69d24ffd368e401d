"""Uploaded CVs and statements: upload, watch the check, read the results, download, check again."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors
from ..documents import document_recheck as recheck
from ..documents import document_upload
from ..forms_documents import DocumentUploadForm
from ..models import Document

SEVERITIES = ("error", "warning", "info")
WAITING = (Document.Status.QUEUED, Document.Status.CHECKING)


def _translated(template: str, params: dict | None) -> str:
    """A stored engine template in the reader's language, with its values filled in."""
    if not template:
        return ""
    message = gettext(template)
    if not params:
        return message
    # A translation with a broken placeholder falls back to the English sentence.
    for candidate in (message, template):
        try:
            return candidate % params
        except (KeyError, TypeError, ValueError):
            continue
    return template


@login_required
@require_http_methods(["GET", "POST"])
def document_list(request):
    bound = request.method == "POST"
    form = DocumentUploadForm(request.POST if bound else None, request.FILES if bound else None, user=request.user)
    if bound and form.is_valid():
        try:
            document = document_upload(
                owner=request.user,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
                application=form.cleaned_data.get("application"),
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("applications:document", document.pk)
    documents = selectors.documents_for(request.user).select_related("application")
    return render(request, "applications/documents/list.html", {"form": form, "documents": documents})


def _findings_by_severity(report: dict) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {severity: [] for severity in SEVERITIES}
    for finding in report.get("findings", []):
        params = finding.get("params") or {}
        groups.setdefault(finding.get("severity", "info"), []).append(
            {
                "code": finding.get("code", ""),
                "message": _translated(finding.get("message", ""), params),
                "suggestion": _translated(finding.get("suggestion", ""), params),
                "excerpt": finding.get("excerpt", ""),
            }
        )
    return [(severity, items) for severity, items in groups.items() if items]


@login_required
@never_cache
def document_detail(request, pk: int):
    document = selectors.document_get(user=request.user, pk=pk)
    report = document.report or {}
    context = {
        "document": document,
        "waiting": document.status in WAITING,
        "stats": report.get("stats"),
        "coverage": report.get("coverage"),
        "groups": _findings_by_severity(report) if document.status == Document.Status.DONE else [],
        "error": _translated(document.error, report.get("error_params")),
    }
    return render(request, "applications/documents/detail.html", context)


@login_required
def document_file(request, pk: int):
    document = selectors.document_get(user=request.user, pk=pk)
    try:
        handle = document.file.storage.open(document.file.name, "rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type="application/octet-stream"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def document_recheck(request, pk: int):
    document = selectors.document_get(user=request.user, pk=pk)
    recheck(document=document)
    return redirect("applications:document", document.pk)
