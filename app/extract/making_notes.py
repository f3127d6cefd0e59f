"""Sentences about the article itself or its making, which follow its last paragraph and read
like prose: corrections (`Correction added Nov. 18, 2019: …`, `An earlier version of this
story …`, `Correction:` opening a line), credits (`Additional reporting by …; Editing by …`,
`Grooming by …`), syndication
(`This article originally appeared at …`, `… has been adapted from its original source`),
disclosures (`… owns shares of Apple`, `IGN may get a share of the sale`, `Data provided by
Lipper`), a study's reference (`More information: A. Roe et al. …`, `Citation: …`) and a comment
box's rules or disclaimer (`No está permitido verter comentarios …`,
`الآراء الواردة أدناه لا تعبر عن رأي …`), in the languages the archive reads most.

No library recognises these: boilerplate removers (jusText, trafilatura) judge a block by its
length and link density, which a long credit or disclaimer passes as text; what gives it away is
the phrasing, so the phrases are kept here as data. The end model (body_end.py) weighs a match as
one piece of evidence: an article may quote such a phrase.
"""

from __future__ import annotations

import functools
import re

from app.extract.month_names import trie_pattern
from app.extract.plain_text import case_sensitive, is_plain

# Each phrase opens on a literal piece (its key, see _KEYS) in lower case, of a few characters at
# least (two for a CJK word); matched anywhere in a line, case ignored.
_PHRASES = (
    # Credits.
    r"reporting by", r"writing by", r"editing by", r"edited by",
    r"contributed to this (?:report|story|article)", r"contributed reporting",
    r"photos? by", r"photographs? by", r"photography by", r"styling by", r"grooming by",
    r"casting by", r"makeup by",
    # Syndication.
    *(
        f"this {piece} (?:was |has been |is |first |originally )+(?:appeared|published|posted"
        "|adapted|reprinted|republished|excerpted|written|produced|translated|syndicated|part of)"
        for piece in ("article", "story", "post", "piece", "essay", "column", "interview")
    ),
    # A magazine's note on the issue the article is from, and its pitch to read the rest there.
    *(
        f"this {piece} (?:first )?appear(?:s|ed) in (?:the|our) "
        r"(?:[\w/-]+ ){0,3}(?:issue|edition|print)"
        for piece in ("article", "story", "piece", "essay", "column", "interview")
    ),
    r"read the (?:full|complete|whole) (?:story|article) in",
    r"reprinted (?:with|from|on|by)", r"republished (?:with|from|by|under|on)",
    r"used with permission", r"cross-posted",
    # Corrections and updates: a note on the article as first published.
    # Not 'report', 'was updated' nor another language's 'article': prose says them of reports
    # and laws ('this report was updated every quarter', 'une première version de cet article
    # de loi', 'einer früheren Fassung des Artikels 13').
    r"correction (?:added|appended)", r"clarification (?:added|appended)",
    r"earlier version of this (?:article|story|post)",
    *(f"this {piece} has been (?:updated|corrected)" for piece in ("article", "story", "post")),
    # Disclosures.
    r"has no position", r"have no position", r"disclosure policy",
    r"affiliate (?:link|commission)", r"share of the sale", r"quotes delayed",
    r"is a trademark of", r"are trademarks of", r"registered trademark",
    # Comment rules and disclaimers.
    r"views expressed (?:in|here|on|are|above|below)",
    r"opinions expressed (?:in|here|on|are|above|below)",
    r"not necessarily (?:reflect|represent)", r"comments are (?:moderated|closed)",
    r"comment policy", r"solely those of",
    r"not (?:intended|meant) (?:to be|to replace|as) (?:a substitute|medical|financial|legal"
    r"|professional)",
    r"substitute for (?:professional )?(?:medical|legal|financial) advice",
    # Spanish.
    r"no está permitido", r"comentarios (?:contrarios|ofensivos)",
    r"las opiniones (?:expresadas|vertidas)", r"publicado originalmente",
    r"originalmente publicado", r"con información de", r"no se hace responsable",
    r"este (?:artículo|texto|reportaje) (?:fue|ha sido) (?:publicado|adaptado|traducido"
    r"|corregido|actualizado)",
    r"versión anterior de esta (?:nota|noticia)",
    # French.
    r"cet article a (?:d'abord |initialement )?(?:été|paru)", r"initialement publié",
    r"cet article est (?:extrait|tiré) d", r"cet article est paru dans (?:le|notre) numéro",
    r"retrouvez l'intégralité de",
    r"publié (?:initialement|à l'origine)", r"les opinions exprimées", r"n'engagent que",
    r"propos recueillis par", r"traduit (?:de l'\w+ )?par",
    r"cet article a été (?:corrigé|mis à jour)",
    # German.
    r"dieser (?:artikel|beitrag|text) (?:erschien|ist zuerst|wurde)",
    r"dieser (?:artikel|beitrag) stammt aus (?:der |dem |unserer |unserem )?(?:aktuellen |neuen )?"
    r"(?:ausgabe|heft|magazin|print)",
    *(
        f"{article} {whole} (?:artikel|beitrag|text) (?:lesen sie|finden sie)"
        for article in ("den", "diesen")
        for whole in ("kompletten", "vollständigen", "ganzen", "gesamten")
    ),
    r"erschien zuerst",
    r"zuerst erschienen", r"erstmals erschienen", r"mit material von", r"übersetzt von",
    r"kommentarfunktion", r"meinung der redaktion",
    # Portuguese.
    r"este (?:artigo|texto) (?:foi|é) (?:publicado|originalmente|traduzido|adaptado)",
    r"com informações d", r"as opiniões (?:expressas|emitidas)",
    r"versão anterior dest[ae] (?:reportagem|matéria|notícia)",
    r"não (?:refletem|representam) (?:necessariamente )?(?:a opini|as opini|a posi)",
    # Italian.
    r"questo articolo è (?:stato )?(?:pubblicato|apparso|tradotto|tratto)",
    r"pubblicato originariamente", r"originariamente pubblicato", r"le opinioni espresse",
    r"non (?:rappresentano|riflettono) (?:necessariamente )?(?:l'opinione|le opinioni"
    r"|la posizione)",
    # Russian.
    r"при (?:использовании|цитировании|перепечатке) материал", r"мнение редакции",
    r"точку зрения (?:редакции|автора)", r"впервые опубликован", r"перепечатк",
    # Arabic: 'the views set out', 'does not express the opinion', 'this article was published'.
    r"الآراء الواردة", r"لا تعبر عن رأي", r"لا يعبر عن رأي", r"نشر هذا المقال",
    # Japanese and Chinese: a trademark's notice, 'reprinted from'.
    r"の商標", r"登録商標", r"转载",
)  # fmt: skip

