"""RSS and Atom feeds -> one raw item per entry, with what the feed says of itself
(app/readers/feeds.py)."""

from __future__ import annotations

from pathlib import Path

from app.drafts import RawItem
from app.extract import extract
from app.readers import read_inputs

_RSS_1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:prism="http://purl.org/rss/1.0/modules/prism/">
<channel rdf:about="http://science.example.org"><title>Science twis</title>
<link>http://science.example.org</link><prism:publicationName>Science</prism:publicationName>
</channel>
<item rdf:about="http://science.example.org/a"><title>Enhancing quantum sensing</title>
<link>http://science.example.org/a</link><prism:publicationName>Other</prism:publicationName>
</item>
</rdf:RDF>"""
_RSS_2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Guardian</title><language>en-gb</language>
<item><title>Floods close the port</title><link>https://news.example.org/a</link></item>
</channel></rss>"""
_ATOM = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>heise online</title>
<entry><title>Neue Version</title><id>urn:a</id></entry></feed>"""


def _items(tmp_path: Path, name: str, content: bytes) -> list[RawItem]:
    path = tmp_path / name
    path.write_bytes(content)
    items = list(read_inputs([str(path)]))
    assert all(isinstance(item, RawItem) for item in items)
    return [item for item in items if isinstance(item, RawItem)]


def test_the_publication_name_a_feed_declares_names_the_outlet(tmp_path: Path) -> None:
    [item] = _items(tmp_path, "science.rss", _RSS_1)
    assert item.source_name == "Science"
    assert item.language is None


def test_the_channel_title_names_the_outlet_where_no_publication_name_is_declared(
    tmp_path: Path,
) -> None:
    [item] = _items(tmp_path, "guardian.rss", _RSS_2)
    assert item.source_name == "The Guardian"


def test_the_feed_language_reaches_each_entry_as_declared(tmp_path: Path) -> None:
    [rss] = _items(tmp_path, "guardian.rss", _RSS_2)
    [atom] = _items(tmp_path, "heise.atom", _ATOM)
    assert (rss.language, atom.language) == ("en-gb", "de")
    draft = extract(rss)
    assert draft.language == "en-gb"
    assert "declared language" in draft.evidence["language"].place
