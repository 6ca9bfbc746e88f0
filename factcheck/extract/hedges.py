"""Hedges and vague amounts as data (``factcheck/tables/hedges.yaml``), and the intervals they give a number.

``interval`` is the agreement reading used to compare two statements, ``bounds`` the strict logical reading
(DESIGN "Numbers are intervals"): "over 400" → (400, 600] and (400, ∞). A number with no hedge commits to itself,
or, for percentages and decimals, to ± half its last stated digit ("86%" → [85.5, 86.5]).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from factcheck import yamlfast
from factcheck.intervals import INF, Interval


@dataclass(frozen=True)
class HedgeRule:
    """One row of the hedge table: ``interval``/``bounds`` ends are multiples of N (None: unbounded)."""

    phrases: tuple[str, ...]
    after: tuple[str, ...]
    interval: tuple[float | None, float | None]
    bounds: tuple[float | None, float | None]
    open: tuple[bool, bool]
    zero_low: bool
    direction: str


@dataclass(frozen=True)
class HedgeTable:
    rules: tuple[HedgeRule, ...]
    by_phrase: dict[str, HedgeRule]
    by_after: dict[str, HedgeRule]
    vague: dict[str, tuple[float, float]]


def _pair(raw: Any, where: str) -> tuple[float | None, float | None]:
    if not (isinstance(raw, list) and len(raw) == 2):
        raise ValueError(f"hedges.yaml: {where}: expected [low, high], got {raw!r}")
    return (None if raw[0] is None else float(raw[0]), None if raw[1] is None else float(raw[1]))


def parse_table(data: dict[str, Any]) -> HedgeTable:
    """Validate and index a hedge table (the shape of ``tables/hedges.yaml``)."""
    unknown = set(data) - {"hedges", "vague"}
    if unknown:
        raise ValueError(f"hedges.yaml: unknown keys {sorted(unknown)}; allowed: hedges, vague")
    rules: list[HedgeRule] = []
    by_phrase: dict[str, HedgeRule] = {}
    by_after: dict[str, HedgeRule] = {}
    for i, row in enumerate(data.get("hedges") or []):
        extra = set(row) - {"phrases", "after", "interval", "bounds", "open", "zero_low", "direction"}
        if extra:
            raise ValueError(f"hedges.yaml: hedges[{i}]: unknown keys {sorted(extra)}")
        interval = _pair(row["interval"], f"hedges[{i}].interval")
        opened = row.get("open", [False, False])
        rule = HedgeRule(
            phrases=tuple(str(p).lower() for p in row.get("phrases", [])),
            after=tuple(str(p).lower() for p in row.get("after", [])),
            interval=interval,
            bounds=_pair(row["bounds"], f"hedges[{i}].bounds") if "bounds" in row else interval,
            open=(bool(opened[0]), bool(opened[1])),
            zero_low=bool(row.get("zero_low", False)),
            direction=str(row.get("direction", "~")),
        )
        rules.append(rule)
        for p in rule.phrases:
            by_phrase.setdefault(p, rule)
        for p in rule.after:
            by_after.setdefault(p, rule)
    vague: dict[str, tuple[float, float]] = {}
    for i, row in enumerate(data.get("vague") or []):
        lo, hi = _pair(row["interval"], f"vague[{i}].interval")
        if lo is None or hi is None:
            raise ValueError(f"hedges.yaml: vague[{i}].interval: both ends are required")
        for p in row["phrases"]:
            vague.setdefault(str(p).lower(), (lo, hi))
    return HedgeTable(tuple(rules), by_phrase, by_after, vague)


@functools.cache
def load_table() -> HedgeTable:
    """The packaged hedge table (loaded and validated once)."""
    text = resources.files("factcheck").joinpath("tables/hedges.yaml").read_text(encoding="utf-8")
    return parse_table(yamlfast.safe_load(text))


def normalize_hedge(hedge: str) -> str:
    return " ".join(hedge.lower().split())


def hedge_rule(hedge: str | None) -> HedgeRule | None:
    """The table row for a hedge as written (before or after the number), or None."""
    if not hedge:
        return None
    table = load_table()
    key = normalize_hedge(hedge)
    return table.by_phrase.get(key) or table.by_after.get(key)


def half_unit(decimals: int, scale: float = 1.0) -> float:
    """Half the last stated digit: 86 → 0.5, 7.2 (billion) → 0.05e9."""
    return 0.5 * 10.0 ** (-decimals) * scale


def hedge_interval(
    value: float,
    hedge: str | None = None,
    decimals: int = 0,
    *,
    value_high: float | None = None,
    rounded: bool | None = None,
    scale: float = 1.0,
) -> tuple[Interval, Interval]:
    """``(interval, bounds)`` for ``value`` (or the range ``value``–``value_high``) written with ``hedge``.

    ``rounded`` (default: ``decimals > 0``) widens the stated number by half its last digit, as for percentages
    and decimals; ``scale`` is the magnitude word's factor ("7.2 billion": decimals 1, scale 1e9).
    """
    hi_value = value if value_high is None else value_high
    if rounded is None:
        rounded = decimals > 0
    h = half_unit(decimals, scale) if rounded else 0.0
    stated = Interval.closed(value - h, hi_value + h)
    rule = hedge_rule(hedge)
    if rule is None:
        return stated, stated
    interval = _apply(rule, rule.interval, value, hi_value)
    bounds = _apply(rule, rule.bounds, value, hi_value)
    if rule.direction == "~" and h:
        interval = hull(interval, stated)
        bounds = hull(bounds, stated)
    return interval, bounds


def _apply(rule: HedgeRule, factors: tuple[float | None, float | None], lo_v: float, hi_v: float) -> Interval:
    f_lo, f_hi = factors
    if lo_v < 0 and hi_v <= 0:  # a negative number: the factors apply to the magnitude
        lo = -INF if f_hi is None else f_hi * lo_v
        hi = INF if f_lo is None else f_lo * hi_v
        return Interval(low=lo, high=hi, low_open=rule.open[1], high_open=rule.open[0])
    lo = -INF if f_lo is None else f_lo * lo_v
    hi = INF if f_hi is None else f_hi * hi_v
    if rule.zero_low:
        lo = min(0.0, lo)
    return Interval(low=lo, high=hi, low_open=rule.open[0] and not rule.zero_low, high_open=rule.open[1])


def hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval holding ``a`` and ``b`` (open ends kept where both agree)."""
    lo, lo_open = (a.low, a.low_open) if a.low < b.low else (b.low, b.low_open and a.low_open)
    hi, hi_open = (a.high, a.high_open) if a.high > b.high else (b.high, b.high_open and a.high_open)
    return Interval(low=lo, high=hi, low_open=lo_open, high_open=hi_open)


def vague_interval(phrase: str) -> Interval | None:
    """The interval of a vague amount ("a few" → [2, 9]), or None when the phrase is not in the table."""
    pair = load_table().vague.get(normalize_hedge(phrase))
    if pair is None:
        return None
    return Interval.closed(pair[0], pair[1])


def direction(hedge: str | None) -> str | None:
    """The hedge's direction ("~", ">", "<") or None for no or unknown hedge."""
    rule = hedge_rule(hedge)
    return rule.direction if rule else None


def is_finite(x: float) -> bool:
    return math.isfinite(x)
