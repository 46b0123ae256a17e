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
SQLITE_CREATE = [
    f"""
    CREATE TRIGGER safeguarding_audit_entry_no_{event.lower()}
    BEFORE {event} ON safeguarding_concernauditentry
    BEGIN SELECT RAISE(ABORT, 'concern audit entries cannot be changed or deleted'); END;
    """
    for event in ("UPDATE", "DELETE")
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS safeguarding_audit_entry_no_{event};" for event in ("update", "delete")
]


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)
    elif vendor == "sqlite":
        for statement in SQLITE_CREATE:
            schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_DROP)
    elif vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("safeguarding", "0002_concerns")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
