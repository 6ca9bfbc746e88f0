"""unit_conversion: a value and its conversion in brackets (or after "or") do not match.

What it flags: "26 miles (52 km)", "100°F (48°C)", "6 feet (2.4 meters)", "2 acres, or 1.2 hectares": the source
value converted with pint, with the rounding of both numbers (± half the last stated digit, a trailing zero
of the conversion read as rounding to that place: "40 km" is 35–45 km), hedges ("about 40 km") and the rule's
relative tolerance, does not overlap the stated conversion. Ambiguous units are tried in every reading
(US/imperial gallons, short, long and metric tons) and pass if any matches.
Why it matters: conversions are typed by hand and rarely re-checked when the first number is edited.
Flags: "The race covers 26 miles (52 km)."
Passes: "The race covers 26 miles (42 km)."
Parameters: tolerance (relative, default 0.01).
Known false positives: a bracketed number that is not a conversion but another measure of the same dimension
("a 10 km (6-mile) loop" passes; "the 5 km (the shorter 3 km route)" is not read: a word between breaks it).
Not tried: currencies ("$5 (€4.60)") — exchange rates change and no rate table is shipped, so they are never
checked; compound values ("5 ft 10 in"), ranges, conversions across sentences.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import Num, commit, fmt_iv, quote, scanned, skeleton
from factcheck.checks._registry import register_check
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.rules.base import RuleBase


class UnitConversionRule(RuleBase):
    type: Literal["unit-conversion"] = "unit-conversion"
    tolerance: float = Field(0.01, ge=0, description="relative slack on the converted value (0.01 = 1%)")


# Written unit → pint unit names (several: each reading is tried). Data; longest spellings first in the regex.
UNITS: dict[str, tuple[str, ...]] = {
    r"miles? per hour|mph": ("mile/hour",),
    r"kilomet(?:er|re)s? per hour|km/h|kph|kmh": ("kilometer/hour",),
    r"knots?": ("knot",),
    r"square miles?|sq\.? mi|mi²|mi2": ("mile**2",),
    r"square kilomet(?:er|re)s?|sq\.? km|km²|km2": ("kilometer**2",),
    r"square met(?:er|re)s?|sq\.? m|m²|m2": ("meter**2",),
    r"square f(?:ee|oo)t|sq\.? ft|ft²": ("foot**2",),
    r"acres?": ("acre",),
    r"hectares?|ha": ("hectare",),
    r"nautical miles?": ("nautical_mile",),
    r"miles?|mi": ("mile",),
    r"kilomet(?:er|re)s?|km": ("kilometer",),
    r"centimet(?:er|re)s?|cm": ("centimeter",),
    r"millimet(?:er|re)s?|mm": ("millimeter",),
    r"met(?:er|re)s?|m": ("meter",),
    r"f(?:ee|oo)t|ft": ("foot",),
    r"inch(?:es)?": ("inch",),
    r"yards?|yd": ("yard",),
    r"kilograms?|kilos?|kg": ("kilogram",),
    r"grams?|g": ("gram",),
    r"pounds?|lbs?": ("pound",),
    r"ounces?|oz": ("ounce",),
    r"stones?": ("stone",),
    r"metric tons?|tonnes?": ("metric_ton",),
    r"tons?": ("short_ton", "long_ton", "metric_ton"),
    r"lit(?:er|re)s?|l": ("liter",),
    r"gallons?|gal": ("gallon", "imperial_gallon"),
    r"°F|° F|degrees? Fahrenheit|F": ("degF",),
    r"°C|° C|degrees? Celsius|degrees? centigrade|C": ("degC",),
}
_UNIT_RE = "|".join(f"(?:{k})" for k in UNITS)
_HEDGE = r"(?:about |around |roughly |some |nearly |almost |approximately |approx\. |~ ?)?"
_PATTERN = re.compile(
    rf"⟨(?P<v>\d+)⟩[ -]?(?P<u1>{_UNIT_RE})\b(?:(?P<paren> ?\({_HEDGE})|,? or {_HEDGE})"
    rf"[-−]?⟨(?P<c>\d+)⟩[ -]?(?P<u2>{_UNIT_RE})"
    r"(?:\b|(?<=[²°]))(?P<close>\)?)"
)
_COMPILED = [(re.compile(rf"(?:{k})$"), v) for k, v in UNITS.items()]


def _pint_units(written: str) -> tuple[str, ...]:
    for pattern, names in _COMPILED:
        if pattern.match(written):
            return names
    return ()


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


def _rounding(n: Num, zeros: bool) -> float:
    """Half the last stated digit; with ``zeros``, a trailing zero of an integer is rounding to that place."""
    if n.decimals:
        return 0.5 * 10.0 ** (-n.decimals)
    v = abs(int(n.value))
    place = 1
    while zeros and v and v % 10 == 0 and place < 1000:
        v //= 10
        place *= 10
    half: float = 0.5 * place
    return half


def _convert(iv: Interval, src: str, dst: str) -> Interval | None:
    ureg = _registry()
    try:
        lo = ureg.Quantity(iv.low, src).to(dst).magnitude
        hi = ureg.Quantity(iv.high, src).to(dst).magnitude
    except Exception:  # incompatible dimensions or an unknown unit
        return None
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return None
    return Interval.closed(float(lo), float(hi))


def _signed(text: str, n: Num) -> float:
    """The value with a minus sign written right before it ("-4°F")."""
    before = text[max(0, n.hstart - 1) : n.hstart]
    return -n.value if before in ("-", "−") and (n.hstart < 2 or text[n.hstart - 2] in " (") else n.value


@register_check(UnitConversionRule, requires={"sentences"})
def check(rule: UnitConversionRule, facts: FactBase) -> Iterator[Verdict]:
    for doc, _ in facts.checked():
        for sent in scanned(facts).get(doc.id, []):
            if len(sent.nums) < 2:
                continue
            skel = skeleton(sent.text, sent.nums)
            for m in _PATTERN.finditer(skel):
                if m.group("paren") and not m.group("close"):
                    continue
                v, c = sent.nums[int(m.group("v"))], sent.nums[int(m.group("c"))]
                if v.is_share or c.is_share or v.year or c.year:
                    continue
                sources, targets = _pint_units(m.group("u1")), _pint_units(m.group("u2"))
                if not sources or not targets or set(sources) & set(targets):
                    continue
                verdict = _verdict(rule, facts, doc.id, sent.offset, sent.text, v, c, m, sources, targets)
                if verdict is not None:
                    yield verdict


def _verdict(
    rule: UnitConversionRule,
    facts: FactBase,
    doc: str,
    off: int,
    text: str,
    v: Num,
    c: Num,
    m: re.Match[str],
    sources: tuple[str, ...],
    targets: tuple[str, ...],
) -> Verdict | None:
    vv, cv = _signed(text, v), _signed(text, c)
    source = commit(vv, _rounding(v, zeros=False), v.hedge)
    stated = commit(cv, _rounding(c, zeros=True), c.hedge).widen(rel=rule.tolerance)
    converted: list[Interval] = []
    for src in sources:
        for dst in targets:
            got = _convert(source, src, dst)
            if got is not None:
                converted.append(got)
    if not converted:
        return None
    start, end = v.hstart, c.end + len(m.group("u2")) + len(m.group("close"))
    end = min(end, len(text))
    evidence = [quote(facts, doc, off + start, off + end, role="stated")]
    exact = _convert(Interval.point(vv), sources[0], targets[0])
    shown_exact = fmt_iv(exact) if exact else "?"
    u1, u2 = m.group("u1"), m.group("u2")
    v_text = f"-{v.text}" if vv < 0 else v.text
    c_text = f"-{c.shown}" if cv < 0 else c.shown
    values = {"converted": converted[0], "stated": stated}
    if any(iv.overlaps(stated) for iv in converted):
        return ok(f"{v_text} {u1} is {shown_exact} {u2}, matching {c_text} {u2}", evidence, **values)
    return fail(f"{v_text} {u1} is {shown_exact} {u2}, not {c_text} {u2}", evidence, **values)
