"""Every outreach address for every role: the status each should get, from one table.

Staff sign in with their second factor, as they must; the resident in the table owns the booking, the
waiting-list offer and the consent, so other people get a 404 for those.
"""

import uuid

import pytest

from django.test import Client
from django.urls import reverse

from recruit_outreach.accounts import roles
from recruit_outreach.outreach.caseload import services as caseload_services
from recruit_outreach.outreach.models import Referral, WaitingListEntry
from tests.outreach_factories import BookingFactory, WaitingListEntryFactory
from tests.outreach_staff import client_for, person_with_role, session_today

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
ROLES = [
    ANONYMOUS,
    roles.RESIDENT,
    roles.EMPLOYER,
    roles.VOLUNTEER,
    roles.VOLUNTEER_COORDINATOR,
    roles.OUTREACH_WORKER,
    roles.EDITOR,
    roles.PROGRAMME_ADMIN,
]
SIGN_IN = 302  # sent to sign in
EVERYONE = dict.fromkeys(ROLES, 200)
SIGNED_IN = {**EVERYONE, ANONYMOUS: SIGN_IN}
OWNER_ONLY = {**dict.fromkeys(ROLES, 404), ANONYMOUS: SIGN_IN, roles.RESIDENT: 200}
POST_ONLY = dict.fromkeys(ROLES, 405)
SIGNED_IN_POST_ONLY = {**POST_ONLY, ANONYMOUS: SIGN_IN}
STAFF_403 = {**dict.fromkeys(ROLES, 403), ANONYMOUS: SIGN_IN}
OUTREACH_STAFF = {**STAFF_403, roles.OUTREACH_WORKER: 200, roles.PROGRAMME_ADMIN: 200}
REGISTER_STAFF = {**OUTREACH_STAFF, roles.VOLUNTEER_COORDINATOR: 200}
ADMIN_ONLY = {**STAFF_403, roles.PROGRAMME_ADMIN: 200}
INVITATION = {**dict.fromkeys(ROLES, 410), ANONYMOUS: 302}

# (URL name, how to build its arguments from the world, expected status by role)
MATRIX = [
    # Sessions and bookings (the resident side)
    ("session", lambda w: [w["session"].pk], EVERYONE),
    ("session_ics", lambda w: [w["session"].pk], EVERYONE),
    ("session_book", lambda w: [w["session"].pk], POST_ONLY),
    ("waiting_list_join", lambda w: [w["session"].pk], POST_ONLY),
    ("bookings", lambda w: [], SIGNED_IN),
    ("booking", lambda w: [w["booking"].pk], OWNER_ONLY),
    ("booking_ics", lambda w: [w["booking"].pk], OWNER_ONLY),
    ("booking_cancel", lambda w: [w["booking"].pk], OWNER_ONLY),
    ("booking_change", lambda w: [w["booking"].pk], OWNER_ONLY),
    ("waiting_list_leave", lambda w: [w["offer"].pk], SIGNED_IN_POST_ONLY),
    ("offer", lambda w: [w["offer"].offer_token], OWNER_ONLY),
    # Registers
    ("register_today", lambda w: [], REGISTER_STAFF),
    ("register", lambda w: [w["session"].pk], REGISTER_STAFF),
    ("register_mark", lambda w: [w["session"].pk], POST_ONLY),
    ("register_walk_in", lambda w: [w["session"].pk], POST_ONLY),
    ("register_walk_in_count", lambda w: [w["session"].pk], POST_ONLY),
    ("register_note", lambda w: [w["session"].pk], POST_ONLY),
    # Caseload, referrals and the access log
    ("record_sharing", lambda w: [], SIGNED_IN),
    ("record_who_looked", lambda w: [], SIGNED_IN),
    ("caseload", lambda w: [], OUTREACH_STAFF),
    ("caseload_resident", lambda w: [w["resident"].pk], OUTREACH_STAFF),
    ("referrals", lambda w: [], OUTREACH_STAFF),
    ("referral_new", lambda w: [], OUTREACH_STAFF),
    ("referral", lambda w: [w["referral"].pk], OUTREACH_STAFF),
    ("referral_invite", lambda w: [w["referral"].pk], OUTREACH_STAFF),
    ("referral_invitation", lambda w: [caseload_services.invitation_token(w["referral"])], INVITATION),
    ("access_log", lambda w: [], ADMIN_ONLY),
    ("access_log_export", lambda w: [], ADMIN_ONLY),
]


def build_world(people: dict) -> dict:
    session = session_today(capacity=3)
    session.facilitators.add(*[person for role, person in people.items() if REGISTER_STAFF[role] == 200])
    resident = people[roles.RESIDENT]
    full = session_today(capacity=1)
    BookingFactory(session=full)
    offer = WaitingListEntryFactory(
        session=full, resident=resident, status=WaitingListEntry.Status.OFFERED, offer_token=uuid.uuid4().hex
    )
    caseload_services.caseload_consent_give(resident=resident)
    referral = Referral.objects.create(
        source="self",
        reason="Wants a job",
        resident_name="Sam Someone",
        email="sam@example.org",
        contact_agreed_on="2026-12-01",
    )
    return {
        "session": session,
        "booking": BookingFactory(session=session, resident=resident),
        "offer": offer,
        "resident": resident,
        "referral": referral,
    }


@pytest.mark.parametrize("role", ROLES)
def test_every_outreach_address_answers_each_role_as_it_should(role):
    people = {name: person_with_role(name) for name in ROLES if name != ANONYMOUS}
    world = build_world(people)
    browser = Client() if role == ANONYMOUS else client_for(people[role])
    wrong = []
    for name, arguments, expected in MATRIX:
        url = reverse(f"outreach:{name}", args=arguments(world))
        status = browser.get(url).status_code
        if status != expected[role]:
            wrong.append(f"{name}: expected {expected[role]}, got {status}")
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("name", ["register_today", "caseload", "access_log"])
def test_staff_who_have_not_used_their_second_factor_are_sent_to_set_it_up(name):
    admin = person_with_role(roles.PROGRAMME_ADMIN)
    browser = Client()
    browser.force_login(admin)
    response = browser.get(reverse(f"outreach:{name}"))
    assert response.status_code == 302
    assert "/2fa/" in response["Location"]
