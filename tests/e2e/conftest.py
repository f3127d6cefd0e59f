"""Debian's Chromium driven by Playwright (the server runs as a process: tests/processes.py)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import DEMO_CORPUS, Settings
from tests.conftest import DUMPS, FIXTURES, SEED
from tests.processes import start_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium's own network chatter is refused on this closed network; keep it quiet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
MULTILINGUAL = FIXTURES / "multilingual.jsonl"  # An Arabic and a Chinese article, our own text.


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over the seed, the fixture dumps, the demo corpus and two articles in other
    scripts, shared by every browser test (starting one takes seconds)."""
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    data_dir = tmp_path_factory.mktemp("e2e") / "data"
    archive = open_archive(Settings(data_dir=data_dir))
    ingest_paths(archive, [str(SEED), str(DUMPS), str(DEMO_CORPUS), str(MULTILINGUAL)])
    archive.close()
    process, base = start_server(data_dir)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
def browser_page(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        yield page
        browser.close()


@pytest.fixture(scope="module")
def module_browser(chromium_path: str) -> Iterator[Any]:
    """One browser for a module's tests, which open pages or contexts of their own in it."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
