"""Shared helpers of the generic numeric checks: a number scanner that keeps structure, stems and synonym tables.

The generic checks verify *structures* ("X of Y, or Z%", "N medals: a, b and c", "rose D% to B from A"), so they
read numbers where the sentence states them: :func:`scan` finds digits, number words, fractions ("a third"),
percentages and points (a fraction of one, "half a percentage point", is 0.5 points; basis points are read in
points: "six basis points" is 0.06) with the hedge written before them, and :func:`skeleton` replaces each number
by a token ``⟨i⟩`` so a check's structure is one regular expression over the skeleton.

Numbers are read by the project's one parser (:mod:`factcheck.extract.numbers`: ``NUMBER_RE``, ``parse_match``,
``MAGNITUDE_WORDS``) and hedges by its one table (:mod:`factcheck.extract.hedges`, ``tables/hedges.yaml``): each
:class:`Num` carries both readings of :func:`~factcheck.extract.hedges.hedge_interval`, ``interval`` (agreement:
"over 400" is (400, 600]) and ``bounds`` (strict logic: (400, ∞)). A value commits to ± half its last stated digit
for decimals, percentages and points; a fraction word to ± ``FRACTION_SLACK`` points (strictly, "more than a third"
is over 33.3%: :func:`fraction_interval`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from types import MappingProxyType
from typing import Any

from factcheck import yamlfast
from factcheck.extract import numbers as num
from factcheck.extract._gate import alternation, fold, lead
from factcheck.extract.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from factcheck.extract.hedges import direction, hedge_interval, load_table
from factcheck.extract.quantities import unit_abbreviation
from factcheck.facts import FactBase
from factcheck.intervals import Interval, format_number
from factcheck.models import Document, Evidence, Extraction, Sentence

# --- tables (data) -------------------------------------------------------------------------------------------

# The currency signs written before an amount ("$2.8 billion", "£4.2m", "₹186 crore"), as a string and as a regex
# class: the one list of the numeric checks.
# "¤" stands for a currency written in letters before its amount ("KSh 24", "NOK 4.1 billion"; see letter_currency).
CURRENCY_SIGNS = "$€£¥₹¤"
# A power or energy unit after a number, glued or spaced ("6.1TWh", "6,120 GWh", "3,000 MW"), and its prefixes.
POWER_UNIT = re.compile(r"\s?(?P<prefix>[kMGT])(?P<base>Wh|W)\b")
SI_PREFIXES = {"k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}
# Tonnes with a metric prefix, which carries the figure's magnitude: "37.8 Mt" is 37.8 million tonnes, "640 kt".
TONNES_UNIT = re.compile(r"\s?(?P<prefix>[kMG])t\b")
CURRENCY_SIGN = f"[{CURRENCY_SIGNS}]"
# A possessive owner before a whole, with its space: a name of up to three words ("of South Africa's 257
# municipalities", "of Acme's 400 staff") or "the ⟨noun⟩'s" ("of the mine's 6,100 employees").
OWNER = r"(?:the )?(?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*['’]s |the [a-z][\w-]*['’]s "
_NUMBER_START = re.compile(rf"{CURRENCY_SIGN}?⟨")  # a number in a skeleton, with its currency sign


def matches(pattern: re.Pattern[str], skel: str, everywhere: bool = False) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in a number skeleton; ``everywhere``: tried at each number, for a pattern whose gap may
    hold numbers (``finditer`` passes over a later start once an earlier one matched)."""
    if not everywhere:
        yield from pattern.finditer(skel)
        return
    for i in _NUMBER_START.finditer(skel):
        m = pattern.match(skel, i.start())
        if m is not None:
            yield m


# Absolute slack, in percentage points, that a fraction word commits to ("a third" = 30.8–35.8%).
FRACTION_SLACK = 2.5

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
    ("passenger", "rider", "commuter"),
    ("job", "position", "post", "role"),
    ("company", "firm"),
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

# The shared number pattern, plus a bare "half" ("48 — half — were eliminated"), a share in these structures; not
# a period ("the first half") nor a compound ("half-marathon", "half-time"). The words before "half" are looked
# behind from its end: the same test, made only where "half" matched (not at every position the search tries).
# (behind a look-ahead for its first characters, :func:`~factcheck.extract._gate.lead`: the same matches, found faster)
_NUMBER = lead(
    re.compile(
        rf"{num.NUMBER_RE.pattern}"
        r"|(?P<half>\bhalf\b(?<!first half)(?<!second half)(?<!final half)(?<!last half)(?![-‑]))",
        re.IGNORECASE,
    )
)
_MAGNITUDE_WORDS = alternation(num.MAGNITUDE_WORDS)
# A magnitude word after a space, or after a hyphen when spelled out in a compound ("a $38.6-million budget").
_MAGNITUDE = re.compile(
    rf"(?:\s|-(?=(?:m|b|tr)illion\b))?(?P<word>{_MAGNITUDE_WORDS})\b",
    re.IGNORECASE,
)
_NOT_A_COUNT = re.compile(r"(?:st|nd|rd|th|s)\b|[\d,]*\d")  # ordinals, decades ("1990s"), "12,34"
# Capitals glued after digits ("5G", "3D", "737MAX"), and those that keep the digits a number: a magnitude ("$5M",
# "4K"), a clock's ("9AM") or a temperature's ("30C"); a unit's are looked up in the unit table ("16GB", "5MW").
_GLUED_CAPITALS = re.compile(r"[A-Z]{1,4}(?!\w)")
_NUMBER_CAPITALS = frozenset({*num.MAGNITUDE_SHORT, "BN", "MN", "TN", "AM", "PM", "C", "F"})
_PERCENT = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percent\b)")
_POINTS = re.compile(r"(?i)(?:-|\s)(?:percentage[-\s])?points?\b")
# Basis points, hundredths of a percentage point ("six basis points", "25bp", "25 bps"): read in points (0.06, 0.25).
_BASIS_POINTS = re.compile(r"(?i:(?:-|\s)basis[-\s]points?\b)|\s?bps?\b")
# A fraction of one point or one per cent ("half a percentage point", "a quarter of a point", "half a per cent"): a
# size in points or percent, not the share 50%.
_FRACTION_OF_ONE = re.compile(
    r"(?i)\s(?:of\s)?an?\s(?:(?P<points>(?:percentage[-\s])?points?\b)|(?P<percent>per\s?cent\b|percent\b))"
)


