"""The ages of digital consent that differ from GDPR's 16 (Article 8), as countries set
them. Staff edit the table in the admin; a country not in it uses 16."""

from django.db import migrations

AGES = {
    "AT": 14,
    "BE": 13,
    "CZ": 15,
    "DK": 13,
    "FI": 13,
    "FR": 15,
    "DE": 16,
    "IE": 16,
    "IT": 14,
    "NL": 16,
    "SK": 16,
    "ES": 14,
    "SE": 13,
    "GB": 13,
}


def add(apps, schema_editor):
    ConsentAge = apps.get_model("privacy", "ConsentAge")
    for country, age in AGES.items():
        ConsentAge.objects.get_or_create(country=country, defaults={"age": age})


def remove(apps, schema_editor):
    apps.get_model("privacy", "ConsentAge").objects.filter(country__in=AGES).delete()


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial")]

    operations = [migrations.RunPython(add, remove)]
