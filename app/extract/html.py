"""HTML pages -> ArticleDraft: main text and metadata with trafilatura, dates our own way."""

from __future__ import annotations

import lxml.html
from lxml import etree

from app.drafts import ArticleDraft, Evidence, ExtractionError, RawItem
from app.extract import leads
from app.extract.bylines import parse_byline
from app.extract.fragments import without_trailing_furniture
from app.extract.html_dates import publication_date

_TRAFILATURA = "HTML metadata (trafilatura)"


def extract_html_page(text: str, item: RawItem) -> ArticleDraft:
    """Extract title, text, byline, outlet, canonical URL, language and date from a page."""
    # Imported on first use: a cost every server start and command would pay without a page.
    import trafilatura

    xml = _with_joiners(
        trafilatura.extract(
            _without_joiners(text),
            url=item.url,
            output_format="xml",
            include_comments=False,
            with_metadata=True,
        )
    )
    if not xml:
        raise ExtractionError("no article text found in the page")
    doc = etree.fromstring(xml.encode("utf-8"))
    draft = ArticleDraft(title=None, paragraphs=[])
    _read_metadata(doc, draft, item)
    _read_main(doc.find("main"), draft)
    _drop_trailing_furniture(draft)
    if not draft.paragraphs:
        raise ExtractionError("no article text found in the page")
    tree = _parsed(text)  # Once for the declared language and the dates.
    draft.language = _language(tree)
    found = publication_date(text, draft.url, item.captured, tree)
    if found is not None:
        draft.published, draft.evidence["published_at"] = found
    return draft


# trafilatura drops characters that are not printable, the zero-width non-joiner and joiner
# among them, and Persian, Urdu and Indic words then run together or break. They cross it as
# printable characters no news page uses (musical symbols) and are put back after.
_JOINERS = {"\u200c": "\U0001d159", "\u200d": "\U0001d15a"}


def _without_joiners(text: str) -> str:
    for joiner, stand_in in _JOINERS.items():
        text = text.replace(joiner, stand_in)
    return text


def _with_joiners(xml: str | None) -> str | None:
    for joiner, stand_in in _JOINERS.items():
        xml = xml.replace(stand_in, joiner) if xml else xml
    return xml


# What trafilatura may take for an author where a template prints a label before the date or
# the name ('Submitted on Mon, 2019-01-21', Drupal's default): a label, not a name.
_LABELS = frozenset(
    {"submitted", "posted", "published", "updated", "written", "by", "author", "authors"}
    | {"autor", "autores", "auteur", "auteurs", "von", "por", "par", "di", "da"}
)


def _read_main(main: etree._Element | None, draft: ArticleDraft) -> None:
    if main is None:
        return
    for element in main:
        text = " ".join("".join(element.itertext()).split())
        if not text or (not draft.paragraphs and _repeats_front_matter(text, draft)):
            continue
        if element.tag == "head":
            draft.heading_indexes.append(len(draft.paragraphs))
        draft.paragraphs.append(text)
    if draft.paragraphs:
        draft.evidence["body"] = Evidence("main text (trafilatura)", draft.paragraphs[0])


def _drop_trailing_furniture(draft: ArticleDraft) -> None:
    """trafilatura keeps what closes many articles without being part of them: a sign-up or a
    follow-us line, a rights notice, a 'Comments' heading, which go as a feed's do (fragments);
    and on some pages the site's list of other stories, teasers cut short ('…'), which ends the
    text where a run of them starts."""
    paragraphs = draft.paragraphs
    cut = [leads.is_cut_short(text) for text in paragraphs]
    end = next(
        (
            at
            for at in range(1, len(paragraphs) - _TEASER_RUN + 1)
            if all(cut[at : at + _TEASER_RUN])
            # Teasers run to the page's end; a dialogue's '…' gives way to the text again.
            and sum(cut[at:]) >= _TEASER_SHARE * (len(paragraphs) - at)
        ),
        len(paragraphs),
    )
    draft.paragraphs = without_trailing_furniture(paragraphs[:end])
    draft.heading_indexes = [i for i in draft.heading_indexes if i < len(draft.paragraphs)]


_TEASER_RUN = 3
_TEASER_SHARE = 0.8


def _repeats_front_matter(text: str, draft: ArticleDraft) -> bool:
    """The page's own headline or byline line, which trafilatura keeps as the first block."""
    if draft.title and text.casefold() == draft.title.casefold():
        return True
    return parse_byline(text) is not None


def _read_metadata(doc: etree._Element, draft: ArticleDraft, item: RawItem) -> None:
    def take(attribute: str) -> str | None:
        value = " ".join((doc.get(attribute) or "").split())
        if value:
            draft.evidence[attribute if attribute != "sitename" else "outlet"] = Evidence(
                _TRAFILATURA, value
            )
        return value or None

    draft.title = take("title")
    author = take("author")
    if author and author.casefold() not in _LABELS:
        byline = parse_byline(author.replace(";", ","))
        draft.byline = byline.text if byline else author.replace(";", ",")
    draft.outlet = take("sitename")
    draft.url = take("url") or item.url


def _parsed(text: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(text)
    except (ValueError, etree.ParserError):
        return None


def _language(root: lxml.html.HtmlElement | None) -> str | None:
    if root is None:
        return None
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().lower()
    return lang.split("-")[0][:10] or None