@functools.cache
def hedge_alternation() -> str:
    """The hedges written before a number in ``tables/hedges.yaml``, as one regex alternation (longest first)."""
    return alternation(load_table().by_phrase)


# A comparison's base right before a number ("compared with $3.66 billion", "from $498 million", "than 400"): an
# earlier or other level the sentence measures against, never the total or whole it speaks of.
COMPARED_BEFORE = re.compile(r"\b(?:from|compared with|compared to|against|versus|vs\.?|than)\s+\S?$")


def compared_with(text: str, n: Num) -> bool:
    """Whether number ``n`` is a comparison's base (``COMPARED_BEFORE`` within 16 characters before it)."""
    return COMPARED_BEFORE.search(text, max(0, n.hstart - 16), n.hstart) is not None


# The words of a change's direction, verbs and nouns ("rose", "a rise"; "fell", "a drop"), as regex alternations.
RISE_WORDS = (
    r"rose|risen|rises|rising|increased|increases|grew|grown|climbed|jumped|gained|soared|surged|went up|up|rise"
    r"|increase|gain|jump|growth|climb|widened|widening|deepened|swelled"
)
FALL_WORDS = (
    r"fell|fallen|falls|falling|dropped|drops|declined|decreased|slipped|slid|plunged|tumbled|shrank|shrunk|went down"
    r"|down|lost|fall|drop|decline|decrease|cut|reduction|loss|slump|narrowed|narrowing|eased|dipped|sank"
)


@functools.cache
def hedge_before() -> re.Pattern[str]:
    """A hedge ending right before a number (a currency may sit between, with a space: "over $ 30 million", "under
    US$40m"), or opening a quotation ("described as \"about 45 per cent …\""); led like ``_NUMBER``."""
    return lead(
        re.compile(
            rf"(?:^|(?<=[\s(—–\-\"“‘]))(?P<hedge>{hedge_alternation()})\s*(?:(?:(?-i:[A-Z]{{1,2}})\s?)?{CURRENCY_SIGN}\s?)?$",
            re.IGNORECASE,
        )
    )


