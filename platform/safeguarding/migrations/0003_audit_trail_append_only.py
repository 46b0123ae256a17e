"""The database itself refuses to change or delete a concern's audit entries."""

from django.db import migrations

POSTGRES_CREATE = """
CREATE FUNCTION safeguarding_audit_entry_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'concern audit entries cannot be changed or deleted'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER safeguarding_audit_entry_immutable
    BEFORE UPDATE OR DELETE ON safeguarding_concernauditentry
    FOR EACH ROW EXECUTE FUNCTION safeguarding_audit_entry_immutable();
"""
POSTGRES_DROP = """
DROP TRIGGER IF EXISTS safeguarding_audit_entry_immutable ON safeguarding_concernauditentry;
DROP FUNCTION IF EXISTS safeguarding_audit_entry_immutable();
"""
def create_triggers(apps, schema_editor):
    # PostgreSQL only: it is what production runs. SQLite (the `make run` demo) keeps
    # the model's guard; a trigger there would also stop Django's test flush (DELETE).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_DROP)


class Migration(migrations.Migration):
    dependencies = [("safeguarding", "0002_concerns")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
