"""Calendar helpers of the generic date checks: explicit dates, bare weekdays and durations as written.

The date checks verify narrow structures ("Tuesday, March 4, 2024", "the 10-day festival … from 1 June to 14
June", "for over three years"), so they read them here with the year policy stated once: a day or month without a
year takes the year that puts it nearest the publication date, except :func:`past_month` (an event start), which
takes the latest such month not after publication. Durations are intervals in days (DESIGN: numbers are
intervals): "seven months" is 6.5–8 months (writers round and floor), "10-day" is exactly 10, hedges widen.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from factcheck.checks._numeric import hedge_alternation
from factcheck.extract import numbers as num
from factcheck.extract._gate import lead
from factcheck.extract.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, nearest_year
from factcheck.extract.hedges import direction, hedge_interval, hull
from factcheck.intervals import Interval


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Month and weekday spellings from tables/dates.yaml; weekdays in full, abbreviated only before a date.
_MONTH = rf"(?:{_alt(MONTH_NAMES)}|{_alt(MONTH_ABBREVIATIONS)})\.?"
_WD = rf"(?:{_alt(WEEKDAY_NAMES)})"
# Before a date a weekday may be abbreviated ("Fri 15 Jan", "Thurs., March 2"), capitalised as the tables spell it.
_WD_ABBR = _alt([w.capitalize() for w in WEEKDAYS if w.capitalize() not in WEEKDAY_NAMES])
_WD_BEFORE = rf"(?:{_WD}|(?:{_WD_ABBR})\b\.?)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,? (?P<y>(?:19|20)\d\d)\b)?"
# The weekday before its date, or with the date in brackets after it ("Tuesday (Jan 20)", Singapore and Malaysian
# house style) or between dashes ("Sunday – 24 January –").
_DATE = lead(
    re.compile(
        rf"(?:(?P<wd>{_WD_BEFORE})(?:,? (?:the )?| \((?=[^()]{{3,24}}\))| [–—-] (?=[^–—-]{{3,24}} [–—-])))?"
        rf"(?:{_DAY} (?:of )?(?P<m>{_MONTH}){_YEAR}"
        rf"|(?P<m2>{_MONTH}) (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:,? (?P<y2>(?:19|20)\d\d)\b)?)"
    )
)
_MONTH_ONLY = re.compile(
    rf"(?:(?P<part>early|mid-|mid|late|the beginning of|the start of|the end of) )?(?P<m>{_MONTH})"
    rf"(?: (?P<y>(?:19|20)\d\d)\b| (?P<rel>last year|this year))?(?! [0-3]?\d\b)"
)
_BARE_WD = re.compile(rf"\b(?P<wd>{_WD})\b(?!['’]s)")
# Mean length of each unit in days, to turn a written duration into days and back.
DAYS_PER = {"day": 1.0, "night": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_NUMWORD = (
    rf"\d+(?:\.\d+)?|a|an|(?:{_alt(list(num.TENS))})(?:[- ](?:{_alt(list(num.SMALL))}))?|{_alt(list(num.SMALL))}"
    r"|a few|several"
)
_DURATION = lead(
    re.compile(
        rf"(?i)(?:(?<![\w-])(?P<hedge>{hedge_alternation()})\s+)?"
        rf"\b(?:(?P<n>{_NUMWORD})[ -](?P<unit>day|night|week|fortnight|month|year|decade)s?\b(?!(?:-|\s+)old\b)"
        r"|(?P<long>day|week|fortnight|month|year|decade)-long\b)"
    )
)  # (an age is no duration: "the 69-year-old bridge", "six years old")


@dataclass(frozen=True)
class DateMention:
    """An explicit date as written: offsets in its text, first and last day, and a stated weekday."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    granularity: str  # "day" or "month"
    weekday: int | None
    year_written: bool


@dataclass(frozen=True)
class DurationMention:
    start: int
    end: int
    value: float
    unit: str
    hedge: str | None
    days: Interval

    @property
    def text_shown(self) -> str:
        return f"{self.value:g} {self.unit}s"


