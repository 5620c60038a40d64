"""The shopper's journey in a real headless Chromium (Debian's `chromium`, driven by Playwright for Python):
type a vibe, watch the outfits stream in, swap the shoes, save the look, open its permalink, and a phone-sized
viewport with no horizontal scroll. Screenshots of the main pages: `STYLIST_SCREENSHOTS=docs pytest
tests/slow/test_browser.py` refreshes docs/screenshots/; with `STYLIST_SCREENSHOTS_LLM_URL` set to a running
style server (the quick start's house server: http://127.0.0.1:8100/v1) the pictures show the model's answers.

The app runs under uvicorn on loopback with the demo store and, unless told otherwise, no model server, so the
composer answers (the journey is about the pages; the model's part is covered by test_vllm_e2e.py)."""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import REPO_ROOT
from app.main import create_app
from app.services import Services
from tests.helpers import serve_in_thread

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("STYLIST_TEST_CHROMIUM", "/usr/bin/chromium")
# docs/screenshots/ when asked (STYLIST_SCREENSHOTS=docs), else a scratch folder: a test run leaves the tree clean
SCREENSHOTS = (REPO_ROOT / "docs" / "screenshots" if os.environ.get("STYLIST_SCREENSHOTS") == "docs"
               else Path(os.environ.get("TMPDIR", "/tmp")) / "stylist-screenshots")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def base_url(demo_store: Services) -> Iterator[str]:
    from app.catalog.db import session_scope
    from app.services import load_lookbooks

    with session_scope(demo_store.sessions) as session:  # as the quick start: the demo store with its lookbooks
        load_lookbooks(session, demo_store.settings.lookbooks_dir)
    services = demo_store
    if model_url := os.environ.get("STYLIST_SCREENSHOTS_LLM_URL"):  # the README's pictures: a running style server
        services = dataclasses.replace(demo_store, settings=demo_store.settings.model_copy(update={
            "llm_url": model_url, "llm_max_retries": 1, "llm_timeout_s": 60.0, "llm_deadline_s": 60.0}))
    with serve_in_thread(create_app(services=services)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # locally a missing prerequisite skips with what to install; under CI=true it fails (nothing hides there)
    missing = pytest.fail if os.environ.get("CI") else pytest.skip
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed (it is in the `test` extra: bash scripts/install.sh)")
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        missing(f"no Chromium at {CHROMIUM}: install Debian's `chromium` (scripts/test.sh does with apt-get) "
                "or set STYLIST_TEST_CHROMIUM")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


def _no_horizontal_scroll(page: Any) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px on a {page.viewport_size['width']}px screen"


def test_shopper_types_a_vibe_swaps_shoes_saves_and_opens_the_permalink(browser: Any, base_url: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base_url}/")
    page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True, animations="disabled")
    page.fill("textarea[name=vibe]", "90s grunge coffee date")
    page.select_option("select[name=department]", "women")
    page.fill("input[name=size]", "M")
    page.fill("input[name=shoe_size]", "39")
    page.fill("input[name=budget]", "300")
    page.click("button[type=submit]")
    page.wait_for_url("**/outfits?**")
    page.wait_for_function("document.querySelectorAll('#outfits .outfit').length === 3", timeout=60_000)
    page.wait_for_selector("#answer-note .answer-meta")
    assert page.locator("#outfits").get_attribute("aria-busy") == "false"
    if not os.environ.get("STYLIST_SCREENSHOTS_LLM_URL"):
        assert "fallback stylist" in page.inner_text("#answer-note")  # no model: degraded, and it says so
    page.screenshot(path=str(SCREENSHOTS / "results.png"), full_page=True, animations="disabled")

    first = page.locator("#outfits .outfit").first
    before_id = first.get_attribute("data-outfit-id")
    before_shoe = first.locator(".outfit-item", has=page.locator("input[value=shoes]")).locator(".item-title")
    old_shoe = before_shoe.inner_text()
    first.get_by_role("button", name="Swap the shoes").click()
    page.wait_for_function(f"!document.getElementById('outfit-{before_id}')")
    swapped = page.locator("#outfits .outfit").first
    new_id = swapped.get_attribute("data-outfit-id")
    assert new_id != before_id
    new_shoe = swapped.locator(".outfit-item", has=page.locator("input[value=shoes]")).locator(".item-title")
    new_shoe_title = new_shoe.inner_text()
    assert new_shoe_title != old_shoe
    assert "You swapped a piece" in swapped.inner_text()

    swapped.get_by_role("button", name="I like this outfit").click()
    swapped.locator(".thanks").wait_for()

    swapped.get_by_role("link", name="Save & share").click()
    page.wait_for_url(f"**/outfits/{new_id}")
    assert page.locator("h1").inner_text() == "90s grunge coffee date"
    assert new_shoe_title in page.inner_text(".outfit")
    page.screenshot(path=str(SCREENSHOTS / "permalink.png"), full_page=True, animations="disabled")

    item_link = page.locator(".outfit .item-link").first
    item_link.click()
    page.wait_for_selector("#complete-the-look .outfit", timeout=30_000)
    page.screenshot(path=str(SCREENSHOTS / "product.png"), full_page=True, animations="disabled")
    page.close()


