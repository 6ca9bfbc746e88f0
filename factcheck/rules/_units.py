"""The rule language's unit helpers, on the project's one pint registry (:mod:`factcheck.units`).

Everything is cached: unit parsing and conversion factors are computed once per unit pair, so checks pay pint's
cost per distinct unit, not per quantity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import units
from factcheck.errors import RuleError

# Spellings news and rule writers use that pint does not know.
_ALIASES = {
    "%": "percent",
    "pct": "percent",
    "km²": "kilometer ** 2",
    "km2": "kilometer ** 2",
    "sq km": "kilometer ** 2",
    "square kilometers": "kilometer ** 2",
    "square kilometres": "kilometer ** 2",
    "mi²": "mile ** 2",
    "sq mi": "mile ** 2",
    "count": "dimensionless",
}


@lru_cache(maxsize=512)
def canonical_unit(text: str | None) -> str:
    """The canonical pint spelling of ``text`` ('km**2' → 'kilometer ** 2'); 'dimensionless' for None/count."""
    if text is None:
        return "dimensionless"
    key = re.sub(r"\s+", " ", text.strip())
    key = _ALIASES.get(key, _ALIASES.get(key.lower(), key))
    try:
        unit = units.unit(key)
    except Exception as exc:
        raise RuleError(f"unknown unit {text!r} ({type(exc).__name__})") from None
    return str(unit) or "dimensionless"


@lru_cache(maxsize=4096)
def factor(from_unit: str, to_unit: str) -> float | None:
    """Multiply a value in ``from_unit`` by this to express it in ``to_unit``; None if the dimensions differ."""
    if from_unit == to_unit:
        return 1.0
    try:
        return float(units.Q_(1.0, from_unit).to(units.unit(to_unit)).magnitude)
    except Exception:
        return None


@lru_cache(maxsize=512)
def multiply(a: str, b: str) -> str:
    return str(units.unit(a) * units.unit(b)) or "dimensionless"


@lru_cache(maxsize=512)
def divide(a: str, b: str) -> str:
    return str(units.unit(a) / units.unit(b)) or "dimensionless"


@lru_cache(maxsize=512)
def symbol(unit: str) -> str:
    """A short symbol for messages: 'kilometer ** 2' → 'km²', 'percent' → '%', dimensionless → ''."""
    if unit in ("dimensionless", ""):
        return ""
    try:
        return f"{units.unit(unit):~P}"
    except Exception:
        return unit


def with_unit(number: str, unit: str) -> str:
    """``number`` followed by the unit's symbol ('86%', '1,300 km²', '430')."""
    sym = symbol(unit)
    if not sym:
        return number
    return f"{number}{sym}" if sym == "%" else f"{number} {sym}"
