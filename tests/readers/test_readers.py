"""Readers: files, folders and stdin -> raw items (app/readers)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from app.drafts import RawItem
from app.readers import Limits, ReadFailure, detect_format, read_inputs
from tests.conftest import DUMPS


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "two.txt").write_text("Headline here\n\nSome text of the story.")
    (tmp_path / "one.txt").write_text("Headline here\n\nOther text of the story.")
    (tmp_path / ".hidden.txt").write_text("ignored")
    items = list(read_inputs([str(tmp_path)]))
    assert [Path(item.origin).name for item in items] == ["two.txt", "one.txt"]


def test_json_lines_become_one_item_per_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text('{"title": "A", "body": "a"}\n\n{"title": "B", "body": "b"}\n')
    items = list(read_inputs([str(path)]))
    assert all(isinstance(item, RawItem) and item.format == "jsonl" for item in items)
    assert [item.position for item in items if isinstance(item, RawItem)] == ["line 1", "line 3"]


def test_bad_files_are_reported_not_raised(tmp_path: Path) -> None:
    items = list(
        read_inputs(
            [str(DUMPS / "empty.txt"), str(DUMPS / "binary.png"), str(tmp_path / "missing.txt")]
        )
    )
    assert all(isinstance(item, ReadFailure) for item in items)
    reasons = [item.reason for item in items if isinstance(item, ReadFailure)]
    assert reasons == ["empty file", "binary file (NUL bytes), not text", "no such file or folder"]


@pytest.mark.parametrize(
    ("name", "start", "named"),
    [
        (
            "story.txt",
            b"{\\rtf1\\ansi\\ansicpg1252\n{\\fonttbl\\f0 Helvetica;}\nText\n",
            "an RTF document",
        ),
        ("story.pdf", b"%PDF-1.4\n1 0 obj\n", "a PDF document"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ],
)
def test_a_document_of_another_format_is_named_in_one_report(
    tmp_path: Path, name: str, start: bytes, named: str
) -> None:
    path = tmp_path / name
    path.write_bytes(start)
    items = list(read_inputs([str(path)]))
    assert len(items) == 1  # An RTF file was read as JSON lines, a failure a line.
    assert isinstance(items[0], ReadFailure)
    assert items[0].reason.startswith(named)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    (failure,) = read_inputs([str(path)], limits=Limits(max_item_bytes=1000))
    assert isinstance(failure, ReadFailure)
    assert "over the limit" in failure.reason


def test_format_detection() -> None:
    assert detect_format(b'\xef\xbb\xbf {"title": "x"}') == "jsonl"
    assert detect_format(b" date 2023-08-06 The Jerusalem Post") == "text"
    assert detect_format(b"[{}]") == "json"
    assert detect_format(b"<!DOCTYPE html><html><head>") == "html"
    assert detect_format(b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert detect_format(b'<feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert detect_format(b"WARC/1.0\r\n") == "warc"


def test_every_member_of_a_concatenated_gzip_is_read(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "two-members.jsonl.gz"
    first = gzip.compress(b'{"title": "A", "body": "a"}\n')
    second = gzip.compress(b'{"title": "B", "body": "b"}\n')
    path.write_bytes(first + second)
    items = list(read_inputs([str(path)]))
    assert [item.position for item in items if isinstance(item, RawItem)] == ["line 1", "line 2"]


def test_every_record_of_a_gzipped_warc_is_read(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "three.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(3):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://p.example/{number}",
                "response",
                payload=io.BytesIO(b"<html><body><p>Page %d</p></body></html>" % number),
                http_headers=http,
            )
            writer.write_record(record)
            record.raw_stream.close()
    urls = [item.url for item in read_inputs([str(path)]) if isinstance(item, RawItem)]
    assert urls == ["https://p.example/0", "https://p.example/1", "https://p.example/2"]


def _warc_record(uri: str, length_change: int | None = None) -> bytes:
    page = b"<html><head><title>T</title></head><body><p>News about Chile.</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    length = len(http) if length_change is None else length_change
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode() + b"\r\n"
        b"WARC-Date: 2023-08-06T09:28:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(length).encode() + b"\r\n\r\n" + http + b"\r\n\r\n"
    )


@pytest.mark.parametrize("bad_length", [-5, 10**12, 3])
@pytest.mark.parametrize("compress", [False, True])
def test_a_warc_record_with_a_bad_length_is_reported_and_the_next_read(
    tmp_path: Path, bad_length: int, compress: bool
) -> None:
    records = [
        _warc_record("https://a.example/1"),
        _warc_record("https://a.example/2", bad_length),
        _warc_record("https://a.example/3"),
    ]
    path = tmp_path / "pages.warc"
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if compress else b"".join(records))
    found = list(read_inputs([str(path)]))
    assert [item.url for item in found if isinstance(item, RawItem)] == [
        "https://a.example/1",
        "https://a.example/3",
    ]
    (failure,) = (item for item in found if isinstance(item, ReadFailure))
    assert failure.position == "record 2"
    assert "Content-Length" in failure.reason


def test_control_bytes_tell_a_binary_file_from_text_that_holds_a_few(tmp_path: Path) -> None:
    text = "Headline here\n\nSome text of the story.\f\x1b[0m\tand more text of the story.\n" * 20
    binary = bytes(range(1, 32)) * 40  # No NUL byte: only the control bytes give it away.
    (tmp_path / "text.txt").write_text(text)
    (tmp_path / "binary.dat").write_bytes(binary)
    items = list(read_inputs([str(tmp_path / "text.txt"), str(tmp_path / "binary.dat")]))
    assert isinstance(items[0], RawItem)
    assert isinstance(items[1], ReadFailure)
    assert items[1].reason == "binary file (control bytes), not text"


_ARTICLE = {"title": "Leaders meet", "body": "The two leaders met."}


@pytest.mark.parametrize(
    ("document", "count"),
    [
        (_ARTICLE, 1),  # one article written out with indents
        ({"status": "ok", "totalResults": 2, "articles": [_ARTICLE, _ARTICLE]}, 2),  # NewsAPI
        ({"response": {"status": "ok", "results": [_ARTICLE] * 3}}, 3),  # nested one deeper
    ],
)
def test_one_json_document_over_many_lines(tmp_path: Path, document: object, count: int) -> None:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps(document, indent=2))
    items = list(read_inputs([str(path)]))
    assert len(items) == count
    assert all(isinstance(item, RawItem) and json.loads(item.content) == _ARTICLE for item in items)


def test_json_lines_with_a_broken_first_line_stay_a_line_an_item(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text('{"title": "A", "body": \n' + json.dumps(_ARTICLE) + "\n")
    items = list(read_inputs([str(path)]))
    # Each line still an item of its own: the broken one fails where it is read, alone.
    assert [item.position for item in items if isinstance(item, RawItem)] == ["line 1", "line 2"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_windows_unicode_text_is_read_as_its_text(tmp_path: Path, encoding: str) -> None:
    # Notepad's "Unicode" is UTF-16 (with its byte-order mark, or without: every other byte NUL).
    text = " date 2023-08-06 Example News - World\nBridge opens in Brück\n\nThe bridge opened.\n"
    path = tmp_path / "dump.txt"
    path.write_bytes(text.encode(encoding))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, RawItem)
    assert item.content.decode("utf-8") == text


def test_a_utf_16_page_that_declares_it_is_read_as_the_utf_8_it_becomes(tmp_path: Path) -> None:
    page = '<html><head><meta charset="UTF-16"><title>Bridge</title></head><body>Text</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-16"))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, RawItem)
    assert b'charset="utf-8"' in item.content


def test_an_indented_article_holding_a_list_stays_one_article(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({**_ARTICLE, "items": ["photo1.jpg", "photo2.jpg"]}, indent=2))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, RawItem)
    assert json.loads(item.content)["title"] == _ARTICLE["title"]


def test_an_api_answer_on_one_line_gives_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "answer.json"  # curl's output: the whole answer on one line
    path.write_text(json.dumps({"status": "ok", "articles": [_ARTICLE, _ARTICLE]}) + "\n")
    items = list(read_inputs([str(path)]))
    assert [item.position for item in items if isinstance(item, RawItem)] == [
        "line 1, item 1",
        "line 1, item 2",
    ]
