"""A controlled web site on 127.0.0.1, an archive allowed to reach it, and a fetcher."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.archive import Archive, open_archive
from app.collect.fetcher import Fetcher
from app.settings import Settings
from tests.collect.web import Page, Site, serving
from tests.conftest import FIXTURES

WEB = FIXTURES / "web"
ARTICLES = ("harbour", "railway", "glacier")


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as running:
        yield running


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    """Loopback allowed (the test site lives there), no pause between requests."""
    return Settings(data_dir=tmp_path / "data", fetch_allow_private=True, fetch_delay_s=0)


@pytest.fixture
def web_archive(web_settings: Settings) -> Iterator[Archive]:
    opened = open_archive(web_settings)
    yield opened
    opened.close()


@pytest.fixture
def fetcher(web_settings: Settings) -> Iterator[Fetcher]:
    opened = Fetcher(web_settings)
    yield opened
    opened.close()


def article_page(name: str) -> Page:
    """One of the fixture articles as the site serves it."""
    return Page((WEB / f"{name}.html").read_bytes())
