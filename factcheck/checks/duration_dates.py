"""duration_dates: a stated duration disagrees with the dates that bound it.

What it flags: (1) a duration and two explicit day dates joined in one sentence ("the 10-day festival, which
opened on 1 June and closed on 14 June", "from 3 to 9 May … a two-week run", "the 10-day campaign, which began on
6 October, ends on 17 October": a start in a relative clause, the end after the main verb), counted both
inclusively and exclusively (±1 day); (2) a duration and "since DATE" in one sentence, measured to the publication date
("for seven months since 6 August"); (3) a duration running to the present ("has been … for over three years",
"is on its final leg after a seven-month stretch") tied to an event noun (war/invasion, offensive/incursion,
siege, strike, lockdown, …: a table below) whose start date is stated elsewhere in the corpus next to the same
event noun ("the war … started in February 2022", "in August … in a surprise offensive") with at least one shared
name. Link (3) is confirmed when any stated start agrees and flagged only when every start stated in the same
document disagrees: a start date found only in another document never fails, since it may date another phase;
(4) a duration "from <event> to … <day date>" whose event (one to three lowercase words) is dated in an earlier
sentence of the document right before a day date ("the night of the crash, Friday 12 March 2021", "the crash on
12 March 2021"; the nearest such sentence): "took two years, from the crash to its report on 3 May 2023".
An event dated first may end the span whose start a relative clause dates ("The deal, signed on 9 September, ended a
52-day standoff that began with the 25 July election").
Durations are intervals: "seven months" is 6.5–8 months, "10-day" exactly 10 days, "over three years" (3, ∞).
With several durations in a sentence, the one two day dates bound is the only one before the first date when every
other follows the second ("the 12-day closure, which ran from 3 to 20 March, added a day to voyages"); otherwise
the sentence is skipped. A range written with one month ("from 14 to 19 June", "June 14–19") gives both its days
that month. A year written on the end date only is the start's too ("from 13 September to 1 November
2025"; the year before when the start would fall after the end), unless the start in the story's own year makes
the span stated ("banned for three years from 20 May, so out until 19 May 2031" in a 2028 story).
An adjectival duration before a plural noun ("one-day strikes", "12-hour shifts") is the length of each repeated
event, never the span of the sentence's dates; a verb of the event's span after its noun ("the six-day festival runs
from …", "opens on …") is no plural noun. Days counted after "on" ("closed on nine days since 1 March") are the days
something happened on, never the period's length.
N weeks between two dates on one weekday 7(N−1) days apart are N occurrences of a weekly event when the sentence
names that weekday (any weekday in an undated document, whose dates' weekdays are unknown) or calls the event
weekly ("the Thursday concert series will run for eight weeks, June 17 through August 5": eight Thursdays).
Two day dates need no publication date: in an undated document their span is counted with any year (one day more
over the end of February, for a leap year).
Hedges: the strict reading of tables/hedges.yaml ("for over three years" is (3, ∞) years); "over" not after a word
that measures a length ("for", "in", "took", "lasted" …) may also mean "across" ("rose 5% over three days, from 12 to
14 May"), so it reads [3, ∞); after a verb of holding an event ("held", "conducted", "staged", "took place" …) it
means "across": "conducted over 10 days, from 8 to 19 May" is 10 days.
Why it matters: durations are computed once and go stale when a date is corrected, or are miscounted.
Flags: "The 10-day festival, which opened on 1 June and closed on 14 June, drew crowds."
Passes: "The 14-day festival, which opened on 1 June and closed on 14 June, drew crowds."
Parameters: none beyond the common ones.
"A day" (a week, a year) after a count is a rate ("38,400 vehicles a day", "twice a week"), and a duration before
"earlier", "ago", "before" or "later" an offset ("a year earlier"): neither is a span of the sentence's dates or of the
time since a date. An offset "N days later" beside a date (only a dash, comma or "on"/"by" between: "By Oct. 28 — 19
days later —", "Eleven days later, on 16 September") counts from the one day date before it, in its sentence or else
in the sentence before (a yearless start in the end's year, or the year before). "Since" may date an event before
its date ("for the five months since his arrest on October 2": a determiner and up to three words, then "on"/"in"),
and of several durations the one right before "since" is the one it measures; a yearless "since" date looks back
from publication. An undated story's yearless wire dateline ("BRISTOL, May 17 (PA) –", alone on its line too) is the
day its spans since a yearless date run to.
Nights count as days ("18 nights from 5 June to 20 June" is 15–16). An event held on days whose length is an adjective
before its noun ("the six-day fair, which ran from 2 to 7 May", "a nine-day shutdown": festival, race, conference,
closure, show …) counts its first and last day over a range "from … to …" (2 to 7 May is six days; "opened on 1 June
and closed on 14 June" is still counted either way). An AP-style range closes its first date with a comma ("from
Saturday, March 25, through Sunday, April 2"). A duration before "between" two dated events ("spent 23 days on the run
between the crash on 14 July and his arrest on 2 August") is flagged only when longer than the dates allow: a window
between two dates may hold something shorter ("a two-week trip between 1 June and 30 August").
Known false positives: "after N months" told of a past moment ("after seven months, in 2019, it ended") is skipped
only when the sentence is in the past tense.
Not tried: durations across paragraphs without an event noun, "N days after DATE" (the end is unstated), ranges,
business days, durations in the future tense.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from factcheck.checks._calendar import (
    DAYS_PER,
    DateMention,
    DurationMention,
    bare_weekdays,
    day_dates,
    durations,
    last_weekday,
    month_dates,
    range_days,
    report_day,
)
from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import WORD, fmt, is_plural, names, quote
from factcheck.checks._registry import register_check
from factcheck.extract.dates import WEEKDAY_NAMES
from factcheck.facts import FactBase
from factcheck.ingest import dateline_day, undated_dateline_day
from factcheck.intervals import Interval
from factcheck.models import Document, Evidence, Extraction, Sentence
from factcheck.rules.base import RuleBase


class DurationDatesRule(RuleBase):
    type: Literal["duration-dates"] = "duration-dates"


# Event nouns that name one period; a group's words name the same event (data).
EVENT_GROUPS: dict[str, tuple[str, ...]] = {
    "war": ("war", "invasion"),
    "offensive": ("offensive", "incursion", "counteroffensive", "counter-offensive"),
    "siege": ("siege", "blockade"),
    "occupation": ("occupation",),
    "strike": ("strike", "walkout"),
    "lockdown": ("lockdown",),
    "shutdown": ("shutdown",),
    "drought": ("drought",),
    "protest": ("protests",),
}
_GROUP_OF = {w: g for g, words in EVENT_GROUPS.items() for w in words}
_NOUN = "|".join(sorted(_GROUP_OF, key=len, reverse=True))
_W = r"[\w’'-]+"
_STARTS = [
    re.compile(
        rf"(?i)\b(?P<noun>{_NOUN})\b(?: {_W}){{0,2}}? (?:started|began|begun|launched|initiated|erupted|broke out)"
        rf" (?:in|on) ⟪(?P<k>\d+)⟫"
    ),
    re.compile(
        rf"(?i)\b(?P<noun>{_NOUN})\b(?: (?:into|of|against|on|in) {_W}(?: {_W}){{0,2}}?)? (?:in|on|of) ⟪(?P<k>\d+)⟫"
    ),
    re.compile(rf"(?i)⟪(?P<k>\d+)⟫(?: {_W}){{0,3}}? in an? (?:{_W} )?(?P<noun>{_NOUN})\b"),
    re.compile(rf"(?i)⟪(?P<k>\d+)⟫(?:['’]s)? (?P<noun>{_NOUN})\b"),
]
_PRESENT = re.compile(r"(?i)\b(?:is|are|has|have|remains?|appears?|continues?|'s)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|will|would|did)\b")
# A duration that counts from a date before it in its sentence ("…, has spent the 58 days since then in remand").
_SINCE_THEN = re.compile(r"(?i)\s+since (?:then|that (?:day|date))\b")
_PERIOD_TEXT = "stretch period span run spell campaign battle fight"
_PERIOD_NOUNS = frozenset(_PERIOD_TEXT.split()) | frozenset(_GROUP_OF)
# A dash joins two dates only when it is all that stands between them ("June 14–20", "1 June – 14 June").
_CLOSE_WORDS = re.compile(
    r"(?i)\b(?:to|until|till|through|thru|and (?:closed|ended|finished|concluded|wrapped up|closes|ends|finishes"
    r"|concludes|closing|ending|finishing|concluding))\b|^\s*[–-]\s*$"
)

# "between the crash on 14 July and his arrest on 2 August": "between" after the duration and before the first date
# (its event's words, no clause break), "and" right after that date.
_BETWEEN = re.compile(r"(?i)\b(between)\b(?:(?!\band\b)[^,;:.!?—–()]){0,50}$")
# A word naming an event at a date (not "and", "on", "the", a weekday): "between the crash on 14 July and …".
_EVENT_WORD = re.compile(r"(?i)\b(?!(?:and|on|the|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[a-z]{3,}\b")
_AND_THEN = re.compile(r"(?i),?\s*and\b")

# "The 10-day campaign, which began on 6 October, ends on 17 October": the first date after a verb of starting in a
# relative clause, the second after the main verb of ending (no "and" between them).
_STARTED_ON = re.compile(r"(?i)\b(?:began|begins|started|starts|opened|opens|kicked off|kicks off)(?: on)? $")
_THEN_ENDED = re.compile(
    r"(?i),\s*(?:closed|ended|finished|concluded|closes|ends|finishes|concludes|wrapped up|wraps up)(?: on)?\s*$"
)


# "The deal, signed on 9 September, ended a 52-day standoff that began with the 25 July election": the end date
# first, then the verb of ending right before the duration, then its noun and a relative clause of starting right
# before the start date.
_ENDED_A = re.compile(r"(?i)^,?\s*(?:ended|ends|ending|brought an end to|put an end to)\s+(?:a|an|the|its)\s*$")
_THAT_BEGAN = re.compile(
    r"(?i)^(?:-long)?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started)\s+"
    r"(?:on|in|with(?:\s+the)?)\s*$"
)


def _ended_since(t: str, dur: DurationMention, a: DateMention, b: DateMention) -> bool:
    """``a`` (the earlier in the text) ends the span and ``b`` starts it: "on 9 September, ended a 52-day standoff
    that began on 25 July"."""
    return (
        a.end <= dur.start
        and dur.end <= b.start
        and bool(_ENDED_A.match(t[a.end : dur.start]) and _THAT_BEGAN.match(t[dur.end : b.start]))
    )


