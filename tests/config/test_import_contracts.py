"""The import contracts of pyproject.toml ([tool.importlinter]), as `make lint` runs them.

The first test runs them on the code as it is; the second adds one import that goes the
wrong way (the bottom app, accounts, importing notifications) to a copy of the code and
checks that the contracts catch it. docs/architecture.md shows that report.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
APPS = ["courses", "quizzes", "platform"]


def _lint(where: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": f"{where}{os.pathsep}{where / 'platform'}"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_code_keeps_its_import_contracts():
    result = _lint(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_an_import_against_the_direction_breaks_a_contract(tmp_path):
    for name in APPS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    services = tmp_path / "platform" / "accounts" / "services.py"
    services.write_text(services.read_text() + "\nfrom notifications import models  # noqa\n")

    result = _lint(tmp_path)

    assert result.returncode == 1
    assert "Apps import only the apps below them BROKEN" in result.stdout
    assert "accounts.services -> notifications.models" in result.stdout
