"""Residents' pages: a session, booking it, their bookings, the waiting list and calendar files.

The listing itself is the CMS "Support sessions" page (cms.models.SessionListingPage), never cached.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .calendar import session_calendar
from .forms import BookingForm, ChangeDateForm
from .models import Booking, WaitingListEntry


def _sign_in_then(url: str) -> HttpResponse:
    return redirect(f"{reverse('account_login')}?{urlencode({'next': url})}")


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _detail_context(request: HttpRequest, session, form: BookingForm | None = None) -> dict:
    booking = selectors.live_booking_for(resident=request.user, session=session)
    entry = selectors.waiting_entry_for(resident=request.user, session=session)
    resident = request.user if request.user.is_authenticated else None
    return {
        "session": session,
        "places_left": max(selectors.session_places_left(session=session, for_resident=resident), 0),
        "booking": booking,
        "waiting_entry": entry,
        "waiting_position": selectors.waiting_position(entry=entry) if entry else None,
        "form": form or BookingForm(),
        "sign_in_url": f"{reverse('account_login')}?{urlencode({'next': request.path})}",
    }


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_public_get(pk=pk)
    return render(request, "outreach/session_detail.html", _detail_context(request, session))


@require_POST
def session_book(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_public_get(pk=pk)
    detail_url = reverse("outreach:session", args=[session.pk])
    if not request.user.is_authenticated:
        return _sign_in_then(detail_url)
    form = BookingForm(request.POST)
    if not form.is_valid():
        return render(request, "outreach/session_detail.html", _detail_context(request, session, form), status=400)
    try:
        booking = services.session_book(
            session=session, resident=request.user, mobile_number=form.cleaned_data["mobile_number"]
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(detail_url)
    return redirect("outreach:booking", pk=booking.pk)


def session_ics(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_public_get(pk=pk)
    return _ics_response(session_calendar(session=session), f"support-session-{session.pk}.ics")


@login_required
def bookings(request: HttpRequest) -> HttpResponse:
    return render(request, "outreach/bookings.html", selectors.resident_bookings(resident=request.user))


@login_required
def booking_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The proof of a booking: what, when, where, how to get there and how to cancel."""
    booking = selectors.booking_get(resident=request.user, pk=pk)
    return render(request, "outreach/booking_detail.html", {"booking": booking, "session": booking.session})


@login_required
def booking_ics(request: HttpRequest, pk: int) -> HttpResponse:
    booking = selectors.booking_get(resident=request.user, pk=pk)
    return _ics_response(session_calendar(session=booking.session, booking=booking), f"booking-{booking.pk}.ics")


@login_required
def booking_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    booking = selectors.booking_get(resident=request.user, pk=pk)
    if booking.status != Booking.Status.BOOKED:
        return redirect("outreach:booking", pk=booking.pk)
    if request.method == "POST":
        services.booking_cancel(booking=booking)
        messages.success(request, _("Your booking is cancelled. We have sent you an email."))
        return redirect("outreach:bookings")
    return render(request, "outreach/booking_cancel.html", {"booking": booking, "session": booking.session})


@login_required
def booking_change(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose another date; the current place is kept until the new one is booked."""
    booking = selectors.booking_get(resident=request.user, pk=pk)
    if booking.status != Booking.Status.BOOKED:
        return redirect("outreach:booking", pk=booking.pk)
    form = ChangeDateForm(request.POST or None, sessions=selectors.other_dates_for(booking=booking))
    if request.method == "POST" and form.is_valid():
        try:
            new = services.booking_change(booking=booking, new_session=form.cleaned_data["session"])
        except ValidationError as error:
            form.add_error("session", error)
        else:
            messages.success(request, _("Your booking is changed. Your old place is cancelled."))
            return redirect("outreach:booking", pk=new.pk)
    context = {"booking": booking, "session": booking.session, "form": form}
    return render(request, "outreach/booking_change.html", context)


@require_POST
def waiting_list_join(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_public_get(pk=pk)
    detail_url = reverse("outreach:session", args=[session.pk])
    if not request.user.is_authenticated:
        return _sign_in_then(detail_url)
    try:
        services.waiting_list_join(session=session, resident=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("You are on the waiting list. We will email you if a place becomes free."))
    return redirect(detail_url)


@login_required
@require_POST
def waiting_list_leave(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(WaitingListEntry, pk=pk, resident=request.user)
    services.waiting_list_leave(entry=entry)
    messages.success(request, _("You have left the waiting list."))
    return redirect("outreach:bookings")


@login_required
def offer(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the email offering a freed place: accept it here (it works once)."""
    entry = selectors.offer_get(resident=request.user, token=token)
    if request.method == "POST":
        try:
            booking = services.offer_accept(entry=entry)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("outreach:offer", token=token)
        return redirect("outreach:booking", pk=booking.pk)
    usable = entry.status == WaitingListEntry.Status.OFFERED and not selectors.offer_has_expired(entry=entry)
    return render(request, "outreach/offer.html", {"entry": entry, "session": entry.session, "usable": usable})
