"""Pages a browser saved as one file (app/readers/mhtml.py). The fixture is Chromium's own
snapshot of a small German page (Page.captureSnapshot, as "Save as… single file" writes it)."""

from __future__ import annotations

from pathlib import Path

from app.drafts import RawItem
from app.readers import ReadFailure, read_inputs
from app.readers.mhtml import is_mhtml

SAVED = Path(__file__).resolve().parents[1] / "fixtures" / "saved_page.mhtml"


def test_a_saved_page_is_its_html_with_the_address_and_moment_it_was_saved() -> None:
    (item,) = list(read_inputs([str(SAVED)]))
    assert isinstance(item, RawItem)
    assert item.format == "html"
    assert item.url == "https://tagesblatt.example.de/2024/03/08/bruecke.html"
    assert item.captured is not None
    assert item.captured.isoformat() == "2026-12-05T21:30:44+00:00"
    # Quoted-printable undone, the page's UTF-8 as it was.
    assert "Brücke über den Fluss eröffnet".encode() in item.content
    assert b"=3D" not in item.content


def test_an_mhtml_without_html_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "pictures.mhtml"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"iVBORw0KGgo=\r\n--b--\r\n"
    )
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, ReadFailure)
    assert "no HTML part" in item.reason


def test_a_text_dump_is_no_saved_page() -> None:
    assert not is_mhtml(b" date 2024-03-09 Example News - World\nContent-Type: multipart/related\n")
    assert is_mhtml(SAVED.read_bytes())
