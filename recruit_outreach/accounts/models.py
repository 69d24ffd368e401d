from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in with their email address; there is no username."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.email


class Borough(models.TextChoices):
    BRENT = "brent", _("Brent")
    EALING = "ealing", _("Ealing")
    HAMMERSMITH_FULHAM = "hammersmith_fulham", _("Hammersmith and Fulham")
    HARROW = "harrow", _("Harrow")
    HILLINGDON = "hillingdon", _("Hillingdon")
    HOUNSLOW = "hounslow", _("Hounslow")
    KENSINGTON_CHELSEA = "kensington_chelsea", _("Kensington and Chelsea")
    WESTMINSTER = "westminster", _("Westminster")
    OTHER = "other", _("Somewhere else")


class CommunicationNeed(models.TextChoices):
    """Needs as the Accessible Information Standard (DAPB1605) records them."""

    EASY_READ = "easy_read", _("Easy Read")
    LARGE_PRINT = "large_print", _("Large print")
    BSL = "bsl", _("British Sign Language (BSL) interpreter")
    INTERPRETER = "interpreter", _("Spoken language interpreter")
    OTHER = "other", _("Something else")


class Profile(models.Model):
    """What a person tells us so we can talk to them in a way that works for them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    borough = models.CharField(_("borough"), max_length=32, choices=Borough.choices, blank=True)
    communication_needs = models.JSONField(_("communication needs"), default=list, blank=True)
    interpreter_language = models.CharField(_("interpreter language"), max_length=100, blank=True)
    other_needs = models.TextField(_("other communication needs"), max_length=1000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return str(self.user)


class ConsentQuerySet(models.QuerySet):
    def live(self) -> "ConsentQuerySet":
        """Consents not withdrawn: the only ones that give anyone access."""
        return self.filter(withdrawn_at__isnull=True)

    def withdrawn(self) -> "ConsentQuerySet":
        return self.filter(withdrawn_at__isnull=False)

    def for_scope(self, scope: str) -> "ConsentQuerySet":
        return self.filter(scope=scope)

    def granted_to(self, user) -> "ConsentQuerySet":
        """Consents naming this staff user, or naming a team (group) the user belongs to."""
        return self.filter(models.Q(staff=user) | models.Q(team__in=user.groups.all()))


class Consent(models.Model):
    """A resident's agreement that one staff member, or one team, may see something of theirs for a purpose.

    A consent counts from ``given_at`` until ``withdrawn_at``; withdrawing is a date, never a deleted row or a
    boolean, so the record of what was agreed stays. ``purpose`` keeps the plain words the resident was shown,
    in the language they were shown in. Give and withdraw through ``accounts.services``; features keep what
    is specific to them (which application, which caseload) in their own model pointing here.
    """

    class Scope(models.TextChoices):
        APPLICATION_SHARE = "application_share", _("An outreach worker reads and comments on one application")
        OUTREACH_CASELOAD = "outreach_caseload", _("The outreach team sees your record to support you")
        HOSPITAL_SUPPORT = "hospital_support", _("Volunteers support you with hospital appointments")

    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("resident")
    )
    scope = models.CharField(_("what it is for"), max_length=40, choices=Scope.choices)
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="consents_received",
        verbose_name=_("staff member"),
    )
    team = models.ForeignKey(
        "auth.Group",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consents_received",
        verbose_name=_("team"),
    )
    purpose = models.TextField(_("purpose shown to the resident"))
    language = models.CharField(_("language the purpose was shown in"), max_length=8, default=settings.LANGUAGE_CODE)
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-given_at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(staff__isnull=False, team__isnull=True)
                | models.Q(staff__isnull=True, team__isnull=False),
                name="consent_to_one_staff_member_or_one_team",
            )
        ]
        indexes = [models.Index(fields=["resident", "scope"], name="consent_resident_scope")]

    def __str__(self) -> str:
        return f"{self.resident} -> {self.staff or self.team}: {self.scope}"

    @property
    def is_live(self) -> bool:
        return self.withdrawn_at is None


class AccessLogEntry(models.Model):
    """One look at, or change to, a resident's record by a staff member: who, what, when, under which consent.

    Written with ``accounts.services.access_record``; read with ``accounts.selectors.access_log_for_resident``.
    The resident can see their own entries. When they delete their account the entries are kept without
    anything that identifies them (see ``recruit_outreach.privacy.services``). ``target`` points at the
    object looked at, when there is one, and ``label`` keeps what it was called then, so the entry still
    reads well after the object is deleted.
    """

    class Action(models.TextChoices):
        VIEWED = "view", _("Looked at your record")
        COMMENTED = "comment", _("Left a comment")
        CHANGED = "change", _("Changed your record")
        EXPORTED = "export", _("Downloaded your record")

    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="accesses_made",
        verbose_name=_("staff member"),
    )
    # Null once the resident has deleted their account: the entry stays for the audit, tied to them only by
    # ``erased_ref``, a random reference shared by that person's entries that leads back to no one.
    resident = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="access_log",
        verbose_name=_("resident"),
    )
    erased_ref = models.CharField(_("deleted resident"), max_length=32, blank=True)
    consent = models.ForeignKey(
        Consent, on_delete=models.SET_NULL, null=True, blank=True, related_name="accesses", verbose_name=_("consent")
    )
    action = models.CharField(_("what they did"), max_length=20, choices=Action.choices)
    label = models.CharField(_("what they looked at"), max_length=200, blank=True)
    target_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        indexes = [models.Index(fields=["resident", "-at"], name="access_resident_at")]

    def __str__(self) -> str:
        return f"{self.staff} {self.action} {self.label} {self.at:%Y-%m-%d %H:%M}"

    @property
    def resident_email(self) -> str:
        """The resident's email address, or a reference that names no one once they deleted their account."""
        if self.resident is None:
            return gettext("Deleted resident %(reference)s") % {"reference": self.erased_ref}
        return self.resident.email
