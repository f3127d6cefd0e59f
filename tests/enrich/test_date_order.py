"""A date in figures that could be either way round, read in the order of the article's language
(app/enrich/date_order.py)."""

from __future__ import annotations

import json

import pytest

from app.drafts import UNSETTLED_DATE
from app.enrich import enrich
from app.enrich.date_order import day_first_in
from app.extract.jsonl import extract_json_article
from app.extract.textdump import extract_text_dump

_SPANISH = (
    " date 2015-03-02 Diario - Portada Local Nacional\n"
    "Anticorrupción decidirá en Madrid si recurre la imputación\n\n"
    "Patricio Candia | Palma de Mallorca | 08/01/2014\n\n"
    + "El fiscal está perfilando con el jefe de la Fiscalía la estrategia a seguir tras la "
    "decisión del juez, según fuentes del caso consultadas por este diario.\n\n" * 3
)
_ENGLISH = _SPANISH.replace(
    "Anticorrupción decidirá en Madrid si recurre la imputación",
    "Prosecutors to decide in Madrid whether to appeal",
).replace(
    "El fiscal está perfilando con el jefe de la Fiscalía la estrategia a seguir tras la "
    "decisión del juez, según fuentes del caso consultadas por este diario.",
    "The prosecutor is working out with the head of the anti-corruption office how to answer "
    "the judge's decision, sources close to the case told this paper on Wednesday.",
)


def test_a_spanish_article_reads_its_date_day_first() -> None:
    draft = extract_text_dump(_SPANISH)
    assert draft.published is None  # Nothing on the page says which order it writes.
    assert UNSETTLED_DATE in draft.evidence
    article = enrich(draft)
    assert article.draft.language == "es"
    assert article.draft.published is not None
    assert article.draft.published.utc.date().isoformat() == "2014-01-08"
    assert "day first" in article.draft.evidence["published_at"].place
    assert UNSETTLED_DATE not in article.draft.evidence


def test_an_english_article_keeps_it_unread() -> None:
    # The US writes the month first, most of the English-speaking world the day.
    article = enrich(extract_text_dump(_ENGLISH))
    assert article.draft.language == "en"
    assert article.draft.published is None
    assert UNSETTLED_DATE in article.draft.evidence


@pytest.mark.parametrize(
    ("language", "day_first"),
    [
        ("es", True),
        ("ru", True),
        ("pt-BR", True),
        ("en-GB", True),
        ("en-US", False),
        ("en", None),
        ("zh-Hans", None),  # Year first: a day-month date there follows another convention.
        ("ja", None),
        ("fa", None),
        ("qq", None),  # No such language in CLDR.
        ("und", None),  # No language at all (Babel reads it as US English).
        ("en-Latn", None),  # English with no region.
        ("es-EU", True),  # A region CLDR lacks: the language's own order.
    ],
)
def test_each_languages_order_comes_from_cldr(language: str, day_first: bool | None) -> None:
    assert day_first_in(language) is day_first


def _published_from_json(**fields: str) -> str | None:
    """The publication moment (to the minute) that a JSON line of these fields is stored with."""
    article = enrich(extract_json_article(json.dumps(fields, ensure_ascii=False)))
    published = article.draft.published
    assert UNSETTLED_DATE not in article.draft.evidence or published is None
    return published.utc.isoformat(timespec="minutes") if published else None


def test_a_json_articles_date_in_figures_is_read_in_its_languages_order() -> None:
    published = _published_from_json(
        title="Anticorrupción decidirá en Madrid si recurre la imputación",
        body="El fiscal está perfilando con el jefe de la Fiscalía la estrategia a seguir "
        "tras la decisión del juez, según fuentes del caso.",
        published_at="08/01/2014 10:05",
    )
    assert published == "2014-01-08T10:05"


def test_a_json_articles_capture_settles_its_date_first() -> None:
    # August the 1st would come after the capture: only the 8th of January can be.
    published = _published_from_json(
        title="Council approves the harbour budget",
        body="The council approved the harbour budget on Wednesday after a long debate "
        "about the cost of the new quay and the dredging of the channel.",
        published_at="08/01/2014",
        captured_at="2014-05-10",
        language="en-US",
    )
    assert published == "2014-01-08T00:00"
