"""The Celery app. Configuration comes from Django settings named CELERY_*."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruit_outreach.settings")

app = Celery("recruit_outreach")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(["recruit_outreach.accounts"])
