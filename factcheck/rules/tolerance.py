"""Rule tolerances: ``5%`` (relative), ``0.05`` (a fraction below 1: relative), ``2`` (absolute), ``2 km**2``.

A bare number below 1 is a relative fraction (``0.05`` = 5%); a bare number of 1 or more is absolute, in the unit of
the compared values; a number followed by a unit is absolute in that unit. The mapping form
``{relative: 0.05, absolute: 2}`` states both (both apply: the interval grows by the relative part, then the
absolute part).
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema

from factcheck.intervals import Interval
from factcheck.models import Model

_PERCENT = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$")
_NUMBER = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-z][\w\s*/^²³]*?)?\s*$")


class Tolerance(Model):
    """How far two values may differ and still count as the same: ``relative`` fraction plus ``absolute`` amount."""

    relative: float = Field(0.0, ge=0, description="fraction of the value's magnitude, 0.05 for 5%")
    absolute: float = Field(0.0, ge=0, description="absolute amount, in ``unit`` or the compared values' unit")
    unit: str | None = Field(None, description="unit of ``absolute`` (pint syntax); None: the values' unit")

    def widen(self, interval: Interval, factor: float = 1.0) -> Interval:
        """``interval`` grown by this tolerance (``absolute`` must already be in the interval's unit)."""
        if not self.relative and not self.absolute:
            return interval
        return interval.widen(rel=self.relative, abs_=self.absolute * factor)

    def __str__(self) -> str:
        parts = []
        if self.relative:
            parts.append(f"{self.relative * 100:g}%")
        if self.absolute:
            parts.append(f"{self.absolute:g}" + (f" {self.unit}" if self.unit else ""))
        return " + ".join(parts) or "0"


def parse_tolerance(value: Any) -> Any:
    """Accept ``'5%'``, ``0.05``, ``'0.05'``, ``2``, ``'2 km**2'`` or a mapping; anything else is a ValueError."""
    if isinstance(value, Tolerance | dict):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(f"expected a tolerance such as '5%', 0.05 or 2, got {value!r}")
    if isinstance(value, int | float):
        return _from_number(float(value), None, value)
    if isinstance(value, str):
        m = _PERCENT.match(value)
        if m:
            rel = float(m.group(1)) / 100
            if rel < 0:
                raise ValueError(f"a tolerance cannot be negative, got {value!r}")
            return Tolerance(relative=rel)
        m = _NUMBER.match(value)
        if m:
            return _from_number(float(m.group(1)), m.group(2) or None, value)
    raise ValueError(f"expected a tolerance such as '5%', 0.05 or 2, got {value!r}")


def _from_number(x: float, unit: str | None, raw: Any) -> Tolerance:
    if not math.isfinite(x) or x < 0:
        raise ValueError(f"a tolerance must be a finite number ≥ 0, got {raw!r}")
    if unit:
        from factcheck.rules._units import canonical_unit

        return Tolerance(absolute=x, unit=canonical_unit(unit))
    if x < 1:
        return Tolerance(relative=x)
    return Tolerance(absolute=x)


TOLERANCE_SCHEMA: dict[str, Any] = {
    "description": "'5%' (relative), 0.05 (a fraction below 1: relative), 2 (absolute), '2 km**2', "
    "or {relative: 0.05, absolute: 2}",
    "anyOf": [
        {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*(%|\s*[A-Za-z].*)?\s*$"},
        {"type": "number", "minimum": 0},
        {
            "type": "object",
            "properties": {
                "relative": {"type": "number", "minimum": 0},
                "absolute": {"type": "number", "minimum": 0},
                "unit": {"type": "string"},
            },
            "additionalProperties": False,
        },
    ],
}

ToleranceField = Annotated[Tolerance, BeforeValidator(parse_tolerance), WithJsonSchema(TOLERANCE_SCHEMA)]
