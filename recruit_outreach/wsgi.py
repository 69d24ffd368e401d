import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruit_outreach.settings")

application = get_wsgi_application()

from recruit_outreach.warm import warm  # noqa: E402 (needs Django set up)

warm()
