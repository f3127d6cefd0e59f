"""The commands that collect from the web: `geonews feeds ...`, `follow` and `capture`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from app.archive import open_archive
from app.collect.feed_list import (
    FeedListError,
    add_feed,
    feeds_in_file,
    interval_text,
    list_feeds,
    parse_every,
    remove_feed,
)
from app.collect.fetched import FetchError
from app.drafts import ExtractionError
from app.settings import get_settings
from app.storage.models import Feed
from app.terminal import complain, printable

if TYPE_CHECKING:
    from app.collect.follower import RoundReport

feeds_cli = typer.Typer(no_args_is_help=True, help="The feeds and news sitemaps to follow.")
err = Console(stderr=True)


def _every(text: str) -> int:
    try:
        return parse_every(text)
    except FeedListError as error:
        raise typer.BadParameter(str(error)) from None


@feeds_cli.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="A feed (RSS, Atom) or news sitemap address.")],
    name: Annotated[str | None, typer.Option(help="The outlet's name.")] = None,
    country: Annotated[str | None, typer.Option(help="The outlet's country (ISO alpha-2).")] = None,
    every: Annotated[str, typer.Option(help="How often to poll it: 15m, 2h, 1d.")] = "15m",
) -> None:
    """Follow a feed (polled by `geonews follow`)."""
    archive = open_archive(get_settings(), catch_up=False)
    try:
        with archive.writing_sessions.begin() as session:
            feed = add_feed(session, url, name=name, country=country, every_s=_every(every))
            typer.echo(f"following {printable(feed.url)} every {interval_text(feed.every_s)}")
    except FeedListError as error:
        complain(err, "not added:", str(error))
        raise typer.Exit(1) from None
    finally:
        archive.close()


@feeds_cli.command("list")
def feeds_list() -> None:
    """The followed feeds and how their last polls went."""
    archive = open_archive(get_settings(), catch_up=False)
    try:
        with archive.sessions() as session:
            for feed in list_feeds(session):
                typer.echo(_feed_line(feed))
    finally:
        archive.close()


@feeds_cli.command("remove")
def feeds_remove(url: Annotated[str, typer.Argument(help="The feed's address.")]) -> None:
    """Stop following a feed (the articles stored from it stay)."""
    archive = open_archive(get_settings(), catch_up=False)
    try:
        with archive.writing_sessions.begin() as session:
            removed = remove_feed(session, url)
    except FeedListError as error:
        complain(err, "not removed:", str(error))
        raise typer.Exit(1) from None
    finally:
        archive.close()
    if not removed:
        complain(err, "not removed:", f"{url} is not followed")
        raise typer.Exit(1)
    typer.echo(f"no longer following {printable(url)}")


@feeds_cli.command("import")
def feeds_import(
    file: Annotated[Path, typer.Argument(help="One URL a line, or an OPML file.")],
    every: Annotated[str, typer.Option(help="How often to poll them: 15m, 2h, 1d.")] = "15m",
) -> None:
    """Follow every feed a file lists (those followed already are skipped)."""
    every_s = _every(every)
    try:
        lines = feeds_in_file(file.read_bytes())
    except FeedListError as error:
        complain(err, "not imported:", str(error))
        raise typer.Exit(1) from None
    archive = open_archive(get_settings(), catch_up=False)
    added, refused = 0, 0
    try:
        for line in lines:
            try:
                with archive.writing_sessions.begin() as session:
                    add_feed(session, line.url, name=line.name, every_s=every_s)
                added += 1
            except FeedListError as error:
                refused += 1
                complain(err, "skipped:", str(error))
    finally:
        archive.close()
    typer.echo(f"{added} feeds added, {refused} skipped")


def follow_command(
    once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
) -> None:
    """Poll the due feeds, fetch their new items' pages and store them (until stopped)."""
    from app.collect.process import follow  # The HTTP client: see capture_command.

    failed = False

    def said(report: RoundReport) -> None:
        nonlocal failed
        failed = failed or bool(report.failures)
        for failure in report.failures:
            complain(err, "failed", failure)
        typer.echo(report.summary())

    follow(get_settings(), once=once, on_round=said)
    raise typer.Exit(1 if once and failed else 0)


def capture_command(
    urls: Annotated[list[str], typer.Argument(help="Pages to fetch now and store.")],
) -> None:
    """Fetch pages now and store them (exits 1 if any could not be captured)."""
    # Imported here: the HTTP client is much of every other command's start-up (ingest's too).
    from app.collect.capture import capture_page
    from app.collect.fetcher import Fetcher

    settings = get_settings()
    archive = open_archive(settings)
    fetcher = Fetcher(settings)
    failed = 0
    try:
        for url in urls:
            try:
                captured = capture_page(archive, fetcher, url)
            except (FetchError, ExtractionError) as error:
                failed += 1
                complain(err, "not captured:", f"{url}: {error}")
                continue
            typer.echo(f"{printable(url)}: {captured.outcome} (article {captured.article_id})")
        archive.catch_up_index()
    finally:
        fetcher.close()
        archive.close()
    raise typer.Exit(1 if failed else 0)


def _feed_line(feed: Feed) -> str:
    state = f"{feed.failures} failures: {feed.last_error}" if feed.failures else "ok"
    last = feed.last_success_at.isoformat(timespec="seconds") if feed.last_success_at else "never"
    every = interval_text(feed.every_s)
    parts = [feed.url, feed.kind, feed.name or "-", feed.country or "-", every]
    return "\t".join(printable(part) for part in [*parts, f"last success {last}", state])
