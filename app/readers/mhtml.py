"""Pages a browser saved as one file (MHTML: Chrome's and Edge's "Save as… single file",
`.mhtml`, `.mht`): a MIME message whose first HTML part is the page, with the address it was
saved from and when. The standard library's email parser reads it (quoted-printable and base64
parts, each with its charset); the page's pictures and style sheets in the other parts are
left."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message
from email.utils import parsedate_to_datetime

from app.moments import Moment, Precision

# A MIME message's headers, then a multipart body: how every MHTML file opens.
_MHTML = re.compile(
    rb"^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/related", re.I
)
_HEAD = 8192


@dataclass(frozen=True)
class SavedPage:
    """The page's HTML as saved, its content type, the address and the moment it was saved."""

    html: bytes
    content_type: str
    url: str | None
    saved: Moment | None


def is_mhtml(content: bytes) -> bool:
    """Whether the bytes open as a MIME message of related parts (a saved page)."""
    return bool(_MHTML.match(content[:_HEAD].replace(b"\r\n", b"\n")))


def saved_page(content: bytes) -> SavedPage:
    """The first HTML part of an MHTML file; ValueError where it holds none."""
    message = email.message_from_bytes(content, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            html = part.get_payload(decode=True)
            if not isinstance(html, bytes) or not html.strip():
                continue
            charset = part.get_content_charset()
            content_type = f"text/html; charset={charset}" if charset else "text/html"
            url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return SavedPage(html, content_type, url, _saved_at(message))
    raise ValueError("a saved web page (MHTML) with no HTML part")


def _saved_at(message: Message) -> Moment | None:
    stated = message.get("Date")
    try:
        moment = parsedate_to_datetime(stated) if stated else None
        if moment is None or moment.tzinfo is None:
            return None
        return Moment.from_aware(moment, Precision.SECOND)
    except (TypeError, ValueError, OverflowError):  # No date, or one out of any calendar's range.
        return None
