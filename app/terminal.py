"""What the command line prints: names made safe for a terminal, and the archive's own
failures told in a sentence with what to do."""

from __future__ import annotations

import errno
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

# C0 and C1 controls and the bidirectional overrides: printed raw, a file's name could move the
# cursor, clear the screen, retitle the window or reorder what follows it on the line.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """The text with control characters shown as escapes (ESC as '\\x1b')."""

    def escaped(found: re.Match[str]) -> str:
        character = found.group()
        if keep_newlines and character == "\n":
            return character
        return ascii(character)[1:-1]  # '\\x1b', '\\u202e'

    return _UNPRINTABLE.sub(escaped, text)


def describe_storage_error(error: Exception) -> str:
    """What went wrong with the archive's files, and what to do."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    if "full" in lowered or "no space" in lowered or getattr(error, "errno", 0) == errno.ENOSPC:
        advice = "the disk is full; free some space and run the command again"
    elif "readonly" in lowered or "read-only" in lowered:
        advice = "the data folder is read-only; make it writable and run the command again"
    elif "unable to open" in lowered:
        advice = "the database cannot be opened for writing (a read-only folder, or no permission)"
    else:
        advice = "run the command again once the cause is fixed"
    return (
        f"{text}\n{advice}. Whatever was committed before stays (an ingest run again adds only"
        " what is missing)."
    )


# How often the progress line is redrawn at most, in seconds.
REFRESH_S = 0.1


@contextmanager
def progress_line(console: Console) -> Iterator[Callable[[str], None]]:
    """A line on the terminal counting outcomes as an ingest goes; yields what to call per item.

    Refreshed from the caller, not from rich's thread: the ingest forks its worker pool, and a
    fork while another thread runs can deadlock the child (Python 3.12+ warns of it).
    """
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("ingesting", total=None)
        counts: dict[str, int] = {}
        last_refresh = 0.0

        def advance(outcome: str) -> None:
            nonlocal last_refresh
            counts[outcome] = counts.get(outcome, 0) + 1
            summary = ", ".join(f"{n} {name}" for name, n in counts.items())
            now = time.monotonic()
            refresh = now - last_refresh > REFRESH_S
            last_refresh = now if refresh else last_refresh
            progress.update(task, description=f"ingesting: {summary}", refresh=refresh)

        yield advance


def complain(console: Console, label: str, message: str) -> None:
    """One line: a red label, then the message as it is (file names and reasons can hold
    [brackets] that Rich would read as markup, and are never wrapped)."""
    shown = escape(printable(message, keep_newlines=True))
    console.print(f"[red]{label}[/red] {shown}", highlight=False, soft_wrap=True)


def items_per_second(count: int, seconds: float) -> str:
    """A rate for a summary line: a slow batch (a few items after start-up) reads 0.2/s."""
    rate = count / seconds if seconds else 0.0
    return f"{rate:.1f}/s" if rate < 10 else f"{rate:.0f}/s"
