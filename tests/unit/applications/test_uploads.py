"""Uploaded CVs and statements: stored privately, checked by a Celery task, shown only to their owner."""

import random
from pathlib import Path

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications import upload_checking
from applications.checks import DEFAULT_LIMITS, DocumentError, read_document
from applications.models import Application, Criterion, Upload
from applications.upload_checking import upload_check
from applications.uploads import upload_store
from tests.factories import UserFactory
from tests.unit.checks.builders import blank_docx, docx_bytes, hostile_files

pytestmark = pytest.mark.django_db

STATEMENT = (
    "I have cared for my grandmother for three years. I help her wash, dress and take her tablets each day. "
    "I keep a diary of her medicines so the district nurse can see what she has taken. "
    "When she fell last winter, I stayed calm, called 999 and told the paramedics what had happened. "
    "I learned that clear notes help the whole team. I also volunteer at a food bank every Saturday, "
    "where I work with a team of ten people and talk with families who need help. "
    "I would bring the same care and patience to the ward."
)


@pytest.fixture(autouse=True)
def storage(settings, tmp_path):
    """Private, public and static files each in their own folder, so the tests can see where files go."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    return settings


@pytest.fixture
def resident():
    return UserFactory(roles=["resident"], first_name="Amina", last_name="Okafor")


@pytest.fixture
def resident_client(client, resident):
    client.force_login(resident)
    return client


def word_statement() -> bytes:
    document = blank_docx()
    document.core_properties.author = "Amina Okafor"
    document.add_paragraph(STATEMENT)
    return docx_bytes(document)


def post_file(client, name: str, content: bytes, kind: str = "statement", **extra):
    return client.post(
        reverse("applications:documents"), {"kind": kind, "file": SimpleUploadedFile(name, content), **extra}
    )


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_an_upload_is_stored_under_a_random_private_name(resident, storage, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        upload = upload_store(
            owner=resident, kind="cv", file=SimpleUploadedFile("Amina Okafor CV.txt", STATEMENT.encode())
        )

    path = Path(upload.file.path).resolve()
    assert path.is_relative_to(Path(storage.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(storage.MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(storage.STATIC_ROOT).resolve())
    assert "Amina" not in path.name and "Okafor" not in path.name
    assert path.read_bytes() == STATEMENT.encode()
    assert upload.original_name == "Amina Okafor CV.txt"
    assert upload.status == Upload.Status.QUEUED
    assert stored_files(Path(storage.MEDIA_ROOT)) == []


def test_two_uploads_with_the_same_name_get_different_files(resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        first = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"One CV."))
        second = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"Another CV."))
    assert first.file.name != second.file.name


def test_the_check_is_queued_only_when_the_upload_commits(resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        upload = upload_store(owner=resident, kind="statement", file=SimpleUploadedFile("s.txt", b"Hello."))
    assert len(callbacks) == 1
    upload.refresh_from_db()
    assert upload.status == Upload.Status.QUEUED


def test_a_text_statement_uploaded_on_the_page_is_checked(
    resident_client, resident, django_capture_on_commit_callbacks
):
    text = STATEMENT + " Email me at amina@example.org."
    with django_capture_on_commit_callbacks(execute=True):
        response = post_file(resident_client, "statement.txt", text.encode())

    upload = Upload.objects.get(owner=resident)
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:document", args=[upload.pk])
    assert upload.status == Upload.Status.DONE
    assert upload.checked is not None
    assert upload.report["stats"]["words"] > 50
    codes = [finding["code"] for finding in upload.report["findings"]]
    assert "personal_info.email" in codes

    page = resident_client.get(response["Location"]).content.decode()
    assert "Checked" in page
    assert "This is an email address. The panel should not see it." in page
    assert "amina@example.org" in page  # the words the finding is about, so the resident can find them
    assert "Check again for results" not in page


def test_a_word_statement_is_checked_and_findings_are_grouped(
    resident_client, resident, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_file(resident_client, "My statement.docx", word_statement())

    upload = Upload.objects.get(owner=resident)
    assert upload.status == Upload.Status.DONE
    author = next(f for f in upload.report["findings"] if f["code"] == "docx.author_metadata")
    # Stored untranslated with its values, so each reader sees it in their own language.
    assert author["message"] == "The file's details hold a name: %(name)s. The reader can see it."
    assert author["params"] == {"name": "Amina Okafor"}

    page = resident_client.get(reverse("applications:document", args=[upload.pk])).content.decode()
    assert "Think about these" in page
    assert "The file&#x27;s details hold a name: Amina Okafor. The reader can see it." in page
    assert "Words" in page and "Reading age" in page


def test_a_statement_for_a_job_is_checked_against_its_criteria(
    resident_client, resident, django_capture_on_commit_callbacks
):
    application = Application.objects.create(owner=resident, job_title="Healthcare Assistant")
    Criterion.objects.create(application=application, text="Experience of caring for people", level="essential")
    Criterion.objects.create(application=application, text="Forklift truck licence", level="essential")

    with django_capture_on_commit_callbacks(execute=True):
        post_file(resident_client, "statement.txt", STATEMENT.encode(), application=application.pk)

    upload = Upload.objects.get(owner=resident)
    assert upload.application == application
    coverage = {row["text"]: row["covered"] for row in upload.report["coverage"]}
    assert coverage == {"Experience of caring for people": True, "Forklift truck licence": False}
    page = resident_client.get(reverse("applications:document", args=[upload.pk])).content.decode()
    assert "What the job asks for" in page and "Forklift truck licence" in page


def test_a_resident_cannot_check_against_someone_elses_job(resident_client, resident):
    other = UserFactory().applications.create(job_title="Someone else's job")
    Application.objects.create(owner=resident, job_title="My job")

    response = post_file(resident_client, "statement.txt", STATEMENT.encode(), application=other.pk)

    assert response.status_code == 200
    assert not Upload.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("statement.docx", b"MZ\x90\x00\x03" + b"\x00" * 200),  # a Windows program
        ("statement.docx", random.Random(5).randbytes(4096)),  # random bytes
        ("cv.pdf", STATEMENT.encode()),  # text pretending to be a PDF
        ("cv.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),  # a picture
        ("statement.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),  # old Word format
    ],
)
def test_a_disguised_or_unsupported_file_is_refused(resident_client, storage, name, content):
    response = post_file(resident_client, name, content)

    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'href="#id_file"' in page
    assert not Upload.objects.exists()
    assert stored_files(Path(storage.PRIVATE_MEDIA_ROOT)) == []


def test_a_file_over_5_mb_is_refused(resident_client):
    response = post_file(resident_client, "big.txt", b"a" * (5 * 1024 * 1024 + 1))

    assert "This file is too big. The largest file you can upload is 5 MB." in response.content.decode()
    assert not Upload.objects.exists()


def test_choosing_nothing_shows_what_to_fix(resident_client):
    response = resident_client.post(reverse("applications:documents"), {})

    page = response.content.decode()
    assert "Choose if this is a CV or a supporting statement" in page
    assert 'href="#id_kind_0"' in page
    assert "Choose a file to upload" in page


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("zip_bomb.docx", "This Word file opens up far too big. We cannot check it safely."),
        ("truncated.docx", "This file is damaged or not finished saving. Save it again and try again."),
        ("macros.docm", "This Word file has macros in it."),
    ],
)
def test_a_hostile_or_broken_word_file_fails_with_a_reason(
    resident_client, resident, tmp_path, django_capture_on_commit_callbacks, name, reason
):
    folder = tmp_path / "hostile"
    folder.mkdir()
    path = hostile_files(folder)[name]

    with django_capture_on_commit_callbacks(execute=True):
        post_file(resident_client, name, path.read_bytes())

    upload = Upload.objects.get(owner=resident)
    assert upload.status == Upload.Status.FAILED
    assert upload.error.startswith(reason)
    page = resident_client.get(reverse("applications:document", args=[upload.pk])).content.decode()
    assert "Could not be checked" in page
    assert reason in page
    assert "Try another file" in page


def test_an_unexpected_error_fails_with_a_general_message(resident, monkeypatch, django_capture_on_commit_callbacks):
    def broken(*args, **kwargs):
        raise RuntimeError("parser crashed")

    monkeypatch.setattr(upload_checking.checks, "check_document", broken)
    with django_capture_on_commit_callbacks(execute=False):
        upload = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"My CV."))

    assert upload_check(upload_id=upload.pk) == Upload.Status.FAILED
    upload.refresh_from_db()
    assert upload.error == upload_checking.CHECK_FAILED
    assert "parser crashed" not in upload.error


def test_running_the_check_twice_is_safe(resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        upload = upload_store(owner=resident, kind="statement", file=SimpleUploadedFile("s.txt", b"Hello."))

    assert upload_check(upload_id=upload.pk) == Upload.Status.DONE
    upload.refresh_from_db()
    first = (upload.checked, upload.report)
    assert upload_check(upload_id=upload.pk) == Upload.Status.DONE
    upload.refresh_from_db()
    assert (upload.checked, upload.report) == first
    assert upload_check(upload_id=upload.pk + 1000) == "missing"


def test_the_status_page_offers_a_refresh_link_while_queued(
    resident_client, resident, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        post_file(resident_client, "statement.txt", STATEMENT.encode())
    upload = Upload.objects.get(owner=resident)
    url = reverse("applications:document", args=[upload.pk])

    page = resident_client.get(url).content.decode()

    assert "Waiting to be checked" in page
    assert f'<a href="{url}">Check again for results</a>' in page
    assert 'aria-live="polite"' in page
    assert '<script type="module" src="/static/js/document-status.js"></script>' in page  # polls while queued


def test_the_list_shows_your_files_and_the_upload_form(resident_client, resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_file(resident_client, "<b>my cv<b>.txt", STATEMENT.encode(), kind="cv")
    other = UserFactory()
    with django_capture_on_commit_callbacks(execute=False):
        upload_store(owner=other, kind="cv", file=SimpleUploadedFile("not-mine.txt", b"Their CV."))

    page = resident_client.get(reverse("applications:documents")).content.decode()

    assert "&lt;b&gt;my cv&lt;b&gt;.txt" in page
    assert "not-mine.txt" not in page
    assert 'class="nhsuk-tag nhsuk-tag--green">Checked<' in page
    assert 'accept=".docx,.pdf,.txt"' in page
    assert "Word, PDF or text, up to 5 MB" in page
    assert 'type="radio"' in page and 'value="cv"' in page and 'value="statement"' in page


def test_the_owner_can_download_their_file(resident_client, resident, django_capture_on_commit_callbacks):
    content = word_statement()  # once: a .docx made a few seconds later has other zip timestamps
    with django_capture_on_commit_callbacks(execute=False):
        post_file(resident_client, "My CV.docx", content, kind="cv")
    upload = Upload.objects.get(owner=resident)

    response = resident_client.get(reverse("applications:document_file", args=[upload.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'attachment; filename="My CV.docx"'
    assert b"".join(response.streaming_content) == content


def test_another_resident_gets_404_for_someone_elses_file(client, resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", STATEMENT.encode()))
    client.force_login(UserFactory(roles=["resident"]))

    assert client.get(reverse("applications:document", args=[upload.pk])).status_code == 404
    assert client.get(reverse("applications:document_file", args=[upload.pk])).status_code == 404
    assert client.post(reverse("applications:document_recheck", args=[upload.pk])).status_code == 404
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE


def test_signed_out_visitors_are_sent_to_sign_in(client, resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        upload = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"CV."))

    response = client.get(reverse("applications:document_file", args=[upload.pk]))

    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_check_again_runs_the_check_again(resident_client, resident, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_file(resident_client, "statement.txt", STATEMENT.encode())
    upload = Upload.objects.get(owner=resident)
    Upload.objects.filter(pk=upload.pk).update(report={"stats": {}, "findings": []})
    url = reverse("applications:document_recheck", args=[upload.pk])

    assert resident_client.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = resident_client.post(url)
    upload.refresh_from_db()
    assert response["Location"] == reverse("applications:document", args=[upload.pk])
    assert upload.status == Upload.Status.QUEUED and upload.report is None and upload.checked is None

    callbacks[0]()
    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE
    assert upload.report["stats"]["words"] > 50 and "findings" in upload.report


@pytest.mark.parametrize(
    ("status", "colour"), [("queued", "grey"), ("checking", "blue"), ("done", "green"), ("failed", "red")]
)
def test_each_status_has_its_own_colour_on_the_list_and_the_page(resident_client, resident, status, colour):
    upload = Upload.objects.create(
        owner=resident, kind="cv", file="documents/cv.txt", original_name="cv.txt", status=status
    )
    assert upload.status_colour == colour
    tag = f'class="nhsuk-tag nhsuk-tag--{colour}">{upload.get_status_display()}<'
    for page in (reverse("applications:documents"), reverse("applications:document", args=[upload.pk])):
        assert tag in resident_client.get(page).content.decode()


def test_one_size_limit_for_every_file_a_resident_gives_us(resident_client):
    megabytes = DEFAULT_LIMITS.max_megabytes
    too_big = b"a" * (DEFAULT_LIMITS.max_bytes + 1)
    assert megabytes == 5

    job = resident_client.post(reverse("applications:job_new"), {"upload": SimpleUploadedFile("advert.txt", too_big)})
    assert f"The file is bigger than {megabytes} MB." in job.content.decode()
    assert f"Word, PDF or text file, up to {megabytes} MB." in job.content.decode()
    page = post_file(resident_client, "big.txt", too_big).content.decode()
    assert f"The largest file you can upload is {megabytes} MB." in page
    with pytest.raises(DocumentError) as error:
        read_document(too_big)
    assert error.value.params == {"megabytes": megabytes}


def test_a_check_stopped_by_the_task_time_limit_fails_with_a_reason(
    resident, monkeypatch, django_capture_on_commit_callbacks
):
    from celery.exceptions import SoftTimeLimitExceeded

    from applications.checks.errors import TOO_SLOW

    def slow(*args, **kwargs):
        raise SoftTimeLimitExceeded

    monkeypatch.setattr(upload_checking.checks, "check_document", slow)
    with django_capture_on_commit_callbacks(execute=False):
        upload = upload_store(owner=resident, kind="cv", file=SimpleUploadedFile("cv.txt", b"My CV."))

    assert upload_check(upload_id=upload.pk) == Upload.Status.FAILED
    upload.refresh_from_db()
    assert upload.error == TOO_SLOW
