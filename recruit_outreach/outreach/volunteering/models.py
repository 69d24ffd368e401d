"""Volunteers (checks, training, hours), hospital sites, and appointment support: requests, assignments, outcomes."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough


class DbsLevel(models.TextChoices):
    BASIC = "basic", _("Basic")
    STANDARD = "standard", _("Standard")
    ENHANCED = "enhanced", _("Enhanced")
    ENHANCED_BARRED = "enhanced_barred", _("Enhanced with barred list check")


class Course(models.TextChoices):
    SAFEGUARDING_ADULTS = "safeguarding_adults", _("Safeguarding adults")
    INFORMATION_GOVERNANCE = "information_governance", _("Information governance")
    MANUAL_HANDLING = "manual_handling", _("Manual handling")
    DEMENTIA_AWARENESS = "dementia_awareness", _("Dementia awareness")
    INDUCTION = "induction", _("Volunteer induction")


class SupportKind(models.TextChoices):
    REMINDER_CALL = "reminder_call", _("Reminder phone call")
    ACCOMPANY = "accompany", _("Go with them on the day")
    TRANSPORT = "transport", _("Help with transport")
    INTERPRETER = "interpreter", _("Interpreter")
    LANGUAGE = "language", _("Language support")


class Volunteer(models.Model):
    """A volunteer's record. Checks and training gate what they can be assigned to; the rest is information."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer", verbose_name=_("user")
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    skills = models.TextField(_("skills"), max_length=1000, blank=True)
    availability = models.JSONField(_("when they are free"), default=list, blank=True)
    boroughs = models.JSONField(_("boroughs they can reach"), default=list, blank=True)
    dbs_level = models.CharField(_("DBS check level"), max_length=20, choices=DbsLevel.choices, blank=True)
    dbs_certificate_date = models.DateField(_("DBS certificate date"), null=True, blank=True)
    dbs_update_service = models.BooleanField(_("subscribed to the DBS Update Service"), default=False)
    dbs_next_check_due = models.DateField(_("next DBS check due"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)
    paid_work_started_on = models.DateField(_("moved into paid work on"), null=True, blank=True)
    paid_work_role = models.CharField(_("paid job"), max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["user__first_name", "user__last_name", "pk"]

    def __str__(self) -> str:
        return str(self.user)


class TrainingRecord(models.Model):
    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="training", verbose_name=_("volunteer")
    )
    course = models.CharField(_("course"), max_length=40, choices=Course.choices)
    completed_on = models.DateField(_("completed on"))
    expires_on = models.DateField(
        _("expires on"), null=True, blank=True, help_text=_("Leave empty if it never expires.")
    )

    class Meta:
        verbose_name = _("training record")
        verbose_name_plural = _("training records")
        ordering = ["volunteer", "course", "-completed_on"]

    def __str__(self) -> str:
        return f"{self.get_course_display()} ({self.completed_on})"


class ExpiryAlert(models.Model):
    """One alert sent about one expiring check, so each is sent once."""

    key = models.CharField(max_length=120, unique=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("expiry alert sent")
        verbose_name_plural = _("expiry alerts sent")

    def __str__(self) -> str:
        return self.key


class HospitalSite(models.Model):
    trust = models.CharField(_("NHS trust"), max_length=200)
    name = models.CharField(_("hospital or clinic"), max_length=200)
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices, blank=True)

    class Meta:
        verbose_name = _("hospital or clinic")
        verbose_name_plural = _("hospitals and clinics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["trust", "name"], name="hospital_site_unique")]

    def __str__(self) -> str:
        return self.name


class AgeBand(models.TextChoices):
    UNDER_25 = "16-24", _("16 to 24")
    FROM_25 = "25-44", _("25 to 44")
    FROM_45 = "45-64", _("45 to 64")
    FROM_65 = "65-79", _("65 to 79")
    FROM_80 = "80+", _("80 or over")


class SupportedPerson(models.Model):
    """The person a volunteer supports: contact details they agreed we keep (see the request's consent)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supported_person", verbose_name=_("account")
    )
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone number"), max_length=30)
    preferred_language = models.CharField(_("preferred language"), max_length=100)
    communication_needs = models.TextField(_("communication needs"), max_length=1000, blank=True)
    nhs_number = models.CharField(_("NHS number"), max_length=10, blank=True)
    age_band = models.CharField(_("age band"), max_length=8, choices=AgeBand.choices, blank=True)
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices, blank=True)

    class Meta:
        verbose_name = _("person supported")
        verbose_name_plural = _("people supported")

    def __str__(self) -> str:
        return self.name


class EthnicGroup(models.TextChoices):
    """The five high-level ONS 2021 groups: enough for equality monitoring of the support given."""

    ASIAN = "asian", _("Asian or Asian British")
    BLACK = "black", _("Black, Black British, Caribbean or African")
    MIXED = "mixed", _("Mixed or multiple ethnic groups")
    WHITE = "white", _("White")
    OTHER = "other", _("Other ethnic group")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")


class SupportedPersonEthnicGroup(models.Model):
    """Special category data, in a table of its own: the ethnic group a person supported chose to give, for
    equality monitoring only. No page shows it and no admin registers it; it leaves the database only in
    the pseudonymised export (export.py) and in aggregates. Deleting the person deletes it."""

    person = models.OneToOneField(
        SupportedPerson, on_delete=models.CASCADE, related_name="ethnic_group_given", verbose_name=_("person supported")
    )
    ethnic_group = models.CharField(_("ethnic group"), max_length=20, choices=EthnicGroup.choices)
    given_at = models.DateTimeField(_("given"), default=timezone.now)

    class Meta:
        db_table = "outreach_supported_person_ethnic_group"
        verbose_name = _("ethnic group given")
        verbose_name_plural = _("ethnic groups given")

    def __str__(self) -> str:
        return str(_("Ethnic group given"))  # never the answer: this text can reach logs and error pages


class AppointmentRequestQuerySet(models.QuerySet):
    def unassigned(self):
        live = Assignment.objects.filter(request=models.OuterRef("pk"), status__in=Assignment.LIVE)
        return self.filter(status=AppointmentRequest.Status.OPEN).exclude(models.Exists(live))

    def upcoming(self):
        return self.filter(appointment_at__gte=timezone.now()).order_by("appointment_at", "pk")


class AppointmentRequest(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Outcome recorded")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Referrer(models.TextChoices):
        WARD = "ward", _("Hospital ward")
        GP = "gp", _("GP practice")
        OUTREACH = "outreach", _("Outreach team")
        SELF = "self", _("Themselves")

    class Reason(models.TextChoices):
        MISSED_BEFORE = "missed_before", _("Has missed appointments before")
        LANGUAGE = "language", _("Language barrier")
        MOBILITY = "mobility", _("Mobility or transport")
        ANXIETY = "anxiety", _("Worried about going alone")
        LEARNING_DISABILITY = "learning_disability", _("Learning disability")
        CARING = "caring", _("Caring responsibilities")
        OTHER = "other", _("Other")

    person = models.ForeignKey(
        SupportedPerson, on_delete=models.CASCADE, related_name="requests", verbose_name=_("person supported")
    )
    consent = models.ForeignKey(
        "accounts.Consent", on_delete=models.PROTECT, related_name="+", verbose_name=_("consent")
    )
    site = models.ForeignKey(HospitalSite, on_delete=models.PROTECT, related_name="+", verbose_name=_("hospital"))
    clinic = models.CharField(_("clinic or department"), max_length=200, blank=True)
    appointment_at = models.DateTimeField(_("appointment date and time"), db_index=True)
    support_needed = models.JSONField(_("support needed"), default=list)
    referred_by = models.CharField(_("who referred them"), max_length=20, choices=Referrer.choices)
    reason = models.CharField(_("main reason for support"), max_length=30, choices=Reason.choices)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    readmitted_within_28_days = models.BooleanField(_("readmitted within 28 days"), null=True, blank=True)

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment support request")
        verbose_name_plural = _("appointment support requests")
        ordering = ["appointment_at", "pk"]

    def __str__(self) -> str:
        return f"{self.site} {timezone.localtime(self.appointment_at):%Y-%m-%d %H:%M}"

    def support_labels(self) -> list[str]:
        labels = dict(SupportKind.choices)
        return [str(labels.get(code, code)) for code in self.support_needed]

    @property
    def appointment_date(self) -> date:
        return timezone.localtime(self.appointment_at).date()


class Assignment(models.Model):
    class Status(models.TextChoices):
        OFFERED = "offered", _("Waiting for the volunteer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    LIVE = (Status.OFFERED, Status.ACCEPTED)

    request = models.ForeignKey(
        AppointmentRequest, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("request")
    )
    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("volunteer")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OFFERED)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("assigned by")
    )
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-assigned_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["request"],
                condition=models.Q(status__in=["offered", "accepted"]),
                name="one_live_assignment_per_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer}: {self.request}"


class Outcome(models.Model):
    class Result(models.TextChoices):
        ATTENDED = "attended", _("They went to the appointment")
        DID_NOT_ATTEND = "did_not_attend", _("They did not go")
        CANCELLED = "cancelled", _("The hospital cancelled it")
        RESCHEDULED = "rescheduled", _("The hospital moved it to another day")

    class MissedReason(models.TextChoices):
        TRANSPORT = "transport", _("Transport")
        FORGOT = "forgot", _("Forgot")
        UNWELL = "unwell", _("Unwell")
        LANGUAGE = "language", _("Language")
        COST = "cost", _("Cost")
        CARING = "caring", _("Caring responsibilities")
        OTHER = "other", _("Other")

    request = models.OneToOneField(
        AppointmentRequest, on_delete=models.CASCADE, related_name="outcome", verbose_name=_("request")
    )
    result = models.CharField(_("what happened"), max_length=20, choices=Result.choices)
    missed_reason = models.CharField(_("why they did not go"), max_length=20, choices=MissedReason.choices, blank=True)
    hours = models.DecimalField(_("hours you gave"), max_digits=4, decimal_places=1)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("recorded by")
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("appointment outcome")
        verbose_name_plural = _("appointment outcomes")

    def __str__(self) -> str:
        return self.get_result_display()
