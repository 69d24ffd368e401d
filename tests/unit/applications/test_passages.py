"""Pointing to evidence: on the checks page of an edited statement, a resident says which paragraph shows a
criterion the check did not find, and the check judges that paragraph as the criterion's answer."""

import re

import pytest

from django.urls import reverse
from django.utils import translation

from applications.models import Application, Criterion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The check's own matching misses this one: a kiosk and a float are a till and cash only to a reader.
KIOSK = (
    "For six years I ran the newspaper kiosk at Harrow bus station by myself, selling sweets and top-up "
    "cards, and I balanced the float to the penny every night."
)
LIFTING = "I unloaded the delivery van every Monday and stacked the crates in the back room."
CLAIM = "My neighbour says I am a good listener."
ARABIC_KIOSK = "عملت ست سنوات وحدي في كشك للصحف في محطة الحافلات، وكنت أعد النقود في الصندوق كل ليلة وأسلمها للمدير."


@pytest.fixture
def resident(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def application(resident):
    application = Application.objects.create(
        owner=resident, job_title="Shop assistant", statement=f"{KIOSK}\n\n{LIFTING}\n\n{CLAIM}", statement_edited=True
    )
    for position, text in enumerate(
        ["Experience of working on a till and handling cash", "Good telephone manner", "Able to use Microsoft Excel"]
    ):
        Criterion.objects.create(application=application, text=text, level="essential", position=position)
    return application


def _url(name: str, *args) -> str:
    return reverse(f"applications:{name}", args=args)


def _cells(page: str) -> list[str]:
    return re.findall(r'app-coverage__covered">(?:<strong[^>]*>)([^<]+)</strong>', page)


def _point(client, application, criterion, number: int):
    return client.post(
        _url("passage", application.pk, criterion.pk), {"paragraph": number, "version": application.version}
    )


def test_a_paragraph_the_check_missed_counts_once_the_resident_points_to_it(client, application):
    till = application.criteria.get(position=0)
    page = client.get(_url("checks", application.pk)).content.decode()
    assert _cells(page) == ["Not yet", "Not yet", "Not yet"]
    assert page.count("Show us where you wrote about this") == 3
    assert _url("passage", application.pk, till.pk) in page

    form = client.get(_url("passage", application.pk, till.pk)).content.decode()
    assert "Where did you write about this?" in form and till.text in form
    assert KIOSK in form and LIFTING in form and "None of these. I have not written about it yet." in form

    response = _point(client, application, till, 1)
    assert response.status_code == 302
    assert response["Location"] == _url("checks", application.pk) + f"#criterion-{till.pk}"
    till.refresh_from_db()
    assert till.evidence_passage == KIOSK
    page = client.get(response["Location"]).content.decode()
    assert "Thank you. We checked that part of your statement again." in page
    assert _cells(page) == ["Yes", "Not yet", "Not yet"]
    assert f'id="criterion-{till.pk}"' in page and "Change where you wrote about this" in page
    assert "We could not find evidence for this essential criterion: Experience of working on a till" not in page


def test_the_page_suggests_the_part_nearest_the_criterion_until_one_is_chosen(client, application):
    till = application.criteria.get(position=0)
    form = client.get(_url("passage", application.pk, till.pk)).content.decode()
    hint = "We think this part may be about it. Check before you choose it."
    assert form.count(hint) == 1
    # The hint sits under the kiosk paragraph (choice 1) and is read out with it.
    choice = re.search(r'<input[^>]*value="1"[^>]*>.*?</label>\s*<div[^>]*id="([^"]+)">([^<]+)</div>', form, re.S)
    assert choice is not None and choice.group(2) == hint
    assert f'aria-describedby="{choice.group(1)}"' in choice.group(0) and KIOSK in choice.group(0)
    excel = application.criteria.get(position=2)
    assert hint not in client.get(_url("passage", application.pk, excel.pk)).content.decode(), "nothing near"
    _point(client, application, till, 2)
    assert hint not in client.get(_url("passage", application.pk, till.pk)).content.decode(), "once chosen"


def test_a_paragraph_with_no_example_still_does_not_count_and_the_page_says_why(client, application):
    phone = application.criteria.get(position=1)
    _point(client, application, phone, 3)
    page = client.get(_url("checks", application.pk)).content.decode()
    assert _cells(page) == ["Not yet", "Not yet", "Not yet"]
    assert "The part you chose does not show this yet: Good telephone manner" in page
    assert "Change where you wrote about this" in page
    with translation.override("ar"):
        arabic = client.get(_url("checks", application.pk)).content.decode()
        said = translation.gettext("The part you chose does not show this yet: %(criterion)s").split("%(")[0].strip()
        change = translation.gettext("Change where you wrote about this")
    assert said and said in arabic and change in arabic
    assert "The part you chose" not in arabic


def test_none_of_these_takes_the_pointer_away(client, application):
    till = application.criteria.get(position=0)
    _point(client, application, till, 1)
    application.refresh_from_db()
    _point(client, application, till, 0)
    till.refresh_from_db()
    assert till.evidence_passage == ""
    assert _cells(client.get(_url("checks", application.pk)).content.decode())[0] == "Not yet"


def test_a_pointer_survives_a_small_edit_but_not_a_rewrite(client, application):
    till = application.criteria.get(position=0)
    _point(client, application, till, 1)
    application.refresh_from_db()
    application.statement = application.statement.replace("every night", "each night")
    application.save()
    assert _cells(client.get(_url("checks", application.pk)).content.decode())[0] == "Yes"
    application.statement = f"I like people.\n\n{LIFTING}"
    application.save()
    page = client.get(_url("checks", application.pk)).content.decode()
    assert _cells(page)[0] == "Not yet"
    assert page.count("Show us where you wrote about this") == 3, "the gone choice is offered afresh"


def test_an_arabic_paragraph_pointed_to_is_judged_and_the_rest_are_not_judged(client, application):
    application.statement = f"{ARABIC_KIOSK}\n\n{LIFTING}"
    application.save()
    till = application.criteria.get(position=0)
    with translation.override("ar"):
        form = client.get(_url("passage", application.pk, till.pk)).content.decode()
    assert f'lang="ar" dir="rtl">{ARABIC_KIOSK}' not in form, "the page is Arabic: no lang attribute needed"
    _point(client, application, till, 1)
    page = client.get(_url("checks", application.pk)).content.decode()
    assert _cells(page) == ["Yes", "We can only check this in English", "We can only check this in English"]


def test_a_choice_not_on_the_page_is_a_clear_error_and_nothing_is_saved(client, application):
    till = application.criteria.get(position=0)
    response = _point(client, application, till, 9)
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and "Choose the part of your statement that shows this" in page
    till.refresh_from_db()
    assert till.evidence_passage == ""


def test_a_choice_from_an_older_tab_is_refused(client, application):
    till = application.criteria.get(position=0)
    stale = application.version
    application.statement = f"{LIFTING}\n\n{KIOSK}"
    application.version += 1
    application.save()
    response = client.post(_url("passage", application.pk, till.pk), {"paragraph": 1, "version": stale}, follow=True)
    assert "This application was changed in another tab or window. Nothing was saved." in response.content.decode()
    till.refresh_from_db()
    assert till.evidence_passage == ""


def test_criterion_headings_are_not_offered_and_wizard_statements_go_to_the_answer(client, application):
    till = application.criteria.get(position=0)
    application.statement = f"{till.text}\n{KIOSK}"
    application.save()
    form = client.get(_url("passage", application.pk, till.pk)).content.decode()
    assert f'">{till.text}</label>' not in form and KIOSK in form
    application.statement_edited = False
    application.save()
    response = client.get(_url("passage", application.pk, till.pk))
    assert response["Location"] == _url("evidence", application.pk, till.pk)


def test_another_residents_criterion_cannot_be_pointed_to(client, application):
    till = application.criteria.get(position=0)
    client.force_login(UserFactory())
    assert client.get(_url("passage", application.pk, till.pk)).status_code == 404
    assert _point(client, application, till, 1).status_code == 404
    till.refresh_from_db()
    assert till.evidence_passage == ""
