"""Dates and durations in news text, resolved against the publication date.

``extract_dates(doc, sentences)`` returns the calendar expressions (:class:`DateRef`) and the lengths of time
(:class:`Duration`) of a document. A DateRef span covers the whole calendar expression ("Monday, Sept. 2",
"the beginning of August 2024", "late Wednesday") but not the preposition before it ("on", "since"), so the quantity
extractor can mask it. Word tables live in ``factcheck/tables/dates.yaml``.

Resolution policies (the anchor is ``doc.published``; without one, relative expressions keep ``start``/``end`` None):

* **relative** is True whenever the resolution needs the anchor, including a day and month without a year.
* **Tense** of the clause around an expression: the nearest tense marker before it in the same clause (quotes,
  semicolons, colons and dashes end a clause), else the nearest after it. Past: a past-tense verb (irregular list or
  ``-ed``). Future: "will", "'ll", "due to", "set to", "expected to", ... A deadline ("by Friday", "until Friday")
  with no marker is future; "since" is past.
* **Weekday**: past tense → the most recent such day on or before the anchor (the publication weekday itself is the
  publication date); future → the next one on or after it; unclear → the past reading, with the future reading in
  ``alternatives``. "last Friday" is strictly before, "next Friday" strictly after (when that day falls in the
  anchor's own Monday-to-Sunday week, the one a week further is an alternative), "this Friday" in the same week.
* **Year inference** for "11 March", "in August", "the fourth quarter", "in the summer": the reading nearest the
  anchor; past tense → not after the anchor, future tense → not before it. When the tense is unclear the reading on
  the other side of the anchor goes in ``alternatives``.
* **Modifiers** ("early February", "the end of 2024", "late Wednesday") keep the granularity and the whole period:
  the text says no more than that. "earlier this week" ends at the anchor, "later this week" starts at it.
* **Weekday + date** ("Tuesday, March 4, 2024"): ``weekday`` is the stated weekday, ``start``/``end`` the date,
  even when they disagree (a check compares them).
* **Present words** ("now", "currently") are the anchor day, like "today" (TimeML's PRESENT_REF).
* **Ranges**: two dates joined by "to"/"through"/"until"/"and"/a dash after "from" or "between" (or by a dash or
  "through" alone, or "to" between two days or two months) are one DateRef from the first one's start to the second
  one's end. A year written at one end dates a year-less other end ("from January to March 2024"); a year-less start
  is the latest reading not after its end ("between November and February"). A list ("Feb. 3 and March 7, 2024")
  shares the written year but stays two DateRefs. "the week of March 10" is the Monday-to-Sunday week holding it.
* **Ordinal weeks** ("the first week of March", "the last week of 2024") are Monday-to-Sunday weeks counted by their
  Thursday (ISO 8601's rule for a year's weeks); ordinal weekdays ("the second Tuesday of next month") are exact.
  "Friday the 13th" is the 13th nearest the anchor (by tense) that is a Friday, within six months.
* **Halves and quarters** are exact ("the second half of 2024" is July-December, "the first half of March" days
  1-15), with a written or relative year ("the third quarter of last year"); "late", "early", "mid" are not.
* **"in N units"** is also a date, N units after the anchor at the unit's granularity (like "N units from now"),
  when "time" follows ("in three years' time") or the clause is future ("will close in two years"); the duration
  stays. "the weekend" is the nearest Saturday and Sunday on the tense's side (the past one when unclear); "the rest
  of the year" runs from the anchor to the year's end, "the year to date" from its start to the anchor.
* **A day of the month alone** ("on the 21st", after a preposition and before no noun) is that day in the anchor's
  month or the one before or after, nearest by tense; "two weeks from today", "three days before yesterday" count
  from the named day; "the week after next" is two calendar weeks on; "within five days" in a future clause runs
  from the anchor; "the next three days" starts the day after the anchor ("the past three days" ends on it).
* **Numbers as dates**: "2024-03-05", "2015/08/12" (year first); "3/7/2024", "3-7-2024", "05/05/89" (month first,
  day first as the alternative); "13.5.2015" (day first); "2016-11", "11/2016" (a month; never "2010-11", a span).
* **Years** need a context: a preposition ("in 2024", "since 2022"), a possessive ("2022's"), a determiner and a
  noun ("the 2024 election"), a modifier ("late 2024") or a span ("2009-2010", "1957-58"); never a count.
* **Durations** are ``value × unit`` in days, a month being 28–31 days and a year 365–366, widened by the hedge
  table (DESIGN.md: "over three years" → (1095, 1647] days). A count in words ("a few days") replaces the number by
  its range. A period such as "the past five days" gives both a DateRef (the days) and a Duration ("five days").
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from factcheck import yamlfast
from factcheck.extract._gate import DIGIT, WORD, Gate, GateIndex, Reading, alternation, gate, gated, read
from factcheck.intervals import INF, Interval
from factcheck.models import DateRef, Document, Duration, Sentence

Tense = Literal["past", "future"] | None
Period = tuple[dt.date, dt.date]

# --- tables ------------------------------------------------------------------------------------------------------

_TABLES_PATH = Path(__file__).resolve().parent.parent / "tables" / "dates.yaml"


def _load_tables(path: Path = _TABLES_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yamlfast.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of tables")
    return data


def _parse_interval(text: str) -> Interval:
    """``"[0.9, 1.1]"``, ``"(1, 1.5]"``, ``"[1, inf)"`` → Interval."""
    m = re.fullmatch(r"\s*([\[(])\s*([-\d.e]+|inf)\s*,\s*([-\d.e]+|inf)\s*([\])])\s*", text)
    if not m:
        raise ValueError(f"dates.yaml: bad interval {text!r}; expected e.g. '(1, 1.5]'")
    low = INF if m.group(2) == "inf" else float(m.group(2))
    high = INF if m.group(3) == "inf" else float(m.group(3))
    return Interval(low=low, high=high, low_open=m.group(1) == "(", high_open=m.group(4) == ")")


_T = _load_tables()
_MONTHS: dict[str, int] = {w.lower(): int(n) for n, ws in _T["months"].items() for w in ws}
_MONTH_FULL: list[str] = [ws[0] for ws in _T["months"].values()]
_MONTH_ABBR: list[str] = [w for ws in _T["months"].values() for w in ws[1:]]
_WEEKDAYS: dict[str, int] = {w.lower(): int(n) for n, ws in _T["weekdays"].items() for w in ws}
_WEEKDAY_FULL: list[str] = [ws[0] for ws in _T["weekdays"].values()]
_WEEKDAY_ABBR: list[str] = [w for ws in _T["weekdays"].values() for w in ws[1:]]
_NUMBER_WORDS: dict[str, float] = {str(k).lower(): float(v) for k, v in _T["number_words"].items()}
_VAGUE: dict[str, Interval] = {k.lower(): _parse_interval(v) for k, v in _T["vague_counts"].items()}
_HEDGES: dict[str, Interval] = {k.lower(): _parse_interval(v) for k, v in _T["hedges"].items()}
_UNITS: dict[str, tuple[str, float]] = {k.lower(): (v[0], float(v[1])) for k, v in _T["units"].items()}
_UNIT_DAYS: dict[str, tuple[float, float]] = {k: (float(v[0]), float(v[1])) for k, v in _T["unit_days"].items()}
_SEASONS: dict[str, tuple[int, int]] = {k: (int(v[0]), int(v[1])) for k, v in _T["seasons"].items()}
_MODIFIERS: list[str] = list(_T["modifiers"])
_PRESENT_WORDS: list[str] = list(_T["present_words"])
_YEAR_CONTEXT: list[str] = list(_T["year_context"])
_YEAR_CONTEXT_STRICT: frozenset[str] = frozenset(_T["year_context_strict"])
_MONTH_CONTEXT: list[str] = list(_T["month_context"])
_MONTH_CONTEXT_ALONE: list[str] = list(_T["month_context_alone"])
_PAST_VERBS: frozenset[str] = frozenset(_T["past_verbs"])
_NOT_PAST: frozenset[str] = frozenset(_T["not_past"])
_FUTURE_MARKERS: list[str] = list(_T["future_markers"])
# Public read-only views of the month and weekday tables (the generic calendar checks build their patterns on them).
MONTHS, MONTH_NAMES, MONTH_ABBREVIATIONS = _MONTHS, _MONTH_FULL, _MONTH_ABBR
WEEKDAYS, WEEKDAY_NAMES = _WEEKDAYS, _WEEKDAY_FULL


def nearest_year(month: int, day: int, published: dt.date | None) -> int | None:
    """The year that puts ``month``/``day`` nearest ``published`` (None without a publication date)."""
    if published is None:
        return None
    best: tuple[int, int] | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((dt.date(y, month, min(day, 28)) - published).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


# --- regex building blocks (compiled once) -----------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of spaces (as a prefix tree:
    :func:`~factcheck.extract._gate.alternation`)."""
    return alternation(words)


def _cased(words: Iterable[str], lower_too: bool = True, exclude_lower: Iterable[str] = ()) -> list[str]:
    """Title-case and upper-case forms of each word (and lower case unless it is an ordinary English word)."""
    skip = {w.lower() for w in exclude_lower}
    out: list[str] = []
    for w in words:
        out += [w[:1].upper() + w[1:].lower(), w.upper()]
        if lower_too and w.lower() not in skip:
            out.append(w.lower())
    return out


