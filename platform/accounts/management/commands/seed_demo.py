import io
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

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
        with _search_index_updated_once():
            for module in _demo_modules():
                module.seed(password=password, log=self.stdout.write)
        self.stdout.write(f"Password for every demo account: {password}")


@contextmanager
def _search_index_updated_once():
    """Wagtail updates its search index after every save, and the demo saves each page
    three times or more (created, revised, published): a third of the seeding time.
    Inside the block saves leave the index alone; at its end `update_index` indexes
    everything once, in bulk. For this command only: it changes the whole process."""
    disconnected = [
        model
        for model in index.get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)
    call_command("update_index", verbosity=0, stdout=io.StringIO())


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
