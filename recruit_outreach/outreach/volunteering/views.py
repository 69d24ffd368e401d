"""Phone-first pages for volunteering: the coordinator's dashboard, requests and assigning; the volunteer's
assignments, their answer and the outcome. Coordinators see every request; a volunteer sees only their own."""

from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.access import role_required
from recruit_outreach.accounts.models import AccessLogEntry
from recruit_outreach.accounts.services import access_record

from . import selectors, services
from .export import support_export_csv
from .forms import AppointmentRequestForm, OutcomeForm, ReadmissionForm
from .models import Volunteer
from .nhs_number import nhs_number_display

coordinator_required = role_required(roles.VOLUNTEER_COORDINATOR)
volunteer_required = role_required(roles.VOLUNTEER)


@coordinator_required
def dashboard(request: HttpRequest) -> HttpResponse:
    context = {
        "unassigned_soon": selectors.unassigned_soon(),
        "expiring": selectors.expiring_checks(),
        "requests": selectors.requests_for_coordinator().upcoming(),
    }
    return render(request, "outreach/volunteering/dashboard.html", context)


@coordinator_required
def export(request: HttpRequest) -> HttpResponse:
    """The pseudonymised data for an analyst; no direct identifiers, keyed pseudonyms (see export.py)."""
    try:
        content = support_export_csv()
    except ImproperlyConfigured:
        messages.error(request, _("The export is not set up yet. Ask the system administrator to set a key."))
        return redirect("outreach:volunteering:dashboard")
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="hospital-support-pseudonymised.csv"'
    return response


@coordinator_required
def request_new(request: HttpRequest) -> HttpResponse:
    form = AppointmentRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = services.appointment_request_create(
            coordinator=request.user,
            person=form.person(),
            site=data["site"],
            clinic=data["clinic"],
            appointment_at=data["appointment_at"],
            support_needed=data["support_needed"],
            referred_by=data["referred_by"],
            reason=data["reason"],
            ethnic_group=data["ethnic_group"],
        )
        messages.success(request, _("Request saved. Now choose a volunteer."))
        return redirect("outreach:volunteering:request", pk=created.pk)
    return render(request, "outreach/volunteering/request_new.html", {"form": form, "crumb_dashboard": True})


def _live_request(pk: int):
    found = get_object_or_404(selectors.requests_for_coordinator(), pk=pk)
    if not found.consent.is_live:
        raise Http404
    return found


@coordinator_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    appointment = _live_request(pk)
    form = ReadmissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.readmission_record(coordinator=request.user, request=appointment, readmitted=form.value())
        messages.success(request, _("Saved."))
        return redirect("outreach:volunteering:request", pk=appointment.pk)
    access_record(
        staff=request.user,
        resident=appointment.person.user,
        action=AccessLogEntry.Action.VIEWED,
        consent=appointment.consent,
        target=appointment,
    )
    context = {
        "appointment": appointment,
        "nhs_number": nhs_number_display(appointment.person.nhs_number),
        "live": appointment.live_assignments[0] if appointment.live_assignments else None,
        "suggestions": selectors.suggestions_for(request=appointment),
        "outcome": getattr(appointment, "outcome", None),
        "form": form,
        "crumb_dashboard": True,
    }
    return render(request, "outreach/volunteering/request_detail.html", context)


@require_POST
@coordinator_required
def request_assign(request: HttpRequest, pk: int) -> HttpResponse:
    appointment = _live_request(pk)
    volunteer_pk = request.POST.get("volunteer", "")
    if not volunteer_pk.isdigit():
        raise Http404
    volunteer = get_object_or_404(Volunteer.objects.filter(active=True).select_related("user"), pk=volunteer_pk)
    try:
        services.assignment_create(coordinator=request.user, request=appointment, volunteer=volunteer)
    except ValidationError as error:
        refused = _("%(volunteer)s cannot be assigned:") % {"volunteer": volunteer}
        messages.error(request, " ".join([refused, *error.messages]))
    else:
        messages.success(request, _("%(volunteer)s has been asked. They will answer on their phone.") % {
            "volunteer": volunteer
        })  # fmt: skip
    return redirect("outreach:volunteering:request", pk=appointment.pk)


def _own_volunteer(request: HttpRequest) -> Volunteer:
    volunteer = selectors.volunteer_for(request.user)
    if volunteer is None:
        raise Http404
    return volunteer


@volunteer_required
def my_assignments(request: HttpRequest) -> HttpResponse:
    volunteer = _own_volunteer(request)
    context = {
        "assignments": selectors.assignments_for_volunteer(volunteer=volunteer),
        "hours": selectors.volunteer_hours(volunteer=volunteer),
    }
    return render(request, "outreach/volunteering/my_assignments.html", context)


@volunteer_required
def assignment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = selectors.assignment_for_volunteer(volunteer=_own_volunteer(request), pk=pk)
    if request.method == "POST" and request.POST.get("answer") in ("accept", "decline"):
        accept = request.POST["answer"] == "accept"
        try:
            services.assignment_respond(assignment=assignment, accept=accept)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("outreach:volunteering:assignment", pk=assignment.pk)
        if not accept:
            messages.success(request, _("Thank you. The coordinator will ask someone else."))
            return redirect("outreach:volunteering:mine")
        messages.success(request, _("Thank you for saying yes."))
        return redirect("outreach:volunteering:assignment", pk=assignment.pk)
    access_record(
        staff=request.user,
        resident=assignment.request.person.user,
        action=AccessLogEntry.Action.VIEWED,
        consent=assignment.request.consent,
        target=assignment.request,
    )
    return render(request, "outreach/volunteering/assignment.html", {"assignment": assignment, "crumb_mine": True})


@volunteer_required
def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = selectors.assignment_for_volunteer(volunteer=_own_volunteer(request), pk=pk)
    existing = getattr(assignment.request, "outcome", None)
    initial = (
        {"result": existing.result, "missed_reason": existing.missed_reason, "hours": existing.hours}
        if existing
        else None
    )
    form = OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.outcome_record(assignment=assignment, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("outreach:volunteering:assignment", pk=assignment.pk)
        messages.success(request, _("Thank you. What happened has been saved."))
        return redirect("outreach:volunteering:mine")
    return render(
        request, "outreach/volunteering/outcome.html", {"assignment": assignment, "form": form, "crumb_mine": True}
    )
