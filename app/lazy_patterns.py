"""Regular expressions compiled on their first use, not when their module is imported.

The patterns that hold every month's and weekday's name in 150 languages (app/extract/
month_names.py) are 10,000 to 50,000 characters long, and Python's `re` compiles them in Python:
compiled at import, they took about 1.5 s of every process's start, `geonews --help`, `geonews
search` or a server that reads no date among them. Django defers its own patterns the same way
(`django.utils.regex_helper._lazy_re_compile`); the standard library has nothing for it.
"""

from __future__ import annotations

import gc
import re
from typing import Any, cast

# What callers read of a compiled pattern: after the first use they are the pattern's own
# attributes, set on the stand-in, so that a call costs what it costs on the pattern itself.
_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern",
    "flags", "groups", "groupindex", "scanner",
)  # fmt: skip


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        _ALL.append(self)

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute the stand-in does not have yet: the first use.
        compiled = _compile(*self._source)
        self.__dict__.update((attribute, getattr(compiled, attribute)) for attribute in _ATTRIBUTES)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0][:40]!r}…)"


_ALL: list[_LazyPattern] = []


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    # Compiling makes and drops many small objects, and the garbage collector's passes over them
    # free nothing: a third of the time, as at import (app/launch.py).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return re.compile(pattern, flags)
    finally:
        if enabled:
            gc.enable()


def compile_all() -> None:
    """Compile every pattern not compiled yet: before forking processes that will all use them
    (an ingest's extraction pool), so that each does not compile its own."""
    for pattern in _ALL:
        _ = pattern.pattern


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used. Typed as the pattern it
    stands for: it answers every method and attribute callers use of one."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
