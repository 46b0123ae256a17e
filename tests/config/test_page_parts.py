"""Templates keep the direction of the apps, and higher apps add their parts to lower
apps' pages through the registry (accounts/page_parts.py)."""

import re
import tomllib
from pathlib import Path

import pytest
from django.template import engines

from accounts.page_parts import page_parts

ROOT = Path(__file__).resolve().parents[2]
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def _app_layers() -> list[set[str]]:
    """The apps from the top down, as the import contract in pyproject.toml orders them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    [contract] = [
        c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith("Apps")
    ]
    return [{name.strip() for name in layer.split("|")} for layer in contract["layers"]]


def _library_apps() -> dict[str, str]:
    """Each of our template tag libraries, by the app that defines it."""
    ours = {app for layer in _app_layers() for app in layer}
    modules = engines["django"].engine.libraries  # name -> "app.templatetags.module"
    return {
        name: path.split(".")[0] for name, path in modules.items() if path.split(".")[0] in ours
    }


def test_an_apps_templates_load_tags_only_from_it_and_the_apps_below_it():
    layers = _app_layers()
    depth = {app: n for n, layer in enumerate(layers) for app in layer}
    owners = _library_apps()
    wrong = []
    for template in sorted((ROOT / "templates").rglob("*.html")):
        app = template.relative_to(ROOT / "templates").parts[0]
        if app not in depth:
            continue  # the site's own base templates (config, at the top)
        for libraries in LOAD.findall(template.read_text()):
            for library in libraries.split():
                owner = owners.get(library)
                if owner and depth[owner] < depth[app]:
                    wrong.append(f"{template.relative_to(ROOT)} loads {library} ({owner})")

    assert owners, "no tag library of ours was found"
    assert not wrong, "templates reaching up:\n" + "\n".join(wrong)


@pytest.mark.parametrize(
    ("page", "place", "templates"),
    [
        (
            "dashboard",
            "above_courses",
            ["notifications/includes/notices.html", "classrooms/includes/dashboard.html"],
        ),
        ("dashboard", "below_courses", ["certificates/includes/dashboard.html"]),
        ("profile", "links", ["privacy/includes/profile_consent_link.html"]),
    ],
)
def test_higher_apps_register_their_parts_in_order(page, place, templates):
    assert [part.template for part in page_parts(page, place)] == templates
