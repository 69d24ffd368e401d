import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Step 3 of 3: every share now has its consent; the share's own dates and access log go."""

    dependencies = [
        ('accounts', '0002_consent_and_access_log'),
        ('applications', '0003_carry_shares_to_consents'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='share',
            options={'ordering': ['-consent__given_at', '-pk'], 'verbose_name': 'shared application'},
        ),
        migrations.AlterField(
            model_name='share',
            name='consent',
            field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='application_share', to='accounts.consent', verbose_name='consent'),
        ),
        migrations.RemoveField(
            model_name='share',
            name='consented',
        ),
        migrations.RemoveField(
            model_name='share',
            name='revoked',
        ),
        migrations.DeleteModel(
            name='AccessLog',
        ),
    ]
