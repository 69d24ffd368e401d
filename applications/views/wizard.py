"""Steps 1 to 4 of the coach and the dashboard. Each step saves; a save from an older tab is refused and
the resident sees both their words and the saved version, so nothing is lost."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_http_methods

from recruit_outreach.accounts import roles

from .. import selectors, services
from ..checks import MAX_CRITERIA, DocumentError
from ..checks.language import detect_language
from ..checks.matching import passage_span
from ..forms import (
    CriteriaFormSet,
    EvidenceForm,
    JobDetailsForm,
    JobStartForm,
    PassageForm,
    StatementForm,
    VersionedForm,
)
from ..presenters import (
    language_attrs,
    paragraph_starts,
    passage_choices,
    reader_message,
    report_data,
    report_present,
    statement_changes_context,
    suggested_choice,
)
from ..values import NHS_VALUES


def _is_autosave(request) -> bool:
    return request.headers.get("X-Autosave") == "1"


def _stale_response(request, error: services.StaleVersion):
    if _is_autosave(request):
        return JsonResponse({"saved": False, "version": error.current.version}, status=409)
    messages.error(request, gettext("This application was changed in another tab or window. Nothing was saved."))
    return None


@login_required
def dashboard(request):
    applications = selectors.applications_for(request.user).prefetch_related("milestones")
    today = timezone.localdate()
    rows = []
    for application in applications:
        milestones = list(application.milestones.all())
        days = (application.closing_date - today).days if application.closing_date else None
        rows.append({"application": application, "latest": milestones[-1] if milestones else None, "days_left": days})
    is_worker = request.user.groups.filter(name=roles.OUTREACH_WORKER).exists()
    return render(request, "applications/dashboard.html", {"rows": rows, "is_outreach_worker": is_worker})


def _read_advert(form: JobStartForm) -> services.Advert | None:
    upload = form.cleaned_data.get("upload")
    try:
        return services.advert_read(
            advert_text=form.cleaned_data["advert_text"], upload=upload.read() if upload else None
        )
    except DocumentError as error:
        form.add_error("upload", reader_message(error.reason, error.params))
        return None


def _duplicates_of(user, advert: services.Advert):
    return selectors.application_duplicates(
        user=user,
        advert_text=advert.text,
        job_title=advert.job_title,
        employer=advert.employer,
        closing_date=advert.closing_date,
    )


def _criteria_cut_message() -> str:
    return gettext(
        "We found more than %(limit)s criteria. We kept the first %(limit)s. Check them against the advert "
        "and edit them."
    ) % {"limit": MAX_CRITERIA}


@login_required
@require_http_methods(["GET", "POST"])
def job_new(request):
    form = JobStartForm(request.POST or None, request.FILES or None)
    duplicates = None
    advert = _read_advert(form) if request.method == "POST" and form.is_valid() else None
    if advert is not None:
        if "start_anyway" not in request.POST:
            duplicates = list(_duplicates_of(request.user, advert))
        if duplicates:
            # Offer the one they have; the text (from an uploaded file too) stays, to start a copy on purpose.
            form = JobStartForm(initial={"advert_text": advert.text})
        else:
            application = services.application_create(owner=request.user, advert=advert)
            messages.success(request, gettext("We read the advert. Check what we found and correct anything wrong."))
            if advert.criteria_cut:
                messages.warning(request, _criteria_cut_message())
            if not advert.criteria:
                messages.warning(request, gettext("We could not find the criteria. Add them from the advert."))
            elif advert.levels_unclear:
                messages.warning(
                    request,
                    gettext("We could not tell which criteria are essential. Check the advert and correct them."),
                )
            return redirect("applications:job", application.pk)
    return render(request, "applications/job_new.html", {"form": form, "duplicates": duplicates, "step": 1})


@login_required
@require_http_methods(["GET", "POST"])
def job_edit(request, pk: int):
    application = selectors.application_get(user=request.user, pk=pk)
    saved = None
    if request.method == "POST":
        form = JobDetailsForm(request.POST, instance=application)
        formset = CriteriaFormSet(request.POST, instance=application)
        if form.is_valid() and formset.is_valid():
            try:
                with transaction.atomic():
                    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
                    services.application_save(
                        application=application, expected_version=form.cleaned_data["version"], fields=fields
                    )
                    formset.save()
                    application.criteria.update(level_unclear=False)  # the resident has seen and kept each level
            except services.StaleVersion as error:
                _stale_response(request, error)
                saved = error.current
                form = JobDetailsForm(request.POST, instance=application)
                form.data = form.data.copy()
                form.data["version"] = saved.version
            else:
                messages.success(request, gettext("Saved."))
                return redirect("applications:evidence_start", application.pk)
    else:
        form = JobDetailsForm(instance=application, initial={"version": application.version})
        formset = CriteriaFormSet(instance=application)
    return render(
        request,
        "applications/job.html",
        {"application": application, "form": form, "formset": formset, "saved": saved, "step": 1},
    )


@login_required
def evidence_start(request, pk: int):
    application = selectors.application_get(user=request.user, pk=pk)
    first = application.criteria.first()
    if first is None:
        messages.warning(request, gettext("Add the criteria from the advert first."))
        return redirect("applications:job", application.pk)
    return redirect("applications:evidence", application.pk, first.pk)


@login_required
@require_http_methods(["GET", "POST"])
def evidence(request, pk: int, criterion_pk: int):
    application = selectors.application_get(user=request.user, pk=pk)
    criteria = list(application.criteria.all())
    criterion = selectors.criterion_get(application=application, pk=criterion_pk)
    position = [c.pk for c in criteria].index(criterion.pk)
    following = criteria[position + 1] if position + 1 < len(criteria) else None
    saved = None
    if request.method == "POST":
        form = EvidenceForm(request.POST, instance=criterion)
        if form.is_valid():
            answers = {name: form.cleaned_data[name] for name in form.Meta.fields}
            try:
                services.criterion_answer_save(
                    criterion=criterion, expected_version=form.cleaned_data["version"], answers=answers
                )
            except services.StaleVersion as error:
                response = _stale_response(request, error)
                if response:
                    return response
                saved = selectors.criterion_get(application=error.current, pk=criterion.pk)
                form.data = form.data.copy()
                form.data["version"] = error.current.version
            else:
                if _is_autosave(request):
                    return JsonResponse({"saved": True, "version": application.version})
                if following:
                    return redirect("applications:evidence", application.pk, following.pk)
                return redirect("applications:statement", application.pk)
        elif _is_autosave(request):
            return JsonResponse({"saved": False, "errors": form.errors}, status=400)
    else:
        form = EvidenceForm(instance=criterion, initial={"version": application.version})
    context = {
        "application": application,
        "criterion": criterion,
        "number": position + 1,
        "total": len(criteria),
        "previous": criteria[position - 1] if position else None,
        "following": following,
        "form": form,
        "saved": saved,
        "values": NHS_VALUES,
        "step": 2,
    }
    return render(request, "applications/evidence.html", context)


def _statement_page(request, application, form, *, saved=None, status=200):
    context = {
        "application": application,
        "form": form,
        "saved": saved,
        "step": 3,
        **statement_changes_context(application=application),
    }
    return render(request, "applications/statement.html", context, status=status)


def _statement_rebuild(request, application):
    form = VersionedForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.non_field_errors()[0])
        initial = {"version": application.version, "statement": services.statement_text(application=application)}
        return _statement_page(request, application, StatementForm(instance=application, initial=initial), status=400)
    try:
        services.statement_rebuild(application=application, expected_version=form.cleaned_data["version"])
    except services.StaleVersion as error:
        _stale_response(request, error)
    return redirect("applications:statement", application.pk)


@login_required
@require_http_methods(["GET", "POST"])
def statement(request, pk: int):
    application = selectors.application_get(user=request.user, pk=pk)
    if request.method == "POST" and "rebuild" in request.POST:
        return _statement_rebuild(request, application)
    if request.method == "GET":
        initial = {"version": application.version, "statement": services.statement_text(application=application)}
        return _statement_page(request, application, StatementForm(instance=application, initial=initial))
    form = StatementForm(request.POST, instance=application)
    if not form.is_valid():
        if _is_autosave(request):
            return JsonResponse({"saved": False, "errors": form.errors}, status=400)
        return _statement_page(request, application, form, status=400)
    bring_in = request.POST.get("bring_in", "")
    changed = [section.key for section in services.statement_changes(application=application)]
    try:
        services.statement_save(
            application=application,
            expected_version=form.cleaned_data["version"],
            text=form.cleaned_data["statement"],
            bring_in=changed if bring_in == "all" else [bring_in],
        )
    except services.StaleVersion as error:
        response = _stale_response(request, error)
        if response:
            return response
        form.data = form.data.copy()
        form.data["version"] = error.current.version
        return _statement_page(request, application, form, saved=services.statement_text(application=error.current))
    if _is_autosave(request):
        return JsonResponse({"saved": True, "version": application.version})
    if bring_in:
        messages.success(request, gettext("We brought your new answers into your statement. Read them through."))
        return redirect("applications:statement", application.pk)
    return redirect("applications:checks", application.pk)


def _highlighted(text: str, spans: list[tuple[int, int]]) -> str:
    """The text, escaped, with the given character ranges wrapped in <mark>."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        pieces += [escape(text[cursor:start]), "<mark>", escape(text[start:end]), "</mark>"]
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of user text above is escaped


