"""Load once, before gunicorn forks its workers, what every worker would otherwise load on its first requests.

With `--preload`, wsgi.py runs in gunicorn's master process and the workers start as copies of it, sharing
these read-only pages of memory. Without this, each worker loaded the checks engine's model and word tables,
the translation catalogues, the URL patterns and the templates while serving its first residents: the load
test's first 20 seconds were its slowest. Nothing here touches the database or the cache.
"""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

SAMPLE = (
    "For three years I have worked as a care assistant in a care home. When a resident was upset, I sat with "
    "her, listened and told the nurse. I keep records on the computer and I work well in a team."
)


CRITERIA = [  # three or more, so that the sentence-embedding model is used (and loaded)
    "Experience of working in a care setting",
    "Good communication skills",
    "Able to keep accurate records",
]


def warm() -> None:
    from applications import checks
    from applications.checks import encoder

    checks.check_text(SAMPLE, "statement", CRITERIA)
    encoder.encoder()  # the transformer, used only for stories the word signals miss, so not by the line above
    checks.extract_criteria("Person specification\nEssential\n- Good communication skills\nDesirable\n- NVQ 2")
    get_resolver()._populate()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Sign in")
    for folder in settings.TEMPLATES[0]["DIRS"]:  # the site's own pages (app and library templates on first use)
        for path in sorted(Path(folder).rglob("*.html")):
            get_template(str(path.relative_to(folder)))
