"""Reads for the caseload, referrals and the access log. Staff see a resident only under a live consent."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, QuerySet
from django.http import Http404

from applications.selectors import ApplicationSummary, application_summaries_for
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.selectors import consents_for_resident

from ..register.selectors import latest_mark_present
from ..sessions.models import AttendanceMark, Booking
from .models import CaseNote, Referral

SCOPE = Consent.Scope.OUTREACH_CASELOAD


def _live_caseload_consents(staff) -> QuerySet[Consent]:
    consents = Consent.objects.live().for_scope(SCOPE).select_related("resident")
    return consents if roles.is_programme_admin(staff) else consents.granted_to(staff)


def caseload_for(*, staff) -> list[Consent]:
    """One live consent per resident who shares their record with this staff member (or their team)."""
    newest = {}
    for consent in _live_caseload_consents(staff).order_by("resident__first_name", "resident__last_name", "-given_at"):
        newest.setdefault(consent.resident_id, consent)
    return list(newest.values())


def caseload_consent_get(*, staff, resident_pk: int) -> Consent:
    """The live consent that lets this staff member see this resident; a 404 the moment it is withdrawn."""
    consent = _live_caseload_consents(staff).filter(resident_id=resident_pk).first()
    if consent is None:
        raise Http404
    return consent


def caseload_consent_live(*, resident) -> Consent | None:
    return consents_for_resident(resident=resident, scope=SCOPE).live().first()


@dataclass(frozen=True)
class CaseRecord:
    applications: list[ApplicationSummary]
    bookings: list[Booking]
    walk_ins: list[AttendanceMark]
    referrals: list[Referral]
    notes: list[CaseNote]


def case_record(*, resident) -> CaseRecord:
    """Everything the outreach team may see of a consenting resident. Application text stays private."""
    bookings = (
        Booking.objects.filter(resident=resident)
        .select_related("session__venue")
        .annotate(present=latest_mark_present(booking=OuterRef("pk")))
        .order_by("-session__starts_at")
    )
    walk_ins = AttendanceMark.objects.filter(walk_in=resident).select_related("session__venue")
    return CaseRecord(
        applications=application_summaries_for(resident=resident),
        bookings=list(bookings[:50]),
        walk_ins=list(walk_ins.order_by("-marked_at")[:50]),
        referrals=list(Referral.objects.filter(resident=resident)),
        notes=list(CaseNote.objects.filter(resident=resident).select_related("author")),
    )


def referrals_list(*, status: str = "") -> QuerySet[Referral]:
    referrals = Referral.objects.select_related("worker", "resident")
    return referrals.filter(status=status) if status else referrals


def access_log_all() -> QuerySet[AccessLogEntry]:
    return AccessLogEntry.objects.select_related("staff", "resident")


def staff_choices() -> QuerySet:
    return get_user_model().objects.filter(groups__name=roles.OUTREACH_WORKER, is_active=True).order_by("first_name")
