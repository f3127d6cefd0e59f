"""The `geonews` command line, run as a user runs it: a real process per command (app/cli.py)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from app.terminal import items_per_second
from tests.conftest import DUMPS, FIXTURES
from tests.processes import Geonews


@pytest.fixture
def geonews(tmp_path: Path) -> Geonews:
    return Geonews(tmp_path / "data")


def test_ingest_check_export_reindex(geonews: Geonews, seed_path: Path) -> None:
    ingested = geonews("ingest", str(seed_path), str(DUMPS / "nytimes_sudan.txt"))
    assert ingested.returncode == 0, ingested.stderr
    assert ingested.stdout.startswith("2 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed")

    check = geonews("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")

    exported = geonews("export", "--format", "jsonl", "--q", "arms factories")
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [row["title"] for row in rows] == [
        "Kim Jong Un tells North Korea arms factories to boost capacity"
    ]
    assert rows[0]["body"].endswith("Russia and North Korea have denied those claims.")

    reindexed = geonews("reindex")
    assert reindexed.stdout.strip() == "reindexed 2 articles"
    again = geonews("export", "--format", "jsonl", "--q", "arms factories")
    assert again.stdout == exported.stdout


def test_failures_are_named_and_exit_nonzero(geonews: Geonews) -> None:
    result = geonews("ingest", str(DUMPS))
    assert result.returncode == 1
    assert "failed" in result.stdout.split("\n")[0]
    assert f"{DUMPS / 'empty.txt'}: empty file" in " ".join(result.stderr.split())
    assert "binary.png" in result.stderr


def test_failure_lines_print_names_as_they_are(geonews: Geonews, tmp_path: Path) -> None:
    # Rich reads [tags] as markup: they vanished from names (and a closing tag in a name or
    # reason crashed the report with a MarkupError).
    odd = tmp_path / f"a[bold]b[link=x]{'long-' * 30}.txt"
    odd.write_bytes(b"")
    result = geonews("ingest", str(odd))
    assert result.returncode == 1, result.stderr
    # One line, never wrapped (after the line naming the data folder).
    assert result.stderr.strip().splitlines()[1:] == [f"failed {odd}: empty file"]


def test_stdin_and_csv_export(geonews: Geonews) -> None:
    line = json.dumps({"title": "From stdin", "body": "Piped in.", "id": "ext-1"})
    assert geonews("ingest", "-", stdin=line.encode()).returncode == 0
    exported = geonews("export", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert (row["title"], row["external_id"], row["capture_origin"]) == (
        "From stdin",
        "ext-1",
        "<stdin> (line 1)",
    )


def test_an_exported_csv_is_ingested_into_another_archive(geonews: Geonews, tmp_path: Path) -> None:
    line = json.dumps(
        {
            "title": "Bridge opens",
            "body": "One.\n\nTwo, with a comma.",
            "published_at": "2024-03-08",
        }
    )
    assert geonews("ingest", "-", stdin=line.encode()).returncode == 0
    table = tmp_path / "export.csv"
    table.write_text(geonews("export", "--format", "csv").stdout, encoding="utf-8")
    other = Geonews(tmp_path / "other")
    ingested = other("ingest", str(table))
    assert ingested.stdout.startswith("1 new,"), ingested.stderr
    (row,) = [json.loads(row) for row in other("export").stdout.splitlines()]
    assert (row["title"], row["body"]) == ("Bridge opens", "One.\n\nTwo, with a comma.")
    assert row["published_at"].startswith("2024-03-08")


def test_a_page_saved_as_one_file_is_stored_with_its_address(geonews: Geonews) -> None:
    ingested = geonews("ingest", str(FIXTURES / "saved_page.mhtml"))
    assert ingested.stdout.startswith("1 new,"), ingested.stderr
    (row,) = [json.loads(row) for row in geonews("export").stdout.splitlines()]
    assert row["title"] == "Brücke über den Fluss eröffnet"
    assert row["url"] == "https://tagesblatt.example.de/2024/03/08/bruecke.html"
    assert row["published_at"] == "2024-03-08T09:15:00+01:00"
    assert row["captured_at"].startswith("2026-12-05T21:30:44")
    assert row["body"].startswith("Die neue Brücke über den Fluss")


def test_export_of_a_search_page_address_keeps_its_filters(geonews: Geonews) -> None:
    lines = [
        {"title": "Harbour talks", "body": "Officials in Seoul met.", "language": "en"},
        {"title": "Harbour works", "body": "Die Arbeiten am Hafen.", "language": "de"},
        {"title": "Port strike", "body": "No harbour word in here at all? Harbour.", "id": "x"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines).encode()
    assert geonews("ingest", "-", stdin=stdin).returncode == 0
    address = "http://127.0.0.1:8000/search?q=harbour&lang=de&sort=title"
    exported = geonews("export", "--format", "jsonl", "--search", address)
    assert [json.loads(row)["title"] for row in exported.stdout.splitlines()] == ["Harbour works"]
    everything = geonews("export", "--search", "q=harbour&sort=title")
    titles = [json.loads(row)["title"] for row in everything.stdout.splitlines()]
    assert titles == sorted(titles)
    assert len(titles) == 3
    refused = geonews("export", "--search", "q=harbour&colour=red")
    assert refused.returncode == 2
    assert "Unknown search parameters: colour" in refused.stderr


def test_bad_export_query(geonews: Geonews) -> None:
    assert geonews("db", "upgrade").returncode == 0
    result = geonews("export", "--q", "(((")
    assert result.returncode == 2
    assert "never closed" in result.stderr


def test_demo_loads_only_into_an_empty_archive_and_says_where_it_is(
    geonews: Geonews, tmp_path: Path
) -> None:
    # One test: loading the demo corpus is one of the suite's slowest steps.
    first = geonews("demo")
    assert (
        first.stdout.strip()
        == "demo corpus: 293 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed"
    )
    assert f"data folder: {tmp_path / 'data'}" in first.stderr
    second = geonews("demo")
    assert "demo corpus not loaded" in second.stdout
    stats = geonews("stats").stdout
    assert stats.startswith(f"data folder: {tmp_path / 'data'}\n")
    assert "articles: 293" in stats
    assert "earliest published: 2019-01-04" in stats


def test_db_upgrade(geonews: Geonews) -> None:
    result = geonews("db", "upgrade")
    assert result.returncode == 0
    assert "newest schema" in result.stdout


def test_the_worker_pool_forks_while_no_other_thread_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal the progress line runs; a fork beside a running thread can deadlock."""
    import os
    import threading

    from rich.console import Console
    from rich.live import _RefreshThread

    from app.archive import open_archive
    from app.archive.ingest import ingest_paths
    from app.settings import Settings
    from app.terminal import progress_line

    refreshing_at_fork: list[bool] = []
    real_fork = os.fork

    def counting_fork() -> int:
        refreshing_at_fork.append(
            any(isinstance(thread, _RefreshThread) for thread in threading.enumerate())
        )
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    console = Console(stderr=True, force_terminal=True)
    lines = tmp_path / "many.jsonl"
    lines.write_text(
        "".join(
            json.dumps({"title": f"Story {n}", "body": f"Story {n} about Chile."}) + "\n"
            for n in range(100)
        )
    )
    archive = open_archive(Settings(data_dir=tmp_path / "data"))
    try:
        with progress_line(console) as advance:
            report = ingest_paths(archive, [str(lines)], on_item=advance)
    finally:
        archive.close()
    assert report.counts["new"] == 100
    assert refreshing_at_fork, "the pool did not fork (one core?)"
    assert not any(refreshing_at_fork)