@dataclass(frozen=True)
class Num:
    """A number as written in one text: offsets (``hstart`` includes the hedge), value and both hedge readings."""

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
    interval: Interval  # agreement reading of the hedge table
    bounds: Interval  # strict logical reading: "over 400" is (400, ∞)

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

    def shifted(self, by: int) -> Num:
        """The number with its three offsets ``by`` characters later (read in a passage that starts before its
        sentence): ``dataclasses.replace`` without its call of ``__init__`` through every field, four times as slow
        (percent-of's windows shift 34k numbers on a 1,000-article archive)."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__, start=self.start + by, end=self.end + by, hstart=self.hstart + by)
        return new


def _read(text: str, m: re.Match[str]) -> tuple[float, int, float, str, int] | None:
    """(value, decimals, magnitude, kind, end) of one number match, or None when it is not a number here."""
    end = m.end()
    if m.lastgroup == "half":
        return 0.5, 0, 1.0, "frac", end
    got = num.parse_match(m)
    if got is None:
        return None
    kind, value, decimals = got
    if kind == "frac" and (of := num.FRACTION_OF_MAGNITUDE.match(text, end)):
        scale = num.magnitude_factor(of.group("word"))  # "half a million": an amount, no share of 1
        return value * scale, 0, scale, "words", of.end()
    if kind == "words" and m.group(0).lower().replace("-", " ").split()[0] in num.SCALES:
        return None  # "hundred" or "million" alone
    scale = 1.0
    if kind == "digits":
        if _NOT_A_COUNT.match(text, end) or _named_by_capitals(text, end):
            return None
        mag = _MAGNITUDE.match(text, end)
        if mag:
            scale = num.MAGNITUDE_WORDS[mag.group("word").lower()]
            end = mag.end()
            more = _MAGNITUDE.match(text, end)  # a compound: "1.25 lakh crore" (1.25 × 10^12), "20 thousand crore"
            if more and num.MAGNITUDE_WORDS[more.group("word").lower()] > scale:
                scale *= num.MAGNITUDE_WORDS[more.group("word").lower()]
                end = more.end()
    return value * scale, decimals, scale, kind, end


def _named_by_capitals(text: str, end: int) -> bool:
    """Whether digits ending at ``end`` are glued to capitals that are no magnitude, unit, clock or temperature
    ("5G", "4G networks", "3D printers", "737MAX"): part of a name, no number (as the quantities extractor reads
    them)."""
    m = _GLUED_CAPITALS.match(text, end)
    return m is not None and m.group() not in _NUMBER_CAPITALS and not unit_abbreviation(m.group())


def fraction_interval(value: float, hedge: str | None, slack: float = FRACTION_SLACK) -> tuple[Interval, Interval]:
    """``(interval, bounds)`` of a share written as a fraction word or ratio ("a third", "one in five"), in percent.

    The word commits to ± ``slack`` points (``FRACTION_SLACK`` unless told); a hedge of direction (">" or "<") also
    states on which side of the fraction itself the share lies, so the strict reading starts there: "more than a
    third" is over 33.3% (30.8% agrees), "less than half" under 50%.
    """
    interval, bounds = hedge_interval(value - slack, hedge, value_high=value + slack)
    side = direction(hedge)
    if side == ">" and bounds.low < value:
        bounds = bounds.model_copy(update={"low": value})
    elif side == "<" and bounds.high > value:
        bounds = bounds.model_copy(update={"high": value})
    return interval, bounds


# "one in five", "3 in 10": a share written as a ratio; not "2 in 10 minutes" (a rate over time).
_RATIO_IN = re.compile(r" in ")
_TIME_AFTER = re.compile(r"(?i)\s*(?:-\s*)?(?:second|minute|hour|day|week|month|year|game|match|round|lap)s?\b")


def ratio_at(text: str, a: Num, b: Num | None) -> Num | None:
    """The share of a ratio "a in b" ("one in five", "roughly one in seven": a fraction of ± ``FRACTION_SLACK``
    points, or an eighth of the share when that is less: "one in 12" is 8.3 ± 1.0%, in percent) whose two numbers
    are ``a`` and the number after it ``b``, or None when they are none."""
    if (
        b is None
        or not _RATIO_IN.fullmatch(text, a.end, b.start)
        or not (a.is_count and b.is_count)
        or b.hedge is not None
        or not 0 < a.value < b.value
        or _TIME_AFTER.match(text, b.end)
    ):
        return None
    value = a.value / b.value * 100
    # a small share commits to an eighth of itself at most: "about one in 12" (8.3%) is not 5.7% (one in 17.5)
    interval, bounds = fraction_interval(value, a.hedge, min(FRACTION_SLACK, value / 8))
    return replace(
        a, end=b.end, text=text[a.start : b.end], value=value, fraction=True, interval=interval, bounds=bounds
    )


def ratio_shares(text: str, nums: list[Num]) -> list[Num]:
    """``nums`` (the numbers of ``text``) with each "N in M" ratio read as one share (see :func:`ratio_at`); ``nums``
    itself when there is none."""
    out: list[Num] = []
    i = 0
    while i < len(nums):
        share = ratio_at(text, nums[i], nums[i + 1] if i + 1 < len(nums) else None)
        out.append(share or nums[i])
        i += 2 if share else 1
    return nums if len(out) == len(nums) else out


def ratios(sent: SentenceNums) -> SentenceNums:
    """``sent`` with each "N in M" ratio read as one share (see :func:`ratio_at`; :attr:`SentenceNums.with_ratios`,
    read once per sentence)."""
    return sent.with_ratios


# "about 31 per cent": a share written to the point (not a multiple of five) is rounded from within this many points
SHARE_HEDGE_POINTS = 1.5


def _near_share(value: float, iv: Interval) -> Interval:
    """A hedged share written to the point ("about 31 per cent", "nearly 37%") commits to within
    ``SHARE_HEDGE_POINTS`` of its number, not to ±10 % of it: a writer who had 27.8 % would write "about 28" or
    "about 30"."""
    low, high = max(iv.low, value - SHARE_HEDGE_POINTS), min(iv.high, value + SHARE_HEDGE_POINTS)
    return iv.model_copy(update={"low": low, "high": high}) if low <= high else iv


def scan(text: str) -> list[Num]:
    """Every number of ``text`` with its hedge, percent/points suffix and committed intervals; an amount glued to a
    currency written in letters ("Rs980", "N1,015", "R14,200", see :func:`glued_currencies`) is read too.

    A new list each call (the numbers themselves are frozen and shared): the scan of the last 16,384 texts is kept
    (:func:`_scan`), since the checks scan the same sentences again (unsupported-claim's per-document readings and
    cross-document-number's other counts re-read sentences the shared number scan has read)."""
    return list(_scan(text))


@functools.lru_cache(maxsize=16384)
def _scan(text: str) -> tuple[Num, ...]:
    """:func:`scan`, kept (a pure function of the text: the hedge and currency tables are read once)."""
    out: list[Num] = []
    pos = 0
    glued_cur = glued_currencies(text)
    seen = text
    if glued_cur:  # the digits are read as if the letters were not there (the pattern refuses a digit after a letter)
        chars = list(text)
        for digits_at, (_, letters_at) in glued_cur.items():
            chars[letters_at:digits_at] = " " * (digits_at - letters_at)
        seen = "".join(chars)
    while True:
        m = _NUMBER.search(seen, pos)
        if m is None:
            return tuple(out)
        start = m.start()
        got = _read(text, m)
        pos = max(m.end(), start + 1)
        if got is None:
            continue
        value, decimals, scale, kind, end = got
        pos = end
        fraction, words = kind == "frac", kind != "digits"
        percent = points = year = basis = False
        rounded = decimals > 0
        one = _FRACTION_OF_ONE.match(text, end) if fraction else None
        if one:  # "half a percentage point": 0.5 points, ± half the last digit of its decimal
            fraction, points, percent, rounded, end = (
                False,
                bool(one.group("points")),
                bool(one.group("percent")),
                True,
                one.end(),
            )
            decimals = len(f"{value:g}".partition(".")[2])
            decimals = decimals if decimals <= 2 else 1  # "a third of a point": about 0.3
        elif fraction:
            value *= 100
        else:
            pm = _PERCENT.match(text, end)
            ptm = None if pm else _POINTS.match(text, end) or _BASIS_POINTS.match(text, end)
            if pm:
                percent, rounded, end = True, True, pm.end()
            elif ptm:
                points, rounded, end = True, True, ptm.end()
                basis = ptm.re is _BASIS_POINTS
            year = (
                kind == "digits"
                and not percent
                and scale == 1.0
                and m.group(0).isdigit()
                and len(m.group(0)) == 4
                and 1800 <= value <= 2199
            ) or (kind == "digits" and not (percent or points) and _year_span_end(text, out, start, m.group(0)))
        hend = glued_cur[start][1] if start in glued_cur else start  # "about N3.1 trillion": before the letters
        hm = hedge_before().search(text, max(0, hend - 30), hend)
        if hm is not None and _particle(text, hm):
            hm = None  # "edged up to 97.1%", "flew over 1,080 reefs": a verb's particle or preposition, no bound
        top = _top_pattern().search(text, max(0, hend - 30), hend) if hm is None else None
        if top is not None:
            hm = top  # "could top 5 million": more than 5 million
        hedge = ("over" if hm is top else " ".join(hm.group("hedge").lower().split())) if hm else None
        if fraction:  # a fraction word commits to a range of shares
            interval, bounds = fraction_interval(value, hedge)
        else:
            interval, bounds = _hedged(value, hedge, decimals, rounded, scale)
            if percent and hedge and decimals == 0 and value % 5 and direction(hedge) == "~":
                interval, bounds = _near_share(value, interval), _near_share(value, bounds)
        if basis:  # in points: a hundredth of the basis points, two more decimals
            value, decimals, interval, bounds = value / 100, decimals + 2, interval.scale(0.01), bounds.scale(0.01)
        out.append(
            Num(
                start=start,
                end=end,
                hstart=hm.start("hedge") if hm else start,
                text=text[start:end],
                value=value,
                hedge=hedge,
                percent=percent,
                points=points,
                fraction=fraction,
                words=words,
                decimals=decimals,
                year=year,
                interval=interval,
                bounds=bounds,
            )
        )
        pos = end


def _hedged(value: float, hedge: str | None, decimals: int, rounded: bool, scale: float) -> tuple[Interval, Interval]:
    """:func:`~factcheck.extract.hedges.hedge_interval` of a scanned number, the last 16,384 kept (a pure function of
    its arguments, returning frozen intervals: a run's 43,000 numbers have about 10,000 distinct readings, and each
    reading builds two to four validated intervals). Zero bypasses the cache, which cannot tell 0.0 from -0.0."""
    if not value:
        return hedge_interval(value, hedge, decimals, rounded=rounded, scale=scale)
    return _hedged_kept(value, hedge, decimals, rounded, scale)


@functools.lru_cache(maxsize=16384, typed=True)
def _hedged_kept(
    value: float, hedge: str | None, decimals: int, rounded: bool, scale: float
) -> tuple[Interval, Interval]:
    return hedge_interval(value, hedge, decimals, rounded=rounded, scale=scale)


_SPAN_JOIN = frozenset({"-", "–", "/"})
# Verbs of movement whose particle "up" may stand before "to" and a value ("edged up to 97.1%", "has gone up to
# $5"): "up to" is then no hedge.
_MOVED = re.compile(
    r"(?i)\b(?:edged|edges|edging|crept|creeps|creeping|inched|inches|inching|ticked|ticks|ticking|moved|moves"
    r"|moving|went|goes|going|gone|shot|shoots|nudged|nudges|crawled|crawls|stepped|steps|ratcheted|bumped"
    r"|climbed|jumped|pushed|pushes|driven|drove|revised|revises)\s+$"
)


# Verbs of movement over a place ("flew over 1,080 reefs", "sailed over 40 wrecks"): "over" is then no bound (never
# "passed over", "jumped over", which may mean exceeded).
_FLEW = re.compile(
    r"(?i)\b(?:flew|flown|flying|flies|fly|sailed|sailing|hovered|hovering|walked|walking|drove|driven|driving"
    r"|travelled|traveled|travelling|traveling|looked|looking)\s+$"
)


def _particle(text: str, hm: re.Match[str]) -> bool:
    """Whether a hedge's word belongs to the verb before it: "up to" after a verb of movement (``_MOVED``), "over"
    after one of movement over a place (``_FLEW``)."""
    before = text[max(0, hm.start() - 20) : hm.start()]
    said = hm.group("hedge").lower()
    return bool((said == "up to" and _MOVED.search(before)) or (said == "over" and _FLEW.search(before)))


@functools.cache
def _top_pattern() -> re.Pattern[str]:
    """The verb "top" after a modal, "to" or a negation, before a number ("could top 5 million", "is set to top
    $2bn"): a lower bound, as "exceed" is in tables/hedges.yaml (never "the top 10", a rank)."""
    return re.compile(
        r"(?i)\b(?:could|may|might|will|would|should|can|to|did|does|not|n't)\s+(?P<hedge>top)\s*"
        rf"(?:(?-i:[A-Z]{{1,2}})\s?)?(?:{CURRENCY_SIGN}\s?)?$"
    )


def unhedged(n: Num) -> Num:
    """``n`` read without its hedge, where the hedge's words belong to a verb ("add up to 700": no upper bound)."""
    if n.hedge is None:
        return n
    again = scan(n.text)
    return replace(again[0], start=n.start, end=n.end, hstart=n.start) if len(again) == 1 else n


def _year_span_end(text: str, before: list[Num], start: int, digits: str) -> bool:
    """The two digits end a span of years written short ("2025-26", "2025/26"): the year after the one before."""
    if len(digits) != 2 or not digits.isdigit() or not before:
        return False
    prev = before[-1]
    return prev.year and text[prev.end : start] in _SPAN_JOIN and int(digits) == (int(prev.value) + 1) % 100


@functools.cache
def _letter_currencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The currencies written in letters before an amount, from the currency table's prefixes ("Rs", "KSh", "NOK",
    "RM", letters before a cent sign: "GH¢"; never "PS", an ASCII-folded "£" that also names consoles), each with the
    sign it reads as."""
    text = resources.files("factcheck").joinpath("tables/units.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yamlfast.safe_load(text)
    sign_of: dict[str, str] = {}
    for forms in data["currencies"].values():
        prefixes = [str(p) for p in forms.get("prefix", [])]
        sign = next((p for p in prefixes if p in CURRENCY_SIGNS), "¤")
        for p in prefixes:
            if len(p.rstrip(".¢₵")) >= 2 and p.rstrip(".¢₵").isalpha() and p != "PS":
                sign_of.setdefault(p, sign)
    alternation = "|".join(re.escape(p) for p in sorted(sign_of, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?-i:{alternation}) ?$"), sign_of


@functools.cache
def _letter_ends() -> frozenset[str]:
    """The last characters of :func:`_letter_currencies`' prefixes: one of them stands right before any match."""
    return frozenset(p[-1] for p in _letter_currencies()[1])


