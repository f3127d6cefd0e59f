"""The `geonews` command's entry point: the command line imported with the collector paused.

Importing the command line builds what lives as long as the process: the extractor's patterns
(those holding every language's month names only when first used: app/lazy_patterns.py), the
database's mappers, the search schema. The garbage collector's passes while they are built find
nothing to free, yet they were a third of every command's start (README, Performance). Once
imported they are frozen, so that later passes, and the extraction processes an ingest forks, do
not walk them again.
"""

from __future__ import annotations

import gc


def main() -> None:
    """Run the `geonews` command line (app/cli.py)."""
    gc.disable()
    try:
        from app.cli import main as run_command_line
    finally:
        gc.freeze()
        gc.enable()
    run_command_line()
