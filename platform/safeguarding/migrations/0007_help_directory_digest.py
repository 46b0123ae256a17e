"""The help directory's monthly digest to its editors: a job looks once a day
(django-celery-beat, edited in the admin); the month in each mail's key makes it once."""

from django.db import migrations

NAME = "safeguarding: tell editors which help services need a check"


def schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    daily, _ = IntervalSchedule.objects.get_or_create(every=1, period="days")
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={"task": "safeguarding.tasks.help_directory_digest_owe_task", "interval": daily},
    )


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("safeguarding", "0006_help_directory_descriptions_and_checks"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
