"""The caseload (staff), the resident's consent and "who looked at my record" pages, referrals, the access log.

Every staff look at a resident's record is written to the access log before the page is shown.
"""

import csv
from urllib.parse import urlencode

from allauth.account.adapter import get_adapter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.access import role_required
from recruit_outreach.accounts.selectors import access_log_for_resident

from . import selectors, services
from .export import access_log_rows
from .forms import CaseNoteForm, ReferralFilterForm, ReferralForm
from .models import Referral


@login_required
def sharing(request: HttpRequest) -> HttpResponse:
    """The resident agrees, or stops agreeing, that the outreach team sees their record."""
    if request.method == "POST":
        if request.POST.get("choice") == "share":
            services.caseload_consent_give(resident=request.user)
            messages.success(request, _("The outreach team can now see your record."))
        else:
            services.caseload_consent_withdraw(resident=request.user)
            messages.success(request, _("The outreach team can no longer see your record."))
        return redirect("outreach:record_sharing")
    context = {
        "consent": selectors.caseload_consent_live(resident=request.user),
        "purpose": services.CASELOAD_PURPOSE,
    }
    return render(request, "outreach/caseload/sharing.html", context)


@login_required
def who_looked(request: HttpRequest) -> HttpResponse:
    """The resident sees every time a staff member looked at or changed their record."""
    entries = Paginator(access_log_for_resident(resident=request.user), 50).get_page(request.GET.get("page"))
    return render(request, "outreach/caseload/who_looked.html", {"entries": entries})


@role_required(*roles.CASELOAD_ROLES)
def caseload(request: HttpRequest) -> HttpResponse:
    return render(request, "outreach/caseload/caseload.html", {"consents": selectors.caseload_for(staff=request.user)})


@role_required(*roles.CASELOAD_ROLES)
def resident_record(request: HttpRequest, pk: int) -> HttpResponse:
    consent = selectors.caseload_consent_get(staff=request.user, resident_pk=pk)
    form = CaseNoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.case_note_add(staff=request.user, consent=consent, text=form.cleaned_data["text"])
        messages.success(request, _("Your note is saved."))
        return redirect("outreach:caseload_resident", pk=pk)
    services.case_record_viewed(staff=request.user, consent=consent)
    context = {"resident": consent.resident, "record": selectors.case_record(resident=consent.resident), "form": form}
    return render(request, "outreach/caseload/record.html", context)


@role_required(*roles.CASELOAD_ROLES)
def referrals(request: HttpRequest) -> HttpResponse:
    filters = ReferralFilterForm(request.GET or None)
    status = filters.cleaned_data["status"] if filters.is_valid() else ""
    page = Paginator(selectors.referrals_list(status=status), 50).get_page(request.GET.get("page"))
    return render(request, "outreach/caseload/referrals.html", {"referrals": page, "filters": filters})


@role_required(*roles.CASELOAD_ROLES)
def referral_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    referral = get_object_or_404(Referral, pk=pk) if pk else None
    form = ReferralForm(request.POST or None, instance=referral)
    if request.method == "POST" and form.is_valid():
        saved = services.referral_save(referral=form.save(commit=False))
        messages.success(request, _("The referral is saved."))
        return redirect("outreach:referral", pk=saved.pk)
    return render(request, "outreach/caseload/referral_form.html", {"form": form, "referral": referral})


@role_required(*roles.CASELOAD_ROLES)
def referral_invite(request: HttpRequest, pk: int) -> HttpResponse:
    referral = get_object_or_404(Referral, pk=pk)
    if request.method == "POST":
        try:
            services.referral_invite(referral=referral)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request, _("We have emailed %(email)s a link to create an account.") % {"email": referral.email}
            )
        return redirect("outreach:referral", pk=referral.pk)
    return render(request, "outreach/caseload/referral_invite.html", {"referral": referral})


def referral_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the invitation: create an account with the email filled in, then the referral is linked."""
    try:
        referral = services.invitation_referral(token)
    except ValidationError as error:
        return render(request, "outreach/caseload/invitation_used.html", {"message": error.messages[0]}, status=410)
    if not request.user.is_authenticated:
        # The person opened the link from the email, so the address is theirs: allauth will not ask again.
        get_adapter(request).stash_verified_email(request, referral.email)
        return redirect(f"{reverse('account_signup')}?{urlencode({'next': request.path})}")
    try:
        services.referral_invitation_accept(referral=referral, user=request.user)
    except ValidationError as error:
        return render(request, "outreach/caseload/invitation_used.html", {"message": error.messages[0]}, status=410)
    messages.success(request, _("Welcome. Your account is ready."))
    return redirect("outreach:record_sharing")


@role_required(*roles.ACCESS_LOG_ROLES)
def access_log(request: HttpRequest) -> HttpResponse:
    entries = Paginator(selectors.access_log_all(), 100).get_page(request.GET.get("page"))
    return render(request, "outreach/caseload/access_log.html", {"entries": entries})


class _Echo:
    def write(self, value: str) -> str:
        return value


@role_required(*roles.ACCESS_LOG_ROLES)
def access_log_export(request: HttpRequest) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    rows = (writer.writerow(row) for row in access_log_rows(selectors.access_log_all().iterator()))
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="access-log.csv"'
    return response
