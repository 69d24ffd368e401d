from django.db import migrations


def create_indicators(apps, schema_editor):
    from recruit_outreach.programmes.definitions import sync_definitions

    sync_definitions(apps.get_model("programmes", "Indicator"))


class Migration(migrations.Migration):
    dependencies = [
        ("programmes", "0002_indicators"),
    ]

    operations = [
        migrations.RunPython(create_indicators, migrations.RunPython.noop),
    ]
