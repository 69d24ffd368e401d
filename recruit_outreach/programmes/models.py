"""Indicators of the Race Equality Steering Group's programmes and their values per period."""

import uuid
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from applications.models import private_storage

from .breakdowns import Breakdown, breakdown_categories
from .equality import EqualityAnswers


class Workstream(models.TextChoices):
    RECRUITMENT_OUTREACH = "recruitment_outreach", _("Recruitment outreach")
    LEARNING_DISABILITY = "learning_disability", _("Learning disability employment")
    VOLUNTEERING = "volunteering", _("Volunteering")
    CANCER_OUTREACH = "cancer_outreach", _("Cancer late diagnosis and prevention outreach")
    COST_OF_LIVING = "cost_of_living", _("Cost-of-living support")
    CAREER_PROGRESSION = "career_progression", _("BME staff career progression")


class Unit(models.TextChoices):
    COUNT = "count", _("Count of people or things")
    RATE = "rate", _("Rate (a percentage: numerator out of denominator)")
    RATIO = "ratio", _("Ratio (1.00 is parity)")
    AMOUNT = "amount", _("Amount (such as pounds or hours)")


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


class Period(models.TextChoices):
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")


class Source(models.TextChoices):
    COMPUTED = "computed", _("Computed each night")
    MANUAL = "manual", _("Entered by hand")


