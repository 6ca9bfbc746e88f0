"""weekday_date: a weekday that does not fall on the date it names.

What it flags: (1) an explicit weekday + date ("Tuesday, March 4, 2024", also the date in brackets: "Tuesday (Jan 20)")
that the calendar contradicts (the weekday may be abbreviated before its date, "Fri 15 Jan", stand between dashes
before it, "Sunday – 24 January –", or follow it in brackets or an aside, "on 20 January (a Wednesday)", "on 20
January, a Wednesday,"); a date without a year takes the year nearest the publication date, or the one year its
sentence writes when the weekday falls there and not in the nearest year ("the 2028 edition is scheduled for Sunday, 12
March"); a schedule months past in the nearest year is read in the next, and an event told as past months ahead in the
nearest year in the one before, when the weekday falls there and not in the nearest. (2) A bare past weekday ("agreed on
Tuesday"), resolved against the publication date to the latest such day on or before it, that contradicts an explicit
date given for the same event in the document or corpus ("on 12 March, Kyiv agreed"). Same event is read conservatively:
the two dates sit next to the same verb (within six words) and the two sentences share at least two other content words;
the dates are at most ten days apart; a date of another document counts only when the two documents tell one story, or
one is a one-line brief (``factcheck.align.one_story_or_brief``: unrelated articles of one run date their own openings,
adoptions and releases). A verb of speech ("said", "told") is never the event's verb, and the day a statement was made
("X said Thursday that …", "announced on 3 March", "on Tuesday said") dates the report, not the event: it is linked to
no other date (``_calendar.report_day``). A bare weekday that resolves to the same day as an explicit date of its own
document (same weekday, same week) is confirmed in ``passed``. Why it matters: weekday slips survive every reread
because each word looks right on its own. Flags: "The talks opened on Tuesday, March 4, 2024." Passes: "The talks opened
on Monday, 3 March 2025." Parameters: window (largest gap in days between a resolved weekday and an explicit date of the
same event; 10). Known false positives: two different events told with the same verb and vocabulary within ten days. Not
read: an event whose only verb near both dates is a verb of speech or an announcement on its report day ("announced
Thursday" beside "announced on 2 October": the day of saying is set aside). A document without a publication date reads
its year-less weekday dates in the year its own dates vouch for (``_witnessed_year``: a year written in it in which the
most of them fall; one date must be backed by the year written as a full date or a "2026-27" period, which also breaks a
tie between years whose calendars agree), or not at all; a year-less date near a date written in full in that year
(within half a year) is read in its year. An undated rewrite of a dated source reads them in the year nearest its
source's date (``_source_date``); a rewrite of undated sources in the one year the sources' own dates state
(``_sources_year``). A date set by a past order, summons or bail ("was ordered to surrender on Monday, January 11")
is still to come: never read in the year before.
Not tried: weekdays in the future tense or with "last", "next", "this", "until", "through" (their resolution is
ambiguous: "extended the alert through Sunday" ends a period that may lie ahead), bare weekdays in documents without a
publication date, time zones."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from factcheck.align import one_story_or_brief
from factcheck.checks._calendar import (
    SPEECH_VERBS,
    DateMention,
    bare_weekdays,
    day_dates,
    last_weekday,
    report_day,
)
from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import WORD, content_stems, has_digit, quote, stem
from factcheck.checks._registry import register_check
from factcheck.facts import FactBase
from factcheck.models import Document, Extraction
from factcheck.rules.base import RuleBase


class WeekdayDateRule(RuleBase):
    type: Literal["weekday-date"] = "weekday-date"
    window: int = Field(10, ge=0, description="largest gap in days between two dates read as the same event")


_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|is due|are due|due to|set to|scheduled|expected to|plans? to|to be held|later|"
    r"upcoming|ahead of|next|this|last|coming|until|till|through|by)\s+(?:\w+\s+){0,3}?$"
)
_FUTURE_SENT = re.compile(r"(?i)\b(?:will|is due|are due|is set to|are set to|is scheduled|are scheduled)\b")
_IRREGULAR_TEXT = """
met made took gave told went came held began won lost struck fought sent brought left led saw hit fell
rose ran shot spoke sought bought sold agreed
"""
_IRREGULAR = frozenset(_IRREGULAR_TEXT.split())
_DAY = calendar.day_name
_DETERMINERS_TEXT = "the a an its their his her our your this these those"
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


@dataclass(frozen=True)
class _Dated:
    doc: str
    start: int  # document offsets of the date phrase
    end: int
    date: dt.date
    verbs: frozenset[str]
    words: frozenset[str]


def _verbs_near(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the past verbs within six words of a date: the verbs of its event. None for the day a statement
    was made ("X said Thursday that …": it dates the report), never a verb of speech ("said", "told"), nor a
    participle after a determiner ("the extended alert, running from 8 May": an adjective)."""
    if report_day(text, start, end):
        return frozenset()
    before = WORD.findall(text[:start])
    after = WORD.findall(text[end:])[:6]
    near = [(w, before[k - 1] if k else "") for k, w in enumerate(before) if k >= len(before) - 6]
    near += [(w, after[k - 1] if k else "") for k, w in enumerate(after)]
    return frozenset(
        stem(w)
        for w, prev in near
        if (w.lower().endswith("ed") or w.lower() in _IRREGULAR)
        and w.lower() not in SPEECH_VERBS
        and prev.lower() not in _DETERMINERS  # "the extended alert": an adjective, not the event's verb
    )


