"""Concern mails move to the outbox: one Message per person to tell.

Every ConcernNotification becomes an outbox row: those sent or failed as done (so no
one is told twice), the others due now. A concern that had no rows yet gets its mails
from the repair sweep (concerns_notify_pending), which knows who must act.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    ConcernNotification = apps.get_model("safeguarding", "ConcernNotification")
    Message = apps.get_model("outbox", "Message")
    Message.objects.bulk_create(
        [
            Message(
                kind="safeguarding.concern_mail",
                key=f"concern:{row.concern_id}:to:{row.recipient_id}",
                payload={"concern": row.concern_id, "recipient": row.recipient_id},
                done_at=row.sent_at or row.failed_at,
                outcome="done" if row.sent_at else ("failed" if row.failed_at else ""),
                last_error=row.error,
            )
            for row in ConcernNotification.objects.all()
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("safeguarding", "0003_audit_trail_append_only"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.DeleteModel(name="ConcernNotification"),
    ]
