"""Reads for employer engagement. An employer user reaches only their own organisation."""

from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from recruit_outreach.aggregates import Grouping, Totals, Where, Window, totals_for

from .models import AdvertCheck, AwarenessAttendance, ContactNote, DisabilityConfident, Employer, Pledge

DC_ALERT_DAYS = 60


def employer_for(user) -> Employer | None:
    """The organisation a signed-in employer user belongs to, or None."""
    if not user.is_authenticated:
        return None
    return Employer.objects.filter(members__user=user).first()


def own_employer(user) -> Employer:
    employer = employer_for(user)
    if employer is None:
        raise Http404
    return employer


def advert_checks_for(*, employer: Employer) -> QuerySet[AdvertCheck]:
    return AdvertCheck.objects.filter(employer=employer).only("pk", "title", "checked_at", "findings")


def advert_check_get(*, employer: Employer, pk: int) -> AdvertCheck:
    found = AdvertCheck.objects.filter(employer=employer, pk=pk).first()
    if found is None:
        raise Http404
    return found


def current_level(*, employer: Employer) -> DisabilityConfident | None:
    return employer.disability_confident.order_by("-started_on").first()


def disability_confident_expiring(*, today: date | None = None) -> QuerySet[DisabilityConfident]:
    """The newest level of each employer that runs out within 60 days and has had no alert yet."""
    today = today or timezone.localdate()
    newest = [e.disability_confident.order_by("-started_on").values_list("pk", flat=True).first() for e in
              Employer.objects.filter(disability_confident__isnull=False).distinct()]  # fmt: skip
    return DisabilityConfident.objects.filter(
        pk__in=[pk for pk in newest if pk], expires_on__lte=today + timedelta(days=DC_ALERT_DAYS), alert_sent_at=None
    ).select_related("employer")


# --- Aggregates for the programme metrics -----------------------------------------------------------


def employer_engagement_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """By employer, in one query: ``engaged`` (a note of contact, an awareness session attended or a
    Disability Confident level started in the window) and ``dc_<level>`` (the newest level in force at some
    time in the window)."""
    in_force = DisabilityConfident.objects.filter(
        employer=OuterRef("pk"), started_on__lt=window.end, expires_on__gte=window.start
    ).order_by("-started_on", "-pk")
    # Aliases, not inline conditions: the database works them out once per employer before counting.
    employers = Employer.objects.alias(
        level_in_force=Subquery(in_force.values("level")[:1]),
        noted=Exists(ContactNote.objects.filter(employer=OuterRef("pk"), **window.times("at"))),
        aware=Exists(AwarenessAttendance.objects.filter(employer=OuterRef("pk"), **window.times("session__starts_at"))),
        confident=Exists(DisabilityConfident.objects.filter(employer=OuterRef("pk"), **window.dates("started_on"))),
    )
    measures = {"engaged": Count("pk", filter=Q(noted=True) | Q(aware=True) | Q(confident=True))}
    measures.update(
        {f"dc_{level}": Count("pk", filter=Q(level_in_force=level)) for level in DisabilityConfident.Level.values}
    )
    return totals_for(employers, measures, Where(borough="borough"), grouping)


def awareness_attendance_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """``staff``: employers' staff at learning disability awareness sessions held in the window."""
    attended = AwarenessAttendance.objects.filter(
        session__cancelled_at__isnull=True, **window.times("session__starts_at")
    )
    return totals_for(
        attended, {"staff": Coalesce(Sum("staff_attended"), 0)}, Where(borough="employer__borough"), grouping
    )


def pledge_totals(*, grouping: Grouping | None = None) -> Totals:
    """Pledges as they stand today (they carry no date): ``pledged`` places, ``filled`` places and
    ``internships`` filled (supported internship places taken up)."""
    measures = {
        "pledged": Coalesce(Sum("target"), 0),
        "filled": Coalesce(Sum("progress"), 0),
        "internships": Coalesce(Sum("progress", filter=Q(kind=Pledge.Kind.INTERNSHIP)), 0),
    }
    return totals_for(Pledge.objects.all(), measures, Where(borough="employer__borough"), grouping)
