"""Reads for volunteering: suggestions, dashboards, and each person's own assignments."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Count, DecimalField, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.aggregates import Grouping, Totals, Where, Window, totals_for

from .models import AppointmentRequest, Assignment, Course, Outcome, Volunteer
from .qualifications import VolunteerFacts, assignment_blockers, match_score

UNASSIGNED_WARNING = timedelta(hours=48)
EXPIRY_WARNING_DAYS = 30


def volunteer_facts(volunteer: Volunteer) -> VolunteerFacts:
    """The newest record of each course, as the gate reads it."""
    training: dict[str, date | None] = {}
    for record in sorted(volunteer.training.all(), key=lambda r: r.completed_on):
        training[record.course] = record.expires_on
    return VolunteerFacts(
        dbs_level=volunteer.dbs_level,
        dbs_next_check_due=volunteer.dbs_next_check_due,
        training=training,
        languages=tuple(volunteer.languages),
    )


def request_blockers(*, volunteer: Volunteer, request: AppointmentRequest) -> list[str]:
    return assignment_blockers(
        volunteer_facts(volunteer),
        support=request.support_needed,
        on=request.appointment_date,
        person_language=request.person.preferred_language,
    )


@dataclass
class Suggestion:
    volunteer: Volunteer
    score: int
    blockers: list[str]


def suggestions_for(*, request: AppointmentRequest) -> list[Suggestion]:
    """Active volunteers, those who can be assigned first, then by language, borough and availability."""
    volunteers = Volunteer.objects.filter(active=True).select_related("user").prefetch_related("training")
    moment = timezone.localtime(request.appointment_at)
    borough = request.site.borough or request.person.borough
    found = [
        Suggestion(
            volunteer=volunteer,
            score=match_score(
                languages=volunteer.languages,
                boroughs=volunteer.boroughs,
                availability=volunteer.availability,
                person_language=request.person.preferred_language,
                borough=borough,
                moment=moment,
            ),
            blockers=request_blockers(volunteer=volunteer, request=request),
        )
        for volunteer in volunteers
    ]
    return sorted(found, key=lambda s: (bool(s.blockers), -s.score, str(s.volunteer)))


def requests_for_coordinator() -> QuerySet[AppointmentRequest]:
    live = Prefetch(
        "assignments",
        queryset=Assignment.objects.filter(status__in=Assignment.LIVE).select_related("volunteer__user"),
        to_attr="live_assignments",
    )
    return AppointmentRequest.objects.select_related("person", "site").prefetch_related(live)


def unassigned_soon(*, now=None) -> QuerySet[AppointmentRequest]:
    """Open requests with nobody assigned whose appointment is within 48 hours: the dashboard flags them."""
    now = now or timezone.now()
    return (
        AppointmentRequest.objects.unassigned()
        .filter(appointment_at__gte=now, appointment_at__lte=now + UNASSIGNED_WARNING)
        .select_related("site", "person")
        .order_by("appointment_at")
    )


def expiring_checks(*, today: date | None = None, days: int = EXPIRY_WARNING_DAYS) -> list[dict]:
    """DBS checks and training (the newest record of each course) that run out within ``days``, or already
    have, soonest first. Each row's ``key`` names the check and its date, so an alert is sent once per date."""
    today = today or timezone.localdate()
    until = today + timedelta(days=days)
    rows = []
    for volunteer in Volunteer.objects.filter(active=True).select_related("user").prefetch_related("training"):
        due = volunteer.dbs_next_check_due
        if due is not None and due <= until:
            rows.append(
                {"volunteer": volunteer, "label": _("DBS check"), "due": due, "key": f"dbs:{volunteer.pk}:{due}"}
            )
        for course, expiry in volunteer_facts(volunteer).training.items():
            if expiry is not None and expiry <= until:
                label = dict(Course.choices)[course]
                key = f"training:{volunteer.pk}:{course}:{expiry}"
                rows.append({"volunteer": volunteer, "label": label, "due": expiry, "key": key})
    return sorted(rows, key=lambda row: (row["due"], str(row["volunteer"])))


def volunteer_for(user) -> Volunteer | None:
    return Volunteer.objects.filter(user=user, active=True).first()


def assignments_for_volunteer(*, volunteer: Volunteer) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(volunteer=volunteer)
        .exclude(status=Assignment.Status.DECLINED)
        .select_related("request__site", "request__person", "request__outcome")
        .order_by("request__appointment_at")
    )


def assignment_for_volunteer(*, volunteer: Volunteer, pk: int) -> Assignment:
    """The volunteer's own assignment or 404: nobody sees another volunteer's person."""
    assignment = assignments_for_volunteer(volunteer=volunteer).filter(pk=pk).first()
    if assignment is None or not assignment.request.consent.is_live:
        raise Http404
    return assignment


def volunteer_hours(*, volunteer: Volunteer) -> float:
    total = Assignment.objects.filter(volunteer=volunteer, status=Assignment.Status.ACCEPTED).aggregate(
        hours=Sum("request__outcome__hours")
    )["hours"]
    return float(total or 0)


# --- Aggregates for the programme metrics -----------------------------------------------------------


def appointment_support_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """In one query: ``requests`` made in the window; and for appointments in the window, ``attended``,
    ``did_not_attend``, ``readmissions`` (readmitted within 28 days, where recorded) and volunteer ``hours``."""
    made = Q(**window.times("created_at"))
    due = Q(**window.times("appointment_at"))
    requests = AppointmentRequest.objects.filter(made | due)
    measures = {
        "requests": Count("pk", filter=made),
        "attended": Count("pk", filter=due & Q(outcome__result=Outcome.Result.ATTENDED)),
        "did_not_attend": Count("pk", filter=due & Q(outcome__result=Outcome.Result.DID_NOT_ATTEND)),
        "readmissions": Count("pk", filter=due & Q(readmitted_within_28_days=True)),
        "hours": Coalesce(Sum("outcome__hours", filter=due), Decimal(0), output_field=DecimalField()),
    }
    where = Where(
        residents=("person__user",),
        borough="person__borough",
        ethnic_group="person__ethnic_group_given__ethnic_group",
        reason="outcome__missed_reason",
    )
    return totals_for(requests, measures, where, grouping)


def into_paid_work_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """``volunteers`` who moved into paid work in the window."""
    volunteers = Volunteer.objects.filter(**window.dates("paid_work_started_on"))
    return totals_for(volunteers, {"volunteers": Count("pk")}, Where(residents=("user",)), grouping)
