"""Staff pages outside the admin, for use on a phone at the venue."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..access import outreach_staff_required
from .models import SupportSession
from .selectors import ACTIVE_WAITING


@outreach_staff_required
def session_bookings(request: HttpRequest, pk: int) -> HttpResponse:
    """Who has booked, with each person's communication needs, and how many are waiting."""
    session = get_object_or_404(SupportSession.objects.select_related("venue"), pk=pk)
    context = {
        "session": session,
        "bookings": session.bookings.live().select_related("resident__profile").order_by("resident__first_name"),
        "waiting": session.waiting_list.filter(status__in=ACTIVE_WAITING).count(),
    }
    return render(request, "outreach/staff/session_bookings.html", context)
