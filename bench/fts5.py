"""The same search page on SQLite FTS5 (what a Datasette user would reach for), for comparison.

Built from the archive's own database: the same articles, countries and dates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FtsQuery:
    """A search in FTS5 terms: a MATCH expression (or none) and filters."""

    match: str | None
    country: str | None = None
    years: tuple[int, int] | None = None
    page: int = 1


def build(archive_db: Path, fts_db: Path) -> float:
    """Create the FTS5 database next to the archive; returns seconds taken."""
    import time

    started = time.perf_counter()
    fts_db.unlink(missing_ok=True)
    db = sqlite3.connect(fts_db)
    db.executescript(f"""
        ATTACH DATABASE '{archive_db}' AS archive;
        CREATE VIRTUAL TABLE fts USING fts5(title, body,
            tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO fts(rowid, title, body)
            SELECT id, coalesce(title, ''), body FROM archive.articles;
        CREATE TABLE meta (id INTEGER PRIMARY KEY, year INTEGER, sort_date TEXT);
        INSERT INTO meta SELECT id, CAST(strftime('%Y', published_at) AS INTEGER),
            coalesce(published_at, captured_at, ingested_at) FROM archive.articles;
        CREATE INDEX meta_year ON meta(year);
        CREATE TABLE countries (article_id INTEGER, code TEXT);
        INSERT INTO countries SELECT article_id, code FROM archive.article_countries;
        CREATE INDEX countries_code ON countries(code, article_id);
        CREATE INDEX countries_article ON countries(article_id);
    """)
    db.commit()
    db.execute("DETACH DATABASE archive")
    db.close()
    return time.perf_counter() - started


def search_page(db: sqlite3.Connection, query: FtsQuery, per_page: int = 10) -> dict[str, object]:
    """Top results with snippets, the total, and country and year counts over every match."""
    matched, params = _matches(query)
    with_rank = query.match is not None
    order = "bm25(fts, 3.0, 1.0)" if with_rank else "m.sort_date DESC"
    top_sql = (
        "SELECT fts.rowid FROM fts JOIN meta m ON m.id = fts.rowid WHERE fts MATCH ?"
        if with_rank
        else "SELECT m.id FROM meta m WHERE 1"
    )
    filters, filter_params = _filters(query)
    ids = [
        row[0]
        for row in db.execute(
            f"{top_sql} {filters} ORDER BY {order} LIMIT ? OFFSET ?",
            [
                *([query.match] if with_rank else []),
                *filter_params,
                per_page,
                (query.page - 1) * per_page,
            ],
        )
    ]
    total = db.execute(f"SELECT count(*) FROM ({matched})", params).fetchone()[0]
    countries = db.execute(
        f"SELECT c.code, count(*) FROM ({matched}) x JOIN countries c ON c.article_id = x.id"
        " GROUP BY c.code ORDER BY 2 DESC",
        params,
    ).fetchall()
    years = db.execute(
        f"SELECT m.year, count(*) FROM ({matched}) x JOIN meta m ON m.id = x.id GROUP BY m.year",
        params,
    ).fetchall()
    snippets = _snippets(db, query, ids)
    return {
        "ids": ids,
        "total": total,
        "countries": countries,
        "years": years,
        "snippets": snippets,
    }


def _matches(query: FtsQuery) -> tuple[str, list[object]]:
    filters, params = _filters(query)
    if query.match is None:
        return f"SELECT m.id AS id FROM meta m WHERE 1 {filters}", params
    return (
        f"SELECT fts.rowid AS id FROM fts JOIN meta m ON m.id = fts.rowid"
        f" WHERE fts MATCH ? {filters}",
        [query.match, *params],
    )


def _filters(query: FtsQuery) -> tuple[str, list[object]]:
    sql, params = "", []
    if query.country:
        sql += " AND m.id IN (SELECT article_id FROM countries WHERE code = ?)"
        params.append(query.country)
    if query.years:
        sql += " AND m.year BETWEEN ? AND ?"
        params += list(query.years)
    return sql, params


def _snippets(db: sqlite3.Connection, query: FtsQuery, ids: list[int]) -> list[str]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    if query.match is None:
        sql = f"SELECT substr(body, 1, 200) FROM fts WHERE rowid IN ({marks})"
        return [row[0] for row in db.execute(sql, ids)]
    sql = (
        f"SELECT snippet(fts, 1, '<mark>', '</mark>', '…', 24) FROM fts"
        f" WHERE fts MATCH ? AND rowid IN ({marks})"
    )
    return [row[0] for row in db.execute(sql, [query.match, *ids])]