# Verbs whose -s form tells of an event's span, after its noun ("the five-day fair opens on …", "runs from …").
_EVENT_VERBS = frozenset(
    {"runs", "opens", "starts", "begins", "ends", "closes", "lasts", "continues", "concludes", "finishes", "wraps"}
)

# (AP style closes a date with a comma: "from Saturday, March 25, through Sunday, April 2")
_RANGE_GAP = re.compile(r"(?i),?\s*(?:to|until|till|through|and(?: (?:closed|ended|finished) on)?|–|-)\s*")


def _of_each(t: str, dur: DurationMention) -> bool:
    """Whether an adjectival duration ("one-day", "48-hour") modifies a plural noun: each of repeated events lasts
    that long ("one-day strikes", "12-hour shifts"), so the duration is not the span the sentence's dates bound."""
    if "-" not in t[dur.start : dur.end] and not t.startswith("-long", dur.end):
        return False
    after = WORD.findall(t[dur.end : dur.end + 40])[:2]
    for k, w in enumerate(after):
        if k and w.lower() in _EVENT_VERBS:
            return False  # "the six-day festival runs from …": a verb after the event's noun
        if is_plural(w):
            return True
        if w.lower() in _PERIOD_NOUNS or w.lower() in {"and", "or", "of", "to", "from", "since", "in", "on"}:
            return False
    return False


