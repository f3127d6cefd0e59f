"""Moments as an archive knows them: a time, how precisely it is known, and its original offset."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum


@dataclass(frozen=True)
class Moment:
    """A stated moment. `utc` is in UTC when the offset is known, else the wall clock as shown."""

    utc: datetime
    offset_minutes: int | None
    precision: Precision

    @classmethod
    def from_aware(cls, moment: datetime, precision: Precision) -> Moment:
        """Build from an aware datetime, keeping its offset."""
        offset = moment.utcoffset()
        assert offset is not None, "from_aware needs an aware datetime"
        utc = moment.astimezone(UTC).replace(tzinfo=None)
        return cls(utc, int(offset.total_seconds() // 60), precision)

    @classmethod
    def day(cls, moment: datetime) -> Moment:
        """A moment known only to the day (no time of day, no offset)."""
        midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
        return cls(midnight, None, Precision.DAY)

    def local(self) -> datetime:
        """The moment as the source showed it: in its own offset when known."""
        if self.offset_minutes is None:
            return self.utc
        zone = timezone(timedelta(minutes=self.offset_minutes))
        return self.utc.replace(tzinfo=UTC).astimezone(zone)

    def isoformat(self) -> str:
        """ISO 8601: a date for day precision, with an offset whenever the offset is known."""
        if self.precision is Precision.DAY:
            return self.utc.date().isoformat()
        spec = "seconds" if self.precision is Precision.SECOND else "minutes"
        return self.local().isoformat(timespec=spec)

    def display(self) -> str:
        """A human reading, e.g. '6 August 2023 09:28 (UTC+03:00)'."""
        local = self.local()
        text = f"{local.day} {local:%B %Y}"
        if self.precision is Precision.DAY:
            return text
        text += f" {local:%H:%M}"
        if self.offset_minutes is None:
            return text + " (time zone not stated)"
        return text + f" ({_offset_label(self.offset_minutes)})"


class Precision(StrEnum):
    """How much of a moment the source actually stated."""

    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


def _offset_label(minutes: int) -> str:
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def utc_now() -> datetime:
    """Now, as a naive UTC datetime (how the database stores moments)."""
    return datetime.now(UTC).replace(tzinfo=None)