# Single capital letters that stand for a currency glued to its amount in the press of the countries that use
# them: R (rand), N (naira), W (won), K (kwacha, kina), P (pula, peso). Not M ("M6.2" is an earthquake's magnitude)
# nor the letters of roads, postcodes and paper sizes, which these also name ("the R501", "the N1"): see
# :func:`glued_currencies`.
_CURRENCY_LETTERS = "RNWKP"
# What makes an amount money rather than a road or a code: a thousands comma ("R1,000"), cents ("R12.50") or a
# magnitude after it ("N4.2 trillion", "N800m", "P24.5-billion", as the scanner reads a compound's magnitude).
_MONEY_FORM = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+\.\d\d(?!\d|\.\d)")
_MONEY_MAGNITUDE = re.compile(
    rf"\d+(?:[.,]\d+)*(?:(?:\s?|-(?=(?:m|b|tr)illion\b))(?:{_MAGNITUDE_WORDS})\b|[mkbn]{{1,2}}\b)",
    re.IGNORECASE,
)


@functools.cache
def _glued_pattern() -> re.Pattern[str]:
    """A currency's letters glued to a digit: a prefix of the currency table or one of ``_CURRENCY_LETTERS``."""
    _, sign_of = _letter_currencies()
    prefixes = [p for p in sorted(sign_of, key=len, reverse=True) if not p.endswith(".")]
    alternation = "|".join([*(re.escape(p) for p in prefixes), f"[{_CURRENCY_LETTERS}]"])
    return re.compile(rf"(?<![\w.,/:$€£¥₹-])(?P<cur>(?-i:{alternation}))(?=\d)")


