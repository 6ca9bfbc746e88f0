"""Shared helpers of the generic numeric checks: a number scanner that keeps structure, stems and synonym tables.

The generic checks verify *structures* ("X of Y, or Z%", "N medals: a, b and c", "rose D% to B from A"), so they
read numbers where the sentence states them: :func:`scan` finds digits, number words, fractions ("a third"),
percentages and points with the hedge written before them, and :func:`skeleton` replaces each number by a token
``⟨i⟩`` so a check's structure is one regular expression over the skeleton. Intervals follow DESIGN.md: a stated
value commits to ± half its last stated digit for decimals and percentages, hedges widen it, and "over N" is read
as its logical bound (N, ∞) — the most permissive reading, so a check never fires on a hedge's interpretation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.facts import FactBase
from factcheck.intervals import INF, Interval, format_number
from factcheck.models import Document, Evidence, Extraction

# --- tables (data) -------------------------------------------------------------------------------------------

UNITS_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "one-half": 1 / 2,
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "one-quarter": 1 / 4,
    "three quarters": 3 / 4, "three-quarters": 3 / 4,
    "a fifth": 1 / 5, "one fifth": 1 / 5, "one-fifth": 1 / 5, "two-fifths": 2 / 5, "two fifths": 2 / 5,
    "a tenth": 1 / 10, "one tenth": 1 / 10, "one-tenth": 1 / 10,
}  # fmt: skip
# Absolute slack, in percentage points, that a fraction word commits to ("a third" = 30.8–35.8%).
FRACTION_SLACK = 2.5

# Hedge → how it turns a value interval [lo, hi] into the interval the statement commits to.
HEDGES: dict[str, str] = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "almost": "below", "nearly": "below", "just under": "below",
    "close to": "below", "over": "above", "more than": "above", "above": "above", "upwards of": "above",
    "just over": "above", "in excess of": "above", "at least": "at_least", "up to": "at_most",
    "at most": "at_most", "no more than": "at_most", "fewer than": "below_open", "less than": "below_open",
    "under": "below_open", "~": "approx",
}  # fmt: skip

# Counted nouns that count the same thing (singular forms); the first of a group is the canonical key.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("soldier", "troop", "serviceman", "servicemen", "fighter"),
    ("person", "people", "individual", "resident"),
    ("civilian", "noncombatant"),
    ("village", "settlement", "hamlet"),
    ("worker", "employee", "staff", "staffer"),
    ("flight", "departure"),
    ("child", "children", "kid"),
    ("vehicle", "car"),
)
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
    "staff": "staff", "troops": "troop", "servicemen": "serviceman", "feet": "foot", "mice": "mouse",
    "personnel": "personnel", "cattle": "cattle", "sheep": "sheep", "deer": "deer", "aircraft": "aircraft",
}  # fmt: skip

_STOPWORDS_TEXT = """
a an the and or but of to in on at by for with from into onto over under about after before since
during as is are was were be been being has have had do does did will would can could may might must
shall should that this these those it its their they them he she his her him we our you your i not
no nor than then which who whom whose what when where while also more most some such only just very
there here said says say told according other another each all any both few many much own same so
too up down out off again further once least last past next first second new
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# --- the scanner ------------------------------------------------------------------------------------------------

_UNIT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
_FRAC = "|".join(re.escape(f) for f in sorted(FRACTION_WORDS, key=len, reverse=True))
_HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
_NUMBER = re.compile(
    rf"""(?ix)
    (?P<frac>\b(?:{_FRAC})\b)
    | (?P<digits>(?<![\w.,/])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<dec>\d+))?(?![\d,]*\d)(?!(?:st|nd|rd|th|s)\b)
        (?:\s?(?P<scale>million|billion|trillion|thousand|bn)\b)?)
    | (?P<words>\b(?:(?:{_TENS})(?:[-\s](?:{_UNIT}))?|{_UNIT}|a\s+dozen|dozen)\b
        (?:\s(?P<wscale>hundred|thousand|million|billion)\b)?)
    """
)
_PERCENT = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percent\b)")
_POINTS = re.compile(r"(?i)(?:-|\s)(?:percentage[-\s])?points?\b")
_HEDGE_BEFORE = re.compile(rf"(?i)(?:^|(?<=[\s(—–-]))(?P<hedge>{_HEDGE})\s+[$€£¥]?$")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "hundred": 1e2}


