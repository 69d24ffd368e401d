"""Referrals from partners and the outreach team's case notes about a resident."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReferralSource(models.TextChoices):
    VOLUNTARY_SECTOR = "voluntary_sector", _("Voluntary or community group")
    GP_PRACTICE = "gp_practice", _("GP practice")
    JOBCENTRE_PLUS = "jobcentre_plus", _("Jobcentre Plus")
    HOSPITAL = "hospital", _("Hospital")
    SCHOOL_OR_COLLEGE = "school_or_college", _("School or college")
    SELF = "self", _("The resident themselves")


class ReferralQuerySet(models.QuerySet):
    def open(self) -> "ReferralQuerySet":
        return self.exclude(status=Referral.Status.CLOSED)


class Referral(models.Model):
    """A partner asks the outreach team to help a resident, who agreed to be contacted with these details."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        ENGAGED = "engaged", _("Engaged")
        CLOSED = "closed", _("Closed")

    source = models.CharField(_("who referred"), max_length=32, choices=ReferralSource.choices)
    referrer_name = models.CharField(_("name of the person referring"), max_length=200, blank=True)
    referrer_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    reason = models.TextField(_("why they were referred"), max_length=2000)
    resident_name = models.CharField(_("resident's name"), max_length=200)
    email = models.EmailField(_("resident's email address"), blank=True)
    phone = models.CharField(_("resident's phone number"), max_length=30, blank=True)
    language = models.CharField(
        _("language to write to them in"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    contact_agreed_on = models.DateField(
        _("date the resident agreed to be contacted"),
        help_text=_("The resident agreed that the outreach team may contact them with these details."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NEW)
    outcome = models.TextField(_("outcome"), max_length=2000, blank=True)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("outreach worker"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referrals_assigned",
    )
    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resident's account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referrals",
    )
    referred_on = models.DateField(_("date referred"), default=timezone.localdate)
    closed_on = models.DateField(_("date closed"), null=True, blank=True)
    invited_at = models.DateTimeField(_("invitation sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-referred_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.resident_name} ({self.get_source_display()})"


class CaseNote(models.Model):
    """A note by the outreach team about a resident who shares their record with them."""

    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="case_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="case_notes_written",
    )
    text = models.TextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.resident}: {self.text[:40]}"
