"""Courses take their audience from the same list as profiles (accounts.models.Audience).

Until now a course was for "parents" while a person was a "parent": two lists with
different values. The stored values change here, in the pages and in every saved
revision, so that a draft or an older revision published later holds a valid value.
The catalogue still understands the old values in its addresses (Audience.from_query).
"""

from django.db import migrations, models

OLD_TO_NEW = {
    "parents": "parent",
    "teachers": "teacher",
    "mentors": "peer_mentor",
    "young-learners": "young_learner",
}
NEW_TO_OLD = {new: old for old, new in OLD_TO_NEW.items()}


def _rename(apps, mapping):
    CoursePage = apps.get_model("courses", "CoursePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old, new in mapping.items():
        CoursePage.objects.filter(audience=old).update(audience=new)
    course_type = ContentType.objects.filter(app_label="courses", model="coursepage").first()
    if course_type is None:  # a new database: no page, no revision yet
        return
    revisions = Revision.objects.filter(content_type=course_type).only("content")
    for revision in revisions.iterator(chunk_size=500):
        audience = revision.content.get("audience")
        if audience in mapping:
            revision.content["audience"] = mapping[audience]
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    _rename(apps, OLD_TO_NEW)


def backwards(apps, schema_editor):
    _rename(apps, NEW_TO_OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0006_enrolment_last_active"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name="coursepage",
            name="audience",
            field=models.CharField(
                choices=[
                    ("parent", "Parents and caregivers"),
                    ("teacher", "Teachers and professionals"),
                    ("peer_mentor", "Peer mentors"),
                    ("young_learner", "Young learners"),
                ],
                max_length=20,
                verbose_name="audience",
            ),
        ),
    ]
