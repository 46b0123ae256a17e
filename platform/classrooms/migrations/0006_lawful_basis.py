import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('classrooms', '0005_teacher_role_for_class_teachers'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='classroom',
            name='lawful_basis',
            field=models.CharField(blank=True, choices=[('public_task', 'Public task: the school teaches this as part of its work'), ('consent', "Consent: the school asked the pupils' parents"), ('legitimate', 'Legitimate interests, assessed by the school')], max_length=20, verbose_name="the school's lawful basis"),
        ),
        migrations.AddField(
            model_name='classroom',
            name='lawful_basis_confirmed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='confirmed at'),
        ),
        migrations.AddField(
            model_name='classroom',
            name='lawful_basis_confirmed_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='confirmed by'),
        ),
    ]
