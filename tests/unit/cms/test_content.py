"""Job guides, Easy Read, employer resources, the glossary, caching, search and the sitemap."""

from datetime import timedelta

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale

from cms.blocks import EasyReadLineBlock, ImageBlock, StepBlock
from cms.models import (
    EasyReadPage,
    EmployerHubPage,
    EmployerResourcePage,
    GuideIndexPage,
    HomePage,
    JobGuidePage,
    SessionListingPage,
    StandardPage,
)
from tests.unit.cms import builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def site(db):
    return builders.site_with_every_page_type()


def test_each_page_type_can_only_be_created_where_it_belongs(site):
    assert GuideIndexPage.can_exist_under(site["home"])
    assert not GuideIndexPage.can_create_at(site["home"]), "one guide index per home page"
    assert JobGuidePage.can_create_at(site["index"])
    assert not JobGuidePage.can_create_at(site["home"])
    assert not EasyReadPage.can_create_at(site["guide"]), "a guide has at most one Easy Read version"
    second = builders.guide(site["index"], "second")
    assert EasyReadPage.can_create_at(second)
    assert not EasyReadPage.can_create_at(site["index"])
    assert EmployerResourcePage.can_create_at(site["hub"])
    assert not EmployerResourcePage.can_create_at(site["index"])
    assert not SessionListingPage.can_create_at(site["home"])
    assert StandardPage.can_create_at(site["home"]) and StandardPage.can_create_at(site["standard"])
    assert not EmployerHubPage.can_create_at(site["standard"])
    assert not JobGuidePage.can_create_at(site["sessions"]), "nothing goes under the support sessions page"


@pytest.mark.parametrize(
    "page_type, children",
    [
        (HomePage, {GuideIndexPage, EmployerHubPage, SessionListingPage, StandardPage}),
        (StandardPage, {StandardPage}),
        (GuideIndexPage, {JobGuidePage}),
        (JobGuidePage, {EasyReadPage}),
        (EasyReadPage, set()),
        (EmployerHubPage, {EmployerResourcePage}),
        (EmployerResourcePage, set()),
        (SessionListingPage, set()),
    ],
)
def test_each_page_type_allows_exactly_its_own_child_types(page_type, children):
    assert set(page_type.allowed_subpage_models()) == children


def test_glossary_does_not_import_the_page_models():
    import ast
    import inspect

    from cms import glossary

    imported = {
        node.module for node in ast.walk(ast.parse(inspect.getsource(glossary))) if isinstance(node, ast.ImportFrom)
    }
    assert not imported & {"models", "cms.models"}, "cms/models.py imports cms/glossary.py: no cycle back"


@pytest.mark.parametrize(
    "key, text",
    [
        ("home", "<h1>Home</h1>"),
        ("index", "Guide first"),
        ("guide", "Step heading 2"),
        ("easy_read", "Read the advert."),
        ("hub", "Job carving"),
        ("resource", "Split tasks."),
        ("sessions", "No support sessions are listed at the moment."),
        ("standard", "<h1>Accessibility</h1>"),
    ],
)
def test_every_page_type_renders(client, site, key, text):
    response = client.get(site[key].url)
    assert response.status_code == 200
    assert text in response.content.decode()


def test_guide_shows_numbered_steps_checklists_do_and_dont_and_review_dates(client, site):
    html = client.get(site["guide"].url).content.decode()
    assert "Step 1" in html and "Step 2" in html
    assert 'href="#step-2"' in html, "a contents list links to each step"
    assert "Checklist" in html and "Check 1" in html
    assert "nhsuk-list--tick" in html and "nhsuk-list--cross" in html
    assert "Page last reviewed:" in html and "Next review due:" in html
    assert "Read this guide in Easy Read" in html


def test_guide_index_links_each_guide_and_its_easy_read_version(client, site):
    html = client.get(site["index"].url).content.decode()
    assert f'href="{site["guide"].url}"' in html
    assert f'href="{site["easy_read"].url}"' in html


