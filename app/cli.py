"""The `geonews` command line (Typer). Each command opens the archive, does one job, exits."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.exc import OperationalError

from app.archive import Archive, open_archive
from app.archive.backup import BackupError, backup, restore
from app.archive.ingest import StorageError, ingest_paths
from app.archive.retag import retag_archive
from app.archive.stats import archive_stats, count_articles
from app.cli_collect import capture_command, feeds_cli, follow_command
from app.indexing.consistency import find_drift, repair
from app.indexing.indexer import rebuild_index
from app.present.exports import export_articles, export_warc
from app.search import QueryError, SearchRequest, Sort
from app.settings import DEMO_CORPUS, Settings, get_settings
from app.storage.db import SchemaChange, engine_for, migrate
from app.terminal import (
    complain,
    describe_storage_error,
    items_per_second,
    printable,
    progress_line,
)

cli = typer.Typer(no_args_is_help=True, help="GeoNews: a searchable archive of geopolitical news.")
db_cli = typer.Typer(no_args_is_help=True, help="The database schema.")
cli.add_typer(db_cli, name="db")
cli.add_typer(feeds_cli, name="feeds")
cli.command("follow")(follow_command)
cli.command("capture")(capture_command)
err = Console(stderr=True)


class InputFormat(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"
    WARC = "warc"
    CSV = "csv"
    MHTML = "mhtml"
    MARKDOWN = "markdown"


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    WARC = "warc"


def _archive() -> Archive:
    return open_archive(get_settings())


def _existing_archive(*, catch_up: bool = True) -> Archive:
    """The archive for a command that only reads it: one that is not there is not created
    (a command run from another folder would otherwise make an empty one and report on it)."""
    settings = get_settings()
    database = settings.sqlite_path
    if database is not None and not database.exists():
        complain(
            err,
            "no archive:",
            f"there is no database at {database.resolve()} (the data folder is"
            f" {settings.data_dir.resolve()}); run the command from the folder that holds"
            " data/, or set GEONEWS_DATA_DIR",
        )
        raise typer.Exit(1)
    return open_archive(settings, catch_up=catch_up)


def _say_where(settings: Settings, *, say_if_new: bool = False) -> None:
    """Which data folder a command uses: ./data is relative to the current folder, so a command
    run from another folder makes another archive, which `say_if_new` points out."""
    database = settings.sqlite_path
    new = say_if_new and database is not None and not database.exists()
    err.print(
        f"data folder: {printable(str(settings.data_dir.resolve()))}"
        + (" (a new archive: none was there)" if new else ""),
        highlight=False,
        soft_wrap=True,
    )


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Server processes (one per core uses every core).")
    ] = 1,
    follow: Annotated[
        bool, typer.Option("--follow", help="Follow the feeds too, in a process of its own.")
    ] = False,
) -> None:
    """Migrate if needed, catch the index up, and serve the pages and API."""
    from app.web.app import create_app

    _say_where(get_settings())
    if follow:
        from app.collect.process import start_beside_server

        open_archive(get_settings(), catch_up=False).close()  # Migrated before both start.
        start_beside_server()
    if workers == 1:
        import uvicorn

        from app.web.protocol import NoDelayH11Protocol

        uvicorn.run(create_app(get_settings()), host=host, port=port, http=NoDelayH11Protocol)
    else:
        _serve_forked(host, port, workers)


def _serve_forked(host: str, port: int, workers: int) -> None:
    from app.web.app import create_app
    from app.web.prefork import serve_forked

    # Migrate and catch up once before the workers start, and save the facet data they will
    # load (app/search/segment_facets.py) rather than have each read it from the index.
    archive = open_archive(get_settings())
    archive.index.save_facet_data()
    archive.close()
    serve_forked(create_app(get_settings()), host, port, workers)


@cli.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    input_format: Annotated[
        InputFormat, typer.Option("--format", help="Force a format instead of detecting it.")
    ] = InputFormat.AUTO,
    source: Annotated[
        str | None, typer.Option(help="Outlet name for items that do not state one.")
    ] = None,
) -> None:
    """Add articles to the archive; prints a summary and exits 1 if any item failed."""
    _say_where(get_settings(), say_if_new=True)
    archive = _archive()
    try:
        line = progress_line(err) if err.is_terminal else nullcontext(None)
        with line as advance:
            report = ingest_paths(
                archive, paths, fmt=input_format.value, source_name=source, on_item=advance
            )
    finally:
        archive.close()
    for failure in report.failures:
        complain(err, "failed", f"{printable(failure.where)}: {printable(failure.reason)}")
    rate = items_per_second(report.total, report.seconds)
    typer.echo(f"{report.summary()} ({report.total} items in {report.seconds:.1f} s, {rate})")
    raise typer.Exit(1 if report.counts["failed"] else 0)


@cli.command()
def reindex() -> None:
    """Rebuild the index from the database (into a new folder, then swap it in)."""
    archive = open_archive(get_settings(), catch_up=False)
    try:
        archive.index.close()
        indexed = rebuild_index(archive.sessions, archive.settings.index_path)
        archive.catch_up_index()
        archive.index.save_facet_data()  # For the servers to load.
    finally:
        archive.close()
    typer.echo(f"reindexed {indexed} articles")


@cli.command()
def retag() -> None:
    """Detect the language and tag the countries of every stored article again."""
    archive = _archive()
    try:
        report = retag_archive(archive)
    finally:
        archive.close()
    typer.echo(
        f"{report.articles} articles read: {report.languages_changed} changed language,"
        f" {report.countries_changed} changed countries"
    )


@cli.command()
def check(
    fix: Annotated[bool, typer.Option("--repair", help="Fix what differs.")] = False,
) -> None:
    """Compare database and index; exits 1 if they differ (and were not repaired)."""
    archive = _existing_archive(catch_up=False)
    try:
        drift = find_drift(archive)
        typer.echo(drift.describe())
        if fix and not drift.clean:
            drift = repair(archive)
            typer.echo(f"after repair: {drift.describe()}")
    finally:
        archive.close()
    raise typer.Exit(0 if drift.clean else 1)


@cli.command()
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.JSONL,
    q: Annotated[str, typer.Option("--q", help="Export only the matches of this search.")] = "",
    sort: Annotated[Sort, typer.Option(help="Order of the rows.")] = Sort.NEWEST,
    search: Annotated[
        str,
        typer.Option(help="A search page's address or query string, every filter included."),
    ] = "",
) -> None:
    """Write the whole archive, or a search's every match, to stdout (warc: the originals)."""
    archive = _existing_archive()
    try:
        request = _export_request(q, sort, search)
        if output_format is ExportFormat.WARC:
            count = export_warc(archive, sys.stdout.buffer, request)
        else:
            count = export_articles(archive, sys.stdout, output_format.value, request)
    except QueryError as error:
        complain(err, "bad query:", str(error))
        raise typer.Exit(2) from None
    finally:
        archive.close()
    err.print(f"exported {count} articles", highlight=False)


