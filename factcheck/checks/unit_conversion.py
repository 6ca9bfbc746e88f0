"""unit_conversion: a value and its conversion in brackets (or after "or") do not match.

What it flags: "26 miles (52 km)", "100°F (48°C)", "6 feet (2.4 meters)", "2 acres, or 1.2 hectares": the source
value converted with pint, with the rounding of both numbers (± half the last stated digit, a trailing zero
of the conversion read as rounding to that place: "40 km" is 35–45 km; a temperature's to five degrees at most:
"(40C)" is 37.5–42.5C, so "95F (40C)" is flagged: 35C), hedges ("about 40 km") and the rule's
relative tolerance, does not overlap the stated conversion. Ambiguous units are tried in every reading
(US/imperial gallons, short, long and metric tons) and pass if any matches.
Hedges: the written numbers are compared ("over 13.1 miles (21 km)", "about 520 miles (837 km)"), since the bracket
converts the number and the hedge holds for both; a hedged source is read as rounded to its last non-zero digit
("about 520" is 515–525, "about 500" 450–550).
Why it matters: conversions are typed by hand and rarely re-checked when the first number is edited.
Flags: "The race covers 26 miles (52 km)."
Passes: "The race covers 26 miles (42 km)."
Parameters: tolerance (relative, default 0.01).
"in" is inches only glued to its number inside a pair ("120mm (4.7in)"), never "10 in (25 cm)"; compound
heights ("6ft 2in (1.88m)") are not tried.
A bare "degrees" (or "°"), an angle elsewhere, converted in brackets to Celsius or Fahrenheit is a temperature in
the other scale ("94 degrees (34 Celsius)" is Fahrenheit; "a 45 degrees slope", "turned 180 degrees" stay angles and
are never compared); a bracket in the same scale that matches as written ("30 degrees (30C)") names the scale and is
not checked.
Temperatures whose pair matches once a sign is flipped pass: the sign may be in words the scan does not read
("10 degrees below zero (14F)"); so do temperature differences near a word of change ("warmed by 1.5C (2.7F)",
× 9/5 without the 32).
A unit of two words may be hyphenated before its noun ("a 9,300-square-metre (100,000-square-foot) library").
Known false positives: a bracketed number that is not a conversion but another measure of the same dimension
("a 10 km (6-mile) loop" passes; "the 5 km (the shorter 3 km route)" is not read: a word between breaks it).
Currencies ("$5 (€4.60)") are checked only at a rate the article itself states ("($1 = 10.5400 Swedish crowns)",
"converted at ¥148 to the dollar", "Sterling was little changed at $1.32"): exchange rates change and no rate table
is shipped (see ``_currency_pairs``). An amount in lakh or crore restated right after it in brackets in millions or
billions, or the other way round, in the same currency or none ("₹640 crore (₹6.4 billion)", "6.12 lakh units
(612,000)"), is the same amount: no rate is needed.
A plain conversion's trailing zeros round it to a place whose half is at most an eighth of the number ("40 km" is
35–45 km, "1,000 m" 950–1,050 m, but "10 hectares" 9.5–10.5: "12 acres (10 hectares)" is flagged); a hedged one
("about 10 hectares") and a temperature keep their rounding. A rate per period may follow the unit ("4 million gallons
a day (about 25 million litres)"): the conversion is per the same period, or names none.
Not tried: compound values ("5 ft 10 in"), hedged ranges, conversions across sentences.
A measure joined to its number by a hyphen may qualify a noun of one or two words before its bracket ("a 33-hectare
site (about 82 acres)"); without the hyphen a word between breaks the pair ("40 miles east (64 km)").
A measure of something may be restated after ", or" and a hedge ("410 mm of rain in July, or roughly 16 inches"):
up to four words after "of"; without the comma and the hedge "or" is an alternative ("30 km of cable or 12 miles of
pipe"), never checked.
Dimensions "A by B" restated as "C by D" (", or roughly 4 feet by 8 feet") pair in order, A with C and B with D; one
verdict for both.
A range and its converted range ("900 to 1,200 miles (1,450 to 1,930 km)", "10-12 mile (16-19 km)") compare end with
end; one verdict per range.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any, Literal

from pydantic import Field

from factcheck import units, yamlfast
from factcheck.checks import _currency_pairs
from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import Num, SentenceNums, fmt_iv, hedge_alternation, numbered_sentences, quote
from factcheck.checks._registry import register_check
from factcheck.extract._gate import alternation
from factcheck.extract.hedges import hedge_interval
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.rules.base import RuleBase


class UnitConversionRule(RuleBase):
    type: Literal["unit-conversion"] = "unit-conversion"
    tolerance: float = Field(0.01, ge=0, description="relative slack on the converted value (0.01 = 1%)")


# Unit spellings come from tables/units.yaml (the project's one list), for these dimensions only.
DIMENSIONS = frozenset({"length", "area", "volume", "mass", "speed", "temperature"})
# A unit whose name covers several units: each reading is tried (pint's "ton" is the short ton).
READINGS: dict[str, tuple[str, ...]] = {
    "ton": ("short_ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
}
# Spellings units.yaml leaves out because they are ordinary words or letters elsewhere, unambiguous in
# "N stone (M kg)" and "100F (38C)"; matched exactly as written.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "stone": ("stone", "stones"),
    "degree_Fahrenheit": ("F",),
    "degree_Celsius": ("C",),
    "inch": ("in",),  # only glued to its number ("120mm (4.7in)"): see _GLUED_ONLY
    "degree": ("degrees", "degree", "°"),  # an angle, a temperature only beside one: see _BARE_DEGREES
}
# A bare "degrees" (the angle of units.yaml) converted in brackets to a temperature scale is a temperature in the
# other scale: "94 degrees (34 Celsius)" is Fahrenheit, "30 degrees (86F)" Celsius. A bracket in the same scale that
# matches as written restates it ("30 degrees (30C)"): not a conversion, not checked.
_OTHER_SCALE = {"degree_Celsius": "degree_Fahrenheit", "degree_Fahrenheit": "degree_Celsius"}
_COMPOUND_BEFORE = re.compile(r"⟨\d+⟩ ?(?:ft|feet|foot|st|stone|lb|lbs|m|metres?|meters?)\s?$")
# Forms that are also ordinary words: read as units only when glued to the number ("3in", never "3 in").
_GLUED_ONLY = frozenset({"in"})
# The end of an aside between dashes: the closing dash, or the sentence's end.
_DASH_CLOSED = re.compile(r" [—–]|[.!?]?$")


# What every match of the _lexicon() pattern contains (units and hedges hold no "⟨"): a cheap test first.
_MAYBE_CONVERSION = re.compile(r"⟨\d+⟩[^⟨]*?(?:\(| or | [—–] )[^⟨]*?⟨\d+⟩")


@functools.cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """The unit pattern, and written form → pint unit for words (lower case) and abbreviations (as written)."""
    data: dict[str, Any] = yamlfast.safe_load(
        resources.files("factcheck").joinpath("tables/units.yaml").read_text(encoding="utf-8")
    )
    words: dict[str, str] = {}
    abbrs: dict[str, str] = {}
    for name, forms in data["units"].items():
        if units.dimension_of(name) not in DIMENSIONS:
            continue
        canonical = units.canonical_unit(name)
        for w in forms.get("words", []):
            words.setdefault(" ".join(str(w).lower().split()), canonical)
            # a unit of two words hyphenated before a noun: "a 9,300-square-metre (100,000-square-foot) library"
            words.setdefault("-".join(str(w).lower().split()), canonical)
        for ab in forms.get("abbr", []):
            abbrs.setdefault(str(ab), canonical)
    for name, forms in EXTRA_FORMS.items():
        for ab in forms:
            abbrs.setdefault(ab, units.canonical_unit(name))

    def alt(forms: list[str]) -> str:
        return alternation(forms)  # longest first, as a prefix tree (the same matches, found faster)

    written = rf"(?:(?i:{alt(list(words))})|{alt(list(abbrs))})(?![A-Za-z0-9])"
    hedge = rf"(?:(?:{hedge_alternation()})\s*)?"
    pattern = re.compile(
        # (a measure joined to its number by a hyphen may qualify a noun before the bracket: "a 33-hectare site
        # (82 acres)")
        # (a rate per period may follow the unit: "4 million gallons a day (15 million litres)", _PER_PERIOD)
        rf"⟨(?P<v>\d+)⟩[ -]?(?P<u1>{written})(?:(?P<rate>{_PER_PERIOD})|(?P<noun>(?: [a-z]+){{1,2}}))?"
        rf"(?P<of> of(?: [A-Za-z]+){{1,4}})?"
        # (or between dashes, an aside: "a 52-yard field goal — about 48 metres — on the last play")
        rf"(?:(?P<paren> ?\({hedge})|(?P<dash> [—–] {hedge})|(?P<orr>,? or ){hedge})"
        rf"(?:[-−]|minus )?⟨(?P<c>\d+)⟩[ -]?(?P<u2>{written})(?P<close>\)?)"
        # a range and its converted range: "900 to 1,200 miles (1,450 to 1,930 km)", "10-12 mile (16-19 km)"
        rf"|⟨(?P<v1>\d+)⟩{_TO}⟨(?P<v2>\d+)⟩[ -]?(?P<r1>{written}) ?\({hedge}⟨(?P<c1>\d+)⟩{_TO}⟨(?P<c2>\d+)⟩[ -]?"
        rf"(?P<r2>{written})\)"
    )
    return pattern, words, abbrs


_TO = r"(?: to | and |-|–| – )"
# A rate's period after its unit ("gallons a day", "tonnes per year"): both sides of the pair are per that period.
_PER_PERIOD = r" (?:a|an|per|each) (?:second|minute|hour|day|week|month|year)\b"
_PERIOD_AFTER = re.compile(r"\)?" + _PER_PERIOD.replace("(?:a|an", "(?:a|an|every", 1))
# The precious metals, weighed in troy ounces: "5,000 ounces (156kg) of gold" is 31.1 g an ounce, not 28.3 g.
_PRECIOUS = re.compile(r"(?i)\b(?:gold|silver|platinum|palladium|bullion)\b")


def _troy(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("troy_ounce" if n == "ounce" else n for n in names)


def _pint_units(written: str) -> tuple[str, ...]:
    """Every pint unit a written unit may mean ("tons": short, long and metric)."""
    _, words, abbrs = _lexicon()
    name = abbrs.get(written) or words.get(" ".join(written.lower().split()))
    if name is None:
        return ()
    return READINGS.get(name, (name,))


def _committed(n: Num, value: float, zeros: bool, hedged: bool = True, top: int = 1000) -> Interval:
    """The strict reading (hedges as bounds, unless not ``hedged``) of ``value`` ± half its last stated digit; with
    ``zeros``, a trailing zero of an integer is rounding to that place ("40 km" is 35–45 km), at most to ``top``
    (a temperature is rounded to five degrees at most: "40C" is 37.5–42.5, never 35)."""
    digits = _DIGITS.match(n.text)
    written = float(digits.group(0).replace(",", "")) if digits else n.value
    # "2.8bn": the last stated digit is a hundred million; a source's whole "2 million" is read as written
    magnitude = n.value / written if written and (zeros or n.decimals) else 1.0
    place = 1
    v = abs(int(written))
    while zeros and not n.decimals and v and v % 10 == 0 and place < 1000:
        v //= 10
        place *= 10
    place = min(place, top)
    _, bounds = hedge_interval(value, n.hedge if hedged else None, n.decimals, rounded=True, scale=place * magnitude)
    return bounds


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def _coarsest_place(n: Num) -> int:
    """The coarsest place a plain conversion's trailing zeros may round to: half of it at most an eighth of the
    number ("40 km" may be 35–45 km, "1,000 m" 950–1,050 m, but "10 hectares" is 9.5–10.5, never 5–15); a hedged
    one ("about 10 hectares") keeps every trailing zero."""
    digits = _DIGITS.match(n.text)
    written = abs(float(digits.group(0).replace(",", ""))) if digits else abs(n.value)
    if n.hedge is not None:
        return 1000
    place = 1
    while place < 1000 and 40 * place <= written:
        place *= 10
    return place


def _convert(iv: Interval, src: str, dst: str) -> Interval | None:
    if not (math.isfinite(iv.low) and math.isfinite(iv.high)):
        return None
    if iv.low == 0 or iv.high == 0:  # (0.0 and -0.0 are one key to a cache: not cached)
        got = _convert_ends.__wrapped__(iv.low, iv.high, src, dst)
    else:
        got = _convert_ends(iv.low, iv.high, src, dst)
    if got is None:
        return None
    lo, hi = got
    return Interval.closed(lo, hi) if math.isfinite(lo) and math.isfinite(hi) else None


@functools.lru_cache(maxsize=4096)
def _convert_ends(low: float, high: float, src: str, dst: str) -> tuple[float, float] | None:
    """pint's conversion of both ends (each pint conversion builds quantities: the same conversion is made once)."""
    try:
        return units.convert_interval(low, high, src, dst)
    except Exception:  # incompatible dimensions or an unknown unit
        return None


