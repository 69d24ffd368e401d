"""Wizard answers that tell of a neighbouring setting, program or certificate, or leave part of the criterion to
someone else, to later or undone, in English and the site's other languages; beside them, answers that meet the
criterion in full. Sentences here are written for these tests, not taken from the evaluation corpora."""

from __future__ import annotations

import pytest

from applications.checks import Criterion, check_answers
from tests.unit.checks.builders import status_of

HOSPITAL_OR_HOME = Criterion("Previous work in a hospital, hospice or nursing home")
INFECTION = Criterion("Knowledge of infection control, including hand hygiene and the safe disposal of sharps")
TEAMS = Criterion("Able to hold video appointments with patients on Microsoft Teams")
BOOKING_SYSTEM = Criterion("Experience of booking appointments on a healthcare system such as EMIS")
EMIS = Criterion("Experience of using EMIS")
FRANKING = Criterion("Experience of using a franking machine for the post")
CARE_CERTIFICATE = Criterion("Care Certificate")
NVQ = Criterion("NVQ Level 2 in Customer Service")
FIRST_AID = Criterion("First aid training")
DELIVERIES = Criterion("Able to check deliveries against the order")
WEEKENDS = Criterion("Able to work extra shifts at short notice, including weekends")
LEADING = Criterion("Experience of leading a shift or a small team")
OBSERVATIONS = Criterion("Able to notice and record changes in a patient's condition")
SPOKEN_ENGLISH = Criterion("Good spoken English, as much of the work is on the phone")
COMMUNITY_LANGUAGE = Criterion("Speaks a community language used in Ealing, such as Polish, Punjabi or Somali")
TRAVEL = Criterion("Able to travel between our clinics in Wembley and Harrow")
EVENINGS = Criterion("Able to work evenings, 5pm to 9pm, Monday to Friday")
STAY_LATE = Criterion("Able to stay until 9pm when clinics run late")
PRACTICES = Criterion("Able to work at different practices across Westminster")
GROUPS = Criterion("Able to run small group sessions for older people learning to use tablets")
RECORDS = Criterion("Able to update patient records on the computer")
CONFIDENTIAL = Criterion("Understanding of why patients' records must be kept confidential")


