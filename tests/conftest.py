"""Shared fixtures: each test gets its own SQLite file and Whoosh folder under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive, open_archive
from app.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DUMPS = FIXTURES / "dumps"
SHARED = TESTS.parent.parent / "shared"
SEED = SHARED / "seeds" / "000_88fbbbda507f7614.txt"
CORPORA = SHARED / "corpora"


@pytest.fixture
def seed_path() -> Path:
    """The founding example; tests that need it skip where ../shared is absent."""
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def archive(settings: Settings) -> Iterator[Archive]:
    opened = open_archive(settings)
    yield opened
    opened.close()


@pytest.fixture
def seeded_archive(archive: Archive, seed_path: Path) -> Archive:
    """An archive holding the fixture dumps and the seed."""
    report = ingest_paths(archive, [str(DUMPS), str(seed_path)], "text")
    assert report.counts["new"] >= 14
    return archive


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
