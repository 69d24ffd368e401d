"""General extraction rules, each shown on an advert written for the test (issue 8's held-back misses)."""

from __future__ import annotations

import docx
import pytest

from applications.checks import extract_criteria, read_document
from applications.checks.extraction import not_a_criterion, prose_level, symbol_key
from tests.unit.checks.builders import add_rows, blank_docx, docx_bytes, pdf_bytes, pdf_bytes_at

# Lines an advert may print under "Essential" that are no requirement of the person.
NEVER_CRITERIA = [
    "Dysphagia competency framework (IDDSI levels), completed within six months of starting",  # the job gives it
    "Catheter care competency, signed off by a ward nurse within six weeks of starting",  # the job gives it
    "We must receive your application by 5pm on Monday 3 March",  # how to apply
    "We would welcome applications from carers and from people with a learning disability",  # a welcome
    "Full training on SystmOne and the clinic's templates in your first month",  # training the job gives
    "You don't need a trade qualification – we will pay for your PASMA course in your first three months",
    "Knowledge of the local bus routes is not required",  # a "not required" line about knowledge
    "Food safety e-learning, completed during induction",  # training the job gives
    "Hand hygiene e-learning, completed during your Trust induction",
    "Up-to-date immunisations, including MMR, before starting",  # an occupational health check
    "Sign-off on each procedure (completed with your supervisor in post)",
    "Funded place on the Level 3 apprenticeship after a year in post",
    "You will also have three days' training on our booking system",
    "You don't need to know medical words before you start",
    "Applicants who have not worked in a hospital before are welcome",
    "Trust induction, including fire safety and basic life support, in your first two weeks",
    "Basic Life Support – provided by our training team in the first two months",
    "Paediatric Immediate Life Support - provided in first 3 months",
    "Previous NHS or fire service experience is not needed",  # nothing needed
    "Clinical skills training (observations and ECG recording) during your supernumerary period",
    "To be shortlisted you must meet criteria 1 and 12 and score at least 1 on every other",  # how the panel works
    "These help us choose between applicants who meet everything above",
    "Hide",  # a careers site's accordion control
    "Show all sections",
    "We would like you to join us at Band 4, on a permanent contract",  # an invitation
    "You must be 18 or over when the course starts",  # eligibility
    "You must put any caller at risk straight through to the duty clinician",  # a duty
    "All new starters complete Makaton training in their first six months",  # training the job gives
    "Deaf awareness training, which every new starter completes in the first month",
    "Trust induction and Makaton foundation training, completed in the first eight weeks",
    "You don't need to be a benefits expert – we fund accredited welfare rights training",
    "Paid overtime for the Thursday evening parent workshops",  # a benefit
    "We welcome applications from people returning to work after a career break",  # an invitation
    "No previous stroke experience? We will give you full training in stroke care",
    "Funded Level 4 IT apprenticeship available after probation",
    "Codes starting with E are essential and codes starting with D are desirable",  # the key
    "T and P lines are not used for shortlisting",
    "Please show how you meet each of them in your supporting information",
    "Care Certificate – we will support you to complete it in your first 12 weeks",  # training the job gives
    "You will have a named clinical supervisor and monthly group supervision",  # what the job gives
    "You will also have placements in a hospital ward and a GP practice",
    "On a shift you will welcome visitors and help them make a plan to stay safe",  # a duty
    "You must never release a batch until its plates have been read and signed off",  # a rule of the job
    "Funding rules mean that applicants must not already hold a qualification at the same level",  # eligibility
    "On appointment: Essential means you need it to be shortlisted",  # the key to the levels
    "We recruit for our values, so the person specification is set out under them",
    "The Trust will provide phlebotomy training",
    "Once you pass probation you will be enrolled on the Level 3 diploma at no cost to you.",
    "You will answer queries from ward staff by phone and email",  # a duty
    "You'll be based in the outpatients department",  # a duty
    "The post holder will book interpreters for clinics",  # a duty
    "Deliver post and parcels to every ward twice a day",  # an instruction: a duty
    "Responsible for ordering stationery",  # a duty
    "We provide free uniforms and 27 days' holiday",  # a benefit
    "You will receive a generous employer pension contribution",  # a benefit
    "Staff discounts at local shops",  # a benefit
    "Career development opportunities",  # a benefit
    "Applicants need the right to work in the UK",  # eligibility
    "We are unable to offer visa sponsorship for this post",  # eligibility
    "A satisfactory enhanced disclosure will be needed",  # eligibility (DBS)
    "Must be aged 18 or over",  # eligibility
    "Experience not required, we will train you",  # nothing needed
    "People without any care experience are encouraged to apply",  # nothing needed
    "No kitchen experience needed - we will show you everything",  # nothing needed, naming the kind
    "Overalls are provided and must be worn at all times",  # a uniform: a rule of the job
    "Flexible working is important to how we look after our staff",  # a benefit
    "Working alongside the nurses, the postholder will escort patients to theatre",  # a duty mid-line
    "You must log every call in the helpdesk system on the day it comes in",  # a duty, told with "must"
    "No experience of catering is needed - full training is given",  # nothing needed
    "Hepatitis B immunity confirmed by Occupational Health before you start",  # eligibility
    "Our estates team is essential to keeping the hospital safe and warm",  # about the team, not the person
    "The post holder must complete a daily cleaning checklist for the ward kitchen",  # a duty, at the line's start
    "You must complete the trust's fire safety course in your first month",  # a duty of the job
    "Will attend team meetings and the annual appraisal",  # a duty with no subject
    "As a porter you will be the link between the wards and the labs",  # what the job is
    "Hi-vis jackets, gloves and boots are provided",  # a benefit, however many things are listed
    "No cooking knowledge or kitchen experience is needed",  # nothing needed, naming two kinds
    "Key: E = Essential, D = Desirable",  # a key to the level marks
    "(E) = essential, (D) = desirable",
    "You must check the wheelchairs every morning and report any faults",  # a duty with when it is done
    "Must complete the Trust's sterile services training before working alone",
    "Completion of the moving and handling course within six weeks of starting",
    "Kitchen experience is not required - we will train you",  # nothing needed, the kind before it
    "Shifts can be arranged around childcare",  # a benefit
    "A car is not needed for this post",  # nothing needed
    "You must lock the tills at closing and bank the takings with a colleague",  # a duty, with when it is done
    "Free eye tests and flu jabs for all staff",  # a benefit
    "Training on the Trust's rostering system is provided",  # training the job gives
    "Moving and handling training (given in your first fortnight)",
    "Conflict resolution training, which we run during your induction",
    "Enrolment on the Level 2 Certificate in Cleaning within the first year (paid for by us)",
    "Attendance at the two-day fire warden course in the first month",
    "No catering background needed - we will show you the ropes",  # nothing needed
    "Previous hospital employment is not required",
    "You don't have to have worked in the NHS before",
    "Renal competency framework - to be completed in post",  # training the job gives
    "The successful applicant will be employed by CNWL",  # who employs the post holder
    "You do not need a counselling or psychology background",  # nothing needed, naming two kinds
    "No formal qualification is expected",
    "You must report any broken seal to the sterile services manager",  # a duty told as a rule
    "Every delivery must be signed for before it leaves the dock",  # a duty in the passive
    "Interviews will be held at Ealing Hospital in the week of 6 March",  # what happens next
    "As a support worker you will have your own list of planned visits",  # a caseload of one's own: a duty
    "We shortlist on your supporting statement, so please show us how you meet each point",  # how to apply
    "Apply online (you will be taken to Trac)",
    "Access to the apprenticeship levy after probation",  # a benefit
    "Logging every call - calls must never be closed without a note, and you must record who you spoke to",
    "Never worked in a pharmacy? That's fine - we will train you",  # nothing needed
    "You don't need any clinical qualifications or experience",
    "Personal experience of caring is not required",
    "Every new starter completes the autism training in their first month; we arrange and pay for it",
    "The service funds the sedation certificate after a year in post",
    "Fire safety e-learning, completed in your first week",
    "You will be trained to use the booking system in your first fortnight",  # training the job gives
    "Completion of the Trust's call-handling course, which you will attend on appointment",
    "Information governance training will be completed during your induction",
    "It is essential that you complete our one-week induction before you work alone",
    "Must escalate any missed collection to the transport manager",  # a task, told with "must"
    "Previous NHS experience is welcome but not required",  # nothing needed
    "Experience of working in a hospital is not required",
    "Back to vacancies",  # a web page's links, pasted with the advert
    "Sign up for job alerts",
    "Print this job",
    "© 2028 Ealing GP Federation. All rights reserved.",
    "Accept all cookies",
    "Download job description (PDF, 300 KB)",
    "Must be willing to complete the Trust's records training in the first month",  # training the job gives
    "You would have the advantage of a settled weekday pattern with no nights",  # a benefit
    "A funded Level 3 certificate for staff who want to build a career in the team",
    "Paid fire marshal training in your first month",  # training the job gives
    "Records system induction (provided in post)",
    "Manual handling training in week one",
    "You DON'T need a car",  # nothing needed
    "You don't need a clinical background - we will train you",
    "No experience of working in primary care needed - a full induction is given",
    "Previous hospital experience – not required",
    "We do not expect NHS experience",
    "Must wear Trust uniform and keep bare below the elbows in clinical areas",  # a rule of the job
    # tasks with a deadline of the day or the month
    "Must unlock the day centre and switch off the alarm by 7.30am on early shifts",
    "Must send the monthly fridge temperature log to pharmacy by the 3rd working day",
    "Must put out the clinic notes and label the specimen pots before the first clinic starts",
    "Flexible working from day one",  # a benefit
    "Lease car scheme and mileage paid at NHS rates",  # benefits for travelling staff
    "Funded Level 3 Business Administration apprenticeship available after probation",  # given after probation
    "A funded phlebotomy course is offered to every new starter after probation",
    "Hybrid working of up to two days a week at home after probation",
    "Previous estates, construction or facilities experience is not required",  # nothing needed, listed with commas
    "Essential: You must restock every procedure room with linen before the first list at 8am",  # a duty, labelled
    "Must have the day's admission list printed and the wristbands ready by 7.15am",  # a task to have done by a time
    "As well as answering IT calls, you will be part of the Trust's Registration Authority team",  # the team joined
    "Reduced-rate staff parking at Hillingdon Hospital",  # a benefit
    "No experience of working with children or in a hospital is required",  # nothing needed, a long "of ..."
    "Must have every clinic letter typed and sent before the end of the fifth working day",  # a task with a deadline
    "Must reconcile the day's admissions with the ward board before handover at 8pm",
    "Must complete the information governance e-learning before you are given access to patient records",  # training
    "Pool car available and mileage paid at NHS rates",
    "Discounted staff travel on the Trust's shuttle bus between sites",
    "Apply on NHS Jobs (search the title) or message me for the link",  # how to apply
    "Similar jobs",  # other jobs listed under the advert
    "Medical Secretary  ·  Band 4  ·  Harrow",
    "Why CLCH?",
    "Each requirement is followed by whether it is essential or desirable and how we will assess it.",
    "Full phlebotomy competency sign-off is given by our lead nurse in your first month",  # what the job gives
]
# Lines that look like those but are requirements of the person.
CRITERIA = [
    "Care Certificate, or willing to complete it within 12 weeks of starting",  # a willingness criterion
    "Training in manual handling, with a certificate from the last three years",  # training held, asked for
    "Full clean UK driving licence",
    "Maintain confidentiality at all times",
    "Record of good attendance",
    "Eligible for registration with the HCPC",
    "Experience of answering a busy switchboard",
    "Typing speed of 40 words a minute",
    "Serving customers in a cafe or canteen",
    "Knowledge of the NHS pension scheme rules",
    "You will have experience of handling cash",
    "You will need to be able to lift boxes of up to 10 kg",
    "Working with the public, the postholder must be able to stay calm",  # "must be": a requirement
    "No more than three penalty points on your driving licence",
    "Maths at grade A - essential for the finance team",  # a grade and a level, not a key to the marks
    "As a porter you will need to be fit enough to walk most of a shift",  # "As a ..., you will need": asked
    "Will have experience of working in a kitchen",  # a terse requirement with no subject
    "Able to use the cleaning machines that are provided",  # about the person, though "provided" is in it
    "You must hold a full UK driving licence",  # "must hold": a requirement
    "You must be able to check stock against delivery notes every day",  # "must be able": a requirement
    "Have completed manual handling training provided by a previous employer",  # training already done
    "Evidence of infection control training given by an accredited provider",
    "Level 2 award in customer service",  # an award is a qualification
    "Good numerical skills for checking hours, annual leave and overtime",  # a skill, though it names leave
    "Able to chase outstanding pre-employment checks without being reminded",  # a skill about the checks
    "Care Certificate, or willing to complete it in your first 12 weeks",  # asked, with a way to meet it
    "Able to manage a caseload of studies and meet sponsor deadlines",  # a study's sponsor, not a visa's
    "Experience of returning calls to the public",  # "return" is a duty only after "must"
    "Willing to complete the competency framework in post",  # asked: willingness
    "Experience of delivering induction to new staff in the first weeks of their job",  # a skill about induction
    "Experience of giving immunisations in a GP practice",  # a skill, though it names immunisations
    "Level 2 Certificate in Fitness Instructing (Gym) or equivalent",  # a gym qualification, not a gym benefit
    "Able to drive a pool car between sites",  # asked of the person, though it names a pool car
    "Able to keep accurate mileage records for the team",
    "Willing to complete the Level 3 apprenticeship after probation",  # asked: willingness
    "Essential: Able to work early shifts",  # a requirement with its level before it
    "Experience of giving feedback to new staff in their first month",  # "giving ... in their first": asked
]


@pytest.mark.parametrize("line", NEVER_CRITERIA)
def test_duties_benefits_eligibility_and_nothing_needed_are_never_criteria(line: str) -> None:
    assert not_a_criterion(line)


@pytest.mark.parametrize("line", CRITERIA)
def test_requirements_of_the_person_are_criteria(line: str) -> None:
    assert not not_a_criterion(line)


def test_lines_printed_under_an_essential_heading_in_a_pdf_are_kept_out_when_they_are_not_requirements() -> None:
    lines = [
        "Linen Room Assistant",
        "Band 2",
        "Essential",
        "- Able to fold and count linen quickly and accurately",
        "- You will collect used linen from the wards each morning",
        "- Applicants must hold an up to date DBS certificate",
        "- We offer 30 days' annual leave once you have worked here five years",
        "- Previous experience is not required",
        "- Happy to work on your feet all day",
        "Desirable",
        "- Experience in a laundry or a hotel",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Able to fold and count linen quickly and accurately",
        "Happy to work on your feet all day",
    ]
    assert vacancy.desirable == ["Experience in a laundry or a hotel"]


