"""What the page tests share: the app over an archive holding the seed and the dump fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app
from tests.conftest import DUMPS


@pytest.fixture
def seeded_client(settings: Settings, seed_path: Path) -> TestClient:
    """The app (not started: use it in `with`) over the seed and the dump fixtures."""
    archive = open_archive(settings)
    ingest_paths(archive, [str(seed_path), str(DUMPS)])
    archive.close()
    return TestClient(create_app(settings))