def test_phone_viewport_has_no_horizontal_scroll(browser: Any, base_url: str) -> None:
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page.goto(f"{base_url}/")
    _no_horizontal_scroll(page)
    page.screenshot(path=str(SCREENSHOTS / "home-phone.png"), full_page=True, animations="disabled")
    page.goto(f"{base_url}/outfits?vibe=minimalist+office+on+a+rainy+day&department=women&size=M")
    page.wait_for_function("document.querySelectorAll('#outfits .outfit').length === 3", timeout=30_000)
    _no_horizontal_scroll(page)
    page.screenshot(path=str(SCREENSHOTS / "results-phone.png"), full_page=True, animations="disabled")
    page.goto(f"{base_url}/shop?q=linen")
    _no_horizontal_scroll(page)
    page.close()


def test_a_budget_no_outfit_meets_explains_what_to_relax(browser: Any, base_url: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base_url}/outfits?vibe=black+tie+gala&budget=20")
    page.wait_for_selector(".empty-result", timeout=30_000)
    text = page.inner_text(".empty-result")
    assert "budget" in text and "$20" in text
    page.screenshot(path=str(SCREENSHOTS / "empty.png"), full_page=True, animations="disabled")
    page.close()


def _shopify_file_with_a_bad_row(tmp_path: Path) -> Path:
    import csv
    import io

    source = (REPO_ROOT / "tests" / "data" / "shopify_export.csv").read_text()
    rows = list(csv.DictReader(io.StringIO(source)))
    bad = dict(rows[0], **{"Handle": "mystery-cape", "Title": "Mystery Cape", "Variant SKU": "MC-1",
                           "Variant Price": "free"})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows([*rows, bad])
    path = tmp_path / "shopify-products.csv"
    path.write_text(out.getvalue())
    return path


def test_staff_uploads_a_shopify_csv_previews_applies_and_finds_it(
    browser: Any, base_url: str, demo_store: Services, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    from app.auth.staff import create_staff
    from app.catalog.db import session_scope

    with session_scope(demo_store.sessions) as session:
        create_staff(session, "browser-staff@store.example", "a long staff password")
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{base_url}/staff/imports")
    page.wait_for_url("**/staff/login?next=/staff/imports")
    page.fill("input[name=email]", "browser-staff@store.example")
    page.fill("input[name=password]", "a long staff password")
    page.click("button[type=submit]")
    page.wait_for_url("**/staff/imports")
    page.set_input_files("input[name=file]", str(_shopify_file_with_a_bad_row(tmp_path)))
    page.click("text=Preview changes")
    page.wait_for_selector("text=Apply these changes")
    errors = page.inner_text("table.errors")
    assert "Variant Price" in errors and "free" in errors  # the bad row: its line, column and reason
    assert "Wool Wrap Coat" not in httpx.get(f"{base_url}/shop", params={"q": "wool wrap coat"}).text
    page.screenshot(path=str(SCREENSHOTS / "staff-preview.png"), full_page=True, animations="disabled")
    page.click("text=Apply these changes")
    page.wait_for_selector(".status-completed_with_errors")
    # the catalog is saved first, then indexed: the job page shows a progress bar (and reloads) until the new
    # products are searchable, so the shop is searched once that bar is gone
    expect(page.locator("progress")).to_have_count(0, timeout=120_000)
    expect(page.locator(".status-completed_with_errors")).to_be_visible()
    page.goto(f"{base_url}/shop?q=wool+wrap+coat")
    assert "Wool Wrap Coat" in page.inner_text(".grid")
    page.goto(f"{base_url}/staff/model")
    page.wait_for_selector("img.chart")
    assert page.evaluate("document.querySelector('img.chart').naturalWidth") > 0  # the chart really loads
    page.screenshot(path=str(SCREENSHOTS / "staff-model.png"), full_page=False, animations="disabled")
    page.set_viewport_size(PHONE)  # the staff pages on a phone: wide tables scroll inside themselves
    for path in ("/staff", "/staff/imports", "/staff/looks", "/staff/feedback", "/staff/model", "/staff/catalog"):
        page.goto(f"{base_url}{path}")
        _no_horizontal_scroll(page)
    page.goto(f"{base_url}/staff/imports")
    page.screenshot(path=str(SCREENSHOTS / "staff-phone.png"), full_page=True, animations="disabled")
    page.close()
