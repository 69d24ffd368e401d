"""An Arabic-speaking resident answers two of four criteria in Arabic in the wizard: the checks page shows
those two covered and the others not yet, never "you copied the criterion". A resident whose edited statement
the check misread points, with the keyboard, to the paragraph that shows a criterion. axe on every page."""

import pytest

from django.utils import translation

from applications.models import Application, Criterion
from tests.browser.conftest import assert_accessible, tab_to
from tests.browser.test_journeys import follow, sign_in_with_keyboard, submit, visit
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COPIED = "You copied the words of this criterion but added nothing: %(criterion)s"
ANSWERS = [
    {
        "#id_situation": "عملت لمدة سنتين في مطبخ مطعم في إيلينغ وقت الغداء.",
        "#id_action": "كنت أحضّر الخضار وأغسل الأطباق وأساعد الطاهي في تقديم الوجبات للزبائن بسرعة.",
    },
    {
        "#id_situation": "اشتكى زبون من أن طعامه بارد.",
        "#id_action": "اعتذرت له بهدوء وأخذت الطبق وأحضرت له طبقاً ساخناً بسرعة، فشكرني قبل أن يغادر.",
    },
]


def test_arabic_answers_cover_their_own_criteria_on_the_checks_page(page, site):
    resident = UserFactory(email="coverage-ar@example.org")
    resident.profile.preferred_language = "ar"
    resident.profile.save()
    application = Application.objects.create(owner=resident, job_title="Catering Assistant", box_chars=5000)
    texts = [
        "Experience of working in a kitchen or food service",
        "Good customer care skills",
        "Able to work quickly and safely in a busy kitchen",
        "Level 2 Food Hygiene certificate",
    ]
    criteria = [
        Criterion.objects.create(application=application, text=text, level="essential", position=index)
        for index, text in enumerate(texts)
    ]
    sign_in_with_keyboard(page, site, "ar", "coverage-ar@example.org", PASSWORD)
    for criterion, answers in zip(criteria, ANSWERS, strict=False):
        visit(page, f"{site}/ar/applications/{application.pk}/evidence/{criterion.pk}/")
        for selector, text in answers.items():
            page.fill(selector, text)
        with page.expect_navigation():
            page.click("main form[data-autosave] button[type=submit]")
        assert_accessible(page)
    visit(page, f"{site}/ar/applications/{application.pk}/checks/")
    rows = page.locator(".app-coverage tbody tr")
    assert rows.count() == 4
    covered = [rows.nth(i).locator(".nhsuk-tag--green").count() == 1 for i in range(4)]
    not_yet = [rows.nth(i).locator(".nhsuk-tag--red").count() == 1 for i in range(4)]
    assert covered == [True, True, False, False]
    assert not_yet == [False, False, True, True]
    with translation.override("ar"):
        copied = translation.gettext(COPIED).split("%(")[0].strip()
    assert copied and copied not in page.content()
    assert page.get_attribute("html", "dir") == "rtl"


KIOSK = (
    "For six years I ran the newspaper kiosk at Harrow bus station by myself, selling sweets and top-up cards, "
    "and I balanced the float to the penny every night."
)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_resident_points_to_the_paragraph_the_check_missed(page, site, language):
    email = f"passage-{language}@example.org"
    resident = UserFactory(email=email)
    resident.profile.preferred_language = language
    resident.profile.save()
    statement = f"{KIOSK}\n\nMy neighbour says I am a good listener."
    application = Application.objects.create(
        owner=resident, job_title="Shop Assistant", statement=statement, statement_edited=True
    )
    till, phone = (
        Criterion.objects.create(application=application, text=text, level="essential", position=index)
        for index, text in enumerate(["Experience of working on a till and handling cash", "Good telephone manner"])
    )
    with translation.override(language):
        yes, not_yet, thanks, show_us, change, where, choose, suggestion = (
            translation.gettext(text)
            for text in ("Yes", "Not yet", "Thank you. We checked that part of your statement again.",
                         "Show us where you wrote about this", "Change where you wrote about this",
                         "Where did you write about this?",
                         "Choose the part of your statement that shows this, or choose “None of these”.",
                         "We think this part may be about it. Check before you choose it.")
        )  # fmt: skip
    sign_in_with_keyboard(page, site, language, email, PASSWORD)
    checks = f"{site}/{language}/applications/{application.pk}/checks/"
    visit(page, checks)
    tags = page.locator(".app-coverage tbody tr .nhsuk-tag")
    assert tags.all_inner_texts() == [not_yet, not_yet]
    assert page.locator(".app-coverage a").first.inner_text().startswith(show_us)

    follow(page, f".app-coverage a[href$='/checks/{till.pk}/where/']", url=f"**/checks/{till.pk}/where/")
    assert page.locator("h1").inner_text() == where
    assert page.locator("label", has_text="Harrow bus station").count() == 1
    # The check suggests the kiosk story, under its own choice, and the screen reader hears it with the choice.
    assert page.locator("#id_paragraph_0_hint, [id='id_paragraph_0-hint']").inner_text() == suggestion
    assert page.locator("#id_paragraph_0").get_attribute("aria-describedby") == "id_paragraph_0-hint"
    # Nothing chosen: the error is said in the page's language, and the page with it is checked by axe too.
    tab_to(page, "main form button[type=submit]")
    submit(page, shows=".nhsuk-error-summary")
    assert choose in page.locator(".nhsuk-error-summary").inner_text()
    if language == "ar":
        assert page.get_attribute("html", "dir") == "rtl"
        assert page.locator("label", has_text="Harrow bus station").get_attribute("dir") == "ltr"
    tab_to(page, "#id_paragraph_0")
    page.keyboard.press("Space")
    assert page.locator("#id_paragraph_0").is_checked()
    tab_to(page, "main form button[type=submit]")
    submit(page, url=f"**/{language}/applications/{application.pk}/checks/#criterion-{till.pk}")
    assert thanks in page.locator(".nhsuk-main-wrapper").inner_text()
    assert tags.all_inner_texts() == [yes, not_yet]
    assert page.locator(f"#criterion-{till.pk} q").inner_text() == KIOSK
    assert page.locator(f"#criterion-{till.pk} a").inner_text().startswith(change)
    assert phone.text in page.content()
