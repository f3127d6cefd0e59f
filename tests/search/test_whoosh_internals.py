"""The import-time check of app/search/whoosh_internals.py: a Whoosh without one of the private
names search relies on refuses to import, naming what is missing and the version tested."""

from __future__ import annotations

import importlib
import sys
import types

import pytest
from whoosh.codec import whoosh3

from app.search import whoosh_internals
from app.search.introspection import missing_names
from app.search.whoosh_internals import RELIED_ON, TESTED_VERSION, check_whoosh


def test_the_installed_whoosh_has_every_name() -> None:
    assert {str(owner): missing_names(owner, names) for owner, names in RELIED_ON} == {
        str(owner): [] for owner, _ in RELIED_ON
    }
    check_whoosh()


def test_a_module_without_a_name_fails_naming_it_and_the_tested_version() -> None:
    module = types.ModuleType("whoosh.codec.whoosh3")
    module.W3LeafMatcher = object  # type: ignore[attr-defined]
    with pytest.raises(ImportError) as raised:
        check_whoosh([(module, ("W3LeafMatcher", "_lenfield"))], version="2.9.0")
    message = str(raised.value)
    assert "(whoosh.codec.whoosh3: _lenfield)" in message
    assert "whoosh-reloaded 2.9.0 lacks" in message
    assert f"tested with whoosh-reloaded {TESTED_VERSION}" in message


def test_a_class_without_a_method_or_an_attribute_its_objects_get() -> None:
    class Matcher:
        def _read_ids(self) -> None:
            self._ids: list[int] = []

    class Column:
        def __init__(self) -> None:
            self._dbfile = None
            self.name = "WRITELOCK"

    class LaterColumn(Column):  # Inherited code counts.
        pass

    assert missing_names(Matcher, ("_read_ids", "self._ids", "_next_block")) == ["_next_block"]
    assert missing_names(Matcher, ("self._values", "'WRITELOCK'")) == [
        "self._values",
        "'WRITELOCK'",
    ]
    assert missing_names(LaterColumn, ("self._dbfile", "self._basepos", "'WRITELOCK'")) == [
        "self._basepos"
    ]
    with pytest.raises(ImportError, match=r"LaterColumn: self\._basepos"):
        check_whoosh([(LaterColumn, ("self._dbfile", "self._basepos"))])


def test_a_method_gone_from_whoosh_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(whoosh3.W3LeafMatcher, "_read_values")
    with pytest.raises(ImportError, match=r"whoosh3\.W3LeafMatcher: _read_values\)"):
        check_whoosh()


def test_importing_the_module_fails_when_a_name_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(whoosh3, "_lenfield")
    monkeypatch.delitem(sys.modules, whoosh_internals.__name__)
    with pytest.raises(ImportError, match=r"whoosh\.codec\.whoosh3: _lenfield"):
        importlib.import_module(whoosh_internals.__name__)
