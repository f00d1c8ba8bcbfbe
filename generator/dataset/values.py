"""Values the SQL layer resolves against the anchor day, at apply time: a day and an
instant, each given as an offset from it. The dataset makes them; sqlliteral renders
them. Below both: it imports nothing of the package."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DayOffset:
    """A date given as whole days from the anchor day (``-1`` is the day before it)."""

    days: int


@dataclass(frozen=True, order=True)
class Instant:
    """An instant given as seconds from the anchor day's midnight, UTC."""

    seconds: int

    @staticmethod
    def at(days: int, seconds_of_day: int) -> "Instant":
        return Instant(days * 86400 + seconds_of_day)

    def plus(self, seconds: int) -> "Instant":
        return Instant(self.seconds + seconds)
