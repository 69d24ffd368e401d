import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Step 1 of 3: each share gets a pointer to an accounts.Consent (filled in by 0003)."""

    dependencies = [
        ('accounts', '0002_consent_and_access_log'),
        ('applications', '0001_coach'),
    ]

    operations = [
        migrations.AddField(
            model_name='share',
            name='consent',
            field=models.OneToOneField(null=True, on_delete=django.db.models.deletion.CASCADE, related_name='application_share', to='accounts.consent', verbose_name='consent'),
        ),
    ]