@functools.lru_cache(maxsize=16384)
def glued_currencies(text: str) -> Mapping[int, tuple[str, int]]:
    """The amounts of ``text`` glued to a currency written in letters ("Rs980", "KSh24", "N1,015", "R14,200",
    "W5.9 trillion"): where each amount's digits start → (its sign as :func:`letter_currency` gives it, where the
    letters start).

    A prefix of the currency table (two letters or more) always counts; a single letter of ``_CURRENCY_LETTERS``
    only in a text where one of its amounts is written as money (a thousands comma, cents or a magnitude after it:
    "from N870 to N1,015, a rise of N165"), so "the R501" or "the N1 highway" stay roads. Kept for the last 16,384
    texts, as many as :func:`_scan` keeps (every :func:`currency_sign` and :func:`letter_currency` of a sentence asks
    for it, after the scan that asked first; a smaller cache missed on most of an archive's sentences): read-only.
    """
    if not has_digit(text):
        return _NONE
    _, sign_of = _letter_currencies()
    found: list[tuple[str, int, int]] = []
    money_letters: set[str] = set()
    for m in _glued_pattern().finditer(text):
        cur, at = m.group("cur"), m.end()
        found.append((cur, m.start(), at))
        if len(cur) == 1 and (_MONEY_FORM.match(text, at) or _MONEY_MAGNITUDE.match(text, at)):
            money_letters.add(cur)
    kept = {at: (sign_of.get(cur, "¤"), at0) for cur, at0, at in found if len(cur) > 1 or cur in money_letters}
    return MappingProxyType(kept)


_NONE: Mapping[int, tuple[str, int]] = MappingProxyType({})


def letter_currency(text: str, start: int) -> tuple[str, int] | None:
    """The currency written in letters right before ``start`` ("Rs 980 crore", "Rs980", "KSh 24.00", "NOK 4.1
    billion", "N1,015": :func:`glued_currencies`) as its sign (₹ for the rupee, $ for "USD", ¤ for a currency with
    no sign of its own) and where it starts; None when there is none."""
    glued_cur = glued_currencies(text)
    if start in glued_cur:
        return glued_cur[start]
    at = start - 1  # (the pattern ends in " ?$", and "$" also matches before a final line break)
    if at >= 0 and text[at] == "\n":
        at -= 1
    if at >= 0 and text[at] == " ":
        at -= 1
    if at < 0 or text[at] not in _letter_ends():
        return None  # (no currency's last letter right before the number: most numbers, found without a search)
    pattern, sign_of = _letter_currencies()
    m = pattern.search(text, max(0, start - 5), start)
    return (sign_of[m.group(0).rstrip()], m.start()) if m else None


