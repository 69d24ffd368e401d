"""Step 2 of 3: carry each share's consent dates and its access log rows to the general pieces in accounts.

Forwards: a Consent (scope application_share, named worker, the purpose the share form showed) per Share, and
an AccessLogEntry per AccessLog row. Backwards: the dates and rows go back, and what this created is removed.
"""

from django.db import migrations

PURPOSE = "I agree to share this application with this outreach worker"


def _label(application) -> str:
    return application.job_title or "Untitled application"


def forwards(apps, schema_editor):
    Share = apps.get_model("applications", "Share")
    AccessLog = apps.get_model("applications", "AccessLog")
    Consent = apps.get_model("accounts", "Consent")
    AccessLogEntry = apps.get_model("accounts", "AccessLogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    application_type, _ = ContentType.objects.get_or_create(app_label="applications", model="application")
    for share in Share.objects.select_related("application"):
        share.consent = Consent.objects.create(
            resident_id=share.application.owner_id,
            scope="application_share",
            staff_id=share.worker_id,
            purpose=PURPOSE,
            language="en",
            given_at=share.consented,
            withdrawn_at=share.revoked,
        )
        share.save(update_fields=["consent"])
    entries = [
        AccessLogEntry(
            staff_id=row.share.worker_id,
            resident_id=row.share.application.owner_id,
            consent_id=row.share.consent_id,
            action=row.action,
            label=_label(row.share.application),
            target_type=application_type,
            target_id=row.share.application_id,
            at=row.when,
        )
        for row in AccessLog.objects.select_related("share__application")
    ]
    AccessLogEntry.objects.bulk_create(entries, batch_size=500)


def backwards(apps, schema_editor):
    Share = apps.get_model("applications", "Share")
    AccessLog = apps.get_model("applications", "AccessLog")
    Consent = apps.get_model("accounts", "Consent")
    AccessLogEntry = apps.get_model("accounts", "AccessLogEntry")
    entries = AccessLogEntry.objects.filter(consent__application_share__isnull=False)
    for entry in entries.select_related("consent__application_share"):
        row = AccessLog.objects.create(share=entry.consent.application_share, action=entry.action)
        AccessLog.objects.filter(pk=row.pk).update(when=entry.at)  # `when` is auto_now_add
    entries.delete()
    for share in Share.objects.select_related("consent").exclude(consent=None):
        Share.objects.filter(pk=share.pk).update(
            consented=share.consent.given_at, revoked=share.consent.withdrawn_at, consent=None
        )
    Consent.objects.filter(scope="application_share", application_share__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_consent_and_access_log"),
        ("applications", "0002_share_consent"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
