"""The help directory for `manage.py seed_demo`: the data file, imported once."""

from .directory import help_directory_import


def seed(*, password: str, log=print) -> None:
    """Import the services the directory lacks; existing ones are left as staff edited them."""
    created, total = help_directory_import()
    log(f"Help directory: {total} services ({created} new)")
