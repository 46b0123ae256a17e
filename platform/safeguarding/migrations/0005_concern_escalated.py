"""Unopened concerns are escalated: the audit trail names it, and a job looks every 15
minutes (django-celery-beat, edited in the admin)."""

from django.db import migrations, models

NAME = "safeguarding: escalate concerns nobody opened"


def schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_15, _ = IntervalSchedule.objects.get_or_create(every=900, period="seconds")
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={"task": "safeguarding.tasks.concerns_escalate_task", "interval": every_15},
    )


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()



class Migration(migrations.Migration):

    dependencies = [
        ('safeguarding', '0004_concern_mails_in_the_outbox'),
        ('django_celery_beat', '0019_alter_periodictasks_options'),
    ]

    operations = [
        migrations.RunPython(schedule, unschedule),
        migrations.AlterField(
            model_name='concernauditentry',
            name='action',
            field=models.CharField(choices=[('raised', 'Raised'), ('notified', 'People told'), ('viewed', 'Viewed'), ('viewed_audit', 'Viewed the audit trail'), ('note_added', 'Note added'), ('status_changed', 'Status changed'), ('escalated', 'Not opened in time: escalated')], max_length=20, verbose_name='what'),
        ),
    ]