class Indicator(models.Model):
    """What is measured, how, and what good looks like; its numbers are ``IndicatorValue`` rows."""

    code = models.SlugField(_("code"), max_length=64, unique=True, help_text=_("A short name that never changes."))
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"), help_text=_("In plain words: what is counted, and who."))
    workstream = models.CharField(_("workstream"), max_length=32, choices=Workstream.choices)
    unit = models.CharField(_("unit"), max_length=16, choices=Unit.choices, default=Unit.COUNT)
    about_people = models.BooleanField(
        _("about people"),
        default=True,
        help_text=_("Counts of people are published under disclosure control; pounds or events are not."),
    )
    numerator_label = models.CharField(_("numerator"), max_length=200, blank=True)
    denominator_label = models.CharField(_("denominator"), max_length=200, blank=True)
    direction = models.CharField(_("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER)
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2, null=True, blank=True)
    period = models.CharField(_("period"), max_length=8, choices=Period.choices, default=Period.QUARTER)
    breakdowns = models.JSONField(_("breakdowns allowed"), default=list, blank=True)
    source = models.CharField(_("source"), max_length=16, choices=Source.choices, default=Source.MANUAL)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["workstream", "sort_order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.display_name()

    def display_name(self) -> str:
        """The name in the reader's language when it is one of the indicators we ship."""
        return gettext(self.name)

    def display_definition(self) -> str:
        return gettext(self.definition)

    def clean(self) -> None:
        errors = {}
        if self.unit == Unit.RATE and not (self.numerator_label and self.denominator_label):
            errors["denominator_label"] = _("A rate needs both a numerator and a denominator.")
        unknown = set(self.breakdowns or []) - set(Breakdown.values) - {""}
        if unknown:
            errors["breakdowns"] = _("Choose breakdowns from the list.")
        if errors:
            raise ValidationError(errors)


def period_start_error(period: str, start: date) -> str | None:
    """Why ``start`` cannot begin a ``period``, or None: months start on the 1st, quarters on 1 Jan, Apr, Jul or Oct."""
    if start.day != 1:
        return gettext("A period starts on the 1st of the month.")
    if period == Period.QUARTER and start.month not in (1, 4, 7, 10):
        return gettext("A quarter starts on 1 January, 1 April, 1 July or 1 October.")
    return None


class IndicatorValue(models.Model):
    """One indicator's value for one period, in total (blank breakdown) or for one group."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="values", verbose_name=_("indicator")
    )
    period_start = models.DateField(_("period start"))
    breakdown = models.CharField(_("breakdown"), max_length=16, choices=Breakdown.choices, blank=True)
    category = models.CharField(_("group"), max_length=64, blank=True)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    numerator = models.PositiveIntegerField(_("numerator"), null=True, blank=True)
    denominator = models.PositiveIntegerField(_("denominator"), null=True, blank=True)
    computed_at = models.DateTimeField(_("computed at"), null=True, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["indicator", "-period_start", "breakdown", "category"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_start", "breakdown", "category"], name="one_value_per_period_and_group"
            ),
            models.CheckConstraint(
                condition=models.Q(numerator__lte=models.F("denominator"))
                | models.Q(numerator__isnull=True)
                | models.Q(denominator__isnull=True),
                name="numerator_not_above_denominator",
            ),
        ]

    def __str__(self) -> str:
        group = f" ({self.get_breakdown_display()}: {self.category})" if self.breakdown else ""
        return f"{self.indicator} {self.period_start:%Y-%m}{group}"

    def clean(self) -> None:
        if not self.indicator_id:
            return
        errors: dict[str, str] = {}
        if self.period_start and (problem := period_start_error(self.indicator.period, self.period_start)):
            errors["period_start"] = problem
        errors.update(self._breakdown_errors())
        errors.update(self._number_errors())
        if errors:
            raise ValidationError(errors)

    def _breakdown_errors(self) -> dict[str, str]:
        if not self.breakdown:
            return {"category": gettext("Leave the group blank for the total.")} if self.category else {}
        if self.breakdown not in self.indicator.breakdowns:
            return {"breakdown": gettext("This indicator is not broken down that way.")}
        allowed = breakdown_categories(self.breakdown)
        if not self.category:
            return {"category": gettext("Say which group this value is for.")}
        if allowed is not None and self.category not in dict(allowed):
            return {"category": gettext("Choose a group from the list for this breakdown.")}
        return {}

    def _number_errors(self) -> dict[str, str]:
        unit = self.indicator.unit
        if unit == Unit.RATE:
            if self.numerator is None or self.denominator is None:
                return {"denominator": gettext("A rate needs a numerator and a denominator.")}
            if self.numerator > self.denominator:
                return {"numerator": gettext("The numerator cannot be more than the denominator.")}
            if self.denominator == 0:
                return {"denominator": gettext("The denominator must be more than 0.")}
            self.value = Decimal(self.numerator * 100) / Decimal(self.denominator)
        if self.value is None:
            return {"value": gettext("Enter a value.")}
        if self.value < 0:
            return {"value": gettext("A value cannot be negative.")}
        if unit == Unit.COUNT and self.value != self.value.to_integral_value():
            return {"value": gettext("A count must be a whole number.")}
        return {}


class IndicatorValueChange(models.Model):
    """The audit trail of hand-entered values: who changed what, when, from what to what."""

    indicator_value = models.ForeignKey(
        IndicatorValue, on_delete=models.PROTECT, related_name="changes", verbose_name=_("indicator value")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    changed_by_name = models.CharField(_("changed by (name)"), max_length=255)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    old_value = models.DecimalField(_("old value"), max_digits=14, decimal_places=4, null=True)
    new_value = models.DecimalField(_("new value"), max_digits=14, decimal_places=4)
    old_numerator = models.PositiveIntegerField(_("old numerator"), null=True)
    new_numerator = models.PositiveIntegerField(_("new numerator"), null=True)
    old_denominator = models.PositiveIntegerField(_("old denominator"), null=True)
    new_denominator = models.PositiveIntegerField(_("new denominator"), null=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("change to a hand-entered value")
        verbose_name_plural = _("changes to hand-entered values")

    def __str__(self) -> str:
        return f"{self.indicator_value}: {self.old_value} -> {self.new_value}"


class Recomputation(models.Model):
    """One run of the computation (nightly, or started by a programme admin) and how far it has got."""

    periods = models.CharField(_("periods"), max_length=200, help_text=_("Such as 2026-Q3 2026-09."))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    done = models.PositiveIntegerField(_("indicators done"), default=0)
    total = models.PositiveIntegerField(_("indicators to do"), default=0)
    failed = models.BooleanField(_("failed"), default=False)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("recomputation")
        verbose_name_plural = _("recomputations")

    def __str__(self) -> str:
        return f"{self.periods} ({self.done}/{self.total})"

    @property
    def is_running(self) -> bool:
        return self.finished_at is None and not self.failed


def report_file_path(instance, filename: str) -> str:
    """A random name under programme-reports/ in private media (never under MEDIA_ROOT)."""
    return f"programme-reports/{instance.period}-{uuid.uuid4().hex}.docx"


class QuarterlyReport(models.Model):
    """A quarterly Word report asked for in the admin: built by a Celery task, kept in private media, and
    downloaded by programme admins through a view that checks their permission."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready to download")
        FAILED = "failed", _("Could not be built")

    period = models.CharField(_("quarter"), max_length=7, help_text=_("Such as 2026-Q3."))
    language = models.CharField(_("language"), max_length=8, default="en")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("per cent done"), default=0)
    file = models.FileField(storage=private_storage, upload_to=report_file_path, max_length=200, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("asked for by")
    )
    requested_at = models.DateTimeField(_("asked for at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("quarterly report")
        verbose_name_plural = _("quarterly reports")

    def __str__(self) -> str:
        return self.period


__all__ = [
    "Direction",
    "EqualityAnswers",
    "Indicator",
    "IndicatorValue",
    "IndicatorValueChange",
    "Period",
    "QuarterlyReport",
    "Recomputation",
    "Source",
    "Unit",
    "Workstream",
]