@dataclass
class _Index:
    """Explicit day dates of every document, in corpus order: by the stems of the verbs next to them and by date
    (each with its position in that order), and by document."""

    by_verb: dict[str, dict[dt.date, list[tuple[int, _Dated]]]]
    by_doc: dict[str, list[_Dated]]


def _dated(doc: Document, ex: Extraction) -> list[_Dated]:
    """Explicit day dates of one document (no weekday named), with the verbs next to them."""
    out: list[_Dated] = []
    for s in ex.sentences:
        t = s.text
        if not has_digit(t):
            continue
        for d in day_dates(t, doc.published):
            if d.weekday is not None:
                continue
            verbs = _verbs_near(t, d.start, d.end)
            words = frozenset(content_stems(t[: d.start] + " " + t[d.end :]) - verbs)
            out.append(_Dated(doc.id, s.span.start + d.start, s.span.start + d.end, d.first, verbs, words))
    return out


def _index(facts: FactBase) -> _Index:
    by_verb: dict[str, dict[dt.date, list[tuple[int, _Dated]]]] = {}
    by_doc: dict[str, list[_Dated]] = {}
    position = 0
    for doc, _ex in facts.all():
        for item in facts.per_document("weekday-date.dated", doc.id, _dated):
            for v in item.verbs:
                by_verb.setdefault(v, {}).setdefault(item.date, []).append((position, item))
            by_doc.setdefault(doc.id, []).append(item)
            position += 1
    return _Index(by_verb, by_doc)


def _near(by_date: dict[dt.date, list[tuple[int, _Dated]]], day: dt.date, window: int) -> list[_Dated]:
    """The items dated at most ``window`` days from ``day``, in corpus order (only their dates are looked up: the
    index of a large corpus holds many dates per verb)."""
    if 2 * window + 1 >= len(by_date):
        dates = [d for d in by_date if abs((d - day).days) <= window]
    else:
        dates = []
        for k in range(-window, window + 1):
            try:
                d = day + dt.timedelta(days=k)
            except OverflowError:
                continue
            if d in by_date:
                dates.append(d)
    return [item for _, item in sorted((c for d in dates for c in by_date[d]), key=lambda c: c[0])]