def test_a_requirement_wrapped_onto_a_second_pdf_line_stays_one_criterion() -> None:
    lines = [
        "Essential criteria",
        "- Experience of helping members of the public in a busy",
        "place such as a library or a shop",
        "- Calm under pressure",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Experience of helping members of the public in a busy place such as a library or a shop",
        "Calm under pressure",
    ]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("It is vital that discharge letters are sent on the day the patient leaves.", None),
        ("It is essential that every sample is labelled at the bedside.", None),
        ("It is essential that you can drive between our three sites.", "essential"),
        ("You will need to be able to explain forms in plain words.", "essential"),
        ("Candidates should have a good level of written English.", "essential"),
        ("A working knowledge of SystmOne is essential.", "essential"),
        ("Good hand hygiene is essential on every ward.", None),
        ("Ideally you will have worked in a GP surgery before.", "desirable"),
        ("A phlebotomy certificate would be an asset.", "desirable"),
        ("You will scan and index incoming post.", None),
        ("We offer a pension that is essential for your future.", None),
        ("It is essential for the post holder to have a car.", "essential"),
        ("It is essential to keep the ward clean at all times.", None),
        ("This is a trainee post: you will be paid while you learn.", None),
        ("You will be confident using a computer.", "essential"),
        ("We work with the family so that the behaviour is needed less.", None),
        ("Completion of a manual handling course is desirable.", "desirable"),
        ("Of course, a quiet room for breaks would be welcome.", None),
    ],
)
def test_prose_is_a_criterion_only_when_it_asks_something_of_the_person(sentence: str, level: str | None) -> None:
    assert prose_level(sentence) == level


def test_prose_under_a_heading_takes_its_level_and_duties_in_prose_stay_out() -> None:
    advert = """Clinic Coordinator
The job
You will run three clinic lists each week. It is essential that every list is ready the evening before.

About you
It is essential that you are organised and can juggle several tasks. You will need to be able to stay polite \
with callers who are upset. Experience of Cerner would be useful.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "It is essential that you are organised and can juggle several tasks.",
        "You will need to be able to stay polite with callers who are upset.",
    ]
    assert vacancy.desirable == ["Experience of Cerner would be useful."]


NHS_JOBS_PAGE = """Job title
Theatre Support Worker

Employer name
Hillside Community Health NHS Trust

Department
Day surgery unit

Pay band
3

Closing date
Friday 9th April 2027

Job summary
Help the theatre team get each patient ready for their operation.

Person Specification
Qualifications
Essential
- Care Certificate or willing to complete it within 12 weeks
Experience
Essential
- Experience of personal care in a hospital or care home
Desirable
- Experience in an operating theatre
"""


def test_an_nhs_jobs_page_with_labels_on_their_own_lines() -> None:
    vacancy = extract_criteria(NHS_JOBS_PAGE)
    assert vacancy.job_title == "Theatre Support Worker"
    assert vacancy.employer == "Hillside Community Health NHS Trust"
    assert vacancy.band == "Band 3"
    assert vacancy.closing_date == "2027-04-09"
    assert vacancy.essential == [
        "Care Certificate or willing to complete it within 12 weeks",
        "Experience of personal care in a hospital or care home",
    ]
    assert vacancy.desirable == ["Experience in an operating theatre"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Closing date for applications: 09/04/27", "2027-04-09"),
        ("The closing date is 3rd of June 2027.", "2027-06-03"),
        ("Applications close on June 14, 2027", "2027-06-14"),
        ("Deadline - 2027-07-01", "2027-07-01"),
        ("Please get your application to us by 5pm on Monday 4 October 2027.", "2027-10-04"),
        ("Apply before: 22/10/2027", "2027-10-22"),
        ("Send your application form before 1 November 2027; interviews are on 15 November 2027.", "2027-11-01"),
    ],
)
def test_closing_dates_written_in_common_ways(line: str, iso: str) -> None:
    vacancy = extract_criteria(f"Porter\n{line}\n")
    assert vacancy.closing_date == iso
    assert vacancy.job_title == "Porter"


def test_a_role_heading_above_a_paragraph_is_no_job_title() -> None:
    vacancy = extract_criteria("Role\nYou will look after the main reception desk and greet every visitor.\n")
    assert vacancy.job_title == "not stated"


def _table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    add_rows(document.add_table(rows=0, cols=max(len(row) for row in rows)), rows)


def test_word_tables_with_an_essential_or_desirable_column_and_levels_down_the_first_column() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Requirement", "Essential or desirable", "How assessed"),
            ("Able to use a lifting hoist safely", "Essential", "Interview and practical test"),
            ("Experience on a stroke ward", "Desirable", "Application form"),
            ("Proof of the right to work in the UK", "Essential", "Pre-employment checks"),
        ],
    )
    document.add_paragraph("")
    _table(
        document,
        [
            ("Essential", "Kind and patient with older people\nAble to write clear notes"),
            ("Desirable", "Speaks Punjabi or Gujarati"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "Able to use a lifting hoist safely",
        "Kind and patient with older people",
        "Able to write clear notes",
    ]
    assert vacancy.desirable == ["Experience on a stroke ward", "Speaks Punjabi or Gujarati"]


def test_a_tick_table_with_merged_category_rows_leaves_out_a_duty_row() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Essential", "Desirable"),
            ("Training",),
            ("Basic life support certificate", "✔", ""),
            ("Experience",),
            ("You will push wheelchairs between departments", "✔", ""),
            ("Experience of working with the public", "", "✔"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Basic life support certificate"]
    assert vacancy.desirable == ["Experience of working with the public"]


def test_pdf_table_rows_that_lost_their_columns_keep_their_level_letters() -> None:
    lines = [
        "Person specification",
        "Criteria E/D Assessed",
        "Door supervisor licence from the SIA E A",
        "Conflict resolution course D A/I",
        "Able to write a clear incident report E T",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == ["Door supervisor licence from the SIA", "Able to write a clear incident report"]
    assert vacancy.desirable == ["Conflict resolution course"]


def test_phrase_headings_give_the_level_and_bracketed_levels_are_read() -> None:
    advert = """What you'll need:
- A calm and friendly manner on the phone
- Typing at a good speed (D)
It would be great if you also have:
- Experience of a GP appointment system

What's in it for you
- Free eye tests
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["A calm and friendly manner on the phone"]
    assert vacancy.desirable == ["Typing at a good speed", "Experience of a GP appointment system"]


def test_a_lost_table_without_bullets_still_offers_its_requirements_to_check() -> None:
    advert = """Person Specification
Essential Criteria
Desirable Criteria
Knowledge and skills
Can count cash and give change
Experience
Serving customers in a cafe

Job summary
Make hot drinks for visitors.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.unclear == ["Can count cash and give change", "Serving customers in a cafe"]
    assert vacancy.essential == [] and vacancy.desirable == []


def test_a_table_whose_level_column_has_no_header_and_a_desirable_cell_saying_none() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Knows how to make up a bed with a patient in it", "E"),
            ("Has worked night shifts before", "D"),
        ],
    )
    document.add_paragraph("")
    _table(document, [("Area", "Essential", "Desirable"), ("Training", "Manual handling course", "None")])
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Knows how to make up a bed with a patient in it", "Manual handling course"]
    assert vacancy.desirable == ["Has worked night shifts before"]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Band 4 Pharmacy Technician", "Pharmacy Technician"),
        ("Dental Nurse (Band 4) | Harrow", "Dental Nurse"),
        ("Gardener - Riverside Mental Health NHS Trust", "Gardener"),
        (
            "Healthcare Science Assistant - Specimen Reception | Band 2",
            "Healthcare Science Assistant - Specimen Reception",
        ),
        # The trust's name holds a comma: none of it is the title, which is on the next line.
        (
            "Barking, Havering and Redbridge University Hospitals NHS Trust\nSpecimen Reception Assistant",
            "Specimen Reception Assistant",
        ),
    ],
)
def test_the_job_title_line_without_its_band_or_employer(first_line: str, title: str) -> None:
    assert extract_criteria(f"{first_line}\nJob summary\nLook after our grounds.\n").job_title == title


def test_you_will_also_need_is_an_essential_requirement() -> None:
    assert prose_level("You will also need a good eye for detail.") == "essential"
    assert prose_level("Speaking a second language used by local families would also be desirable.") == "desirable"
    assert prose_level("We need someone who can speak calmly to worried parents.") == "essential"


@pytest.mark.parametrize(
    ("advert", "employer"),
    [
        ("Receptionist\nMill Lane Family Practice\nBand 2\n", "Mill Lane Family Practice"),
        ("Housekeeper\nSt Anne's Hospital\n", "St Anne's Hospital"),
        ("Practice Nurse\nBand 5\n", "not stated"),
        ("Porter\nEaling, Brent and Harrow NHS Trust\nBand 2\n", "Ealing, Brent and Harrow NHS Trust"),
        (
            "Porter\nCentral Middlesex Hospital - part of London North West University Healthcare NHS Trust\n",
            "London North West University Healthcare NHS Trust",
        ),
        ("Clerk\nSexual Health Service, Riverside NHS Foundation Trust, Acton\n", "Riverside NHS Foundation Trust"),
    ],
)
def test_an_employer_named_on_its_own_line_near_the_top(advert: str, employer: str) -> None:
    assert extract_criteria(advert).employer == employer


def test_a_tick_table_with_crosses_for_not_at_this_level() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Essential", "Desirable"),
            ("Allergen awareness course", "✗", "✓"),
            ("Able to keep up in a busy kitchen", "✓", "✗"),
            ("Cooked for large numbers before", "No", "Yes"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Able to keep up in a busy kitchen"]
    assert vacancy.desirable == ["Allergen awareness course", "Cooked for large numbers before"]


def test_an_introducing_line_under_a_level_heading_is_not_a_criterion_and_keeps_the_level() -> None:
    advert = """Essential
The successful candidate will have:
- A food safety certificate
Desirable
You will have:
- Barista training
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["A food safety certificate"]
    assert vacancy.desirable == ["Barista training"]


def test_a_pasted_web_page_navigation_is_not_the_job_title() -> None:
    page = (
        "Skip to main content\nSign in\nSearch for jobs\nHome Visits Driver\nBand 2\nJob summary\nDrive our nurses.\n"
    )
    assert extract_criteria(page).job_title == "Home Visits Driver"


def test_what_would_be_nice_to_have_heads_the_desirable_list() -> None:
    advert = (
        "Clinic Clerk\nWhat you need to have\n• Experience of working on a reception desk\n"
        "What would be nice to have\n• Experience of booking appointments on a hospital system\n"
        "What we offer\n• 27 days' annual leave\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working on a reception desk"]
    assert vacancy.desirable == ["Experience of booking appointments on a hospital system"]


@pytest.mark.parametrize(
    ("must", "bonus"),
    [
        ("The must-haves", "The nice-to-haves"),
        ("Must-haves", "Good to have as well"),
        ("What you must bring", "What would give you an edge"),
        ("What you need to bring", "What would be a bonus"),
        ("You'll need", "Bonus points for"),
        ("Things you will need", "Things that would help you stand out"),
        ("The things we can't do without", "Things that would give you a head start"),
        ("What we ask of you", "Anything that would set you apart"),
        ("Things you need to have", "Extras that would help"),
        ("What we ask of every applicant", "Things that would give you a head start"),
        ("What you'll bring with you", "Nice to have"),
        ("Things you will bring from day one", "Things that would give you a head start"),
        ("What you'll bring on day one", "It would be great if you also had"),
        ("You will need", "It would help if you also have"),
    ],
)
def test_level_headings_in_an_employers_own_words_head_their_lists(must: str, bonus: str) -> None:
    advert = (
        f"Clinic Clerk\nWhat we're looking for\n{must}\n• Experience of working on a reception desk\n"
        f"{bonus}\n• Experience of booking appointments on a hospital system\nWhat we offer\n• 27 days' annual leave\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working on a reception desk"]
    assert vacancy.desirable == ["Experience of booking appointments on a hospital system"]


def test_the_heading_title_wins_over_a_shorter_one_in_the_opening_sentence() -> None:
    page = (
        "Skip to main content\nNHS Jobs\nBack to search results\n\nHospital Discharge Transport Assessor\n\n"
        "Job summary\nWe are looking for a Transport Assessor to ask patients about their journey home.\n"
    )
    assert extract_criteria(page).job_title == "Hospital Discharge Transport Assessor"


