"""Sentences about the article itself or its making, in several languages."""

from __future__ import annotations

import pytest

from app.extract import making_notes
from app.extract.making_notes import is_making_note
from tests.conftest import corpus_folder


@pytest.mark.parametrize(
    "line",
    [
        "(Additional reporting by Jane Roe in Jakarta; Writing by Dean Yates; Editing by Ann Poe)",
        "This article has been adapted from its original source.",
        "This article originally appeared at The Aviationist. Copyright 2015.",
        "This story was first published on Wired.com.",
        "John Doe owns shares of Apple. The Motley Fool has a disclosure policy.",
        "Data provided by Lipper. Quotes delayed at least 15 minutes.",
        "Cet article a d’abord été publié dans Le Temps.",  # A typographic apostrophe.
        "(Reporting\xa0by Jane Roe)",
        "If you buy something through this post, the site may get a share of the sale.",
        "Grooming by Jane Roe at Platform. Casting by John Doe.",
        "The views expressed here do not necessarily reflect those of the paper.",
        "No está permitido verter comentarios contrarios a las leyes.",
        "Cet article a été publié à l'origine dans Le Temps.",
        "Dieser Artikel erschien zuerst bei der Zeit.",
        "Este artigo foi publicado originalmente no Nexo.",
        "Questo articolo è stato pubblicato su Wired.",
        "Мнение редакции может не совпадать с мнением автора.",
        # A magazine's note on the issue the article comes from, and its pitch to read it there.
        "This article appears in the July/August 2019 issue of the magazine.",
        "Dieser Beitrag stammt aus Ausgabe 7/2019 der Zeitschrift. Das Heft ist im Handel.",
        "Den kompletten Beitrag lesen Sie in der neuen Juli-Ausgabe (im Handel erhältlich).",
        "Cet article est extrait du numéro de mars de la revue.",
        "This story appeared in the print edition of Monday.",
        "الآراء الواردة أدناه لا تعبر عن رأي الموقع",
        # A study's reference under a report on it.
        "More information: A. Roe et al. Tides and harbour silt, Coastal Research (2021).",
        "Journal reference: J. Doe, Marine Biology 12 (2020) 40-51.",
        "Citation: New quay for the harbour (2021, March 3) retrieved 4 March 2021.",
        # A correction or an update to the article as first published.
        "Correction added Nov. 18, 2019: The caption below the photograph misnamed the lab.",
        "Correction: A previous version of this article misspelled the mayor's name.",
        "An earlier version of this story gave the wrong date for the vote.",
        "This article has been updated with the ministry's response.",
        "Corrección: una versión anterior de esta nota confundía las fechas.",
        "Rectificatif : le vote a eu lieu mardi, et non lundi.",
        "Korrektur: In einer früheren Version hieß es, die Wahl sei am Sonntag.",
        "Исправление: в предыдущей версии была указана неверная дата.",
    ],
)
def test_notes_on_the_article_are_told(line: str) -> None:
    assert is_making_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the new bridge over the river on Friday after a long debate.",
        "This is the first time the club has won the cup since the war.",
        "Der Rat hat die neue Brücke am Freitag nach langer Debatte gebilligt.",
        "El fiscal pidió la prisión del expresidente por el caso de los contratos.",
        "دمشق، سوريا -- أكدت جهات سورية معارضة أن المفاوضات مستمرة",
        # Prose that uses the words of credits and disclaimers.
        "The film was adapted from a novel by her grandfather, who died in 1990.",
        "Travellers with symptoms should seek medical advice before they fly home.",
        "He owns shares in two football clubs and a chain of hotels in the north.",
        # Prose about a story or a text, not a note on where this one comes from.
        "This story comes from a source who asked not to be named.",
        "The minister said this article appears to breach the press law.",
        "This post appeared on his Facebook page on Monday and was deleted.",
        "Dieser Text stammt aus einer Rede des Kanzlers.",
        "Cet article est paru dans Le Monde en 1968, rappelle-t-il.",
        "The views expressed by the minister were criticised by the opposition.",
        "The traders asked for more information: none came before the vote.",
        # Prose about corrections and earlier versions of other things.
        "The minister said the correction made the figures clearer.",
        "The court said an earlier version of the law was void.",
        "Corrections officers walked out on Monday over pay.",
        # ...and of a law's article or a bill's text, in the languages that call them so.
        "Une première version de cet article avait été censurée par le Conseil constitutionnel.",
        "In einer früheren Fassung des Artikels 13 der Urheberrechtsrichtlinie stand mehr.",
        "В первоначальной версии текста законопроекта этого не было.",
        "Una versión anterior de este artículo de la ley fue anulada.",
        "The previous version of this report, published in 2014, found the same.",
        "The figures in this report was updated every quarter by the agency.",
        "El diario publicó una fe de erratas sobre el caso.",
    ],
)
def test_article_text_is_not(line: str) -> None:
    assert not is_making_note(line)


def test_case_is_ignored_in_plain_and_other_lines() -> None:
    assert is_making_note("ADDITIONAL REPORTING BY JANE ROE")
    assert is_making_note("DIESER ARTIKEL ERSCHIEN ZUERST IN DER ZEIT.")


def test_every_phrase_opens_on_a_key_long_enough_to_prefilter() -> None:
    phrases = (*making_notes._PHRASES, *making_notes._LEADING)
    assert all(len(making_notes.opening_literal(phrase)) >= 2 for phrase in phrases)
    assert making_notes.opening_literal(r"photos? by") == "photo"
    assert making_notes.opening_literal(r"this (?:article|story) was") == "this "


def test_the_prefilter_passes_every_line_the_phrases_match() -> None:
    # The prefilter is only a shortcut: on real text it must never hide a match.
    folder = corpus_folder("bbc_news_2225")
    lines = [
        line
        for path in sorted(folder.rglob("*.txt"))[:400]
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    lines += ["(Reporting by Jane Roe; Editing by Al Poe)", "Data provided by Lipper."]
    for line in lines:
        assert making_notes.is_making_note(line) == bool(making_notes._MAKING.search(line))