@register_check(WeekdayDateRule, requires={"sentences", "entities"}, scope="corpus")
def check(rule: WeekdayDateRule, facts: FactBase) -> Iterator[Verdict]:
    index = facts.derived("generic.weekday-date.index", _index)
    day_names = tuple(_DAY)  # (calendar.day_name formats each name anew at every access)
    for doc, ex in facts.checked():
        near = None if doc.published else _source_date(facts, doc.id)
        year, anchors = (None, []) if doc.published or near else _witnessed_year(ex, day_names)
        whose = "its other weekday dates fall in"
        if year is None and not doc.published and not near:
            year, anchors = _sources_year(facts, doc.id, day_names)
            whose = "its source's weekday dates fall in"
        for s in ex.sentences:
            t, off = s.text, s.span.start
            if not any(w[:3] in t for w in day_names):
                continue
            dates = day_dates(t, doc.published or near)
            stated = (_sentence_year(t) or _last_year(t, doc.published)) if doc.published else None
            for d in dates:
                if stated is not None and d.weekday is not None and not d.year_written:
                    d = _in_year(d, stated)
                elif doc.published and d.weekday is not None and not d.year_written:
                    d = _ahead(t, d, doc.published) if d.first < doc.published else _behind(t, d, doc.published)
                if d.weekday is None:
                    continue
                evidence = [quote(facts, doc.id, off + d.start, off + d.end, role="stated")]
                actual = d.first.weekday()
                values = {"date": d.first.isoformat(), "stated": _DAY[d.weekday], "calendar": _DAY[actual]}
                when = d.first.strftime("%-d %B %Y")
                why = f" ({_year_of_source(facts, doc.id, near)})" if near and not d.year_written else ""
                if actual == d.weekday:
                    yield ok(f"{when} is a {_DAY[actual]}{why}", evidence, **values)
                else:
                    yield fail(f"{when} is a {_DAY[actual]}, not a {_DAY[d.weekday]}{why}", evidence, **values)
            if year is not None:
                yield from _in_witnessed_year(facts, doc.id, t, off, year, anchors, whose)
            if doc.published is None or _FUTURE_SENT.search(t):
                continue
            for start, end, wd in bare_weekdays(t, dates):
                if _FUTURE.search(t[:start]):
                    continue
                resolved = last_weekday(wd, doc.published)
                yield from _relative(rule, facts, index, doc.id, t, off, start, end, wd, resolved)


def _source_date(facts: FactBase, document: str) -> dt.date | None:
    """For an undated rewrite, the latest publication date of the sources it was written from: a rewrite follows
    its source, so its year-less dates are read in the year nearest that date. None when no source is dated."""
    dated = [facts.documents[src].published for src in facts.sources.get(document, [])]
    return max((d for d in dated if d is not None), default=None)


def _year_of_source(facts: FactBase, document: str, near: dt.date) -> str:
    """Why a year-less date of an undated rewrite is read in its year."""
    return f"{facts.label(document)} gives no year: read in the one nearest its source's date, {near:%-d %B %Y}"


_ANY_YEAR = dt.date(2000, 7, 1)  # a stand-in publication date: only the month and day of a year-less date are read
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_A_YEAR = re.compile(r"[-/–]\d|\s*(?:%|per ?cent|percent)")  # "2026-27", "2026/27": a span; "2025%": a number


def _sentence_year(t: str) -> int | None:
    """The one year a sentence writes ("the 2028 edition is scheduled for Sunday, 12 March", "in 2028 … on Sunday,
    12 March"): the year its year-less dates may be in. None when it writes none, or several."""
    years = {int(m.group()) for m in _YEAR.finditer(t) if not _NOT_A_YEAR.match(t, m.end())}
    return years.pop() if len(years) == 1 else None


_LAST_YEAR = re.compile(r"(?i)\b(?:last|the previous) (?:year|summer|spring|autumn|fall|winter)\b|\ba year ago\b")


def _last_year(t: str, published: dt.date) -> int | None:
    """The year before publication, when the sentence places its events there ("Last summer, on Saturday 3 and
    Sunday 4 July"): like a year the sentence writes, it only confirms a weekday (:func:`_in_year`)."""
    return published.year - 1 if _LAST_YEAR.search(t) else None


def _in_year(d: DateMention, year: int) -> DateMention:
    """``d`` read in ``year`` when the stated weekday falls there and not in the year nearest publication: a year
    the sentence writes only confirms a weekday, so a year written for another reason ("founded in 2019") never
    turns a right weekday wrong."""
    if d.first.year == year or d.first.weekday() == d.weekday or not _falls_on(year, d):
        return d
    first = dt.date(year, d.first.month, d.first.day)
    return DateMention(d.start, d.end, first, first, d.granularity, d.weekday, d.year_written)


# A verb of what is still to come right before a date ("which begins on", "will close on", "is due on"): a schedule.
_AHEAD = re.compile(
    r"(?i)\b(?:will|would|shall|is due|are due|is set to|are set to|scheduled|begins?|starts?|opens?|closes?|ends?"
    r"|takes? effect|comes? into force)(?:\s+[a-z]+){0,3}?\s+(?:on\s+)?$"
)


# A date this near before publication is in the past even when scheduled ("had been scheduled for Sunday, July 11",
# two days before): only a date months before in its nearest year may lie ahead in the next.
_AHEAD_DAYS = 60
_WAS = re.compile(r"(?i)\b(?:had|was|were)(?:\s+[a-z]+){0,3}?\s+$")


