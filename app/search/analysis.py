"""How text becomes terms (index and queries alike), and hits become highlighted snippets."""

from __future__ import annotations

from markupsafe import Markup, escape
from whoosh import highlight
from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.support.charset import accent_map

# English stemming with accents folded, so 'Türkiye' finds 'Turkiye' and 'sanctions' 'sanction'.
TEXT_ANALYZER = StemmingAnalyzer() | CharsetFilter(accent_map)
_SNIPPET_CHARS = 160


class _MarkFormatter(highlight.Formatter):  # type: ignore[misc]
    """Escaped text with <mark> around the hits; fragments joined by an ellipsis."""

    between = " … "

    def _text(self, text: str) -> str:
        return str(escape(text))

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return f"<mark>{escape(highlight.get_text(text, token, replace))}</mark>"


def snippet(text: str, terms: frozenset[str], top: int = 2) -> Markup:
    """Up to `top` passages of `text` around the hits, escaped, hits in <mark>."""
    if terms:
        fragmenter = highlight.ContextFragmenter(maxchars=_SNIPPET_CHARS * 2, surround=70)
        marked = highlight.highlight(
            text, terms, TEXT_ANALYZER, fragmenter, _MarkFormatter(), top=top
        )
        if marked:
            return Markup(marked)
    return Markup(escape(_opening(text)))


def _opening(text: str) -> str:
    if len(text) <= _SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, _SNIPPET_CHARS)
    return text[: cut if cut > 0 else _SNIPPET_CHARS] + " …"
