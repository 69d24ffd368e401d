"""Deleting an account (UK GDPR article 17): every row and file about the person goes, whichever way the
account is deleted; the staff access log about them stays, naming no one."""

from pathlib import Path

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from applications.models import Upload
from recruit_outreach.accounts.models import AccessLogEntry
from recruit_outreach.privacy.services import account_delete
from tests.factories import PASSWORD, UserFactory
from tests.mfa import enable_totp
from tests.privacy_factories import resident_with_everything
from tests.unit.accounts.test_admin_access import sign_in

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def admin_client_with_mfa(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    sign_in(client, admin, enable_totp(admin))
    return client


@pytest.fixture
def zainab():
    return resident_with_everything(
        email="zainab.quartermaine@example.org", first_name="Zainab", surname="Quartermaine"
    )


@pytest.fixture
def other():
    """Another resident with the same kinds of data, which must all survive."""
    return resident_with_everything(email="pawel.nowakowski@example.org", first_name="Pawel", surname="Nowakowski")


def traces(*, pk: int, needles: tuple[str, ...]) -> list[str]:
    """Every table that still holds the person: a link to their user id (foreign key, many-to-many or generic
    link) or a text column containing one of ``needles`` (their email address, their surname)."""
    user_model = get_user_model()
    user_type = ContentType.objects.get_for_model(user_model)
    found = []
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        for field in model._meta.concrete_fields:
            rows = model._base_manager.all()
            if field.is_relation and field.related_model is user_model:
                if rows.filter(**{field.attname: pk}).exists():
                    found.append(f"{table}.{field.column} = {pk}")
            elif isinstance(field, TEXT_FIELDS):
                as_text = rows.annotate(_as_text=Cast(field.name, models.TextField()))
                for needle in needles:
                    if as_text.filter(_as_text__icontains=needle).exists():
                        found.append(f"{table}.{field.column} contains {needle!r}")
        for generic in (f for f in model._meta.private_fields if isinstance(f, GenericForeignKey)):
            about_user = {f"{generic.ct_field}": user_type, f"{generic.fk_field}": pk}
            if model._base_manager.filter(**about_user).exists():
                found.append(f"{table}.{generic.fk_field} -> user {pk}")
    return found


def stored_files(root: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in Path(root).rglob("*") if path.is_file()} if Path(root).exists() else {}


def test_the_scan_finds_the_person_before_deletion(zainab):
    """The scan itself works: before deletion it finds the person in many tables."""
    found = traces(pk=zainab.user.pk, needles=(zainab.user.email, zainab.surname))
    assert len(found) > 20, found


def test_deleting_an_account_leaves_no_row_and_no_file_about_the_person(
    zainab, other, private_files, django_capture_on_commit_callbacks
):
    pk, email = zainab.user.pk, zainab.user.email
    files_before = stored_files(private_files)
    assert zainab.file_bytes in files_before.values()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=zainab.user)

    assert traces(pk=pk, needles=(email, zainab.surname, zainab.statement_line)) == []
    files_after = stored_files(private_files)
    assert zainab.file_bytes not in files_after.values()
    assert other.file_bytes in files_after.values()
    assert traces(pk=other.user.pk, needles=(other.user.email,)) != []
    assert Upload.objects.filter(owner=other.user).count() == 1


def test_the_access_log_is_kept_without_naming_the_person(zainab, django_capture_on_commit_callbacks):
    before = AccessLogEntry.objects.filter(resident=zainab.user).count()
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=zainab.user)

    kept = list(AccessLogEntry.objects.filter(resident__isnull=True))
    assert len(kept) == before == 2
    assert {entry.staff for entry in kept} == {zainab.staff}
    assert len({entry.erased_ref for entry in kept}) == 1 and kept[0].erased_ref
    assert all(entry.label == "" and entry.target_id is None for entry in kept)
    with translation.override("en"):
        assert kept[0].resident_email == gettext("Deleted resident %(reference)s") % {"reference": kept[0].erased_ref}


def test_deleting_someone_else_in_the_admin_removes_their_files_too(
    zainab, admin_client_with_mfa, private_files, django_capture_on_commit_callbacks
):
    pk, email = zainab.user.pk, zainab.user.email
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_with_mfa.post(reverse("wagtailusers_users:delete", args=[pk]))

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=pk).exists()
    assert zainab.file_bytes not in stored_files(private_files).values()
    assert traces(pk=pk, needles=(email, zainab.surname)) == []


def test_deleting_an_upload_row_any_other_way_removes_its_file(
    zainab, private_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Upload.objects.filter(pk=zainab.upload.pk).delete()
    assert zainab.file_bytes not in stored_files(private_files).values()


def test_a_rolled_back_deletion_keeps_the_files(zainab, private_files, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        account_delete(user=zainab.user)
    assert callbacks  # the file deletions wait for the commit, which a rollback never reaches
    assert zainab.file_bytes in stored_files(private_files).values()


def test_the_resident_deletes_their_own_account_after_typing_their_password(
    client, zainab, django_capture_on_commit_callbacks
):
    client.force_login(zainab.user)
    url = reverse("privacy:account_delete")

    wrong = client.post(url, {"password": "not-my-password"})
    assert wrong.status_code == 200
    assert gettext("The password is not right. Check it and try again.") in wrong.content.decode()
    assert get_user_model().objects.filter(pk=zainab.user.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url, {"password": PASSWORD}, follow=True)
    assert gettext("Your account has been deleted") in done.content.decode()
    assert not get_user_model().objects.filter(pk=zainab.user.pk).exists()
    assert "_auth_user_id" not in client.session


def test_signed_out_people_cannot_reach_the_delete_page(client):
    response = client.post(reverse("privacy:account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_delete_page_works_without_javascript(client):
    """A plain form: a password field and a submit button, posting back to the page."""
    user = UserFactory(roles=["resident"])
    client.force_login(user)
    page = client.get(reverse("privacy:account_delete")).content.decode()
    assert f'action="{reverse("privacy:account_delete")}"' in page
    assert 'type="password"' in page and 'type="submit"' in page
    assert gettext("You cannot undo this") in page
