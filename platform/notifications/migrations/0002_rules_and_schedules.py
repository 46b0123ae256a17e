"""One reminder rule per kind, and every periodic job of the platform in
django-celery-beat's tables, where the Django admin shows them and edits their timing."""

from django.db import migrations

KINDS = ["inactive_learner", "upcoming_session", "mentor_digest", "certificate_ready"]

# name: (task, every so many seconds, or a crontab dict)
SCHEDULES = {
    "safeguarding: send missed concern notifications": (
        "safeguarding.tasks.concerns_notify_pending_task",
        60,
    ),
    "certificates: issue missing certificates": (
        "certificates.tasks.certificates_sweep_task",
        600,
    ),
    "reminders: inactive learners": ("notifications.tasks.reminders_inactive_sweep_task", 3600),
    "reminders: upcoming class sessions": (
        "notifications.tasks.reminders_sessions_sweep_task",
        900,
    ),
    "reminders: weekly digest for mentors and coaches": (
        "notifications.tasks.reminders_digest_sweep_task",
        {"minute": "0", "hour": "7", "day_of_week": "1"},
    ),
    "notifications: send what is due": ("notifications.tasks.notifications_deliver_due_task", 300),
}


def create(apps, schema_editor):
    ReminderRule = apps.get_model("notifications", "ReminderRule")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for kind in KINDS:
        ReminderRule.objects.get_or_create(kind=kind)
    # An entry of that name came from CELERY_BEAT_SCHEDULE before this migration.
    PeriodicTask.objects.filter(name="safeguarding-notify-pending").delete()
    for name, (task, when) in SCHEDULES.items():
        if isinstance(when, dict):
            crontab, _ = CrontabSchedule.objects.get_or_create(
                **when, day_of_month="*", month_of_year="*", timezone="UTC"
            )
            timing = {"crontab": crontab, "interval": None}
        else:
            interval, _ = IntervalSchedule.objects.get_or_create(every=when, period="seconds")
            timing = {"interval": interval, "crontab": None}
        PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, **timing})


def remove(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=SCHEDULES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create, remove)]
