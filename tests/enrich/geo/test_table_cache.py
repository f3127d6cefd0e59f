"""Name tables kept on disk: built once, read back the same, rebuilt when unreadable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.enrich.geo import matcher, table_cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    table_cache._folder.cache_clear()
    matcher._automaton.cache_clear()
    yield tmp_path
    table_cache._folder.cache_clear()
    matcher._automaton.cache_clear()


def test_a_table_is_built_once_and_then_read(cache_home: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"Москва": 1}

    assert table_cache.cached("t", build) == {"Москва": 1}
    assert table_cache.cached("t", build) == {"Москва": 1}
    assert len(builds) == 1
    assert [p.name for p in cache_home.glob("geonews/names-*/*")] == ["t.pickle"]


def test_an_unreadable_table_is_built_again(cache_home: Path) -> None:
    table_cache.cached("t", lambda: [1, 2])
    (path,) = cache_home.glob("geonews/names-*/t.pickle")
    path.write_bytes(b"cut sh")
    assert table_cache.cached("t", lambda: [3]) == [3]
    assert table_cache.cached("t", lambda: [4]) == [3]  # The rebuilt table was stored.


def test_a_folder_that_cannot_be_written_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    table_cache._folder.cache_clear()
    try:
        assert table_cache.cached("t", lambda: "built") == "built"
    finally:
        table_cache._folder.cache_clear()


def test_names_are_found_alike_through_a_stored_automaton(cache_home: Path) -> None:
    text = "Путин прилетел в Минск, а затем в Белоруссию и во Францию."
    built = matcher.find_names(text, "ru")
    assert {m.alias.code for m in built} >= {"BY", "FR"}
    matcher._automaton.cache_clear()  # As a new process would: read from disk.
    assert list(cache_home.glob("geonews/names-*/automaton-ru.pickle"))
    assert matcher.find_names(text, "ru") == built


def test_tables_of_other_versions_are_removed(cache_home: Path) -> None:
    old = cache_home / "geonews" / "names-0123456789abcdef"
    old.mkdir(parents=True)
    (old / "automaton-ru.pickle").write_bytes(b"old")
    table_cache.cached("t", lambda: 1)
    assert not old.exists()
    assert len(list(cache_home.glob("geonews/names-*/t.pickle"))) == 1


def test_without_a_home_folder_tables_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    table_cache._folder.cache_clear()
    try:
        assert table_cache.cached("t", lambda: "built") == "built"
    finally:
        table_cache._folder.cache_clear()


def test_a_table_that_cannot_be_written_whole_leaves_no_part(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(table_cache.pickle, "dump", full_disk)
    assert table_cache.cached("t", lambda: "built") == "built"
    assert [p.name for p in cache_home.glob("geonews/names-*/*")] == []
