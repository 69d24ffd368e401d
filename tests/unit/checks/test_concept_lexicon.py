"""The hand-made lexicon (``concepts``) lets a resident's concrete words evidence a criterion's general ones:
"I cashed up the till" for "handling cash", "I used the hoist" for "manual handling". It is one-way and
conservative: the same words in someone else's job, in a wish, or in another sense ("nine till five", "the
lift", "I learned a lot") are not evidence. Criteria are the kind NHS Band 1-4 adverts ask for; the
sentences are written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_text

ADMIN = [
    "Experience of handling cash",
    "Good keyboard skills",
    "Experience of working with the public",
    "Ability to work as part of a team",
    "Understanding of confidentiality",
    "Experience of data entry",
    "Experience of using Microsoft Office",
    "Experience of operating a switchboard",
    "Good numeracy skills",
    "Good IT skills",
]
CARE = [
    "Experience of providing personal care",
    "Experience of working with older people",
    "Understanding of infection control",
    "Experience of manual handling",
    "Experience of working with people with learning disabilities",
    "Ability to deal with challenging behaviour",
    "Experience of working with people with dementia",
    "Willing to work shifts including nights",
    "Experience of taking observations",
]
DOMESTIC = [
    "Experience of cleaning",
    "Knowledge of COSHH",
    "Experience of catering",
    "Knowledge of special diets",
    "Ability to work alone",
    "Understanding of health and safety",
    "Experience of customer service",
]
STORES = [
    "Experience of receiving and checking deliveries",
    "Experience of stock rotation",
    "Experience of driving a van",
    "Ability to lift heavy items",
    "Good communication skills",
    "Ability to follow instructions",
]
COMMUNITY = [
    "Experience of working with children",
    "Experience of voluntary work",
    "Ability to speak a second language",
    "Experience of working in security",
    "Experience of phlebotomy",
    "Ability to work as part of a team",
    "Good written English",
]


def covered(text: str, criteria: list[str]) -> dict[str, bool]:
    report = check_text(text, "statement", [Criterion(criterion) for criterion in criteria])
    return {row.text: row.covered for row in report.criteria}


@pytest.mark.parametrize(
    ("criteria", "statement", "criterion"),
    [
        (ADMIN, "On Saturdays I served at a bakery, and at closing I counted the takings and the float.", ADMIN[0]),
        (ADMIN, "At the housing office I typed up tenancy letters at about 45 words per minute.", ADMIN[1]),
        (ADMIN, "For two years I sold tickets to passengers at the station kiosk.", ADMIN[2]),
        (ADMIN, "When staff left old rotas on the desk, I put them through the shredder.", ADMIN[4]),
        (ADMIN, "Every morning I keyed in the orders from the paper forms before ten.", ADMIN[5]),
        (ADMIN, "I kept the cleaning rota in Excel and wrote the tenants' letters in Word.", ADMIN[6]),
        (ADMIN, "At the hotel desk I answered a multi-line phone and transferred calls to the rooms.", ADMIN[7]),
        (ADMIN, "I book appointments on SystmOne at the GP surgery where I work.", ADMIN[9]),
        (CARE, "At the care home I helped residents with washing and dressing each morning.", CARE[0]),
        (CARE, "For two years I visited pensioners in sheltered housing and ran their lunch club.", CARE[1]),
        (CARE, "On Wednesdays I run a walking football session for over-60s at Acton leisure centre.", CARE[1]),
        (CARE, "I put on gloves and an apron and used hand gel between every resident.", CARE[2]),
        (CARE, "I used the hoist and slide sheets to move residents from bed to chair.", CARE[3]),
        (CARE, "I supported adults with Down's syndrome at a day centre and learned Makaton signs.", CARE[4]),
        (CARE, "When a man became aggressive in the waiting room, I kept my distance and talked him down.", CARE[5]),
        (CARE, "I sat with a lady with Alzheimer's who asked for her husband every evening.", CARE[6]),
        (CARE, "At a supported living house I did sleep-ins twice a week.", CARE[7]),
        (CARE, "I checked blood pressure and pulse every four hours and wrote them on the chart.", CARE[8]),
        (DOMESTIC, "At the hotel I hoovered the rooms and mopped the bathroom floors.", DOMESTIC[0]),
        (DOMESTIC, "I diluted the bleach exactly as the safety data sheet said.", DOMESTIC[1]),
        (DOMESTIC, "I prepared meals for 200 pupils in a school canteen.", DOMESTIC[2]),
        (DOMESTIC, "I made halal and gluten-free lunches for the nursery.", DOMESTIC[3]),
        (DOMESTIC, "At the office block I did the floors unsupervised after everyone went home.", DOMESTIC[4]),
        (DOMESTIC, "At the leisure centre desk I dealt with complaints and gave refunds.", DOMESTIC[6]),
        (STORES, "I unloaded the lorry at goods in and checked each pallet against the order.", STORES[0]),
        (STORES, "I put new milk at the back and looked at the use-by dates every morning.", STORES[1]),
        (STORES, "For a flooring firm I took the Sprinter to jobs all over London.", STORES[2]),
        (COMMUNITY, "I was a playgroup helper for toddlers at my church for three years.", COMMUNITY[0]),
        (COMMUNITY, "Every Friday I sort donations at the food bank on our estate.", COMMUNITY[1]),
        (COMMUNITY, "I interpreted for my neighbour at her GP appointments.", COMMUNITY[2]),
        (COMMUNITY, "I was a door supervisor at a nightclub in Croydon and watched the CCTV.", COMMUNITY[3]),
        (COMMUNITY, "At the walk-in clinic I took bloods from about thirty patients a day.", COMMUNITY[4]),
    ],
)
def test_a_concrete_example_evidences_the_general_criterion(
    criteria: list[str], statement: str, criterion: str
) -> None:
    assert covered(statement, criteria)[criterion] is True


@pytest.mark.parametrize(
    ("criteria", "statement", "criterion"),
    [
        # Someone else's job.
        (ADMIN, "My sister works on the till at Tesco and cashes up every night.", ADMIN[0]),
        (COMMUNITY, "My brother is a door supervisor and watches the CCTV all night.", COMMUNITY[3]),
        # A wish, where experience is asked.
        (COMMUNITY, "I would love to work with toddlers in a playgroup one day.", COMMUNITY[0]),
        # The same word in another sense.
        (ADMIN, "At the warehouse I often worked from nine till five.", ADMIN[0]),
        (CARE, "Every day I took the lift up to the fourth-floor office.", CARE[3]),
        (CARE, "I learned a lot about people in my last job at the bank.", CARE[4]),
        (CARE, "I handled complaints from customers at the bank counter.", CARE[3]),
        (COMMUNITY, "I came to London with my parents when I was 10 years old.", COMMUNITY[0]),
        (DOMESTIC, "I speak Polish and English at home with my family.", DOMESTIC[0]),
        # A near miss: cleaning toilets is not personal care, a grandmother's visit is not work with older people.
        (CARE, "I cleaned the toilets and sinks on the ward every morning.", CARE[0]),
        (CARE, "I visited my grandmother in her flat every Sunday.", CARE[1]),
        # A criterion's words read as one idea: "good" alone is not IT skills, customers are not older people.
        (ADMIN, "I am a hard worker and a good team player.", ADMIN[9]),
        (CARE, "I served customers and sold phone contracts at a phone shop.", CARE[1]),
    ],
)
def test_the_same_words_in_another_sense_or_someone_elses_job_are_not_evidence(
    criteria: list[str], statement: str, criterion: str
) -> None:
    assert covered(statement, criteria)[criterion] is False


def test_a_qualification_named_by_its_kind_or_level_evidences_the_word_qualification() -> None:
    wanted = Criterion("An IT qualification such as ECDL or ITQ Level 2", "desirable")
    criteria = [Criterion(text) for text in ADMIN] + [wanted]
    text = "I have GCSEs in English and maths from 2009, and I passed ITQ Level 2 at a college in Ealing in 2017."
    row = next(row for row in check_text(text, "statement", criteria).criteria if row.text == wanted.text)
    assert row.status == "covered"
