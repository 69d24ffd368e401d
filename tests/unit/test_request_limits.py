"""A body bigger than the limit is refused with 413 and a readable page before any of it is read."""

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from applications.models import Application
from recruit_outreach.request_limits import body_limit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HUNDRED_MB = str(100 * 1024 * 1024)


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def _post_huge(client, path: str):
    return client.generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=HUNDRED_MB,
        **{"wsgi.input": UnreadableBody()},
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_upload_over_the_limit_is_refused_before_it_is_read(client, language):
    user = UserFactory()
    client.force_login(user)
    with translation.override(language):
        path = reverse("applications:job_new")
        response = _post_huge(client, path)
        title = gettext("What you sent is too big")
    assert response.status_code == 413
    page = response.content.decode()
    assert title in page and f'lang="{language}"' in page
    assert not Application.objects.filter(owner=user).exists()


def test_signed_out_forms_are_limited_too(client):
    with translation.override("en"):
        response = _post_huge(client, reverse("account_login"))
    assert response.status_code == 413


def test_a_body_within_the_limit_reaches_the_view(client):
    client.force_login(UserFactory())
    with translation.override("en"):
        response = client.post(reverse("applications:job_new"), {"advert_text": "  "})
    assert response.status_code == 200


def test_the_admin_may_send_bigger_images_than_residents_send_files():
    assert body_limit("/en/applications/documents/") == settings.REQUEST_MAX_BYTES
    assert body_limit("/admin/images/multiple/add/") == settings.ADMIN_REQUEST_MAX_BYTES > settings.REQUEST_MAX_BYTES


def test_django_keeps_form_fields_and_file_uploads_in_memory_only_up_to_a_limit():
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 2 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= settings.REQUEST_MAX_BYTES


def test_the_refusal_page_has_the_security_headers(client):
    with translation.override("en"):
        response = _post_huge(client, reverse("account_login"))
    assert response.status_code == 413
    assert "Content-Security-Policy" in response.headers and "Permissions-Policy" in response.headers