def test_db_upgrade_says_whether_it_created_the_database(geonews: Geonews) -> None:
    first = geonews("db", "upgrade")
    again = geonews("db", "upgrade")
    assert first.stdout.startswith("created "), first.stdout
    assert first.stdout.strip().endswith("geonews.db at the newest schema")
    assert again.stdout.strip().endswith("geonews.db is at the newest schema")


@pytest.mark.parametrize("command", [["stats"], ["check"], ["export"]])
def test_a_reading_command_creates_no_archive_where_there_is_none(
    tmp_path: Path, command: list[str]
) -> None:
    geonews = Geonews(tmp_path / "elsewhere" / "data")
    result = geonews(*command)
    assert result.returncode == 1
    assert "no archive" in result.stderr
    assert str(tmp_path / "elsewhere" / "data") in result.stderr.replace("\n", "")
    assert not (tmp_path / "elsewhere").exists()


def test_ingest_says_which_archive_it_writes_to_and_whether_it_is_new(
    geonews: Geonews, tmp_path: Path
) -> None:
    first = geonews("ingest", str(DUMPS / "nytimes_sudan.txt"))
    again = geonews("ingest", str(DUMPS / "nytimes_sudan.txt"))
    assert first.returncode == again.returncode == 0, first.stderr
    where = f"data folder: {tmp_path / 'data'}"
    assert first.stderr.splitlines()[0] == f"{where} (a new archive: none was there)"
    assert again.stderr.splitlines()[0] == where
    assert first.stdout.startswith("1 new")  # The summary stays alone on stdout.


def test_ingest_of_a_web_address_points_to_capture(geonews: Geonews) -> None:
    result = geonews("ingest", "https://example.org/news/x?id=1")
    assert result.returncode == 1
    reported = " ".join(result.stderr.split())
    assert "failed https://example.org/news/x?id=1: a web address, not a file" in reported
    assert "geonews capture URL" in reported


def test_names_are_printed_with_their_control_characters_escaped(
    geonews: Geonews, tmp_path: Path
) -> None:
    hostile = tmp_path / "evil\x1b]0;owned\x07\x1b[2J\u202e.txt"
    hostile.write_bytes(b"")
    result = geonews("ingest", str(hostile))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "evil\\x1b]0;owned\\x07\\x1b[2J\\u202e.txt: empty file" in result.stderr.replace(
        "\n", ""
    )


@pytest.mark.parametrize(
    ("count", "seconds", "shown"),
    [(2, 10.0, "0.2/s"), (218, 50.0, "4.4/s"), (2700, 10.0, "270/s"), (0, 0.0, "0.0/s")],
)
def test_the_ingest_rate_shows_a_slow_batch_as_more_than_nothing(
    count: int, seconds: float, shown: str
) -> None:
    assert items_per_second(count, seconds) == shown


def test_the_command_line_starts_with_the_collector_paused_and_runs_with_it_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from app import launch

    states: list[bool] = []
    monkeypatch.setattr(sys, "argv", ["geonews", "--help"])
    monkeypatch.setattr(gc, "freeze", lambda: states.append(gc.isenabled()))
    with pytest.raises(SystemExit) as exit_:
        launch.main()
    assert exit_.value.code == 0
    assert "ingest" in capsys.readouterr().out
    assert states == [False]  # Frozen once, after imports made while it was paused,
    assert gc.isenabled()  # and on while the command runs.
