from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
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
