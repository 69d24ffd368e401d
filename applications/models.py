"""A resident's job applications: the vacancy and its criteria, their evidence, drafts, checks and outcomes.

Every row belongs to one resident (`owner`); selectors only ever return the signed-in resident's own rows,
so any other id gives 404.
"""

import os
import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

DEFAULT_BOX_CHARS = 5000


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Uploaded files live in PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT and static files, with no public URL;
    a view serves each one to its owner only."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


private_storage = PrivateStorage()


def private_upload_path(instance, filename: str) -> str:
    """A random name (the resident's own file name is kept in the database, never on disk)."""
    suffix = PurePath(filename).suffix.lower()[:8]
    return f"documents/{timezone.now():%Y/%m}/{secrets.token_urlsafe(24)}{suffix}"


class Application(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications")
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    band = models.CharField(_("band"), max_length=60, blank=True)
    employer = models.CharField(_("employer"), max_length=200, blank=True)
    closing_date = models.DateField(_("closing date"), null=True, blank=True)
    advert_text = models.TextField(_("advert text"), blank=True)
    box_chars = models.PositiveIntegerField(
        _("characters allowed in each box"), default=DEFAULT_BOX_CHARS, validators=[MinValueValidator(100)]
    )
    max_words = models.PositiveIntegerField(_("word limit for the whole statement"), null=True, blank=True)
    max_chars = models.PositiveIntegerField(_("character limit for the whole statement"), null=True, blank=True)
    statement = models.TextField(_("your statement"), blank=True)
    statement_edited = models.BooleanField(default=False)
    # Each answer (by criterion id) as it was when the statement was built, to spot later changes.
    statement_answers = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=1)
    reminder_sent_for = models.DateField(null=True, blank=True)
    # When the resident was told this untouched draft will be deleted (see applications/retention.py).
    deletion_warning_sent_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["closing_date", "-updated"]
        verbose_name = _("application")

    def __str__(self) -> str:
        return self.job_title or str(_("Untitled application"))


class Criterion(models.Model):
    class Level(models.TextChoices):
        ESSENTIAL = "essential", _("Essential")
        DESIRABLE = "desirable", _("Desirable")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="criteria")
    text = models.TextField(_("criterion"), max_length=1000)
    level = models.CharField(_("essential or desirable"), max_length=10, choices=Level.choices)
    # The advert did not show this one's level in a form we could read: essential until the resident checks.
    level_unclear = models.BooleanField(_("level to check in the advert"), default=False)
    position = models.PositiveIntegerField(default=0)
    situation = models.TextField(_("situation"), blank=True)
    task = models.TextField(_("task"), blank=True)
    action = models.TextField(_("action"), blank=True)
    result = models.TextField(_("result"), blank=True)
    learned = models.TextField(_("what you learned"), blank=True)
    values = models.JSONField(default=list, blank=True)
    # The paragraph of an edited statement that the resident says shows this criterion, chosen on the checks
    # page when the check did not find it. The check judges that paragraph as this criterion's answer.
    evidence_passage = models.TextField(_("the part of your statement that shows this"), blank=True)

    class Meta:
        # Essential first, then the employer's order.
        ordering = ["-level", "position", "pk"]
        verbose_name = _("criterion")

    def __str__(self) -> str:
        return self.text

    def answer_text(self) -> str:
        parts = (self.situation, self.task, self.action, self.result, self.learned)
        return " ".join(part.strip() for part in parts if part.strip())


class Milestone(models.Model):
    """A step an application reached (submitted, shortlisted, ... in post at 26 weeks), as the resident
    records it. These feed the programme metrics."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        INTERVIEW = "interview", _("Interview")
        OFFER = "offer", _("Offered the job")
        STARTED = "started", _("Started the job")
        IN_POST_13 = "in_post_13", _("Still in the job after 13 weeks")
        IN_POST_26 = "in_post_26", _("Still in the job after 26 weeks")
        UNSUCCESSFUL = "unsuccessful", _("Not successful")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(_("what happened"), max_length=20, choices=Kind.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    feedback = models.TextField(_("feedback you were given"), blank=True, max_length=2000)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "created"]
        verbose_name = _("milestone")

    def __str__(self) -> str:
        return self.get_kind_display()


class Upload(models.Model):
    """A CV or statement the resident uploaded to be checked."""

    class Kind(models.TextChoices):
        CV = "cv", _("CV")
        STATEMENT = "statement", _("Supporting statement")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be checked")
        CHECKING = "checking", _("Being checked")
        DONE = "done", _("Checked")
        FAILED = "failed", _("Could not be checked")

    # The NHS.UK tag colour that shows each status, wherever an upload's status is drawn.
    STATUS_COLOURS = {
        Status.QUEUED: "grey",
        Status.CHECKING: "blue",
        Status.DONE: "green",
        Status.FAILED: "red",
    }

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="uploads")
    application = models.ForeignKey(
        Application, on_delete=models.SET_NULL, null=True, blank=True, related_name="uploads"
    )
    kind = models.CharField(_("what it is"), max_length=10, choices=Kind.choices)
    file = models.FileField(storage=private_storage, upload_to=private_upload_path, max_length=200)
    original_name = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(blank=True)
    report = models.JSONField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    # When it was last queued to be checked (uploaded, or "check again"): a check waiting far longer is stuck.
    queued = models.DateTimeField(default=timezone.now)
    checked = models.DateTimeField(null=True, blank=True)
    # Files are deleted some days after their application closes (see applications/retention.py) unless kept.
    keep = models.BooleanField(_("keep this document"), default=False)
    # For a statement checked against a job: the paragraph the resident says shows each criterion the check
    # did not find, by the criterion's id; the check judges that paragraph as the criterion's answer.
    passages = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("uploaded document")

    def __str__(self) -> str:
        return self.original_name

    @property
    def status_colour(self) -> str:
        """The colour of this upload's status tag: grey waiting, blue being checked, green done, red failed."""
        return self.STATUS_COLOURS[self.status]

    @property
    def is_waiting(self) -> bool:
        """Still queued or being checked, so the page should look again soon."""
        return self.status in (self.Status.QUEUED, self.Status.CHECKING)


class ShareQuerySet(models.QuerySet):
    def live(self) -> "ShareQuerySet":
        """Shares whose consent has not been withdrawn: the only ones that let a worker in."""
        return self.filter(consent__withdrawn_at__isnull=True)

    def withdrawn(self) -> "ShareQuerySet":
        return self.filter(consent__withdrawn_at__isnull=False)


class Share(models.Model):
    """One application shared with one outreach worker, under the resident's ``Consent`` (from accounts).

    The share is live while its consent is; revoking withdraws the consent, which ends access at once.
    """

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="shares")
    worker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shared_with_me")
    consent = models.OneToOneField(
        "accounts.Consent", on_delete=models.CASCADE, related_name="application_share", verbose_name=_("consent")
    )

    objects = ShareQuerySet.as_manager()

    class Meta:
        ordering = ["-consent__given_at", "-pk"]
        verbose_name = _("shared application")

    def __str__(self) -> str:
        return f"{self.application} -> {self.worker}"

    @property
    def is_live(self) -> bool:
        return self.consent.withdrawn_at is None


class Comment(models.Model):
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("comment"), max_length=2000)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]
        verbose_name = _("comment")

    def __str__(self) -> str:
        return self.text[:60]
