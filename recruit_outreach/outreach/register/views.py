"""The register on a phone: today's sessions, then one session's register.

Every tap is a plain form POST that redirects back (works without JavaScript). register.js sends the same
POST with fetch and asks for JSON, so the page updates in place with one request per tap.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.access import role_required

from ..sessions.selectors import ACTIVE_WAITING
from . import selectors, services
from .forms import MarkForm, NoteForm, ResidentSearchForm, WalkInCountForm, WalkInResidentForm


def _wants_json(request: HttpRequest) -> bool:
    return request.headers.get("Accept", "").startswith("application/json")


def _register_url(session_pk: int, anchor: str = "") -> str:
    url = reverse("outreach:register", args=[session_pk])
    return f"{url}#{anchor}" if anchor else url


def _totals_json(session) -> dict:
    totals = selectors.register_totals(session=session)
    return {
        "attended": totals.attended,
        "did_not_attend": totals.did_not_attend,
        "not_marked": totals.not_marked,
        "walk_ins": totals.walk_ins,
    }


@role_required(*roles.SESSION_ROLES)
def today(request: HttpRequest) -> HttpResponse:
    sessions = selectors.sessions_today_for(user=request.user)
    return render(request, "outreach/register/today.html", {"sessions": sessions})


@role_required(*roles.SESSION_ROLES)
def register(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.register_session_get(user=request.user, pk=pk)
    search = ResidentSearchForm(request.GET or None)
    found = selectors.residents_matching(query=search.cleaned_data["q"]) if search.is_valid() else []
    rows = selectors.register_rows(session=session)
    walk_ins = selectors.walk_in_residents(session=session)
    context = {
        "session": session,
        "rows": rows,
        "totals": selectors.register_totals(session=session, rows=rows, walk_ins=walk_ins),
        "waiting": session.waiting_list.filter(status__in=ACTIVE_WAITING).count(),
        "walk_ins": walk_ins,
        "walk_in_counts": session.walk_in_counts.filter(count__gt=0).order_by("borough", "language"),
        "notes": session.notes.select_related("author"),
        "search": search,
        "searched": search.is_valid() and bool(search.cleaned_data["q"]),
        "found": [(person, WalkInResidentForm.new_id()) for person in found],
        "count_form": WalkInCountForm(initial={"save_id": WalkInCountForm.new_id()}),
        "note_form": NoteForm(initial={"save_id": NoteForm.new_id()}),
    }
    return render(request, "outreach/register/register.html", context)


@require_POST
@role_required(*roles.SESSION_ROLES)
def mark(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.register_session_get(user=request.user, pk=pk)
    form = MarkForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"saved": False, "message": _("This was not saved. Reload the page.")}, status=400)
        raise Http404
    booking = get_object_or_404(session.bookings, pk=form.cleaned_data["booking"])
    try:
        services.register_mark(
            session=session,
            booking=booking,
            present=form.present,
            client_uuid=form.cleaned_data["save_id"],
            marked_by=request.user,
            marked_at=form.cleaned_data["tapped_at"],
        )
    except ValidationError as error:
        if _wants_json(request):
            return JsonResponse({"saved": False, "message": error.messages[0]}, status=409)
        messages.error(request, error.messages[0])
        return redirect(_register_url(session.pk))
    status = _("Attended") if form.present else _("Did not attend")
    if _wants_json(request):
        return JsonResponse({"saved": True, "status": status, "totals": _totals_json(session)})
    messages.success(request, _("%(name)s: %(status)s") % {"name": booking.resident, "status": status})
    return redirect(_register_url(session.pk, f"booking-{booking.pk}"))


@require_POST
@role_required(*roles.SESSION_ROLES)
def walk_in(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a registered resident who came without booking."""
    session = selectors.register_session_get(user=request.user, pk=pk)
    form = WalkInResidentForm(request.POST)
    if not form.is_valid():
        raise Http404
    resident = form.cleaned_data["resident"]
    try:
        services.register_add_walk_in(
            session=session, resident=resident, client_uuid=form.cleaned_data["save_id"], marked_by=request.user
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("%(name)s is on the register.") % {"name": resident})
    return redirect(_register_url(session.pk, "walk-ins"))


@require_POST
@role_required(*roles.SESSION_ROLES)
def walk_in_count(request: HttpRequest, pk: int) -> HttpResponse:
    """Count one more person who came without booking and gave no name."""
    session = selectors.register_session_get(user=request.user, pk=pk)
    form = WalkInCountForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a borough and a language."))
        return redirect(_register_url(session.pk, "walk-ins"))
    try:
        services.register_add_walk_in(
            session=session,
            client_uuid=form.cleaned_data["save_id"],
            marked_by=request.user,
            borough=form.cleaned_data["borough"],
            language=form.cleaned_data["language"],
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("One more walk-in counted."))
    return redirect(_register_url(session.pk, "walk-ins"))


@require_POST
@role_required(*roles.SESSION_ROLES)
def note(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.register_session_get(user=request.user, pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.register_note_add(
            session=session,
            author=request.user,
            text=form.cleaned_data["text"],
            client_uuid=form.cleaned_data["save_id"],
        )
        messages.success(request, _("Your note is saved."))
    else:
        messages.error(request, _("Write a note of up to 4,000 characters."))
    return redirect(_register_url(session.pk, "notes"))
