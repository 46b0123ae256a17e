"""A parent signs up, learns in Dutch, and gets a certificate from a real worker."""

import re
import uuid
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.journeys import NL, complete_course, demo_quizzes, screenshots
from tests.workers import Worker, delete_queue, mail_from_worker, require_worker_services

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ADDRESS = "jordan@example.org"
PASSWORD = "Correct-Horse-Battery-9"


@pytest.fixture
def worker(demo, settings, tmp_path):
    """A real Celery worker on a queue of this test's own, sharing mail and files with it."""
    from config.celery import app

    require_worker_services()
    queue = f"journey-{uuid.uuid4().hex[:10]}"
    default_queue = app.conf.task_default_queue
    app.conf.task_default_queue = queue
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }
    worker = Worker(
        queue=queue,
        log=tmp_path / "worker.log",
        pool="solo",
        concurrency=1,
        env={"TEST_SHARED_DIR": str(tmp_path), "CELERY_TASK_DEFAULT_QUEUE": queue},
    )
    try:
        worker.wait_until_consuming()
        yield tmp_path
    finally:
        worker.stop()
        app.conf.task_default_queue = default_queue
        delete_queue(queue)


def _site_path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_parent_signs_up_learns_in_dutch_and_verifies_the_certificate(
    browser, demo, worker, audit, screenshot_dir
):
    page = audit.new_page(browser)

    # 1. Sign up and verify the address.
    page.goto(f"{demo}/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    audit.check(page)
    page.get_by_role("link", name="Sign up").first.click()
    audit.check(page)
    page.get_by_label("Email").fill(ADDRESS)
    page.get_by_label("Display name").fill("Jordan")
    page.get_by_label("I am a").select_option(label="Parent or caregiver")
    page.get_by_label("How old are you?").select_option(label="18 or older")
    page.get_by_label("Country where you live").select_option(label="Netherlands")
    # An adult is not asked for a parent's address (the stylesheet hides the field).
    expect(page.get_by_label("Your parent's or guardian's e-mail address")).to_be_hidden()
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    audit.check(page)
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    page.goto(f"{demo}{_site_path(link)}")
    audit.check(page)
    # Confirming in the browser that signed up signs the parent in: no password again.
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    audit.check(page)

    # 2. Choose Dutch in the profile: the whole site follows.
    page.get_by_role("link", name="Your profile").click()
    audit.check(page)
    page.get_by_role("main").get_by_label("Language").select_option(label="Dutch")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Je profiel is opgeslagen.")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    audit.check(page)

    # 3. Find the parents' course in the catalogue, enrol, and work through it.
    page.get_by_role("link", name="Cursussen", exact=True).first.click()
    audit.check(page)
    page.get_by_role("link", name="Je kind veilig online").first.click()
    audit.check(page)
    page.get_by_role("button", name="Schrijf je in voor deze cursus").click()
    expect(page.get_by_text("Je voortgang: 0%")).to_be_visible()
    audit.check(page)
    assert complete_course(page, audit, demo_quizzes("parents", "nl"), NL)

    # 4. A real worker issues the certificate and e-mails the parent in Dutch.
    message = mail_from_worker(worker, "Je certificaat is klaar")
    assert message["To"] == ADDRESS
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Je kind veilig online" in body
    dashboard_url = re.search(r"https?://\S+/nl/dashboard/", body).group(0)
    page.goto(f"{demo}{_site_path(dashboard_url)}")
    certificates = page.get_by_role("region", name="Je certificaten")
    expect(certificates).to_contain_text("Je kind veilig online")
    audit.check(page)
    screenshots(page, screenshot_dir, "parent-dashboard")
    with page.expect_download() as download:
        certificates.get_by_role("link", name=re.compile("^Download het certificaat")).click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")

    # 5. Anyone can check it, signed in or not, from the link in the e-mail.
    verify_url = re.search(r"https?://\S+/certificates/verify/\S+/", body).group(0)
    stranger = audit.new_page(browser)
    stranger.goto(f"{demo}{_site_path(verify_url)}")
    expect(stranger.get_by_text("Dit certificaat is geldig.")).to_be_visible()
    expect(stranger.get_by_text("Jordan")).to_have_count(0)
    audit.check(stranger)
    certificates.get_by_role("link", name=re.compile("^Controleer het online")).click()
    expect(page.get_by_text("Dit certificaat is geldig.")).to_be_visible()
    audit.check(page)
    stranger.context.close()
    page.context.close()
