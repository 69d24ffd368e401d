"""Employer engagement: organisations, their Disability Confident level, awareness sessions their staff
attended, pledges, notes of contact, and the advert checks their users keep."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough

DISABILITY_CONFIDENT_YEARS = 3


class Employer(models.Model):
    class Sector(models.TextChoices):
        NHS = "nhs", _("NHS trust or health service")
        GP = "gp", _("GP practice")
        COUNCIL = "council", _("Local council")
        BUSINESS = "business", _("Local business")
        CHARITY = "charity", _("Charity or community group")
        OTHER = "other", _("Other")

    class Size(models.TextChoices):
        MICRO = "1-9", _("1 to 9 staff")
        SMALL = "10-49", _("10 to 49 staff")
        MEDIUM = "50-249", _("50 to 249 staff")
        LARGE = "250+", _("250 staff or more")

    name = models.CharField(_("organisation"), max_length=200, unique=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices)
    size_band = models.CharField(_("size"), max_length=10, choices=Size.choices)
    contacts = models.TextField(
        _("contacts"), max_length=2000, blank=True, help_text=_("Names, roles, emails, phones.")
    )

    class Meta:
        verbose_name = _("employer")
        verbose_name_plural = _("employers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class EmployerMember(models.Model):
    """Links a user with the employer role to the one organisation whose record they may see and update."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_member", verbose_name=_("user")
    )
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="members", verbose_name=_("employer"))

    class Meta:
        verbose_name = _("employer user")
        verbose_name_plural = _("employer users")

    def __str__(self) -> str:
        return f"{self.user} ({self.employer})"


def _in_three_years(start: date) -> date:
    try:
        return start.replace(year=start.year + DISABILITY_CONFIDENT_YEARS)
    except ValueError:  # 29 February
        return start.replace(year=start.year + DISABILITY_CONFIDENT_YEARS, day=28)


class DisabilityConfident(models.Model):
    class Level(models.TextChoices):
        COMMITTED = "committed", _("Level 1: Disability Confident Committed")
        EMPLOYER = "employer", _("Level 2: Disability Confident Employer")
        LEADER = "leader", _("Level 3: Disability Confident Leader")

    employer = models.ForeignKey(
        Employer, on_delete=models.CASCADE, related_name="disability_confident", verbose_name=_("employer")
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    started_on = models.DateField(_("start date"))
    expires_on = models.DateField(_("expiry date"), blank=True, help_text=_("Leave empty: 3 years after the start."))
    alert_sent_at = models.DateTimeField(_("expiry alert sent"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Disability Confident level")
        verbose_name_plural = _("Disability Confident levels")
        ordering = ["-started_on"]

    def __str__(self) -> str:
        return f"{self.get_level_display()} ({self.started_on} - {self.expires_on})"

    def save(self, *args, **kwargs):
        if not self.expires_on:
            self.expires_on = _in_three_years(self.started_on)
        super().save(*args, **kwargs)


class AwarenessAttendance(models.Model):
    """Staff of an employer who attended a learning-disability awareness session."""

    employer = models.ForeignKey(
        Employer, on_delete=models.CASCADE, related_name="awareness", verbose_name=_("employer")
    )
    session = models.ForeignKey(
        "outreach.SupportSession",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("session"),
        limit_choices_to={"session_type": "employer_awareness"},
    )
    staff_attended = models.PositiveIntegerField(_("staff who attended"))

    class Meta:
        verbose_name = _("awareness session attended")
        verbose_name_plural = _("awareness sessions attended")
        constraints = [models.UniqueConstraint(fields=["employer", "session"], name="awareness_once_per_session")]

    def __str__(self) -> str:
        return f"{self.employer}: {self.session}"


class Pledge(models.Model):
    class Kind(models.TextChoices):
        INTERNSHIP = "internship", _("Supported internship places")
        JOB_CARVED = "job_carved", _("Job-carved roles")
        INTERVIEWS = "interviews", _("Guaranteed interviews")
        WORK_EXPERIENCE = "work_experience", _("Work experience places")

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="pledges", verbose_name=_("employer"))
    kind = models.CharField(_("pledge"), max_length=20, choices=Kind.choices)
    target = models.PositiveIntegerField(_("target"))
    progress = models.PositiveIntegerField(_("done so far"), default=0)
    by_date = models.DateField(_("by"), null=True, blank=True)

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["employer", "kind"]

    def __str__(self) -> str:
        return f"{self.employer}: {self.get_kind_display()} {self.progress}/{self.target}"


class ContactNote(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="notes", verbose_name=_("employer"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("written by")
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    text = models.TextField(_("note"), max_length=4000)

    class Meta:
        verbose_name = _("note of contact")
        verbose_name_plural = _("notes of contact")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.employer} {self.at:%Y-%m-%d}"


class AdvertCheck(models.Model):
    """An advert an employer user checked, kept for their organisation's history.

    ``findings`` keeps the engine's untranslated templates and values, so the history reads in the language
    of whoever opens it."""

    employer = models.ForeignKey(
        Employer, on_delete=models.CASCADE, related_name="advert_checks", verbose_name=_("employer")
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("checked by")
    )
    checked_at = models.DateTimeField(_("checked"), default=timezone.now)
    title = models.CharField(_("job title"), max_length=200)
    text = models.TextField(_("advert"))
    language = models.CharField(max_length=8, default="en")
    stats = models.JSONField(default=dict)
    findings = models.JSONField(default=list)

    class Meta:
        verbose_name = _("advert check")
        verbose_name_plural = _("advert checks")
        ordering = ["-checked_at", "-pk"]

    def __str__(self) -> str:
        return self.title
