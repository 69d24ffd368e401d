from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "recruit_outreach.outbox"
    label = "outbox"
    verbose_name = _("Tasks waiting for the broker")
