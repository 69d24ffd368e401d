"""Writes for employer engagement: an employer user's own record and pledges, advert history, DC alerts."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.emails import email_user

from .advert_check import advert_title
from .models import AdvertCheck, DisabilityConfident, Employer, Pledge
from .selectors import disability_confident_expiring


def advert_check_save(*, employer: Employer, user, text: str, data: dict) -> AdvertCheck:
    return AdvertCheck.objects.create(
        employer=employer,
        checked_by=user,
        title=advert_title(text),
        text=text,
        language=data.get("language", "en"),
        stats=data.get("stats", {}),
        findings=data.get("findings", []),
    )


def employer_update(*, employer: Employer, **fields) -> Employer:
    allowed = {"sector", "borough", "size_band", "contacts"}
    for name, value in fields.items():
        if name in allowed:
            setattr(employer, name, value)
    employer.save(update_fields=sorted(allowed & set(fields)))
    return employer


def pledge_create(*, employer: Employer, kind: str, target: int, progress: int, by_date=None) -> Pledge:
    return Pledge.objects.create(employer=employer, kind=kind, target=target, progress=progress, by_date=by_date)


def pledge_progress_update(*, pledge: Pledge, progress: int) -> Pledge:
    pledge.progress = progress
    pledge.save(update_fields=["progress"])
    return pledge


def disability_confident_alerts_send() -> int:
    """Email each employer's users and the programme admins 60 days before a level runs out, once."""
    sent = 0
    admins = list(get_user_model().objects.filter(groups__name=roles.PROGRAMME_ADMIN, is_active=True))
    for level in disability_confident_expiring():
        with transaction.atomic():
            claimed = DisabilityConfident.objects.filter(pk=level.pk, alert_sent_at=None).update(
                alert_sent_at=timezone.now()
            )
            if not claimed:
                continue
            members = [member.user for member in level.employer.members.select_related("user")]
            for user in members + admins:
                email_user(user=user, template="outreach/employers/email/dc_expiry", context={"level": level})
        sent += 1
    return sent
