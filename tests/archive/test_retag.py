"""`geonews retag`: stored articles get today's language and countries without a re-ingest."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.archive.retag import retag_archive
from app.moments import utc_now
from app.search import Filters, SearchRequest, search
from app.storage.models import Article, ArticleCountry, Change

SPANISH = {
    "url": "https://example.org/es/1",
    "title": "El Gobierno de México anuncia nuevas medidas",
    "body": "El presidente de México anunció este martes un paquete de medidas económicas, "
    "según informó la oficina de la Presidencia en un comunicado.",
}


def test_retag_restores_language_and_countries_as_an_older_version_left_them(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "es.jsonl"
    path.write_text(json.dumps(SPANISH, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_paths(archive, [str(path)])
    with archive.writing_sessions.begin() as session:  # What a version before languages stored.
        article = session.scalars(select(Article)).one()
        article.language = None
        session.execute(ArticleCountry.__table__.delete())
        session.add(Change(article_id=article.id, kind="upsert", created_at=utc_now()))
    archive.catch_up_index()
    assert _found_about_mexico(archive) == 0

    report = retag_archive(archive)

    assert (report.articles, report.languages_changed, report.countries_changed) == (1, 1, 1)
    with archive.sessions() as session:
        article = session.scalars(select(Article)).one()
        assert article.language == "es"
        assert [(c.code, c.is_primary) for c in article.countries] == [("MX", True)]
    assert _found_about_mexico(archive) == 1  # The index followed through the change log.
    assert retag_archive(archive).languages_changed == 0  # Nothing left to change.


def _found_about_mexico(archive: Archive) -> int:
    request = SearchRequest(filters=Filters.parse(["MX"], [], [], "", ""))
    return search(archive.index, request).total


def test_retag_applies_todays_primary_rule_to_stored_countries(
    archive: Archive, tmp_path: Path
) -> None:
    story = {
        "url": "https://example.org/en/1",
        "title": "Junqueira wins the Champ Car race",
        "body": "The Brazilian driver won on Sunday ahead of his team-mate.",
    }
    path = tmp_path / "en.jsonl"
    path.write_text(json.dumps(story) + "\n", encoding="utf-8")
    ingest_paths(archive, [str(path)])
    with archive.writing_sessions.begin() as session:  # What the rule before this one stored.
        country = session.scalars(select(ArticleCountry)).one()
        assert (country.code, country.is_primary) == ("BR", False)
        country.is_primary = True

    report = retag_archive(archive)

    assert report.countries_changed == 1
    with archive.sessions() as session:
        article = session.scalars(select(Article)).one()
        assert [(c.code, c.is_primary) for c in article.countries] == [("BR", False)]


def test_retag_reads_the_readers_country_from_the_address(archive: Archive, tmp_path: Path) -> None:
    # Spanish has no one home country: only an Argentine address makes Argentina, named once
    # below the lead beside another country, the readers' own and the story's.
    body = [
        "Un pulpo escapó de su tanque y recorrió el acuario durante la noche.",
        "Los cuidadores lo encontraron por la mañana junto a la puerta.",
        "El acuario, en Argentina, recibe mil visitas al día desde hace seis meses.",
        "Su directora se formó en un acuario de Japón.",
    ]
    other = [body[1], body[0], *body[2:]]  # Another text, so that it is no copy of the first.
    stories = [
        {
            "url": "https://www.diario.com.ar/ciencia/1",
            "title": "Un pulpo",
            "body": "\n\n".join(body),
        },
        {
            "url": "https://www.diario.com/ciencia/1",
            "title": "Otro pulpo",
            "body": "\n\n".join(other),
        },
    ]
    path = tmp_path / "es.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories), "utf-8")
    expected = {
        "https://www.diario.com.ar/ciencia/1": [("AR", True), ("JP", False)],
        "https://www.diario.com/ciencia/1": [("AR", False), ("JP", False)],
    }
    ingest_paths(archive, [str(path)])
    assert _primaries(archive) == expected  # Ingest reads the address too.
    with archive.writing_sessions.begin() as session:  # As a version before this rule stored.
        for country in session.scalars(select(ArticleCountry)):
            country.is_primary = False

    assert retag_archive(archive).countries_changed == 1
    assert _primaries(archive) == expected


def _primaries(archive: Archive) -> dict[str, list[tuple[str, bool]]]:
    with archive.sessions() as session:
        return {
            article.url: [(c.code, c.is_primary) for c in article.countries]
            for article in session.scalars(select(Article))
        }
