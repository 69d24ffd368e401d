"""Shares made before consent moved to accounts keep their dates and their access log."""

import datetime

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F

BEFORE = [("applications", "0001_coach"), ("accounts", "0002_consent_and_access_log")]
AFTER = [("applications", "0004_share_consent_required")]
GIVEN = datetime.datetime(2026, 5, 1, 9, 0, tzinfo=datetime.UTC)
STOPPED = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
LOOKED = datetime.datetime(2026, 5, 2, 10, 30, tzinfo=datetime.UTC)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def make_old_rows(apps):
    User = apps.get_model("accounts", "User")
    resident = User.objects.create(email="resident@example.org")
    worker = User.objects.create(email="worker@example.org")
    application = apps.get_model("applications", "Application").objects.create(owner=resident, job_title="Porter")
    Share = apps.get_model("applications", "Share")
    live = Share.objects.create(application=application, worker=worker, consented=GIVEN)
    Share.objects.create(application=application, worker=worker, consented=GIVEN, revoked=STOPPED)
    AccessLog = apps.get_model("applications", "AccessLog")
    row = AccessLog.objects.create(share=live, action="view")
    AccessLog.objects.filter(pk=row.pk).update(when=LOOKED)
    return resident, worker


@pytest.fixture
def back_to_latest_afterwards():
    """Whatever happens in the test, leave the database at the latest migrations, as other tests expect."""
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_to_latest_afterwards")
def test_existing_shares_and_their_access_log_move_to_accounts_and_back():
    resident, worker = make_old_rows(migrate(BEFORE))

    apps = migrate(AFTER)
    Consent = apps.get_model("accounts", "Consent")
    consents = Consent.objects.order_by(F("withdrawn_at").asc(nulls_first=True))  # PostgreSQL puts NULL last
    assert list(consents.values_list("resident_id", "staff_id", "scope", "given_at", "withdrawn_at")) == [
        (resident.pk, worker.pk, "application_share", GIVEN, None),
        (resident.pk, worker.pk, "application_share", GIVEN, STOPPED),
    ]
    assert all(consent.application_share for consent in consents)
    entry = apps.get_model("accounts", "AccessLogEntry").objects.get()
    old = (worker.pk, resident.pk, "view", "Porter", LOOKED)
    assert (entry.staff_id, entry.resident_id, entry.action, entry.label, entry.at) == old
    assert entry.consent_id == consents[0].pk

    apps = migrate(BEFORE)
    shares = apps.get_model("applications", "Share").objects.order_by("pk")
    assert list(shares.values_list("consented", "revoked")) == [(GIVEN, None), (GIVEN, STOPPED)]
    assert list(apps.get_model("applications", "AccessLog").objects.values_list("action", "when")) == [("view", LOOKED)]
    assert not apps.get_model("accounts", "Consent").objects.exists()
