"""Support sessions, their venues, bookings, waiting lists and registers."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough, CommunicationNeed


class SessionType(models.TextChoices):
    DROP_IN = "drop_in", _("Drop-in")
    APPLICATION_WORKSHOP = "application_workshop", _("Application workshop")
    INTERVIEW_PRACTICE = "interview_practice", _("Interview practice")
    EMPLOYER_AWARENESS = "employer_awareness", _("Learning disability awareness for employers")
    VOLUNTEER_INDUCTION = "volunteer_induction", _("Volunteer induction")


class Venue(models.Model):
    """A library, community centre or hospital where sessions happen, with what a visitor needs to know."""

    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"), max_length=500)
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices)
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    getting_there = models.TextField(
        _("nearest station and buses"), max_length=500, blank=True, help_text=_("For example: Wembley Park station.")
    )

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["borough", "name"]

    def __str__(self) -> str:
        return self.name


class SupportSessionQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(cancelled_at__isnull=True, ends_at__gt=timezone.now()).order_by("starts_at", "pk")

    def in_borough(self, borough: str):
        return self.filter(venue__borough=borough)

    def offering_language(self, language: str):
        # Languages are a JSON list of codes; a quoted code never matches inside another code.
        return self.filter(languages__icontains=f'"{language}"')

    def step_free(self):
        return self.filter(Q(online=True) | Q(venue__step_free_access=True))

    def with_places(self):
        """Annotate `places_taken`: live bookings plus places held for someone on the waiting list."""
        now = timezone.now()
        live = Count("bookings", filter=Q(bookings__status=Booking.Status.BOOKED), distinct=True)
        held = Count(
            "waiting_list",
            filter=Q(waiting_list__status=WaitingListEntry.Status.OFFERED, waiting_list__offer_expires_at__gt=now),
            distinct=True,
        )
        return self.annotate(places_taken=live + held, places_left=F("capacity") - live - held)


class SupportSession(models.Model):
    session_type = models.CharField(_("type of session"), max_length=32, choices=SessionType.choices)
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("For an online session, the team's base: its borough is used in search."),
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("places"), default=10)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("facilitators"), related_name="facilitated_sessions", blank=True
    )
    languages = models.JSONField(
        _("languages support is offered in"), default=list, help_text=_("Staff at the session speak these languages.")
    )
    interpreter_bookable = models.BooleanField(_("an interpreter can be booked"), default=False)
    online = models.BooleanField(_("online"), default=False)
    joining_link = models.URLField(
        _("joining link"), blank=True, help_text=_("Shown only to residents who have booked a place.")
    )
    description = models.TextField(_("description"), max_length=2000, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SupportSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("support session")
        verbose_name_plural = _("support sessions")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="outreach_session_ends_after_start")
        ]

    def __str__(self) -> str:
        local = timezone.localtime(self.starts_at)
        return f"{self.get_session_type_display()}, {self.venue}, {local:%d %b %Y %H:%M}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The session must end after it starts.")})
        if self.online and not self.joining_link:
            raise ValidationError({"joining_link": _("Add the joining link for an online session.")})

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def language_names(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [str(names[code]) for code in self.languages if code in names]


class BookingQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status=Booking.Status.BOOKED)


class Booking(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked", _("Booked")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")
        DID_NOT_ATTEND = "did_not_attend", _("Did not attend")

    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="session_bookings"
    )
    session = models.ForeignKey(
        SupportSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="bookings"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.BOOKED)
    mobile_number = models.CharField(_("mobile number for a text reminder"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("booked"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["session__starts_at", "pk"]
        constraints = [
            # One place per resident per session, whatever the code above the database does.
            models.UniqueConstraint(
                fields=["resident", "session"],
                condition=~Q(status="cancelled"),
                name="outreach_one_live_booking_per_resident",
            )
        ]

    def __str__(self) -> str:
        return f"{self.resident} – {self.session}"

    def communication_needs(self) -> str:
        """What the facilitator should prepare for (Accessible Information Standard), from the profile."""
        profile = getattr(self.resident, "profile", None)
        if profile is None:
            return ""
        labels = dict(CommunicationNeed.choices)
        needs = [str(labels.get(code, code)) for code in profile.communication_needs]
        if profile.interpreter_language:
            needs.append(str(_("Interpreter language: %(language)s") % {"language": profile.interpreter_language}))
        return "; ".join(needs)

    communication_needs.short_description = _("communication needs")


class WaitingListEntry(models.Model):
    """A resident waiting for a place; when one is freed it is held for them until the offer expires."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        OFFERED = "offered", _("Place offered")
        ACCEPTED = "accepted", _("Accepted")
        EXPIRED = "expired", _("Offer expired")
        LEFT = "left", _("Left the waiting list")
        CANCELLED = "cancelled", _("Session cancelled")

    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="waiting_lists"
    )
    session = models.ForeignKey(
        SupportSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="waiting_list"
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.WAITING)
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)
    offered_at = models.DateTimeField(_("place offered"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    offer_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("waiting list entry")
        verbose_name_plural = _("waiting list entries")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "session"],
                condition=Q(status__in=["waiting", "offered"]),
                name="outreach_one_waiting_entry_per_resident",
            )
        ]

    def __str__(self) -> str:
        return f"{self.resident} – {self.session}"


class AttendanceMark(models.Model):
    """One tap on a register. `client_uuid` is made on the phone, so a retried save is recorded once."""

    session = models.ForeignKey(
        SupportSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendance_marks"
    )
    booking = models.ForeignKey(
        Booking, verbose_name=_("booking"), on_delete=models.CASCADE, null=True, blank=True, related_name="marks"
    )
    walk_in = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("walk-in resident"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="walk_in_marks",
    )
    present = models.BooleanField(_("attended"))
    client_uuid = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    marked_at = models.DateTimeField(_("marked at"), help_text=_("When the facilitator tapped, not when it was saved."))
    recorded_at = models.DateTimeField(auto_now_add=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="attendance_marks_made",
    )

    class Meta:
        verbose_name = _("attendance mark")
        verbose_name_plural = _("attendance marks")
        ordering = ["marked_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(booking__isnull=False, walk_in__isnull=True)
                | Q(booking__isnull=True, walk_in__isnull=False),
                name="outreach_mark_is_booking_or_walk_in",
            )
        ]

    def __str__(self) -> str:
        return f"{self.booking or self.walk_in}: {self.present}"


class WalkInCount(models.Model):
    """People who came without booking and gave no name, counted by borough and language."""

    session = models.ForeignKey(
        SupportSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="walk_in_counts"
    )
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    count = models.PositiveSmallIntegerField(_("number of people"), default=0)

    class Meta:
        verbose_name = _("walk-in count")
        verbose_name_plural = _("walk-in counts")
        constraints = [
            models.UniqueConstraint(fields=["session", "borough", "language"], name="outreach_one_walk_in_count_row")
        ]

    def __str__(self) -> str:
        return f"{self.session}: {self.count}"


class SessionNote(models.Model):
    session = models.ForeignKey(
        SupportSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("written by"), on_delete=models.SET_NULL, null=True
    )
    text = models.TextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        verbose_name = _("session note")
        verbose_name_plural = _("session notes")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.session}: {self.text[:40]}"