@pytest.mark.parametrize(
    ("criterion", "answer", "code"),
    [
        # another setting than those asked
        (
            HOSPITAL_OR_HOME,
            "For three years I cleaned the waiting room and treatment rooms of a dental surgery in Acton each evening.",
            "criteria.close_but_other",
        ),
        (
            INFECTION,
            "I hold a Level 2 food hygiene certificate from the café, so I wash my hands and keep raw meat apart.",
            "criteria.close_but_other",
        ),
        # another program or app than the one asked
        (
            TEAMS,
            "In lockdown I ran our church's weekly coffee morning on Zoom for 20 people and sent everyone the link.",
            "criteria.other_software",
        ),
        (
            BOOKING_SYSTEM,
            "At the gym I book members into classes on the gym's app, move them when a class is full and text them.",
            "criteria.other_software",
        ),
    ],
)
def test_a_neighbouring_setting_certificate_or_program_is_close_but_not_what_is_asked(
    criterion: Criterion, answer: str, code: str
) -> None:
    report = check_answers([(criterion, answer)])
    assert status_of(report, criterion) == "missing"
    assert code in report.codes()


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            HOSPITAL_OR_HOME,
            "For three years I cleaned the wards at Ealing Hospital every morning, including the side rooms.",
        ),
        (
            INFECTION,
            "On the ward I wash my hands before and after every patient and put used needles straight in the sharps "
            "bin, never in a bag.",
        ),
        (TEAMS, "Since 2022 I have set up Microsoft Teams calls for our patients' reviews and talked them through it."),
        (
            BOOKING_SYSTEM,
            "At the surgery I book about 50 patients a day into EMIS, move them when a clinic is cancelled and text "
            "them.",
        ),
    ],
)
def test_the_setting_certificate_or_program_asked_still_counts(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # only watched, or the workplace has none
        (EMIS, "On my placement at the surgery I watched the receptionists booking patients in on EMIS every day."),
        (FRANKING, "We don't have a franking machine at the charity. A mailing company sends our letters for us."),
        # a course part done, or only a wish
        (
            CARE_CERTIFICATE,
            "I began the Care Certificate in March at the home and I have signed off nine standards so far.",
        ),
        (NVQ, "At the call centre I did about half of the portfolio for my NVQ 2, then the company closed down."),
        (FIRST_AID, "Not yet. I have looked at the St John course online and I would be keen to go on it this year."),
        # a part someone else does, turned down or left to them
        (DELIVERIES, "When the van comes I help the porter carry the boxes in while he checks them against the order."),
        (
            WEEKENDS,
            "In the flu outbreak I did extra long days all week. Weekends I care for my dad, so I could not take on "
            "those.",
        ),
        (
            LEADING,
            "When my manager was off I kept an eye on the queue and told her how many were waiting. The decisions were "
            "always hers.",
        ),
        # a claim with no example
        (OBSERVATIONS, "I am very observant and I always notice when somebody is not their usual self."),
    ],
)
def test_watching_a_course_part_done_a_part_left_to_others_or_a_claim_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (SPOKEN_ENGLISH, "English is my first language, and callers at the council often tell me I am easy to follow."),
        # "only a few words" is the children's, not the resident's
        (
            COMMUNITY_LANGUAGE,
            "Polish is my first language. At the nursery I help children who have only a few words of English to "
            "settle in.",
        ),
        (DELIVERIES, "When the van comes I check every box against the order myself and sign for it."),
    ],
)
def test_a_first_language_or_a_limit_of_someone_else_still_counts(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer", "code"),
    [
        # I finished half of the modules of the Level 2 course.
        (NVQ, "ro", "Am terminat jumătate din module la cursul NVQ Level 2 in Customer Service.", "criteria.not_yet"),
        # I am half-way through the course; I still have three lessons to go.
        (
            NVQ,
            "pt",
            "Estou a meio do curso NVQ Level 2 in Customer Service. Faltam-me três lições.",
            "criteria.not_yet",
        ),
        # I have signed up for a first aid course that starts next month.
        (FIRST_AID, "fa", "برای دورهٔ کمک‌های اولیه ثبت‌نام کرده‌ام که ماه بعد شروع می‌شود.", "criteria.not_yet"),
        # I wish to do the first aid course.
        (FIRST_AID, "ta", "முதலுதவி படிப்பைப் படிக்க வேண்டும் என்று ஆசை.", "criteria.missing"),
        # I signed up for the first aid course, but it was cancelled and I am still waiting for a date.
        (FIRST_AID, "ar", "سجلت في دورة الإسعافات الأولية، لكنها ألغيت وما زلت أنتظر موعداً جديداً.", "criteria.not_yet"),
        # I finished ten standards; the others are still not signed off.
        (
            CARE_CERTIFICATE,
            "so",
            "Care Certificate-ka 10 heer ayaan dhammeeyey, inta kale weli lama saxiixin.",
            "criteria.not_yet",
        ),
        # The nurse wrote on the computer; I sat beside her.
        (RECORDS, "so", "Kalkaalisada ayaa kombiyuutarka wax ku qortay, anigu waan ag fadhiyey.", "criteria.not_yet"),
        # I look up where a file is on the scanner; we are not allowed to change anything on the computer.
        (
            RECORDS,
            "ur",
            "میں سکینر پر فائل ڈھونڈ لیتی ہوں، لیکن کمپیوٹر میں کچھ بدلنے کی ہمیں اجازت نہیں۔",
            "criteria.not_yet",
        ),
        # The library officer runs the class; I hand out the tablets. She does the teaching herself.
        (GROUPS, "pa", "ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਹਰ ਹਫ਼ਤੇ ਕਲਾਸ ਹੁੰਦੀ ਹੈ। ਮੈਂ ਟੈਬਲੇਟ ਵੰਡਦੀ ਹਾਂ। ਪੜ੍ਹਾਈ ਉਹ ਆਪ ਕਰਦੀ ਹੈ।", "criteria.not_yet"),
        # Wembley is easy by bus. Harrow is too far for me.
        (TRAVEL, "gu", "વેમ્બલી હું બસથી સહેલાઈથી જઈ શકું છું. હેરો મારા માટે બહુ દૂર પડે છે.", "criteria.hours_ruled_out"),
        # Monday to Thursday evenings are fine. Friday evening is hard.
        (
            EVENINGS,
            "ur",
            "پیر سے جمعرات تک شام پانچ سے نو بجے تک ٹھیک ہے۔ جمعے کی شام مشکل ہے۔",
            "criteria.hours_ruled_out",
        ),
        # I can stay until 7pm, but no longer.
        (STAY_LATE, "pl", "Mogę zostać do 19:00, ale nie dłużej, bo odbieram córkę.", "criteria.hours_ruled_out"),
        # I can work in Paddington. Pimlico is too far.
        (
            PRACTICES,
            "pt",
            "Posso trabalhar em Paddington, perto de casa. Pimlico fica muito longe para mim.",
            "criteria.hours_ruled_out",
        ),
    ],
)
def test_in_another_language_a_course_half_done_a_part_others_do_or_a_place_or_hour_ruled_out_is_not_yet(
    criterion: Criterion, language: str, answer: str, code: str
) -> None:
    report = check_answers([(criterion, answer)], language=language)
    assert status_of(report, criterion) == "missing"
    assert code in report.codes()


def test_someone_else_not_giving_permission_is_no_lack_in_urdu() -> None:
    # Once a man asked for his wife's file; it was in her name and she had not given permission, so I politely
    # said no.
    answer = (
        "ایک بار ایک آدمی نے اپنی بیوی کی فائل مانگی۔ "
        "فائل بیوی کے نام پر تھی اور انہوں نے اجازت نہیں دی تھی، اس لیے میں نے نرمی سے منع کر دیا۔"
    )
    assert status_of(check_answers([(CONFIDENTIAL, answer)], language="ur"), CONFIDENTIAL) == "covered"
