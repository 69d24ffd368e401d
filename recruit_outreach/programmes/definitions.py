"""The indicators every installation starts with, one list per workstream of issue 12.

Names and definitions are stored in English and marked here for the catalogues, so the admin shows
them in the reader's language (``Indicator.display_name``). ``create_missing_indicators`` runs after every
migrate (see ``signals.py``), so an indicator added to this list reaches every installation.
"""

from django.utils.translation import gettext_noop as _

EVERY_GROUP = ["borough", "ethnic_group", "disability", "language", "age_band"]
EQUALITY_GROUPS = ["ethnic_group", "disability"]


def _count(code: str, name: str, definition: str, **extra) -> dict:
    return {"code": code, "name": name, "definition": definition, "unit": "count", **extra}


def _rate(code: str, name: str, numerator: str, denominator: str, **extra) -> dict:
    definition = _("The numerator as a percentage of the denominator, both counted in the same period.")
    return {
        "code": code,
        "name": name,
        "definition": definition,
        "unit": "rate",
        "numerator_label": numerator,
        "denominator_label": denominator,
        **extra,
    }


_COMPUTED = {"source": "computed", "breakdowns": EVERY_GROUP}
# The funnel's rates follow the applications that reached a step in the period (see programmes.compute).
_FUNNEL = {
    **_COMPUTED,
    "definition": _(
        "Of the applications that reached the earlier step in the period (the denominator), the percentage "
        "that have reached the later step so far (the numerator), whenever that happened."
    ),
}

RECRUITMENT_OUTREACH = [
    _count(
        "ro-residents-supported", _("Residents supported"), _("Residents who had any support from us."), **_COMPUTED
    ),
    _count(
        "ro-sessions-held",
        _("Support sessions held"),
        _("Drop-ins and workshops that took place."),
        about_people=False,
        source="computed",
        breakdowns=["borough", "language"],
    ),
    _count(
        "ro-session-attendances",
        _("Session attendances"),
        _("People marked as attending a support session."),
        **_COMPUTED,
    ),
    _count(
        "ro-applications-started",
        _("Applications started"),
        _("Job applications residents began in the coach."),
        **_COMPUTED,
    ),
    _count(
        "ro-applications-submitted",
        _("Applications submitted"),
        _("Applications residents told us they sent."),
        **_COMPUTED,
    ),
    _count("ro-shortlisted", _("Shortlisted"), _("Applications that reached the shortlist."), **_COMPUTED),
    _count("ro-interviewed", _("Interviewed"), _("Applications that led to an interview."), **_COMPUTED),
    _count("ro-offered", _("Offered a job"), _("Applications that led to a job offer."), **_COMPUTED),
    _count("ro-job-starts", _("Job starts"), _("Residents who started a job they applied for."), **_COMPUTED),
    _count(
        "ro-in-post-13-weeks",
        _("Still in post at 13 weeks"),
        _("Job starters still in the job 13 weeks later."),
        **_COMPUTED,
    ),
    _count(
        "ro-in-post-26-weeks",
        _("Still in post at 26 weeks"),
        _("Job starters still in the job 26 weeks later."),
        **_COMPUTED,
    ),
    _rate(
        "ro-submitted-of-started",
        _("Started applications submitted"),
        _("Applications submitted"),
        _("Applications started"),
        **_FUNNEL,
    ),
    _rate(
        "ro-shortlisted-of-submitted",
        _("Submitted applications shortlisted"),
        _("Shortlisted"),
        _("Applications submitted"),
        **_FUNNEL,
    ),
    _rate(
        "ro-interviewed-of-shortlisted",
        _("Shortlisted applicants interviewed"),
        _("Interviewed"),
        _("Shortlisted"),
        **_FUNNEL,
    ),
    _rate(
        "ro-offered-of-interviewed",
        _("Interviewed applicants offered a job"),
        _("Offered a job"),
        _("Interviewed"),
        **_FUNNEL,
    ),
    _rate("ro-started-of-offered", _("Job offers that led to a start"), _("Job starts"), _("Offered a job"), **_FUNNEL),
    _rate(
        "ro-13-weeks-of-starts",
        _("Job starters in post at 13 weeks"),
        _("Still in post at 13 weeks"),
        _("Job starts"),
        **_FUNNEL,
    ),
    _rate(
        "ro-26-weeks-of-starts",
        _("Job starters in post at 26 weeks"),
        _("Still in post at 26 weeks"),
        _("Job starts"),
        **_FUNNEL,
    ),
    {
        "code": "ro-likelihood-ethnicity",
        "name": _("Relative likelihood of appointment from shortlisting: White and BME applicants"),
        "definition": _(
            "The NHS Workforce Race Equality Standard indicator 2 for the residents we support: the share of "
            "shortlisted White applicants who were appointed, divided by the share of shortlisted Black and "
            "minority ethnic applicants who were appointed. 1.00 is parity; above 1.00 favours White applicants. "
            "People who did not state their ethnic group, and people who turned down an offer, are left out."
        ),
        "unit": "ratio",
        "direction": "lower",
        "target": 1,
        "source": "computed",
        "breakdowns": ["borough"],
    },
    {
        "code": "ro-likelihood-disability",
        "name": _("Relative likelihood of appointment from shortlisting: non-disabled and disabled applicants"),
        "definition": _(
            "As the Workforce Disability Equality Standard metric 2: the share of shortlisted non-disabled "
            "applicants who were appointed, divided by the share of shortlisted disabled applicants who were "
            "appointed. 1.00 is parity; above 1.00 favours non-disabled applicants. People who did not say are "
            "left out."
        ),
        "unit": "ratio",
        "direction": "lower",
        "target": 1,
        "source": "computed",
        "breakdowns": ["borough"],
    },
]

