"""Closed/open real intervals and the arithmetic the checks need (DESIGN: numbers are intervals).

An :class:`Interval` is ``[low, high]`` with either end optionally open; ``±inf`` marks an unbounded end.
Arithmetic is conservative: the result contains every value the operands could produce.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

INF = math.inf


class Interval(BaseModel):
    """A set of reals ``low ≤ x ≤ high`` (``<`` where the end is open); JSON writes an infinite end as null."""

    model_config = ConfigDict(frozen=True)

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @field_validator("low", mode="before")
    @classmethod
    def _none_low(cls, v: Any) -> Any:
        return -INF if v is None else v

    @field_validator("high", mode="before")
    @classmethod
    def _none_high(cls, v: Any) -> Any:
        return INF if v is None else v

    @classmethod
    def point(cls, x: float) -> Interval:
        return cls(low=x, high=x)

    @classmethod
    def closed(cls, low: float, high: float) -> Interval:
        return cls(low=min(low, high), high=max(low, high))

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def width(self) -> float:
        return self.high - self.low

    @property
    def mid(self) -> float:
        if self.bounded:
            return (self.low + self.high) / 2
        return self.low if math.isfinite(self.low) else self.high

    def contains(self, x: float) -> bool:
        above = x > self.low if self.low_open else x >= self.low
        below = x < self.high if self.high_open else x <= self.high
        return above and below

    def overlaps(self, other: Interval) -> bool:
        """True when some real number lies in both intervals."""
        if self.low > other.high or other.low > self.high:
            return False
        if self.low == other.high and (self.low_open or other.high_open):
            return False
        return not (other.low == self.high and (other.low_open or self.high_open))

    def widen(self, rel: float = 0.0, abs_: float = 0.0) -> Interval:
        """Grow both ends by ``rel`` times the magnitude of the end plus ``abs_`` (a tolerance)."""
        lo = self.low - abs(self.low) * rel - abs_ if math.isfinite(self.low) else self.low
        hi = self.high + abs(self.high) * rel + abs_ if math.isfinite(self.high) else self.high
        return Interval(low=lo, high=hi, low_open=self.low_open, high_open=self.high_open)

    def scale(self, k: float) -> Interval:
        return self * Interval.point(k)

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            low=_add(self.low, other.low),
            high=_add(self.high, other.high),
            low_open=self.low_open or other.low_open,
            high_open=self.high_open or other.high_open,
        )

    def __neg__(self) -> Interval:
        return Interval(low=-self.high, high=-self.low, low_open=self.high_open, high_open=self.low_open)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        ends = [
            (_mul(a, b), ao or bo)
            for a, ao in ((self.low, self.low_open), (self.high, self.high_open))
            for b, bo in ((other.low, other.low_open), (other.high, other.high_open))
        ]
        lo = min(ends, key=lambda e: (e[0], e[1]))
        hi = max(ends, key=lambda e: (e[0], not e[1]))
        return Interval(low=lo[0], high=hi[0], low_open=lo[1], high_open=hi[1])

    def __truediv__(self, other: Interval) -> Interval:
        if other.contains(0.0):
            return Interval(low=-INF, high=INF)
        recip = Interval(
            low=_div(1.0, other.high),
            high=_div(1.0, other.low),
            low_open=other.high_open,
            high_open=other.low_open,
        )
        return self * recip

    def __str__(self) -> str:
        return format_interval(self)


def _add(a: float, b: float) -> float:
    s = a + b
    return 0.0 if math.isnan(s) else s


def _mul(a: float, b: float) -> float:
    if a == 0.0 or b == 0.0:
        return 0.0
    return a * b


def _div(a: float, b: float) -> float:
    if b == 0.0:
        return INF
    return a / b if math.isfinite(b) else 0.0


def format_number(x: float, sig: int = 4, rounding: str = "nearest") -> str:
    """Render a number the way a news editor writes it: thousands separators, about ``sig`` significant digits.

    ``rounding`` is ``nearest``, ``down`` or ``up`` (interval ends round outward so the range shown still contains
    the true range).
    """
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    digits = max(0, sig - 1 - math.floor(math.log10(abs(x)))) if x else 0
    scale = 10**digits
    if rounding == "down":
        x = math.floor(x * scale + 1e-9) / scale
    elif rounding == "up":
        x = math.ceil(x * scale - 1e-9) / scale
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    text = f"{x:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_interval(iv: Interval, unit: str = "") -> str:
    """``1,000–1,125 km²``, ``over 400``, ``at most 9`` or a single value when the ends meet."""
    suffix = f" {unit}" if unit else ""
    if iv.bounded and iv.low == iv.high:
        return f"{format_number(iv.low)}{suffix}"
    if not math.isfinite(iv.high) and math.isfinite(iv.low):
        word = "over" if iv.low_open else "at least"
        return f"{word} {format_number(iv.low)}{suffix}"
    if not math.isfinite(iv.low) and math.isfinite(iv.high):
        word = "under" if iv.high_open else "at most"
        return f"{word} {format_number(iv.high)}{suffix}"
    if not iv.bounded:
        return "any value"
    low, high = format_number(iv.low, rounding="down"), format_number(iv.high, rounding="up")
    return f"{low}–{high}{suffix}" if low != high else f"{low}{suffix}"
