"""Hostile input at the edges: one bad character, name, link or device never costs a batch."""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.readers import Limits, ReadFailure, read_inputs
from app.search import SearchRequest, languages, search
from app.settings import Settings
from app.storage.models import Article
from app.web.app import create_app

pytestmark = pytest.mark.reliability


def _line(title: str, body: str = "Officials met in Paris to talk about the treaty.") -> str:
    return json.dumps({"title": title, "body": body}, ensure_ascii=True) + "\n"


def _dump(headline: str, country: str) -> str:
    return (
        f"{headline}\n\nThe government of {country} announced on Monday a new plan for the"
        " economy, officials said, after weeks of talks with the opposition parties.\n"
    )


def _titles(archive: Archive) -> list[str]:
    with archive.sessions() as session:
        return [article.title or "" for article in session.query(Article).all()]


def test_a_lone_surrogate_is_replaced_and_the_batch_stored(
    archive: Archive, tmp_path: Path
) -> None:
    lines = [_line(f"Story number {n}", f"Body {n} of the story about Kenya.") for n in range(10)]
    lines.append(_line("Broken \ud800 title"))
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(lines))
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == 11, report.failures
    assert "Broken \ufffd title" in _titles(archive)


def test_a_file_name_of_invalid_utf8_fails_nothing(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    for n in range(3):
        (folder / f"good{n}.txt").write_text(_dump(f"Headline {n}", "Chile"))
    bad_name = os.fsencode(folder) + b"/bad\xff\xfe.txt"
    with open(bad_name, "w") as out:
        out.write(_dump("Odd name", "Peru"))
    report = ingest_paths(archive, [str(folder)])
    assert report.counts["new"] == 4, report.failures


def test_a_lone_surrogate_over_http_is_stored(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", api_token="secret")
    with TestClient(create_app(settings)) as client:
        answer = client.post(
            "/api/articles",
            content=_line("Posted \ud800 title").encode(),
            headers={"Authorization": "Bearer secret", "Content-Type": "application/json"},
        )
    assert answer.status_code == 201, answer.text


def test_a_link_out_of_the_folder_is_skipped(archive: Archive, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(_dump("Secret", "Norway"))
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "good.txt").write_text(_dump("Talks resume in the capital", "Chile"))
    (folder / "link.txt").symlink_to(outside)
    report = ingest_paths(archive, [str(folder)])
    assert report.counts["new"] == 1, report.failures
    assert "outside the folder" in report.failures[0].reason
    assert report.failures[0].where.endswith("link.txt")


def test_a_fifo_in_a_folder_is_skipped(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "good.txt").write_text(_dump("Talks resume in the capital", "Chile"))
    report = ingest_paths(archive, [str(folder)])
    assert report.counts["new"] == 1, report.failures
    assert "not a regular file" in report.failures[0].reason


def test_a_fifo_without_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    found: list[object] = []
    reader = threading.Thread(target=lambda: found.extend(read_inputs([str(fifo)])), daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # Lets the old code's open end.
        pytest.fail("reading a FIFO nobody writes to hangs")
    assert [item.reason for item in found if isinstance(item, ReadFailure)] == ["empty file"]


class EndlessZeros(io.RawIOBase):
    """A stream that never ends (stdin fed from /dev/zero); it gives up past `most` bytes, so
    code that reads to the end fails instead of filling the memory."""

    def __init__(self, most: int) -> None:
        self.left = most

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.left <= 0:
            raise RuntimeError("read far past the limit")
        size = min(len(buffer), self.left)
        buffer[:size] = bytes(size)
        self.left -= size
        return size


def test_an_endless_stdin_is_read_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(EndlessZeros(50_000_000)))
    monkeypatch.setattr("sys.stdin", stdin)
    (failure,) = read_inputs(["-"], limits=Limits(max_file_bytes=1_000_000))
    assert isinstance(failure, ReadFailure)
    assert "over the limit of 1,000,000" in failure.reason


def test_an_endless_fifo_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    stop = threading.Event()

    def write_zeros() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as out:
            while not stop.is_set():
                out.write(bytes(65536))

    writer = threading.Thread(target=write_zeros, daemon=True)
    writer.start()
    found: list[object] = []
    reader = threading.Thread(
        target=lambda: found.extend(read_inputs([str(fifo)], limits=Limits(max_file_bytes=10**6))),
        daemon=True,
    )
    reader.start()
    reader.join(timeout=3)
    stopped_by_itself = not reader.is_alive()
    stop.set()  # Lets code that reads to the end finish.
    reader.join(timeout=10)
    assert stopped_by_itself
    assert len(found) == 1
    assert isinstance(found[0], ReadFailure)
    assert "over the limit" in found[0].reason


def test_a_capture_date_in_the_future_is_not_used(archive: Archive, tmp_path: Path) -> None:
    dump = tmp_path / "future.txt"
    dump.write_text("date 9999-12-31 The Daily Example\n" + _dump("Headline of it", "Chile"))
    line = tmp_path / "future.jsonl"
    line.write_text(
        json.dumps({"title": "Later", "body": "About Peru.", "captured_at": "9999-12-31"}) + "\n"
    )
    report = ingest_paths(archive, [str(dump), str(line)])
    assert report.counts["new"] == 2, report.failures
    with archive.sessions() as session:
        articles = session.query(Article).all()
        assert [a.captured for a in articles] == [None, None]
        notes = [a.evidence["captured_at"][0] for a in articles]
    assert all("in the future" in note for note in notes)


def test_huge_fields_are_cut(archive: Archive, tmp_path: Path) -> None:
    line = json.dumps(
        {
            "title": "T" * 1_000_000,
            "body": "About Chile.",
            "byline": "B" * 10_000,
            "source": "S" * 10_000,
        }
    )
    (tmp_path / "huge.jsonl").write_text(line + "\n")
    report = ingest_paths(archive, [str(tmp_path / "huge.jsonl")])
    assert report.counts["new"] == 1, report.failures
    with archive.sessions() as session:
        (article,) = session.query(Article).all()
        assert len(article.title or "") <= 1000
        assert len(article.byline or "") <= 300
        assert article.source is not None
        assert len(article.source.name) <= 200


def test_a_run_of_letters_longer_than_any_word_is_stored_and_searched(
    archive: Archive, tmp_path: Path
) -> None:
    # A capitalised run of 3,000 letters in German text: read apart as a compound's parts, it
    # overflowed Python's stack in the analyzer.
    run = "Grenz" + "kontrollen" * 300
    body = f"Die Grenzkontrollen an der Grenze zu Polen werden verlängert. {run} Ende der Meldung."
    lines = [_line("Grenzkontrollen werden verlängert", body), _line("Story about Kenya")]
    (tmp_path / "run.jsonl").write_text("".join(lines))
    report = ingest_paths(archive, [str(tmp_path / "run.jsonl")])
    assert report.counts["new"] == 2, report.failures
    found = search(archive.index, SearchRequest("Kontrollen Polen"))
    assert found.total == 1


@pytest.mark.parametrize(
    ("library_call", "word"),
    [("base_form", "Grenzwächterverband"), ("compound_parts", "Grenzhüterverband")],
)
def test_a_word_its_language_cannot_analyse_is_indexed_as_written(
    archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    library_call: str,
    word: str,
) -> None:
    # Any library a language's analysis calls may fail on a word nobody foresaw (a run of 3,000
    # letters once overflowed the stack): the article is stored and indexed with that word as
    # written, and the index catches up past it rather than stopping there for good.
    real_call = getattr(languages, library_call)

    def failing_call(text: str, code: str) -> Any:
        if text == word.lower():
            raise RecursionError("maximum recursion depth exceeded")
        return real_call(text, code)

    monkeypatch.setattr(languages, library_call, failing_call)
    body = (
        f"Der {word} fordert mehr Personal an der Grenze zu Polen, sagte ein"
        " Sprecher am Montag in Berlin. Die Kontrollen werden verlängert."
    )
    lines = [_line("Grenzschützer fordern mehr Personal", body), _line("Story about Kenya")]
    (tmp_path / "words.jsonl").write_text("".join(lines))
    report = ingest_paths(archive, [str(tmp_path / "words.jsonl")])
    assert report.counts["new"] == 2, report.failures
    assert f"{word.lower()!r} (de) failed (RecursionError" in caplog.text
    assert search(archive.index, SearchRequest(word)).total == 1
    assert search(archive.index, SearchRequest("Kontrollen Polen")).total == 1
    assert search(archive.index, SearchRequest("Kenya")).total == 1
