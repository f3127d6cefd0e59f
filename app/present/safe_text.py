"""Text made safe for each format the archive writes: XML, WARC headers, CSV cells, JSON lines,
and file paths shown to the public.

Articles hold whatever their sources held (control characters, U+FFFE, cells that begin like a
formula); each writer passes its text through here, so one stored character cannot break a
feed or run in a spreadsheet.
"""

from __future__ import annotations

import re

# Characters XML 1.0 does not allow at all (section 2.2), escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# In a header line, any control character could end the line or confuse a reader.
_NOT_HEADER = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
# OWASP's list of the characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# json.dumps(ensure_ascii=False) keeps these, which end a line in JavaScript and some readers.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029"})


def xml_text(text: str) -> str:
    """The text without the characters XML 1.0 forbids."""
    return _NOT_XML.sub("", text)


def header_text(text: str) -> str:
    """The text as one header value: no control characters (a CR LF would start a header)."""
    return _NOT_HEADER.sub("", text)


def spreadsheet_cell(value: object) -> object:
    """A text that a spreadsheet would run as a formula, led by a quote (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def json_line(text: str) -> str:
    """A JSON text with U+2028 and U+2029 escaped (JSON allows them raw; line readers do not).
    They can only occur inside JSON strings, where the escape means the same."""
    return text.translate(_LINE_SEPARATORS)


def shown_origin(origin: str, *, show_paths: bool) -> str:
    """Where a capture came from, as shown to the public: a file's name without the server's
    folders, unless the operator asks for them (GEONEWS_SHOW_CAPTURE_PATHS)."""
    if show_paths or "://" in origin:
        return origin
    return origin.rsplit("/", 1)[-1]


def hide_origin_paths(text: str, origins: list[str], *, show_paths: bool) -> str:
    """A text (an evidence place) with each capture's path replaced by its shown name."""
    if show_paths:
        return text
    for origin in sorted(set(origins), key=len, reverse=True):
        text = text.replace(origin, shown_origin(origin, show_paths=False))
    return text
