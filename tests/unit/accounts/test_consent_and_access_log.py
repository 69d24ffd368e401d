"""Consent (who may see what, for which purpose, until withdrawn) and the staff access log, as any feature
that shows staff a resident's record uses them."""

import pytest

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import translation

from applications.models import Application
from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import AccessLogEntry, Consent
from recruit_outreach.accounts.selectors import access_log_for_resident, consent_live_for, consents_for_resident
from recruit_outreach.accounts.services import access_record, consent_give, consent_withdraw
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CASELOAD = Consent.Scope.OUTREACH_CASELOAD
PURPOSE = "So the outreach team can help you with your applications"


@pytest.fixture
def resident():
    return UserFactory(roles=[roles.RESIDENT])


@pytest.fixture
def worker():
    return UserFactory(roles=[roles.OUTREACH_WORKER])


def test_a_consent_to_the_team_lets_every_member_in_until_it_is_withdrawn(resident, worker):
    team = Group.objects.get(name=roles.OUTREACH_WORKER)
    consent = consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, team=team)
    assert consent_live_for(resident=resident, staff=worker, scope=CASELOAD) == consent
    assert consent_live_for(resident=resident, staff=UserFactory(roles=[roles.EDITOR]), scope=CASELOAD) is None
    assert consent_live_for(resident=resident, staff=worker, scope=Consent.Scope.HOSPITAL_SUPPORT) is None

    consent_withdraw(consent=consent)
    assert consent_live_for(resident=resident, staff=worker, scope=CASELOAD) is None
    assert list(Consent.objects.withdrawn()) == [consent]
    assert not Consent.objects.live().exists()


def test_a_consent_to_one_person_covers_only_them(resident, worker):
    consent = consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, staff=worker)
    colleague = UserFactory(roles=[roles.OUTREACH_WORKER])
    assert consent_live_for(resident=resident, staff=worker, scope=CASELOAD) == consent
    assert consent_live_for(resident=resident, staff=colleague, scope=CASELOAD) is None
    assert consent_live_for(resident=UserFactory(), staff=worker, scope=CASELOAD) is None


def test_the_purpose_is_kept_in_the_words_and_language_the_resident_saw(resident, worker):
    with translation.override("ar"):
        consent = consent_give(resident=resident, scope=CASELOAD, purpose="لكي يساعدك الفريق", staff=worker)
    consent.refresh_from_db()
    assert (consent.purpose, consent.language) == ("لكي يساعدك الفريق", "ar")
    assert consent.given_at is not None and consent.withdrawn_at is None and consent.is_live


def test_withdrawing_twice_keeps_the_first_time(resident, worker):
    consent = consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, staff=worker)
    first = consent_withdraw(consent=consent).withdrawn_at
    assert first is not None
    assert consent_withdraw(consent=Consent.objects.get(pk=consent.pk)).withdrawn_at == first
    assert not consent.is_live


def test_a_consent_names_exactly_one_person_or_one_team(resident, worker):
    team = Group.objects.get(name=roles.OUTREACH_WORKER)
    for who in ({}, {"staff": worker, "team": team}):
        with pytest.raises(ValueError):
            consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, **who)
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(resident=resident, scope=CASELOAD, purpose=PURPOSE)


def test_the_resident_sees_every_consent_they_gave_newest_first(resident, worker):
    first = consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, staff=worker)
    second = consent_give(resident=resident, scope=Consent.Scope.HOSPITAL_SUPPORT, purpose=PURPOSE, staff=worker)
    consent_withdraw(consent=first)
    consent_give(resident=UserFactory(), scope=CASELOAD, purpose=PURPOSE, staff=worker)
    assert list(consents_for_resident(resident=resident)) == [second, first]
    assert list(consents_for_resident(resident=resident, scope=CASELOAD)) == [first]


def test_each_access_is_logged_with_who_what_and_when_and_only_the_resident_reads_theirs(resident, worker):
    application = Application.objects.create(owner=resident, job_title="Porter")
    consent = consent_give(resident=resident, scope=CASELOAD, purpose=PURPOSE, staff=worker)
    viewed = access_record(
        staff=worker, resident=resident, action=AccessLogEntry.Action.VIEWED, consent=consent, target=application
    )
    changed = access_record(staff=worker, resident=resident, action=AccessLogEntry.Action.CHANGED, label="Notes")
    access_record(staff=worker, resident=UserFactory(), action=AccessLogEntry.Action.VIEWED, label="Someone else")

    assert list(access_log_for_resident(resident=resident)) == [changed, viewed]
    assert list(access_log_for_resident(resident=resident, about=application)) == [viewed]
    viewed.refresh_from_db()
    assert (viewed.staff, viewed.label, viewed.target, viewed.consent) == (worker, "Porter", application, consent)
    assert viewed.at is not None
    assert viewed.get_action_display() == "Looked at your record"


def test_the_log_outlives_the_object_the_staff_account_and_the_resident_naming_no_one(resident, worker):
    application = Application.objects.create(owner=resident, job_title="Porter")
    entry = access_record(staff=worker, resident=resident, action=AccessLogEntry.Action.VIEWED, target=application)
    application.delete()
    worker.delete()
    entry.refresh_from_db()
    assert (entry.label, entry.staff) == ("Porter", None)
    resident.delete()
    entry.refresh_from_db()
    assert (entry.resident, entry.label, entry.target_id) == (None, "", None)
    assert entry.erased_ref
    assert not Consent.objects.exists()