@dataclass(frozen=True)
class Num:
    """A number as written in one text: its offsets (``hstart`` includes the hedge), value and interval."""

    start: int
    end: int
    hstart: int
    text: str
    value: float
    hedge: str | None
    percent: bool
    points: bool
    fraction: bool
    words: bool
    decimals: int
    year: bool
    interval: Interval

    @property
    def is_share(self) -> bool:
        """A percentage or a fraction word ("a third"), both in percent."""
        return self.percent or self.fraction

    @property
    def is_count(self) -> bool:
        return not (self.percent or self.fraction or self.points or self.year)

    @property
    def shown(self) -> str:
        """The number with its hedge as written ("about a third")."""
        return f"{self.hedge} {self.text}" if self.hedge else self.text


def word_value(text: str) -> float | None:
    """The value of a number word or phrase ("twenty-four", "a dozen", "seven"), or None."""
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if t[-1] in _SCALES and len(t) > 1:
        head = word_value(" ".join(t[:-1]))
        return None if head is None else head * _SCALES[t[-1]]
    if t in (["a", "dozen"], ["dozen"]):
        return 12.0
    total = 0
    for w in t:
        if w in TENS_WORDS:
            total += TENS_WORDS[w]
        elif w in UNITS_WORDS:
            total += UNITS_WORDS[w]
        else:
            return None
    return float(total)


def commit(value: float, half: float, hedge: str | None) -> Interval:
    """The interval a written value commits to: ± ``half`` (rounding), then the hedge."""
    lo, hi = value - half, value + half
    kind = HEDGES.get(hedge.lower()) if hedge else None
    if kind == "approx":
        return Interval(low=lo * 0.9, high=hi * 1.1)
    if kind == "below":
        return Interval(low=lo * 0.9, high=hi)
    if kind == "above":
        return Interval(low=value, high=INF, low_open=True)
    if kind == "at_least":
        return Interval(low=lo, high=INF)
    if kind == "at_most":
        return Interval(low=0.0, high=hi)
    if kind == "below_open":
        return Interval(low=0.0, high=value, high_open=True)
    return Interval(low=lo, high=hi)


def scan(text: str) -> list[Num]:
    """Every number of ``text`` with its hedge, percent/points suffix and committed interval."""
    out: list[Num] = []
    for m in _NUMBER.finditer(text):
        start, end = m.start(), m.end()
        percent = points = fraction = words = year = False
        decimals = 0
        if m.group("frac"):
            fraction = True
            value = FRACTION_WORDS[re.sub(r"\s+", " ", m.group("frac").lower())] * 100
            half = FRACTION_SLACK
        elif m.group("digits"):
            raw = m.group("digits")
            number = re.match(r"[\d,]+(?:\.\d+)?", raw)
            assert number is not None
            value = float(number.group(0).replace(",", ""))
            decimals = len(m.group("dec") or "")
            scale = m.group("scale")
            half = 0.5 * 10 ** (-decimals) if decimals else 0.0
            if scale:
                value *= _SCALES[scale.lower()]
                half *= _SCALES[scale.lower()]
            year = (
                not scale
                and "," not in raw
                and "." not in raw
                and len(raw) == 4
                and 1800 <= value <= 2199
                and not _PERCENT.match(text, end)
            )
        else:
            words = True
            got = word_value(m.group("words"))
            if got is None:
                continue
            value = got
            half = 0.0
        pm = _PERCENT.match(text, end)
        if pm and not fraction:
            percent = True
            end = pm.end()
            if not decimals:
                half = 0.5
        else:
            ptm = _POINTS.match(text, end)
            if ptm and not fraction:
                points = True
                end = ptm.end()
                half = 0.5 * 10 ** (-decimals)
        hm = _HEDGE_BEFORE.search(text, max(0, start - 20), start)
        hedge = hm.group("hedge") if hm else None
        hstart = hm.start("hedge") if hm else start
        out.append(
            Num(
                start=start,
                end=end,
                hstart=hstart,
                text=text[start:end],
                value=value,
                hedge=hedge.lower() if hedge else None,
                percent=percent,
                points=points,
                fraction=fraction,
                words=words,
                decimals=decimals,
                year=year,
                interval=commit(value, half, hedge),
            )
        )
    return out