def _export_request(q: str, sort: Sort, search: str) -> SearchRequest | None:
    if search:
        # Imported here: the web layer brings FastAPI, a fifth of the start-up of every other
        # command (ingest above all).
        from app.web.search_address import form_from_address

        return form_from_address(search).request(per_page=1, with_facets=False)
    return SearchRequest(text=q, sort=sort) if q else None


@cli.command()
def stats() -> None:
    """Counts of articles, outlets and captures, the dates covered, and the index's lag."""
    archive = _existing_archive()
    try:
        typer.echo(f"data folder: {printable(str(archive.settings.data_dir.resolve()))}")
        for label, value in archive_stats(archive).items():
            typer.echo(f"{label}: {value}")
    finally:
        archive.close()


@cli.command()
def demo() -> None:
    """Load the bundled demo corpus (Wikinews, CC BY 2.5) if the archive is empty."""
    _say_where(get_settings())
    archive = _archive()
    try:
        with archive.sessions() as session:
            existing = count_articles(session)
        if existing:
            typer.echo(f"the archive holds {existing} articles; demo corpus not loaded")
            return
        report = ingest_paths(archive, [str(DEMO_CORPUS)], fmt="jsonl", source_name="Wikinews")
    finally:
        archive.close()
    typer.echo(f"demo corpus: {report.summary()}")


@cli.command("backup")
def backup_command(
    folder: Annotated[Path, typer.Argument(help="A new folder for the copy.")],
) -> None:
    """Copy the archive (database and index) consistently, even while the server runs."""
    archive = _archive()
    try:
        summary = backup(archive, folder)
    except BackupError as error:
        complain(err, "backup failed:", str(error))
        raise typer.Exit(1) from None
    finally:
        archive.close()
    typer.echo(f"backed up {summary.articles} articles to {printable(str(summary.folder))}")


@cli.command("restore")
def restore_command(
    folder: Annotated[Path, typer.Argument(help="A folder written by geonews backup.")],
) -> None:
    """Put a backup in place of the archive (stop the server first)."""
    try:
        summary = restore(get_settings(), folder)
    except BackupError as error:
        complain(err, "restore failed:", str(error))
        raise typer.Exit(1) from None
    typer.echo(f"restored {summary.articles} articles from {printable(str(summary.folder))}")


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database to the newest schema."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = engine_for(settings)
    change = migrate(engine)
    engine.dispose()
    where = printable(str(settings.sqlite_path.resolve())) if settings.sqlite_path else "database"
    said = {
        SchemaChange.CREATED: f"created {where} at the newest schema",
        SchemaChange.UPGRADED: f"upgraded {where} to the newest schema",
        SchemaChange.CURRENT: f"{where} is at the newest schema",
    }
    typer.echo(said[change])


def main() -> None:
    """Entry point of the `geonews` console script: the archive's own failures (disk full,
    read-only folder, I/O errors) are told in a sentence, not a traceback (exit code 2)."""
    try:
        cli()
    except (StorageError, OperationalError, OSError) as error:
        complain(err, "error:", describe_storage_error(error))
        sys.exit(2)
