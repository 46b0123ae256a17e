from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEFAULT_DEMO_PASSWORD = "Demo-Password-2026"  # noqa: S105 (printed for the demo on purpose)


class Command(BaseCommand):
    help = (
        "Create the demo organisation, one account per role and the demo content. "
        "Safe to run again: what exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (never on a real platform: it creates "
            "accounts with a published password).",
        )
        parser.add_argument("--password", default=DEFAULT_DEMO_PASSWORD)

    def handle(self, *args, force, password, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a known password, so it refuses to run "
                "when DEBUG is off. Pass --force if this really is a demo."
            )
        # Each of our apps may have a demo module with a seed() function; apps run
        # in INSTALLED_APPS order, so accounts come before the content that needs them.
        self.stdout.write("Demo accounts (sign in with the e-mail address or username):")
        for module in _demo_modules():
            module.seed(password=password, log=self.stdout.write)
        self.stdout.write(f"Password for every demo account: {password}")


def _demo_modules():
    from importlib import import_module

    from django.apps import apps

    modules = []
    for app_config in apps.get_app_configs():
        if not app_config.path.startswith(str(settings.BASE_DIR)):
            continue  # only our own apps: a library's "demo" module is not ours to run
        try:
            modules.append(import_module(f"{app_config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.demo":
                raise
    return [module for module in modules if hasattr(module, "seed")]