def skeleton(text: str, nums: list[Num]) -> str:
    """``text`` with each number (and its hedge) replaced by ``⟨i⟩``, i its index in ``nums``."""
    parts: list[str] = []
    pos = 0
    for i, n in enumerate(nums):
        parts.append(text[pos : n.hstart])
        parts.append(f"⟨{i}⟩")
        pos = n.end
    parts.append(text[pos:])
    return "".join(parts)


# --- words --------------------------------------------------------------------------------------------------------

WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")


def stem(word: str) -> str:
    """A crude, fast stem: lower case, first five letters ("captured"/"capturing" → "captu")."""
    return word.lower().replace("’", "'").split("'")[0][:5]


def content_stems(text: str, exclude: Iterable[str] = ()) -> set[str]:
    """Stems of the content words (not stopwords, three letters or more) of ``text``."""
    skip = {stem(w) for w in exclude}
    out = set()
    for w in WORD.findall(text):
        lw = w.lower()
        if len(lw) < 3 or lw in STOPWORDS:
            continue
        s = stem(lw)
        if s not in skip:
            out.add(s)
    return out


def singular(word: str) -> str:
    """The singular of an English plural noun, by rule (good enough for counted nouns)."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def is_plural(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


_CANON = {w: group[0] for group in SYNONYMS for w in group}


def canonical_noun(word: str) -> str:
    """The synonym group key of a counted noun ("troops" → "soldier")."""
    s = singular(word)
    return _CANON.get(s, _CANON.get(word.lower(), s))


# --- document plumbing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceNums:
    """One sentence of one document, its text, offset in the document and scanned numbers."""

    doc: str
    index: int
    offset: int
    text: str
    nums: list[Num]


def sentences_with_numbers(doc: Document, extraction: Extraction) -> list[SentenceNums]:
    """Every sentence of ``doc`` that holds at least one number, scanned."""
    out = []
    for s in extraction.sentences:
        text = s.span.text
        if not any(c.isdigit() for c in text) and not _has_word_number(text):
            continue
        nums = scan(text)
        if nums:
            out.append(SentenceNums(doc.id, s.index, s.span.start, text, nums))
    return out


_ANY_WORD_NUMBER = re.compile(rf"(?i)\b(?:{_UNIT}|{_TENS}|dozen|half|third|quarter|fifth|tenth)")


def _has_word_number(text: str) -> bool:
    return _ANY_WORD_NUMBER.search(text) is not None


def scanned(facts: FactBase) -> dict[str, list[SentenceNums]]:
    """Per document id, its sentences with numbers; built once per run and shared by the numeric checks."""

    def build(f: FactBase) -> dict[str, list[SentenceNums]]:
        return {doc.id: sentences_with_numbers(doc, ex) for doc, ex in f.all()}

    return facts.derived("generic.numeric.sentences", build)


def quote(facts: FactBase, doc: str, start: int, end: int, role: str | None = None) -> Evidence:
    """Evidence for document offsets ``[start, end)``."""
    return facts.evidence(doc, facts.documents[doc].span(start, end), role=role)


def fmt(x: float) -> str:
    return format_number(round(x, 2) if abs(x) < 100 else round(x, 1))


def fmt_iv(iv: Interval, suffix: str = "") -> str:
    """An interval for a message: one value when narrow, 'lo–hi' otherwise, 'over N' when unbounded."""
    if not iv.bounded:
        return str(iv) + suffix
    if iv.high - iv.low < 1e-9 * max(1.0, abs(iv.high)):
        return fmt(iv.low) + suffix
    return f"{fmt(iv.low)}–{fmt(iv.high)}{suffix}"


def pct(x: float) -> str:
    """A percentage to one decimal, no trailing zero ("84.6%", "25%")."""
    return f"{x:.1f}".rstrip("0").rstrip(".") + "%"
