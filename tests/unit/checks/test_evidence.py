"""Coverage evidence: the resident's own experience (not a lack, a wish or a relative's job), and paraphrase
that names an example of what a criterion asks for."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers, check_text
from applications.checks.experience import Voice, voice
from applications.checks.matching import key_terms
from tests.unit.checks.builders import status_of

LICENCE = Criterion("Full UK driving licence")
HOSPITAL = Criterion("Experience of working in a hospital")
CARE_HOME = Criterion("Experience of working in a care home")
TEAM = Criterion("Ability to work as part of a team")
PHONE = Criterion("Polite and calm manner on the telephone")
SOFTWARE = Criterion("Experience of using a patient booking system such as EMIS", "desirable")
CARE_SETTING = Criterion("Previous experience of working in a care setting")
NVQ = Criterion("NVQ Level 2 in Health and Social Care or willing to work towards it")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I haven't used a booking system before.", Voice.LACK),
        ("I have never worked in a kitchen, but I cook for my family.", Voice.LACK),
        ("I don't have a driving licence.", Voice.LACK),
        ("I have never worked in an office, though I had no problems learning a till.", Voice.LACK),
        ("I have no experience of working with children.", Voice.LACK),
        ("I am not a qualified first aider yet.", Voice.LACK),
        ("One day I would like to train as a nurse.", Voice.WISH),
        ("I hope to find a job in a hospital.", Voice.WISH),
        ("Visiting the ward made me want to work there.", Voice.WISH),
        ("My sister works as a midwife at Northwick Park.", Voice.SOMEONE_ELSE),
        ("Our son was a porter for ten years.", Voice.SOMEONE_ELSE),
        ("On Sundays my aunt sings in a choir, so I drive her there.", Voice.OWN),
        ("My grandad lives in a nursing home, and I visit him on Fridays.", Voice.SOMEONE_ELSE),
        ("My husband and I ran a corner shop for nine years.", Voice.OWN),
        # Habits told in the negative are still the resident's own experience.
        ("I never discussed a client's money with anyone outside the team.", Voice.OWN),
        ("In three years I was never once late.", Voice.OWN),
        ("I have never had a complaint from a customer.", Voice.OWN),
        ("I have not taken a day off sick since 2020.", Voice.OWN),
        ("I learned bricklaying from my grandfather.", Voice.OWN),
        ("I made a plan to cover the missing shifts.", Voice.OWN),
        ("Visitors who want to see a patient must sign in.", Voice.OWN),
        # A denial with its verb left out or given up, a preference, never having been in charge
        ("Weekends I can work, but late shifts I cannot, because my son is eight.", Voice.LACK),
        ("I work Saturdays in a shoe shop and I can't give that up.", Voice.LACK),
        ("I would prefer to stay on day shifts.", Voice.LACK),
        ("I was never a supervisor, but on Sundays I am the most senior cleaner.", Voice.LACK),
        ("I was a supervisor at the hotel for two years.", Voice.OWN),
        ("A booking system for dentists I did not use yet.", Voice.LACK),
        ("When he could not log in, I did not use any jargon.", Voice.OWN),  # how it was done, not a lack
        # Only part of what is asked, and training without its certificate
        ("I know a little Urdu from my neighbours, but I can't really speak it.", Voice.LACK),
        ("I only speak English, though I can say hello in Twi.", Voice.LACK),
        ("I have school runs, so I could only do day shifts.", Voice.LACK),
        ("I can work Saturdays, but not Sundays because of church.", Voice.LACK),
        ("We had a fire safety talk at the warehouse, but I never got a certificate.", Voice.LACK),
        ("It was a short first aid session, not a certificate course.", Voice.LACK),
        ("I work nights, but not because I have to: I like the quiet.", Voice.OWN),
        ("I can work until 5 from Monday to Thursday, but on Fridays I have to leave at 2.", Voice.LACK),
        ("I've had a bad knee since last year, so no heavy lifting now.", Voice.LACK),
        ("Fire doors - fitted closers on a school job but couldn't tell you the rules.", Voice.LACK),
        ("I understand Yoruba, but I only speak a little.", Voice.LACK),
        ("The surgery started me on it, but I've only done about half of the standards.", Voice.LACK),
        ("I've never skipped a step on the checklist.", Voice.OWN),  # a clean record
        ("I lifted boxes of paper all day and carried them up to the third floor.", Voice.OWN),
        ("I'm not very confident with spreadsheets.", Voice.LACK),
        ("I don't pay the bills myself, but every Friday I pass the receipts on.", Voice.LACK),
        ("I do not tell my whole story to everyone, and I ask myself first who it is for.", Voice.OWN),
        ("I've only ever driven my mum's Corsa, nothing bigger.", Voice.LACK),
        ("I know West London well from driving round, not so much south of the river.", Voice.LACK),
        ("I have a full licence but it's automatic only.", Voice.LACK),
        ("I went to a one-day taster session, but it didn't lead to a certificate.", Voice.LACK),
        ("The agency gave me a cleaning certificate of its own, but it is not the BICS one.", Voice.LACK),
        ("I hold the food hygiene Level 2, but not the allergen one yet.", Voice.LACK),
        ("I chose the blue one because it was the right size for him.", Voice.OWN),
        ("My written English is still weak, so my son checks my long emails.", Voice.LACK),
        ("My typing is quite basic.", Voice.LACK),
        ("My first job was basic cleaning at a hotel in Hayes for two years.", Voice.OWN),
        ("I got a B in English but failed maths, and I have not resat it.", Voice.LACK),
        ("When the card reader failed, I took the payments by hand and wrote each one down.", Voice.OWN),
        ("I can stay until 7, but I couldn't stay to the end of a late clinic.", Voice.LACK),
        ("I know some Tamil from my neighbours, but not enough to hold a conversation.", Voice.LACK),
        ("I've hardly ever used Excel; our rotas are on the agency's own software.", Voice.LACK),
        ("I can type into Excel, but I have never put a list in order.", Voice.LACK),
        ("I don't play an instrument, and I'm too shy to sing in front of people.", Voice.LACK),
        ("I find it very hard when relatives are crying, so I fetch the nurse.", Voice.LACK),
        ("At the unit the senior carer works the hoist and I only hold the sling.", Voice.LACK),
        ("I set out the mats for the physios, but they run the sessions themselves.", Voice.LACK),
        ("I helped him to the bathroom and he washed by himself.", Voice.OWN),
        ("I passed Functional Skills English at Level 1, and I am starting Level 2 in January.", Voice.WISH),
    ],
)
def test_voice_tells_own_experience_from_a_lack_a_wish_or_someone_elses(sentence: str, expected: Voice) -> None:
    assert voice(sentence) is expected


def test_a_wizard_answer_saying_the_resident_lacks_the_thing_is_not_yet_covered_kindly() -> None:
    answer = "I haven't used a booking system like that, but I am quick to pick up new computer programs."
    report = check_answers([(SOFTWARE, answer), (TEAM, "")])
    assert status_of(report, SOFTWARE) == "missing"
    finding = next(f for f in report.findings if f.params.get("criterion") == SOFTWARE.text)
    assert finding.code == "criteria.not_yet"
    assert report.text[finding.span[0] : finding.span[1]].startswith("I haven't used")
    assert not {"criteria.weak", "criteria.off_topic"} & set(report.codes())


def test_a_wizard_answer_with_a_lack_and_then_a_real_example_on_the_point_is_covered() -> None:
    answer = (
        "I have not worked in a hospital. For two years I worked nights in a care home in Wembley, where I helped "
        "residents to wash and dress and wrote up their care notes."
    )
    report = check_answers([(CARE_SETTING, answer)])
    assert status_of(report, CARE_SETTING) == "covered"
    assert "criteria.not_yet" not in report.codes()


def test_a_wish_is_evidence_only_where_the_criterion_asks_for_willingness() -> None:
    wish = "I would like to start the NVQ in Health and Social Care this autumn and have asked my college about it."
    report = check_answers([(NVQ, wish)])
    assert status_of(report, NVQ) == "covered"
    text = "I hope to work in a hospital one day. " + wish
    assert status_of(check_text(text, "statement", [HOSPITAL, TEAM, PHONE]), HOSPITAL) == "missing"


def test_a_relatives_job_and_a_wish_do_not_evidence_the_residents_experience() -> None:
    text = (
        "My husband has been a paramedic at a large London hospital for twenty years.\n\n"
        "I would really like to work in a hospital myself.\n\n"
        "At the garden centre I answered the phone politely and took orders from customers."
    )
    report = check_text(text, "statement", [HOSPITAL, TEAM, PHONE])
    assert status_of(report, HOSPITAL) == "missing"
    assert status_of(report, PHONE) == "covered"
    own = text.replace("My husband has been a paramedic", "I have been a porter")
    assert status_of(check_text(own, "statement", [HOSPITAL, TEAM, PHONE]), HOSPITAL) == "covered"


def test_free_text_that_says_the_resident_lacks_it_gets_the_not_yet_finding() -> None:
    text = "I cannot drive yet and I have not taken my driving test. I worked in a team of five at a bakery."
    report = check_text(text, "statement", [LICENCE, TEAM, PHONE])
    assert status_of(report, LICENCE) == "missing"
    codes = [f.code for f in report.findings if f.params.get("criterion") == LICENCE.text]
    assert codes == ["criteria.not_yet"]


@pytest.mark.parametrize(
    ("criterion", "evidence", "near_miss"),
    [
        (
            "Practical experience of a trade",
            "For six years I was a self-employed plasterer and tiler in Southall.",
            "I enjoy watching home improvement programmes on television.",
        ),
        (
            "Able to use hand tools safely",
            "I keep my hammer, chisels and screwdrivers sharp and clean, and I always wear gloves.",
            "I carried the shopping home by hand every week.",
        ),
        (
            "Safe working at height",
            "I clear gutters from a ladder and always have someone foot it for me.",
            "I worked on the top floor of a tall office building.",
        ),
        (
            "Willing to wear protective clothing",
            "At the bakery I put on an apron, a hairnet and a face mask before every shift.",
            "I like to dress smartly for work.",
        ),
        (
            "Full UK driving licence",
            "I passed my driving test at nineteen and have driven a van for deliveries since.",
            "My brother drives a taxi in Ealing.",
        ),
        (
            "Able to work night shifts",
            "At the bakery I worked from 11pm until 6am.",
            "At the bakery I worked from 10am until 4pm.",
        ),
        (
            "Able to work early shifts",
            "At the depot my working day began at 5am.",
            "At the depot my working day began at 2pm.",
        ),
        (
            "Experience of working in a care home",
            "I worked nights in a nursing home for older people for two years.",
            "I care for my grandfather in his own home every evening.",
        ),
    ],
)
def test_an_example_of_what_a_criterion_names_evidences_it_and_a_near_miss_does_not(
    criterion: str, evidence: str, near_miss: str
) -> None:
    wanted = [Criterion(criterion), TEAM, PHONE]
    assert check_text(evidence, "statement", wanted).criteria[0].status == "covered"
    assert check_text(near_miss, "statement", wanted).criteria[0].status == "missing"


def test_examples_go_one_way_from_the_general_word_to_the_particular() -> None:
    wanted = [Criterion("Experience of plumbing"), TEAM, PHONE]
    assert check_text("I have learned a trade.", "statement", wanted).criteria[0].status == "missing"


def test_a_product_name_is_not_taken_for_a_generic_word() -> None:
    # "Excel" shares its stem with "excellent", a word every criterion may use.
    assert key_terms("Experience of using Microsoft Excel") == ["microsoft", "excel"]
    assert key_terms("Excellent spoken English") == ["spoken", "english"]


def test_alternatives_in_a_criterion_are_one_term() -> None:
    assert key_terms("Experience in a factory, a laboratory or a warehouse") == ["factori|laboratori|warehous"]
    assert key_terms("Experience of working in a school or care home") == ["school|care home"]
    # Two single words often share the noun after them: each stays its own term.
    assert key_terms("Experience in a retail or hospital pharmacy") == ["retail", "hospit", "pharmaci"]


def test_one_synonym_does_not_count_for_two_words_of_a_criterion() -> None:
    wanted = [Criterion("Good spoken English to talk with patients and staff"), TEAM, LICENCE]
    text = "When the fire alarm went off I told everyone to leave by the back stairs."
    assert check_text(text, "statement", wanted).criteria[0].status == "missing"