def test_a_glossary_word_is_explained_at_the_first_step_that_uses_it(client, site):
    builders.glossary_term("DBS check", "A check of criminal records.", forms="DBS checks")
    builders.glossary_term("band", "The pay level of a job.")
    builders.glossary_term("Agenda for Change", "The NHS pay system.")
    page = builders.guide(site["index"], "glossary", steps=3, text="You may need DBS checks.")
    html = client.get(page.url).content.decode()
    assert "Words in this step" in html
    assert html.count("A check of criminal records.") == 1, "explained once, where first used"
    assert html.index("A check of criminal records.") < html.index('id="step-2"')
    assert "The pay level of a job." not in html, "a word the guide does not use is not explained"


def test_glossary_matching_takes_whole_words_only(client, site):
    builders.glossary_term("band", "The pay level of a job.")
    page = builders.guide(site["index"], "whole-words", text="Bring a headband and your broadband bill.")
    assert "The pay level of a job." not in client.get(page.url).content.decode()


def test_a_guide_makes_the_same_number_of_queries_however_big_it_is(client, site):
    small = builders.guide(site["index"], "small", steps=1, text="DBS check")
    big = builders.guide(site["index"], "big", steps=12, text="DBS check band Agenda for Change shortlisting")
    for word in ("DBS check", "band", "Agenda for Change", "shortlisting", "preceptorship", "NHS Jobs"):
        builders.glossary_term(word, f"About {word}.")
    related = [builders.guide(site["index"], f"related-{n}") for n in range(4)]
    builders.relate(small, related[:1])
    builders.relate(big, related)
    builders.easy_read(big, ["One line."])
    client.get(site["index"].url)  # fills Wagtail's own caches (site root paths) first

    counts = []
    for page in (small, big):
        cache.clear()  # both rendered from nothing: neither reuses the menus and lookups the other stored
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    html = client.get(big.url).content.decode()
    assert all(guide.title in html for guide in related)


def test_related_guides_link_to_the_readers_language(client, site):
    other = builders.guide(site["index"], "other")
    builders.relate(site["guide"], [other])
    arabic = Locale.objects.get(language_code="ar")
    index_ar = site["index"].copy_for_translation(arabic, copy_parents=True)
    index_ar.save_revision().publish()
    guide_ar = site["guide"].copy_for_translation(arabic)
    guide_ar.save_revision().publish()
    other_ar = other.copy_for_translation(arabic)
    other_ar.title = "دليل آخر"
    other_ar.save_revision().publish()
    html = client.get(guide_ar.url).content.decode()
    assert f'href="{other_ar.url}">دليل آخر</a>' in html


def test_easy_read_page_has_a_picture_beside_each_sentence_and_hard_words_explained(client, site):
    lines = [("line", {"picture": "calendar", "text": "Apply before the closing date.", "word": "closing date",
                       "meaning": "The last day to apply."})]  # fmt: skip
    page = site["easy_read"]
    page.lines = lines
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<img src="/static/pictograms/calendar.svg" alt=""' in html, "decorative: the sentence says it all"
    assert "<dt>closing date</dt><dd>The last day to apply.</dd>" in html
    assert f'href="{site["guide"].url}"' in html, "a way back to the full guide"


def test_easy_read_sentences_over_15_words_are_reported_to_editors(site):
    long = "This sentence has far too many words in it for an Easy Read page to be easy to read."
    page = builders.easy_read(builders.guide(site["index"], "long"), ["Short line.", long])
    assert page.long_sentences() == [long]


def test_the_editor_shows_the_reading_age_and_warns_about_long_easy_read_sentences(client, site):
    from recruit_outreach.accounts import roles
    from tests.factories import UserFactory
    from tests.mfa import enable_totp
    from tests.unit.accounts.test_admin_access import sign_in

    long = "This sentence has far too many words in it for an Easy Read page to be easy to read."
    page = builders.easy_read(builders.guide(site["index"], "warned"), ["Short line.", long])
    editor = UserFactory(roles=[roles.EDITOR])
    sign_in(client, editor, enable_totp(editor))

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Reading age of the saved version:" in html
    assert "1 Easy Read sentence is over 15 words:" in html
    assert long in html

    guide_html = client.get(f"/admin/pages/{site['guide'].pk}/edit/").content.decode()
    assert "Reading age of the saved version:" in guide_html


def test_reading_age_is_not_guessed_for_languages_without_a_formula(client, site):
    from cms.panels import ReadabilityPanel

    arabic = Locale.objects.get(language_code="ar")
    site["index"].copy_for_translation(arabic, copy_parents=True).save_revision().publish()
    guide_ar = site["guide"].copy_for_translation(arabic)
    guide_ar.save_revision().publish()
    bound = ReadabilityPanel().bind_to_model(JobGuidePage).get_bound_panel(instance=guide_ar, request=None)
    context = bound.get_context_data()
    assert context["has_text"] and context["reading_age"] is None