def skeleton(text: str, nums: list[Num]) -> str:
    """``text`` with each number (and its hedge) replaced by ``⟨i⟩``, i its index in ``nums``."""
    parts: list[str] = []
    pos = 0
    for i, n in enumerate(nums):
        before = text[pos : n.hstart]
        if n.hstart == n.start and pos < n.start and (cur := letter_currency(text, n.start)) and cur[1] >= pos:
            before = text[pos : cur[1]] + cur[0]  # "Rs 980 crore" is "₹980 crore", "KSh 24" "¤24"
        parts.append(before)
        parts.append(f"⟨{i}⟩")
        pos = n.end
    parts.append(text[pos:])
    return "".join(parts)


_SLOT = re.compile(r"⟨(\d+)⟩")


def skeleton_offset(skel: str, pos: int, nums: list[Num]) -> int:
    """The offset in the text of position ``pos`` of its :func:`skeleton` (a slot is as long as its number only by
    chance: "⟨1⟩" for "over £2m")."""
    last = None
    for m in _SLOT.finditer(skel, 0, pos):
        last = m
    if last is None:
        return pos
    return nums[int(last.group(1))].end + pos - last.end()


# --- words --------------------------------------------------------------------------------------------------------

WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")


def stem(word: str) -> str:
    """A crude, fast stem: lower case, first five letters ("captured"/"capturing" → "captu")."""
    return word.lower().replace("’", "'").split("'")[0][:5]


_WORD_MEMO_SIZE = 100_000
_CONTENT_STEMS: dict[str, str] = {}
"""A word as written → its stem as a content word, "" for a stopword or a word under three letters (a stem is never
empty): the checks read the same words in every sentence of a run, and this lookup is one ``dict.get`` where the
test and the stem were five string operations. Emptied past :data:`_WORD_MEMO_SIZE` words."""


def _content_stem(word: str) -> str:
    lw = word.lower()
    return "" if len(lw) < 3 or lw in STOPWORDS else stem(lw)


def content_stems(text: str, exclude: Iterable[str] = ()) -> set[str]:
    """Stems of the content words (not stopwords, three letters or more) of ``text``."""
    skip = {stem(w) for w in exclude}
    memo = _CONTENT_STEMS
    if len(memo) > _WORD_MEMO_SIZE:
        memo.clear()
    out = set()
    for w in WORD.findall(text):
        s = memo.get(w)
        if s is None:
            s = memo[w] = _content_stem(w)
        if s and s not in skip:
            out.add(s)
    return out


_PLURAL_OF = {v: k for k, v in IRREGULAR_PLURALS.items()}


def plural_of(noun: str) -> str:
    """The plural of a singular counted noun, by rule, for messages ("county" → "counties", "person" → "people")."""
    if noun in _PLURAL_OF:
        return _PLURAL_OF[noun]
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "ss", "x")):
        return noun + "es"
    return noun + "s"


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
_GROUPS = {group[0]: group for group in SYNONYMS}


def noun_group(noun: str) -> tuple[str, ...]:
    """The words of a canonical counted noun's synonym group ("job" → job, position, post, role), or the noun alone."""
    return _GROUPS.get(noun, (noun,))


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

    @functools.cached_property
    def skeleton(self) -> str:
        """:func:`skeleton` of the sentence (made once, shared by the checks)."""
        return skeleton(self.text, self.nums)

    @functools.cached_property
    def with_ratios(self) -> SentenceNums:
        """The sentence with each "N in M" ratio read as one share (:func:`ratios`; made once: percent-of's forms, its
        follow-ups and its windows each read every sentence's ratios)."""
        nums = ratio_shares(self.text, self.nums)
        return self if nums is self.nums else replace(self, nums=nums)

    @functools.cached_property
    def small_word_counts(self) -> frozenset[int]:
        """Indices of the small counts written in words ("four schools"), which a part's label may hold (found once:
        a sentence with thousands of numbers asks for them at every list it holds)."""
        return frozenset(i for i, n in enumerate(self.nums) if n.words and n.is_count and n.value <= 12)


def joined(facts: FactBase, document: str, first: int, last: int) -> SentenceNums:
    """Sentences ``first`` to ``last`` of a document read as one (the document's text from the first to the end of the
    last, its numbers scanned): a source passage a rewrite sentence merges."""
    start, end = facts.sentence(document, first).span.start, facts.sentence(document, last).span.end
    text = facts.documents[document].text[start:end]
    return SentenceNums(document, first, start, text, scan(text))


# A report's paragraph number opening a line ("3.3 Representations: …", "2.1 The site …"): a dotted number whose
# parts have at most two digits, then a capitalised word that is no magnitude or unit ("2.5 Million Visitors").
_PARAGRAPH_NUMBER = re.compile(
    r"\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z])(?!(?:Hundred|Thousand|Million|Billion|Trillion|Per|Percent)\b)"
)


def _unnumbered(document_text: str, sentence: Sentence, nums: list[Num]) -> list[Num]:
    """``nums`` of a sentence without the paragraph number that opens its line ("3.3 Representations: 68 letters
    …"): it numbers the text and counts nothing."""
    start = sentence.span.start
    at_line_start = start == 0 or document_text[start - 1] == "\n"
    if at_line_start and nums and nums[0].start == 0 and _PARAGRAPH_NUMBER.match(sentence.text):
        return nums[1:]
    return nums