def day_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Day-precise dates ("Monday, 3 March 2025", "March 4", "on 11 March") with the year policy applied."""
    out = []
    for m in _DATE.finditer(text):
        month_word = (m.group("m") or m.group("m2")).rstrip(".").lower()
        month = MONTHS[month_word]
        day = int(m.group("d") or m.group("d2"))
        ys = m.group("y") or m.group("y2")
        year = int(ys) if ys else nearest_year(month, day, published)
        if year is None or not 1 <= day <= 31:
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        wd = WEEKDAYS[_own_weekday(text, m).lower().rstrip(".")] if m.group("wd") else None
        end = m.end()
        if wd is None and (after := _WD_AFTER.match(text, end)) is not None:
            wd, end = WEEKDAYS[after.group("wd").lower()], after.end()
        out.append(DateMention(m.start(), end, date, date, "day", wd, bool(ys)))
    return out


# A weekday may follow its date in brackets or an aside ("on January 20 (a Wednesday)", "on 20 January, a Wednesday,").
_WD_AFTER = re.compile(rf"(?: \(|, )an? (?P<wd>{_WD})\b(?:\)|(?=,))")
_LISTED_BEFORE = re.compile(rf"(?P<wd>{_WD})\s*(?:,|and|&)\s*$")
# A second day right after a date ("March 14-15", "June 12 and 13"): the date is the first of two days.
_NEXT_DAY = re.compile(r"\s*(?:-|–|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?\b")


def _own_weekday(text: str, m: re.Match[str]) -> str:
    """The weekday a date names: the one before it, except that two weekdays before two days ("Monday and Tuesday
    (June 12 and 13)", "Tuesday and Wednesday, March 14-15") name them in turn, so the first day is the first
    weekday's."""
    wd = m.group("wd")
    bracket = text.startswith(" (", m.end("wd")) and not text.startswith(")", m.end())
    if bracket or _NEXT_DAY.match(text, m.end()):
        listed = _LISTED_BEFORE.search(text, max(0, m.start("wd") - 16), m.start("wd"))
        if listed is not None:
            return listed.group("wd")
    return wd


# The other end of a day range written with one month: "14 to 19 June", "from 3–9 May" (the start day before a
# day-first date), "June 14–19", "March 3 to 9, 2026" (the end day after a month-first date).
_RANGE_JOIN = r"\s*(?:to|until|till|through|–|-)\s*"
_START_DAY = re.compile(rf"(?<![\w$€£¥.,:/-])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_JOIN}$")
_END_DAY = re.compile(
    rf"{_RANGE_JOIN}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:/-]?\d)(?!\s*(?:%|per\s?cent|percent|{_MONTH}))"
)


def range_days(text: str, days: list[DateMention]) -> list[DateMention]:
    """The day that shares its month with a day date at the other end of a range ("14 to 19 June": 14 June; "June
    14–19": 19 June), in that date's month and year; only a day earlier (start) or later (end) than the date's."""
    out = []
    for d in days:
        if d.granularity != "day" or d.weekday is not None:
            continue
        if text[d.start].isdigit():
            m = _START_DAY.search(text, max(0, d.start - 16), d.start)
            if m is not None and 1 <= int(m.group("d")) < d.first.day:
                got = d.first.replace(day=int(m.group("d")))
                out.append(DateMention(m.start("d"), m.end("d"), got, got, "day", None, d.year_written))
        else:
            m = _END_DAY.match(text, d.end)
            if m is not None and d.first.day < int(m.group("d")) <= calendar.monthrange(d.first.year, d.first.month)[1]:
                got = d.first.replace(day=int(m.group("d")))
                out.append(DateMention(m.start("d"), m.end("d"), got, got, "day", None, d.year_written))
    return out


def past_month(month: int, year: int | None, published: dt.date | None, rel: str | None) -> int | None:
    """The year of a month named as an event start: written, 'last year', or the latest not after publication."""
    if year is not None:
        return year
    if published is None:
        return None
    if rel == "last year":
        return published.year - 1
    if rel == "this year":
        return published.year
    return published.year if month <= published.month else published.year - 1


def month_dates(text: str, published: dt.date | None, taken: list[DateMention]) -> list[DateMention]:
    """Month-precise dates ("in August", "February 2022", "August last year"), read as past event starts."""
    out = []
    for m in _MONTH_ONLY.finditer(text):
        if any(d.start <= m.start("m") < d.end for d in taken):
            continue
        word = m.group("m").rstrip(".").lower()
        if word == "may" and not m.group("y"):
            continue  # the modal verb
        month = MONTHS[word]
        year = past_month(month, int(m.group("y")) if m.group("y") else None, published, m.group("rel"))
        if year is None:
            continue
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        out.append(DateMention(m.start(), m.end(), first, last, "month", None, bool(m.group("y"))))
    return out


# Every match of _DURATION holds one of its unit words, matched as _DURATION matches it (case-insensitively).
_UNIT_WORDS = ("day", "night", "week", "fortnight", "month", "year", "decade")
_ANY_UNIT_WORD = re.compile(rf"(?i){'|'.join(_UNIT_WORDS)}")


def may_hold_duration(text: str) -> bool:
    """False only when :func:`durations` finds nothing in ``text`` (a cheap test before the costly pattern)."""
    if text.isascii():  # (for ASCII, case-insensitive matching is matching the lower-cased text)
        low = text.lower()
        return any(word in low for word in _UNIT_WORDS)
    return _ANY_UNIT_WORD.search(text) is not None


def durations(text: str) -> list[DurationMention]:
    """Durations as written ("seven months", "10-day", "over three years", "a week", "week-long") with their day
    intervals."""
    return _durations(text) if may_hold_duration(text) else []


def _durations(text: str) -> list[DurationMention]:
    out = []
    for m in _DURATION.finditer(text):
        raw = (m.group("n") or "a").lower()  # "week-long" is one week
        if raw in ("a", "an"):
            value = 1.0
        elif raw in ("a few", "several"):
            continue
        elif raw[0].isdigit():
            value = float(raw)
        else:
            got = num.parse_words(raw)
            if got is None:
                continue
            value = got
        unit = (m.group("unit") or m.group("long")).lower()
        hedge = " ".join(m.group("hedge").lower().split()) if m.group("hedge") else None
        factor = DAYS_PER[unit]
        if unit in ("day", "night"):  # a night is counted as a day: "18 nights from 5 to 20 June" is 15 or 16
            base = Interval(low=value * factor, high=value * factor)
        elif unit == "week":  # weeks are counted to the nearest: "two weeks" is 11 to 17 days, never 19
            base = Interval(low=(value - 0.5) * factor, high=(value + 0.5) * factor)
        else:
            base = Interval(low=(value - 0.5) * factor, high=(value + 1) * factor, high_open=True)
        days = _hedged(base, value * factor, hedge)
        if hedge == "over" and ACROSS.search(text, 0, m.start("hedge")):
            days = base  # "was conducted over 10 days, from 8 to 17 May": across ten days
        elif hedge == "over" and not MORE_THAN.search(text, 0, m.start("hedge")):
            days = hull(days, base)  # "rose 5% over two years": across two years, or more than two
        start = m.start("hedge") if hedge else m.start("n") if m.group("n") else m.start("long")
        out.append(DurationMention(start, m.end(), value, unit, hedge, days))
    return out


# "over" is "more than" after a word that measures a length ("for over three years", "took over a week", "in over
# a decade"); elsewhere it may also be "across" ("held over three days, from 12 to 14 May", "rose 5% over two
# years"), so both readings hold.
MORE_THAN = lead(
    re.compile(
        r"(?i)\b(?:for|in|after|within|than|of|took|take|takes|taking|taken|lasted|last|lasts|lasting|spent|spend"
        r"|spends|waited|wait|waits|served|serve|serves|aged|old)\s+$"
    )
)


# "over" is "across" after a verb of holding an event ("was conducted over 10 days", "the talks, held over three
# days"): the event's span, no more.
ACROSS = re.compile(
    r"(?i)\b(?:held|conducted|staged|run|carried out|spread|played out|took place|takes place|unfolded|organi[sz]ed"
    r"|hosted)\s+$"
)


def _hedged(base: Interval, exact: float, hedge: str | None) -> Interval:
    """The days a hedged duration commits to: the strict reading of the hedge table ("over three years" is
    (3, ∞) years); a "~" hedge also keeps the rounding of the bare duration."""
    if hedge is None:
        return base
    _, bounds = hedge_interval(exact, hedge)
    return hull(bounds, base) if direction(hedge) == "~" else bounds


def bare_weekdays(text: str, taken: list[DateMention]) -> list[tuple[int, int, int]]:
    """Weekday names not part of an explicit date: (start, end, weekday)."""
    out = []
    for m in _BARE_WD.finditer(text):
        if any(d.start <= m.start() < d.end for d in taken):
            continue
        out.append((m.start(), m.end(), WEEKDAYS[m.group("wd").lower()]))
    return out


def last_weekday(weekday: int, published: dt.date) -> dt.date:
    """The latest day with ``weekday`` on or before ``published`` (news past tense: "on Tuesday")."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


# The day a statement was made ("Lakeshore said Thursday that …", "the ministry announced on 3 March …", "the
# company on Tuesday said …"): it dates the report, not the event reported (cross_document_number's ``_REPORT_DAY``,
# built from the same verbs, sets the phrase aside for the same reason).
_SPEECH_TEXT = "said says told tells added stated"
_REPORTING_TEXT = "announced announces confirmed confirms reported revealed disclosed warned"
# Verbs of speech alone: never the verb of the event a date belongs to.
SPEECH_VERBS = frozenset(_SPEECH_TEXT.split())
REPORTING_VERBS = SPEECH_VERBS | frozenset(_REPORTING_TEXT.split())
_REPORTED_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(REPORTING_VERBS))})(?: (?:reporters|journalists|lawmakers|parliament|the \w+))?"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
)
_REPORTED_AFTER = re.compile(rf"(?i)^,?\s+(?:{'|'.join(sorted(REPORTING_VERBS))})\b")


def report_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the day a statement was made: right after a reporting verb ("said
    Thursday", "announced on 3 March", "told reporters Tuesday") or, after "on", right before one ("on Tuesday
    said")."""
    if _REPORTED_BEFORE.search(text, 0, start):
        return True
    return text[:start].rstrip().lower().endswith(" on") and bool(_REPORTED_AFTER.match(text[end:]))
