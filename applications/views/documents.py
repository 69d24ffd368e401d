"""Uploaded CVs and statements: upload, watch the check, read the results, download, check again."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors
from ..checks import DocumentError, read_document
from ..checks.language import detect_language
from ..forms import PassageChoiceForm
from ..forms_uploads import UploadForm
from ..models import Upload
from ..presenters import language_attrs, passage_choices, reader_message, report_present, suggested_choice
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
    presented = report_present(report, criteria_language=criteria_language) if done else None
    if presented and _can_point(upload):
        _offer_passages(upload, presented.coverage)
    context = {
        "upload": upload,
        "waiting": upload.is_waiting,
        "stuck": upload_is_stuck(upload),
        "report": presented,
        "error": reader_message(upload.error, report.get("error_params")),
    }
    return render(request, "applications/documents/detail.html", context)


def _can_point(upload: Upload) -> bool:
    """Whether the resident can say where their file shows a criterion: a statement checked against a job."""
    statement = upload.kind == Upload.Kind.STATEMENT
    return statement and upload.application_id is not None and upload.status == Upload.Status.DONE


def _offer_passages(upload: Upload, rows) -> None:
    """Give each criterion the check did not find (or one the resident pointed to) a "show us where" link.
    A row is matched to its criterion by its words: criteria edited since the check get no link."""
    criteria = {criterion.text: criterion for criterion in upload.application.criteria.all()}
    for row in rows:
        criterion = criteria.get(row.text)
        if criterion is None:
            continue
        row.anchor = f"criterion-{criterion.pk}"
        row.passage_chosen = str(criterion.pk) in upload.passages
        if row.status != "covered" or row.passage_chosen:
            row.passage_url = reverse("applications:document_passage", args=[upload.pk, criterion.pk])


@login_required
@require_http_methods(["GET", "POST"])
def document_passage(request, pk: int, criterion_pk: int):
    """The resident says which paragraph of their uploaded statement shows a criterion the check did not
    find; the file is checked again with that paragraph judged as the criterion's answer."""
    upload = selectors.upload_get(user=request.user, pk=pk)
    if not _can_point(upload):
        return redirect("applications:document", upload.pk)
    criterion = get_object_or_404(upload.application.criteria, pk=criterion_pk)
    try:
        text = read_document(upload.file.path).text
    except (DocumentError, FileNotFoundError, ValueError) as error:
        raise Http404 from error
    paragraphs = passage_choices(text, {c.text.strip() for c in upload.application.criteria.all()})
    chosen_before = upload.passages.get(str(criterion.pk))
    current = paragraphs.index(chosen_before) + 1 if chosen_before in paragraphs else None
    bound = request.POST if request.method == "POST" else None
    form = PassageChoiceForm(bound, paragraphs=paragraphs, initial={"paragraph": current})
    if request.method == "POST" and form.is_valid():
        number = form.cleaned_data["paragraph"]
        chosen = paragraphs[number - 1] if number else None
        if chosen != chosen_before:  # the same choice again needs no second check
            if chosen:
                upload.passages[str(criterion.pk)] = chosen
            else:
                upload.passages.pop(str(criterion.pk), None)
            upload.save(update_fields=["passages"])
            upload_recheck(upload=upload)
        return redirect("applications:document", upload.pk)
    language = get_language()
    written_in = detect_language(text, fallback=language)
    context = {
        "upload": upload,
        "criterion": criterion,
        "form": form,
        "suggested": None if current else suggested_choice(criterion.text, paragraphs, written_in),
        "back_url": reverse("applications:document", args=[upload.pk]),
        "criteria_lang_attrs": language_attrs(criteria_language_of(application=upload.application, fallback=language)),
        "text_lang_attrs": language_attrs(written_in),
    }
    return render(request, "applications/passage.html", context, status=400 if form.errors else 200)


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
