import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page

from cms.models import EasyReadPage, EmployerResourcePage, GlossaryTerm, HomePage, JobGuidePage, StandardPage
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Borough
from recruit_outreach.outreach.demo import DEMO_RESIDENTS
from recruit_outreach.outreach.models import SupportSession, Venue
from recruit_outreach.outreach.volunteering import demo as volunteering_demo

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
            direction = ' dir="rtl"' if code in RTL else ""
            assert f'href="/{code}/get-help/" hreflang="{code}" lang="{code}"{direction}>' in html
    assert 'aria-current="true">English</span>' in html


def test_language_switcher_on_an_app_page_keeps_the_path(client, demo_site):
    html = client.get("/en/account/login/").content.decode()
    assert 'href="/ar/account/login/"' in html


def test_journey_cards_link_to_pages_in_the_same_language(client, demo_site):
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/get-help/"' in html
    assert 'href="/ar/employers/"' in html
    assert 'href="/ar/support-sessions/"' in html
    assert 'href="/ar/about/"' in html


def test_standard_page_has_breadcrumbs_back_to_home(client, demo_site):
    html = client.get("/en/employers/").content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert 'href="/en/"' in html


def test_skip_link_and_main_landmark_are_on_every_page(client, demo_site):
    for path in ("/en/", "/en/get-help/", "/en/account/login/"):
        html = client.get(path).content.decode()
        assert 'href="#maincontent"' in html
        assert 'id="maincontent"' in html


@pytest.mark.parametrize("language", ["en", "ar", "ro"])
def test_demo_library_is_published_in_english_arabic_and_romanian(demo_site, language):
    live = {"locale__language_code": language, "alias_of__isnull": True}
    assert JobGuidePage.objects.live().filter(**live).count() >= 6
    assert EmployerResourcePage.objects.live().filter(**live).count() >= 4
    assert EasyReadPage.objects.live().filter(**live).count() >= 3
    assert StandardPage.objects.live().filter(**live, slug="accessibility-statement").exists()
    assert GlossaryTerm.objects.filter(locale__language_code=language).count() >= 10


def test_untranslated_pages_fall_back_to_english_with_a_notice_in_the_readers_language(client, demo_site):
    html = client.get("/pl/get-help/how-nhs-applications-work/").content.decode()
    english = JobGuidePage.objects.get(locale__language_code="en", slug="how-nhs-applications-work")
    assert '<html lang="pl"' in html
    with translation.override("pl"):
        notice = gettext("This page is not in your language yet, so we are showing it in English.")
    assert notice != "This page is not in your language yet, so we are showing it in English."
    assert notice in html
    assert f"<h1>{english.title}</h1>" in html
    assert '<div lang="en" dir="ltr">' in html, "screen readers read the English content as English"


def test_translated_guide_is_in_its_own_language_without_the_notice(client, demo_site):
    arabic = JobGuidePage.objects.get(locale__language_code="ar", slug="how-nhs-applications-work", alias_of=None)
    html = client.get(arabic.url).content.decode()
    assert f"<h1>{arabic.title}</h1>" in html
    assert '<div lang="en"' not in html
    assert "nhsuk-inset-text" not in html.split("<h1>")[0]


def test_sitemap_lists_each_translation_with_hreflang_alternates(client, demo_site):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/en/get-help/how-nhs-applications-work/</loc>" in xml
    assert "<loc>http://localhost/ar/get-help/how-nhs-applications-work/</loc>" in xml
    assert 'hreflang="ro" href="http://localhost/ro/get-help/how-nhs-applications-work/"' in xml
    assert 'hreflang="x-default" href="http://localhost/en/get-help/how-nhs-applications-work/"' in xml
    assert "/pl/get-help/how-nhs-applications-work/" not in xml, "English shown under /pl/ is not a translation"


def test_robots_txt_points_to_the_sitemap_and_keeps_private_areas_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text and "Disallow: /*/account/" in text


def test_pages_have_a_title_a_description_and_hreflang_links(client, demo_site):
    page = JobGuidePage.objects.get(locale__language_code="en", slug="writing-a-supporting-statement")
    html = client.get(page.url).content.decode()
    assert f"<title>{page.title} - " in html
    assert f'<meta name="description" content="{page.search_description}">' in html
    arabic = "http://localhost/ar/get-help/writing-a-supporting-statement/"
    assert f'<link rel="alternate" hreflang="ar" href="{arabic}">' in html


