"""What the register keeps beyond the session models: the ids of saves already applied."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegisterSave(models.Model):
    """A register save (a walk-in count or a note) already applied, by the id the phone made for it.

    A tap that is sent again after a dropped connection carries the same id and is not applied twice.
    Attendance marks carry their own id (``AttendanceMark.client_uuid``).
    """

    client_uuid = models.UUIDField(unique=True)
    session = models.ForeignKey(
        "outreach.SupportSession", verbose_name=_("session"), on_delete=models.CASCADE, related_name="+"
    )
    saved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("register save")
        verbose_name_plural = _("register saves")

    def __str__(self) -> str:
        return str(self.client_uuid)
