import django.core.validators
import django.db.models.deletion
import django_countries.fields
import privacy.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0004_privacy_contact'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ConsentAge',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('country', django_countries.fields.CountryField(max_length=2, unique=True, verbose_name='country')),
                ('age', models.PositiveSmallIntegerField(help_text="Below this age a parent or guardian must agree before the child's account is complete. Between 13 and 16 (GDPR Article 8).", validators=[django.core.validators.MinValueValidator(13), django.core.validators.MaxValueValidator(16)], verbose_name='age of digital consent')),
            ],
            options={
                'verbose_name': 'age of digital consent',
                'verbose_name_plural': 'ages of digital consent',
                'ordering': ['country'],
            },
        ),
        migrations.CreateModel(
            name='RetentionPolicy',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('closed_concerns_days', models.PositiveIntegerField(default=2190, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='closed concerns: days after the last change')),
                ('reflections_days', models.PositiveIntegerField(default=730, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='reflections: days after the last edit')),
                ('quiz_attempts_days', models.PositiveIntegerField(default=730, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='quiz attempts: days after submission')),
                ('attendance_days', models.PositiveIntegerField(default=365, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='live session attendance and answers: days after the session')),
                ('archived_pupils_days', models.PositiveIntegerField(default=90, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='pupil accounts of archived classes: days after the class was archived')),
                ('inactive_accounts_days', models.PositiveIntegerField(default=1095, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='inactive accounts: days after the last sign-in')),
                ('send_log_days', models.PositiveIntegerField(default=365, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(36500)], verbose_name='log of messages sent: days after sending')),
                ('organisation', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='retention_policy', to='accounts.organisation', verbose_name='organisation')),
            ],
            options={
                'verbose_name': 'retention policy',
                'verbose_name_plural': 'retention policies',
            },
        ),
        migrations.CreateModel(
            name='DataRequest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('see', 'See the data'), ('delete', 'Delete the data'), ('correct', 'Correct the data'), ('other', 'Something else')], max_length=10, verbose_name='what is asked')),
                ('requester_name', models.CharField(max_length=100, verbose_name='your name')),
                ('requester_email', models.EmailField(max_length=254, verbose_name='your e-mail address')),
                ('about', models.CharField(help_text="For example your child's nickname and class, or the group they are in.", max_length=200, verbose_name='whose data')),
                ('details', models.TextField(max_length=3000, verbose_name='what you would like us to do')),
                ('received_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                ('due_at', models.DateTimeField(verbose_name='answer by')),
                ('status', models.CharField(choices=[('open', 'Open'), ('done', 'Done'), ('refused', 'Refused, with reasons')], default='open', max_length=10, verbose_name='status')),
                ('handled_at', models.DateTimeField(blank=True, null=True, verbose_name='handled at')),
                ('outcome', models.TextField(blank=True, max_length=3000, verbose_name='what was done')),
                ('submission', models.UUIDField(blank=True, editable=False, null=True, unique=True)),
                ('handled_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='handled by')),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='data_requests', to='accounts.organisation', verbose_name='organisation')),
            ],
            options={
                'verbose_name': 'data request',
                'verbose_name_plural': 'data requests',
                'ordering': ['due_at', 'pk'],
                'indexes': [models.Index(fields=['organisation', 'status', 'due_at'], name='privacy_dat_organis_26678e_idx')],
            },
        ),
        migrations.CreateModel(
            name='ParentalConsent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('parent_email', models.EmailField(max_length=254, verbose_name="parent's or guardian's e-mail address")),
                ('country', django_countries.fields.CountryField(blank=True, max_length=2, verbose_name='country')),
                ('consent_age', models.PositiveSmallIntegerField(verbose_name='age of digital consent there')),
                ('status', models.CharField(choices=[('pending', 'Waiting for a parent or guardian'), ('given', 'Given'), ('refused', 'Refused'), ('withdrawn', 'Withdrawn')], default='pending', max_length=10, verbose_name='status')),
                ('link_secret', models.CharField(blank=True, default=privacy.models.new_secret, max_length=40)),
                ('link_sent_at', models.DateTimeField(blank=True, null=True, verbose_name='link sent at')),
                ('manage_secret', models.CharField(default=privacy.models.new_secret, max_length=40)),
                ('requested_at', models.DateTimeField(auto_now_add=True, verbose_name='asked at')),
                ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided at')),
                ('child', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='parental_consent', to=settings.AUTH_USER_MODEL, verbose_name='child')),
            ],
            options={
                'verbose_name': 'parental consent',
                'verbose_name_plural': 'parental consents',
                'indexes': [models.Index(fields=['status'], name='privacy_par_status_c814f2_idx')],
            },
        ),
    ]
