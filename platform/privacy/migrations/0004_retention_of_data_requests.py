import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('privacy', '0003_retention_schedule'),
    ]

    operations = [
        migrations.AddField(
            model_name='retentionpolicy',
            name='data_requests_days',
            field=models.PositiveIntegerField(default=1095, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='answered data requests: days after the answer'),
        ),
    ]