_ON_DAYS = re.compile(r"(?i)\bon (?:only |just )?$")


def _days_counted(t: str, dur: DurationMention) -> bool:
    """Whether a count of days follows "on": the days on which something happened ("cancelled on nine days since
    1 March"), which may lie anywhere in the period, not its length."""
    return dur.unit == "day" and _ON_DAYS.search(t, 0, dur.start) is not None


@dataclass(frozen=True)
class _Start:
    doc: str
    start: int
    end: int
    first: dt.date
    last: dt.date
    group: str
    names: frozenset[str]


def _document_starts(doc: Document, ex: Extraction) -> list[_Start]:
    """Event start dates of one document, in text order."""
    out: list[_Start] = []
    for s in ex.sentences:
        t = s.text
        low = t.lower()
        if not any(w in low for w in _GROUP_OF):
            continue
        days = day_dates(t, doc.published)
        dates = days + month_dates(t, doc.published, days)
        if not dates:
            continue
        skel, _ = _date_skeleton(t, dates)
        for pattern in _STARTS:
            for m in pattern.finditer(skel):
                d = dates[int(m.group("k"))]
                if doc.published and d.first > doc.published:
                    continue
                group = _GROUP_OF[m.group("noun").lower()]
                out.append(
                    _Start(doc.id, s.span.start + d.start, s.span.start + d.end, d.first, d.last, group, names(t))
                )
    return out


def _starts(facts: FactBase) -> dict[str, list[_Start]]:
    """Event start dates of the corpus keyed by event group (each document's found once: ``per_document``)."""
    out: dict[str, list[_Start]] = {}
    for doc, _ex in facts.all():
        for item in facts.per_document("duration-dates.starts", doc.id, _document_starts):
            out.setdefault(item.group, []).append(item)
    return out


def _date_skeleton(text: str, dates: list[DateMention]) -> tuple[str, list[DateMention]]:
    order = sorted(range(len(dates)), key=lambda i: dates[i].start)
    parts, pos = [], 0
    for i in order:
        d = dates[i]
        if d.start < pos:
            continue
        parts.append(text[pos : d.start])
        parts.append(f"⟪{i}⟫")
        pos = d.end
    parts.append(text[pos:])
    return "".join(parts), dates


def _elapsed(first: dt.date, last: dt.date, end: dt.date) -> Interval:
    return Interval.closed(float((end - last).days), float((end - first).days))


def _say(days: Interval, unit: str) -> str:
    per = DAYS_PER[unit]
    lo, hi = days.low / per, days.high / per
    return f"{fmt(round(lo, 1))} {unit}s" if abs(hi - lo) < 0.05 else f"{fmt(round(lo, 1))}–{fmt(round(hi, 1))} {unit}s"


@register_check(DurationDatesRule, requires={"sentences"}, scope="corpus")
def check(rule: DurationDatesRule, facts: FactBase) -> Iterator[Verdict]:
    starts = facts.derived("generic.duration-dates.starts", _starts)
    for doc, ex in facts.checked():
        wire_day = _wire(facts, doc)
        for k, s in enumerate(ex.sentences):
            t = s.text
            every = durations(t)
            durs = [d for d in every if not (_per_period(t, d) or _offset(t, d) or _no_span(t, d))]
            if len(durs) < len(every):
                yield from _later(facts, doc, ex, k, [d for d in every if _offset(t, d)], wire_day)
            if not durs:
                continue
            days = day_dates(t, doc.published or wire_day or _UNDATED)
            days += range_days(t, days)  # "from 14 to 19 June": the start day shares the end's month
            cases = _tied_ranges(t, durs, days) if len(days) > 2 else [(durs, days)]
            for durs, days in cases:
                yield from _sentence(facts, starts, doc, ex, s, durs, days)