def _ahead(t: str, d: DateMention, published: dt.date) -> DateMention:
    """``d`` read in the year after its nearest one when the year nearest publication puts it months in the past, a
    verb of what is to come (not "was scheduled") schedules it ("the timetable, which begins on Sunday 12
    December", in May; "it would reach lunar orbit on Wednesday 9 August", in November) and its weekday falls there
    and not in the nearest year: a schedule is told ahead of it."""
    if (published - d.first).days <= _AHEAD_DAYS or d.first.weekday() == d.weekday:
        return d
    cue = _AHEAD.search(t[: d.start])
    if cue is None or _WAS.search(t, 0, cue.start()) or not _falls_on(d.first.year + 1, d):
        return d
    first = dt.date(d.first.year + 1, d.first.month, d.first.day)
    if (first - published).days > 366:
        return d
    return DateMention(d.start, d.end, first, first, d.granularity, d.weekday, d.year_written)


# A sentence that tells of what is past ("Participants were recruited …") and of nothing still to come.
_PAST = re.compile(r"(?i)\b(?:was|were|had|did)\b")
_TO_COME = re.compile(r"(?i)\b(?:will|would|shall|due|scheduled|planned|plans?|expected|next|upcoming)\b")
# A past order, summons or bail sets a later act, an infinitive ("was ordered to surrender", "was bailed to appear",
# "were told to report"): a date after it dates that act, still to come when told.
_ORDERED_TO = re.compile(
    r"(?i)\b(?:ordered|told|required|summoned|directed|instructed|asked|bailed|remanded|invited|called|given until)"
    r"(?:\s+[a-z]+)?\s+to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b[^.;!?]{0,80}$"
)


def _behind(t: str, d: DateMention, published: dt.date) -> DateMention:
    """``d`` read in the year before its nearest one when the year nearest publication puts it months ahead, the
    sentence tells of the past and of nothing to come ("were recruited from Monday 5 April to Friday 28 May", in
    November), and its weekday falls there and not in the nearest year: an event told as done has happened."""
    if (d.first - published).days <= _AHEAD_DAYS or not _PAST.search(t) or _TO_COME.search(t):
        return d
    if _ORDERED_TO.search(t, 0, d.start):
        return d  # "was ordered to surrender on Monday, January 11": what the order sets is still to come
    return _in_year(d, d.first.year - 1)


def _yearless(t: str) -> list[DateMention]:
    return [d for d in day_dates(t, _ANY_YEAR) if d.weekday is not None and not d.year_written]


def _falls_on(year: int, d: DateMention) -> bool:
    try:
        return dt.date(year, d.first.month, d.first.day).weekday() == d.weekday
    except ValueError:  # 29 February
        return False


def _witnessed_year(ex: Extraction, day_names: tuple[str, ...]) -> tuple[int | None, list[dt.date]]:
    """For a document without a publication date: of the years written in it, the one in which most of its
    year-less weekday dates fall, and no other year as many — the year the document's own dates vouch for. One
    such date is a 1-in-7 coincidence, so it takes two, or one and the year written as a current period (a full
    date "3 March 2026", a season or budget "2026-27"). None when no year is vouched for. With the year, the dates
    the document writes in full in it ("February 17, 2027" of a dateline)."""
    said = [d for s in ex.sentences if any(w in s.text for w in day_names) for d in _yearless(s.text)]
    years = {int(y) for s in ex.sentences for y in _YEAR.findall(s.text)}
    if not said or not years:
        return None, []
    written = [d.first for s in ex.sentences for d in day_dates(s.text, None) if d.year_written]
    full = {d.year for d in written}
    # a year written as a full date or a "2026-27" period (a season or financial year) is a current period
    current = {y for y in years if y in full or any(re.search(rf"\b{y}[-/–]\d\d\b", s.text) for s in ex.sentences)}
    # the current period breaks a tie between years whose calendars agree on the dates ("February 2021" beside a
    # dateline's "February 17, 2027")
    scores = sorted(((sum(_falls_on(y, d) for d in said), y in current, y) for y in years), reverse=True)
    best, now, year = scores[0]
    if (len(scores) > 1 and scores[1][:2] == (best, now)) or best + now < 2:
        return None, []
    return year, [d for d in written if d.year == year]


