"""The user's cache folder for what GeoNews keeps between processes (name tables, lemma
dictionaries), one folder per version of what is kept, the other versions removed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def cache_folder(name: str) -> Path | None:
    """`~/.cache/geonews/<name>` (`$XDG_CACHE_HOME/geonews/<name>`); None for a user without a
    home folder."""
    # platformdirs would add a dependency for this one rule (the XDG base directory spec).
    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:
        return None
    return root / "geonews" / name


def make_version_folder(folder: Path) -> None:
    """Make `folder` (named '<kind>-<version>'); the one that makes it removes the folders of
    the kind's other versions, which would only pile up. Made meanwhile by another process, it
    is used as it is."""
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        return
    kind = folder.name.split("-", 1)[0]
    for other in folder.parent.glob(f"{kind}-*"):
        if other != folder:
            shutil.rmtree(other, ignore_errors=True)