_AMBIGUOUS_MONTHS = ("may", "march", "mar")
# Any month spelling, next to a day or a year: "jan 4", "Sept. 2", "MARCH 2024" (not lower-case "may"/"march").
_MON = (
    rf"(?:(?:{_alt(_cased(_MONTH_FULL, exclude_lower=_AMBIGUOUS_MONTHS))})\b"
    rf"|(?:{_alt(_cased(_MONTH_ABBR, exclude_lower=_AMBIGUOUS_MONTHS))})\b\.?)"
)
# A month standing alone: capitalised full name, or a capitalised abbreviation with its period.
_MON_CAP = rf"(?:(?:{_alt(w.capitalize() for w in _MONTH_FULL)})\b|(?:{_alt(w.capitalize() for w in _MONTH_ABBR)})\.)"
# A month standing alone after a word that makes it one ("next june", "last Sept", "the month of Dec"): the
# capitalised forms, lower-case full names that are no other English word, and a capitalised abbreviation without its
# period when no name follows it ("Jan Egeland") and it is not part of a word ("Mar-a-Lago", "Jan's").
_MONTH_LOWER = [w.lower() for w in _MONTH_FULL if w.lower() not in ("may", "march", "august")]
_MON_ALONE = (
    rf"(?:{_MON_CAP}|(?:{_alt(_MONTH_LOWER)})\b"
    rf"|(?:{_alt(w.capitalize() for w in _MONTH_ABBR)})\b(?![-'’.]\w|\s+[A-Z]))"
)
_WD_FULL = rf"(?:{_alt(_cased(_WEEKDAY_FULL))})\b"
_WD_ANY = rf"(?:{_WD_FULL}|(?:{_alt(w.capitalize() for w in _WEEKDAY_ABBR)})\b\.?)"
_DAY = r"(?<!\d[.,])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
_ORDINALS_1_20 = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_ORDINAL_DAYS: dict[str, int] = {w: n for n, w in enumerate(_ORDINALS_1_20, start=1)} | {"thirtieth": 30}
_ORDINAL_DAYS |= {
    f"{tens}{sep}{w}": base + n
    for tens, base in (("twenty", 20), ("thirty", 30))
    for n, w in enumerate(_ORDINALS_1_20[:9], start=1)
    for sep in (" ", "-")
    if base + n <= 31
}
# A day of the month in words ("the tenth of September", "the Fourth of July"), any case.
_DAY_WORD = rf"(?i:{_alt(_ORDINAL_DAYS)})\b(?!-)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d|[.,]\d|\s*%)"
_MOD = rf"(?i:{_alt(_MODIFIERS)})"
_UNIT = rf"(?i:{_alt(_UNITS)})\b"
_NUMWORD = rf"(?:{_alt(_NUMBER_WORDS)})"
_NUM = (
    rf"(?i:{_alt(_VAGUE)}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{_NUMWORD})"
)
_HEDGE = rf"(?i:{_alt(_HEDGES)})"
_REL_YEAR = r"(?i:last|previous|this|next)"
_FUTURE_WORDS = [m for m in _FUTURE_MARKERS if m[0] not in "'’"]
_FUTURE_RE = re.compile(rf"(?<=\w)['’]ll\b|\b(?i:{_alt(_FUTURE_WORDS)})(?!\w)")
_PAST_RE = re.compile(rf"\b(?:{_alt(_PAST_VERBS)})\b|\b[a-z]{{2,}}ed\b")
_AUX_BEFORE = re.compile(r"\b(?i:be|been|being|have|has|having)\s+(?:(?:not|never|also|already|just)\s+)?$")
_CLAUSE_BREAK = re.compile(r"[\"“”«»;:()\[\]—]|(?<!\w)['‘’]|['‘’](?!\w)")
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
# Cheap prefilter: a sentence without any of these cannot hold a date or a duration.
_TRIGGER = re.compile(
    rf"\d|(?i:{_alt(_MONTHS)}|{_alt(_WEEKDAYS)}|today|yesterday|tomorrow|tonight|week|month|year|decade|centur|day"
    rf"|hour|minute|second|fortnight|spring|summer|autumn|fall|winter|quarter|now|current|present|twenties|thirties|forties"
    rf"|fifties|sixties|seventies|eighties|nineties|noughties)"
)

# --- calendar helpers --------------------------------------------------------------------------------------------


def _month_period(y: int, m: int) -> Period:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _year_period(y: int) -> Period:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _week_period(d: dt.date) -> Period:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def _quarter_period(y: int, q: int) -> Period:
    return _month_period(y, 3 * q - 2)[0], _month_period(y, 3 * q)[1]


def _season_period(y: int, season: str) -> Period:
    first, last = _SEASONS[season]
    if first <= last:
        return _month_period(y, first)[0], _month_period(y, last)[1]
    return _month_period(y, first)[0], _month_period(y + 1, last)[1]  # winter Y = December Y to February Y+1


