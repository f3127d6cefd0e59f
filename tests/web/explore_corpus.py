"""A small archive in several languages, outlets and dates, for the exploring tests."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app

# (declared language, title, body, outlet, published); detection keeps each declared tag.
ROWS = [
    (
        "en",
        "Russia and Ukraine agree on grain corridor talks",
        "Diplomats from Russia and Ukraine met in Istanbul to discuss the grain corridor. The"
        " talks were described as constructive by the mediators, who said more would follow."
        " Ships loaded with wheat and maize left the ports of Odesa and Chornomorsk this week,"
        " and the mediators expect the agreement to be renewed before it expires next month.",
        "Wire One",
        "2023-02-01",
    ),
    (
        "en",
        "Sanctions on Russia widened by the European Union",
        "The European Union widened its sanctions on Russia, adding banks and makers of"
        " weapons. Officials in Brussels said the measures target the war in Ukraine.",
        "Wire Two",
        "2023-03-01",
    ),
    (
        "es",
        "Rusia y Ucrania negocian un corredor de cereales",
        "Los diplomáticos de Rusia y Ucrania se reunieron en Estambul para hablar del corredor"
        " de cereales. Los mediadores dijeron que las conversaciones fueron constructivas.",
        "Diario Uno",
        "2023-02-02",
    ),
    (
        "es-VE",
        "Venezuela y Rusia firman acuerdos de energía",
        "El gobierno de Venezuela firmó con Rusia varios acuerdos de energía y petróleo en"
        " Caracas. Los ministros dijeron que la cooperación seguirá creciendo.",
        "Diario Caracas",
        "2023-04-05",
    ),
    (
        "pt",
        "Brasil e Rússia discutem comércio de fertilizantes",
        "Os governos do Brasil e da Rússia discutiram o comércio de fertilizantes em Brasília."
        " Os ministros disseram que as conversas continuarão nas próximas semanas.",
        "Jornal Um",
        "2023-05-06",
    ),
]


def write_corpus(folder: Path, extra: tuple[dict[str, str], ...] = ()) -> Path:
    """ROWS (and `extra` articles as JSON objects) as a JSON-lines file in `folder`."""
    path = folder / "explore.jsonl"
    lines = [
        {
            "url": f"https://example.org/{i}",
            "title": title,
            "body": body,
            "source": source,
            "published_at": day,
            "language": language,
        }
        for i, (language, title, body, source, day) in enumerate(ROWS)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in [*lines, *extra]))
    return path


def explore_client(
    settings: Settings, folder: Path, extra: tuple[dict[str, str], ...] = ()
) -> TestClient:
    """A client over an archive of ROWS and `extra`."""
    archive = open_archive(settings)
    ingest_paths(archive, [str(write_corpus(folder, extra))])
    archive.close()
    return TestClient(create_app(settings))