def _sources_year(facts: FactBase, document: str, day_names: tuple[str, ...]) -> tuple[int | None, list[dt.date]]:
    """For an undated rewrite of undated sources (minutes headed "Tuesday 14 March 2028", a story with no date): the
    one year its sources' own dates vouch for (``_witnessed_year``), a rewrite telling what they tell; None when no
    source vouches for a year, or they vouch for several."""
    found: set[int] = set()
    for src in facts.sources.get(document, []):
        if src not in facts.extractions or facts.documents[src].published is not None:
            continue
        ex = facts.extractions[src]
        year = _witnessed_year(ex, day_names)[0]
        if year is None:  # its weekday dates written in full, all in one year
            full = {d.first.year for s in ex.sentences for d in day_dates(s.text, None) if d.year_written and d.weekday}
            year = full.pop() if len(full) == 1 else None
        if year is not None:
            found.add(year)
    return (found.pop(), []) if len(found) == 1 else (None, [])


def _in_witnessed_year(
    facts: FactBase,
    doc: str,
    t: str,
    off: int,
    year: int,
    anchors: list[dt.date],
    whose: str = "its other weekday dates fall in",
) -> Iterator[Verdict]:
    """Year-less weekday dates of an undated document, read in the year its other dates vouch for (or the next
    year for January and February, the one before for November and December: a story may cross the new year; with
    dates written in full in that year, only a year that puts the date within half a year of one of them)."""
    for d in _yearless(t):
        assert d.weekday is not None
        near = [year, *([year + 1] if d.first.month <= 2 else []), *([year - 1] if d.first.month >= 11 else [])]
        if anchors and (d.first.month, d.first.day) != (2, 29):
            month, mday = d.first.month, d.first.day
            near = [y for y in near if any(abs((dt.date(y, month, mday) - a).days) <= 183 for a in anchors)] or near
        fits = [y for y in near if _falls_on(y, d)]
        evidence = [quote(facts, doc, off + d.start, off + d.end, role="stated")]
        day = f"{d.first.day} {d.first.strftime('%B')}"
        why = f"the document gives no year; {year} is the year {whose}"
        if fits:
            yield ok(f"{day} {fits[0]} is a {_DAY[d.weekday]} ({why})", evidence, date=f"{fits[0]}-{d.first:%m-%d}")
        elif (d.first.month, d.first.day) != (2, 29):
            actual = dt.date(year, d.first.month, d.first.day).weekday()
            values = {"date": f"{year}-{d.first:%m-%d}", "stated": _DAY[d.weekday], "calendar": _DAY[actual]}
            yield fail(f"{day} {year} is a {_DAY[actual]}, not a {_DAY[d.weekday]} ({why})", evidence, **values)


def _relative(
    rule: WeekdayDateRule,
    facts: FactBase,
    index: _Index,
    doc: str,
    text: str,
    off: int,
    start: int,
    end: int,
    wd: int,
    resolved: dt.date,
) -> Iterator[Verdict]:
    verbs = _verbs_near(text, start, end)
    words = frozenset(content_stems(text[:start] + " " + text[end:]) - verbs)
    here = quote(facts, doc, off + start, off + end, role="stated")
    shown = resolved.strftime("%-d %B %Y")
    published = facts.documents[doc].published
    # the first item in corpus order, verb by verb, that is another sentence's, shares two words and falls in the
    # window (an item that fails these fails them under every verb)
    for v in sorted(verbs):
        for item in _near(index.by_verb.get(v, {}), resolved, rule.window):
            if item.doc == doc and item.start >= off and item.end <= off + len(text):
                continue
            if len(words & item.words) < 2 or (item.doc != doc and not one_story_or_brief(facts, doc, item.doc)):
                continue
            there = quote(facts, item.doc, item.start, item.end, role="source")
            label = facts.label(item.doc)
            values = {"resolved": resolved.isoformat(), "other": item.date.isoformat(), "published": str(published)}
            if item.date == resolved:
                yield ok(f"'{_DAY[wd]}' is {shown}, as {label} dates the same event", [here, there], **values)
            else:
                other = item.date.strftime("%-d %B")
                yield fail(
                    f"'{_DAY[wd]}' (published {published}) is {shown}, but {label} dates the same event {other}",
                    [here, there],
                    **values,
                )
            return
    for item in index.by_doc.get(doc, []):
        if item.date == resolved:
            there = quote(facts, item.doc, item.start, item.end, role="source")
            values = {"resolved": resolved.isoformat(), "other": item.date.isoformat(), "published": str(published)}
            yield ok(f"'{_DAY[wd]}' is {shown}, the day the document dates as '{there.text}'", [here, there], **values)
            return