def _sentence(
    facts: FactBase,
    starts: dict[str, list[_Start]],
    doc: Document,
    ex: Extraction,
    s: Sentence,
    durs: list[DurationMention],
    days: list[DateMention],
) -> Iterator[Verdict]:
    """The verdicts on one sentence's durations and day dates (a range and its duration, when a sentence has several:
    ``_tied_ranges``)."""
    t, off = s.text, s.span.start
    if len(durs) > 1:
        bound = _governing(durs, days) or _since_bound(t, durs)
        if bound is None:
            return
        durs = [bound]
    dur = durs[0]
    if _of_each(t, dur) or _days_counted(t, dur):
        return  # "one-day strikes since March": the length of each event, not of the period
    dates = days + month_dates(t, doc.published, days)
    here = quote(facts, doc.id, off + dur.start, off + dur.end, role="stated")
    if len(days) == 2:
        yield from _bounded(facts, doc.id, off, t, dur, sorted(days, key=lambda d: d.start), here)
        return
    if dates:
        since = [d for d in dates if _SINCE_DATE.search(t, 0, d.start)]
        if not since and _SINCE_THEN.match(t, dur.end) and _PRESENT.search(t, 0, dur.start):
            since = [d for d in dates if d.end <= dur.start]  # "arrested on September 14, has spent the 58
            # days since then in remand"
        wire_day = _wire(facts, doc)
        if len(dates) == 1 and since and doc.published:
            start = since[0] if since[0].year_written else _year_before(since[0], doc.published)
            yield _to_now(facts, doc.id, off, dur, start, doc.published, here, "since")
        elif len(dates) == 1 and since and wire_day and not since[0].year_written:
            yield _to_now(facts, doc.id, off, dur, _year_before(since[0], wire_day), wire_day, here, "since", True)
        elif len(days) == 1 and doc.published and (end := _ended_on_weekday(t, dur, days[0], doc.published)):
            yield _weekday_span(facts, doc.id, off, dur, days[0], end, here)
        elif len(dates) == 1 and len(days) == 1:
            yield from _from_named(facts, doc, ex, s, dur, days[0], here)
        return
    if doc.published is None or not _PRESENT.search(t) or _PAST.search(t):
        return
    yield from _event(facts, starts, doc.id, t, dur, doc.published, here)


# "voted Wednesday to accept a contract, ending a 24-day walkout that began Sept. 13": the span is ended, in the
# same sentence, by the event a bare weekday dates, and a relative clause dates its start.
_ENDING_THE = re.compile(
    r"(?i)\b(?:ending|ended|ends|to end|(?:bringing|brought|putting|put) an end to)\s+(?:a|an|the|its|their)\s*$"
)
_NOT_PAST_WEEKDAY = re.compile(r"(?i)\b(?:next|last|this|coming|until|till|through|by|from|since|before)\s+$")
# "a 24-day walkout that began Sept. 13" (AP style, no "on"), "that had begun on 22 December".
_THAT_BEGAN_ON = re.compile(
    r"(?i)^(?:-long)?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started)(?:\s+on)?\s*$"
)
_AHEAD_WORDS = re.compile(r"(?i)\b(?:will|shall|would|is due|are due|is set to|are set to|is expected to)\b")


def _ended_on_weekday(t: str, dur: DurationMention, start: DateMention, published: dt.date) -> DateMention | None:
    """The day a bare weekday dates when its event ends the span whose start a relative clause dates ("voted
    Wednesday …, ending a 24-day walkout that began Sept. 13"): the latest such weekday on or before publication,
    as news tells past days; None when the sentence looks ahead, the weekday is qualified ("next", "until") or
    dates a statement ("said Wednesday"), or there is not exactly one bare weekday before the duration."""
    if not _ENDING_THE.search(t, 0, dur.start) or not _THAT_BEGAN_ON.match(t[dur.end : start.start]):
        return None
    before = [w for w in bare_weekdays(t, [start]) if w[1] <= dur.start]
    if len(before) != 1 or _AHEAD_WORDS.search(t, 0, dur.start):
        return None
    at, to, weekday = before[0]
    if _NOT_PAST_WEEKDAY.search(t, 0, at) or report_day(t, at, to):
        return None
    day = last_weekday(weekday, published)
    return DateMention(at, to, day, day, "day", weekday, False) if day > start.first else None


def _weekday_span(
    facts: FactBase, doc: str, off: int, dur: DurationMention, start: DateMention, end: DateMention, here: Evidence
) -> Verdict:
    """The verdict on a span from a date to the day a bare weekday dates (:func:`_ended_on_weekday`), counted
    either way."""
    gap = (end.first - start.first).days
    counted = Interval.closed(float(gap), float(gap + 1))
    evidence = [here, quote(facts, doc, off + end.start, off + end.end, role="dates")]
    evidence.append(quote(facts, doc, off + start.start, off + start.end, role="dates"))
    span = f"{start.first:%-d %B} to {end.first:%A, %-d %B} (the {end.first:%A} on or before publication)"
    values = {"stated": dur.days, "dates": counted}
    if counted.overlaps(dur.days):
        return ok(f"{span} is {gap}–{gap + 1} days, matching '{here.text}'", evidence, **values)
    return fail(f"{span} is {gap}–{gap + 1} days counted either way, not '{here.text}'", evidence, **values)


def _tied_ranges(
    t: str, durs: list[DurationMention], days: list[DateMention]
) -> list[tuple[list[DurationMention], list[DateMention]]]:
    """With more than two day dates, each range of two ("from 19 January to 26 February") with the one duration right
    before it, no date between ("on Wednesday 26 February, at the end of a three-week trial, which ran from 19
    January to 26 February"; "The 16-day exercise runs from 7 to 24 March, with a live-fire phase of ten days from
    13 to 22 March": two ranges, each with its duration); a range without such a duration is not read."""
    ordered = sorted(days, key=lambda d: d.start)
    ranges = [(a, b) for a, b in itertools.pairwise(ordered) if _RANGE_GAP.fullmatch(t, a.end, b.start)]
    tied = []
    for a, b in ranges:
        near = [
            d
            for d in durs
            if d.end <= a.start and a.start - d.end <= 80 and not any(d.end <= x.start < a.start for x in ordered)
        ]
        if len(near) == 1 and not any(d.start < b.end and a.start < d.end for d in durs):
            tied.append((near, [a, b]))
    return tied


