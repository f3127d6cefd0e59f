"""Markdown files (`.md`): a post of a blog, a static site or a wiki, with its front matter (YAML
between two `---` lines, or TOML between two `+++` lines as Hugo writes it: title, date, author,
address) and its text. Read into the record a JSON
line holds (app/record_fields.py), so the same extractor reads it; the text is the Markdown's
blocks (paragraphs, headings, list items) as plain text, links as their words.

markdown-it-py parses the Markdown (CommonMark), PyYAML and tomllib the front matter: a
hand-written reading of any misses their many forms (nested lists, reference links, quoted YAML)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, time
from typing import Any

import yaml
from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<front>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S
)
_PARSER = MarkdownIt("commonmark")
# Front matter's names for each field, as Jekyll, Hugo and other static sites write them.
_FIELDS = {
    "title": ("title",),
    "published_at": ("date", "published_at", "publishDate", "pubDate"),
    "byline": ("author", "authors", "byline"),
    "url": ("permalink", "url", "canonical_url", "canonicalURL"),
    "language": ("lang", "language"),
}


def is_markdown_post(content: bytes) -> bool:
    """Whether the bytes open with front matter that names a title (a post, not any text)."""
    match = _FRONT_MATTER.match(content[:4096].decode("utf-8", errors="replace"))
    return match is not None and re.search(r"(?m)^title\s*[:=]", match["front"]) is not None


def markdown_record(text: str) -> dict[str, Any]:
    """The post as a JSON line's record: its front matter's fields, its title (else its first
    heading's words; none where it has neither) and its text."""
    front, body = _front_matter(text)
    record: dict[str, Any] = {}
    for field, names in _FIELDS.items():
        value = next((front[name] for name in names if front.get(name) not in (None, "")), None)
        if (plain := _plain(value)) not in (None, "", []):
            record[field] = plain
    blocks = _blocks(body)
    if "title" not in record and blocks and blocks[0][0] == "heading":
        record["title"] = blocks.pop(0)[1]
    record["body"] = "\n\n".join(text for _, text in blocks)
    return record


class _FrontMatterLoader(yaml.BaseLoader):
    """YAML with every value a string, list or mapping (a title '2024' stays words, a date an
    unchecked string for the date reader, 'lang: no' Norwegian), and no aliases: a few hundred
    bytes of nested aliases expand to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("front matter with aliases is not read")
        return super().compose_node(parent, index)


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    try:
        if match["fence"] == "+++":
            front = _as_words(tomllib.loads(match["front"]))
        else:
            front = yaml.load(match["front"], Loader=_FrontMatterLoader)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError):
        front = None  # Front matter we cannot read: the text is read without it.
    return (front if isinstance(front, dict) else {}), text[match.end() :]


def _as_words(value: Any) -> Any:
    """TOML's values as the YAML loader gives them: every scalar a string (a date in ISO 8601,
    read by the date reader as any other; a title `2024` stays words)."""
    if isinstance(value, dict):
        return {key: _as_words(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_words(item) for item in value]
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).lower() if isinstance(value, bool) else str(value)


def _plain(value: Any) -> Any:
    """A value as JSON holds it: strings, and lists of them or of {'name': ...} authors."""
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str | dict)]
    return value if isinstance(value, str) else None


def _blocks(body: str) -> list[tuple[str, str]]:
    """Each block of text ('heading' or 'text') in order, as plain words; a code block's lines
    (a table of figures, a statement) each a block, as the text keeps no line breaks inside
    one."""
    blocks: list[tuple[str, str]] = []
    kind = "text"
    for token in _PARSER.parse(body):
        if token.type in ("fence", "code_block"):
            blocks.extend(("text", line) for line in token.content.splitlines() if line.strip())
        elif token.type == "heading_open":
            kind = "heading"
        elif token.type == "inline":
            if words := _words(token.children or []):
                blocks.append((kind, words))
            kind = "text"  # An empty heading ('#', a logo) titles nothing after it.
    return blocks


def _words(children: list[Any]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