def test_headings_with_the_level_in_brackets_and_a_day_to_day_list_of_duties() -> None:
    advert = (
        "Job ref: 301-XY-2027\nSecurity Officer\nYour day-to-day\n- Patrol the wards and car parks at night\n"
        "- You must log every patrol in the incident book\nWhat you need (essential)\n- Able to stay calm with "
        "angry visitors\n- SIA door supervisor licence\nWhat would help (desirable)\n- Experience of CCTV\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Security Officer"
    assert vacancy.essential == ["Able to stay calm with angry visitors", "SIA door supervisor licence"]
    assert vacancy.desirable == ["Experience of CCTV"]


def test_a_slogan_is_no_title_and_a_charity_named_with_a_note_is_the_employer() -> None:
    advert = "WORK WITH US!\n\nTea Bar Assistant\nFriends of Ealing Hospital (registered charity)\nBand 2\n"
    vacancy = extract_criteria(advert)
    assert (vacancy.job_title, vacancy.employer) == ("Tea Bar Assistant", "Friends of Ealing Hospital")


def test_a_details_table_with_its_labels_along_the_top_row() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Job title", "Pay", "Location", "Closing date"),
            ("Linen Room Assistant", "AfC 2, £24,465 a year", "Hayes", "03.12.2027"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.job_title, vacancy.band, vacancy.closing_date) == ("Linen Room Assistant", "Band 2", "2027-12-03")


def test_a_department_line_above_the_title_is_not_the_job_title() -> None:
    advert = "Estates Department | Northwick Park Hospital, Watford Road\nElectrician's Mate\nBand 3\n"
    assert extract_criteria(advert).job_title == "Electrician's Mate"


def test_an_employer_named_and_described_in_a_piped_footer() -> None:
    advert = (
        "Ear Care Healthcare Assistant – Band 3\nAbout the job\nOur clinics run in twelve member practices.\n"
        "Offers are subject to two references.\nHillingdon Health Care Partners | The GP federation for Hillingdon | "
        "Vacancy ref HHCP-EC-0412\n"
    )
    assert extract_criteria(advert).employer == "Hillingdon Health Care Partners"


def test_the_title_under_the_papers_own_name_job_description_and_person_specification() -> None:
    advert = (
        "Job description and person specification | Ref 290-RHM-0925\nImperial College Healthcare NHS Trust\n"
        "Rheumatology Clinic Healthcare Assistant\nBand 3\nAbout the clinic\nOur clinics see 600 people a week.\n"
    )
    assert extract_criteria(advert).job_title == "Rheumatology Clinic Healthcare Assistant"


def test_a_breadcrumb_trail_above_the_title_is_not_the_job_title() -> None:
    page = "Home > Jobs > Estates and facilities\n\nCatering Assistant\nBand 2\nClosing date: 01/10/2027\n"
    assert extract_criteria(page).job_title == "Catering Assistant"


def test_a_sentence_holding_two_requirements_each_with_its_level_gives_two_criteria() -> None:
    advert = (
        "About you\nIt is essential that you have worked in a busy kitchen. A food hygiene certificate would be "
        "useful, and experience of cooking for large numbers would be beneficial.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["It is essential that you have worked in a busy kitchen."]
    assert vacancy.desirable == [
        "A food hygiene certificate would be useful",
        "Experience of cooking for large numbers would be beneficial.",
    ]


def test_prose_requirements_after_a_duties_section_and_none_from_a_benefits_one() -> None:
    advert = """Main duties of the job
You will restock the shelves.
What you'll need
You must be comfortable on your feet all day. Experience in a warehouse would be useful.
Working for us
It is essential to us that you feel supported, with a staff gym and a pension.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["You must be comfortable on your feet all day."]
    assert vacancy.desirable == ["Experience in a warehouse would be useful."]


def test_a_sentence_after_a_bulleted_desirable_list_is_not_one_of_its_criteria() -> None:
    advert = """Desirable
- Experience of using a hospital bed management system
We welcome applications from everyone in our local communities.
"""
    assert extract_criteria(advert).desirable == ["Experience of using a hospital bed management system"]


def test_job_details_in_a_table_with_two_labels_a_row() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Job title", "Ward Hostess", "Band", "2"),
            ("Employer", "Riverside Community Health NHS Trust", "Closing date", "14/06/2027"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.job_title, vacancy.band) == ("Ward Hostess", "Band 2")
    assert (vacancy.employer, vacancy.closing_date) == ("Riverside Community Health NHS Trust", "2027-06-14")


def test_a_table_pasted_as_tab_separated_text_with_its_category_cells() -> None:
    advert = (
        "Person specification\n"
        "Area\tRequirement\tE/D\tHow assessed\n"
        "Qualifications\tLevel 2 English and maths\tE\tA\n"
        "\tCustomer care certificate\tD\tA\n"
        "Experience\tWorking on a busy front desk\tE\tA/I\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Level 2 English and maths", "Working on a busy front desk"]
    assert vacancy.desirable == ["Customer care certificate"]


def test_a_level_after_a_colon_or_in_brackets() -> None:
    vacancy = extract_criteria(
        "About you\n- Full driving licence: essential\n- Forklift ticket: Desirable\n- Warm manner [E]\n"
    )
    assert vacancy.essential == ["Full driving licence", "Warm manner"]
    assert vacancy.desirable == ["Forklift ticket"]


def test_one_empty_essential_section_does_not_hide_the_levels_of_the_rest() -> None:
    advert = """Person Specification
Qualifications
Essential criteria
Desirable criteria
- Food hygiene certificate
Experience
Essential criteria
- Experience of serving food to the public
Desirable criteria
- Experience in a hospital kitchen
"""
    vacancy = extract_criteria(advert)
    assert vacancy.unclear == ["Food hygiene certificate"]
    assert vacancy.essential == ["Experience of serving food to the public"]
    assert vacancy.desirable == ["Experience in a hospital kitchen"]


def test_levels_read_from_headings_in_their_own_words() -> None:
    advert = (
        "Ward Housekeeper\nEssential for the role\n- Experience of serving meals to the public\n"
        "- Able to keep a kitchen clean to food safety rules\nUseful but not essential\n- Food hygiene certificate\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "Experience of serving meals to the public",
        "Able to keep a kitchen clean to food safety rules",
    ]
    assert vacancy.desirable == ["Food hygiene certificate"]


def test_levels_at_the_end_of_each_line_under_a_phrase_with_a_key() -> None:
    advert = (
        "Receptionist\nWe are looking for someone who has (E = essential, D = desirable):\n"
        "- Experience on a busy front desk (E)\n- A warm and calm phone manner (E)\n- Knowledge of EMIS Web (D)\n"
        "Bonus if you have:\n- A second language spoken in Brent\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience on a busy front desk", "A warm and calm phone manner"]
    assert vacancy.desirable == ["Knowledge of EMIS Web", "A second language spoken in Brent"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Please make sure your form reaches us by 5pm on Friday 3 March 2028; interviews on 20 March 2028.",
            "2028-03-03",
        ),
        ("Completed applications must be submitted through Trac no later than 09/03/2028.", "2028-03-09"),
        ("Just reply to this email with a few lines about yourself by noon on Monday 6 March 2028.", "2028-03-06"),
        ("Advert closes\tTuesday 7 March 2028", "2028-03-07"),
        ("Closing date\t08-Mar-2028", "2028-03-08"),
    ],
)
def test_closing_dates_told_in_a_sentence_or_a_table(line: str, date: str) -> None:
    assert extract_criteria(f"Porter\n{line}\n").closing_date == date


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "From: Staff Bank <bank@example.nhs.uk>\nSent: 1 March 2028\nTo: All bank workers\nSubject: FW: NEW BANK "
            "ROLE: Ward Clerk (Band 3), Ealing Hospital - reply by 9 March\n\nHi all,",
            "Ward Clerk",
        ),
        ("Skip to main content\nHillingdon Hospitals NHS Foundation Trust Careers\n\nPorter", "Porter"),
        ("Estates Services – Maintenance Team\nMulti-skilled Engineer\nBand 4", "Multi-skilled Engineer"),
        (
            "Join our Facilities team\nKey dates\nWhat the team does\nImperial College Healthcare NHS Trust is "
            "looking for a Linen Room Assistant to join us.",
            "Linen Room Assistant",
        ),
    ],
)  # fmt: skip
def test_the_title_under_an_email_header_a_web_page_or_a_department_line(top: str, title: str) -> None:
    assert extract_criteria(f"{top}\n").job_title == title


def test_a_pdf_sentence_wrapped_before_a_capital_is_one_sentence() -> None:
    lines = [
        "Helpdesk Assistant",
        "About you",
        "It is essential that you have answered phones in a busy office, a call centre or a hotel front",
        "desk, or on the tills of a busy shop. Speaking a second language spoken by families in west",
        "London would also be beneficial.",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.desirable == [
        "Speaking a second language spoken by families in west London would also be beneficial."
    ]


def test_details_in_a_word_files_page_header_and_footer_and_crosses_beside_ticks() -> None:
    document = blank_docx()
    document.sections[0].header.paragraphs[0].text = "Payroll Assistant | Band 3 | Ref 123-PAY-01"
    document.sections[0].footer.paragraphs[0].text = "Imperial College Healthcare NHS Trust · Closing date 14/03/2028"
    _table(
        document,
        [
            ("Requirement", "Essential", "Desirable"),
            ("Skills",),
            ("Good numerical skills for checking overtime and annual leave", "✔", "X"),
            ("AAT Level 2 certificate", "X", "✔"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.job_title, vacancy.band, vacancy.employer, vacancy.closing_date) == (
        "Payroll Assistant", "Band 3", "Imperial College Healthcare NHS Trust", "2028-03-14")  # fmt: skip
    assert vacancy.essential == ["Good numerical skills for checking overtime and annual leave"]
    assert vacancy.desirable == ["AAT Level 2 certificate"]


def test_phrase_headings_of_what_you_must_bring_and_what_would_set_you_apart() -> None:
    advert = (
        "Pharmacy Assistant\nWhat you must bring\n- Experience of working in a shop\n"
        "- Good working knowledge of Excel\n"
        "Helpful, but not essential\n- Experience of using EMIS Web\nWhat would set you apart\n- A second language\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a shop", "Good working knowledge of Excel"]
    assert vacancy.desirable == ["Experience of using EMIS Web", "A second language"]


@pytest.mark.parametrize(
    ("advert", "key", "value"),
    [
        ("Porter\nApplications close\t9 March 2028 at midnight\n", "closing_date", "2028-03-09"),
        ("The Pinn Medical Centre\n37 Love Lane, Pinner HA5 3EE\nWe're hiring: General Practice Assistant (GPA)\n",
         "job_title", "General Practice Assistant"),
        ("Skip to main content\nDigital Services vacancies\n\nService Desk Analyst\n", "job_title",
         "Service Desk Analyst"),
        ("Procurement Assistant\nProcurement and Supplies, West London NHS Trust\n", "employer",
         "West London NHS Trust"),
        ("Medicines Assistant\nSouth Ealing Primary Care Network\nEmployed by Ealing GP Federation on behalf of the "
         "network\n", "employer", "Ealing GP Federation"),
        ("From: NWL ICB Internal Communications\nSubject: The Weekly Round-up\n\nNHS North West London Integrated Care "
         "Board\nTHE WEEKLY ROUND-UP\nData Officer\n", "employer", "NHS North West London Integrated Care Board"),
    ],
)  # fmt: skip
def test_more_places_the_job_details_hide(advert: str, key: str, value: str) -> None:
    assert getattr(extract_criteria(advert), key) == value


def test_a_titles_second_half_naming_a_health_service_is_kept() -> None:
    assert extract_criteria("Support Worker - Mental Health\nBand 3\n").job_title == "Support Worker - Mental Health"
    assert extract_criteria("Porter - Whittington Health\nBand 2\n").job_title == "Porter"


def test_a_closing_date_wrapped_between_two_lines_of_a_pdf() -> None:
    lines = [
        "Assistant Practitioner",
        "The post is graded at Band 4 and is based in Uxbridge, and the closing date for applications is Sunday 23",
        "January 2028. Interviews follow in February.",
    ]
    assert extract_criteria(read_document(pdf_bytes(lines))).closing_date == "2028-01-23"


def test_a_pdfs_rows_led_by_their_level_code_keep_their_levels() -> None:
    lines = [
        "Theatre Booking Assistant",
        "Person specification",
        "Key: E = essential, D = desirable",
        "Qualifications",
        "E1  GCSE English and maths at grade 4 or above, or Functional Skills Level 2",
        "D1  A Level 3 qualification in business administration",
        "E2  You will be trained on the theatre booking system in your first month",
        "Skills",
        "E3  Able to keep calm and polite on the phone with patients who are worried about their operation",
        "E4  Good keyboard skills",
        "D   Speaks a language used by local families in Ealing and Hounslow, for example Arabic, Tamil or",
        "Portuguese",
        "E   Must file every consent form in the patient's notes on the day it is signed",
        "Knowledge",
        "D2  Understanding of how waiting lists are kept",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "GCSE English and maths at grade 4 or above, or Functional Skills Level 2",
        "Able to keep calm and polite on the phone with patients who are worried about their operation",
        "Good keyboard skills",
    ]
    assert vacancy.desirable == [
        "A Level 3 qualification in business administration",
        "Speaks a language used by local families in Ealing and Hounslow, for example Arabic, Tamil or Portuguese",
        "Understanding of how waiting lists are kept",
    ]


def test_a_table_pasted_with_tabs_is_read_as_a_table() -> None:
    ticked = (
        "Sterile Stores Assistant\nPerson specification\n"
        "Criteria\tEssential\tDesirable\tAssessed\nEXPERIENCE\n"
        "Experience of checking deliveries against an order\t✓\t\tA/I\n"
        "Experience of working in a hospital store\t\t✓\tA\n"
        "SKILLS\nAble to lift boxes of up to 15 kg\t✓\t\tI\n"
    )
    vacancy = extract_criteria(ticked)
    assert vacancy.essential == [
        "Experience of checking deliveries against an order",
        "Able to lift boxes of up to 15 kg",
    ]
    assert vacancy.desirable == ["Experience of working in a hospital store"]
    side_by_side = (
        "Simulation Technician\nAttribute\tEssential\tDesirable\tHow assessed\n"
        "Skills\tConfident setting up cameras and microphones\tBasic video editing\tInterview\n"
        "\tMust reset the simulation room after every session\t\t-\n"
        "\u2022\tKeep the equipment log up to date\n"
    )
    vacancy = extract_criteria(side_by_side)
    assert (vacancy.essential, vacancy.desirable) == (
        ["Confident setting up cameras and microphones"],
        ["Basic video editing"],
    )


def test_a_header_row_pasted_alone_leaves_the_rows_under_it_to_check() -> None:
    advert = (
        "Hub Receptionist\nPerson Specification\nCriteria    Essential    Desirable\n\nExperience\n"
        "Experience of working on a GP reception desk\nExperience of using SystmOne\n\nOther\n"
        "Must be eligible to work in the UK\n\nApply now\nBack to vacancies\nSign up for job alerts\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.unclear == ["Experience of working on a GP reception desk", "Experience of using SystmOne"]
    assert vacancy.essential == vacancy.desirable == []


def test_a_table_pasted_one_cell_a_line_keeps_each_rows_level() -> None:
    advert = (
        "Vehicle Cleaner\nPerson specification\nCriteria\nEssential or Desirable\nHow assessed\n\nExperience\n"
        "Experience of valeting cars or vans\nEssential\nApplication form / interview\n"
        "Previous ambulance experience is not needed\nEssential\nN/A\n"
        "Experience of keeping stock records\nDesirable\nInterview\n\nOther\n"
        "Able to work nights and weekends on a rota\nEssential\nInterview\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of valeting cars or vans", "Able to work nights and weekends on a rota"]
    assert vacancy.desirable == ["Experience of keeping stock records"]


def test_a_level_column_under_its_own_header_in_a_word_table() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Level", "How assessed"),
            ("Qualifications",),
            ("Care Certificate or a Level 2 in health and social care", "Essential", "A"),
            ("Level 3 in sport and exercise", "Desirable", "A"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Care Certificate or a Level 2 in health and social care"]
    assert vacancy.desirable == ["Level 3 in sport and exercise"]


@pytest.mark.parametrize(
    ("advert", "key", "value"),
    [
        ("Porter\nWe offer a pension. This advert will close at midnight on 2 March 2028.\n", "closing_date",
         "2028-03-02"),
        ("Ealing Hospital\nJob description: Discharge Lounge Coordinator\n", "job_title",
         "Discharge Lounge Coordinator"),
        ("London Ambulance Service NHS Trust | Fleet and Logistics\nFleet Administrator (Band 3)\n", "job_title",
         "Fleet Administrator"),
        ("Stores Assistant\nBand 2\nInformal visits contact\nName: Sam Jones\nJob title: Stores Manager\n",
         "job_title", "Stores Assistant"),
    ],
)  # fmt: skip
def test_job_details_beside_a_department_a_contact_or_in_a_sentence(advert: str, key: str, value: str) -> None:
    assert getattr(extract_criteria(advert), key) == value


def test_a_details_grid_of_labels_and_values_side_by_side_and_a_wrapped_employer() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Employer", "Imperial College Healthcare NHS Trust", "Pay band", "AfC Band 4"),
            ("Department", "Research and Development", "Hours", "37.5"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.employer, vacancy.band) == ("Imperial College Healthcare NHS Trust", "Band 4")
    lines = [
        "Health Trainer",
        "Band 3  |  Health Improvement Team  |  Central and North West London NHS",
        "Foundation Trust",
    ]
    assert extract_criteria(read_document(pdf_bytes(lines))).employer == (
        "Central and North West London NHS Foundation Trust"
    )


def test_pay_and_hours_end_the_wanted_list() -> None:
    advert = (
        "Clinic Assistant\nWho we are looking for\nIt is essential that you have worked in a caring role.\n"
        "Pay and hours\nThis is a Band 2 post paying £27,000 a year for 37.5 hours a week.\n"
    )
    assert extract_criteria(advert).essential == ["It is essential that you have worked in a caring role."]


def test_a_table_that_lost_its_gaps_and_marks_leaves_its_rows_to_check() -> None:
    single_spaced = (
        "Complaints Officer\nPerson specification\nCriteria Essential Desirable\n\nExperience\n"
        "Experience of writing letters to the public, e.g. replies to complaints\nExperience of using Datix\n"
    )
    assert extract_criteria(single_spaced).unclear == [
        "Experience of writing letters to the public, e.g. replies to complaints",
        "Experience of using Datix",
    ]
    key_only = (
        "Laboratory Assistant\nPerson specification\nKey: E = Essential, D = Desirable.\n\nQualifications\n"
        "GCSE English, maths and science at grade 4 or above\n\nSkills\nSteady hands for fine, repetitive work\n"
        "Right to work in the UK\n\nKey facts\nBand: 2\nHours: 37.5 a week\n"
    )
    assert extract_criteria(key_only).unclear == [
        "GCSE English, maths and science at grade 4 or above",
        "Steady hands for fine, repetitive work",
    ]


def test_a_chat_messages_bold_headings_are_headings() -> None:
    advert = (
        "[09:12, 08/02/2028] Jobs Club: Forwarded\n*Booking Coordinator*\nBand 3 | Full time\n\n*What you need* ✅\n"
        "• Admin experience in any office\n• Good typing\n\n_Nice to have_ ➕\n• Experience of using Trac\n"
        "[09:23, 08/02/2028] Jobs Club: Closing date is Sunday 27th Feb 2028\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.essential, vacancy.desirable) == (
        ["Admin experience in any office", "Good typing"],
        ["Experience of using Trac"],
    )
    assert (vacancy.job_title, vacancy.closing_date) == ("Booking Coordinator", "2028-02-27")


@pytest.mark.parametrize(
    ("advert", "title"),
    [
        ("We use cookies to make this site work.\nAccept all cookies\nContact us\n< Back to search results\n\n"
         "Patient Experience Officer\nBand 4\n", "Patient Experience Officer"),
        ("Ealing Hospital\nRef 362-CARD-0188 | Cardiac Physiology Assistant | Band 3 | Closes 10.02.2028\n",
         "Cardiac Physiology Assistant"),
        ("Equality, Diversity and Inclusion Administrator\nBand 3\n",
         "Equality, Diversity and Inclusion Administrator"),
        ("Porter, Ealing Hospital\nBand 2\n", "Porter"),
    ],
)  # fmt: skip
def test_titles_after_a_cookie_banner_after_a_reference_or_holding_commas(advert: str, title: str) -> None:
    assert extract_criteria(advert).job_title == title


def test_a_word_joined_to_a_label_by_a_hyphen_is_not_a_label() -> None:
    document = blank_docx()
    document.add_paragraph("Equality Administrator")
    _table(
        document,
        [("Criterion", "Level", "Assessment"), ("Educated to A-level standard", "Essential", "Post-appointment")],
    )
    assert extract_criteria(read_document(docx_bytes(document))).job_title == "Equality Administrator"


def test_levels_after_a_category_in_a_heading() -> None:
    advert = (
        "Cancer Navigator\nQualifications – essential\n- GCSE English and maths at grade 4\n"
        "Qualifications – desirable\n- A Level 3 in health and social care\nSkills: essential\n- Good IT skills\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["GCSE English and maths at grade 4", "Good IT skills"]
    assert vacancy.desirable == ["A Level 3 in health and social care"]


def test_a_semicolon_list_after_a_lead_in_is_one_requirement_per_item() -> None:
    advert = (
        "Team Administrator\nWhat we are looking for\nTo be shortlisted you will need: a year's experience in an "
        "office; the ability to type letters from dictation; and the right to work in the UK.\nIt would also help if "
        "you have: experience of SystmOne; and an AMSPAR qualification.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["a year's experience in an office", "the ability to type letters from dictation"]
    assert vacancy.desirable == ["experience of SystmOne", "an AMSPAR qualification"]


def test_a_tick_table_whose_ticks_were_lost_leaves_its_rows_to_check() -> None:
    advert = (
        "Programme Administrator\nPerson specification\nCriteria\tEssential\tDesirable\tAssessment\n"
        "Experience of arranging meetings and preparing papers\t\t\tA/I\n"
        "Proficient in Excel and PowerPoint\t\t\tA/T\nRight to work in the UK\t\t\tPre-employment\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.unclear == [
        "Experience of arranging meetings and preparing papers",
        "Proficient in Excel and PowerPoint",
    ]
    assert vacancy.essential == vacancy.desirable == []


def test_one_table_per_level_titled_by_a_merged_row() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("ESSENTIAL CRITERIA", "ESSENTIAL CRITERIA", "ESSENTIAL CRITERIA"),
            ("Area", "Requirement", "Evidenced by"),
            ("Skills", "Able to read picking lists and safety notices", "Interview"),
        ],
    )
    document.add_paragraph("")
    _table(
        document,
        [
            ("DESIRABLE CRITERIA", "DESIRABLE CRITERIA", "DESIRABLE CRITERIA"),
            ("Area", "Requirement", "Evidenced by"),
            ("Skills", "Counterbalance forklift licence", "Application"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.essential, vacancy.desirable) == (
        ["Able to read picking lists and safety notices"], ["Counterbalance forklift licence"])  # fmt: skip


def test_each_criterion_with_its_level_and_assessment_on_the_line_under_it() -> None:
    lines = [
        "Facilities Coordinator",
        "Person specification",
        "Educated to A level, an NVQ at Level 3 in facilities or business, or equivalent experience in a building",
        "Essential · application",
        "IOSH Working Safely certificate",
        "Essential · funded by the Trust and completed in your first three months",
        "Experience of managing contractors on site",
        "Essential · interview",
        "Knowledge of legionella control",
        "Desirable · interview",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Educated to A level, an NVQ at Level 3 in facilities or business, or equivalent experience in a building",
        "Experience of managing contractors on site",
    ]
    assert vacancy.desirable == ["Knowledge of legionella control"]


def test_a_chat_post_with_emoji_for_bullets_and_levels() -> None:
    advert = (
        "[03/02/2028, 18:47] Champions: Forwarding this from the GP Federation\n📦 *Hub Assistant* 📦\n"
        "Hammersmith & Fulham GP Federation\n✅ *MUST HAVE*\n✅ Some experience of stores or deliveries\n"
        "✅ Paid fire marshal training in your first month\n⭐ *NICE TO HAVE*\n⭐ First aid certificate\n"
        "❌ You DON'T need a car\n© 2028 Hammersmith & Fulham GP Federation\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.essential, vacancy.desirable) == (
        ["Some experience of stores or deliveries"],
        ["First aid certificate"],
    )
    assert (vacancy.job_title, vacancy.employer) == ("Hub Assistant", "Hammersmith & Fulham GP Federation")


def test_an_advert_of_questions_and_answers() -> None:
    advert = (
        "Transport Liaison Officer\nWhat do I need to apply?\n- Experience of a busy booking role\n"
        "Is there anything that would give me an edge?\nThese aren't a must, but we'd be pleased to see:\n"
        "- Experience in a hospital setting\nWhen does the advert close?\nAt 23:59 on Sunday 13 February 2028.\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.essential, vacancy.desirable) == (
        ["Experience of a busy booking role"],
        ["Experience in a hospital setting"],
    )
    assert vacancy.closing_date == "2028-02-13"


@pytest.mark.parametrize(
    ("advert", "title"),
    [
        ("Job Reference: 331-FM-0042\nDepartment: Logistics - Goods Inwards\nJob overview\nWe are looking for a "
         "Goods Inwards Operative to help us.\n", "Goods Inwards Operative"),
        ("Porter · Band 2 · Ealing Hospital\n", "Porter"),
    ],
)  # fmt: skip
def test_a_department_label_is_no_title_and_dots_part_a_title_line(advert: str, title: str) -> None:
    assert extract_criteria(advert).job_title == title


def test_the_title_in_a_tables_banner_row_further_down() -> None:
    document = blank_docx()
    document.add_paragraph("Job purpose")
    document.add_paragraph("The post holder will run the weekly team meetings.")
    banner = "Cancer MDT Coordinator – Band 4 – Closing date 18 February 2028"
    _table(document, [(banner, banner, banner), ("Qualifications", "Essential", "Desirable")])
    assert extract_criteria(read_document(docx_bytes(document))).job_title == "Cancer MDT Coordinator"


def test_row_codes_in_a_ref_column_give_the_level_and_training_or_checks_rows_are_left_out() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Ref", "Criteria", "Assessment"),
            ("Qualifications",),
            ("E1", "GCSE English and maths at grade 4 or above", "Application"),
            ("D1", "Level 3 qualification in health and social care", "Application"),
            ("T1", "Competency package signed off within six months", "In post"),
            ("Other",),
            ("E2", "Flexible to work day and night shifts", "Interview"),
            ("P1", "Occupational health clearance", "Pre-employment"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["GCSE English and maths at grade 4 or above", "Flexible to work day and night shifts"]
    assert vacancy.desirable == ["Level 3 qualification in health and social care"]


def test_codes_of_another_kind_in_a_column_give_no_level() -> None:
    document = blank_docx()
    _table(document, [("A1", "Book the hospital transport"), ("B2", "Order the stock each week")])
    assert extract_criteria(read_document(docx_bytes(document))).essential == []


def test_a_section_numbered_person_specification_with_bracketed_levels_and_assessment_codes() -> None:
    lines = [
        "1.1  Job title: Fracture Clinic Support Worker",
        "6. Person specification",
        "6.1  Qualifications",
        "6.1.1  Care Certificate or an equivalent health and social care qualification [E]  AF",
        "6.1.2  British Orthopaedic Association casting certificate or a similar casting qualification",
        "[D]  AF",
        "6.2  Experience",
        "6.2.1  Experience of working as a support worker with patients [E]  AF/I",
        "Key: [E] essential, [D] desirable. AF application form, I interview.",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.job_title == "Fracture Clinic Support Worker"
    assert vacancy.essential == [
        "Care Certificate or an equivalent health and social care qualification",
        "Experience of working as a support worker with patients",
    ]
    assert vacancy.desirable == [
        "British Orthopaedic Association casting certificate or a similar casting qualification"
    ]


def test_hours_and_decimals_at_a_lines_start_are_no_section_numbers() -> None:
    assert extract_criteria("Person specification\nEssential\n- 37.5 hours a week on a rota\n").essential == [
        "37.5 hours a week on a rota"
    ]


def test_a_pasted_table_whose_rows_have_an_empty_first_or_last_cell() -> None:
    advert = (
        "Person Specification\nEssential\tDesirable\nQualifications\n"
        "Care Certificate\tLevel 3 qualification in childcare\nGood standard of English and maths\t\n"
        "Experience\n\tExperience of supporting children with autism\nOther\n"
        "Able to work shifts, including nights and weekends\t\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "Care Certificate",
        "Good standard of English and maths",
        "Able to work shifts, including nights and weekends",
    ]
    assert vacancy.desirable == ["Level 3 qualification in childcare", "Experience of supporting children with autism"]


def test_a_forwarded_email_is_read_from_the_message_it_forwards() -> None:
    advert = (
        "From: Priya Raman\nSubject: FW: Band 4 HCSW - can you share with your practice nurses?\n\nHi all,\n"
        "Please share this one. Also a reminder: you must use the new stock form on the shared drive.\nThanks,\n"
        "Priya\n\n-----Original Message-----\nFrom: Maeve\n> Hi Priya,\n>\n"
        "> We're recruiting a Tissue Viability Support Worker (Band 4) at Parsons Green.\n>\n> Must-haves:\n"
        "> - Level 3 Diploma in Health and Social Care\n> - A year doing wound care or dressings\n>\n"
        "> Nice-to-haves:\n> - Doppler experience\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Tissue Viability Support Worker"
    assert vacancy.essential == ["Level 3 Diploma in Health and Social Care", "A year doing wound care or dressings"]
    assert vacancy.desirable == ["Doppler experience"]


def test_a_bulleted_requirement_with_its_level_in_brackets_is_no_heading() -> None:
    advert = (
        "WE'RE HIRING\nDay Surgery Healthcare Assistant\nWhat we're looking for\n"
        "• Experience of caring for adults – essential\n• Care Certificate (desirable)\n"
        "• Able to work until 8pm on late list days – essential\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Day Surgery Healthcare Assistant"
    assert vacancy.essential == ["Experience of caring for adults", "Able to work until 8pm on late list days"]
    assert vacancy.desirable == ["Care Certificate"]


def test_a_job_summarys_duties_are_no_criteria() -> None:
    advert = (
        "Job summary\nEach shift you must complete the bed-space checklist and sign it before handover.\n"
        "Person specification\nEssential\n- Experience as a healthcare assistant\n"
    )
    assert extract_criteria(advert).essential == ["Experience as a healthcare assistant"]


def test_a_key_under_the_table_gives_its_symbols_levels() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Level", "Assessed by"),
            ("Qualifications",),
            ("Level 2 Award in Food Safety in Catering", "●", "A"),
            ("Level 3 Award in Supervising Food Safety", "○", "A"),
            ("Experience",),
            ("Experience of supervising a small team", "●", "A/I"),
        ],
    )
    document.add_paragraph("Key:  ● = Essential    ○ = Desirable    A = Application form    I = Interview")
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Level 2 Award in Food Safety in Catering", "Experience of supervising a small team"]
    assert vacancy.desirable == ["Level 3 Award in Supervising Food Safety"]


def test_coded_requirements_inside_one_cell_of_a_job_description_table() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Job title", "Education Centre Coordinator"),
            ("Key duties", "1. Run the lecture theatre bookings.\n2. You must lock every room by 18:00."),
            ("Requirements", "Qualifications\nE1  Educated to A-level standard\nD1  Level 3 Business Administration\n"
             "Other\nE2  Able to start at 07:30 on teaching days"),
        ],
    )  # fmt: skip
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Educated to A-level standard", "Able to start at 07:30 on teaching days"]
    assert vacancy.desirable == ["Level 3 Business Administration"]


def test_not_required_in_a_level_column_is_no_level() -> None:
    advert = (
        "Criteria\tEssential\tDesirable\tMethod of assessment\nExperience\n"
        "Experience of an administrative role\t✓\t\tApplication form\n"
        "Experience of apprenticeships\t\t✓\tInterview\nPrevious NHS experience\t\tNot required\tN/A\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.essential, vacancy.desirable) == (
        ["Experience of an administrative role"],
        ["Experience of apprenticeships"],
    )


def test_a_posters_two_columns_are_read_one_after_the_other() -> None:
    left = [
        "YOU'LL NEED",
        "A friendly, welcoming manner",
        "with every customer",
        "To work quickly and keep calm",
        "when the lunchtime queue builds",
        "Basic English and maths to take",
        "orders and give the right change",
    ]
    right = ["NICE TO HAVE", "Barista or coffee shop", "experience", "Experience of using a till", "or EPOS system"]
    items = [(50, 700 - 16 * row, text) for row, text in enumerate(left)]
    items += [(320, 700 - 16 * row, text) for row, text in enumerate(right)]
    items.sort(key=lambda item: (-item[1], item[0]))  # drawn line by line across the page, as a designer's tool does
    vacancy = extract_criteria(read_document(pdf_bytes_at([(50, 780, "Cafe Barista"), *items])))
    assert vacancy.essential == [
        "A friendly, welcoming manner with every customer",
        "To work quickly and keep calm when the lunchtime queue builds",
        "Basic English and maths to take orders and give the right change",
    ]
    assert vacancy.desirable == ["Barista or coffee shop experience", "Experience of using a till or EPOS system"]


def test_labels_beside_their_values_in_a_pdf_stay_on_their_lines() -> None:
    rows = [("Job title", "Porter"), ("Band", "2"), ("Closing date", "1 May 2028"), ("Hours", "37.5 a week")]
    items = [
        (x, 700 - 16 * row, text) for row, pair in enumerate(rows) for x, text in zip((50, 320), pair, strict=True)
    ]
    vacancy = extract_criteria(read_document(pdf_bytes_at(items)))
    assert (vacancy.job_title, vacancy.band, vacancy.closing_date) == ("Porter", "Band 2", "2028-05-01")


def test_questions_a_careers_page_answers() -> None:
    advert = (
        "Staff Restaurant Cashier\nAbout the role\nYou will take payments on our tills.\n"
        "Do I need a catering qualification?\nNo. You will need a good standard of English and maths.\n"
        "What are the hours?\nYou must be available for one weekend in three.\n"
        "What do you offer?\nFree meals on shift and the NHS Pension.\nHow do I apply?\nClick Apply now.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "You will need a good standard of English and maths.",
        "You must be available for one weekend in three.",
    ]
    assert vacancy.unclear == []


def test_what_well_give_you_ends_the_list_of_needs() -> None:
    advert = "YOU'LL NEED\nA friendly manner with customers\nWE'LL GIVE YOU\nA free hot drink every shift\n"
    assert (extract_criteria(advert).essential, extract_criteria(advert).desirable) == (
        ["A friendly manner with customers"],
        [],
    )


def test_a_requirement_broken_after_its_dash_by_a_page_break() -> None:
    lines = ["What you need", "- Experience of working in a large organisation -", "Desirable", "- A driving licence"]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.desirable == ["Experience of working in a large organisation"]


def test_employed_by_an_abbreviation_gives_way_to_the_trusts_full_name() -> None:
    advert = (
        "Staff Wellbeing Hub Assistant\nThe hub is hosted by Central and North West London NHS Foundation Trust, and "
        "the successful applicant will be employed by CNWL.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.employer == "Central and North West London NHS Foundation Trust"
    assert vacancy.essential == []


def test_what_the_employer_will_do_is_cut_from_a_prose_requirement() -> None:
    advert = (
        "Person specification\nIf you already hold a Level 2 Food Hygiene certificate, that would be an advantage, "
        "but we will put you through the course in your first month if you don't.\n"
    )
    assert extract_criteria(advert).desirable == [
        "If you already hold a Level 2 Food Hygiene certificate, that would be an advantage"
    ]


def test_a_person_specification_in_an_unknown_shape_is_offered_to_check() -> None:
    # Levels told by a colour word the reader does not know: the requirements are offered, to check the advert.
    document = blank_docx()
    document.add_paragraph("Ward Clerk")
    document.add_paragraph("Person specification")
    _table(
        document,
        [
            ("Requirement", "Rating"),
            ("Good written English for ward letters", "Green"),
            ("Experience of answering a busy phone", "Green"),
            ("Knowledge of SystmOne or EMIS", "Amber"),
        ],
    )
    document.add_paragraph("Benefits")
    document.add_paragraph("Experience the best of London with 27 days' leave")
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.essential, vacancy.desirable) == ([], [])
    assert vacancy.unclear == [
        "Good written English for ward letters",
        "Experience of answering a busy phone",
        "Knowledge of SystmOne or EMIS",
    ]


def test_a_table_headed_by_its_own_person_specification_row_is_offered_to_check() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Person specification", "Person specification"),
            ("1", "Able to lift and move patients safely with a hoist"),
            ("2", "Experience of caring for older people"),
        ],
    )
    assert extract_criteria(read_document(docx_bytes(document))).unclear == [
        "Able to lift and move patients safely with a hoist",
        "Experience of caring for older people",
    ]


def test_a_job_description_with_no_person_specification_offers_no_duties() -> None:
    advert = (
        "Porter\nMain duties\nAble to move beds between wards is what you will do\n"
        "Experience the wards at night with the team\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.essential, vacancy.desirable, vacancy.unclear) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Key: ● essential   ○ desirable.   A = application form", {"●": "e", "○": "d"}),
        ("KEY:  ✅ = you MUST have   ⭐ = nice to have, not a must", {"✅": "e", "⭐": "d"}),
        ("Key to the person specification: ★ = essential, ☆ = desirable.", {"★": "e", "☆": "d"}),
        ("• Essential criteria", {}),  # a bullet before a heading keys nothing
        ("Experience – essential", {}),  # a dash before a level is no symbol
    ],
)
def test_the_symbols_an_adverts_key_gives_the_levels(text: str, key: dict[str, str]) -> None:
    assert symbol_key(text) == key


def test_criteria_led_by_a_keys_symbols_in_a_table_and_in_text_lines() -> None:
    document = blank_docx()
    document.add_paragraph("Person specification")
    _table(
        document,
        [
            ("Criteria", "Assessed by"),
            ("● GCSE grade 4/C or above in English", "A"),
            ("○ Level 2 qualification in business administration", "A"),
            ("● Able to keep information confidential", "I"),
        ],
    )
    document.add_paragraph("Key: ● essential   ○ desirable")
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["GCSE grade 4/C or above in English", "Able to keep information confidential"]
    assert vacancy.desirable == ["Level 2 qualification in business administration"]
    chat = (
        "🔔 JOB ALERT – please share 🔔\n*Health Inclusion Support Assistant* (Band 2)\n"
        "with London North West University Healthcare NHS Trust\nKEY: ✅ = you MUST have  ⭐ = nice to have\n"
        "✅ Can use a smartphone and email\n✅ Friendly and patient with everyone\n⭐ Know the Brent area well\n"
    )
    vacancy = extract_criteria(chat)
    assert vacancy.job_title == "Health Inclusion Support Assistant"
    assert vacancy.essential == ["Can use a smartphone and email", "Friendly and patient with everyone"]
    assert vacancy.desirable == ["Know the Brent area well"]


def test_a_poster_of_yes_questions_even_better_if_and_dont_worry_if() -> None:
    advert = (
        "Outreach Support Worker\nYou must be able to say YES to all of these:\n"
        "• Can you build trust with someone who has been let down before?\nEven better if...\n"
        "• You have a first aid certificate\nDon't worry if...\n• You don't drive - we get around by bike\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Can you build trust with someone who has been let down before?"]
    assert vacancy.desirable == ["You have a first aid certificate"]


def test_a_job_pack_title_and_a_community_interest_company() -> None:
    advert = (
        "Job pack: Refugee Health Navigator\nHounslow Health CIC\n"
        "Hounslow Health CIC is the GP federation for the practices in Hounslow.\n"
    )
    vacancy = extract_criteria(advert)
    assert (vacancy.job_title, vacancy.employer) == ("Refugee Health Navigator", "Hounslow Health CIC")


def test_a_pdfs_page_footer_and_continued_heading_do_not_break_its_list() -> None:
    lines = [
        "PERSON SPECIFICATION",
        "Key: (E) = Essential, (D) = Desirable",
        "3. Skills and abilities",
        "3.1 Accurate keyboard and data-entry skills (E)",
        "Transfusion Administrator - JD/PS v3 - Page 1 of 2",
        "Transfusion Administrator - Person specification (continued)",
        "3.2 Competent in Excel, including sorting and filtering lists (E)",
        "3.4 Familiarity with a laboratory information system or a blood tracking system such as",
        "BloodTrack (D)",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Accurate keyboard and data-entry skills",
        "Competent in Excel, including sorting and filtering lists",
    ]
    assert vacancy.desirable == [
        "Familiarity with a laboratory information system or a blood tracking system such as BloodTrack"
    ]


def test_a_browsers_print_header_and_footer_between_a_level_heading_and_its_list_are_left_out() -> None:
    lines = [
        "Person Specification",
        "Experience",
        "Essential criteria",
        "- Experience of working with the public in a shop or cafe",
        "Desirable criteria",
        "https://www.jobs.nhs.uk/candidate/jobadvert/C1234-28-0001 1/2",
        "02/02/2028, 09:41 Ward Clerk - NHS Jobs",
        "- Experience of using a hospital patient system",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == ["Experience of working with the public in a shop or cafe"]
    assert vacancy.desirable == ["Experience of using a hospital patient system"]


def test_levels_given_after_a_numbered_list_by_number() -> None:
    advert = """Stores Assistant
Band 2
Closing date: 9 June 2028

Your main tasks
1. Unpack deliveries and check them against the order.
2. Keep the shelves full on every ward.
3. Answer the stores phone.

What we look for
Please tell us in your statement how you meet each of these:
1. Experience of working in a shop, warehouse or kitchen
2. Able to lift boxes of up to 15 kg
3. Good spoken English
4. A forklift truck licence
5. Experience of using a stock system
6. Whether you need any adjustments at interview

Numbers 1 to 3 are essential. Numbers 4 and 5 are desirable. Number 6 is for our information only.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "Experience of working in a shop, warehouse or kitchen",
        "Able to lift boxes of up to 15 kg",
        "Good spoken English",
    ]
    assert vacancy.desirable == ["A forklift truck licence", "Experience of using a stock system"]
    assert vacancy.unclear == []


def test_a_person_specification_whose_levels_come_later_by_criterion_number() -> None:
    advert = """Stores Assistant
Person specification
- Experience of working in a warehouse
- Able to use a hand-held scanner
- Experience of ordering from suppliers
- Good written English

How we shortlist
Criteria 1, 2 and 4 are essential: show each of them in your statement. Criterion 3 is desirable.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "Experience of working in a warehouse",
        "Able to use a hand-held scanner",
        "Good written English",
    ]
    assert vacancy.desirable == ["Experience of ordering from suppliers"]


def test_an_easy_read_advert() -> None:
    advert = """Job: Kitchen Helper
This is an easy read job advert.
Pay
[Picture: a purse]
This job is Band 2.
What you need to have
[Picture: a thumbs up]
- You need to be able to follow a recipe card.
- You need to be able to wash up safely.
It is good if you have these too
[Picture: a star]
- It is good if you have worked in a cafe.
- It is good if you have a food hygiene certificate.
Things we will check
- You need to be allowed to work in the UK.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Kitchen Helper"
    assert vacancy.essential == [
        "You need to be able to follow a recipe card.",
        "You need to be able to wash up safely.",
    ]
    assert vacancy.desirable == [
        "It is good if you have worked in a cafe.",
        "It is good if you have a food hygiene certificate.",
    ]
    assert vacancy.unclear == []


def test_an_agency_advert_on_a_job_board_with_its_own_fields() -> None:
    advert = """Stores Assistant (Band 2) - Charing Cross Hospital - 3 month contract
Brightway Health Staffing
£13.10 an hour

Full job description
Our client, Imperial College Healthcare NHS Trust, needs a Stores Assistant.

Key requirements:
- Experience of working in a warehouse or stockroom
- Able to lift boxes of up to 15 kg

Advantageous:
- Experience of using an NHS ordering system

Experience:
- warehouse: 1 year (preferred)

Licence/Certification:
- Forklift licence (required)

Work authorisation:
- United Kingdom (required)

Ability to commute:
- London W6 8RF (required)
"""
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Stores Assistant"
    assert vacancy.essential == [
        "Experience of working in a warehouse or stockroom",
        "Able to lift boxes of up to 15 kg",
        "Forklift licence",
    ]
    assert vacancy.desirable == ["Experience of using an NHS ordering system", "warehouse: 1 year"]
    assert vacancy.unclear == []


def test_a_title_that_starts_with_a_contract_word_keeps_it() -> None:
    assert extract_criteria("Temporary Staffing Coordinator\nBand 4\n").job_title == "Temporary Staffing Coordinator"
    assert extract_criteria("Bank Porter - Bank\nBand 2\n").job_title == "Bank Porter"


def test_two_criteria_a_row_each_with_its_own_level() -> None:
    document = blank_docx()
    document.add_heading("Stores Assistant", level=1)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Requirement", "E/D", "Requirement", "E/D"), strict=True):
        cell.text = text
    add_rows(
        table,
        [
            ("Experience of working in a warehouse", "E", "Forklift truck licence", "D"),
            ("Able to lift boxes of up to 15 kg", "E", "Right to work in the UK", "E"),
            ("Training on the stock system will be given", "–", "Good spoken English", "E"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "Experience of working in a warehouse",
        "Able to lift boxes of up to 15 kg",
        "Good spoken English",
    ]
    assert vacancy.desirable == ["Forklift truck licence"]


def test_an_advert_a_chat_assistant_wrote_in_markdown() -> None:
    advert = """Sure! Here's a clear job advert for your Stores Assistant role:

## Stores Assistant
**Employer:** Imperial College Healthcare NHS Trust
**Band:** 2
**Closing date:** 3 June 2028

## Person specification

| Area | Criteria | Essential | Desirable |
|---|---|:-:|:-:|
| Experience | Experience of working in a warehouse<br>Able to lift boxes of up to 15 kg | ✅ | |
| | Experience of using a stock\\-control system | | ✅ |
| Other | Right to work in the UK | ✅ | |

I've kept the wording plain. Would you like me to write an Easy Read version too?
"""
    vacancy = extract_criteria(advert)
    assert (vacancy.job_title, vacancy.band, vacancy.closing_date) == ("Stores Assistant", "Band 2", "2028-06-03")
    assert vacancy.employer == "Imperial College Healthcare NHS Trust"
    assert vacancy.essential == ["Experience of working in a warehouse", "Able to lift boxes of up to 15 kg"]
    assert vacancy.desirable == ["Experience of using a stock-control system"]
    assert vacancy.unclear == []


def test_a_careers_sites_mobile_cards() -> None:
    advert = """Stores Assistant
Person specification
Swipe through each requirement
Experience
Criteria
Experience of working in a warehouse
Essential or desirable
Essential
How we'll assess it
Application form
Criteria
Experience of using a stock system
Essential or desirable
Desirable
How we'll assess it
Interview
Apply now
Criteria
Able to lift boxes of up to 15 kg
Essential or desirable
How we'll assess it
Interview
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a warehouse"]
    assert vacancy.desirable == ["Experience of using a stock system"]
    assert vacancy.unclear == ["Able to lift boxes of up to 15 kg"]


def test_an_html_page_or_xml_feed_pasted_as_it_came() -> None:
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<jobs><job>
<title>Stores Assistant</title>
<employer>Imperial College Healthcare NHS Trust</employer>
<closingdate>2028-06-03T23:59:00Z</closingdate>
<description><![CDATA[<h2>Person specification</h2>
<table><tr><th>Criteria</th><th>E / D</th></tr>
<tr><td>Experience of working in a warehouse &amp; stockroom</td><td>E</td></tr>
<!-- <tr><td>Forklift licence</td><td>D</td></tr> -->
<tr><td>Experience of using a stock system</td><td>D</td></tr></table>]]></description>
</job></jobs>"""
    vacancy = extract_criteria(feed)
    assert (vacancy.job_title, vacancy.closing_date) == ("Stores Assistant", "2028-06-03")
    assert vacancy.employer == "Imperial College Healthcare NHS Trust"
    assert vacancy.essential == ["Experience of working in a warehouse & stockroom"]
    assert vacancy.desirable == ["Experience of using a stock system"]
    page = "<!DOCTYPE html><html><body><h1>Porter</h1><ul><li>Able to push a wheelchair</li></ul></body></html>"
    assert read_document(page.encode()).text == "Porter\n- Able to push a wheelchair"


def test_a_job_boards_page_and_a_careers_page_copied_with_their_icon_names() -> None:
    board = """indeed
Find jobs
Company reviews
What
stores jobs
Where
Ealing
Find jobs
Stores Assistant
Ealing Health CIC
You will need:
- Experience of working in a warehouse, ideally in a hospital
- Able to lift boxes of up to 15 kg
It would help if you have:
- Experience of using a stock system
Licence/Certification:
Forklift licence (required)
Language:
Punjabi (preferred)
"""
    vacancy = extract_criteria(board)
    assert vacancy.job_title == "Stores Assistant"
    assert vacancy.essential == [
        "Experience of working in a warehouse, ideally in a hospital",
        "Able to lift boxes of up to 15 kg",
        "Forklift licence",
    ]
    assert vacancy.desirable == ["Experience of using a stock system", "Punjabi"]
    careers = """chevron_left Back to search results
Stores Assistant
location_on Charing Cross Hospital
expand_less Person specification
Essential criteria (2)
check Experience of working in a warehouse
Show 1 more expand_more
check Able to lift boxes of up to 15 kg
Show less expand_less
"""
    vacancy = extract_criteria(careers)
    assert vacancy.job_title == "Stores Assistant"
    assert vacancy.essential == ["Experience of working in a warehouse", "Able to lift boxes of up to 15 kg"]
    assert vacancy.unclear == []


def test_levels_told_as_time_what_you_need_from_day_one_and_what_we_help_you_build() -> None:
    advert = """Stores Assistant
You'll need this from day one
- Experience of working in a warehouse
Useful, and we can help you build it
- Experience of using a stock system
You'll achieve this with us in your first year
- A forklift truck licence
You don't need
A degree or any NHS experience.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a warehouse"]
    assert vacancy.desirable == ["Experience of using a stock system"]
    assert vacancy.unclear == []


def test_a_bilingual_advert_each_bullet_followed_by_its_translation() -> None:
    advert = """Stores Assistant
Essential / Essencial
- Experience of working in a warehouse or stockroom
Experiência de trabalho num armazém ou depósito
- Able to lift boxes of up to 15 kg
Capaz de levantar caixas até 15 kg
- Good spoken English and Portuguese
Bom inglês falado e português
Desirable / Desejável
- Experience of using a stock system
Experiência com um sistema de stock
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "Experience of working in a warehouse or stockroom",
        "Able to lift boxes of up to 15 kg",
        "Good spoken English and Portuguese",
    ]
    assert vacancy.desirable == ["Experience of using a stock system"]


def test_a_pdf_table_whose_text_comes_out_column_by_column() -> None:
    advert = """Stores Assistant
Person specification
Criteria
Experience of working in a warehouse
Able to lift boxes of up to 15 kg
Speaks a language used by our staff, such as Polish,
Punjabi or Somali
Right to work in the UK
E/D
E
E
D
E
Assessed
A
A/I
I
P
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a warehouse", "Able to lift boxes of up to 15 kg"]
    assert vacancy.desirable == ["Speaks a language used by our staff, such as Polish, Punjabi or Somali"]
    assert vacancy.unclear == []


def test_a_weighted_shortlisting_grid_whose_key_gives_the_levels() -> None:
    advert = """Stores Assistant
Shortlisting criteria
Criterion 1 of 3
Experience of working in a warehouse
Weighting: 3
Criterion 2 of 3
Experience of using a stock system
Weighting: 1
Criterion 3 of 3
Right to work in the UK
Weighting: not scored
Criteria with a weighting of 3 are essential. Criteria with a weighting of 2 or 1 are desirable.
"""
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a warehouse"]
    assert vacancy.desirable == ["Experience of using a stock system"]


def test_a_linkedin_post_with_emoji_headings() -> None:
    advert = """Sam Okafor • 2nd
Workforce Lead at Ealing Health CIC
📣 WE'RE HIRING x2 – Stores Assistant 📣
✅ What you'll need
📦 Experience of working in a warehouse
💪 Able to lift boxes of up to 15 kg
➕ Bonus if you have
🖥️ Used a stock system before
🎁 What's in it for you
🌴 25 days' holiday
#NHSJobs #Hiring
"""
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Stores Assistant"
    assert vacancy.essential == ["Experience of working in a warehouse", "Able to lift boxes of up to 15 kg"]
    assert vacancy.desirable == ["Used a stock system before"]


def test_markup_left_open_is_read_to_its_end_and_no_further() -> None:
    page = "<html><h1>Porter</h1><p>Band 2</p><script>var x = '<p>not shown</p>'</script><!-- a note never closed <p>x"
    assert read_document(page.encode()).text == "Porter\nBand 2"
    assert extract_criteria("Porter\n**Band:** 2\nEvery ** line ** with stray ** marks").band == "Band 2"


def test_a_mark_at_the_end_of_each_criterion_gives_its_level_from_the_key_after_the_list() -> None:
    advert = "\n".join(
        [
            "Stores Assistant",
            "Person specification",
            "Qualifications",
            "GCSE English and maths at grade 4 or above*",
            "Counterbalance forklift licence",
            "Manual handling training**",
            "Experience",
            "Experience of checking deliveries against an order*",
            "Experience of working in a warehouse",
            "Right to work in the UK*",
            "* Essential. Criteria without a mark are desirable.",
            "** We give you this in your first month.",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == [
        "GCSE English and maths at grade 4 or above",
        "Experience of checking deliveries against an order",
    ]
    assert vacancy.desirable == ["Counterbalance forklift licence", "Experience of working in a warehouse"]


def test_an_employer_named_then_described_and_a_kind_of_surgery_after_the_title() -> None:
    advert = "\n".join(
        [
            "Podiatry Assistant – Nail Surgery",
            "Riverside Health Partners – the GP federation for Ealing",
            "Band 3",
            "Person specification",
            "Essential",
            "Experience of working in a clinic or care setting",
            "Able to keep accurate records",
            "Desirable",
            "Experience of assisting at minor operations",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.employer == "Riverside Health Partners"
    assert vacancy.job_title == "Podiatry Assistant - Nail Surgery"


def test_an_employer_described_in_the_opening_sentence_and_a_team_leader_title() -> None:
    advert = "\n".join(
        [
            "Immunisation Clinic Team Leader",
            "Westway Health Partners, the GP federation for North Kensington, is looking for a Team Leader to run "
            "its Saturday clinics.",
            "Band 4",
            "Essential",
            "Experience of leading a small team",
            "Desirable",
            "Experience of working in a vaccination clinic",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.employer == "Westway Health Partners"
    assert vacancy.job_title == "Immunisation Clinic Team Leader"


def test_a_benefit_in_a_desirable_cell_and_what_the_job_will_ask_of_you_are_not_criteria() -> None:
    advert = "\n".join(
        [
            "Ambulance Fleet Assistant",
            "As a fleet assistant you will be the person who checks each vehicle before the crews take it out.",
            "You will be asked about any unspent convictions.",
            "Essential",
            "Experience of cleaning vehicles",
            "Desirable",
            "Overalls and safety boots provided",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of cleaning vehicles"]
    assert vacancy.desirable == []


def test_an_induction_clearance_supervision_and_a_task_before_the_first_clinic_are_not_criteria() -> None:
    advert = "\n".join(
        [
            "Prison Healthcare Assistant",
            "We want someone who will make every patient feel heard.",
            "Essential",
            "Experience of working in a care setting",
            "Completion of the Trust's prison healthcare induction, including key training",
            "Home Office security clearance before starting",
            "No previous children's nursing experience is needed",
            "You do not need any therapy training - our practitioners lead every session",
            "Must set out the clinic room before the first clinic at 8.30am",
            "Desirable",
            "Experience of working in a prison",
            "Monthly reflective supervision with a senior colleague",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working in a care setting"]
    assert vacancy.desirable == ["Experience of working in a prison"]


def test_a_trust_name_wrapped_onto_a_line_of_its_own_and_training_paid_for_by_the_employer() -> None:
    advert = "\n".join(
        [
            "Recovery Worker",
            "Harrow Recovery Team, Central and North West London NHS Foundation",
            "Trust",
            "Community hub near the station, with sessions at court",
            "Band 4",
            "Essential",
            "Experience of key working adults with drug or alcohol problems",
            "In your first year you will be supported to complete a Level 3 Certificate, paid for by the trust.",
            "Must hand any safeguarding concern to the duty GP before the end of the same day",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.employer == "Central and North West London NHS Foundation Trust"
    assert vacancy.essential == ["Experience of key working adults with drug or alcohol problems"]


def test_an_employer_that_is_described_a_board_after_its_programme_and_a_mental_health_subtitle() -> None:
    described = "Talking Therapies Administrator\nBand 3\nNorth Kensington Health is the GP federation for the area.\n"
    assert extract_criteria(described).employer == "North Kensington Health"
    board = "Performance Officer\nEmployer: Mental Health Programme, NHS North West London Integrated Care Board\n"
    assert extract_criteria(board).employer == "NHS North West London Integrated Care Board"
    subtitled = "Peer Support Worker – Primary Care Mental Health\nBand 3\n"
    assert extract_criteria(subtitled).job_title == "Peer Support Worker - Primary Care Mental Health"


def test_a_sites_menu_bar_and_an_adverts_tabs_copied_as_lines_are_no_title() -> None:
    advert = "\n".join(
        [
            "Skip to content",
            "Jobs home    Search jobs    My applications    Sign in",
            "< Go back",
            "Job overview    Main duties    About us    Person specification    Documents",
            "Ward Housekeeper",
            "Ealing Hospital",
            "Person specification",
            "Essential",
            "Experience of cleaning in a hotel, school or hospital",
        ]
    )
    assert extract_criteria(advert).job_title == "Ward Housekeeper"


def test_word_check_boxes_in_the_level_columns_and_a_row_with_neither_ticked_is_to_check() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Essential", "Desirable"),
            ("Experience",),
            ("Experience of answering a busy phone line", "☒", "☐"),
            ("Experience of using a paging system", "☐", "☒"),
            ("Experience of working a night rota", "☐", "☐"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Experience of answering a busy phone line"]
    assert vacancy.desirable == ["Experience of using a paging system"]
    assert vacancy.unclear == ["Experience of working a night rota"]


def test_filled_circles_mark_the_level_and_an_empty_circle_says_no() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Requirement", "Essential", "Desirable"),
            ("Skills and abilities",),
            ("Able to watch patients closely for long periods", "●", ""),
            ("Speaks a second language used by patients", "", "●"),
            ("Experience of using a hoist", "○", "●"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Able to watch patients closely for long periods"]
    assert vacancy.desirable == ["Speaks a second language used by patients", "Experience of using a hoist"]


def test_a_row_ticked_only_for_how_it_is_assessed_is_to_check() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Criteria", "Essential", "Desirable", "Application", "Interview"),
            ("Experience",),
            ("Experience of booking patient transport", "✓", "", "✓", ""),
            ("Experience of answering a busy phone line", "✓", "", "", "✓"),
            ("Experience of chairing a meeting", "", "✓", "", "✓"),
            ("Experience of using Cerner or another patient record", "", "", "✓", "✓"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Experience of booking patient transport", "Experience of answering a busy phone line"]
    assert vacancy.desirable == ["Experience of chairing a meeting"]
    assert vacancy.unclear == ["Experience of using Cerner or another patient record"]


def test_a_row_coded_for_how_it_is_assessed_but_with_no_level_is_to_check() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Area", "Criteria", "E/D", "How assessed"),
            ("Experience", "Experience of answering a busy phone line", "E", "A/I"),
            ("", "Experience of using Cerner or another patient record", "", "A"),
            ("Other", "Enhanced DBS check", "", "Pre-employment"),
            ("", "Experience of chairing a meeting", "D", "I"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Experience of answering a busy phone line"]
    assert vacancy.desirable == ["Experience of chairing a meeting"]
    assert vacancy.unclear == ["Experience of using Cerner or another patient record"]


def test_a_spreadsheet_printed_with_its_row_numbers_and_column_letters() -> None:
    """A person specification kept in Excel and printed with its headings: a row number before each row, a long
    criterion wrapped onto a line of its own with the row's level beside its first line."""
    columns = (60, 150, 400, 440)
    rows = [
        ("1", ["Post", "Ward Clerk"]),
        ("2", ["Band", "Band 3"]),
        ("3", ["Closing date", "", "28/02/2028"]),
        ("4", []),
        ("5", ["Area", "Criteria", "E/D", "Assessed"]),
        ("6", ["Qualifications", "GCSE English and maths at grade 4", "E", "A"]),
        ("7", ["", "Able to carry out observations (temperature, pulse,", "E", "A/I"]),
        ("", ["", "breathing rate, oxygen saturation)"]),
        ("8", ["Experience", "Experience of working on a hospital ward", "D", "A/I"]),
        ("9", ["", "Good IT skills for entering data onto the", "", "A"]),
        ("", ["", "department's electronic system"]),
        ("10", ["", "Enhanced DBS with children's barred list", "P", "Pre-emp"]),
    ]
    items = [(60, 760, "A"), (150, 760, "B"), (400, 760, "C"), (440, 760, "D")]
    for line, (number, cells) in enumerate(rows):
        y = 740 - 14 * line
        items += [(30, y, number)] if number else []
        items += [(x, y, text) for x, text in zip(columns, cells, strict=False) if text]
    vacancy = extract_criteria(read_document(pdf_bytes_at(items)))
    assert (vacancy.job_title, vacancy.band, vacancy.closing_date) == ("Ward Clerk", "Band 3", "2028-02-28")
    assert vacancy.essential == [
        "GCSE English and maths at grade 4",
        "Able to carry out observations (temperature, pulse, breathing rate, oxygen saturation)",
    ]
    assert vacancy.desirable == ["Experience of working on a hospital ward"]
    assert vacancy.unclear == ["Good IT skills for entering data onto the department's electronic system"]


def test_a_level_heading_naming_its_category_gives_no_level_to_the_next_category() -> None:
    advert = "\n".join(
        [
            "Apprentice Therapy Assistant",
            "Requirements",
            "Essential qualifications",
            "GCSE or equivalent in English (grade 4 or above)",
            "Desirable qualifications",
            "Level 2 certificate in childcare",
            "Skills",
            "Team working",
            "Patience",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["GCSE or equivalent in English (grade 4 or above)"]
    assert vacancy.desirable == ["Level 2 certificate in childcare"]
    assert vacancy.unclear == ["Team working", "Patience"]


def test_a_level_heading_naming_its_categories_keeps_its_level_under_them() -> None:
    advert = "\n".join(
        [
            "Porter",
            "Essential skills and experience",
            "Experience",
            "- Experience of moving heavy loads safely",
            "Skills",
            "- Able to follow a map of the hospital",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of moving heavy loads safely", "Able to follow a map of the hospital"]


def test_an_essential_yes_or_no_column_in_a_pdf_with_wrapped_and_run_on_rows() -> None:
    lines = [
        "Person specification",
        "Criteria Essential? How assessed",
        "Experience",
        "Experience of supporting older people at home, in a paid or",
        "voluntary role",
        "Yes A/I",
        "Able to use a hoist safely Yes I Able to speak a community language No A",
        "Experience of running a falls class No I",
        "Criteria marked No are desirable.",
        "What we offer",
        "27 days' annual leave and the NHS Pension Scheme.",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Experience of supporting older people at home, in a paid or voluntary role",
        "Able to use a hoist safely",
    ]
    assert vacancy.desirable == ["Able to speak a community language", "Experience of running a falls class"]


def test_a_pdf_forms_ticks_are_read_in_the_column_they_sit_in() -> None:
    items = [
        (50, 760, "Ward Clerk"),
        (50, 730, "Person specification"),
        (50, 700, "Criteria"),
        (400, 700, "Essential"),
        (470, 700, "Desirable"),
        (50, 680, "Experience of working on a reception desk or in"),
        (415, 680, "✔"),
        (50, 668, "a busy office"),
        (50, 650, "Experience of using a hospital patient system"),
        (415, 650, "✘"),  # a cross says "not at this level"
        (485, 650, "✔"),
        (50, 630, "Able to type quickly and accurately"),
        (415, 630, "✔"),
        (485, 630, "✘"),
    ]
    vacancy = extract_criteria(read_document(pdf_bytes_at(items)))
    assert vacancy.essential == [
        "Experience of working on a reception desk or in a busy office",
        "Able to type quickly and accurately",
    ]
    assert vacancy.desirable == ["Experience of using a hospital patient system"]


def _form_check_box(cell, *, ticked: bool) -> None:  # noqa: ANN001
    """An old-style Word form check box (a FORMCHECKBOX field, no text of its own) in a table cell."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    data, box, default = OxmlElement("w:ffData"), OxmlElement("w:checkBox"), OxmlElement("w:default")
    default.set(qn("w:val"), "0")
    box.append(default)
    if ticked:
        box.append(OxmlElement("w:checked"))
    data.append(box)
    begin.append(data)
    paragraph = cell.paragraphs[0]
    paragraph.add_run()._r.append(begin)
    paragraph.add_run()._r.append(OxmlElement("w:instrText"))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def test_old_style_word_form_check_boxes_give_the_level() -> None:
    document = blank_docx()
    rows = [
        ("Experience of answering a busy phone line", True, False),
        ("Experience of using a paging system", False, True),
        ("Able to type quickly and accurately", True, False),
    ]
    _table(document, [("Criteria", "Essential", "Desirable"), *((text, "", "") for text, _, _ in rows)])
    table = document.tables[-1]
    for row, (_, essential, desirable) in zip(table.rows[1:], rows, strict=True):
        _form_check_box(row.cells[1], ticked=essential)
        _form_check_box(row.cells[2], ticked=desirable)
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Experience of answering a busy phone line", "Able to type quickly and accurately"]
    assert vacancy.desirable == ["Experience of using a paging system"]


def test_wingdings_ticks_and_crosses_in_a_pdf_without_the_font_give_the_level() -> None:
    lines = [
        "Person Specification",
        "Criteria Essential Desirable",
        "Experience of taking minutes at formal meetings \u00fc \u00fb",
        "Experience of using an incident reporting system, such as",
        "Datix",
        "\u00fb \u00fc",
        "Able to produce charts from spreadsheet data \u00fc \u00fb",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Experience of taking minutes at formal meetings",
        "Able to produce charts from spreadsheet data",
    ]
    assert vacancy.desirable == ["Experience of using an incident reporting system, such as Datix"]


def test_an_apprenticeship_listings_sections_after_its_requirements_are_no_criteria() -> None:
    advert = "\n".join(
        [
            "Apprentice Pharmacy Assistant",
            "Requirements",
            "Essential qualifications",
            "GCSE or equivalent in English (grade 4 or above)",
            "Desirable qualifications",
            "Level 2 certificate in customer service",
            "Things to consider",
            "You cannot do this apprenticeship if you are in full-time education.",
            "About this employer",
            "The Trust runs three hospitals and community services in North West London.",
            "After this apprenticeship",
            "You could go on to a Level 3 pharmacy technician apprenticeship.",
        ]
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["GCSE or equivalent in English (grade 4 or above)"]
    assert vacancy.desirable == ["Level 2 certificate in customer service"]


def test_several_requirements_to_a_cell_with_their_levels_lined_up_by_blank_lines() -> None:
    """Soft line breaks in a cell, and in the E/D cell a blank line under a requirement that wraps on the page."""
    document = blank_docx()
    _table(
        document,
        [
            ("Area", "Criteria", "E/D", "Assessed"),
            (
                "Experience",
                "Experience of giving personal care to adults, as a care assistant or support worker\n"
                "Experience in a community nursing team\nExperience of supporting people with incontinence",
                "E\n\nD\nD",
                "A/I\n\nA\nA/I",
            ),
            (
                "Knowledge",
                "Understanding of infection control\nKnowledge of the main types of incontinence",
                "E\nD",
                "I\nI",
            ),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "Experience of giving personal care to adults, as a care assistant or support worker",
        "Understanding of infection control",
    ]
    assert vacancy.desirable == [
        "Experience in a community nursing team",
        "Experience of supporting people with incontinence",
        "Knowledge of the main types of incontinence",
    ]


def test_a_trainee_posts_levels_on_appointment_leave_out_what_is_learnt_in_training() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Area", "Requirement", "On appointment", "By the end of training"),
            ("Qualifications", "GCSE English and maths at grade 4 or above", "Essential", "–"),
            ("", "A Level 2 pharmacy services qualification", "Desirable", "Required"),
            ("", "The unit's gowning assessment, passed", "–", "Required"),
            ("Skills", "Able to concentrate on detailed, repetitive tasks", "Essential", "–"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "GCSE English and maths at grade 4 or above",
        "Able to concentrate on detailed, repetitive tasks",
    ]
    assert vacancy.desirable == ["A Level 2 pharmacy services qualification"]


def test_a_trusts_values_as_sub_headings_over_paragraphs_of_requirements() -> None:
    advert = "\n".join(
        [
            "Patient Experience Assistant",
            "What we are looking for",
            "Kind",
            "It is essential that you have dealt with members of the public face to face. Experience of "
            "volunteering in a hospital would be an advantage.",
            "Expert",
            "Good written English is essential. A qualification in customer service is desirable.",
        ]
    )
    vacancy = extract_criteria(advert)
    assert "Kind" not in vacancy.essential + vacancy.desirable + vacancy.unclear
    assert "Expert" not in vacancy.essential + vacancy.desirable + vacancy.unclear
    assert len(vacancy.desirable) == 2


def test_a_letterhead_in_the_first_page_header_names_the_employer() -> None:
    document = blank_docx()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Brook Green Medical Centre"
    section.first_page_header.add_paragraph("Bute Gardens, London W6")
    document.add_heading("Practice Healthcare Assistant", level=1)
    document.add_paragraph("We are a friendly GP practice in Hammersmith.")
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.employer == "Brook Green Medical Centre"


def test_criteria_given_references_whose_levels_a_shortlisting_key_gives() -> None:
    """ "E1" is the first Experience criterion here, not an essential one: the key after the table says which."""
    document = blank_docx()
    _table(
        document,
        [
            ("Ref", "Criteria", "How assessed"),
            ("Qualifications",),
            ("Q1", "City & Guilds Level 2 in a construction trade, or equivalent", "Application"),
            ("Q2", "A locksmithing qualification", "Application"),
            ("Experience",),
            ("E1", "Experience of fitting and repairing locks on doors", "Application, interview"),
            ("E2", "Experience of installing door entry systems", "Application, interview"),
            ("O1", "Satisfactory basic DBS check", "Pre-employment check"),
        ],
    )
    _table(
        document,
        [
            ("Essential: shortlisted applicants must meet all of these", "Q1, E1"),
            ("Desirable: used to choose between applicants", "Q2, E2"),
            ("Checked before an offer is confirmed, not scored", "O1"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "City & Guilds Level 2 in a construction trade, or equivalent",
        "Experience of fitting and repairing locks on doors",
    ]
    assert vacancy.desirable == ["A locksmithing qualification", "Experience of installing door entry systems"]
    assert vacancy.unclear == []


def test_careful_records_asked_with_must_and_every_are_a_criterion() -> None:
    assert not not_a_criterion("You must keep careful and accurate records of every check, fault and repair.")


def _numbered(document, prefixes: list[str]) -> list[str]:  # noqa: ANN001
    """Numbering definitions showing a letter before the number ("E%1"), one instance each: their numIds."""
    from docx.oxml.parser import parse_xml

    numbering = document.part.numbering_part.element
    ids = []
    for index, prefix in enumerate(prefixes, 90):
        numbering.append(
            parse_xml(
                f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{index}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{prefix}%1"/></w:lvl></w:abstractNum>'
            )
        )
        numbering.append(
            parse_xml(f'<w:num xmlns:w="{W}" w:numId="{index}"><w:abstractNumId w:val="{index}"/></w:num>')
        )
        ids.append(str(index))
    return ids


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_criterion_codes_made_by_words_automatic_numbering_give_their_levels() -> None:
    from docx.oxml.parser import parse_xml

    document = blank_docx()
    document.add_paragraph("Codes starting with E are essential and codes starting with D are desirable.")
    essential, desirable = _numbered(document, ["E", "D"])
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Criteria", "How assessed"
    rows = [
        (essential, "Experience of supporting people with a learning disability"),
        (desirable, "Makaton or another signing system"),
        (essential, "Able to write clear, factual records"),
    ]
    for number, text in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = text, "Application"
        properties = cells[0].paragraphs[0]._p.get_or_add_pPr()
        properties.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'))
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == [
        "Experience of supporting people with a learning disability",
        "Able to write clear, factual records",
    ]
    assert vacancy.desirable == ["Makaton or another signing system"]


def test_ticks_typed_in_the_wingdings_2_font_are_ticks() -> None:
    from docx.oxml.ns import qn

    document = blank_docx()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Criteria", "Essential", "Desirable"), strict=True):
        cell.text = text
    for text, column in (("Experience of taking blood samples", 1), ("Experience in a pharmacy", 2)):
        cells = table.add_row().cells
        cells[0].text = text
        run = cells[column].paragraphs[0].add_run("P")  # Wingdings 2 draws "P" as a tick
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:ascii"), "Wingdings 2")
        fonts.set(qn("w:hAnsi"), "Wingdings 2")
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert (vacancy.essential, vacancy.desirable) == (
        ["Experience of taking blood samples"],
        ["Experience in a pharmacy"],
    )


@pytest.mark.parametrize(
    ("advert", "employer"),
    [
        ("Call Handler\nSingle Point of Access, West London NHS Trust\nAbout the job", "West London NHS Trust"),
        (
            "Logistics Assistant\nLondon Ambulance Service NHS Trust\nEmployer name: London Ambulance Service\n",
            "London Ambulance Service NHS Trust",
        ),
        (
            "Porter\nEmployer: Barking, Havering and Redbridge University Hospitals NHS Trust\n",
            "Barking, Havering and Redbridge University Hospitals NHS Trust",
        ),
    ],
)
def test_the_employer_is_the_trust_named_whole(advert: str, employer: str) -> None:
    assert extract_criteria(advert).employer == employer


def test_a_pdfs_ligatures_are_read_as_their_letters() -> None:
    document = read_document("Essential\n- Good IT skills and qualiﬁcations\n- Able to work ﬂexibly\n".encode())
    assert "qualifications" in document.text and "flexibly" in document.text


def test_a_column_of_example_evidence_and_rows_the_job_gives_or_checks_later_are_no_criteria() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("What we're looking for", "Essential or desirable", "How you might show this"),
            ("Skills",),
            (
                "Able to keep tidy records on a computer",
                "Essential",
                "Keeping a spreadsheet, a booking system or a stock list up to date in a shop, a warehouse or at home",
            ),
            ("Experience of booking visits", "Desirable", "Booking repairs for tenants or taking orders by phone"),
            ("Manual handling training, in your first week", "Training we give", "Nothing - we teach you this"),
            ("Right to work in the UK", "Checked before an offer", "Your passport or share code"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Able to keep tidy records on a computer"]
    assert vacancy.desirable == ["Experience of booking visits"]
    assert vacancy.unclear == []


def test_a_title_line_led_by_the_employer_above_a_document_heading() -> None:
    advert = (
        "Ealing Hospital NHS Trust – Fracture Clinic Booking Clerk\nJob advert and person specification\n"
        "This is a Band 2 post. Apply by 3 May 2029.\nPerson specification\nEssential\n"
        "• Experience of booking appointments\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Fracture Clinic Booking Clerk"
    assert vacancy.essential == ["Experience of booking appointments"]


def test_a_senior_surgery_title_and_a_coach_are_job_titles() -> None:
    assert extract_criteria("Senior Surgery Receptionist\nBand 3\nEssential\n• Reception experience\n").job_title == (
        "Senior Surgery Receptionist"
    )
    advert = (
        "Brent primary care networks – Personalised Care Team\nBand 3\nAbout the job\n"
        "NHS North West London Integrated Care Board is looking for a Falls Prevention and Exercise Coach to work "
        "with people referred by GP practices.\nEssential\n• Experience of leading exercise groups\n"
    )
    assert extract_criteria(advert).job_title == "Falls Prevention and Exercise Coach"


def test_the_gp_federation_named_far_down_gives_the_employer() -> None:
    advert = (
        "Care Coordinator\nFeltham Health  |  Band 4\nEssential\n• Experience of working with older people\n"
        "Working for us\nFeltham Health is the GP federation for the town's practices. We offer 27 days' leave.\n"
    )
    assert extract_criteria(advert).employer == "Feltham Health"


def test_the_application_deadline_and_a_welcome_to_a_group_are_not_criteria() -> None:
    advert = (
        "Health Adviser\nAbout you\nIt is essential that you can talk calmly with people who are worried. We "
        "must receive your application by 23:59 on Friday 2 March 2029. We would welcome applications from people "
        "living with HIV. We would welcome applicants who hold a counselling skills certificate.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["It is essential that you can talk calmly with people who are worried."]
    assert vacancy.desirable == ["We would welcome applicants who hold a counselling skills certificate."]


def test_a_level_column_headed_again_under_each_category() -> None:
    advert = (
        "Ward Clerk\nPerson specification\nQualifications\nRequirement\tLevel\n"
        "GCSE English at grade 4 or above\tEssential\nA short computer course such as ECDL\tDesirable\n"
        "Experience\nRequirement\tLevel\nExperience of answering a busy phone line\tEssential\n"
        "No hospital experience needed - we train you\tEssential\nExperience of working on a hospital ward\tDesirable\n"
    )
    vacancy = extract_criteria(read_document(advert.encode()))
    assert vacancy.essential == ["GCSE English at grade 4 or above", "Experience of answering a busy phone line"]
    assert vacancy.desirable == ["A short computer course such as ECDL", "Experience of working on a hospital ward"]
    assert vacancy.unclear == []


def test_we_would_also_welcome_heads_the_desirable_list() -> None:
    advert = (
        "Stores Assistant\nYou will need\n• Experience of checking deliveries against an order\n"
        "We'd also welcome\n• Experience of using a hand-held scanner\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of checking deliveries against an order"]
    assert vacancy.desirable == ["Experience of using a hand-held scanner"]


def test_rows_assessed_by_nobody_and_a_lawful_single_sex_post_are_no_criteria() -> None:
    document = blank_docx()
    _table(
        document,
        [
            ("Requirement", "E/D", "How assessed"),
            ("Able to study for a diploma alongside work", "E", "A / I"),
            ("A place on the diploma course, which we arrange for you", "E", "N/A"),
            ("Experience of caring for older people", "D", "A"),
            ("Male applicants only: an occupational requirement applies to this post", "E", "A"),
        ],
    )
    vacancy = extract_criteria(read_document(docx_bytes(document)))
    assert vacancy.essential == ["Able to study for a diploma alongside work"]
    assert vacancy.desirable == ["Experience of caring for older people"]


def test_what_the_job_involves_is_duties_and_an_invitation_is_no_criterion() -> None:
    advert = (
        "Maternity Support Worker\nWhat the job involves\nWeigh babies and record it on the system; you must report "
        "any weight loss to the midwife straight away.\nAbout you\nIt is essential that you have cared for babies "
        "or young children. If you have a baby in the unit yourself, you are welcome to talk to us first.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["It is essential that you have cared for babies or young children."]
    assert vacancy.desirable == []


def test_a_recruitment_team_beside_the_employer_is_no_job_title() -> None:
    advert = (
        "Hillingdon Hospitals NHS Foundation Trust – North Area Recruitment\nPhlebotomist\nBand 3\n"
        "Essential\n• Experience of taking blood\n"
    )
    assert extract_criteria(advert).job_title == "Phlebotomist"


def test_a_health_organisation_named_at_the_top_with_its_service_is_the_employer() -> None:
    advert = "Home Visiting Driver\nWest Harrow Healthcare – Urgent Home Visits\nEssential\n• A full UK licence\n"
    assert extract_criteria(advert).employer == "West Harrow Healthcare"


def test_a_footer_of_the_trust_and_its_address_is_no_criterion() -> None:
    assert not_a_criterion("Ealing Hospital NHS Trust · Therapies Department, Uxbridge Road, Southall")
    assert not_a_criterion("London North West University Healthcare NHS Trust | Outpatients, Watford Road, Harrow")
    # a requirement naming a trust and a road is still one
    assert not not_a_criterion("Experience of working at Ealing Hospital NHS Trust on Uxbridge Road")
    assert not not_a_criterion("Able to travel to Northwick Park · Watford Road site for training days")


def test_the_person_we_need_and_nice_to_have_though_not_essential_head_their_lists() -> None:
    advert = (
        "Recovery Support Worker\nWhat we need from you\nThe person we need\n• Experience of supporting people who "
        "use drugs, paid or voluntary\nNice to have, though not essential\n• Experience of running group sessions\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of supporting people who use drugs, paid or voluntary"]
    assert vacancy.desirable == ["Experience of running group sessions"]


def test_a_title_after_the_employer_and_a_dash_with_the_band_after_a_comma() -> None:
    advert = (
        "West London NHS Trust – Prison In-Reach Mental Health Support Worker, Band 4\nHMP Wormwood Scrubs\n"
        "Essential\n• Experience of supporting people with mental health problems\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Prison In-Reach Mental Health Support Worker"
    assert vacancy.band == "Band 4"


def test_training_given_to_new_starters_and_duties_told_with_must_are_no_criteria() -> None:
    assert not_a_criterion("Induction in tracheostomy care, given to all new starters")
    assert not_a_criterion("Must report any change in a patient's swallowing to the therapist on the same day")
    assert not_a_criterion("Must reconcile the monthly payment schedule before it is sent to the agency")
    assert not_a_criterion("We welcome applicants with lived experience of the justice system")
    # basic safety checks on a chair are a skill, not a DBS check; "must have" and "you will be" still ask
    assert not not_a_criterion("Able to carry out basic safety checks on tyres and brakes")
    assert not not_a_criterion("Must have a full UK driving licence")


def test_where_you_will_be_out_each_day_is_no_requirement() -> None:
    advert = (
        "Wheelchair Delivery Assistant\nAbout the service\nOur depot is in Park Royal, and most days you will be out "
        "in one of our two vans with a colleague.\nPerson specification\nEssential\n• Full UK driving licence\n"
    )
    assert [item.text for item in extract_criteria(advert).criteria] == ["Full UK driving licence"]


def test_it_helps_if_you_also_have_heads_the_desirable_list_and_what_you_must_have_the_essential() -> None:
    advert = (
        "Assessment Assistant\nWhat we're looking for\nWhat you must have\n• Confident with Microsoft Word and Excel\n"
        "It helps if you also have\n• Knowledge of how the EHCP process works\nIT\nDesirable: Experience of using "
        "SystmOne or EMIS Web\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Confident with Microsoft Word and Excel"]
    assert vacancy.desirable == ["Knowledge of how the EHCP process works", "Experience of using SystmOne or EMIS Web"]


def test_a_title_wrapped_onto_a_second_line_is_read_whole() -> None:
    advert = (
        "Children and Young People's Mental Health Programme Support\nOfficer\nNHS North West London Integrated Care "
        "Board\nAbout you\nIt is essential that you can write clear, plain emails and short reports. Careful handling "
        "of personal and sensitive information is essential.\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.job_title == "Children and Young People's Mental Health Programme Support Officer"
    assert vacancy.essential == [
        "It is essential that you can write clear, plain emails and short reports.",
        "Careful handling of personal and sensitive information is essential.",
    ]


def test_a_category_table_of_one_row_takes_the_level_in_its_level_column() -> None:
    advert = (
        "Project Support Officer\nPerson specification\nSkills\nRequirement\tLevel\tAssessed by\nAble to use Excel to "
        "keep trackers\tEssential\tTest\nExcellent written English\tEssential\tTest\n\nKnowledge\nRequirement\tLevel\t"
        "Assessed by\nKnowledge of sickle cell disorder and how it affects families\tDesirable\tInterview\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.desirable == ["Knowledge of sickle cell disorder and how it affects families"]


def test_tasks_told_with_you_must_and_the_employer_with_the_closing_date_are_no_criteria() -> None:
    assert not_a_criterion("You must phone the on-call nurse straight away if a syringe driver alarms")
    assert not_a_criterion("You must release any unused clinic slots no later than six weeks ahead")
    assert not_a_criterion("Central London Community Healthcare NHS Trust – applications close 12/03/2029 – ref 611")
    assert not not_a_criterion("You must be able to set up meetings on Microsoft Teams")


def test_a_short_line_hanging_under_a_full_width_pdf_bullet_carries_it_on() -> None:
    lines = [
        "Essential criteria",
        "- Able to check and record vital signs and escalate any score outside the normal range using",
        "   NEWS2",
        "- Calm and reassuring with patients having long treatments, such as blood transfusions",
        "- Good spoken and written English for handovers and patient records",
    ]
    vacancy = extract_criteria(read_document(pdf_bytes(lines)))
    assert vacancy.essential == [
        "Able to check and record vital signs and escalate any score outside the normal range using NEWS2",
        "Calm and reassuring with patients having long treatments, such as blood transfusions",
        "Good spoken and written English for handovers and patient records",
    ]


def test_an_interest_asked_in_prose_is_a_criterion_and_an_induction_or_an_address_is_not() -> None:
    assert prose_level("A genuine interest in medicine and the human body is essential.", None) == "essential"
    assert not_a_criterion("We run a twelve-week induction and you will have a named buddy for your first months.")
    assert not_a_criterion("You are not expected to know the vaccine schedule before you start")
    assert not_a_criterion("The Hillingdon Hospitals NHS Foundation Trust, Pield Heath Road, Uxbridge UB8 3NN")


def test_a_nice_to_have_heading_with_a_reassurance_after_it_gives_desirable_and_dates_end_the_list() -> None:
    advert = (
        "Lymphoedema Assistant\nYou will need\n- Experience of supporting patients with a long-term condition\n"
        "Good to have, but we won't mind if you don't\n- Experience of applying compression bandages\n"
        "- Speaks Gujarati, Somali or Arabic\nImportant dates\nClosing date: 04/04/2029\nInterview date: 16/04/2029\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of supporting patients with a long-term condition"]
    assert vacancy.desirable == ["Experience of applying compression bandages", "Speaks Gujarati, Somali or Arabic"]


def test_a_rule_of_the_job_in_the_passive_and_time_the_job_gives_are_no_criteria() -> None:
    assert not_a_criterion("Any change to a course must be emailed to the trainer and everyone booked on the same day.")
    assert not_a_criterion(
        "Protected learning time is an essential part of how our team works, and you will have half a day each month "
        "for it."
    )


def test_extra_points_heads_the_desirable_list_and_the_hours_told_as_a_fact_are_no_criterion() -> None:
    advert = (
        "Orders Clerk\nWhat we need from you\n- Accurate data entry\n- Confident with Word and Excel\n"
        "Extra points if you have\n- Experience of using a purchase-to-pay system\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Accurate data entry", "Confident with Word and Excel"]
    assert vacancy.desirable == ["Experience of using a purchase-to-pay system"]
    assert not_a_criterion("Shifts are 8am to 4pm or 12pm to 8pm")
    assert not not_a_criterion("Able to work shifts between 8am and 8pm")


def test_a_team_that_gives_something_only_when_it_is_needed_sets_no_requirement() -> None:
    assert prose_level("Our team makes sure each wheelchair is given out only when it is needed.", None) is None
    assert prose_level("Experience of working with the public is needed for this post.", None) == "essential"


def test_the_essentials_even_better_if_you_have_and_also_welcome_head_their_lists() -> None:
    advert = (
        "Clinic Receptionist\nThe essentials\n- Experience of working with the public\n- Good spoken English\n"
        "Even better if you have\n- Experience of using SystmOne\nAlso welcome\n- Speaks Tamil or Gujarati\n"
    )
    vacancy = extract_criteria(advert)
    assert vacancy.essential == ["Experience of working with the public", "Good spoken English"]
    assert vacancy.desirable == ["Experience of using SystmOne", "Speaks Tamil or Gujarati"]


def test_knowing_others_immigration_status_is_a_criterion_and_ones_own_is_eligibility() -> None:
    assert not not_a_criterion("Understanding that refugees can see a GP, whatever their immigration status")
    assert not_a_criterion("You must have a valid immigration status that allows you to work in the UK")


def test_a_kind_of_surgery_and_a_health_centre_in_the_title_stay_in_it_and_a_gp_federation_employs() -> None:
    vacancy = extract_criteria(
        "Burns Surgery Ward Clerk\nBand 2\nThe Harefield Health Centre, Harefield, a short walk from the bus stop\n"
        "Employed by Hillingdon GP Federation\nEssential\n- Experience of working in an office\n"
    )
    assert vacancy.job_title == "Burns Surgery Ward Clerk"
    assert vacancy.employer == "Hillingdon GP Federation"
    centre = extract_criteria(
        "Harefield Health Centre Receptionist\nBand 2\nHillingdon GP Federation\n"
        "Essential\n- Experience of working with the public\n"
    )
    assert centre.job_title == "Harefield Health Centre Receptionist"


def test_duties_told_with_must_and_no_subject_are_no_criteria() -> None:
    assert not_a_criterion("Must chaperone intimate examinations whenever a clinician asks")
    assert not_a_criterion("Must keep sedated patients in the recovery bay until the nurse signs them out")
    assert not_a_criterion("You must hand any urgent referral straight back to the nurse in charge")
    assert not not_a_criterion("Must have a full UK driving licence")
    assert not not_a_criterion("Must be able to keep accurate records")
