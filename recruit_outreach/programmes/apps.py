from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "recruit_outreach.programmes"
    label = "programmes"
    verbose_name = _("Programmes")

    def ready(self) -> None:
        from . import report_tasks  # noqa: F401  (registers the report's Celery task)
        from .signals import create_indicators

        post_migrate.connect(create_indicators, sender=self, dispatch_uid="programmes_create_indicators")
