from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from courses.course_files import course_file_read, course_import


class Command(BaseCommand):
    help = (
        "Import a course file (docs/content.md, 'Course files'): the course, its modules "
        "and quizzes, or a translation of a course. Nothing is written if the file has a "
        "mistake; a course that exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="a YAML course file")
        parser.add_argument(
            "--draft", action="store_true", help="save as drafts to review instead of publishing"
        )

    def handle(self, *args, file: Path, draft: bool, **options):
        try:
            data = course_file_read(file.read_bytes())
            imported = course_import(data=data, publish=not draft)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        except ValidationError as error:
            raise CommandError("Nothing imported:\n  " + "\n  ".join(error.messages)) from error
        state = "imported" if imported.created else "exists already, left as it is"
        self.stdout.write(f"{imported.course.title} ({data['language']}): {state}")
