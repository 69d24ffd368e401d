"""Small page trees built in the test, instead of the whole demo site."""

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.models import (
    EasyReadPage,
    EmployerHubPage,
    EmployerResourcePage,
    GlossaryTerm,
    GuideIndexPage,
    HomePage,
    JobGuidePage,
    RelatedGuide,
    SessionListingPage,
    StandardPage,
)


def publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page() -> HomePage:
    root = Page.get_first_root_node()
    root.get_children().filter(content_type__app_label="wagtailcore").delete()  # Wagtail's starter page
    home = HomePage(title="Home", slug="home", locale=Locale.objects.get(language_code="en"))
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    return home


def step(number: int, text: str = "") -> tuple[str, dict]:
    return (
        "step",
        {
            "heading": f"Step heading {number}",
            "body": RichText(f"<p>Do thing {number}. {text}</p>"),
            "checklist": [f"Check {number}"],
            "do": [f"Do {number}"],
            "dont": [f"Avoid {number}"],
        },
    )


def guide(index: GuideIndexPage, slug: str, steps: int = 2, text: str = "", **fields) -> JobGuidePage:
    page = JobGuidePage(
        title=fields.pop("title", f"Guide {slug}"),
        slug=slug,
        intro="A guide.",
        steps=[step(n, text) for n in range(1, steps + 1)],
        **fields,
    )
    return publish(index, page)


def relate(page: JobGuidePage, others: list[JobGuidePage]) -> None:
    page.related_guides = [RelatedGuide(guide=other) for other in others]
    page.save_revision().publish()


def glossary_term(term: str, explanation: str, language: str = "en", forms: str = "") -> GlossaryTerm:
    return GlossaryTerm.objects.create(
        term=term, explanation=explanation, other_forms=forms, locale=Locale.objects.get(language_code=language)
    )


def easy_read(parent: JobGuidePage, sentences: list[str]) -> EasyReadPage:
    lines = [("line", {"picture": "tick", "text": text, "word": "", "meaning": ""}) for text in sentences]
    return publish(parent, EasyReadPage(title="Easy Read", slug="easy-read", intro="In Easy Read.", lines=lines))


def site_with_every_page_type() -> dict[str, Page]:
    home = home_page()
    index = publish(home, GuideIndexPage(title="Guides", slug="guides", intro="All the guides."))
    first = guide(index, "first", text="You need a DBS check.")
    hub = publish(home, EmployerHubPage(title="Employers", slug="employers", intro="For employers."))
    resource = publish(
        hub,
        EmployerResourcePage(
            title="Job carving",
            slug="job-carving",
            intro="Shape a job around what people do well.",
            topic="job_carving",
            body=[("paragraph", RichText("<p>Split tasks.</p>"))],
        ),
    )
    sessions = publish(home, SessionListingPage(title="Sessions", slug="sessions", intro="Drop-ins."))
    standard = publish(home, StandardPage(title="Accessibility", slug="accessibility", intro="How accessible."))
    return {
        "home": home,
        "index": index,
        "guide": first,
        "easy_read": easy_read(first, ["Read the advert."]),
        "hub": hub,
        "resource": resource,
        "sessions": sessions,
        "standard": standard,
    }
