"""Classes now need the teacher role: give it to the adult teachers who run classes.

Before the role existed any member could create a class. Only adults who said they are
a teacher or professional keep their classes; anyone else's class stays, unseen, until
an organisation admin makes them a teacher.
"""

from django.db import migrations


def grant_teacher_role(apps, schema_editor):
    ClassTeacher = apps.get_model("classrooms", "ClassTeacher")
    Membership = apps.get_model("accounts", "Membership")
    links = ClassTeacher.objects.filter(
        teacher__profile__audience="teacher", teacher__profile__age_band="18+"
    ).values_list("teacher_id", "classroom__organisation_id")
    for user_id, organisation_id in set(links):
        Membership.objects.get_or_create(
            user_id=user_id, organisation_id=organisation_id, role="teacher"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles_teacher_peer_mentor_audit"),
        ("classrooms", "0004_class_certificates"),
    ]

    operations = [migrations.RunPython(grant_teacher_role, migrations.RunPython.noop)]
