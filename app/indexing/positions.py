"""Following the change log: how far an index has applied it, with no change ever skipped.

Change ids come from a sequence. On PostgreSQL a transaction takes its id when it inserts and
others may commit higher ids first, so a lower id can become visible after a higher one was
applied. The position therefore keeps, beside the highest id applied, the ids below it that were
not visible when it passed them ("gaps"), and looks for them again on every catch-up. A gap
still missing after GAP_PATIENCE_S was a rolled-back transaction's id and is let go.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.search import SearchIndex
from app.storage.models import Change

# Longer than any of our transactions between taking a change id and committing (an ingest
# commits every 200 items, an HTTP ingest at once).
GAP_PATIENCE_S = 600.0
MAX_GAPS = 5000  # Bounds what a catch-up asks for; the oldest gaps go first.
REBUILD_LOOKBACK = 10_000  # Ids below the newest checked for gaps when an index is rebuilt.


@dataclass(frozen=True)
class ChangePosition:
    """Every change up to `last` is applied, except the `gaps` (id -> when first missed)."""

    last: int = 0
    gaps: Mapping[int, float] = field(default_factory=dict)

    def advanced(self, applied_ids: Iterable[int], now: float | None = None) -> ChangePosition:
        """The position after applying these changes (newer ones, or gaps that showed up)."""
        now = time.time() if now is None else now
        applied = set(applied_ids)
        last = max(applied | {self.last})
        gaps = {
            change_id: seen
            for change_id, seen in self.gaps.items()
            if change_id not in applied and now - seen < GAP_PATIENCE_S
        }
        # Only the newest MAX_GAPS ids can be kept: a jump of a million ids costs no more.
        passed_over = range(max(self.last + 1, last - MAX_GAPS), last)
        gaps |= {i: now for i in passed_over if i not in applied}
        return ChangePosition(last, _newest(gaps))

    def pending(self) -> ColumnElement[bool]:
        """The changes this position has not applied yet, as a SQL condition."""
        newer = Change.id > self.last
        return or_(newer, Change.id.in_(list(self.gaps))) if self.gaps else newer

    def to_json(self) -> str:
        return json.dumps({"last": self.last, "gaps": {str(k): v for k, v in self.gaps.items()}})

    @classmethod
    def from_json(cls, text: str) -> ChangePosition:
        data = json.loads(text)
        return cls(int(data["last"]), {int(k): float(v) for k, v in data["gaps"].items()})


def index_position(search_index: SearchIndex) -> ChangePosition:
    """How far this index has applied the change log."""
    stored = search_index.stored_position()
    return ChangePosition.from_json(stored) if stored else ChangePosition()


def count_pending(session: Session, position: ChangePosition) -> int:
    """How many visible changes the position has not applied (an index's lag)."""
    return session.scalar(select(func.count()).where(position.pending())) or 0


def oldest_pending(session: Session, position: ChangePosition) -> datetime | None:
    """When the oldest change the position has not applied was made (None: none waits)."""
    return session.scalar(select(func.min(Change.created_at)).where(position.pending()))


def current_position(session: Session) -> ChangePosition:
    """The position of an index built from what this session sees now: the newest change, and
    as gaps the recent ids not visible yet (their transactions may still commit)."""
    last = session.scalar(select(func.max(Change.id))) or 0
    first = max(1, last - REBUILD_LOOKBACK)
    visible = set(session.scalars(select(Change.id).where(Change.id >= first)))
    return ChangePosition(0 if not visible else first - 1).advanced(visible)


def _newest(gaps: dict[int, float]) -> dict[int, float]:
    if len(gaps) <= MAX_GAPS:
        return gaps
    return dict(sorted(gaps.items(), key=lambda item: item[1])[-MAX_GAPS:])
