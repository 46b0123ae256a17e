"""The outbox sweep, every 20 seconds, in django-celery-beat's tables (edited in the admin).

A schedule an operator changed in the admin is left as they set it.
"""

from django.db import migrations

NAME = "outbox: deliver what is due"


def forwards(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_20s, _ = IntervalSchedule.objects.get_or_create(every=20, period="seconds")
    PeriodicTask.objects.get_or_create(
        name=NAME, defaults={"task": "outbox.tasks.outbox_sweep_task", "interval": every_20s}
    )


def backwards(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
