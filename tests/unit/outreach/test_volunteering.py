"""Hospital-appointment support: requests with consent, assigning under the gate, the volunteer's answer and
outcome, the 48-hour flag, expiry alerts sent once, and who may see what."""

from datetime import timedelta

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.outreach.volunteering import alerts, services
from recruit_outreach.outreach.volunteering.models import (
    AppointmentRequest,
    Assignment,
    Course,
    DbsLevel,
    ExpiryAlert,
    HospitalSite,
    Outcome,
    SupportedPerson,
    SupportedPersonEthnicGroup,
    SupportKind,
    Volunteer,
)
from tests.factories import UserFactory
from tests.mfa import enable_totp
from tests.unit.accounts.test_admin_access import sign_in
from tests.volunteering_factories import AppointmentRequestFactory, VolunteerFactory, in_days

pytestmark = pytest.mark.django_db


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"outreach:volunteering:{name}", args=args)


def signed_in(user) -> Client:
    browser = Client()
    sign_in(browser, user, enable_totp(user))
    return browser


@pytest.fixture
def coordinator():
    return UserFactory(roles=[roles.VOLUNTEER_COORDINATOR], first_name="Carol")


@pytest.fixture
def coordinator_client(coordinator):
    return signed_in(coordinator)


def request_form(**changes) -> dict:
    day = timezone.localdate() + timedelta(days=7)
    form = {
        "name": "Fatima Hassan",
        "phone": "07700 900456",
        "email": "",
        "preferred_language": "Arabic",
        "nhs_number": "943 476 5919",
        "age_band": "65-79",
        "borough": "brent",
        "ethnic_group": "",
        "site": HospitalSite.objects.get(name="Northwick Park Hospital").pk,
        "appointment_date": day.isoformat(),
        "appointment_time": "10:30",
        "support_needed": [SupportKind.ACCOMPANY, SupportKind.LANGUAGE],
        "referred_by": "gp",
        "reason": "language",
        "consent": "on",
    }
    return {**form, **changes}


def test_the_nw_london_hospitals_are_preloaded():
    names = set(HospitalSite.objects.values_list("name", flat=True))
    assert {
        "St Mary's Hospital",
        "West Middlesex University Hospital",
        "Northwick Park Hospital",
        "Mount Vernon Hospital",
    } <= names


def test_a_coordinator_records_a_request_with_the_persons_consent(coordinator, coordinator_client):
    response = coordinator_client.post(url("request_new"), request_form())
    created = AppointmentRequest.objects.get()
    assert response["Location"] == url("request", created.pk)
    assert created.person.nhs_number == "9434765919"
    consent = created.consent
    assert (
        consent.scope == Consent.Scope.HOSPITAL_SUPPORT
        and consent.is_live
        and "hospital appointment" in consent.purpose
    )
    assert not created.person.user.has_usable_password()
    assert AccessLogEntry.objects.filter(resident=created.person.user, staff=coordinator).exists()


def test_an_ethnic_group_given_is_kept_apart_and_never_shown(coordinator_client):
    coordinator_client.post(url("request_new"), request_form(ethnic_group="black", email="fatima@example.org"))
    created = AppointmentRequest.objects.get()
    assert "ethnic_group" not in {field.name for field in SupportedPerson._meta.get_fields()}
    assert SupportedPersonEthnicGroup.objects.get(person=created.person).ethnic_group == "black"
    page = coordinator_client.get(url("request", created.pk)).content.decode()
    assert "Black, Black British" not in page and "Fatima Hassan" in page
    # A later request without an answer leaves the earlier answer alone; deleting the person deletes it.
    coordinator_client.post(url("request_new"), request_form(email="fatima@example.org"))
    assert AppointmentRequest.objects.filter(person=created.person).count() == 2
    assert SupportedPersonEthnicGroup.objects.get(person=created.person).ethnic_group == "black"
    created.person.delete()
    assert not SupportedPersonEthnicGroup.objects.exists()


