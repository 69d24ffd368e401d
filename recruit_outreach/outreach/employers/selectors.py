"""Reads for employer engagement. An employer user reaches only their own organisation."""

from datetime import date, timedelta

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from .models import AdvertCheck, DisabilityConfident, Employer

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
