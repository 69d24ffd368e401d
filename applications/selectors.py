"""Reads. A resident only ever gets their own rows: anything else is a 404."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from recruit_outreach.aggregates import Grouping, Totals, Where, Window, totals_for

from .models import Application, Criterion, Milestone, Share, Upload


def applications_for(user) -> QuerySet[Application]:
    return Application.objects.filter(owner=user)


def application_get(*, user, pk: int) -> Application:
    return get_object_or_404(applications_for(user).prefetch_related("criteria"), pk=pk)


def application_duplicates(
    *, user, advert_text: str, job_title: str, employer: str, closing_date: date | None
) -> QuerySet[Application]:
    """The resident's applications for the same job: the same advert text, or the same title, employer
    and closing date."""
    same = Q(advert_text=advert_text) if advert_text.strip() else Q(pk__in=[])
    if job_title and employer and closing_date:
        same |= Q(job_title__iexact=job_title, employer__iexact=employer, closing_date=closing_date)
    return applications_for(user).filter(same).order_by("created")


def criterion_get(*, application: Application, pk: int) -> Criterion:
    criterion = get_object_or_404(Criterion.objects.filter(application=application), pk=pk)
    criterion.application = application  # one Application object, so its version stays in step
    return criterion


def uploads_for(user) -> QuerySet[Upload]:
    return Upload.objects.filter(owner=user)


def upload_get(*, user, pk: int) -> Upload:
    return get_object_or_404(uploads_for(user), pk=pk)


def active_shares_for(worker) -> QuerySet[Share]:
    return Share.objects.live().filter(worker=worker).select_related("application__owner", "consent")


def shared_application_get(*, worker, pk: int) -> Share:
    """The live share of application `pk` with this worker; 404 when there is none or it was revoked."""
    return get_object_or_404(active_shares_for(worker), application_id=pk)


@dataclass(frozen=True)
class ApplicationSummary:
    """What another app (the outreach caseload) may show of an application: no statement text."""

    job_title: str
    employer: str
    closing_date: date | None
    status: str


def application_summaries_for(*, resident) -> list[ApplicationSummary]:
    """The resident's applications, soonest closing first, each with the latest thing that happened to it."""
    latest = Milestone.objects.filter(application=OuterRef("pk")).order_by("-date", "-created")
    applications = applications_for(resident).annotate(latest_milestone=Subquery(latest.values("kind")[:1]))
    return [
        ApplicationSummary(
            job_title=application.job_title,
            employer=application.employer,
            closing_date=application.closing_date,
            status=str(Milestone.Kind(application.latest_milestone).label)
            if application.latest_milestone
            else _("Not sent yet"),
        )
        for application in applications
    ]


# The steps of the funnel in order, each counted when its milestone's date falls in the window.
FUNNEL_STEPS = (
    Milestone.Kind.SUBMITTED,
    Milestone.Kind.SHORTLISTED,
    Milestone.Kind.INTERVIEW,
    Milestone.Kind.OFFER,
    Milestone.Kind.STARTED,
    Milestone.Kind.IN_POST_13,
    Milestone.Kind.IN_POST_26,
)
# (earlier step, later step): of the applications that reached the earlier step in the window, how many have
# reached the later one (on any date). "created" is starting the application in the coach.
FUNNEL_CONVERSIONS = (
    ("created", Milestone.Kind.SUBMITTED),
    (Milestone.Kind.SUBMITTED, Milestone.Kind.SHORTLISTED),
    (Milestone.Kind.SHORTLISTED, Milestone.Kind.INTERVIEW),
    (Milestone.Kind.SHORTLISTED, Milestone.Kind.OFFER),
    (Milestone.Kind.INTERVIEW, Milestone.Kind.OFFER),
    (Milestone.Kind.OFFER, Milestone.Kind.STARTED),
    (Milestone.Kind.STARTED, Milestone.Kind.IN_POST_13),
    (Milestone.Kind.STARTED, Milestone.Kind.IN_POST_26),
)


def _reached(kind: str, window: Window | None = None, application: str = "pk") -> Exists:
    """Whether the application (``application``, a field of the outer row) has a milestone of ``kind``."""
    milestones = Milestone.objects.filter(application=OuterRef(application), kind=kind)
    return Exists(milestones.filter(**window.dates("date")) if window else milestones)


def _started_totals(window: Window, grouping: Grouping | None) -> Totals:
    """``created`` and ``created__submitted``: applications started in the window, and of those, submitted."""
    started = Application.objects.filter(**window.times("created")).alias(
        ever_submitted=_reached(Milestone.Kind.SUBMITTED)
    )
    measures = {"created": Count("pk"), "created__submitted": Count("pk", filter=Q(ever_submitted=True))}
    return totals_for(started, measures, Where(residents=("owner",)), grouping)


def _step_totals(window: Window, grouping: Grouping | None) -> Totals:
    """Each step and each later conversion, counted from the milestones dated in the window."""
    conversions = [(earlier, later) for earlier, later in FUNNEL_CONVERSIONS if earlier != "created"]
    milestones = Milestone.objects.filter(kind__in=FUNNEL_STEPS, **window.dates("date")).alias(
        **{f"ever_{later}": _reached(later, application="application") for _earlier, later in conversions}
    )
    # One application counts once per step, even with two milestones of a kind. The kind is tested before the
    # lookup of a later milestone, so that lookup runs only for the milestones of the earlier step.
    measures = {kind: Count("application", distinct=True, filter=Q(kind=kind)) for kind in FUNNEL_STEPS}
    for earlier, later in conversions:
        reached_later = Q(kind=earlier) & Q(**{f"ever_{later}": True})
        measures[f"{earlier}__{later}"] = Count("application", distinct=True, filter=reached_later)
    return totals_for(milestones, measures, Where(residents=("application__owner",)), grouping)


def application_funnel_totals(*, window: Window, grouping: Grouping | None = None) -> Totals:
    """Every resident's applications counted at each step of the funnel, by the database in two queries.

    ``created``: applications started in the window; each step (``submitted`` ... ``in_post_26``):
    applications whose milestone for that step is dated in the window; ``<earlier>__<later>``: of those that
    reached the earlier step in the window, how many have a milestone for the later one. Grouped by the
    owner's groups when ``grouping`` is given.

    The steps are counted from the window's milestones, not by asking of every application whether it has
    each kind of milestone: at a million residents that was fifteen lookups per application and 30 s a query
    (tests/benchmarks/README.md).
    """
    parts = (_started_totals(window, grouping), _step_totals(window, grouping))
    names = ("created", *FUNNEL_STEPS, *(f"{earlier}__{later}" for earlier, later in FUNNEL_CONVERSIONS))
    merged = {group: dict.fromkeys(names, 0) for group in set().union(*parts)}
    for part in parts:
        for group, row in part.items():
            merged[group].update((name, value or 0) for name, value in row.items())
    return merged