_MINUS_WORD = re.compile(r"(?i)(?:^|(?<=[\s(]))minus\s+$")


def _signed(text: str, n: Num) -> float:
    """The value with a minus sign or the word "minus" written right before it ("-4°F", "minus 10C")."""
    before = text[max(0, n.hstart - 1) : n.hstart]
    if before in ("-", "−") and (n.hstart < 2 or text[n.hstart - 2] in " ("):
        return -n.value
    return -n.value if _MINUS_WORD.search(text, max(0, n.hstart - 8), n.hstart) else n.value


@register_check(UnitConversionRule, requires={"sentences"}, scope="document")
def check(rule: UnitConversionRule, facts: FactBase) -> Iterator[Verdict]:
    yield from _currency_pairs.conversions(facts)  # currencies, only at a rate the article states
    for _, sent, skel in numbered_sentences(facts, 2):
        if not _MAYBE_CONVERSION.search(skel):
            continue  # no "N unit (M unit)" or "N unit or M unit": spares building the unit tables (pint)
        for m in _lexicon()[0].finditer(skel):
            if m.group("v1") is not None:
                yield from _range(rule, facts, sent, m)
                continue
            dims = _dimensions(skel, m)
            if dims is not None:
                yield from _dimension_pairs(rule, facts, sent, m, dims)
                continue
            if m.group("paren") and not m.group("close"):
                continue
            if m.group("dash") and not _DASH_CLOSED.match(skel, m.end()):
                continue  # "a 26-mile trail — 42 km of it paved": only a closed aside restates the measure
            if m.group("noun") and (skel[m.start("u1") - 1] != "-" or not (m.group("paren") or m.group("dash"))):
                continue  # "40 miles east (…)": only a hyphenated measure qualifies a noun ("a 40-mile trail (…)")
            if any(m.group(u) in _GLUED_ONLY and skel[m.start(u) - 1] != "⟩" for u in ("u1", "u2")):
                continue  # "rose 5 in (…)": the preposition
            if _COMPOUND_BEFORE.search(skel, 0, m.start()):
                continue  # "6ft 2in (1.88m)": a compound value, not tried
            if m.group("rate") and not _same_period(skel, m):
                continue  # "4 million gallons a day (90 million litres a week)": two periods, not tried
            v, c = sent.nums[int(m.group("v"))], sent.nums[int(m.group("c"))]
            if v.is_share or c.is_share or v.year or c.year:
                continue
            if m.group("of") and not _restated_after_comma(m, c):
                continue  # "410 mm of rain in July, or roughly 16 inches": only a hedged restatement after ", or"
            end = _unit_end(sent.text, c.end, m.group("u2"), bool(m.group("close")))
            written = (m.group("u1"), m.group("u2"))
            minus = _MINUS_WORD.search(sent.text, max(0, v.hstart - 8), v.hstart)
            start = minus.start() if minus else v.hstart  # "minus 320 degrees Fahrenheit (…)": the sign is quoted
            verdict = _verdict(
                rule, facts, sent, (v, c), written, (start, end), paren=bool(m.group("paren") or m.group("dash"))
            )
            if verdict is not None:
                yield verdict