def _governing(durs: list[DurationMention], days: list[DateMention]) -> DurationMention | None:
    """Of several durations, the one two day dates bound: the only one before the first date, every other one after
    the second ("the 12-day closure, which ran from 3 to 20 March, added a day to voyages"); else None."""
    if len(days) != 2:
        return None
    a, b = sorted(days, key=lambda d: d.start)
    before = [d for d in durs if d.end <= a.start]
    if len(before) != 1 or a.start - before[0].end > 80 or any(a.start < d.end and d.start < b.end for d in durs):
        return None
    return before[0] if all(d.start >= b.end for d in durs if d is not before[0]) else None


# "38,400 vehicles a day", "£5m a year", "twice a week": "a <unit>" after a count is a rate per period, no duration.
_COUNT_BEFORE = re.compile(
    r"(?i)(?:\d\S*|\b(?:once|twice|thrice|times|few|several|many|dozen|hundreds?|thousands?|millions?|billions?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))"
    r"(?:\s+(?!(?:for|in|within|over|after|than|about|nearly|almost|only|just|least|took|lasted|of)\b)[A-Za-z][\w-]*)"
    r"{0,2}\s+$"
)


def _per_period(t: str, dur: DurationMention) -> bool:
    """Whether ``dur`` is "a day" (a week, a year …) after a count: a rate ("38,400 vehicles a day"), no span."""
    return (
        re.match(r"(?i)an? ", t[dur.start : dur.end]) is not None and _COUNT_BEFORE.search(t, 0, dur.start) is not None
    )


# "a year earlier", "19 days later", "two weeks on": an offset from a moment told elsewhere, not the span of the
# sentence's dates or of the time since a date.
_OFFSET_AFTER = re.compile(r"(?i)\s+(?:earlier|later|ago|before|previously|prior|on\b(?!\s+\w))")


def _offset(t: str, dur: DurationMention) -> bool:
    """Whether ``dur`` is an offset ("a year earlier", "19 days later"), no span of dates."""
    return _OFFSET_AFTER.match(t, dur.end) is not None


# What no span of the sentence's dates is: the term of a loan or a sentence, or a record ("a 30-year fixed mortgage",
# "a potential 30-year prison term", "a 30-year low"; not a ban's or a contract's length, which its dates may bound);
# a span ahead ("within five years", "over the next three months"); the end of a year span ("the 2028/29 year").
_TERM_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:mortgages?|loans?|bonds?|notes?|gilts?|treasur(?:y|ies)|lows?|highs?"
    r"|(?:prison|jail)\s+(?:terms?|sentences?)|sentences?)\b"
)
_AHEAD_BEFORE = re.compile(
    r"(?i)\b(?:within|(?:in|over|for|during) the (?:next|coming|following)|in another|for another)\s+(?:the\s+)?$"
)
_YEAR_SPAN_BEFORE = re.compile(r"\d{2,4}[/–-]$")


def _no_span(t: str, dur: DurationMention) -> bool:
    """Whether ``dur`` is a term, a record's span, a span ahead or the end of a year span, never the span of the
    sentence's dates or of the time since one."""
    compound = "-" in t[dur.start : dur.end]
    return (
        (compound and _TERM_AFTER.match(t, dur.end) is not None)
        or _AHEAD_BEFORE.search(t, 0, dur.start) is not None
        or _YEAR_SPAN_BEFORE.search(t, 0, dur.start) is not None
    )


# "since his arrest on October 2", "since the vote in May", "since early March": the date a span since runs from,
# maybe after the event it dates (a determiner and up to three words, then "on"/"in"/"of").
_SINCE_DATE = re.compile(
    r"(?i)\bsince (?:(?:early |mid-|late )|(?:the|his|her|their|its|our|my|your|a|an) [a-z][\w’'-]*"
    r"(?: [a-z][\w’'-]*){0,2} (?:on|in|of) )?$"
)


def _since_bound(t: str, durs: list[DurationMention]) -> DurationMention | None:
    """Of several durations, the one right before "since" ("for the five months since his arrest on 2 October …,
    must serve six years"): the span since the date; else None."""
    bound = [d for d in durs if re.match(r"\s+since\b", t[d.end :])]
    return bound[0] if len(bound) == 1 else None


def _wire(facts: FactBase, doc: Document) -> dt.date | None:
    """The day of an undated document's yearless wire dateline ("BRISTOL, May 17 (PA) –"), in a stand-in common year
    (2001), else None: its spans since a yearless date run to that day."""
    return facts.per_document("duration-dates.wire-day", doc.id, lambda d, _ex: _wire_day(d))


def _wire_day(doc: Document) -> dt.date | None:
    """:func:`_wire` (a dateline may stand alone on its line, its dash ending it: "BRISTOL, May 17 (PA) –")."""
    if doc.published is not None:
        return None
    head = doc.text[doc.body_start : doc.body_start + 2000]
    heads = [line.strip() + " " for line in head.splitlines() if line.strip()][:6]
    month_day = undated_dateline_day(doc) or next(filter(None, map(dateline_day, heads)), None)
    if month_day is None:
        return None
    try:
        return dt.date(2001, *month_day)
    except ValueError:  # 29 February
        return None


def _in_year(d: DateMention, year: int) -> DateMention:
    """A yearless date ``d`` in ``year`` (as it is when 29 February has none)."""
    try:
        return replace(d, first=d.first.replace(year=year), last=d.last.replace(year=year))
    except ValueError:  # 29 February
        return d


