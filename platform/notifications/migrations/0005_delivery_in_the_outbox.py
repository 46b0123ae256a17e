"""Delivery moves to the outbox: each waiting notification gets an outbox row, due when
it was (after quiet hours, say); one a worker was sending when this runs is tried again.
The notification keeps its status as the record of what happened."""

from django.db import migrations, models


def owe_waiting(apps, schema_editor):
    SentNotification = apps.get_model("notifications", "SentNotification")
    Message = apps.get_model("outbox", "Message")
    waiting = SentNotification.objects.filter(status__in=["pending", "sending"])
    Message.objects.bulk_create(
        [
            Message(
                kind="notifications.send",
                key=f"notification:{row.pk}",
                payload={"notification": row.pk},
                due_at=row.send_after,
            )
            for row in waiting.iterator()
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )
    waiting.update(status="pending")


class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0004_faster_recovery_schedules'),
        ('outbox', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(owe_waiting, migrations.RunPython.noop),
        migrations.RemoveIndex(
            model_name='sentnotification',
            name='notifications_due',
        ),
        migrations.RemoveField(
            model_name='sentnotification',
            name='claim',
        ),
        migrations.RemoveField(
            model_name='sentnotification',
            name='claimed_at',
        ),
        migrations.RemoveField(
            model_name='sentnotification',
            name='send_after',
        ),
        migrations.AlterField(
            model_name='sentnotification',
            name='status',
            field=models.CharField(choices=[('pending', 'Waiting'), ('sent', 'Sent'), ('skipped', 'Not sent (unsubscribed or turned off)'), ('failed', 'Failed')], default='pending', max_length=10),
        ),
    ]
