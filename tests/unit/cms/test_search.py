"""Site search: titles first, word forms in every language, bad input answered plainly, few queries.

These run on SQLite by default and on PostgreSQL with DATABASE_URL=postgres://…: the two ranking paths in
cms/search.py must agree on what readers see.
"""

import re

import pytest

from django.core.cache import cache

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms.models import StandardPage
from tests.unit.cms import builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def site(db):
    return builders.site_with_every_page_type()


def standard(parent, title: str, intro: str = "", body: str = "", language: str | None = None) -> StandardPage:
    slug = re.sub(r"\W+", "-", title.lower()).strip("-") or "page"
    page = StandardPage(title=title, slug=f"{slug}-{StandardPage.objects.count()}", intro=intro)
    if body:
        page.body = [("paragraph", RichText(f"<p>{body}</p>"))]
    if language:
        page.locale = Locale.objects.get(language_code=language)
    return builders.publish(parent, page)


def translated_home(site, language: str):
    return site["home"].copy_for_translation(Locale.objects.get(language_code=language))


def result_titles(response) -> list[str]:
    html = response.content.decode()
    if "app-search-results" not in html:
        return []
    results = html.split('class="nhsuk-list app-search-results"')[1].split("</ul>")[0]
    return re.findall(r"<h3[^>]*><a [^>]*>([^<]+)</a>", results)


def test_a_page_with_the_word_in_its_title_comes_before_pages_that_only_mention_it(client, site):
    standard(site["home"], "Access to Work", intro="Money for interview support.", body="Interview costs, interviews.")
    standard(site["home"], "Contact us", intro="Ask us about an interview. We help before any interview.")
    builders.guide(site["index"], "interviews", title="NHS job interviews", text="What happens on the day.")

    titles = result_titles(client.get("/en/search/", {"q": "interview"}))

    assert titles[0] == "NHS job interviews"
    assert set(titles[1:]) == {"Access to Work", "Contact us"}


def test_english_matches_other_forms_of_a_word(client, site):
    builders.guide(site["index"], "applying", title="Applying for a job")
    assert "Applying for a job" in result_titles(client.get("/en/search/", {"q": "applies"}))


def test_arabic_finds_the_plural_from_the_singular(client, site):
    home_ar = translated_home(site, "ar")
    standard(home_ar, "مقابلات وظائف NHS", intro="ماذا يحدث في يوم المقابلة.", language="ar")
    standard(home_ar, "اتصل بنا", intro="نحن هنا للمساعدة.", language="ar")

    titles = result_titles(client.get("/ar/search/", {"q": "مقابلة"}))

    assert titles == ["مقابلات وظائف NHS"]


def test_a_language_without_a_stemmer_matches_word_beginnings(client, site):
    home_so = translated_home(site, "so")
    standard(home_so, "Wareysiyada shaqada NHS", intro="Waxa dhaca maalinta.", language="so")

    assert result_titles(client.get("/so/search/", {"q": "wareysi"})) == ["Wareysiyada shaqada NHS"]


def test_search_keeps_to_the_readers_language(client, site):
    home_ar = translated_home(site, "ar")
    standard(home_ar, "Accessibility NHS", language="ar")
    assert result_titles(client.get("/en/search/", {"q": "accessibility"})) == ["Accessibility"]


def test_a_nul_character_in_the_query_is_refused_with_a_message_signed_out(client, site):
    response = client.get("/en/search/", {"q": "interview\x00"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Null characters are not allowed." in html
    assert 'href="#search-page-q"' in html, "the error links to the search box"


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%00",
        "page=%00",
        "q=a&page=%00",
        "q=" + "interview%20" * 2000,
        "page=" + "9" * 5000,
        "q=%FF%FE%FD",
        "q=%C3%28",
        "page=%FF",
        "q=%27%22%3C%3E%26%5C%3A%2A%21%7C",  # tsquery and HTML syntax
    ],
)
def test_every_public_page_answers_bad_query_strings_without_an_error(client, site, query_string):
    paths = [page.url for page in site.values()] + ["/en/search/"]
    for path in paths:
        response = client.get(f"{path}?{query_string}")
        assert response.status_code in (200, 400), (path, query_string, response.status_code)


def test_an_over_long_query_is_cut_short_and_still_searched(client, site):
    response = client.get("/en/search/", {"q": "Accessibility " + "x" * 5000})
    assert response.status_code == 200
    assert 'value="Accessibility ' in response.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_results(client, site, django_assert_max_num_queries):
    for number in range(12):
        standard(site["home"], f"Careers page {number}", intro="Careers in the NHS.")
    client.get("/en/search/", {"q": "careers"})  # fills Wagtail's site root cache first
    with django_assert_max_num_queries(12):
        response = client.get("/en/search/", {"q": "careers"})
    assert len(result_titles(response)) == 10
    with django_assert_max_num_queries(12):
        client.get("/en/search/", {"q": "careers", "page": 2})


def test_english_results_on_a_polish_page_are_marked_as_english(client, site):
    polish = Locale.objects.get(language_code="pl")
    site["standard"].copy_for_translation(polish, copy_parents=True, alias=True)
    html = client.get("/pl/search/", {"q": "accessibility"}).content.decode()
    assert '<a href="/pl/accessibility/" lang="en">Accessibility</a>' in html
    assert '<p lang="en">How accessible.</p>' in html