@login_required
def checks(request, pk: int):
    application = selectors.application_get(user=request.user, pk=pk)
    language = get_language()
    name = request.user.get_full_name() or None  # so the check can warn when the resident's name is in the text
    report = services.application_check(application=application, language=language, name=name)
    paragraphs = paragraph_starts(report.text)
    presented = report_present(
        report_data(report),
        criteria_language=services.criteria_language(application=application, fallback=language),
        paragraphs=paragraphs,
    )
    if application.statement_edited:
        # A criterion the check did not find (or one the resident already pointed to) can be pointed to.
        for row, criterion in zip(presented.coverage, application.criteria.all(), strict=False):
            row.anchor = f"criterion-{criterion.pk}"
            # A choice the statement no longer holds (a rewritten paragraph) is offered afresh.
            row.passage_chosen = passage_span(report.text, criterion.evidence_passage) is not None
            if row.status != "covered" or row.passage_chosen:
                row.passage_url = reverse("applications:passage", args=[application.pk, criterion.pk])
    personal = [f.span for f in report.findings if f.code.startswith("personal_info.") and f.span]
    context = {
        "application": application,
        "report": presented,
        **statement_changes_context(application=application),
        "paragraphs": [(number, report.text[start:end]) for number, (start, end) in enumerate(paragraphs, 1)],
        "panel_view": _highlighted(report.text, personal),
        "personal_count": len(personal),
        "step": 4,
    }
    return render(request, "applications/checks.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def passage(request, pk: int, criterion_pk: int):
    """The resident says which paragraph of their edited statement shows a criterion the check did not find;
    the check then judges that paragraph as the criterion's answer."""
    application = selectors.application_get(user=request.user, pk=pk)
    criterion = selectors.criterion_get(application=application, pk=criterion_pk)
    if not application.statement_edited:
        # Until the statement is edited as a whole, each answer already sits under its own criterion.
        return redirect("applications:evidence", application.pk, criterion.pk)
    language = get_language()
    written_in = detect_language(application.statement, fallback=language)
    paragraphs = passage_choices(application.statement, {c.text.strip() for c in application.criteria.all()})
    current = paragraphs.index(criterion.evidence_passage) + 1 if criterion.evidence_passage in paragraphs else None
    initial = {"version": application.version, "paragraph": current}
    form = PassageForm(request.POST or None, paragraphs=paragraphs, initial=initial)
    if request.method == "POST" and form.is_valid():
        number = form.cleaned_data["paragraph"]
        chosen = paragraphs[number - 1] if number else ""
        try:
            services.criterion_answer_save(
                criterion=criterion, expected_version=form.cleaned_data["version"], answers={"evidence_passage": chosen}
            )
        except services.StaleVersion as error:
            _stale_response(request, error)
            return redirect("applications:passage", application.pk, criterion.pk)
        if chosen:
            messages.success(request, gettext("Thank you. We checked that part of your statement again."))
        return redirect(reverse("applications:checks", args=[application.pk]) + f"#criterion-{criterion.pk}")
    context = {
        "application": application,
        "criterion": criterion,
        "form": form,
        "suggested": None if current else suggested_choice(criterion.text, paragraphs, written_in),
        "back_url": reverse("applications:checks", args=[application.pk]),
        "criteria_lang_attrs": language_attrs(services.criteria_language(application=application, fallback=language)),
        "text_lang_attrs": language_attrs(written_in),
        "step": 4,
    }
    return render(request, "applications/passage.html", context, status=400 if form.errors else 200)
