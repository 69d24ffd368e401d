import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _ in settings.LANGUAGES]
RTL = {"ar", "ur", "fa"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_is_served_in_every_language_with_lang_and_direction(client, demo_site, code):
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    direction = "rtl" if code in RTL else "ltr"
    assert f'<html lang="{code}" dir="{direction}"' in html
    home = HomePage.objects.get(locale__language_code=code)
    assert f"<h1>{home.title}</h1>" in html
    assert html.count("nhsuk-card__link") == 4, "the four journeys"
    assert "This page is not in your language yet" not in html


def test_the_site_root_redirects_to_a_language(client, demo_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 302
    assert response["Location"] == "/pl/"


def test_language_switcher_keeps_you_on_the_same_page(client, demo_site):
    html = client.get("/en/get-help/").content.decode()
    for code in LANGUAGES:
        if code != "en":
            assert f'href="/{code}/get-help/" lang="{code}" hreflang="{code}"' in html
    assert 'aria-current="true">English</span>' in html


def test_language_switcher_on_an_app_page_keeps_the_path(client, demo_site):
    html = client.get("/en/account/login/").content.decode()
    assert 'href="/ar/account/login/"' in html


def test_journey_cards_link_to_pages_in_the_same_language(client, demo_site):
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/get-help/"' in html
    assert 'href="/ar/employers/"' in html
    assert 'href="/ar/support-sessions/"' in html
    assert 'href="/admin/"' in html


def test_standard_page_has_breadcrumbs_back_to_home(client, demo_site):
    html = client.get("/en/employers/").content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert 'href="/en/"' in html


def test_skip_link_and_main_landmark_are_on_every_page(client, demo_site):
    for path in ("/en/", "/en/get-help/", "/en/account/login/"):
        html = client.get(path).content.decode()
        assert 'href="#maincontent"' in html
        assert 'id="maincontent"' in html


class TestPageRules(WagtailPageTestCase):
    def test_where_pages_can_be_created(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


def test_seed_demo_is_idempotent_and_makes_one_user_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Page.objects.count(), get_user_model().objects.count())
    call_command("seed_demo")
    assert (Page.objects.count(), get_user_model().objects.count()) == counts
    assert get_user_model().objects.count() == 6
    assert "password" in capsys.readouterr().out


def test_seed_demo_refuses_to_create_users_when_debug_is_off(settings, capsys):
    settings.DEBUG = False
    call_command("seed_demo")
    output = capsys.readouterr()
    assert get_user_model().objects.count() == 0
    assert "password" not in output.out
    assert "no demo users were created" in output.err
    assert HomePage.objects.filter(locale__language_code="en").exists()