def _year_before(d: DateMention, day: dt.date) -> DateMention:
    """A yearless date ``d`` in the year that puts it on or before ``day`` ("since 2 June" looks back)."""
    return d if d.first <= day else _in_year(d, day.year - 1)


# "The first case was confirmed Oct. 5. By Oct. 28 — 19 days later — the count had reached 21": an offset "N days
# later" beside a date (only dashes, a comma or "on" between them) counts from the one day date told before it, in
# its sentence or else in the sentence before.
_LATER = re.compile(r"(?i)\s+later\b")
_BESIDE = re.compile(r"^\s*(?:[—–-]|,|\()?\s*(?:on\s+|by\s+)?$")


def _later(
    facts: FactBase, doc: Document, ex: Extraction, k: int, offsets: list[DurationMention], wire: dt.date | None
) -> Iterator[Verdict]:
    """The verdicts on offsets "N days later" beside a date, counted from the one day date before (see ``_LATER``)."""
    s = ex.sentences[k]
    t, published = s.text, doc.published or wire or _UNDATED
    days = day_dates(t, published)
    for dur in offsets:
        after = _LATER.match(t, dur.end)
        if after is None:
            continue
        end = [
            d
            for d in days
            if (d.end <= dur.start and _BESIDE.match(t[d.end : dur.start]))
            or (d.start >= after.end() and _BESIDE.match(t[after.end() : d.start]))
        ]
        if len(end) != 1:
            continue
        earlier = [d for d in days if d.end <= min(end[0].start, dur.start)]
        where = s
        if not earlier and k:
            where = ex.sentences[k - 1]
            earlier = day_dates(where.text, published)
        if len(earlier) == 1 and (pair := _one_year(earlier[0], end[0])) is not None:
            yield _offset_verdict(facts, doc.id, s, dur, where, *pair)


def _one_year(a: DateMention, b: DateMention) -> tuple[DateMention, DateMention] | None:
    """A start and an end date with a yearless one in the other's year (the end on or after the start: "on 6 August
    2026 … died on 9 August"), or None when the end is before the start."""
    if a.year_written and not b.year_written:
        b = _in_year(b, a.first.year)
        b = b if b.first >= a.first else _in_year(b, a.first.year + 1)
    elif not a.year_written:
        a = _year_before(_in_year(a, b.first.year), b.first)
    return (a, b) if a.first <= b.first else None


def _offset_verdict(
    facts: FactBase, doc: str, s: Sentence, dur: DurationMention, where: Sentence, a: DateMention, b: DateMention
) -> Verdict:
    """An offset "N days later" against the days from date ``a`` (in sentence ``where``) to date ``b``."""
    gap = (b.first - a.first).days
    counted = Interval.closed(float(gap), float(gap + 1))
    here = quote(facts, doc, s.span.start + dur.start, s.span.start + dur.end, role="stated")
    evidence = [
        here,
        quote(facts, doc, where.span.start + a.start, where.span.start + a.end, role="start"),
        quote(facts, doc, s.span.start + b.start, s.span.start + b.end, role="end"),
    ]
    values = {"stated": dur.days, "dates": counted}
    said = f"{a.first:%-d %B} to {b.first:%-d %B} is {gap} days"
    if counted.overlaps(dur.days):
        return ok(f"{said}, matching '{here.text} later'", evidence, **values)
    return fail(f"{said}, not '{here.text} later'", evidence, **values)


# The stand-in publication date of an undated document: two day dates in a sentence give a span whatever the year
# (a span over the end of February is read as one day longer too, for a leap year).
_UNDATED = dt.date(2001, 7, 1)


def _crosses_february(first: dt.date, last: dt.date) -> bool:
    return any(dt.date(y, 2, 28) >= first and dt.date(y, 3, 1) <= last for y in range(first.year, last.year + 1))


