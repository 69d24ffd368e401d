"""A resident's optional equality answers: asked with their purpose, theirs to change or delete, and never
shown to staff one person at a time."""

import pytest

from django.contrib.auth.models import Permission
from django.db import connection
from django.urls import get_resolver, reverse

from recruit_outreach.accounts import roles
from recruit_outreach.programmes.equality import EqualityAnswers
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUESTIONS = reverse("programmes:equality_questions")
DELETE = reverse("programmes:equality_delete")


@pytest.fixture
def resident(client):
    user = UserFactory(roles=[roles.RESIDENT])
    client.force_login(user)
    return user


def test_the_settings_page_links_to_the_equality_questions(client, resident):
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Equality questions (optional)" in page
    assert f'href="{QUESTIONS}"' in page


def test_the_questions_say_why_we_ask_and_that_every_one_is_optional(client, resident):
    page = client.get(QUESTIONS).content.decode()
    assert "<h1>Equality questions (optional)</h1>" in page
    assert "to check that our help works for everyone" in page
    assert "No member of staff can see your answers" in page
    assert "Skip any question you want to" in page
    for question in ("What is your ethnic group?", "Do you have a disability", "What is your sex?", "How old are you?"):
        assert question in page
    assert "Asian or Asian British" in page and "Gypsy or Irish Traveller" in page
    assert 'type="radio"' in page and "<script" not in page.split("<main")[1].split("</main>")[0]
    assert "Delete my answers" not in page, "nothing to delete yet"


def test_a_resident_answers_some_questions_and_skips_the_rest(client, resident):
    response = client.post(QUESTIONS, {"ethnic_group": "asian_pakistani", "disability": "prefer_not_to_say"})
    assert response["Location"] == reverse("accounts:profile")
    answers = EqualityAnswers.objects.get(user=resident)
    assert (answers.ethnic_group, answers.disability, answers.sex, answers.age_band) == (
        "asian_pakistani",
        "prefer_not_to_say",
        "",
        "",
    )
    assert "Your answers have been saved" in client.get(reverse("accounts:profile")).content.decode()


def test_saved_answers_are_shown_ticked_and_can_be_changed(client, resident):
    client.post(QUESTIONS, {"ethnic_group": "asian_pakistani", "religion": "muslim"})
    page = client.get(QUESTIONS).content.decode()
    assert 'value="asian_pakistani" checked' in page and 'value="muslim" checked' in page
    client.post(QUESTIONS, {"ethnic_group": "white_irish"})
    answers = EqualityAnswers.objects.get(user=resident)
    assert (answers.ethnic_group, answers.religion) == ("white_irish", "")
    assert EqualityAnswers.objects.count() == 1


def test_answering_nothing_keeps_nothing(client, resident):
    client.post(QUESTIONS, {"sex": "female"})
    client.post(QUESTIONS, {})
    assert not EqualityAnswers.objects.filter(user=resident).exists()


def test_an_answer_that_is_not_on_the_list_is_refused(client, resident):
    response = client.post(QUESTIONS, {"ethnic_group": "martian"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not EqualityAnswers.objects.exists()


def test_delete_my_answers_asks_first_then_removes_everything(client, resident):
    client.post(QUESTIONS, {"ethnic_group": "black_african", "age_band": "25_34"})
    assert "Delete my answers" in client.get(QUESTIONS).content.decode()
    confirm = client.get(DELETE).content.decode()
    assert "This cannot be undone" in confirm
    assert EqualityAnswers.objects.filter(user=resident).exists(), "looking at the page deletes nothing"
    response = client.post(DELETE)
    assert response["Location"] == reverse("accounts:profile")
    assert not EqualityAnswers.objects.filter(user=resident).exists()
    assert "Your equality answers have been deleted" in client.get(reverse("accounts:profile")).content.decode()


def test_a_resident_sees_only_their_own_answers(client, resident):
    EqualityAnswers.objects.create(user=UserFactory(), ethnic_group="other_arab")
    page = client.get(QUESTIONS).content.decode()
    assert "checked" not in page
    client.post(DELETE)
    assert EqualityAnswers.objects.filter(ethnic_group="other_arab").exists(), "another person's answers stay"


def test_signing_in_is_needed(client):
    for address in (QUESTIONS, DELETE):
        response = client.get(address)
        assert response.status_code == 302
        assert "/account/login/" in response["Location"]


def test_deleting_the_account_deletes_the_answers(resident):
    EqualityAnswers.objects.create(user=resident, ethnic_group="other_arab")
    resident.delete()
    assert not EqualityAnswers.objects.exists()


def test_the_answers_are_stored_apart_in_their_own_table():
    assert EqualityAnswers._meta.db_table == "programmes_equality_answers"
    assert "programmes_equality_answers" in connection.introspection.table_names()
    assert str(EqualityAnswers(ethnic_group="asian_indian")) == "Equality answers", "no answer leaks into text"


def test_the_admin_has_no_address_for_equality_answers_and_no_role_may_see_them():
    from wagtail.snippets.models import get_snippet_models

    names = []

    def collect(patterns, prefix=""):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                collect(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                names.append((prefix + str(pattern.pattern), pattern.name or ""))

    collect(get_resolver().url_patterns)
    admin_addresses = [(route, name) for route, name in names if route.startswith("admin/")]
    assert admin_addresses, "the admin's addresses were found"
    assert not [route for route, name in admin_addresses if "equality" in route.lower() or "equality" in name.lower()]
    assert EqualityAnswers not in get_snippet_models()
    permissions = Permission.objects.filter(content_type__model="equalityanswers", group__isnull=False)
    assert not permissions.exists()


@pytest.mark.parametrize("role", [roles.PROGRAMME_ADMIN, roles.OUTREACH_WORKER, None])
def test_no_staff_page_shows_one_persons_answers(client, sign_in_staff, role):
    resident = UserFactory(first_name="Zara", last_name="Example")
    EqualityAnswers.objects.create(user=resident, ethnic_group="white_gypsy_traveller", age_band="55_64")
    staff = sign_in_staff(role, is_superuser=role is None)
    assert client.get("/admin/").status_code == 200
    pages = ["/admin/", reverse("wagtailusers_users:index"), reverse("wagtailusers_users:edit", args=[resident.pk])]
    for address in [*pages, reverse("wagtailusers_users:index") + "?q=Zara"]:
        response = client.get(address, follow=True)
        assert response.status_code == 200
        text = response.content.decode()
        for answer in ("Gypsy or Irish Traveller", "55 to 64", "white_gypsy_traveller", "55_64"):
            assert answer not in text, f"{address} shows {answer} to {staff}"
