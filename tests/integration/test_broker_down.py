"""With the broker down, a second instance of the site (gunicorn, its broker on a closed port) still answers
sign-up, password reset, upload and "check again" at once and keeps what was sent; once the broker is back the
outbox's sweep sends the work and the real Celery worker does it."""

import re
import time

import pytest
import requests

from django.core.files.uploadedfile import SimpleUploadedFile

from applications.models import Upload
from recruit_outreach.outbox.models import PendingTask
from recruit_outreach.outbox.services import outbox_flush
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens there: the broker is "down"
QUICK = 5.0  # seconds; before the outbox these pages took about 20 s and then failed
STATEMENT = (
    "I have cared for my grandmother for three years. I help her wash, dress and take her tablets each day. "
    "I keep a diary of her medicines so the district nurse can see what she has taken. "
    "You can email me at amina@example.org."
)


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Autouse, so it is set before the worker and the second site are started with it."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def _csrf(session: requests.Session, url: str) -> str:
    page = session.get(url, timeout=10)
    assert page.status_code == 200, url
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def _post(session: requests.Session, url: str, data: dict, files=None, form: str = "") -> requests.Response:
    """Post the form on `form` (by default the page at `url`) as a browser would; the answer must come at once."""
    data = {"csrfmiddlewaretoken": _csrf(session, form or url), **data}
    started = time.monotonic()
    response = session.post(url, data=data, files=files, allow_redirects=False, timeout=30, headers={"Referer": url})
    elapsed = time.monotonic() - started
    assert elapsed < QUICK, f"{url} took {elapsed:.1f} s with the broker down"
    return response


def _wait_for(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_with_the_broker_down_nothing_is_lost(celery_worker_process, app_server):
    site = app_server(CELERY_BROKER_URL=CLOSED_PORT, CELERY_RESULT_BACKEND=CLOSED_PORT)
    UserFactory(email="forgot@example.org")
    resident = UserFactory(email="amina@example.org", roles=["resident"])

    newcomer = requests.Session()
    signed_up = _post(newcomer, f"{site}/en/account/signup/",
                      {"email": "new@example.org", "password1": PASSWORD, "password2": PASSWORD})  # fmt: skip
    assert signed_up.status_code == 302 and signed_up.headers["Location"] == "/en/account/confirm-email/"

    reset = _post(requests.Session(), f"{site}/en/account/password/reset/", {"email": "forgot@example.org"})
    assert reset.status_code == 302

    browser = requests.Session()
    assert (
        _post(browser, f"{site}/en/account/login/", {"login": resident.email, "password": PASSWORD}).status_code == 302
    )
    uploaded = _post(browser, f"{site}/en/applications/documents/", {"kind": "statement"},
                     files={"file": ("statement.txt", STATEMENT.encode(), "text/plain")})  # fmt: skip
    assert uploaded.status_code == 302
    upload = Upload.objects.get(owner=resident)
    assert upload.status == Upload.Status.QUEUED and upload.file.read() == STATEMENT.encode()
    page = browser.get(f"{site}{uploaded.headers['Location']}", timeout=10).text
    assert "Waiting to be checked" in page

    checked_before = Upload.objects.create(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"My CV."),
                                           original_name="cv.txt", status=Upload.Status.DONE, report={})  # fmt: skip
    page = f"{site}/en/applications/documents/{checked_before.pk}/"
    again = _post(browser, f"{page}check-again/", {}, form=page)
    assert again.status_code == 302
    checked_before.refresh_from_db()
    assert checked_before.status == Upload.Status.QUEUED

    # Nothing reached the broker; everything waits in the outbox: the confirmation, the reset, two checks.
    assert PendingTask.objects.count() == 4
    assert not any(celery_worker_process["mail_dir"].glob("*"))

    # The broker is back: the beat job's sweep (run here, on the worker's queue) sends it all.
    assert outbox_flush() == 4
    assert _wait_for(lambda: set(Upload.objects.values_list("status", flat=True)) == {Upload.Status.DONE})

    def mail() -> str:  # the file backend creates each file before writing it
        return " ".join(path.read_text() for path in celery_worker_process["mail_dir"].glob("*"))

    assert _wait_for(lambda: "/en/account/confirm-email/" in mail() and "/en/account/password/reset/key/" in mail())
    assert len(list(celery_worker_process["mail_dir"].glob("*"))) == 2
    assert "This is an email address" in browser.get(f"{site}{uploaded.headers['Location']}", timeout=10).text
    assert not PendingTask.objects.exists()
