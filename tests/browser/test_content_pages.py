"""Guides, Easy Read, employer resources and the other page types, as readers see them in a browser."""

from pathlib import Path

import pytest

from tests.browser.conftest import tab_to
from tests.browser.test_journeys import follow, visit
from tests.conftest import DEMO_LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
GUIDE = "get-help/how-nhs-applications-work/"
PAGE_TYPES = [
    "",  # home
    "get-help/",  # guide index
    GUIDE,  # job guide
    GUIDE + "easy-read/",  # Easy Read
    "employers/",  # employer hub
    "employers/job-carving/",  # employer resource
    "support-sessions/",  # session listing
    "accessibility-statement/",  # standard page
    "search/?q=NHS",  # search results
]


@pytest.fixture
def content_site(live_server):
    from cms.demo import seed_demo_pages

    seed_demo_pages(DEMO_LANGUAGES)
    return live_server.url


def test_every_page_type_has_no_axe_violations_in_english_arabic_and_romanian(page, content_site):
    for language in ("en", "ar", "ro"):
        for path in PAGE_TYPES:
            visit(page, f"{content_site}/{language}/{path}")
            assert page.locator("h1").count() == 1
    visit(page, f"{content_site}/pl/{GUIDE}")  # English shown in Polish, with the notice
    # The English guide, its heading included, is marked as English for screen readers; the page stays Polish.
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("h1").evaluate("h1 => h1.closest('[lang]').getAttribute('lang')") == "en"


def test_a_guide_and_its_easy_read_version_with_a_keyboard_only(page, content_site):
    visit(page, f"{content_site}/en/get-help/")
    follow(page, f"main a[href='/en/{GUIDE}']", url=f"**/en/{GUIDE}")
    tab_to(page, "a[href='#step-2']")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#step-2"
    follow(page, "a[href$='/easy-read/']", url=f"**/en/{GUIDE}easy-read/")
    lines = page.locator(".app-easy-read__line")
    assert lines.count() >= 10
    font_size = lines.first.locator(".app-easy-read__text").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert font_size >= 18.6, "Easy Read text is 14 pt (18.67 px) or larger"
    picture, words = lines.first.locator(".app-easy-read__picture"), lines.first.locator(".app-easy-read__words")
    assert picture.bounding_box()["x"] < words.bounding_box()["x"], "picture on the left in English"
    follow(page, f"main a[href='/en/{GUIDE}']", url=f"**/en/{GUIDE}")


def test_pages_fit_a_320_pixel_screen_without_sideways_scrolling(page, content_site):
    """400 % zoom on a 1280 px screen is a 320 px wide viewport (WCAG 1.4.10 reflow)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 320, "height": 640})
    for language, path in [("en", GUIDE), ("en", GUIDE + "easy-read/"), ("ar", GUIDE), ("ar", GUIDE + "easy-read/"),
                           ("en", "employers/job-carving/"), ("ro", "")]:  # fmt: skip
        visit(page, f"{content_site}/{language}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        name = f"{language}-{path.strip('/').replace('/', '-') or 'home'}-320.png"
        page.screenshot(path=SCREENSHOTS / name, full_page=True)
        assert overflow <= 0, f"{language}/{path} scrolls sideways by {overflow} px at 320 px (see {name})"
    visit(page, f"{content_site}/ar/{GUIDE}easy-read/")
    first = page.locator(".app-easy-read__line").first
    picture, words = first.locator(".app-easy-read__picture"), first.locator(".app-easy-read__words")
    assert picture.bounding_box()["x"] > words.bounding_box()["x"], "picture on the right in Arabic"


def test_arabic_breadcrumbs_run_right_to_left_with_a_chevron_between_items_only(page, content_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    visit(page, f"{content_site}/ar/{GUIDE}easy-read/")
    items = page.locator(".nhsuk-breadcrumb__list-item")
    assert items.count() == 3, "home, the guide index and the guide"
    links = [items.nth(n).locator("a").bounding_box() for n in range(3)]
    for before, after in zip(links, links[1:], strict=False):
        gap = before["x"] - (after["x"] + after["width"])
        assert gap >= 16, f"each item sits left of the one before, with room for the chevron (gap {gap} px)"
    chevrons = items.evaluate_all(
        "items => items.map(item => { const s = getComputedStyle(item, '::before'), i = getComputedStyle(item);"
        " return {display: s.display, right: s.right, left: parseFloat(s.left),"
        " paddingLeft: i.paddingLeft, paddingRight: parseFloat(i.paddingRight)}; })"
    )
    assert chevrons[0]["display"] == "none", "no chevron before the first item"
    for chevron in chevrons[1:]:
        assert chevron["right"] == "0px" and chevron["left"] > 0, f"chevron on the item's right side: {chevron}"
        assert chevron["paddingLeft"] == "0px" and chevron["paddingRight"] > 0, chevron
    last = items.nth(2)
    assert last.bounding_box()["x"] == links[2]["x"], "nothing trails the last item on its left"
