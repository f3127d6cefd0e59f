"""Backup and restore: a consistent copy taken while the archive runs, and put back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.archive import Archive, open_archive
from app.archive.backup import BackupError, backup, restore
from app.archive.ingest import ingest_paths
from app.indexing.consistency import find_drift
from app.search import SearchRequest, search
from tests.conftest import DUMPS


def _lines(path: Path, prefix: str, count: int) -> str:
    path.write_text(
        "\n".join(
            json.dumps({"title": f"{prefix} {n}", "body": f"{prefix} text number {n}."})
            for n in range(count)
        )
    )
    return str(path)


def test_restore_brings_back_the_archive_as_it_was(archive: Archive, tmp_path: Path) -> None:
    ingest_paths(archive, [str(DUMPS)])
    before = search(archive.index, SearchRequest(per_page=50)).ids
    summary = backup(archive, tmp_path / "copy")
    assert summary.articles == len(before)
    ingest_paths(archive, [_lines(tmp_path / "later.jsonl", "Later", 5)])
    settings = archive.settings
    archive.close()

    assert restore(settings, tmp_path / "copy").articles == len(before)
    restored = open_archive(settings)
    assert search(restored.index, SearchRequest(per_page=50)).ids == before
    assert find_drift(restored).clean
    restored.close()


def test_backup_while_ingesting_is_consistent(archive: Archive, tmp_path: Path) -> None:
    ingest_paths(archive, [_lines(tmp_path / "first.jsonl", "First", 50)])
    other = open_archive(archive.settings)
    writer = threading.Thread(
        target=ingest_paths, args=(other, [_lines(tmp_path / "more.jsonl", "More", 300)])
    )
    writer.start()
    backup(archive, tmp_path / "copy")
    writer.join()
    other.close()

    target = tmp_path / "restored"
    from app.settings import Settings

    settings = Settings(data_dir=target)
    restore(settings, tmp_path / "copy")
    restored = open_archive(settings)
    assert find_drift(restored).clean  # The index caught up to exactly the database copied.
    restored.close()


def test_backup_refuses_a_folder_in_use(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file").write_text("x")
    with pytest.raises(BackupError, match="not empty"):
        backup(archive, tmp_path / "busy")
    with pytest.raises(BackupError, match="no GeoNews backup"):
        restore(archive.settings, tmp_path / "busy")


def test_cli_backup_and_restore(tmp_path: Path) -> None:
    env = {"GEONEWS_DATA_DIR": str(tmp_path / "data"), "PATH": ""}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, check=False
    )
    assert run("ingest", str(DUMPS / "nytimes_sudan.txt")).returncode == 0
    made = run("backup", str(tmp_path / "copy"))
    assert made.stdout.strip() == f"backed up 1 articles to {tmp_path / 'copy'}"
    assert run("restore", str(tmp_path / "copy")).returncode == 0


def _backed_up(archive: Archive, tmp_path: Path) -> Path:
    ingest_paths(archive, [str(DUMPS)])
    backup(archive, tmp_path / "copy")
    archive.close()
    return tmp_path / "copy"


def _toc(folder: Path) -> Path:
    return next((folder / "index").glob("_*.toc"))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda copy: _toc(copy).write_bytes(_toc(copy).read_bytes() + b"crafted"),
        lambda copy: (copy / "index" / "extra.pkl").write_bytes(b"cos\nsystem\n"),
        lambda copy: (copy / "manifest.json").write_text("{}"),
        lambda copy: (copy / "index").chmod(0o777),
    ],
    ids=["changed", "added", "no checksums", "writable by others"],
)
def test_a_backup_not_as_written_is_not_restored(
    archive: Archive, tmp_path: Path, tamper: Callable[[Path], object]
) -> None:
    settings = archive.settings
    copy = _backed_up(archive, tmp_path)
    tamper(copy)
    database_before = Path(settings.database_url.removeprefix("sqlite:///")).read_bytes()
    with pytest.raises(BackupError):
        restore(settings, copy)
    assert Path(settings.database_url.removeprefix("sqlite:///")).read_bytes() == database_before


def test_a_restore_cut_between_its_renames_is_finished_with_the_backup(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.search import folders as index_module

    settings = archive.settings
    ingest_paths(archive, [str(DUMPS)])
    copy = tmp_path / "copy"
    backup(archive, copy)
    ingest_paths(archive, [_lines(tmp_path / "later.jsonl", "Later", 5)])  # Not in the backup.
    archive.close()
    real_replace = os.replace
    calls: list[object] = []

    def crash_on_second(source: Path, target: Path) -> None:
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt  # The process dies between the renames.
        real_replace(source, target)

    monkeypatch.setattr(index_module.os, "replace", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        restore(settings, copy)
    monkeypatch.undo()
    index_module.finish_interrupted_swap(settings.index_path)
    assert _toc(copy).read_bytes() == next(settings.index_path.glob("_*.toc")).read_bytes()
