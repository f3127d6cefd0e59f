"""Patterns compiled on first use (app/lazy_patterns.py): they answer as compiled ones, and a
command that reads no date does not compile the month names."""

from __future__ import annotations

import re
import subprocess
import sys

from app.lazy_patterns import compile_all, lazy_compile


def test_a_lazy_pattern_is_compiled_on_first_use_and_answers_as_the_pattern_would() -> None:
    source, flags = r"(?P<day>\d{1,2})\s+(?P<month>march|april)", re.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    assert "search" not in vars(lazy)
    text = "Filed 5 March and 12 April 2024"
    found = lazy.search(text)
    assert found is not None
    assert found.groupdict() == {"day": "5", "month": "March"}
    assert "search" in vars(lazy)  # Later calls go straight to the compiled pattern's method.
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("<date>", text) == compiled.sub("<date>", text)
    assert lazy.fullmatch("12 april")
    assert not lazy.match("on 12 april")
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groupindex,
    )


def test_compile_all_compiles_every_pattern_not_used_yet() -> None:
    from app import lazy_patterns
    from app.extract import line_dates, printed_dates  # noqa: F401 (registers their patterns)

    compile_all()
    assert len(lazy_patterns._ALL) >= 10
    assert all("search" in vars(pattern) for pattern in lazy_patterns._ALL)


def test_the_command_line_starts_without_compiling_the_month_names() -> None:
    probe = (
        "import app.cli\n"
        "from app.extract import line_dates, printed_dates\n"
        "print(any('search' in vars(p) for p in"
        " (printed_dates._DAY_MONTH_YEAR, line_dates._DATELINE)))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
