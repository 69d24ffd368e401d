from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    """Event -> Milestone: "event" will mean support sessions and calendar entries."""

    dependencies = [
        ('applications', '0005_statement_answers'),
    ]

    operations = [
        migrations.RenameModel(old_name='Event', new_name='Milestone'),
        migrations.AlterModelOptions(
            name='milestone',
            options={'ordering': ['date', 'created'], 'verbose_name': 'milestone'},
        ),
        migrations.AlterField(
            model_name='milestone',
            name='application',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='milestones', to='applications.application'),
        ),
    ]
