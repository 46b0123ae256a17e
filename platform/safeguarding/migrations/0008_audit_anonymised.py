from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('safeguarding', '0007_help_directory_digest'),
    ]

    operations = [
        migrations.AlterField(
            model_name='concernauditentry',
            name='action',
            field=models.CharField(choices=[('raised', 'Raised'), ('notified', 'People told'), ('viewed', 'Viewed'), ('viewed_audit', 'Viewed the audit trail'), ('note_added', 'Note added'), ('status_changed', 'Status changed'), ('escalated', 'Not opened in time: escalated'), ('anonymised', 'Retention period over: text and names removed')], max_length=20, verbose_name='what'),
        ),
    ]