def test_no_admin_shows_an_ethnic_group_given():
    from django.urls import get_resolver

    from wagtail.admin.viewsets import viewsets

    assert get_resolver().url_patterns  # the admin's viewsets register when its URLs load
    models = {getattr(viewset, "model", None) for viewset in viewsets.viewsets}
    assert Volunteer in models, "the registry was read"
    assert SupportedPersonEthnicGroup not in models


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"nhs_number": "9434765918"}, "This is not a real NHS number."),
        ({"nhs_number": "94347659"}, "An NHS number has 10 digits."),
        ({"consent": ""}, "We can only help with the person&#x27;s agreement."),
    ],
)
def test_a_request_is_refused_with_a_plain_message(coordinator_client, changes, message):
    response = coordinator_client.post(url("request_new"), request_form(**changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert not AppointmentRequest.objects.exists()


def test_assignment_is_refused_for_an_expired_dbs_check_and_the_coordinator_is_told_why(coordinator_client):
    request = AppointmentRequestFactory()
    volunteer = VolunteerFactory(dbs_next_check_due=in_days(-1))
    response = coordinator_client.post(url("request_assign", request.pk), {"volunteer": volunteer.pk}, follow=True)
    assert not Assignment.objects.exists()
    assert "cannot be assigned: Their DBS check was due on" in response.content.decode()


def test_assignment_is_refused_for_missing_training():
    volunteer = VolunteerFactory(trained=[Course.INDUCTION, Course.INFORMATION_GOVERNANCE, Course.MANUAL_HANDLING])
    with pytest.raises(Exception, match="No Safeguarding adults training is recorded."):
        services.assignment_create(coordinator=None, request=AppointmentRequestFactory(), volunteer=volunteer)
    assert not Assignment.objects.exists()


def test_assignment_is_refused_for_the_wrong_qualifications():
    volunteer = VolunteerFactory(dbs_level=DbsLevel.BASIC)
    request = AppointmentRequestFactory(support_needed=[SupportKind.TRANSPORT])
    with pytest.raises(Exception, match="needs an enhanced DBS check"):
        services.assignment_create(coordinator=None, request=request, volunteer=volunteer)


def test_suggestions_put_qualified_volunteers_who_speak_the_language_first(coordinator_client):
    request = AppointmentRequestFactory()
    VolunteerFactory(user__first_name="Expired", languages=["Arabic"], dbs_next_check_due=in_days(-5))
    VolunteerFactory(user__first_name="Zoltan", languages=["English"])
    VolunteerFactory(user__first_name="Amal", languages=["Arabic"])
    page = coordinator_client.get(url("request", request.pk)).content.decode()
    assert page.index("Amal") < page.index("Zoltan") < page.index("Expired")
    assert page.count('name="volunteer"') == 2  # the expired volunteer has no Assign button


def test_a_coordinator_assigns_and_the_volunteer_is_emailed(coordinator_client, django_capture_on_commit_callbacks):
    request = AppointmentRequestFactory()
    volunteer = VolunteerFactory(user__email="amal@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(url("request_assign", request.pk), {"volunteer": volunteer.pk})
    assignment = Assignment.objects.get()
    assert assignment.status == Assignment.Status.OFFERED
    assert mail.outbox[-1].to == ["amal@example.org"]
    assert url("assignment", assignment.pk) in mail.outbox[-1].body
    other = VolunteerFactory()
    response = coordinator_client.post(url("request_assign", request.pk), {"volunteer": other.pk}, follow=True)
    assert "Someone is already assigned to this request." in response.content.decode()
    assert Assignment.objects.count() == 1


def test_the_volunteer_accepts_then_records_the_outcome():
    request = AppointmentRequestFactory()
    volunteer = VolunteerFactory()
    assignment = Assignment.objects.create(request=request, volunteer=volunteer)
    browser = signed_in(volunteer.user)
    page = browser.get(url("assignment", assignment.pk)).content.decode()
    assert "Fatima Hassan" in page and "Can you support this appointment?" in page
    browser.post(url("assignment", assignment.pk), {"answer": "accept"})
    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.ACCEPTED

    refused = browser.post(url("outcome", assignment.pk), {"result": "did_not_attend", "hours": "1"})
    assert "Choose why they did not go." in refused.content.decode()
    response = browser.post(
        url("outcome", assignment.pk), {"result": "did_not_attend", "missed_reason": "transport", "hours": "1.5"}
    )
    assert response["Location"] == url("mine")
    outcome = Outcome.objects.get(request=request)
    assert (outcome.result, outcome.missed_reason, str(outcome.hours)) == ("did_not_attend", "transport", "1.5")
    request.refresh_from_db()
    assert request.status == AppointmentRequest.Status.DONE
    assert "You have given 1.5 hours." in browser.get(url("mine")).content.decode()


def test_declining_puts_the_request_back_for_the_coordinator(coordinator_client):
    request = AppointmentRequestFactory(appointment_at=timezone.now() + timedelta(hours=30))
    assignment = Assignment.objects.create(request=request, volunteer=VolunteerFactory())
    assert (
        "No volunteer yet, appointment within 48 hours" not in coordinator_client.get(url("dashboard")).content.decode()
    )
    signed_in(assignment.volunteer.user).post(url("assignment", assignment.pk), {"answer": "decline"})
    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.DECLINED
    page = coordinator_client.get(url("dashboard")).content.decode()
    assert "No volunteer yet, appointment within 48 hours" in page and url("request", request.pk) in page


def test_requests_more_than_48_hours_away_are_not_flagged(coordinator_client):
    AppointmentRequestFactory(appointment_at=timezone.now() + timedelta(hours=50))
    assert "within 48 hours" not in coordinator_client.get(url("dashboard")).content.decode()


def test_a_volunteer_sees_only_their_own_assignments():
    mine = Assignment.objects.create(request=AppointmentRequestFactory(), volunteer=VolunteerFactory())
    theirs = Assignment.objects.create(
        request=AppointmentRequestFactory(person__name="Someone Else"), volunteer=VolunteerFactory()
    )
    browser = signed_in(mine.volunteer.user)
    assert "Someone Else" not in browser.get(url("mine")).content.decode()
    assert browser.get(url("assignment", theirs.pk)).status_code == 404
    assert browser.post(url("outcome", theirs.pk), {"result": "attended", "hours": "2"}).status_code == 404
    assert browser.get(url("request", mine.request.pk)).status_code == 403


def test_withdrawn_consent_hides_the_person_from_everyone(coordinator_client):
    assignment = Assignment.objects.create(request=AppointmentRequestFactory(), volunteer=VolunteerFactory())
    Consent.objects.filter(pk=assignment.request.consent_id).update(withdrawn_at=timezone.now())
    assert coordinator_client.get(url("request", assignment.request.pk)).status_code == 404
    assert signed_in(assignment.volunteer.user).get(url("assignment", assignment.pk)).status_code == 404


def test_a_coordinator_records_a_readmission(coordinator_client):
    request = AppointmentRequestFactory()
    assignment = Assignment.objects.create(request=request, volunteer=VolunteerFactory(), status="accepted")
    services.outcome_record(
        assignment=assignment, result="attended", missed_reason="", hours=2, by=assignment.volunteer.user
    )
    coordinator_client.post(url("request", request.pk), {"readmitted": "yes"})
    request.refresh_from_db()
    assert request.readmitted_within_28_days is True


def send_alerts(capture) -> int:
    with capture(execute=True):
        return alerts.expiry_alerts_send()


def test_expiry_alerts_go_to_the_volunteer_and_coordinator_once(coordinator, django_capture_on_commit_callbacks):
    soon = VolunteerFactory(user__email="soon@example.org", dbs_next_check_due=in_days(20))
    VolunteerFactory(user__email="later@example.org", dbs_next_check_due=in_days(45))
    assert send_alerts(django_capture_on_commit_callbacks) == 1
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([coordinator.email, "soon@example.org"])
    assert "runs out" in mail.outbox[0].subject
    assert send_alerts(django_capture_on_commit_callbacks) == 0
    assert len(mail.outbox) == 2
    soon.dbs_next_check_due = in_days(25)  # a new date is a new check: one more alert
    soon.save()
    assert send_alerts(django_capture_on_commit_callbacks) == 1
    assert ExpiryAlert.objects.count() == 2


def test_expiring_training_is_listed_on_the_dashboard_and_alerted(coordinator_client):
    volunteer = VolunteerFactory(
        user__first_name="Bilal", trained=[c for c in Course.values if c != Course.MANUAL_HANDLING]
    )
    volunteer.training.create(course=Course.MANUAL_HANDLING, completed_on=in_days(-700), expires_on=in_days(10))
    page = coordinator_client.get(url("dashboard")).content.decode()
    assert "Bilal" in page and "Manual handling" in page
    assert alerts.expiry_alerts_send() == 1


ROLE_MATRIX = {
    "dashboard": {roles.VOLUNTEER_COORDINATOR},
    "request_new": {roles.VOLUNTEER_COORDINATOR},
    "export": {roles.VOLUNTEER_COORDINATOR},
    "mine": {roles.VOLUNTEER},
}


@pytest.mark.parametrize("role", roles.ALL_ROLES)
@pytest.mark.parametrize("name", sorted(ROLE_MATRIX))
def test_role_matrix_for_the_volunteering_pages(role, name, settings):
    settings.PSEUDONYM_KEY = "k" * 40
    user = UserFactory(roles=[role])
    if role == roles.VOLUNTEER:
        VolunteerFactory(user=user)
    browser = signed_in(user) if role in roles.STAFF_ROLES else Client()
    if role not in roles.STAFF_ROLES:
        browser.force_login(user)
    status = browser.get(url(name)).status_code
    assert status == (200 if role in ROLE_MATRIX[name] else 403)


@pytest.mark.parametrize("name", ["request", "request_assign", "assignment", "outcome"])
@pytest.mark.parametrize(
    "role", [roles.RESIDENT, roles.EMPLOYER, roles.OUTREACH_WORKER, roles.EDITOR, roles.PROGRAMME_ADMIN]
)
def test_nobody_else_sees_the_person_supported(role, name):
    assignment = Assignment.objects.create(request=AppointmentRequestFactory(), volunteer=VolunteerFactory())
    user = UserFactory(roles=[role])
    browser = signed_in(user) if role in roles.STAFF_ROLES else Client()
    if role not in roles.STAFF_ROLES:
        browser.force_login(user)
    pk = assignment.request.pk if name.startswith("request") else assignment.pk
    response = browser.post(url(name, pk), {}) if name == "request_assign" else browser.get(url(name, pk))
    assert response.status_code == 403 and b"Fatima" not in response.content


def test_anonymous_visitors_are_sent_to_sign_in(client):
    assert client.get(url("dashboard"))["Location"].startswith("/en/account/login/")


def test_a_coordinator_without_the_second_factor_this_session_is_turned_back(client, coordinator):
    enable_totp(coordinator)
    client.force_login(coordinator)
    assert client.get(url("dashboard"))["Location"].startswith("/en/account/login/")


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (roles.VOLUNTEER_COORDINATOR, True),
        (roles.OUTREACH_WORKER, False),
        (roles.EDITOR, False),
        (roles.PROGRAMME_ADMIN, False),
    ],
)
def test_role_matrix_for_the_volunteering_admin(role, allowed):
    browser = signed_in(UserFactory(roles=[role]))
    for address in ("/admin/volunteering_volunteers/", "/admin/volunteering_training/", "/admin/volunteering_sites/"):
        response = browser.get(address)
        assert (response.status_code == 200) is allowed, address
    menu = browser.get("/admin/").content.decode()
    assert (url("dashboard") in menu) is allowed


def test_the_coordinator_downloads_the_pseudonymised_export(coordinator_client, settings):
    AppointmentRequestFactory()
    settings.PSEUDONYM_KEY = "k" * 40
    response = coordinator_client.get(url("export"))
    assert response["Content-Type"].startswith("text/csv") and b"person_pseudonym" in response.content
    assert b"Fatima" not in response.content
    settings.PSEUDONYM_KEY = ""
    assert coordinator_client.get(url("export"))["Location"] == url("dashboard")