def _bounded(
    facts: FactBase, doc: str, off: int, t: str, dur: DurationMention, pair: list[DateMention], here: Evidence
) -> Iterator[Verdict]:
    a, b = pair
    closed = bool(
        _CLOSE_WORDS.search(t[a.end : b.start])
        or (_STARTED_ON.search(t, 0, a.start) and _THEN_ENDED.search(t, a.end, b.start))
    )
    # "a two-week trip between 1 June and 30 August": a span between two dates may be the window something shorter
    # happened in, so only a duration longer than the dates allow is flagged
    between = _BETWEEN.search(t, dur.end, a.start) if not closed and dur.end <= a.start else None
    spanned = between is not None and _AND_THEN.match(t, a.end) is not None
    # (two events dated, "between the vote on October 18 and the first payment on December 6", bound the span
    # itself: a window has a bare date at one end at least, "between their return on 1 June and 30 August")
    window = spanned and not (
        between is not None and _EVENT_WORD.search(t, between.end(1), a.start) and _EVENT_WORD.search(t, a.end, b.start)
    )
    closed = closed or spanned
    if not closed and _ended_since(t, dur, a, b) and len(t[a.end : b.start]) <= 60:
        a, b = b, a  # "signed on 9 September, ended a 52-day standoff that began on 25 July": counted from b to a
    elif not closed or len(t[a.end : b.start]) > 60:
        return
    first, last = a.first, b.first
    if b.year_written and not a.year_written and first.year != last.year:
        # "from 13 September to 1 November 2025": the end's year is the start's (or the one before)
        try:
            first = first.replace(year=last.year)
        except ValueError:  # 29 February
            return
        if last < first:
            first = first.replace(year=last.year - 1) if (first.month, first.day) != (2, 29) else first
    if last < first and not b.year_written:
        last = last.replace(year=last.year + 1)
    if last < first:
        return
    dated = facts.documents[doc].published is not None or b.year_written
    if first != a.first and a.first < last and dated and _days(dur, a.first, last):
        first = a.first  # "banned for three years from 20 May, so out until 19 May 2031" in a 2028 story: the
        # year-less start is in the story's year, the span of years it states
    gap = (last - first).days
    leap = not dated and _crosses_february(first, last)
    # (nights fall between days: "three nights, Friday, Feb. 4, through Monday, Feb. 7" counts no end twice)
    both = a.start < b.start and (_counts_both_ends(t, a, b) or _held_on_days(t, dur, a, b)) and dur.unit != "night"
    low = gap + 1 if both else gap  # "Friday through Monday" counts both: four days
    counted = Interval.closed(float(low), float(gap + 1 + leap))  # an undated span over February may be a day longer
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    evidence = [here, quote(facts, doc, off + lo, off + hi, role="dates")]
    values = {"stated": dur.days, "dates": counted}
    shown = "%-d %B %Y" if first.year != last.year else "%-d %B"
    span = f"{first.strftime(shown)} to {last.strftime(shown)}"
    days = f"{low}–{gap + 1 + leap}" if low < gap + 1 + leap else str(low)
    way = (
        (
            "counting both ends, as 'through' does"
            if _counts_both_ends(t, a, b)
            else "counting the event's first and last days"
        )
        if both
        else "counted either way"
    )
    if counted.overlaps(dur.days):
        yield ok(f"{span} is {days} days, matching '{here.text}'", evidence, **values)
    elif window and dur.days.low <= counted.high:
        return  # shorter than the window between the dates: it may have happened within it
    elif (weekly := _weekly_count(t, dur, first, last, None if leap or not dated else first)) is not None:
        day = f"{first.strftime('%A')}s" if dated else "days of one weekday"
        said = f"{span} holds {weekly} {day}, matching '{here.text}' of a weekly event"
        yield ok(said, evidence, **values | {"dates": Interval.closed(7.0 * weekly, 7.0 * weekly)})
    else:
        yield fail(f"{span} is {days} days {way}, not '{here.text}'", evidence, **values)


# Words that count both the first and the last day of a span: "Friday, Jan. 21, through Monday, Jan. 24" is four
# days, as are "21 to 24 January inclusive" and "from 21 up to and including 24 January".
_BOTH_ENDS_BETWEEN = re.compile(r"(?i)^\W*(?:\w+\W+){0,2}?(?:through|thru|up to and including)\b")
_BOTH_ENDS_AFTER = re.compile(r"(?i)^,?\s*(?:\(\s*)?(?:both )?inclusive\b")


# "the four-day festival, which ran from 13 to 17 August": an event held on days, its length written as an adjective
# before its noun, is held on its first and last day too (13 to 17 August is five festival days).
_HELD_ON_DAYS = re.compile(
    r"(?i)\s+(?:[a-z]+\s+)?(?:festival|fair|race|conference|summit|tournament|championships?|closure|shutdown"
    r"|show|exhibition|expo|games|carnival|celebrations?|convention|congress|regatta|gala|competition)\b"
)


_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_RANGE_TO = re.compile(r"\s*(?:to|until|till|–|-)\s*")


def _held_on_days(t: str, dur: DurationMention, a: DateMention, b: DateMention) -> bool:
    """Whether ``dur`` is the length in days of an event held on days ("the four-day festival", "a nine-day
    closure": a hyphenated count of days right before the event's noun, one word may stand between) and the dates
    are the range it runs over ("from 13 to 17 August"; "opened on 1 June and closed on 14 June" is still counted
    either way)."""
    return (
        dur.unit == "day"
        and "-" in t[dur.start : dur.end]
        and bool(_HELD_ON_DAYS.match(t, dur.end))
        and bool(_FROM_BEFORE.search(t, 0, a.start))
        and bool(_RANGE_TO.fullmatch(t, a.end, b.start))
    )


def _counts_both_ends(t: str, a: DateMention, b: DateMention) -> bool:
    """Whether the words between two dates (or right after the second) count both end days: "through",
    "up to and including", "inclusive" (US usage and the legal one: the span holds the last day)."""
    return bool(_BOTH_ENDS_BETWEEN.match(t[a.end : b.start]) or _BOTH_ENDS_AFTER.match(t[b.end :]))


def _days(dur: DurationMention, first: dt.date, last: dt.date) -> bool:
    """Whether the days from ``first`` to ``last``, counted either way, are within the stated duration."""
    gap = (last - first).days
    return Interval.closed(float(gap), float(gap + 1)).overlaps(dur.days)


def _weekly_count(t: str, dur: DurationMention, first: dt.date, last: dt.date, on: dt.date | None) -> int | None:
    """The N of "N weeks" read as N occurrences of a weekly event: both dates fall on one weekday, 7(N−1) days apart,
    and the sentence names that weekday (the weekday of ``on``; any weekday when the year, so the weekday, is
    unknown: ``on`` None) or the event's weekly rhythm ("the Thursday concert series will run for eight weeks, June
    17 through August 5": eight Thursdays); else None. A span between two weekdays, or in a sentence that names
    none, is counted in days ("a ten-week course from 14 October to 18 January" stays wrong)."""
    gap = (last - first).days
    if dur.unit != "week" or gap <= 0 or gap % 7:
        return None
    weekly = gap // 7 + 1
    if not dur.days.overlaps(Interval.closed(7.0 * weekly, 7.0 * weekly)):
        return None
    days = on.strftime("%A") if on is not None else "|".join(WEEKDAY_NAMES)
    rhythm = re.compile(rf"(?i)\b(?:(?:{days})s?|weekly|every week|each week)\b")
    return weekly if rhythm.search(t) else None


