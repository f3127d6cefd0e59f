"""Dictionary forms of words (simplemma's dictionaries), for search (app/search/inflection.py)
and for reading inflected place names (app/enrich/geo/matcher.py)."""

from __future__ import annotations

import os
import uuid
from importlib import metadata
from itertools import islice
from typing import Any

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

from app.cache_folders import cache_folder, make_version_folder

# Dictionaries a process keeps open at once (simplemma has about fifty).
_OPEN_DICTIONARIES = 32


class KeptTries(TrieDictionaryFactory):
    """simplemma's dictionaries as MARISA tries, each built from simplemma's data when its
    language is first met and kept on disk (a few MB each): a process opens one at once and holds
    little of it in memory, where simplemma's compressed stream is read whole in every process
    (every ingest, server worker and search)."""

    def _write_trie_to_disk(self, lang: str, trie: Any) -> None:
        make_version_folder(self._cache_dir)
        # Written beside and renamed: a process opening it at the same time sees all or nothing.
        # Made with os.open, so that the user's umask sets who may read it, as for any file
        # (a temporary file would be the owner's alone).
        part = self._cache_dir / f"{lang}.{os.getpid()}.{uuid.uuid4().hex}.part"
        os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        try:
            trie.save(str(part))
            os.replace(part, self._cache_dir / f"{lang}.dic")
        finally:
            part.unlink(missing_ok=True)


def _tries_folder() -> str | None:
    """Where the tries are kept (beside the name tables); None: simplemma's own."""
    folder = cache_folder(f"lemmas-{metadata.version('simplemma')}")
    return None if folder is None else str(folder)


DICTIONARIES = KeptTries(cache_max_size=_OPEN_DICTIONARIES, disk_cache_dir=_tries_folder())
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=DICTIONARIES))


def lemma(word: str, dictionary: str) -> str:
    """The word's dictionary form in simplemma's `dictionary` (the word itself if unknown)."""
    return str(_LEMMATIZER.lemmatize(word, lang=dictionary))


def is_form_of_a_word(word: str, dictionary: str) -> bool:
    """Whether simplemma's `dictionary` holds the word (in small letters) as a word's form."""
    return word.lower() in DICTIONARIES.get_dictionary(dictionary)


def words_starting(dictionary: str, prefix: str, at_most: int) -> int:
    """How many forms of simplemma's `dictionary` start with `prefix`, counted up to `at_most`
    (how productive a word is as the first part of compounds: app/compounds.py).
    simplemma's mapping keeps its MARISA trie as `_trie` and offers no prefix search of its own;
    the version is pinned below 3 and tests/search/test_compounds.py fails if that changes."""
    trie = DICTIONARIES.get_dictionary(dictionary)._trie  # type: ignore[attr-defined]
    return sum(1 for _ in islice(trie.iterkeys(prefix), at_most))