def sentences_with_numbers(
    doc: Document, extraction: Extraction, memo: dict[str, list[Num]] | None = None
) -> list[SentenceNums]:
    """Every sentence of ``doc`` that holds at least one number, scanned; each distinct text once per ``memo`` (a
    line repeated across documents: boilerplate, rewrites), whose lists are shared (do not modify them). A paragraph
    number that opens a line is no number (:func:`_unnumbered`)."""
    out = []
    memo = {} if memo is None else memo
    for s in extraction.sentences:
        text = s.text
        nums = memo.get(text)
        if nums is None:
            nums = memo[text] = scan(text) if has_digit(text) or _has_word_number(text) else []
        nums = _unnumbered(doc.text, s, nums)
        if nums:
            out.append(SentenceNums(doc.id, s.index, s.span.start, text, nums))
    return out


_ANY_WORD_NUMBER = lead(re.compile(rf"(?i)\b(?:{'|'.join([*num.SMALL, *num.TENS, 'dozen', *num.FRACTIONS])})"))
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_word_number(text: str) -> bool:
    return _ANY_WORD_NUMBER.search(text) is not None


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)`` ("²" and "①" are digits too), fast on ASCII text."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


# Every match of the scanner's number pattern holds a decimal digit, a vulgar fraction or a number, scale or fraction
# word (matched as the pattern matches them: case-insensitively): a sentence with none of them holds no number.
_NUMBER_WORDS = tuple(sorted({*num.SMALL, *num.TENS, *num.SCALES, "dozen", "half", *num.FRACTIONS}))


def may_hold_number(text: str) -> bool:
    """False only when :func:`scan` finds no number in ``text``: no digit, vulgar fraction nor number word, the words
    looked for as substrings of the text folded as a case-blind pattern reads it (:func:`~factcheck.extract._gate.fold`;
    a few dozen substring tests in C are several times faster than one case-blind alternation)."""
    if has_digit(text):
        return True
    if not text.isascii() and any(c in text for c in num.VULGAR):
        return True
    folded = fold(text)
    return any(word in folded for word in _NUMBER_WORDS)


def sentence_nums(facts: FactBase, doc: str, sentence: Sentence) -> list[Num]:
    """``scan`` of one sentence's text, made once per run (shared with :func:`scanned`; do not modify the list)."""
    memo = facts.derived("generic.numeric.by-sentence", _by_sentence)
    key = (doc, sentence.index)
    got = memo.get(key)
    if got is None:
        text = sentence.text
        got = scan(text) if may_hold_number(text) else []
        got = memo[key] = _unnumbered(facts.documents[doc].text, sentence, got)
    return got


def _by_sentence(facts: FactBase) -> dict[tuple[str, int], list[Num]]:
    return {(s.doc, s.index): s.nums for sents in scanned(facts).values() for s in sents}


def scanned(facts: FactBase) -> dict[str, list[SentenceNums]]:
    """Per document id, its sentences with numbers; built once per run and shared by the numeric checks (each
    document's scanned once: :meth:`FactBase.per_document`)."""

    def build(f: FactBase) -> dict[str, list[SentenceNums]]:
        memo: dict[str, list[Num]] = {}  # each distinct sentence text scanned once per run
        return {
            doc.id: f.per_document("numeric.sentences", doc.id, lambda d, e: sentences_with_numbers(d, e, memo))
            for doc, _ex in f.all()
        }

    return facts.derived("generic.numeric.sentences", build)


def numbered_sentences(facts: FactBase, min_nums: int) -> Iterator[tuple[str, SentenceNums, str]]:
    """(document id, sentence, skeleton) of every sentence under check that holds ``min_nums`` numbers or more."""
    by_doc = scanned(facts)
    for doc, _ in facts.checked():
        for sent in by_doc.get(doc.id, []):
            if len(sent.nums) >= min_nums:
                yield doc.id, sent, sent.skeleton


def quote(facts: FactBase, doc: str, start: int, end: int, role: str | None = None) -> Evidence:
    """Evidence for document offsets ``[start, end)``."""
    return facts.evidence(doc, facts.documents[doc].span(start, end), role=role)


_GLUED_AFTER = re.compile(r"[A-Za-z]{1,3}\b")


def quote_nums(facts: FactBase, sent: SentenceNums, nums: Iterable[Num]) -> Evidence:
    """Evidence from the first number (with its hedge, or its currency sign) to the end of the last (with a glued
    magnitude or unit: "£318m", "400km"), the statement that was checked."""
    nums = list(nums)
    start, end = min(n.hstart for n in nums), max(n.end for n in nums)
    if start and sent.text[start - 1] in CURRENCY_SIGNS:
        start -= 1
    elif start in (cur := glued_currencies(sent.text)):
        start = cur[start][1]  # "N870": its letters are quoted
    glued = _GLUED_AFTER.match(sent.text, end)
    if glued:
        end = glued.end()
    return quote(facts, sent.doc, sent.offset + start, sent.offset + end, role="stated")


def currency_sign(text: str, n: Num) -> str:
    """The currency sign written right before ``n`` ("£" of "£4.2m"; "₹" of "Rs 980 crore", see
    :func:`letter_currency`), or ""."""
    if n.start and text[n.start - 1] in CURRENCY_SIGNS:
        return text[n.start - 1]
    if n.start > 1 and text[n.start - 1] == " " and text[n.start - 2] in CURRENCY_SIGNS:
        return text[n.start - 2]  # "R$ 25.4 billion"
    cur = letter_currency(text, n.start)
    return cur[0] if cur else ""


def glued(text: str, n: Num) -> str:
    """The letters glued to ``n`` as written ("m" of "£4.2m", "km" of "400km"), or ""."""
    m = _GLUED_AFTER.match(text, n.end)
    return m.group(0) if m else ""


