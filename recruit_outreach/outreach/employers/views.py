"""Employers' pages: the advert check (anyone; history for employer users) and an employer user's own
organisation and pledges. An employer user never reaches another organisation's record (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .advert_check import advert_check, advert_present, advert_read
from .forms import AdvertCheckForm, EmployerForm, PledgeForm, PledgeProgressForm


@never_cache
@require_http_methods(["GET", "POST"])
def advert_check_page(request: HttpRequest) -> HttpResponse:
    """Signed out, nothing is kept: the result is shown once. An employer user's checks are kept."""
    employer = selectors.employer_for(request.user)
    form = AdvertCheckForm(request.POST or None, request.FILES or None)
    context = {"form": form, "employer": employer}
    if request.method == "POST" and form.is_valid():
        try:
            text = advert_read(text=form.cleaned_data["text"], upload=form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        else:
            data = advert_check(text=text)
            if employer is not None:
                saved = services.advert_check_save(employer=employer, user=request.user, text=text, data=data)
                return redirect("outreach:employers:advert_check_result", pk=saved.pk)
            context.update({"result": advert_present(text=text, data=data), "stats": data["stats"]})
    if employer is not None:
        context["history"] = selectors.advert_checks_for(employer=employer)[:20]
    return render(request, "outreach/employers/advert_check.html", context, status=400 if form.errors else 200)


@login_required
def advert_check_result(request: HttpRequest, pk: int) -> HttpResponse:
    employer = selectors.own_employer(request.user)
    saved = selectors.advert_check_get(employer=employer, pk=pk)
    context = {
        "saved": saved,
        "employer": employer,
        "result": advert_present(text=saved.text, data={"findings": saved.findings}),
        "stats": saved.stats,
    }
    return render(request, "outreach/employers/advert_check_result.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def organisation(request: HttpRequest) -> HttpResponse:
    employer = selectors.own_employer(request.user)
    form = EmployerForm(request.POST if "organisation" in request.POST else None, instance=employer)
    new_pledge = PledgeForm(request.POST if "new_pledge" in request.POST else None, prefix="new")
    if form.is_bound and form.is_valid():
        services.employer_update(employer=employer, **form.cleaned_data)
        messages.success(request, _("Your organisation's details are saved."))
        return redirect("outreach:employers:organisation")
    if new_pledge.is_bound and new_pledge.is_valid():
        services.pledge_create(employer=employer, **new_pledge.cleaned_data)
        messages.success(request, _("Pledge added."))
        return redirect("outreach:employers:organisation")
    context = {
        "employer": employer,
        "form": form,
        "new_pledge": new_pledge,
        "level": selectors.current_level(employer=employer),
        "pledges": [(p, PledgeProgressForm(instance=p, prefix=f"pledge-{p.pk}")) for p in employer.pledges.all()],
        "awareness": employer.awareness.select_related("session"),
    }
    return render(request, "outreach/employers/organisation.html", context)


@login_required
@require_http_methods(["POST"])
def pledge_progress(request: HttpRequest, pk: int) -> HttpResponse:
    employer = selectors.own_employer(request.user)
    pledge = employer.pledges.filter(pk=pk).first()
    if pledge is None:
        raise Http404
    form = PledgeProgressForm(request.POST, instance=pledge, prefix=f"pledge-{pledge.pk}")
    if form.is_valid():
        services.pledge_progress_update(pledge=pledge, progress=form.cleaned_data["progress"])
        messages.success(request, _("Progress saved."))
    else:
        messages.error(request, _("Enter the number done so far, such as 3."))
    return redirect("outreach:employers:organisation")