@pytest.mark.parametrize(
    "block, value, field",
    [
        (ImageBlock(), {"image": "a picture", "alt": "", "decorative": False, "caption": ""}, "alt"),
        (StepBlock(), {"heading": "A", "body": "<p>B</p>", "video_url": "https://example.org/v"}, "transcript"),
        (EasyReadLineBlock(), {"picture": "tick", "text": "A line.", "word": "shortlist", "meaning": ""}, "meaning"),
    ],
)
def test_blocks_refuse_content_that_would_shut_people_out(block, value, field):
    if value.get("image") == "a picture":
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        value["image"] = Image.objects.create(title="A picture", file=get_test_image_file()).pk
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(value))
    assert field in error.value.block_errors


def test_review_dates_must_move_forwards(site):
    from django.core.exceptions import ValidationError

    page = site["guide"]
    page.next_review_due = page.last_reviewed - timedelta(days=1)
    with pytest.raises(ValidationError):
        page.full_clean()


def test_cached_pages_are_sent_compressed_to_browsers_that_accept_gzip(client, site):
    import gzip

    url = site["guide"].url
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2


@pytest.mark.parametrize(
    "path, cookies, cacheable",
    [
        ("/en/get-help/", {}, True),
        ("/ar/", {}, True),
        ("/healthz/", {}, False),
        ("/admin/pages/", {}, False),
        ("/static/css/site.css", {}, False),
        ("/en/get-help/?utm_source=leaflet", {}, False),
        ("/en/get-help/", {"sessionid": "x"}, False),
        ("/en/get-help/", {"messages": "x"}, False),
    ],
)
def test_only_anonymous_language_pages_use_the_page_cache(rf, path, cookies, cacheable):
    from cms.cache import _cacheable_request

    request = rf.get(path)
    request.COOKIES.update(cookies)
    assert _cacheable_request(request) is cacheable


def test_english_footer_links_on_an_urdu_page_are_marked_english_and_left_to_right(client, site):
    urdu = Locale.objects.get(language_code="ur")
    site["standard"].show_in_menus = True
    site["standard"].save_revision().publish()
    home_ur = site["home"].copy_for_translation(urdu)
    home_ur.save_revision().publish()
    site["standard"].copy_for_translation(urdu, alias=True)

    html = client.get("/ur/").content.decode()
    footer = html.split("<footer")[1]
    assert '<html lang="ur" dir="rtl"' in html
    assert 'href="/ur/accessibility/" lang="en" dir="ltr">Accessibility</a>' in footer
    breadcrumbs = (
        client.get("/ur/accessibility/").content.decode().split('class="nhsuk-breadcrumb"')[1].split("</nav>")[0]
    )
    assert f">{home_ur.title}</a>" in breadcrumbs and 'lang="en"' not in breadcrumbs, "the home page is in Urdu"


def test_english_guides_listed_on_a_polish_page_are_marked_english(client, site):
    polish = Locale.objects.get(language_code="pl")
    other = builders.guide(site["index"], "other", title="Other guide")
    builders.relate(site["guide"], [other])
    index_pl = site["index"].copy_for_translation(polish, copy_parents=True)
    index_pl.title = "Poradniki"
    index_pl.save_revision().publish()
    guide_pl = site["guide"].copy_for_translation(polish, alias=True)
    other.copy_for_translation(polish, alias=True)

    index_html = client.get(index_pl.url).content.decode()
    assert f'<a href="{guide_pl.url}" lang="en">{site["guide"].title}</a>' in index_html
    assert '<p class="nhsuk-card__description" lang="en">A guide.</p>' in index_html
    guide_html = client.get(guide_pl.url).content.decode()
    assert 'href="/pl/guides/other/" lang="en">Other guide</a></li>' in guide_html, "related guide"
    breadcrumbs = guide_html.split('class="nhsuk-breadcrumb"')[1].split("</nav>")[0]
    assert ">Poradniki</a>" in breadcrumbs and 'lang="en"' not in breadcrumbs.split("Poradniki")[0].rsplit("<a", 1)[1]