# Credits that prose writes too ('the film was adapted from', 'translated by her husband'), and
# the labels of a study's reference under a report on it ('More information: A. Roe et al. …'):
# only where a note opens on them, at the line's start or after a bracket or a semicolon.
_LEADING = (
    r"adapted from", r"excerpted from", r"translated by", r"illustrations? by",
    r"originally (?:appeared|published|ran|posted)", r"data provided by",
    r"more information ?:", r"journal reference ?:", r"citation ?:", r"references? ?:",
    r"corrections? ?:", r"clarification ?:", r"correcci[oó]n ?:", r"rectificatif ?:",
    r"korrektur ?:", r"correção ?:", r"correzione ?:", r"errata ?:", r"исправление ?:",
)  # fmt: skip
_OPENS = r"(?:^|[(\[;]\s*)"
_MAKING = re.compile("|".join([*_PHRASES, *(_OPENS + phrase for phrase in _LEADING)]), re.I)
_MAKING_CASED = case_sensitive(_MAKING)
_SPECIAL = re.compile(r"[()\\\[|?*+{.^$]")


def opening_literal(phrase: str) -> str:
    """The literal piece a phrase opens on (without a last letter made optional by `?`)."""
    literal = _SPECIAL.split(phrase, maxsplit=1)[0]
    return literal[:-1] if phrase[len(literal) : len(literal) + 1] == "?" else literal


# A case-blind search of so many alternatives tries each at every position of a line: lines
# holding none of the phrases' opening pieces (lower-cased, searched as one tree) are passed over
# first.
_KEYS = re.compile(trie_pattern({opening_literal(phrase) for phrase in (*_PHRASES, *_LEADING)}))
# Typographic apostrophes and no-break spaces written as the phrases write them.
_SAME_MARKS = str.maketrans({"’": "'", "\xa0": " "})


@functools.lru_cache(maxsize=8192)
def is_making_note(line: str) -> bool:
    """Whether the line speaks of the article itself or its making (see the module's docstring)."""
    line = line.translate(_SAME_MARKS)
    lower = line.lower()
    if not _KEYS.search(lower):
        return False
    return bool(_MAKING_CASED.search(lower) if is_plain(line) else _MAKING.search(line))


_MARKS_BEFORE = re.compile(r"^\W+")


def opens_with_note(line: str) -> bool:
    """Whether the line opens on such a note ('Dieser Beitrag stammt aus Ausgabe 7/2019 …'):
    above the text, a paragraph that only holds the words of one ('A memoir edited by her
    husband appeared …') is still the text's first."""
    return is_making_note(line) and bool(
        _MAKING.match(_MARKS_BEFORE.sub("", line.translate(_SAME_MARKS)))
    )
