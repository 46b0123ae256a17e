"""Running a peer group now needs the peer-mentor role: give it to approved mentors."""

from django.db import migrations


def grant_peer_mentor_role(apps, schema_editor):
    PeerMentor = apps.get_model("mentoring", "PeerMentor")
    Membership = apps.get_model("accounts", "Membership")
    approved = PeerMentor.objects.filter(status="approved").values_list(
        "user_id", "organisation_id"
    )
    for user_id, organisation_id in approved:
        Membership.objects.get_or_create(
            user_id=user_id, organisation_id=organisation_id, role="peer_mentor"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_roles_teacher_peer_mentor_audit"),
        ("mentoring", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_peer_mentor_role, migrations.RunPython.noop)]
