"""What the product imports is installed by `make run`, which installs only the
project's own dependencies (requirements/base.txt), not the test tools.

PyYAML was once a test dependency while the course import in the admin imported it:
the suite passed and `make run` in a fresh clone failed. Every third-party module the
product's code imports must come from a distribution that [project].dependencies in
pyproject.toml pulls in, directly or through another one.
"""

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = [ROOT / "platform", ROOT / "courses", ROOT / "quizzes"]


def _own_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return {
        name.rstrip("*") for name in config["tool"]["setuptools"]["packages"]["find"]["include"]
    }


def _installed_by_make_run() -> set[str]:
    """Distributions [project].dependencies installs, with the extras they ask for."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [Requirement(line) for line in config["project"]["dependencies"]]
    found: set[str] = set()
    while wanted:
        requirement = wanted.pop()
        name = requirement.name.lower().replace("_", "-")
        if name in found:
            continue
        found.add(name)
        for line in metadata.requires(requirement.name) or []:
            child = Requirement(line)
            extras = requirement.extras or {""}
            if child.marker is None or any(
                child.marker.evaluate({**default_environment(), "extra": extra}) for extra in extras
            ):
                wanted.append(child)
    return found


def _imported_modules() -> dict[str, str]:
    """Top-level modules the product imports: {module: a file that imports it}."""
    modules = {}
    for folder in PRODUCT:
        for path in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    modules.setdefault(name.partition(".")[0], str(path.relative_to(ROOT)))
    return modules


def test_every_module_the_product_imports_is_installed_by_make_run():
    own = _own_packages()
    installed = _installed_by_make_run()
    distributions = metadata.packages_distributions()
    missing = []
    for module, where in sorted(_imported_modules().items()):
        if module in sys.stdlib_module_names or module in own or module == "__future__":
            continue
        names = {name.lower().replace("_", "-") for name in distributions.get(module, [])}
        if not names & installed:
            missing.append(f"{module} (imported in {where}, from {sorted(names) or 'nowhere'})")
    assert not missing, "not installed by make run: " + "; ".join(missing)
