"""Recover sooner after an outage: missed concern notifications are sent every 20 seconds
instead of every minute (a concern raised while the broker was down reaches the lead
well within a minute of its return), certificates are swept every minute instead of
every ten, and passed attempts that completed nothing are repaired every five minutes.

A schedule an operator changed in the admin is left as they set it.
"""

from django.db import migrations

CONCERNS = "safeguarding: send missed concern notifications"
CERTIFICATES = "certificates: issue missing certificates"
REPAIR = "courses: repair completions of passed quizzes"


def forwards(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_20s, _ = IntervalSchedule.objects.get_or_create(every=20, period="seconds")
    PeriodicTask.objects.filter(
        name=CONCERNS, interval__every=60, interval__period="seconds"
    ).update(interval=every_20s)
    every_minute, _ = IntervalSchedule.objects.get_or_create(every=60, period="seconds")
    PeriodicTask.objects.filter(
        name=CERTIFICATES, interval__every=600, interval__period="seconds"
    ).update(interval=every_minute)
    every_five, _ = IntervalSchedule.objects.get_or_create(every=300, period="seconds")
    PeriodicTask.objects.get_or_create(
        name=REPAIR,
        defaults={"task": "courses.tasks.completions_repair_task", "interval": every_five},
    )


def backwards(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name=REPAIR).delete()
    every_minute, _ = IntervalSchedule.objects.get_or_create(every=60, period="seconds")
    PeriodicTask.objects.filter(
        name=CONCERNS, interval__every=20, interval__period="seconds"
    ).update(interval=every_minute)
    every_ten, _ = IntervalSchedule.objects.get_or_create(every=600, period="seconds")
    PeriodicTask.objects.filter(
        name=CERTIFICATES, interval__every=60, interval__period="seconds"
    ).update(interval=every_ten)


class Migration(migrations.Migration):
    dependencies = [("notifications", "0003_drop_user_kind_subject_index")]

    operations = [migrations.RunPython(forwards, backwards)]
