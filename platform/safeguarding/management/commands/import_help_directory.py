from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from safeguarding.directory import DATA_FILE, help_directory_import
from safeguarding.models import HelpService


class Command(BaseCommand):
    help = "Import the help services a directory lacks from the data file (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=DATA_FILE, help="a JSON data file")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="only when the directory has no service yet (the first start of a platform; "
            "later, an entry staff deleted stays deleted)",
        )

    def handle(self, *args, file: Path, if_empty: bool, **options):
        if if_empty and HelpService.objects.exists():
            self.stdout.write("Help directory: not empty, nothing imported")
            return
        try:
            created, total = help_directory_import(path=file)
        except ValidationError as error:
            raise CommandError("Nothing imported:\n  " + "\n  ".join(error.messages)) from error
        except (OSError, DatabaseError) as error:
            raise CommandError(f"Nothing imported: {error}") from error
        self.stdout.write(f"Help directory: {total} services in {file.name}, {created} new")
