import subprocess
import sys
import sysconfig
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _is_stdlib(module_file: str) -> bool:
    return Path(module_file).resolve().is_relative_to(Path(sysconfig.get_paths()["stdlib"]))


def test_import_platform_gives_the_standard_library_module():
    import platform

    assert _is_stdlib(platform.__file__)
    assert platform.python_version().startswith("3.11")
    assert not (ROOT / "platform" / "__init__.py").exists()


def test_platform_apps_import_by_their_own_names_in_a_fresh_interpreter():
    # What manage.py, celery and gunicorn see: every app of ours importable through the
    # installed package (pyproject's include list), `platform` untouched. A new app left
    # out of the list imports in runserver (manage.py's path) but not in the worker.
    apps = sorted(
        path.parent.name
        for root in (ROOT, ROOT / "platform")
        for path in root.glob("*/__init__.py")
        if path.parent.name not in {"tests", "bench"}
    )
    assert {"config", "accounts", "courses", "quizzes", "privacy"} <= set(apps)
    code = f"import platform, {', '.join(apps)}; print(platform.__file__); print(platform.system())"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd="/", capture_output=True, text=True, check=True
    )
    platform_file = result.stdout.splitlines()[0]
    assert _is_stdlib(platform_file)


def test_compose_runs_web_worker_and_beat_from_one_image_with_the_same_settings():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= set(services)

    app_services = [services[name] for name in ("web", "worker", "beat")]
    assert len({(s.get("image"), s.get("build")) for s in app_services}) == 1
    assert {s["environment"]["DJANGO_SETTINGS_MODULE"] for s in app_services} == {
        "config.settings.production"
    }
    assert "gunicorn" in services["web"]["command"]
    assert "worker" in services["worker"]["command"]
    assert "beat" in services["beat"]["command"]
    for name, service in services.items():
        assert "healthcheck" in service, f"{name} has no health check"
    assert {"postgres-data", "redis-data"} <= set(compose["volumes"])
    assert (ROOT / "Dockerfile").exists()


def test_every_way_of_running_workers_consumes_the_urgent_safeguarding_queue(settings):
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    queue = settings.SAFEGUARDING_QUEUE

    assert f"--queues {queue}" in compose["worker-urgent"]["command"]
    assert f"--queues celery,{queue}" in compose["worker"]["command"]
    assert f"--queues celery,{queue}" in (ROOT / "Makefile").read_text()


def test_compose_names_a_mail_server_and_offers_a_mail_catcher_to_try_it():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    # No default pointing at a mail service that does not exist: EMAIL_URL is required.
    email = compose["x-app"]["environment"]["EMAIL_URL"]
    assert email.startswith("${EMAIL_URL:?")
    assert services["mailpit"]["profiles"] == ["try"]
    assert "8025:8025" in services["mailpit"]["ports"]
