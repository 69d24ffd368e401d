"""Pointing to evidence in an uploaded statement: on the file's page, a resident says which paragraph shows a
criterion the check did not find, and the file is checked again with that paragraph judged as its answer."""

import re

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Application, Criterion, Upload
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The check's own matching misses this one: a kiosk and a float are a till and cash only to a reader.
KIOSK = (
    "For six years I ran the newspaper kiosk at Harrow bus station by myself, selling sweets and top-up "
    "cards, and I balanced the float to the penny every night."
)
LIFTING = "I unloaded the delivery van every Monday and stacked the crates in the back room."
HINT = "We think this part may be about it. Check before you choose it."


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def resident(client):
    user = UserFactory(roles=["resident"])
    client.force_login(user)
    return user


@pytest.fixture
def application(resident):
    application = Application.objects.create(owner=resident, job_title="Shop assistant")
    criteria = ["Experience of working on a till and handling cash", "Able to use Microsoft Excel"]
    for position, text in enumerate(criteria):
        Criterion.objects.create(application=application, text=text, level="essential", position=position)
    return application


def _upload(client, application, capture, kind="statement") -> Upload:
    with capture(execute=True):
        client.post(
            reverse("applications:documents"),
            {
                "kind": kind,
                "file": SimpleUploadedFile("statement.txt", f"{KIOSK}\n\n{LIFTING}\n".encode()),
                "application": application.pk,
            },
        )
    return Upload.objects.get(application=application)


def _page(client, upload) -> str:
    return client.get(reverse("applications:document", args=[upload.pk])).content.decode()


def _where(upload, criterion) -> str:
    return reverse("applications:document_passage", args=[upload.pk, criterion.pk])


def _cells(page: str) -> list[str]:
    return re.findall(r'app-coverage__covered">(?:<strong[^>]*>)([^<]+)</strong>', page)


def test_a_paragraph_the_check_missed_counts_once_the_resident_points_to_it(
    client, application, django_capture_on_commit_callbacks
):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    till = application.criteria.get(position=0)
    page = _page(client, upload)
    assert _cells(page) == ["Not yet", "Not yet"]
    assert page.count("Show us where you wrote about this") == 2 and _where(upload, till) in page

    form = client.get(_where(upload, till)).content.decode()
    assert "Where did you write about this?" in form and till.text in form and "statement.txt" in form
    assert KIOSK in form and LIFTING in form and form.count(HINT) == 1
    assert reverse("applications:document", args=[upload.pk]) in form, "the way back is to the file's page"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_where(upload, till), {"paragraph": 1})
    assert response["Location"] == reverse("applications:document", args=[upload.pk])
    upload.refresh_from_db()
    assert upload.passages == {str(till.pk): KIOSK} and upload.status == Upload.Status.DONE
    page = _page(client, upload)
    assert _cells(page) == ["Yes", "Not yet"]
    assert f'id="criterion-{till.pk}"' in page and "Change where you wrote about this" in page
    assert HINT not in client.get(_where(upload, till)).content.decode(), "no hint once a part is chosen"


def test_none_of_these_takes_the_choice_back(client, application, django_capture_on_commit_callbacks):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    till = application.criteria.get(position=0)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_where(upload, till), {"paragraph": 1})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_where(upload, till), {"paragraph": 0})
    upload.refresh_from_db()
    assert upload.passages == {}
    assert _cells(_page(client, upload)) == ["Not yet", "Not yet"]


def test_the_same_choice_again_is_not_checked_again(client, application, django_capture_on_commit_callbacks):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    till = application.criteria.get(position=0)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_where(upload, till), {"paragraph": 1})
    upload.refresh_from_db()
    checked = upload.checked
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = client.post(_where(upload, till), {"paragraph": 1})
    assert response["Location"] == reverse("applications:document", args=[upload.pk])
    upload.refresh_from_db()
    assert queued == [] and upload.status == Upload.Status.DONE and upload.checked == checked
    assert _cells(_page(client, upload)) == ["Yes", "Not yet"]


def test_choosing_nothing_says_what_to_do(client, application, django_capture_on_commit_callbacks):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    response = client.post(_where(upload, application.criteria.get(position=0)), {})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Error:" in page and "Choose the part of your statement that shows this" in page


def test_only_a_statement_checked_against_a_job_can_be_pointed_into(
    client, application, django_capture_on_commit_callbacks
):
    upload = _upload(client, application, django_capture_on_commit_callbacks, kind="cv")
    till = application.criteria.get(position=0)
    assert "Show us where you wrote about this" not in _page(client, upload)
    response = client.post(_where(upload, till), {"paragraph": 1})
    assert response["Location"] == reverse("applications:document", args=[upload.pk])
    upload.refresh_from_db()
    assert upload.passages == {}


def test_criteria_changed_since_the_check_get_no_link(client, application, django_capture_on_commit_callbacks):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    application.criteria.filter(position=1).update(text="Able to use a spreadsheet")
    page = _page(client, upload)
    assert page.count("Show us where you wrote about this") == 1


def test_another_residents_file_or_job_is_not_found(client, application, django_capture_on_commit_callbacks):
    upload = _upload(client, application, django_capture_on_commit_callbacks)
    other_job = Application.objects.create(owner=UserFactory(roles=["resident"]), job_title="Porter")
    other_criterion = Criterion.objects.create(application=other_job, text="Able to push beds", level="essential")
    assert client.get(_where(upload, other_criterion)).status_code == 404
    client.force_login(UserFactory(roles=["resident"]))
    assert client.post(_where(upload, application.criteria.get(position=0)), {"paragraph": 1}).status_code == 404
    upload.refresh_from_db()
    assert upload.passages == {}
