"""Downloading everything held about you (UK GDPR article 15): each kind of record is in it, with your files,
and nobody else's data ever is."""

import io
import json
import zipfile

import pytest

from django.urls import reverse
from django.utils.translation import gettext

from recruit_outreach.privacy.selectors import resident_record
from tests.factories import UserFactory
from tests.privacy_factories import resident_with_everything

pytestmark = pytest.mark.django_db

# Each kind of record the issue lists, by its key in the JSON file.
EVERY_KIND = {
    "account": 1,
    "profile": 1,
    "equality_answers": 1,
    "consents": 3,  # the share, the caseload and the hospital support
    "applications": 1,
    "answers": 1,
    "milestones": 1,
    "shares": 1,
    "comments": 1,
    "documents": 1,
    "bookings": 1,
    "waiting_lists": 1,
    "attendance": 2,  # one booked, one walk-in
    "referrals": 2,  # one linked to the account, one only by email address
    "case_notes": 1,
    "supported_person": 1,
    "appointment_requests": 1,
    "appointment_outcomes": 1,
    "volunteer": 1,
    "training": 1,
    "assignments": 1,
    "access_log": 2,
}


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def zainab():
    return resident_with_everything(
        email="zainab.quartermaine@example.org", first_name="Zainab", surname="Quartermaine"
    )


@pytest.fixture
def pawel():
    return resident_with_everything(email="pawel.nowakowski@example.org", first_name="Pawel", surname="Nowakowski")


@pytest.fixture
def zainab_client(client, zainab):
    client.force_login(zainab.user)
    return client


def download_zip(client) -> zipfile.ZipFile:
    response = client.get(reverse("privacy:your_data_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="your-data-')
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_the_json_file_has_every_kind_of_record(zainab_client, zainab, pawel):
    data = json.loads(download_zip(zainab_client).read("your-data.json"))
    assert {key: len(data[key]) for key in EVERY_KIND} == EVERY_KIND
    assert data["account"][0]["email"] == "zainab.quartermaine@example.org"
    assert data["answers"][0]["situation"] == zainab.statement_line
    assert data["access_log"][0]["staff"] == str(zainab.staff)


def test_the_zip_holds_the_files_the_resident_uploaded(zainab_client, zainab, pawel):
    archive = download_zip(zainab_client)
    data = json.loads(archive.read("your-data.json"))
    path = data["documents"][0]["file"]
    assert path == f"documents/{zainab.upload.pk}-Quartermaine CV.txt"
    assert archive.read(path) == zainab.file_bytes
    documents = [name for name in archive.namelist() if name.startswith("documents/")]
    assert documents == [path]


def test_the_readable_copy_shows_every_section_by_its_title(zainab_client, zainab):
    html = download_zip(zainab_client).read("your-data.html").decode()
    for section in resident_record(user=zainab.user):
        assert section.title in html
    assert zainab.statement_line in html
    assert "<script" not in html


def test_nothing_about_another_resident_is_in_the_export(zainab_client, pawel):
    archive = download_zip(zainab_client)
    everything = b"".join(archive.read(name) for name in archive.namelist()).decode(errors="replace")
    json_only = zainab_client.get(reverse("privacy:your_data_json")).content.decode()
    on_screen = zainab_client.get(reverse("privacy:your_data_read")).content.decode()
    for text in (everything, json_only, on_screen):
        for trace in ("pawel.nowakowski@example.org", "Nowakowski", pawel.statement_line, pawel.file_bytes.decode()):
            assert trace not in text


def test_the_json_download_matches_the_json_in_the_zip(zainab_client):
    response = zainab_client.get(reverse("privacy:your_data_json"))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Cache-Control"].startswith("private")
    in_zip = json.loads(download_zip(zainab_client).read("your-data.json"))
    assert json.loads(response.content) == in_zip


def test_a_resident_with_nothing_yet_is_told_so_for_each_section(client):
    client.force_login(UserFactory(roles=["resident"]))
    page = client.get(reverse("privacy:your_data_read")).content.decode()
    assert gettext("We keep nothing of this kind about you.") in page
    assert gettext("Who looked at your record") in page


@pytest.mark.parametrize("name", ["your_data", "your_data_read", "your_data_download", "your_data_json"])
def test_signed_out_people_are_sent_to_sign_in(client, name):
    response = client.get(reverse(f"privacy:{name}"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_settings_page_links_to_your_data(client):
    client.force_login(UserFactory(roles=["resident"]))
    page = client.get(reverse("accounts:profile")).content.decode()
    assert reverse("privacy:your_data") in page
    assert gettext("Download your data or delete your account") in page