# "took 18 months, from the crash to the inquiry's report on 3 May 2024": the start is an event named without its
# date, dated earlier in the document right before the date ("the crash, on Friday 12 March 2022", "the crash on 12
# March 2022", "the crash (12 March 2022)"). The name is one to three lowercase words, never a pronoun or "then".
_FROM_NAMED = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<ev>(?!(?:then|now|there|here|that|this|it|them|which)\b)[a-z][a-z-]*"
    r"(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:to|until|till)\s+(?P<gap>[^.;:!?]{0,60}?)$"
)
_DATED_BEFORE = r"(?:,\s*(?:on\s+)?|\s+on\s+|\s+of\s+|\s*\(\s*)$"


def _from_named(
    facts: FactBase, doc: Document, ex: Extraction, s: Sentence, dur: DurationMention, end: DateMention,
    here: Evidence,
) -> Iterator[Verdict]:  # fmt: skip
    """A duration "from <event> to … <date>" whose start is the event's date stated in an earlier sentence."""
    t = s.text
    if not dur.end <= end.start:
        return
    m = _FROM_NAMED.search(t, dur.end, end.start)
    if m is None:
        return
    ev = r"\s+".join(re.escape(w) for w in m.group("ev").split())
    before = re.compile(rf"(?i)\b{ev}{_DATED_BEFORE}")
    for x in reversed([x for x in ex.sentences if x.span.end <= s.span.start]):
        starts = [d for d in day_dates(x.text, doc.published or _UNDATED) if before.search(x.text, 0, d.start)]
        if not starts:
            continue
        a = starts[-1]
        if end.first < a.first:
            return
        gap = (end.first - a.first).days
        counted = Interval.closed(float(gap), float(gap + 1))
        evidence = [
            here,
            quote(facts, doc.id, x.span.start + a.start, x.span.start + a.end, role="start"),
            quote(facts, doc.id, s.span.start + end.start, s.span.start + end.end, role="end"),
        ]
        values = {"stated": dur.days, "dates": counted}
        said = f"{m.group('ev')} ({a.first:%-d %B %Y}) to {end.first:%-d %B %Y} is {_say(counted, dur.unit)}"
        if counted.overlaps(dur.days):
            yield ok(f"{said}, matching '{here.text}'", evidence, **values)
        else:
            yield fail(f"{said}, not '{here.text}'", evidence, **values)
        return


def _to_now(
    facts: FactBase,
    doc: str,
    off: int,
    dur: DurationMention,
    d: DateMention,
    published: dt.date,
    here: Evidence,
    how: str,
    yearless: bool = False,
) -> Verdict:
    """A duration since a date, measured to publication (with ``yearless``, to the day of a yearless wire dateline,
    which may be a day later in a leap year)."""
    elapsed = _elapsed(d.first, d.last, published)
    if yearless:
        elapsed = Interval.closed(elapsed.low, elapsed.high + 1)
    evidence = [here, quote(facts, doc, off + d.start, off + d.end, role="start")]
    values = {"stated": dur.days, "elapsed": elapsed, "published": published.isoformat()}
    to = f"the dateline's {published:%-d %B}" if yearless else f"publication ({published.isoformat()})"
    said = f"{evidence[1].text} to {to} is {_say(elapsed, dur.unit)}"
    if elapsed.overlaps(dur.days):
        return ok(f"{said}, matching '{here.text}'", evidence, **values)
    return fail(f"{said}, not '{here.text}'", evidence, **values)


def _event(
    facts: FactBase,
    starts: dict[str, list[_Start]],
    doc: str,
    t: str,
    dur: DurationMention,
    published: dt.date,
    here: Evidence,
) -> Iterator[Verdict]:
    after = re.match(rf"\s*({_W})", t[dur.end :])
    if re.search(r"-\w+$", here.text) and after and after.group(1).lower() not in _PERIOD_NOUNS:
        return  # "a 30-day ceasefire": the duration of something else
    nouns = {_GROUP_OF[w.lower()] for w in WORD.findall(t) if w.lower() in _GROUP_OF}
    if len(nouns) != 1:
        return
    group = nouns.pop()
    here_names = names(t)
    candidates = [c for c in starts.get(group, []) if c.names & here_names and c.first <= published]
    if not candidates:
        return
    disagree: list[_Start] = []
    for c in candidates:
        elapsed = _elapsed(c.first, c.last, published)
        there = quote(facts, c.doc, c.start, c.end, role="start")
        values = {"stated": dur.days, "elapsed": elapsed, "published": published.isoformat()}
        said = f"{there.text} ({facts.label(c.doc)}) to publication is {_say(elapsed, dur.unit)}"
        if elapsed.overlaps(dur.days):
            yield ok(f"{said}, matching '{here.text}'", [here, there], **values)
            return
        disagree.append(c)
    same = [c for c in disagree if c.doc == doc]
    if same and len(same) == len([c for c in candidates if c.doc == doc]):
        c = same[0]
        elapsed = _elapsed(c.first, c.last, published)
        there = quote(facts, c.doc, c.start, c.end, role="start")
        values = {"stated": dur.days, "elapsed": elapsed, "published": published.isoformat()}
        yield fail(
            f"{there.text} to publication is {_say(elapsed, dur.unit)}, not '{here.text}'", [here, there], **values
        )
