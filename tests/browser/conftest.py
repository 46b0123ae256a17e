"""Playwright driving Debian's Chromium against a live test server.

Playwright cannot download its own browsers here, so the suite launches Debian's
/usr/bin/chromium-headless-shell, or /usr/bin/chromium (.ci/run installs both).
Journeys find controls by role and label, so a test that cannot find a control points
at an accessibility fault.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.browser import a11y
from tests.browser.a11y import Audit
from tests.conftest import IN_CI

# Playwright's sync API runs an event loop in the test thread; the live server's
# database work happens in its own thread, so this only silences Django's guard.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Debian's headless shell first: Chromium's "old headless", the build Playwright itself
# runs headless tests in, a third to a half quicker per journey here than the full
# browser in its headless mode (docs/testing.md). The full browser otherwise.
CHROMIUM = os.environ.get("CHROMIUM_PATH") or next(
    (
        path
        for path in ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium")
        if Path(path).exists()
    ),
    "/usr/bin/chromium",
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    # Every page is on the one test server: a renderer process per site and origin buys
    # nothing here and costs processes (the browser files took 98 s instead of 106 s).
    "--disable-site-isolation-trials",
    "--disable-features=site-per-process,IsolateOrigins,Translate,MediaRouter,OptimizationHints",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
AXE_REPORTS = ARTIFACTS.parent / "axe"


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return
    for item in items:
        if "tests/browser" in str(item.fspath):
            if IN_CI:
                item.add_marker(pytest.mark.xfail(reason=f"{CHROMIUM} missing", strict=True))
            else:
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def screenshot_dir():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nScreenshots: {ARTIFACTS}")
    return ARTIFACTS


@pytest.fixture
def site(live_server, migrated_data):
    """The live server's base URL, with the database as migrations left it."""
    return live_server.url


@pytest.fixture
def demo(site, seeded_demo_data):
    """The live server, with the demo accounts and content of `seed_demo`."""
    return site


@pytest.fixture(scope="session", autouse=True)
def _axe_results_shared_by_the_workers(run_folder):
    """Under pytest-xdist, axe's results go to the folder the run's workers share
    (tests/conftest.py `run_folder`), so that each audits a page only once (a11y.py)."""
    if run_folder is None:
        yield
        return
    shared = run_folder / "axe-results"
    shared.mkdir(exist_ok=True)
    a11y.shared_results = shared
    yield
    a11y.shared_results = None


@pytest.fixture
def audit(request):
    """axe-core and the 320 px check on every page the test visits (see a11y.py)."""
    audit = Audit()
    yield audit
    audit.close()
    audit.write_report(AXE_REPORTS / f"{request.node.name}.json")
    unchecked = audit.unchecked()
    assert not unchecked, f"pages visited but never checked with axe: {unchecked}"
    assert not audit.problems, "accessibility problems:\n" + "\n".join(audit.problems)
    assert not audit.third_party, "requests to another site:\n" + "\n".join(audit.third_party)


def pytest_terminal_summary(terminalreporter):
    for label, folder in (("Screenshots", ARTIFACTS), ("axe reports", AXE_REPORTS)):
        if folder.exists() and any(folder.iterdir()):
            terminalreporter.write_line(f"{label}: {folder}")


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Chromium against a live server")