_EMPLOYERS = {"about_people": False, "source": "computed", "breakdowns": ["borough"]}
LEARNING_DISABILITY = [
    _count("ld-employers-engaged", _("Employers engaged"), _("Employers we worked with in the period."), **_EMPLOYERS),
    _count(
        "ld-awareness-sessions",
        _("Learning disability awareness sessions"),
        _("Awareness sessions held for employers."),
        **_EMPLOYERS,
    ),
    _count(
        "ld-awareness-attendance",
        _("Awareness session attendance"),
        _("Employer staff who attended an awareness session."),
        source="computed",
        breakdowns=["borough"],
    ),
    _count(
        "ld-dc-committed",
        _("Employers at Disability Confident Committed (level 1)"),
        _("Employers whose highest level is Committed."),
        **_EMPLOYERS,
    ),
    _count(
        "ld-dc-employer",
        _("Employers at Disability Confident Employer (level 2)"),
        _("Employers whose highest level is Employer."),
        **_EMPLOYERS,
    ),
    _count(
        "ld-dc-leader",
        _("Employers at Disability Confident Leader (level 3)"),
        _("Employers whose highest level is Leader."),
        **_EMPLOYERS,
    ),
    _count(
        "ld-pledges",
        _("Job or placement pledges"),
        _("Places employers pledged for people with a learning disability."),
        **_EMPLOYERS,
    ),
    _count(
        "ld-places-filled",
        _("Pledged places filled"),
        _("Pledged places taken up by a person with a learning disability."),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
    _count(
        "ld-supported-internships",
        _("Supported internships"),
        _("Supported internships that started in the period."),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
]

VOLUNTEERING = [
    _count(
        "vol-requests",
        _("Requests for volunteer support"),
        _("Requests for help with a hospital appointment."),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
    _count(
        "vol-attended",
        _("Supported appointments attended"),
        _("Appointments the person attended with volunteer support."),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
    _count(
        "vol-did-not-attend",
        _("Supported appointments not attended"),
        _("Appointments missed despite support, by the reason given."),
        direction="lower",
        source="computed",
        breakdowns=["reason", "borough"],
    ),
    _rate(
        "vol-attendance-rate",
        _("Share of supported appointments attended"),
        _("Appointments attended"),
        _("Appointments attended or missed"),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
    _count(
        "vol-readmissions-28-days",
        _("Readmissions within 28 days"),
        _("Hospital readmissions within 28 days, where they were recorded."),
        direction="lower",
        source="computed",
        breakdowns=["borough"],
    ),
    {
        "code": "vol-hours",
        "name": _("Volunteer hours"),
        "definition": _("Hours volunteers gave in the period."),
        "unit": "amount",
        "about_people": False,
        "source": "computed",
        "breakdowns": ["borough"],
    },
    _count(
        "vol-into-paid-work",
        _("Volunteers moving into paid work"),
        _("Volunteers who told us they started a paid job."),
        source="computed",
        breakdowns=EVERY_GROUP,
    ),
]

_BY_HAND = {"source": "manual"}
CANCER_OUTREACH = [
    _count(
        "ca-events",
        _("Cancer outreach events"),
        _("Community events about cancer signs and screening."),
        about_people=False,
        breakdowns=["borough", "language"],
        **_BY_HAND,
    ),
    _count(
        "ca-people-reached",
        _("People reached by cancer outreach"),
        _("People spoken with at an event, by language and ethnic group."),
        breakdowns=["language", "ethnic_group", "borough"],
        **_BY_HAND,
    ),
    _count(
        "ca-screening-referrals",
        _("Screening referrals"),
        _("People referred or helped to book cancer screening."),
        breakdowns=["language", "ethnic_group", "borough"],
        **_BY_HAND,
    ),
]

COST_OF_LIVING = [
    _count(
        "col-referrals",
        _("Cost-of-living referrals"),
        _("Referrals to voluntary sector partners for cost-of-living help."),
        breakdowns=["borough", "ethnic_group"],
        **_BY_HAND,
    ),
    _count(
        "col-residents-helped",
        _("Residents helped with the cost of living"),
        _("Residents who received help after a referral."),
        breakdowns=["borough", "ethnic_group"],
        **_BY_HAND,
    ),
    {
        "code": "col-income-gained",
        "name": _("Income gained (pounds)"),
        "definition": _("Yearly income gained through benefits checks and grants, in pounds."),
        "unit": "amount",
        "about_people": False,
        "breakdowns": ["borough"],
        **_BY_HAND,
    },
]

CAREER_PROGRESSION = [
    _count(
        "cp-milestones-met",
        _("Career progression review milestones met"),
        _("Milestones of the BME career progression review reached in the period."),
        about_people=False,
        breakdowns=[],
        **_BY_HAND,
    ),
    _count(
        "cp-bme-staff-promoted",
        _("BME staff promoted"),
        _("Black and minority ethnic staff who moved up at least one pay band."),
        breakdowns=["ethnic_group"],
        **_BY_HAND,
    ),
    _rate(
        "cp-bme-share-band-8a",
        _("BME share of staff at band 8a and above"),
        _("BME staff at band 8a and above"),
        _("All staff at band 8a and above"),
        breakdowns=[],
        **_BY_HAND,
    ),
]

DEFINITIONS = {
    "recruitment_outreach": RECRUITMENT_OUTREACH,
    "learning_disability": LEARNING_DISABILITY,
    "volunteering": VOLUNTEERING,
    "cancer_outreach": CANCER_OUTREACH,
    "cost_of_living": COST_OF_LIVING,
    "career_progression": CAREER_PROGRESSION,
}


def create_missing_indicators(indicator_model) -> int:
    """Create each indicator above that does not exist yet, found by its code, and return how many.

    Existing rows are left alone, so a programme admin's changes (a target, say) survive. Runs after every
    migrate and after a test database is flushed; takes the model class so that it can be the state's.
    """
    fields = {field.name for field in indicator_model._meta.get_fields()}
    existing = set(indicator_model.objects.values_list("code", flat=True))
    missing = [
        indicator_model(**{name: value for name, value in values.items() if name in fields})
        for workstream, definitions in DEFINITIONS.items()
        for order, definition in enumerate(definitions)
        if (values := {"workstream": workstream, "sort_order": order, **definition})["code"] not in existing
    ]
    indicator_model.objects.bulk_create(missing)
    return len(missing)
