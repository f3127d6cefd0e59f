"""Shared fixtures: each test gets its own SQLite file and Whoosh folder under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app
from tests.postgres import PostgresServer, PostgresUnavailable, running_postgres

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DUMPS = FIXTURES / "dumps"
SHARED = TESTS.parent.parent / "shared"
SEED = SHARED / "seeds" / "000_88fbbbda507f7614.txt"
CORPORA = SHARED / "corpora"


def corpus_folder(name: str) -> Path:
    """A corpus of ../shared/corpora; the test skips where it is absent."""
    folder = CORPORA / name
    if not folder.exists():
        pytest.skip(f"../shared/corpora/{name} is absent")
    return folder


@pytest.fixture
def seed_path() -> Path:
    """The founding example; tests that need it skip where ../shared is absent."""
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEED


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked both_databases run once on SQLite and once on PostgreSQL."""
    marked = metafunc.definition.get_closest_marker("both_databases")
    if marked and "database_url" in metafunc.fixturenames:
        metafunc.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL for the run; tests needing it skip where it cannot start."""
    try:
        with running_postgres() as server:
            yield server
    except PostgresUnavailable as why:
        pytest.skip(f"no PostgreSQL here: {why}")


@pytest.fixture
def database_url(request: pytest.FixtureRequest) -> str:
    """'' (SQLite in the data folder) or a fresh PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return ""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def archive(settings: Settings) -> Iterator[Archive]:
    opened = open_archive(settings)
    yield opened
    opened.close()


@pytest.fixture
def seeded_archive(archive: Archive, seed_path: Path) -> Archive:
    """An archive holding the fixture dumps and the seed."""
    report = ingest_paths(archive, [str(DUMPS), str(seed_path)], fmt="text")
    assert report.counts["new"] >= 14
    return archive


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
