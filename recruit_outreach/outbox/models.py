from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingTask(models.Model):
    """A Celery task saved in the same transaction as the data it works on, kept until the broker has it.

    A row is deleted as soon as its task reaches the broker, so the table is empty while the broker is up.
    """

    task = models.CharField(_("task"), max_length=200)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("task waiting for the broker")

    def __str__(self) -> str:
        return f"{self.task} ({self.created:%Y-%m-%d %H:%M:%S})"