def in_full(text: str, n: Num) -> Num | None:
    """``n`` read through its glued magnitude letter ("£4.2m" is 4,200,000, written "4.2m"), ``n`` itself when
    nothing is glued to it, or None when the glue is no magnitude here: a letter is one only after a currency sign
    ("400m" may be metres)."""
    glue = glued(text, n)
    if not glue:
        return n
    k = num.MAGNITUDE_SHORT.get(glue) or _MONEY_MAGNITUDES.get(glue)
    if k is None or not currency_sign(text, n):
        return None
    return _scaled(n, glue, k)


# Magnitudes glued to an amount as short words ("RM2.13bil", "RM705mil", "$4bn", "£3mn").
_MONEY_MAGNITUDES = {"mil": 1e6, "mn": 1e6, "bil": 1e9, "bn": 1e9}


def _scaled(n: Num, glue: str, k: float) -> Num:
    """``n`` with its glued magnitude ``glue`` (a factor ``k``) read into its value and written text."""
    return replace(
        n, end=n.end + len(glue), text=n.text + glue, value=n.value * k, interval=n.interval.scale(k),
        bounds=n.bounds.scale(k),
    )  # fmt: skip


# The magnitudes glued to a count of things ("11.2m homes", "3bn people", "4.5mn passengers").
_COUNT_MAGNITUDES = {"m": 1e6, "mn": 1e6, "bn": 1e9}


# A month next to a day, in full or abbreviated ("30 June", "Jan. 11", "Sept 14"), capitalised (not the verb "may").
ANY_MONTH = rf"(?:{'|'.join(MONTH_NAMES)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\b\.?)"
# (the first day of a span of days too: "from 13 to 17 August")
_MONTH_NEXT = re.compile(rf"(?:st|nd|rd|th)?(?:\s?(?:to|and|-|–)\s?\d{{1,2}}(?:st|nd|rd|th)?)? (?:of )?{ANY_MONTH}")
_MONTH_BEFORE = re.compile(rf"\b{ANY_MONTH} $")


def day_of_month(text: str, n: Num) -> bool:
    """A day written next to its month ("the six months to 30 June", "to 30th September", "ending June 30", "between
    April 1 and Oct. 15")."""
    return (
        n.value == int(n.value)
        and 1 <= n.value <= 31
        and bool(_MONTH_NEXT.match(text, n.end) or _MONTH_BEFORE.search(text, 0, n.start))
    )


def count_in_full(text: str, n: Num) -> Num:
    """A count read through the magnitude glued to it, before the noun it counts ("11.2m homes" is 11,200,000
    homes, as "11.2 million homes"); ``n`` itself when no magnitude is glued to it."""
    glue = glued(text, n)
    k = _COUNT_MAGNITUDES.get(glue)
    return _scaled(n, glue, k) if k else n


# Capitalised words that open sentences and clauses, not names.
_NOT_NAMES_TEXT = (
    "The A An In On At It This That These Those But And However Meanwhile Despite He She They We"
    " I You My Our Your His Her Their Its"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_CONTRACTION = re.compile(r"['’]")


_NAME_STEMS: dict[str, str] = {}
"""A word as written → its stem as a name, "" when it is none (as :data:`_CONTENT_STEMS`, for :func:`names`)."""


def _name_stem(word: str) -> str:
    named = word[0].isupper() and word not in _NOT_NAMES and _CONTRACTION.split(word)[0] not in _NOT_NAMES
    return word.lower()[:5] if named else ""


def names(text: str) -> frozenset[str]:
    """Stems of the capitalised words of ``text`` (names, roughly), to tell whether two sentences tell one story.
    Pronouns are none, with their contractions: two quotes that both say "I" ("I've", "I'm") name no one in common.
    """
    memo = _NAME_STEMS
    if len(memo) > _WORD_MEMO_SIZE:
        memo.clear()
    out = []
    for w in WORD.findall(text):
        s = memo.get(w)
        if s is None:
            s = memo[w] = _name_stem(w)
        if s:
            out.append(s)
    return frozenset(out)


def fmt(x: float) -> str:
    return format_number(round(x, 2) if abs(x) < 100 else round(x, 1))


def fmt_iv(iv: Interval, suffix: str = "") -> str:
    """An interval for a message: one value when narrow, 'lo–hi' otherwise, 'over N' when unbounded."""
    if not iv.bounded:
        return str(iv) + suffix
    if iv.high - iv.low < 1e-9 * max(1.0, abs(iv.high)):
        return fmt(iv.low) + suffix
    return f"{fmt(iv.low)}–{fmt(iv.high)}{suffix}"


_WRITTEN = re.compile(r"(\d[\d,]*(?:\.\d+)?)([ -]?)([A-Za-z]+(?: [A-Za-z]+)?)")  # "6.42 lakh crore", "2.1-million"


def fmt_as(like: Num, iv: Interval) -> str:
    """An interval written in the magnitude word of ``like`` ("14.75–15.05bn" beside "14.6bn", "1.9 million" beside
    "1.5 million"), else as a number."""
    m = _WRITTEN.fullmatch(like.text)
    written = float(m.group(1).replace(",", "")) if m else 0.0
    if m is None or not written or not iv.bounded or like.value == written:
        return fmt_iv(iv)
    scale = like.value / written
    return fmt_iv(Interval.closed(iv.low / scale, iv.high / scale)) + m.group(2).replace("-", " ") + m.group(3)


def pct(x: float) -> str:
    """A percentage to one decimal, no trailing zero ("84.6%", "25%")."""
    return f"{x:.1f}".rstrip("0").rstrip(".") + "%"