# "1.2 metres by 2.5 metres, or roughly 4 feet by 8 feet": dimensions "A by B" restated as "C by D" pair in order (A
# with C, B with D), never B with C; the first side's unit may be written once ("1.2 by 2.5 metres").
_BY_BEFORE = re.compile(r"⟨(?P<a>\d+)⟩(?:[ -]?[A-Za-z°]+)? (?:by|x|×) $")
_BY_AFTER = re.compile(r" (?:by|x|×) ⟨(?P<d>\d+)⟩")


def _same_period(skel: str, m: re.Match[str]) -> bool:
    """A rate's conversion is per the same period, or names none ("gallons a day (about 25 million litres)")."""
    after = _PERIOD_AFTER.match(skel, m.end())
    return after is None or after.group(0).split()[-1] == m.group("rate").split()[-1]


def _dimensions(skel: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The indices of the first dimension of each side when a matched pair stands between two "A by B" sides, or
    None."""
    before = _BY_BEFORE.search(skel, 0, m.start())
    after = _BY_AFTER.match(skel, m.end("u2"))
    return (int(before.group("a")), int(after.group("d"))) if before and after else None


def _dimension_pairs(
    rule: UnitConversionRule, facts: FactBase, sent: SentenceNums, m: re.Match[str], dims: tuple[int, int]
) -> Iterator[Verdict]:
    """Each dimension of "A by B" against the same one of its restated "C by D"; one verdict: the first that does not
    match, else the first's confirmation."""
    a, d = sent.nums[dims[0]], sent.nums[dims[1]]
    b, c = sent.nums[int(m.group("v"))], sent.nums[int(m.group("c"))]
    if any(n.is_share or n.year for n in (a, b, c, d)):
        return
    written = (m.group("u1"), m.group("u2"))
    span = (a.hstart, _unit_end(sent.text, d.end, m.group("u2"), bool(m.group("paren"))))
    verdicts = [
        _verdict(rule, facts, sent, pair, written, span, paren=bool(m.group("paren") or m.group("dash")))
        for pair in ((a, c), (b, d))
    ]
    found = [v for v in verdicts if v is not None]
    if len(found) == 2:
        yield next((v for v in found if not v.held), found[0])


def _restated_after_comma(m: re.Match[str], conversion: Num) -> bool:
    """Whether a measure of something ("N unit of rain") is restated after ", or" and a hedge ("…, or about M unit"),
    the way a conversion follows what it converts."""
    return bool(m.group("orr") and m.group("orr").startswith(",") and conversion.hedge and not m.group("noun"))


def _unit_end(text: str, at: int, unit: str, close: bool) -> int:
    """Where the unit written after a number ending at ``at`` ends (with its closing bracket)."""
    form = r"[ -]?" + re.escape(unit).replace(r"\ ", r"\s+") + (r"\)" if close else "")
    m = re.compile(form).match(text, at)
    return m.end() if m else min(at + len(unit), len(text))


def _range(rule: UnitConversionRule, facts: FactBase, sent: SentenceNums, m: re.Match[str]) -> Iterator[Verdict]:
    """Each end of a range against the same end of its converted range; one verdict: the first end that does not
    match, else the low end's confirmation."""
    ends = [sent.nums[int(m.group(g))] for g in ("v1", "v2", "c1", "c2")]
    if any(n.is_share or n.year or n.hedge for n in ends) or ends[0].value >= ends[1].value:
        return
    start = ends[0].hstart
    end = _unit_end(sent.text, ends[3].end, m.group("r2"), True)
    written = (m.group("r1"), m.group("r2"))
    verdicts = [_verdict(rule, facts, sent, (ends[i], ends[i + 2]), written, (start, end)) for i in (0, 1)]
    found = [v for v in verdicts if v is not None]
    if len(found) == 2:
        yield next((v for v in found if not v.held), found[0])


def _verdict(
    rule: UnitConversionRule,
    facts: FactBase,
    sent: SentenceNums,
    pair: tuple[Num, Num],
    written: tuple[str, str],
    span: tuple[int, int],
    paren: bool = True,
) -> Verdict | None:
    """The value ``pair[0]`` written in unit ``written[0]`` against its conversion ``pair[1]`` in ``written[1]``
    (``paren``: in brackets); evidence: ``span`` of the sentence."""
    v, c = pair
    u1, u2 = written
    sources, targets = _pint_units(u1), _pint_units(u2)
    if _PRECIOUS.search(sent.text):  # gold and silver are weighed in troy ounces (31.1 g), which "ounces" means there
        sources, targets = _troy(sources), _troy(targets)
    bare = sources == ("degree",) and len(targets) == 1 and targets[0] in _OTHER_SCALE and bool(paren)
    if bare:
        sources = (_OTHER_SCALE[targets[0]],)
    if not sources or not targets or set(sources) & set(targets):
        return None
    text = sent.text
    vv, cv = _signed(text, v), _signed(text, c)
    # The bracket converts the number written, and a hedge holds for both ("over 13.1 miles (21km)", "about 520
    # miles (837 km)"): the written numbers are compared, a hedged one read as rounded ("about 520" is 515–525).
    temperature = any(t.startswith("degree_") for t in targets)
    top = 5 if temperature else 1000
    source = _committed(v, vv, zeros=bool(v.hedge), hedged=False, top=top)
    stated_top = top if temperature else _coarsest_place(c)  # a temperature's own rounding: five degrees at most
    stated = _committed(c, cv, zeros=True, hedged=False, top=stated_top).widen(rel=rule.tolerance)
    if bare and source.overlaps(stated):
        return None  # "30 degrees (30C)": the bracket names the scale, it converts nothing
    if bare:
        u1 = f"{u1} (read as {sources[0].removeprefix('degree_')})"
    converted: list[Interval] = []
    for src in sources:
        for dst in targets:
            got = _convert(source, src, dst)
            if got is not None:
                converted.append(got)
    if not converted:
        return None
    start, end = span[0], min(span[1], len(text))
    evidence = [quote(facts, sent.doc, sent.offset + start, sent.offset + end, role="stated")]
    exact = _convert(Interval.point(vv), sources[0], targets[0])
    shown_exact = fmt_iv(exact) if exact else "?"
    v_text = f"-{v.text}" if vv < 0 else v.text
    c_text = f"-{c.shown}" if cv < 0 else c.shown
    values = {"converted": converted[0], "stated": stated}
    if any(iv.overlaps(stated) for iv in converted):
        return ok(f"{v_text} {u1} is {shown_exact} {u2}, matching {c_text} {u2}", evidence, **values)
    if _sign_lost(sources, targets, vv, cv, source, stated):
        return ok(f"{v_text} {u1} and {c_text} {u2} match once a sign is flipped", evidence, **values)
    if (
        not _reading(text, start, end)
        and _CHANGE_WORDS.search(text, max(0, start - 40), min(len(text), end + 30))
        and _as_difference(sources, targets, source, stated)
    ):
        return ok(f"{v_text} {u1} and {c_text} {u2} match as a temperature difference", evidence, **values)
    return fail(f"{v_text} {u1} is {shown_exact} {u2}, not {c_text} {u2}", evidence, **values)


# Words that make a temperature a difference ("warmed by 1.5C", "2C above normal", "1.5C of warming").
_CHANGE_WORDS = re.compile(
    r"(?i)\b(?:warm\w*|cool\w*|hott?er|colder|above|below|higher|lower|ris(?:e|es|en|ing)|rose|f[ae]ll\w*|drop\w*|"
    r"increas\w*|decreas\w*|differen\w*|chang\w*|exceed\w*|by|up|down)\b"
)


# A temperature after "at" or "to" is a reading ("put its surface temperature at about -75C (-103F), cold by Earth
# standards"), unless a word of comparison follows the pair ("rose to 2C (3.6F) above the pre-industrial average").
_AT_OR_TO = re.compile(
    r"(?i)\b(?:at|to)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|an estimated|minus|just)\s+)*"
    r"[-−–]?\s*$"
)
_COMPARED_AFTER = re.compile(
    r"(?i)\s*(?:degrees?\s+)?(?:above|below|warmer|colder|hotter|cooler|higher|lower|more|less|over|under"
    r"|of\s+(?:global\s+)?(?:warming|cooling|heating))\b"
)
# The pair starts at its number or an adverb hedge, not a verb ("the first year to exceed 1.5C (2.7F) of warming").
_READING_START = re.compile(
    r"(?i)(?:about|around|roughly|some|nearly|almost|approximately|an estimated|minus|just|[-−–\d])"
)


def _reading(text: str, start: int, end: int) -> bool:
    """Whether the temperature pair at ``start``–``end`` is a reading, never a difference (see ``_AT_OR_TO``)."""
    return (
        bool(_READING_START.match(text, start))
        and bool(_AT_OR_TO.search(text, max(0, start - 40), start))
        and not _COMPARED_AFTER.match(text, end)
    )


def _as_difference(sources: tuple[str, ...], targets: tuple[str, ...], source: Interval, stated: Interval) -> bool:
    """A temperature pair that matches as a difference, not a reading: "warming of 1.5C (2.7F)" converts the
    change (× 9/5, no 32 added)."""
    for src in sources:
        for dst in targets:
            if not (src.startswith("degree_") and dst.startswith("degree_")):
                continue
            got = _convert(source, "delta_" + src, "delta_" + dst)
            if got is not None and got.overlaps(stated):
                return True
    return False


def _sign_lost(
    sources: tuple[str, ...],
    targets: tuple[str, ...],
    vv: float,
    cv: float,
    source: Interval,
    stated: Interval,
) -> bool:
    """A temperature that matches once a sign is flipped: the sign was written in words the scan did not read
    ("10 below zero"), so the pair is not called wrong. Only a value read without a sign is flipped: a minus that
    was read ("minus 320F (minus 160C)") is not a sign the scan missed."""
    if not any("degree" in u or "kelvin" in u for u in sources):
        return False
    for a, b in ((-vv, cv), (vv, -cv), (-vv, -cv)):
        if (a != vv and vv < 0) or (b != cv and cv < 0):
            continue
        flipped = Interval.closed(-source.high, -source.low) if a != vv else source
        target = Interval.closed(-stated.high, -stated.low) if b != cv else stated
        for src in sources:
            for dst in targets:
                got = _convert(flipped, src, dst)
                if got is not None and got.overlaps(target):
                    return True
    return False