def test_search_finds_pages_in_the_readers_language_only(client, demo_site):
    english = client.get("/en/search/", {"q": "interview"}).content.decode()
    assert "/en/get-help/nhs-job-interviews/" in english
    assert "/ar/" not in english.split('id="maincontent"')[1].split("</main>")[0]
    arabic_title = JobGuidePage.objects.get(locale__language_code="ar", slug="nhs-job-interviews", alias_of=None).title
    arabic = client.get("/ar/search/", {"q": arabic_title.split()[0]}).content.decode()
    assert "/ar/get-help/nhs-job-interviews/" in arabic
    assert "0 results" in client.get("/en/search/", {"q": "zzzqqq"}).content.decode()


def test_anonymous_pages_are_cached_and_publishing_purges_them(client, demo_site, django_assert_num_queries):
    page = StandardPage.objects.get(locale__language_code="en", slug="contact")
    assert client.get(page.url).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(page.url).status_code == 200
    page.title = "Get in touch with us"
    page.save_revision().publish()
    assert "<h1>Get in touch with us</h1>" in client.get(page.url).content.decode()


def test_signed_in_readers_always_get_a_fresh_page(client, demo_site):
    from tests.factories import UserFactory

    page = StandardPage.objects.get(locale__language_code="en", slug="contact")
    client.get(page.url)
    client.force_login(UserFactory())
    assert "Your settings" in client.get(page.url).content.decode(), "not the cached anonymous page"


def test_footer_links_to_the_accessibility_statement_in_the_readers_language(client, demo_site):
    html = client.get("/ar/").content.decode()
    footer = html.split("<footer")[1]
    assert 'href="/ar/accessibility-statement/"' in footer and 'href="/ar/privacy/"' in footer


def test_review_report_lists_pages_past_their_review_date(client, demo_site):
    from datetime import date, timedelta

    from recruit_outreach.accounts import roles
    from tests.factories import UserFactory
    from tests.mfa import enable_totp
    from tests.unit.accounts.test_admin_access import sign_in

    overdue = JobGuidePage.objects.get(locale__language_code="en", slug="right-to-work")
    overdue.next_review_due = date.today() - timedelta(days=3)
    overdue.last_reviewed = date.today() - timedelta(days=400)
    overdue.save()
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor, enable_totp(editor))
    html = client.get("/admin/reports/review-due/").content.decode()
    assert overdue.title in html
    current = JobGuidePage.objects.get(locale__language_code="en", slug="nhs-job-interviews")
    assert current.title not in html


# A plain test, not Django's TestCase: its tearDownClass closes the database connection, which would end
# the module's shared demo transaction (see tests/conftest.py).
def test_where_home_and_standard_pages_can_be_created():
    assert HomePage.can_exist_under(Page.get_first_root_node())
    assert StandardPage in HomePage.allowed_subpage_models()
    assert StandardPage in StandardPage.allowed_subpage_models()
    assert HomePage not in StandardPage.allowed_subpage_models()


def test_seed_demo_is_idempotent_and_makes_one_user_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Page.objects.count(), get_user_model().objects.count())
    call_command("seed_demo")
    assert (Page.objects.count(), get_user_model().objects.count()) == counts
    # One per role, the residents who book sessions, more volunteers and the people they support.
    extra_volunteers = len(volunteering_demo.VOLUNTEERS) - 1  # the first is the demo volunteer
    expected = len(roles.ALL_ROLES) + len(DEMO_RESIDENTS) + extra_volunteers + len(volunteering_demo.PEOPLE)
    assert get_user_model().objects.count() == expected
    assert SupportSession.objects.upcoming().filter(waiting_list__isnull=False).exists()
    assert set(Venue.objects.values_list("borough", flat=True)) == {b for b in Borough.values if b != Borough.OTHER}
    assert "password" in capsys.readouterr().out


@pytest.mark.parametrize("code", LANGUAGES)
def test_demo_home_page_has_its_body_in_every_language(client, demo_site, code):
    home = HomePage.objects.get(locale__language_code=code)
    assert home.body, f"{code}: seed_demo left the home page body empty"
    html = client.get(f"/{code}/").content.decode()
    assert home.body.split("</h2>")[0].split(">")[-1] in html, "the body's heading is on the page"


def test_seed_demo_refuses_to_create_users_when_debug_is_off(settings, capsys):
    settings.DEBUG = False
    call_command("seed_demo")
    output = capsys.readouterr()
    assert get_user_model().objects.count() == 0
    assert "password" not in output.out
    assert "no demo users were created" in output.err
    assert HomePage.objects.filter(locale__language_code="en").exists()
