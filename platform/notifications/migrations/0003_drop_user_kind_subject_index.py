"""The (user, kind, subject) index repeated the first three columns of the
notifications_once unique constraint, whose index serves the same lookups; it only
slowed the sweeps' inserts."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0002_rules_and_schedules'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='sentnotification',
            name='notificatio_user_id_96761d_idx',
        ),
    ]