def _shift(d: dt.date, *, days: float = 0, months: int = 0) -> dt.date:
    """``d`` moved by whole months (day clamped to the month's end) and then by days."""
    if months:
        total = d.year * 12 + d.month - 1 + months
        y, m = divmod(total, 12)
        y = min(max(y, 1), 9999)
        d = dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
    try:
        return d + dt.timedelta(days=int(days))
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _shift_units(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` (whole) units of ``unit``: days and weeks exactly, months and years by the calendar."""
    k = round(n)
    if unit == "week":
        return _shift(d, days=7 * k)
    if unit == "month":
        return _shift(d, months=k)
    if unit == "year":
        return _shift(d, months=12 * k)
    if unit == "decade":
        return _shift(d, months=120 * k)
    if unit == "hour":
        return _shift(d, days=int(n // 24) if n > 0 else -int(-n // 24))
    if unit in ("minute", "second"):
        return d
    return _shift(d, days=k)


def _unit_period(d: dt.date, unit: str) -> Period:
    if unit == "week":
        return _week_period(d)
    if unit == "month":
        return _month_period(d.year, d.month)
    if unit == "year":
        return _year_period(d.year)
    if unit == "decade":
        y = d.year // 10 * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return d, d


def _distance(p: Period, anchor: dt.date) -> int:
    if p[0] <= anchor <= p[1]:
        return 0
    return min(abs((p[0] - anchor).days), abs((p[1] - anchor).days))


def _pick(
    cands: list[Period], anchor: dt.date, tense: Tense, prefer: Literal["past", "nearest"] = "nearest"
) -> tuple[Period, list[Period]]:
    """Choose among the readings of a year-less (or week-less) expression; see the module docstring."""
    past = [c for c in cands if c[0] <= anchor]
    future = [c for c in cands if c[1] >= anchor]
    p = max(past) if past else None
    f = min(future) if future else None
    if tense == "past" and p:
        return p, []
    if tense == "future" and f:
        return f, []
    options = [c for c in (p, f) if c is not None]
    nearest = min(options, key=lambda c: (_distance(c, anchor), c[0] > anchor))
    main = p if prefer == "past" and p else nearest
    other = [c for c in options if c != main]
    return main, other


# --- candidates --------------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    kind: Literal["date", "duration"]
    fields: dict[str, Any]
    nests: bool = False  # a date period that may contain a duration ("the past five days")
    yearless: bool = False  # its year was inferred from the anchor ("11 March", "in August")


@dataclass
class _Ctx:
    text: str
    anchor: dt.date | None
    _tense_cache: dict[tuple[int, int], Tense] = field(default_factory=dict)
    _future: bool | None = None

    @property
    def future_words(self) -> bool:
        """Whether the sentence holds any future marker (without one no clause of it is future)."""
        if self._future is None:
            self._future = _FUTURE_RE.search(self.text) is not None
        return self._future

    def prev_word(self, start: int) -> str:
        m = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return m.group(1).lower() if m else ""

    def tense(self, start: int, end: int) -> Tense:
        key = (start, end)
        if key not in self._tense_cache:
            self._tense_cache[key] = self._tense(start, end)
        return self._tense_cache[key]

    def _tense(self, start: int, end: int) -> Tense:
        lo = max((m.end() for m in _CLAUSE_BREAK.finditer(self.text, 0, start)), default=0)
        nxt = _CLAUSE_BREAK.search(self.text, end)
        hi = nxt.start() if nxt else len(self.text)
        markers: list[tuple[int, Literal["past", "future"]]] = []
        for m in _FUTURE_RE.finditer(self.text, lo, hi):
            markers.append((m.start(), "future"))
        for m in _PAST_RE.finditer(self.text, lo, hi):
            # a participle after "be"/"have" takes its tense from the auxiliary ("will be left")
            if m.group().lower() not in _NOT_PAST and not _AUX_BEFORE.search(self.text, lo, m.start()):
                markers.append((m.start(), "past"))
        markers = [mk for mk in markers if not start <= mk[0] < end]
        before = [mk for mk in markers if mk[0] < start]
        if before:
            return max(before)[1]
        after = [mk for mk in markers if mk[0] >= end]
        if after:
            return min(after)[1]
        prep = self.prev_word(start)
        if prep in ("by", "until", "till", "before"):
            return "future"
        if prep in ("since", "ago"):
            return "past"
        return None


def _date(
    period: Period | None,
    granularity: str,
    *,
    anchor: dt.date | None = None,
    relative: bool = False,
    weekday: int | None = None,
    alternatives: list[Period] | None = None,
    since: bool = False,
) -> dict[str, Any]:
    return {
        "start": period[0] if period else None,
        "end": period[1] if period else None,
        "granularity": granularity,
        "weekday": weekday,
        "relative": relative,
        "anchor": anchor if relative else None,
        "alternatives": list(alternatives or []),
        "since": since,
    }


def _span(m: re.Match[str]) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.group("x") is not None:
        return m.span("x")
    return m.span()


def _date_cand(m: re.Match[str], fields: dict[str, Any], nests: bool = False) -> _Cand:
    s, e = _span(m)
    return _Cand(s, e, "date", fields, nests)


def _g(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _month_of(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day_number(word: str) -> int:
    """ "21st" / "21" / "twenty-first" → 21."""
    key = re.sub(r"\s+", " ", word).lower()
    return _ORDINAL_DAYS[key] if key in _ORDINAL_DAYS else int(re.sub(r"\D", "", key))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --- handlers: one per pattern, each returns the candidates of one match ------------------------------------------


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "2024-03-05" (ISO)."""
    return _numeric_day(m, int(m["year"]), int(m["a"]), int(m["b"]), "ymd")


def _numeric_day(m: re.Match[str], y: int, a: int, b: int, order: Literal["ymd", "mdy", "dmy"]) -> list[_Cand]:
    """A day written in figures: year first (year, month, day); else month first with day first as the alternative
    (or the only reading when the first number is over 12), or day first ("13.5.2015") the other way round."""
    if order == "ymd":
        d = _safe_date(y, a, b)
        return [_date_cand(m, _date((d, d), "day"))] if d else []
    us, eu = _safe_date(y, a, b), _safe_date(y, b, a)
    if order == "dmy":
        us, eu = eu, us
    main = us or eu
    if main is None:
        return []
    alts = [(eu, eu)] if us and eu and eu != us else []
    return [_date_cand(m, _date((main, main), "day", alternatives=alts))]


def _h_digits(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """The branch of the number-led pattern that matched (see its comment)."""
    if m["y1"]:
        return _numeric_day(m, int(m["y1"]), int(m["a1"]), int(m["b1"]), "ymd")
    if m["y2"]:
        return _numeric_day(m, int(m["y2"]), int(m["a2"]), int(m["b2"]), "dmy" if m["s2"] == "." else "mdy")
    if m["yy"]:
        yy = int(m["yy"])
        y = (1900 if yy >= 70 else 2000) + yy  # the POSIX pivot: '69 is 2069, '70 is 1970
        return _numeric_day(m, y, int(m["a3"]), int(m["b3"]), "mdy")
    if m["y4"]:
        # "2016-11": a month number above the year's last two digits may end a span of years ("2010-11")
        y, month = int(m["y4"]), int(m["m4"])
        return [] if month > y % 100 else [_date_cand(m, _date(_month_period(y, month), "month"))]
    if m["y5"]:
        return [_date_cand(m, _date(_month_period(int(m["y5"]), int(m["m5"])), "month"))]
    return _h_day_alone(m, ctx)


def _h_day_month(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    month = _month_of(m["mon"])
    day = _day_number(m["day"])
    day2 = _day_number(m["day2"]) if _g(m, "day2") else None
    wd = _WEEKDAYS[m["wd"].rstrip(".").lower()] if _g(m, "wd") else None
    s, e = _span(m)
    if m["year"]:
        y = int(m["year"])
        d1, d2 = _safe_date(y, month, day), _safe_date(y, month, day2 or day)
        if d1 is None or d2 is None or d2 < d1:
            return []
        return [_Cand(s, e, "date", _date((d1, d2), "day", weekday=wd))]
    if _safe_date(2024, month, day) is None or (day2 and (day2 < day or _safe_date(2024, month, day2) is None)):
        return []
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, weekday=wd))]
    cands: list[Period] = []
    for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        d1, d2 = _safe_date(y, month, day), _safe_date(y, month, day2 or day)
        if d1 and d2:
            cands.append((d1, d2))
    period, alts = _pick(cands, ctx.anchor, ctx.tense(s, e))
    fields = _date(period, "day", anchor=ctx.anchor, relative=True, weekday=wd, alternatives=alts)
    return [_Cand(s, e, "date", fields, yearless=True)]


_DAY_ALONE_CONTEXT = re.compile(
    r"\b(?P<ctx>(?i:on|by|until|till|since|before|after|from|for|through|to|and|week\s+of))\s+(?P<the>(?i:the)\s+)?$"
)


def _h_day_alone(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "on the 21st": that day of the month nearest the anchor on the tense's side (the anchor's month, the one
    before or the one after)."""
    before = _DAY_ALONE_CONTEXT.search(m.string, max(0, m.start() - 24), m.start())
    if before is None:
        return []
    word = before["ctx"].lower()
    if word in ("to", "and") and not re.search(r"\d(?:st|nd|rd|th)\s*$", m.string[: before.start("ctx")]):
        return []  # only the end of a range of days ("from the 4th to the 22nd"), not "rose to the 3rd"
    day = _day_number(m["day"])
    s, e = before.start("the") if before["the"] else m.start(), m.end()
    since = word == "since"
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, since=since))]
    first = ctx.anchor.replace(day=1)
    cands = [
        (d, d)
        for k in (-1, 0, 1)
        for mo in [_shift(first, months=k)]
        if (d := _safe_date(mo.year, mo.month, day)) is not None
    ]
    tense: Tense = "past" if since else ctx.tense(s, e)
    got, alts = _pick(cands, ctx.anchor, tense)
    return [_Cand(s, e, "date", _date(got, "day", anchor=ctx.anchor, relative=True, alternatives=alts, since=since))]


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    return [_date_cand(m, _date(_month_period(int(m["year"]), _month_of(m["mon"])), "month"))]


def _h_month_rel_year(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    if ctx.anchor is None:
        return [_date_cand(m, _date(None, "month", relative=True))]
    y = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return [_date_cand(m, _date(_month_period(y, _month_of(m["mon"])), "month", anchor=ctx.anchor, relative=True))]


def _h_rel_month(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "last August" (the most recent August before this month), "next August", "this August"."""
    month = _month_of(m["mon"])
    if ctx.anchor is None:
        return [_date_cand(m, _date(None, "month", relative=True))]
    a = ctx.anchor
    rel = m["rel"].lower()
    if rel in ("last", "past"):
        y = a.year if month < a.month else a.year - 1
    elif rel == "next":
        y = a.year if month > a.month else a.year + 1
    else:
        y = a.year
    return [_date_cand(m, _date(_month_period(y, month), "month", anchor=a, relative=True))]


def _resolve_periods(
    m: re.Match[str], ctx: _Ctx, make: Callable[[int], Period], granularity: str, since: bool = False
) -> list[_Cand]:
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, granularity, relative=True, since=since))]
    cands = [make(y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    tense: Tense = "past" if since else ctx.tense(s, e)
    period, alts = _pick(cands, ctx.anchor, tense)
    fields = _date(period, granularity, anchor=ctx.anchor, relative=True, alternatives=alts, since=since)
    return [_Cand(s, e, "date", fields, yearless=True)]


_MON_CAP_RE = re.compile(_MON_CAP)
_ALONE_CONTEXT = frozenset(re.sub(r"\s+", " ", w).lower() for w in _MONTH_CONTEXT_ALONE)


def _h_bare_month(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    context = re.sub(r"\s+", " ", _g(m, "ctx") or "").lower()
    if context and context not in _ALONE_CONTEXT and not _MON_CAP_RE.fullmatch(m["mon"]):
        return []  # "talked to Jan": only a strong context word makes a bare abbreviation or "june" a month
    month = _month_of(m["mon"])
    out: list[_Cand]
    if _g(m, "year"):  # "the month of June 2024"
        out = [_date_cand(m, _date(_month_period(int(m["year"]), month), "month"))]
    else:
        since = (_g(m, "ctx") or "").lower().startswith("since")
        out = _resolve_periods(m, ctx, lambda y: _month_period(y, month), "month", since)
    if (_g(m, "ctx") or "").lower().endswith("month of"):
        out[0].start = m.start("ctx")  # "the month of June" is one expression
    return out


def _h_season_year(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    return [_date_cand(m, _date(_season_period(int(m["year"]), m["season"].lower()), "season"))]


def _h_bare_season(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    season = m["season"].lower()
    since = (_g(m, "ctx") or "").lower() == "since"
    return _resolve_periods(m, ctx, lambda y: _season_period(y, season), "season", since)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def _ordinal(word: str) -> int:
    """ "third" / "3rd" → 3, "last" / "final" → -1."""
    w = word.lower()
    return _ORDINALS.get(w) or int(re.sub(r"\D", "", w))


def _rel_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year of "this/last/next year" after a period ("the third quarter of last year"); None without anchor."""
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + {"last": -1, "previous": -1, "this": 0, "next": 1}[m["ry"].lower()]


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    q = _ordinal(m["qn"] if _g(m, "qn") else m["q"])
    if m["year"]:
        return [_date_cand(m, _date(_quarter_period(int(m["year"]), q), "quarter"))]
    if _g(m, "ry"):
        y = _rel_year(m, ctx)
        period = _quarter_period(y, q) if y is not None else None
        return [_date_cand(m, _date(period, "quarter", anchor=ctx.anchor, relative=True))]
    return _resolve_periods(m, ctx, lambda y: _quarter_period(y, q), "quarter")


def _half_period(y: int, h: int, month: int | None = None) -> Period:
    """The first (h=1) or second (h=2) half of year ``y`` (January-June, July-December) or of one of its months
    (days 1-15, 16 to the end)."""
    if month is None:
        return _month_period(y, 1 if h == 1 else 7)[0], _month_period(y, 6 if h == 1 else 12)[1]
    first, last = _month_period(y, month)
    return (first, dt.date(y, month, 15)) if h == 1 else (dt.date(y, month, 16), last)


def _h_half(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the second half of 2024", "the first half of March", "the second half of last year"."""
    h = _ordinal(m["h"])
    month = _month_of(m["mon"]) if _g(m, "mon") else None
    year = m["year"] or _g(m, "myear")
    if year:
        return [_date_cand(m, _date(_half_period(int(year), h, month), "month"))]
    if _g(m, "ry"):
        y = _rel_year(m, ctx)
        period = _half_period(y, h, month) if y is not None else None
        return [_date_cand(m, _date(period, "month", anchor=ctx.anchor, relative=True))]
    return _resolve_periods(m, ctx, lambda y: _half_period(y, h, month), "month")


def _iso_weeks(first: dt.date, last: dt.date) -> list[Period]:
    """The Monday-to-Sunday weeks whose Thursday falls in ``first..last`` (ISO 8601's rule for a year's weeks)."""
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    out: list[Period] = []
    while thursday <= last:
        out.append((thursday - dt.timedelta(days=3), thursday + dt.timedelta(days=3)))
        thursday += dt.timedelta(days=7)
    return out


def _nth(items: list[Period], n: int) -> Period | None:
    if n == -1:
        return items[-1] if items else None
    return items[n - 1] if 1 <= n <= len(items) else None


def _container(m: re.Match[str], ctx: _Ctx) -> tuple[Callable[[int], Period] | None, Period | None, bool]:
    """The month or year an ordinal week or weekday is counted in: a maker of that period for a year (when the year
    must be inferred), or the period itself; and whether it is relative to the anchor."""
    if _g(m, "mon"):
        month = _month_of(m["mon"])
        if m["year"]:
            return None, _month_period(int(m["year"]), month), False
        return (lambda y: _month_period(y, month)), None, True
    if _g(m, "year2"):
        return None, _year_period(int(m["year2"])), False
    if ctx.anchor is None:
        return None, None, True
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return None, _calendar_unit(ctx.anchor, m["unit"].lower(), offset)[0], True


def _h_ordinal_in(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the first week of March" (ISO weeks counted in the month), "the last week of 2024", "the second Tuesday of
    next month", "the first Friday in July"."""
    n = _ordinal(m["ord"])
    wd = _WEEKDAYS[m["wd"].lower()] if _g(m, "wd") else None

    def pick(p: Period) -> Period | None:
        if wd is None:
            return _nth(_iso_weeks(*p), n)
        first = p[0] + dt.timedelta(days=(wd - p[0].weekday()) % 7)
        days = [(d, d) for d in (first + dt.timedelta(days=7 * i) for i in range(5)) if d <= p[1]]
        return _nth(days, n)

    gran = "day" if wd is not None else "week"
    make, period, relative = _container(m, ctx)
    s, e = _span(m)
    if make is None:
        got = pick(period) if period else None
        if period and got is None:
            return []  # "the fifth Monday of" a month with four
        return [_Cand(s, e, "date", _date(got, gran, anchor=ctx.anchor, relative=relative, weekday=wd))]
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, gran, relative=True, weekday=wd))]
    cands = [c for c in (pick(make(y)) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)) if c]
    if not cands:
        return []
    got, alts = _pick(cands, ctx.anchor, ctx.tense(s, e))
    return [_Cand(s, e, "date", _date(got, gran, anchor=ctx.anchor, relative=True, weekday=wd, alternatives=alts))]


def _h_year(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    prep = (_g(m, "ctx") or "").lower()
    if prep in _YEAR_CONTEXT_STRICT and re.match(
        r"\s+(?!(?:and|to|or|when|while|until|through|that|as|in|on|at|after|before|with|but|the|a)\b)[a-z]",
        m.string[m.end() :],
    ):
        return []
    y1 = int(m["year"])
    y2 = int(m["year2"]) if _g(m, "year2") else y1
    if y2 < 100:  # "1957-58", "1999-00"
        y2 += y1 // 100 * 100
        if y2 < y1:
            y2 += 100
        if y2 - y1 > 10:
            return []  # "2016-11", "in 2016 - 11 people died": no span of years, and "11" is no year
    s, e = _span(m)
    if _g(m, "year2") and (y2 < y1 or (m["sep"] == "and" and prep != "between")):
        # "in 2022 and 2023": two years, not a range
        return [
            _Cand(s, m.end("year"), "date", _date(_year_period(y1), "year")),
            _Cand(m.start("year2"), e, "date", _date(_year_period(y2), "year")),
        ]
    return [_Cand(s, e, "date", _date((_year_period(y1)[0], _year_period(y2)[1]), "year"))]


# Sentences where "the seventies" or "the 70s" count degrees, percentage points or ages, not years
_NOT_DECADE = re.compile(
    r"\b(?i:degrees?|temperatures?|fahrenheit|celsius|highs?|lows?|polls?|polling|approval|ratings?|percent"
    r"|aged?|mph)\b|[°%]"
)


_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_UNIT_AFTER = re.compile(r"\s*(?:%|°|(?i:percent|per\s+cent|degrees|mph|km|miles|points)\b)")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    if m["dec3"]:
        # "the 70s": only after "the", and not in a sentence about temperatures, polls or ages
        if not _THE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) or _UNIT_AFTER.match(m.string, m.end()):
            return []
        if _NOT_DECADE.search(m.string):
            return []
    if m["dec"]:
        y = int(m["dec"])
    else:
        short = int(m["dec2"] or m["dec3"])
        y = (1900 if short >= 30 else 2000) + short
    return [_date_cand(m, _date((dt.date(y, 1, 1), dt.date(y + 9, 12, 31)), "decade"))]


def _h_century(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    n = int(m["ord"])
    if not 1 <= n <= 22:
        return []
    return [_date_cand(m, _date((dt.date(100 * (n - 1) or 1, 1, 1), dt.date(100 * n - 1, 12, 31)), "century"))]


_DAY_WORDS = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _h_day_word(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    offset = _DAY_WORDS.get(re.sub(r"\s+", " ", m["x"]).lower(), 0)  # a present word ("now") is the anchor day
    if ctx.anchor is None:
        return [_date_cand(m, _date(None, "day", relative=True))]
    d = _shift(ctx.anchor, days=offset)
    return [_date_cand(m, _date((d, d), "day", anchor=ctx.anchor, relative=True))]


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    wd = _WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    if mod.startswith("this") and mod != "this":
        mod = "coming"  # "this coming Friday"
    s, e = _span(m)
    since = ctx.prev_word(s) == "since"
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, weekday=wd, since=since))]
    a = ctx.anchor
    back = (a.weekday() - wd) % 7
    fwd = (wd - a.weekday()) % 7
    alts: list[Period] = []
    same_week = _week_period(a)
    if mod == "last":
        d = _shift(a, days=-(back or 7))
        if same_week[0] <= d:  # "last Tuesday" said on a Thursday may mean the Tuesday of last week
            alts = [(d - dt.timedelta(days=7),) * 2]
    elif mod in ("next", "coming"):
        d = _shift(a, days=fwd or 7)
        if d <= same_week[1]:  # "next Friday" said on a Monday may mean the Friday of next week
            alts = [(d + dt.timedelta(days=7),) * 2]
    elif mod == "this":
        d = _week_period(a)[0] + dt.timedelta(days=wd)
    else:
        tense = "past" if since else ctx.tense(s, e)
        past, future = _shift(a, days=-back), _shift(a, days=fwd)
        if tense == "future":
            d = future
        else:
            d = past
            if tense is None and future != past:
                alts = [(future, future)]
    return [
        _Cand(s, e, "date", _date((d, d), "day", anchor=a, relative=True, weekday=wd, alternatives=alts, since=since))
    ]


def _calendar_unit(a: dt.date, unit: str, offset: int) -> tuple[Period, str]:
    """The calendar week/month/year/... ``offset`` units from the one holding ``a``."""
    if unit in ("week", "weekend"):
        start = _week_period(a)[0] + dt.timedelta(days=7 * offset)
        if unit == "weekend":
            return (start + dt.timedelta(days=5), start + dt.timedelta(days=6)), "week"
        return (start, start + dt.timedelta(days=6)), "week"
    if unit == "month":
        d = _shift(a, months=offset)
        return _month_period(d.year, d.month), "month"
    if unit == "quarter":
        q0 = a.year * 4 + (a.month - 1) // 3 + offset
        return _quarter_period(q0 // 4, q0 % 4 + 1), "quarter"
    if unit == "year":
        return _year_period(a.year + offset), "year"
    if unit == "decade":
        y = (a.year // 10 + offset) * 10
        return (dt.date(y, 1, 1), dt.date(y + 9, 12, 31)), "decade"
    if unit == "century":
        y = (a.year // 100 + offset) * 100
        return (dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)), "century"
    # a season: the latest that started before this one (last), this year's (this), the next to start (next)
    seasons = sorted(_season_period(y, unit) for y in range(a.year - 2, a.year + 2))
    current = max((p for p in seasons if p[0] <= a), default=seasons[0])
    i = seasons.index(current)
    if offset == 0:
        return next((p for p in seasons if p[0] <= a <= p[1]), _season_period(a.year, unit)), "season"
    if offset < 0:
        return (seasons[i - 1] if current[1] >= a else current), "season"
    return seasons[i + 1], "season"


def _running(anchor: dt.date, other: dt.date) -> Period:
    """The running period between the anchor and ``other``: "the past five days" ends on the anchor, "the next five
    days" starts the day after it."""
    if other < anchor:
        return other, anchor
    return min(other, anchor + dt.timedelta(days=1)), other


_REL_OFFSET = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}


def _h_rel_unit(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    unit = m["unit"].lower().split()[-1]  # "fiscal year" → year
    rel = m["rel"].lower()
    the = bool(m["the"])
    el = (m["el"] or "").lower()
    s, e = _span(m)
    out: list[_Cand] = []
    if the and rel in ("past", "last", "coming", "upcoming", "next") and unit in _UNIT_DAYS:
        # "the past year": the running period up to the anchor, and a one-unit duration
        if ctx.anchor is None:
            period = None
        else:
            direction = -1 if rel in ("past", "last") else 1
            period = _running(ctx.anchor, _shift_units(ctx.anchor, direction, unit))
        out.append(_Cand(s, e, "date", _date(period, "day", anchor=ctx.anchor, relative=True), nests=True))
        out.append(_Cand(s, e, "duration", _duration_fields(1, unit, None)))
        return out
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}[
        rel
    ]
    (p0, p1), gran = _calendar_unit(ctx.anchor, unit, offset)
    if offset == 0 and el == "earlier":
        p1 = max(p0, min(p1, ctx.anchor))
    elif offset == 0 and el == "later":
        p0 = min(p1, max(p0, ctx.anchor))
    return [_Cand(s, e, "date", _date((p0, p1), gran, anchor=ctx.anchor, relative=True))]


def _h_unit_after_next(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the week after next" (two calendar weeks on), "the year before last" (two years back)."""
    direction, rel = m["dir"].lower(), m["rel"].lower()
    if (direction, rel) not in (("after", "next"), ("before", "last")):
        return []
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    (p0, p1), gran = _calendar_unit(ctx.anchor, m["unit"].lower(), 2 if rel == "next" else -2)
    return [_Cand(s, e, "date", _date((p0, p1), gran, anchor=ctx.anchor, relative=True))]


def _h_earlier_in(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "earlier in the week" (this week up to the anchor), "later in the year" (from the anchor to its end); told
    of another time ("later in the year, he was arrested": a past clause) it dates nothing."""
    el = m["el"].lower()
    s, e = _span(m)
    if ctx.tense(s, e) == ("past" if el == "later" else "future"):
        return []
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    (p0, p1), gran = _calendar_unit(ctx.anchor, m["unit"].lower(), 0)
    period = (p0, ctx.anchor) if el == "earlier" else (ctx.anchor, p1)
    return [_Cand(s, e, "date", _date(period, gran, anchor=ctx.anchor, relative=True))]


_DECADE_WORDS = {
    w: 10 * n
    for n, w in enumerate(
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], 2
    )
}


def _h_decade_words(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the seventies" (1970s), "the nineteen-eighties", "the twenty-tens", "the noughties" (2000s); not in a
    sentence about temperatures ("highs in the seventies")."""
    if _NOT_DECADE.search(m.string):
        return []
    if m["dw3"]:
        y = 2000
    elif m["dw2"]:
        y = (1900 if m["cent2"].lower() == "nineteen" else 2000) + 10
    else:
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[(m["cent"] or "nineteen").lower()]
        y = century + _DECADE_WORDS[m["dw"].lower()]
    return [_date_cand(m, _date((dt.date(y, 1, 1), dt.date(y + 9, 12, 31)), "decade"))]


def _h_weekday_of_week(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "Friday next week", "Tuesday of last week", "Thursday this week": that day of that calendar week."""
    wd = _WEEKDAYS[m["wd"].lower()]
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, weekday=wd))]
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[m["rel"].lower()]
    d = _week_period(ctx.anchor)[0] + dt.timedelta(days=7 * offset + wd)
    return [_Cand(s, e, "date", _date((d, d), "day", anchor=ctx.anchor, relative=True, weekday=wd))]


def _h_day_of_rel_month(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the 20th of next month", "the 3rd of this month"."""
    day = int(re.sub(r"\D", "", m["day"]))
    wd = _WEEKDAYS[m["wd"].rstrip(".").lower()] if _g(m, "wd") else None
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, weekday=wd))]
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = _shift(ctx.anchor.replace(day=1), months=offset)
    d = _safe_date(month.year, month.month, day)
    if d is None:
        return []
    return [_Cand(s, e, "date", _date((d, d), "day", anchor=ctx.anchor, relative=True, weekday=wd))]


def _h_weekday_the_day(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "Friday the 13th": the day of that number, in the month nearest the anchor where it falls on that weekday
    (within six months either side; otherwise nothing is read)."""
    wd = _WEEKDAYS[m["wd"].lower()]
    day = int(re.sub(r"\D", "", m["day"]))
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True, weekday=wd))]
    cands: list[Period] = []
    for k in range(-6, 7):
        first = _shift(ctx.anchor.replace(day=1), months=k)
        d = _safe_date(first.year, first.month, day)
        if d is not None and d.weekday() == wd:
            cands.append((d, d))
    if not cands:
        return []
    got, alts = _pick(cands, ctx.anchor, ctx.tense(s, e))
    return [_Cand(s, e, "date", _date(got, "day", anchor=ctx.anchor, relative=True, weekday=wd, alternatives=alts))]


def _h_rest_of(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "the rest of the year" (from the anchor to the end of its year), "the year to date" (its start to the
    anchor)."""
    unit = (m["unit"] or m["unit2"]).lower()
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    p0, p1 = _calendar_unit(ctx.anchor, unit, 0)[0]
    period = (p0, ctx.anchor) if _g(m, "todate") else (ctx.anchor, p1)
    return [_Cand(s, e, "date", _date(period, "day", anchor=ctx.anchor, relative=True))]


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "over the weekend": the Saturday and Sunday nearest the anchor on the side the tense says (the past one
    when it is unclear, the coming one as the alternative); during a weekend, that weekend."""
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    sat = _week_period(ctx.anchor)[0] + dt.timedelta(days=5)
    cands = [(sat + dt.timedelta(days=7 * k), sat + dt.timedelta(days=7 * k + 1)) for k in (-1, 0)]
    tense = ctx.tense(s, e)
    got, alts = _pick(cands, ctx.anchor, tense, prefer="past")
    return [_Cand(s, e, "date", _date(got, "day", anchor=ctx.anchor, relative=True, alternatives=alts))]


_IN_TIME = re.compile(r"['’]?\s+(?i:time)\b")
_NOT_IN_TIME = re.compile(r"[-'’\w]|\s+(?i:of|old|a|an|per|each)\b")


def _in_time(m: re.Match[str], ctx: _Ctx, count: Interval, unit_word: str) -> _Cand | None:
    """ "in three years' time" (always), "in two weeks" in a future clause: the date that far after the anchor, at
    the unit's granularity like "two weeks from now"; it nests the duration, which stays."""
    s, e = m.start("x"), m.end()
    if m["hedge"] or m["half"] or m["half2"] or not m.string[max(0, s - 4) : s].rstrip().lower().endswith("in"):
        return None
    if not count.bounded or ctx.prev_word(s) != "in":
        return None
    time = _IN_TIME.match(m.string, e)
    if time is None and (_NOT_IN_TIME.match(m.string, e) or not ctx.future_words or ctx.tense(s, e) != "future"):
        return None
    e = time.end() if time else e
    if ctx.anchor is None:
        return _Cand(s, e, "date", _date(None, "day", relative=True), nests=True)
    unit, factor = _UNITS[unit_word]
    near = _shift_units(ctx.anchor, count.low * factor, unit)
    far = _shift_units(ctx.anchor, count.high * factor, unit)
    gran = unit if unit in ("week", "month", "year", "decade") else "day"
    p_near, p_far = _unit_period(near, gran), _unit_period(far, gran)
    period = (min(p_near[0], p_far[0]), max(p_near[1], p_far[1]))
    return _Cand(s, e, "date", _date(period, gran, anchor=ctx.anchor, relative=True), nests=True)


def _count(num: str) -> Interval | None:
    """The count a number as written stands for: "five" → [5, 5], "a few" → [2, 9]."""
    key = re.sub(r"\s+", " ", num.strip()).lower()
    if key in _VAGUE:
        return _VAGUE[key]
    if key in _NUMBER_WORDS:
        return Interval.point(_NUMBER_WORDS[key])
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", key):
        return Interval.point(float(key.replace(",", "")))
    parts = re.split(r"[-\s]", key)
    if len(parts) == 2 and all(p in _NUMBER_WORDS for p in parts):
        return Interval.point(_NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]])
    return None


def _duration_fields(
    count: Interval | float, unit_word: str, hedge: str | None, vague: str | None = None
) -> dict[str, Any]:
    unit, factor = _UNITS[unit_word.lower()]
    lo_d, hi_d = _UNIT_DAYS[unit]
    n = count if isinstance(count, Interval) else Interval.point(count)
    low, high = n.low * factor * lo_d, n.high * factor * hi_d
    low_open, high_open = n.low_open, n.high_open
    h = _HEDGES.get(re.sub(r"\s+", " ", hedge).lower()) if hedge else None
    if h is not None:
        low, high = low * h.low, high * h.high if h.high != INF else INF
        low_open, high_open = h.low_open, h.high_open
    return {
        "value": n.low * factor,
        "unit": unit,
        "hedge": re.sub(r"\s+", " ", hedge or vague or "").lower() or None,
        "days": Interval(low=low, high=high, low_open=low_open, high_open=high_open),
    }


_SET_WORDS = frozenset({"once", "twice", "thrice", "times", "per", "every", "each"})


def _h_duration(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    count = _count(m["num"])
    if count is None:
        return []
    if m["half"] or m["half2"]:
        count = Interval.point(count.low + 0.5)
    if ctx.prev_word(m.start()) in _SET_WORDS:
        return []
    unit = m["unit"].lower()
    if count == Interval.point(1) and unit.endswith("s") and not m["num"][0].isdigit():
        return []  # "a days" is not English; "one years" neither
    vague = m["num"] if re.sub(r"\s+", " ", m["num"]).lower() in _VAGUE else None
    s = m.start("x")
    out = [_Cand(s, m.end(), "duration", _duration_fields(count, unit, m["hedge"], vague))]
    joined = not m["hedge"] and _RANGE_JOINED.search(m.string, max(0, s - 6), s)
    first = _RANGE_FIRST.search(m.string, max(0, s - 40), s) if joined else None
    if first and first["n1"].lower() not in ("a", "an") and (n1 := _count(first["n1"])) and n1.high <= count.low:
        # "between 12 and 18 months", "two to three years": the first end states a length of the same unit
        out.append(_Cand(first.start("n1"), first.end("n1"), "duration", _duration_fields(n1, unit, None)))
    when = _in_time(m, ctx, count, unit) or _within(m, ctx, count, unit)
    return out if when is None else [*out, when]


def _within(m: re.Match[str], ctx: _Ctx, count: Interval, unit_word: str) -> _Cand | None:
    """ "will be back within five days": the days from the anchor to that far after it, in a future clause and not
    counted from an event ("within two weeks of the attack"); it nests the duration, which stays."""
    hedge = re.sub(r"\s+", " ", m["hedge"] or "").lower()
    if hedge != "within" or m["half"] or m["half2"] or not count.bounded or count.low != count.high:
        return None
    s, e = m.start("x"), m.end()
    if _NOT_IN_TIME.match(m.string, e) or re.match(r"\s+(?i:after|before|from|since)\b", m.string[e:]):
        return None
    if not ctx.future_words or ctx.tense(s, e) != "future":
        return None
    if ctx.anchor is None:
        return _Cand(s, e, "date", _date(None, "day", relative=True), nests=True)
    unit, factor = _UNITS[unit_word]
    far = _shift_units(ctx.anchor, count.high * factor, unit)
    return _Cand(s, e, "date", _date((ctx.anchor, far), "day", anchor=ctx.anchor, relative=True), nests=True)


# The first number of a range of durations, right before the second: "12 and" in "between 12 and 18 months" (the
# joining word is looked for first: the number's alternation is slow to try at every place)
_RANGE_JOINED = re.compile(r"(?:[-–]|\b(?:to|and|or))\s*$")
_RANGE_FIRST = re.compile(rf"(?<![\w.,-])(?P<n1>{_NUM})\s*(?:-|–|\bto\b|\band\b|\bor\b)\s*$")


def _h_bare_plural(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    return [_date_or_plural(m)]


def _date_or_plural(m: re.Match[str]) -> _Cand:
    unit = m["unit"].lower()
    fields = _duration_fields(_VAGUE["plural"], unit, None, vague=unit)
    return _Cand(m.start("x"), m.end("x"), "duration", fields)


def _h_whole_unit(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "half-hour" is half the unit; "all day", "the whole year", "another week" one unit. "full-year profit",
    "half-year results" name an accounting period, not a length."""
    if (
        m["unit"].lower() == "year"
        and re.match(r"(?i:full|half)\b", m["x"])
        and re.match(r"\s+[a-z]", m.string[m.end() :])
    ):
        return []
    fields = _duration_fields(0.5 if m["half"] else 1, m["unit"], None)
    return [_Cand(m.start("x"), m.end("x"), "duration", fields)]


def _h_long(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    unit = m["unit"].lower()
    if unit.endswith("s"):
        fields = _duration_fields(_VAGUE["plural"], unit, None, vague=unit)
    else:
        fields = _duration_fields(1, unit, None)
    return [_Cand(m.start("x"), m.end("x"), "duration", fields)]


def _h_ago(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    count = stated = _count(m["num"])
    if count is not None and m["hedge"]:
        h = _HEDGES[re.sub(r"\s+", " ", m["hedge"]).lower()]
        count = Interval(low=count.low * h.low, high=count.high * h.high if h.high != INF else INF)
    if count is None or not count.bounded:
        return []
    unit, factor = _UNITS[m["unit"].lower()]
    s, e = _span(m)
    direction = m["dir"].lower()
    sign = -1 if direction == "ago" or direction.startswith("before") else 1
    # "eight years from now" states a length too (TimeML annotates it as a duration); "two years ago" does not
    lengths: list[_Cand] = []
    if sign > 0 and stated is not None:
        vague = m["num"] if re.sub(r"\s+", " ", m["num"]).lower() in _VAGUE else None
        fields = _duration_fields(stated, m["unit"], m["hedge"], vague)
        lengths.append(_Cand(m.start("x"), m.end("unit"), "duration", fields))
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True), nests=sign > 0), *lengths]
    base = _shift(ctx.anchor, days=_DAY_WORDS[m["base"].lower()]) if _g(m, "base") else ctx.anchor
    near = _shift_units(base, sign * count.low * factor, unit)
    far = _shift_units(base, sign * count.high * factor, unit)
    # counted from a named day ("two weeks from today") it is a day; "two weeks ago" is at the unit's granularity
    gran = unit if unit in ("week", "month", "year", "decade") and not _g(m, "base") else "day"
    p_near, p_far = _unit_period(near, gran), _unit_period(far, gran)
    period = (min(p_near[0], p_far[0]), max(p_near[1], p_far[1]))
    return [_Cand(s, e, "date", _date(period, gran, anchor=ctx.anchor, relative=True), nests=sign > 0), *lengths]


# Words before "last three years" that make it a period of something else ("his last three years in office")
_NOT_RUNNING = frozenset({"his", "her", "their", "its", "our", "my", "your", "whose", "s", "a", "an", "these", "those"})
# Words after which "last three years" without "the" is the running period (elsewhere "last" may be the verb)
_RUNNING_AFTER = frozenset({"in", "over", "during", "for", "within", "throughout", "across", "from", "since"})


_PART = re.compile(rf"(?P<num>{_NUM})\s+(?P<unit>{_UNIT})")


def _h_compound_ago(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    """ "two years and three months ago", "1 month, 21 days from now": the day that far from the anchor (years and
    months by the calendar first, then weeks and days)."""
    months = days = 0.0
    for part in _PART.finditer(m["parts"]):
        count = _count(part["num"])
        if count is None or count.low != count.high or count.low != int(count.low):
            return []
        unit, factor = _UNITS[part["unit"].lower()]
        n = count.low * factor
        if unit in ("year", "month", "decade"):
            months += n * {"year": 12, "month": 1, "decade": 120}[unit]
        elif unit in ("week", "day"):
            days += n * (7 if unit == "week" else 1)
        else:
            return []  # hours and minutes: a time of day, not a date
    s, e = _span(m)
    if ctx.anchor is None:
        return [_Cand(s, e, "date", _date(None, "day", relative=True))]
    sign = -1 if m["dir"].lower() == "ago" else 1
    d = _shift(_shift(ctx.anchor, months=sign * int(months)), days=sign * days)
    return [_Cand(s, e, "date", _date((d, d), "day", anchor=ctx.anchor, relative=True))]


def _h_past_n(m: re.Match[str], ctx: _Ctx) -> list[_Cand]:
    count = _count(m["num"])
    if count is None:
        return []
    if not m["the"]:
        prev = ctx.prev_word(m.start())
        if prev in _NOT_RUNNING or m.string[: m.start()].rstrip().endswith("'"):
            return []
        if m["rel"].lower() == "last" and m.string[: m.start()].strip() and prev not in _RUNNING_AFTER:
            return []  # the verb: "is due to last 72 hours", "will last six weeks"
    unit, factor = _UNITS[m["unit"].lower()]
    s, e = _span(m)
    out: list[_Cand] = []
    vague = m["num"] if re.sub(r"\s+", " ", m["num"]).lower() in _VAGUE else None
    out.append(_Cand(m.start("num"), e, "duration", _duration_fields(count, m["unit"], None, vague)))
    if ctx.anchor is None or not count.bounded:
        out.append(_Cand(s, e, "date", _date(None, "day", relative=True), nests=True))
        return out
    sign = -1 if m["rel"].lower() in ("past", "last", "previous", "recent") else 1
    other = _shift_units(ctx.anchor, sign * count.high * factor, unit)
    period = _running(ctx.anchor, other)
    out.append(_Cand(s, e, "date", _date(period, "day", anchor=ctx.anchor, relative=True), nests=True))
    return out


# --- patterns ------------------------------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], _Ctx], list[_Cand]]
_MODSEP = rf"(?:(?P<mod>{_MOD})(?:\s+|-))?"
# Rare forms, tried first (a longer reading wins over the month, year or weekday inside it; at equal length the
# earlier pattern wins) and only when the sentence holds a word one of them needs (_RARE_GATE).
_RARE_PATTERNS: list[tuple[str, _Handler]] = [
    (
        # a half: "the second half of 2024", "the first half of March", "the first half of last year"
        (
            rf"\b(?P<x>(?i:the\s+)?(?P<h>(?i:first|second|1st|2nd))(?:\s+|-)(?i:half)\s+(?i:of)\s+"
            rf"(?:(?P<year>{_YEAR})|(?P<ry>{_REL_YEAR})\s+(?i:year)|(?P<mon>{_MON_ALONE})(?:,?\s+(?P<myear>{_YEAR}))?))"
            r"(?![-–]\d)"
        ),
        _h_half,
    ),
    (
        # an ordinal week or weekday counted in a month or year: "the first week of March", "the last week of
        # 2024", "the second Tuesday of next month", "the first Friday in July"
        (
            rf"\b(?P<x>(?i:the\s+)?(?P<ord>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))\s+"
            rf"(?:(?i:week)|(?P<wd>{_WD_FULL}))\s+(?i:of|in)\s+(?:(?P<mon>{_MON_ALONE})(?:,?\s+(?P<year>{_YEAR}))?"
            rf"|(?P<year2>{_YEAR})|(?P<rel>{_REL_YEAR})\s+(?P<unit>(?i:month|year))))\b"
        ),
        _h_ordinal_in,
    ),
    (
        # a weekday of a relative week: "Friday next week", "Tuesday of last week"
        (
            rf"\b(?P<x>(?P<wd>{_WD_FULL})(?:\s+(?i:morning|afternoon|evening|night))?(?:\s+of)?\s+"
            rf"(?P<rel>{_REL_YEAR})\s+(?i:week))\b(?!['’]s|\s+(?i:and|or|to|through)\b)"
        ),
        _h_weekday_of_week,
    ),
    (
        # the same written week first: "next week on Friday", "this week Friday"
        (rf"\b(?P<x>(?P<rel>{_REL_YEAR})\s+(?i:week)(?:\s+on)?\s+(?P<wd>{_WD_FULL}))(?!['’]s)"),
        _h_weekday_of_week,
    ),
    (
        (
            rf"\b(?P<x>(?:(?P<wd>{_WD_ANY}),?\s+)?(?i:the\s+)?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\s+of\s+"
            rf"(?P<rel>{_REL_YEAR})\s+(?i:month))\b"
        ),
        _h_day_of_rel_month,
    ),
    (
        (rf"\b(?P<x>(?P<wd>{_WD_FULL}),?\s+the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)))\b"),
        _h_weekday_the_day,
    ),
    (
        (
            r"\b(?P<x>(?i:the\s+)?(?i:rest|remainder|balance)\s+of\s+(?:(?i:the|this|my|our)\s+)?"
            r"(?P<unit>(?i:week|month|year))"
            r"|(?i:the\s+)?(?P<unit2>(?i:year))[-\s](?P<todate>(?i:to)[-\s](?i:date)))\b"
        ),
        _h_rest_of,
    ),
    ((r"\b(?P<x>(?i:the)\s+weekend)\b"), _h_weekend),
    (
        # "weekend" without "the" after a preposition, as a headline writes it ("clashes over weekend")
        (
            r"\b(?i:on|over|during)\s+(?P<x>(?i:weekend))\b"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|as|when|after|before|in|at|to|with|for|by|amid)\b)"
        ),
        _h_weekend,
    ),
    (
        # decades in words: "the seventies", "the nineteen-eighties", "the early nineties", "the noughties"
        (
            r"\b(?P<x>(?i:the)\s+(?:(?i:early|mid|late)[-\s]+)?(?:(?:(?P<cent>(?i:eighteen|nineteen|twenty))[-\s]+)?"
            r"(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
            r"|(?P<cent2>(?i:nineteen|twenty))[-\s]+(?P<dw2>(?i:tens))|(?P<dw3>(?i:noughties))))\b"
            r"(?!\s+(?i:degrees|percent|per\s+cent)\b|\s*[%°])"
        ),
        _h_decade_words,
    ),
]
_PATTERNS: list[tuple[str, _Handler]] = [
    (
        (rf"(?<![\d/.-])(?P<year>{_YEAR})-(?P<a>0[1-9]|1[0-2])-(?P<b>0[1-9]|[12]\d|3[01])(?![\d-])"),
        _h_numeric,
    ),
    (
        # the rarer forms that start with a number, in one pattern (one scan of the sentence; _h_digits reads which
        # branch matched): "2015/08/12", "2015.5.13" (year first); "3/7/2024", "21-04-2016", "13.5.2015";
        # "05/05/89" (a two-digit year only with slashes); "2016-11", "11/2016" (a month); "the 21st" (a day alone,
        # after a preposition the handler checks)
        (
            r"(?<![\w/.,-])(?:(?P<y1>(?:1[6-9]|20)\d\d)(?P<s1>[/.])(?P<a1>0?[1-9]|1[0-2])(?P=s1)"
            r"(?P<b1>0?[1-9]|[12]\d|3[01])(?!\d|[/.]\d)"
            r"|(?P<a2>0?[1-9]|[12]\d|3[01])(?P<s2>[/.-])(?P<b2>0?[1-9]|[12]\d|3[01])(?P=s2)"
            r"(?P<y2>(?:1[6-9]|20)\d\d)(?!\d|[/.-]\d)"
            r"|(?P<a3>0?[1-9]|[12]\d|3[01])/(?P<b3>0?[1-9]|[12]\d|3[01])/(?P<yy>\d\d)(?!\d|[/.-]\d)"
            r"|(?:(?P<y4>(?:1[6-9]|20)\d\d)(?:-|\s?/\s?)(?P<m4>0?[1-9]|1[0-2])"
            r"|(?P<m5>0?[1-9]|1[0-2])(?:-|\s?/\s?)(?P<y5>(?:1[6-9]|20)\d\d))(?![\w/-]|[.,]\d)"
            r"|(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b"
            r"(?=\s*(?:[.,;:!?)\]\"”’]|$)|\s+(?:and|or|to|through|until|at|when)\b))"
        ),
        _h_digits,
    ),
    (
        (
            rf"(?:(?P<wd>{_WD_ANY}),?\s+(?:the\s+)?)?\b(?P<day>{_DAY})(?:\s*(?:-|–|to|and)\s*(?P<day2>{_DAY}))?"
            rf"(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?"
        ),
        _h_day_month,
    ),
    (
        (
            rf"(?:(?P<wd>{_WD_ANY}),?\s+)?(?P<mon>{_MON})\s+(?:the\s+)?(?P<day>{_DAY})(?:\s*(?:-|–)\s*(?P<day2>{_DAY}))?"
            rf"(?:,?\s+(?P<year>{_YEAR}))?(?!\s*(?:%|percent|per\s+cent))"
        ),
        _h_day_month,
    ),
    (
        # a day in words: "the tenth of September", "the Fourth of July", "Wednesday, the first of May 2024"
        (
            rf"\b(?P<x>(?:(?P<wd>{_WD_ANY}),?\s+)?(?i:the\s+)?(?P<day>{_DAY_WORD})\s+(?i:of)\s+(?P<mon>{_MON})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?)"
        ),
        _h_day_month,
    ),
    ((rf"(?P<x>{_MODSEP}(?P<mon>{_MON})\s?,?\s+(?:of\s+)?(?P<year>{_YEAR}))"), _h_month_year),
    (
        (rf"(?P<x>{_MODSEP}(?P<mon>{_MON_ALONE})(?:\s+of)?\s+(?P<rel>(?i:last|this|next))\s+year)\b"),
        _h_month_rel_year,
    ),
    ((rf"\b(?P<x>(?P<rel>(?i:last|this|next|past))\s+(?P<mon>{_MON_ALONE}))"), _h_rel_month),
    (
        (
            rf"\b(?P<ctx>(?i:{_alt(_MONTH_CONTEXT + _MONTH_CONTEXT_ALONE)}))\s+(?P<x>{_MODSEP}(?P<mon>{_MON_ALONE})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?)"
        ),
        _h_bare_month,
    ),
    ((rf"\b(?P<x>(?P<mod>{_MOD})(?:\s+|-)(?P<mon>{_MON_ALONE}))"), _h_bare_month),
    (
        (rf"\b(?P<x>{_MODSEP}(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+(?P<year>{_YEAR}))"),
        _h_season_year,
    ),
    (
        (
            rf"\b(?P<ctx>(?i:in|during|since|by|until|through|throughout))\s+(?P<x>(?i:the\s+)?{_MODSEP}"
            rf"(?P<season>(?i:spring|summer|autumn|winter)))\b(?!\s+(?:of\s+)?\d)"
        ),
        _h_bare_season,
    ),
    (
        (
            rf"\b(?P<x>(?i:the\s+)?(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:\s+|-)(?i:quarter)"
            rf"(?:(?:\s+of)?\s+(?P<year>{_YEAR})|(?:\s+of)?\s+(?P<ry>{_REL_YEAR})\s+(?i:year))?)\b"
        ),
        _h_quarter,
    ),
    (
        (rf"\b(?P<x>Q(?P<qn>[1-4])(?:(?:\s+|-)?(?P<year>{_YEAR})|\s+(?P<ry>{_REL_YEAR})\s+(?i:year))?)\b(?P<q>)"),
        _h_quarter,
    ),
    (
        (
            rf"\b(?P<ctx>(?i:{_alt(_YEAR_CONTEXT)}))\s+(?P<x>{_MODSEP}(?P<year>{_YEAR})"
            rf"(?:\s*(?P<sep>-|–|to|and|through|until)\s*(?P<year2>{_YEAR}))?)"
        ),
        _h_year,
    ),
    ((rf"\b(?P<x>(?P<mod>{_MOD})(?:\s+|-)(?P<year>{_YEAR}))"), _h_year),
    ((rf"\b(?P<x>(?P<year>{_YEAR}))(?=['’]s\b)"), _h_year),
    (
        # a determiner, a year and a word: "the 2024 election", "a 2009 analysis", "his 2007 campaign"
        (
            r"\b(?i:the|a|an|his|her|its|their|our|this|that)\s+(?P<x>(?P<year>(?:19|20)\d\d))(?=\s+[A-Za-z])"
            r"(?!\s+(?i:to|and|or|per|of)\b)"
        ),
        _h_year,
    ),
    (
        # a span of years needs no context word: "the 2009-2010 pandemic", "the expedition of 1957-58"
        (rf"\b(?P<x>(?P<year>{_YEAR})\s*(?P<sep>[-–])\s*(?P<year2>{_YEAR}|\d\d(?![\d,.]|\s*%)))"),
        _h_year,
    ),
    (
        # "the 1990s", "the '80s"; after "the", also "the 70s", "the late 80's" (the handler checks the "the")
        (
            r"(?P<x>(?:(?i:early|late|mid)[-\s]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)['’]?s|['’](?P<dec2>\d0)s"
            r"|(?<![\w'’.,])(?P<dec3>\d0)['’]?s))\b"
        ),
        _h_decade,
    ),
    ((r"\b(?P<x>(?P<ord>\d{1,2})(?:st|nd|rd|th)\s+(?i:century))"), _h_century),
    ((rf"\b(?P<x>(?i:{_alt(_DAY_WORDS)}))\b"), _h_day_word),
    ((rf"\b(?P<x>(?i:{_alt(_PRESENT_WORDS)}))\b(?!\s+that\b)"), _h_day_word),
    (
        (
            rf"\b(?P<x>(?:(?P<mod>(?i:late|early|last|next|this\s+coming|this|later|earlier|coming|past))\s+)?(?P<wd>{_WD_FULL})"
            rf"(?:\s+(?i:morning|afternoon|evening|night))?)"
        ),
        _h_weekday,
    ),
    (
        # "the week after next", "the month after the next", "the year before last"
        (
            r"\b(?P<x>(?i:the\s+)?(?P<unit>(?i:week|weekend|month|year))\s+(?P<dir>(?i:after|before))\s+"
            r"(?i:the\s+)?(?P<rel>(?i:next|last)))\b(?!\s+(?i:one|two|three|few|several|\d))"
        ),
        _h_unit_after_next,
    ),
    (
        # "earlier in the week", "later in the year": this week or year up to or from the anchor
        (r"\b(?P<x>(?P<el>(?i:earlier|later))\s+in\s+the\s+(?P<unit>(?i:week|month|year)))\b"),
        _h_earlier_in,
    ),
    (
        (
            rf"\b(?P<x>{_MODSEP}(?:(?P<el>(?i:earlier|later))\s+)?(?P<the>(?i:the)\s+)?"
            rf"(?P<rel>(?i:last|this|next|past|coming|upcoming|current))\s+"
            r"(?P<unit>(?i:week|weekend|month|quarter|(?:fiscal\s+)?year|decade|century|spring|summer|autumn|fall"
            r"|winter)))\b"
        ),
        _h_rel_unit,
    ),
    (
        (
            rf"(?P<x>\b(?P<parts>(?:{_NUM})\s+{_UNIT}(?:,?\s+(?:and\s+)?(?:{_NUM})\s+{_UNIT})+)\s+"
            r"(?P<dir>(?i:ago|from\s+now)))\b"
        ),
        _h_compound_ago,
    ),
    (
        (
            rf"(?P<x>(?:(?P<hedge>{_HEDGE})\s+)?\b(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+"
            rf"(?P<dir>(?i:ago|from\s+now|hence|(?:from|after|before)\s+(?P<base>today|tomorrow|yesterday))))\b"
        ),
        _h_ago,
    ),
    (
        (
            rf"\b(?P<x>(?P<the>(?i:the)\s+)?(?P<rel>(?i:past|last|next|coming|upcoming|previous|recent))\s+"
            rf"(?P<num>{_NUM})\s+(?P<unit>{_UNIT}))"
        ),
        _h_past_n,
    ),
]
_DURATION_PATTERNS: list[tuple[str, _Handler]] = [
    (
        (
            rf"(?P<x>(?:(?P<hedge>{_HEDGE})\s+)?\b(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half|-and-a-half)?"
            rf"(?:\s+(?i:more|additional|further|straight|consecutive|full))?(?:\s+|-)(?P<unit>{_UNIT})"
            r"(?P<half2>\s+and\s+a\s+half)?)"
            r"(?:-long\b|\s+long\b)?(?!-old|\s+old\b|-year|\s+(?:and|or)\s+(?:older|younger|over|up)\b)"
        ),
        _h_duration,
    ),
    (
        (
            r"\b(?i:for|over|within|after|following|lasting|spanning|amid|despite|took|take|takes|spent|spend|than"
            r"|recent|in\s+recent|past|the\s+past|coming|the\s+coming)"
            r"\s+(?P<x>(?P<unit>(?i:decades|years|months|weeks|days|hours|centuries)))\b"
            r"(?!\s+(?i:ago|later|earlier|before|after|old)\b)"
        ),
        _h_bare_plural,
    ),
    ((r"^(?P<x>(?P<unit>Decades|Years|Months|Weeks))\s+of\b"), _h_bare_plural),
    (
        # "half-hour", "half year"; "all day", "a full week", "the whole year", "another month"
        (
            r"\b(?P<x>(?:(?P<half>(?i:half))|(?i:all|whole|entire|full|another))[-\s]"
            r"(?P<unit>(?i:hour|day|week|fortnight|month|year|decade)))\b(?![-'’]\w)"
        ),
        _h_whole_unit,
    ),
    (
        (r"\b(?P<x>(?P<unit>(?i:years?|decades?|months?|weeks?|days?|hours?))-?long)\b"),
        _h_long,
    ),
]

# Each pattern with its gate (factcheck/extract/_gate.py): the words any match must hold, read from the pattern; and
# compiled behind a look-ahead for the characters its matches start with (_gate.lead: the same matches, found
# faster). The pattern is parsed once for both.
_GATED: list[tuple[re.Pattern[str], _Handler, Gate]] = [
    (pattern, h, needs) for source, h in _PATTERNS + _DURATION_PATTERNS for pattern, needs in [gated(source)]
]
_GATED_RARE: list[tuple[re.Pattern[str], _Handler, Gate]] = [
    (pattern, h, needs) for source, h in _RARE_PATTERNS for pattern, needs in [gated(source)]
]


def _family_gate(gates: Iterable[Gate]) -> Gate:
    """One requirement that any text a member of the family matches meets, tested by one set lookup: from each
    gate's most selective requirement (its shortest literal the longest), each literal's longest word as a whole
    word. Sound for the rare patterns because each writes its words between ``\\b`` or ``\\s`` (a gate literal
    may leave that edge out: "balance of the" stands for a match of ``\\b(?:rest|balance)\\s+of``). A sentence
    failing it skips the whole family."""
    union: set[str] = set()
    for g in gates:
        for lit in max(g.requirements, key=lambda r: min(1 if lit == DIGIT else len(lit) for lit in r)):
            word = max(re.findall(r"[a-z]+", lit)[::-1], key=len, default="")  # the last of a tie
            if lit == DIGIT or not word:
                return Gate(())  # no word to test: the family cannot be skipped
            union.add(f"{WORD} {word} ")
    return Gate((tuple(sorted(union)),))


_RARE_GATE = _family_gate(needs for _, _, needs in _GATED_RARE)
_GATED_ALL = _GATED_RARE + _GATED
_INDEX = GateIndex([needs for _, _, needs in _GATED_ALL])  # the gates a sentence passes, found from its words

# Five patterns pass their gates (a digit, a month's name) in most sentences of a run and match in few or none: each
# has a needle, a pattern that finds a part every match of it holds (read from the pattern by hand; checked on every
# sentence of the bench sets by tests/test_date_needles.py), searched first. A pattern is named by how its source
# starts; the needle's search scans the sentence for one fixed form, where the pattern tries its alternatives at
# every position its lead admits.
_NEEDLE_BY_START: dict[str, re.Pattern[str]] = {
    # _h_digits: "2015/08/12", "3/7/2024", "2016-11", "11 / 2016", "the 21st"
    r"(?<![\w/.,-])(?:(?P<y1>": re.compile(r"(?i)\d(?:[/.-]\d|\s?/\s?\d|st|nd|rd|th)"),
    # _h_day_month, the month first: "March 12", "Sept. the 3rd" (a day of one or two digits: not "March 2025")
    rf"(?:(?P<wd>{_WD_ANY}),?\s+)?(?P<mon>": re.compile(
        r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:the\s+)?\d\d?(?![\d:])"
    ),
    # _h_year: "the 1990's", a year before "'s"
    rf"\b(?P<x>(?P<year>{_YEAR}))(?=['’]s\b)": re.compile(r"\d\d['’]s"),
    # _h_year: a determiner, a year and a word ("the 2024 election")
    r"\b(?i:the|a|an|his|her|its|their|our|this|that)\s+(?P<x>": re.compile(r"\s(?:19|20)\d\d\s+[A-Za-z]"),
    # _h_decade: "the 1990s", "the '80s", "the late 80's"
    r"(?P<x>(?:(?i:early|late|mid)[-\s]+)?(?:(?P<dec>": re.compile(r"\d0['’]?s\b"),
}


def _needles(sources: list[str]) -> list[re.Pattern[str] | None]:
    """Each pattern's needle (:data:`_NEEDLE_BY_START`), or None; each needle names exactly one pattern."""
    out = [next((n for start, n in _NEEDLE_BY_START.items() if source.startswith(start)), None) for source in sources]
    assert all(sum(source.startswith(start) for source in sources) == 1 for start in _NEEDLE_BY_START)
    return out


_NEEDLES = _needles([source for source, _ in _RARE_PATTERNS + _PATTERNS + _DURATION_PATTERNS])
# _TRIGGER is a digit or one of a few words in any case: its gate is exactly "it matches" (one requirement, every
# alternative a literal), and testing substrings of the folded text is much cheaper than a case-blind alternation
_TRIGGER_GATE = gate(_TRIGGER)

# --- extraction ----------------------------------------------------------------------------------------------------


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then leftmost; a candidate overlapping one already taken is dropped. (The taken spans never
    overlap, so kept in order of start their ends rise too: only the last one starting before a candidate's end can
    reach into it.)"""
    starts: list[int] = []
    taken: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        at = bisect.bisect_left(starts, c.end)
        if at == 0 or taken[at - 1].end <= c.start:
            starts.insert(at, c.start)
            taken.insert(at, c)
    return taken


# Between the two ends of a range: "from March 3 to March 7, 2024", "between March and May", "January–June"
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|\b(?:to|through|until|till|and)\b)\s*", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|\band\b|\bor\b|,\s*and\b)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _years_shifted(p: Period, k: int) -> Period | None:
    """``p`` moved by ``k`` whole years; a period ending on a month's last day still does (February in leap
    years)."""
    try:
        start = _shift(p[0], months=12 * k)
        end = _shift(p[1], months=12 * k)
    except ValueError:
        return None
    if p[1].day == calendar.monthrange(p[1].year, p[1].month)[1]:
        end = _month_period(end.year, end.month)[1]
    if p[0].day != start.day or (p[1].day != end.day and p[1].day < 28):
        return None  # 29 February in a year without one
    return start, end


def _period(c: _Cand) -> Period | None:
    s, e = c.fields["start"], c.fields["end"]
    return (s, e) if s is not None and e is not None else None


def _reyear(c: _Cand, period: Period) -> None:
    c.fields = {**c.fields, "start": period[0], "end": period[1], "alternatives": []}


def _join_ranges(text: str, dates: list[_Cand]) -> list[_Cand]:
    """Read two dates written as one range or list together: a year written on one end only applies to the other
    ("from January to March 2024", "Feb. 3 and March 7, 2024"), a year-less start is the latest reading not after
    its end ("between November and February"), and a range opened by "from"/"between" (or written with a dash or
    "through") becomes one DateRef from the first day of its start to the last day of its end."""
    out: list[_Cand] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        b = dates[i + 1] if i + 1 < len(dates) else None
        if b is None:
            out.append(a)
            break
        gap = text[a.end : b.start]
        pa, pb = _period(a), _period(b)
        joined = _RANGE_JOIN.fullmatch(gap)
        if pa is None or pb is None or not (joined or _LIST_JOIN.fullmatch(gap)):
            out.append(a)
            i += 1
            continue
        if a.yearless and not (b.yearless and not joined):
            # the latest reading of the start that does not begin after the end begins
            gap_years = pb[0].year - pa[0].year
            shifted = [q for k in (gap_years - 1, gap_years) if (q := _years_shifted(pa, k)) and q[0] <= pb[0]]
            if shifted and max(shifted) != pa:
                pa = max(shifted)
                _reyear(a, pa)
        elif b.yearless and not a.yearless and joined:
            gap_years = pa[1].year - pb[1].year
            shifted = [q for k in (gap_years, gap_years + 1) if (q := _years_shifted(pb, k)) and q[1] >= pa[1]]
            if shifted and min(shifted) != pb:
                pb = min(shifted)
                _reyear(b, pb)
        opened = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start) is not None
        word = gap.strip().lower()
        ga, gb = a.fields["granularity"], b.fields["granularity"]
        # without "from"/"between": a dash, "through", or "to"/"until" between two days or two months ("Oct. 2 to
        # Oct. 22", "1 Jan until 22 Jan")
        bare = word in ("-", "–", "—", "through") or (
            word in ("to", "until", "till") and ga == gb and ga in ("day", "month")
        )
        if joined and (opened or bare) and (word != "and" or opened) and pa[1] <= pb[1]:
            relative = bool(a.fields["relative"] or b.fields["relative"])
            anchor = a.fields["anchor"] or b.fields["anchor"]
            fields = _date((pa[0], pb[1]), ga if ga == gb else "day", anchor=anchor, relative=relative)
            out.append(_Cand(a.start, b.end, "date", fields, a.nests or b.nests))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_WEEK_OF = re.compile(
    rf"\b(?:the\s+)?(?:(?P<n>{_NUM})[-\s]+)?(?P<unit>weeks?|days?|months?)\s+"
    r"(?P<how>of|(?:starting|beginning|commencing)(?:\s+on|\s+from)?)\s+$",
    re.IGNORECASE,
)


def _week_of(text: str, c: _Cand) -> _Cand:
    """ "the week of March 10", "the week beginning 3 February": the Monday-to-Sunday week holding that day; "a week
    starting tomorrow", "two weeks starting May 20", "three days starting next Monday": that many units from that
    day on."""
    p = _period(c)
    if p is None or p[0] != p[1]:
        return c
    m = _WEEK_OF.search(text, max(0, c.start - 40), c.start)
    if m is None:
        return c
    unit = m["unit"].lower().rstrip("s")
    fields = {**c.fields, "alternatives": []}
    if not m["n"]:  # "the week of March 10", "the week beginning 3 February": a calendar week
        if unit != "week" or (m["how"].lower() == "of" and c.fields["weekday"] is not None):
            return c
        fields["granularity"] = "week"
        fields["start"], fields["end"] = _week_period(p[0])
    else:
        count = _count(m["n"]) if m["n"] else Interval.point(1)
        if count is None or not count.bounded or count.low != count.high or count.low > 1000:
            return c
        fields["granularity"] = "day"
        fields["start"], fields["end"] = p[0], _shift_units(p[0], count.low, unit) - dt.timedelta(days=1)
    return _Cand(m.start(), c.end, "date", fields, c.nests, c.yearless)


def _sentence_candidates(
    text: str, anchor: dt.date | None, reading: Reading | None = None
) -> tuple[list[_Cand], list[_Cand]]:
    ctx = _Ctx(text, anchor)
    dates: list[_Cand] = []
    durations: list[_Cand] = []
    if reading is None:
        reading = read(text)
    first = 0 if _RARE_GATE.passes(reading) else len(_GATED_RARE)
    for i in _INDEX.passing(reading):
        if i < first:
            continue  # a rare pattern, and the sentence lacks every word of the family
        pattern, handler, _ = _GATED_ALL[i]  # exact: the other patterns' gates fail (the sentence lacks a word)
        needle = _NEEDLES[i]
        if needle is not None and needle.search(text) is None:
            continue  # exact: every match holds one of its needle's
        for m in pattern.finditer(text):
            for c in handler(m, ctx):
                if c.start < c.end:
                    (dates if c.kind == "date" else durations).append(c)
    chosen_dates = _select(dates)
    if len(chosen_dates) > 1:
        chosen_dates = _join_ranges(text, chosen_dates)
    if chosen_dates and ("eek" in text or "tarting" in text or "eginning" in text or "ommencing" in text):
        chosen_dates = [_week_of(text, c) for c in chosen_dates]
    kept = [d for d in _select(durations) if all(d.end <= t.start or d.start >= t.end or t.nests for t in chosen_dates)]
    return chosen_dates, kept


def extract_dates(doc: Document, sentences: list[Sentence]) -> tuple[list[DateRef], list[Duration]]:
    """The dates and durations of ``doc``, resolved against ``doc.published`` (see the module docstring)."""
    dates: list[DateRef] = []
    durations: list[Duration] = []
    for sent in sentences:
        text = sent.text
        reading = read(text)
        if not _TRIGGER_GATE.passes(reading):
            continue  # the same test as _TRIGGER.search(text), on the reading the pattern gates use
        base = sent.span.start
        found_dates, found_durations = _sentence_candidates(text, doc.published, reading)
        for c in found_dates:
            dates.append(DateRef(span=doc.span(base + c.start, base + c.end), sentence=sent.index, **c.fields))
        for c in found_durations:
            durations.append(Duration(span=doc.span(base + c.start, base + c.end), sentence=sent.index, **c.fields))
    return dates, durations
