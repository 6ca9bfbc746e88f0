"""The numbers of a restated sentence pair that state the same thing, and whether the two sentences date their figures
to the same day (used by :mod:`factcheck.checks.cross_document_number`).

A rewrite that restates a source sentence may drop most of its numbers and hedge the one it keeps ("grossed more than
$129 million in the United States and Canada" for "has grossed $128.8 million in the United States and Canada, and $98.1
million in other territories"). Each amount of money and each percentage is read with its hedge as an interval
(:mod:`factcheck.checks._numeric`; "$ 30 million", with a space, too), an unhedged amount in round units of a magnitude
("$30 million") as the rounding it is (± half a million), and with the words of its clause: those after it up to the
next number or clause break, and before it the noun phrase of an "of" or "at" ("a worldwide total of"); in a sentence
that joins statements with their own subjects ("X amounted to R6.8 billion, while Y was R14.2 billion"), also the words
of its statement before it. A currency written in letters ("R6.8 billion", "Rs 980") is read as written, and a total's
"amounted to" or "came to" is no range's "to".
An amount of the rewrite and one of the source state the same thing when each is the other's only amount of its
kind (one currency, or percentages) and no other number of the source is as close to it by clause words, or when
each is the other's unique best match by clause words. A clause that puts the amount outside a place ("outside North
America", "in other territories", "overseas") states another thing than one that does not; an amount that agrees
with another of the source's amounts may restate that one. A count may also be written after its noun ("the
confirmed cases reached 359"): :func:`noun_first`.

Two sentences that date their figures to different days or years ("by April 13" and "as of 14 April"), or bound a
date differently ("before April 30" and "as of 30 April"), may both be right about a running tally:
:func:`another_day`. The day a figure was reported ("the council said on 14 May") is not its day.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck.checks._calendar import REPORTING_VERBS
from factcheck.checks._numeric import (
    CURRENCY_SIGN,
    POWER_UNIT,
    Num,
    SentenceNums,
    canonical_noun,
    content_stems,
    glued_currencies,
    in_full,
    is_plural,
)
from factcheck.extract import numbers as numlex
from factcheck.extract.dates import MONTHS
from factcheck.extract.hedges import load_table
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.models import DateRef, Document, Extraction

# The currency written before an amount, with at most one space: "$2.7bn", "US$40m", "£ 96", "$ 30 million".
_CURRENCY_BEFORE = re.compile(rf"(?P<sign>(?:\b[A-Z]{{1,2}})?{CURRENCY_SIGN}) ?$")
# Words between an amount and what it adds to: "another $1 trillion", "an additional 5%".
_ADDED = re.compile(r"(?i)\b(?:another|additional|extra|further|more)\s+\W*$")
# Where a clause ends: punctuation, a dash, or "and"/"while"/"but"/"with" joining two statements.
_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:and|while|but|whereas|with|including)\b", re.IGNORECASE)
# A range or a before/after pair: "$6–8 million", "5 to 7%", "from 40% to 45%".
_RANGE_AFTER = re.compile(r"\s*(?:[–/-]|to\b|or\b)\s*\S?\d")
_RANGE_BEFORE = re.compile(
    r"(?i)(?:\d\s*(?:[–/-]|to|or)|\b(?:from|(?<!\bamounted )(?<!\bamounts )(?<!\bamounting )(?<!\bcame )(?<!\bcomes )to"
    r"|by|between))\s*\S?\s?$"
)  # not a total's "amounted to", "came to"
# Where one statement of a sentence ends and another, with its own subject, begins: "X amounted to R6.8 billion,
# while Y was R14.2 billion".
_STATEMENT = re.compile(r";|,\s*(?:while|whereas)\b", re.IGNORECASE)
# A sentence that states a change holds a before and an after ("41 percent, down from 49 percent", "fell 3% to
# $4.1bn"): which of them a rewrite restates, and in which direction, is for the change checks to read.
CHANGE_STATED = re.compile(
    r"(?i)\b(?:up|down)\s+(?:from|on)\b|\bfrom\s+\S*\d[^,;]{0,40}?\bto\s+\S*\d|"
    r"\b(?:rose|risen|fell|fallen|climbed|dropped|jumped|increased|decreased|grew|declined|slipped|surged|soared|"
    r"plunged|tumbled)\s+(?:by\s+|to\s+|nearly\s+|about\s+|more\s+than\s+)?\S*\d"
)
# Words that put an amount outside a place or a whole: "outside North America", "in other territories".
_OUTSIDE = frozenset({"outsi", "other", "overs", "abroa", "forei", "inter", "exclu", "excep", "exter", "elsew"})


@dataclass(frozen=True)
class Amount:
    """A percentage, an amount of money or a measure of power or energy ("2,950 MW") of one sentence, read as the
    interval it commits to."""

    index: int
    """Its position among the sentence's numbers."""
    start: int
    """Where it is written in the sentence, hedge and currency included ("more than $ 30 million")."""
    num: Num
    """The number as written (with its hedge), an amount read in full ("$4.2m" is 4,200,000)."""
    kind: str
    """ "%" for a percentage, the unit of a measure ("MW", "GWh"), else the currency as written ("$", "US$", "£")."""
    bounds: Interval
    """The strict reading, rounding included: "$30 million" is 29.5–30.5 million."""
    words: frozenset[str]
    """Content stems of the amount's clause (see :func:`clause_words`)."""
    outside: bool
    """The clause puts the amount outside a place or a whole ("outside North America", "overseas")."""
    sign: str = ""
    """The currency as written, when ``kind`` reads it as another's ("US$" compared as "$": :func:`one_dollar`)."""
    measure: bool = False
    """A measure: ``kind`` is its unit, written after it ("2,950 MW")."""


def amounts(sent: SentenceNums) -> list[Amount]:
    """The percentages, amounts of money and measures of power or energy of one sentence that state one value each
    (not a range end, not an addition: "another $1 trillion"), with their clause words."""
    out: list[Amount] = []
    text = sent.text
    words = clause_words(sent)
    glued = glued_currencies(text)  # a currency written in letters: "R6.8 billion", "Rs980"
    for i, n in enumerate(sent.nums):
        if n.points or n.fraction or n.year:
            continue
        sign = None if n.percent else _CURRENCY_BEFORE.search(text, max(0, n.start - 4), n.start)
        letters = glued.get(n.start) if sign is None and not n.percent else None
        unit = POWER_UNIT.match(text, n.end) if sign is None and letters is None and not n.percent else None
        if not n.percent and sign is None and letters is None and unit is None:
            continue
        start = min(n.hstart, sign.start() if sign else letters[1] if letters else n.hstart)
        if _RANGE_AFTER.match(text, n.end) or _RANGE_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        if _ADDED.search(text[max(0, start - 16) : start]):
            continue
        full = n if n.percent or unit else in_full(text, n)
        if full is None:
            continue
        kind = (
            sign.group("sign")
            if sign
            else text[letters[1] : n.start].strip()
            if letters
            else unit.group("prefix") + unit.group("base")  # a measure compared as an amount, its unit as its kind
            if unit
            else "%"
        )
        outside = bool(words[i] & _OUTSIDE)
        out.append(Amount(i, start, full, kind, rounded(full), words[i], outside, measure=unit is not None))
    return out


def clause_words(sent: SentenceNums) -> list[frozenset[str]]:
    """For each number of a sentence, the content stems that say what it is: the words after it up to the next
    number or clause break ("$51.8 million in North America", "worldwide"), and the words before it when they end in
    "of" or "at" ("a worldwide total of $107.4 million", "a budget of", "stood at"). The subject and verb before a
    number ("Parabellum has grossed $148.6 million") frame every number of the sentence, so they tell none apart."""
    text, nums = sent.text, sent.nums
    statements = [m.end() for m in _STATEMENT.finditer(text)]
    out: list[frozenset[str]] = []
    for i, n in enumerate(nums):
        start = n.hstart
        while start and text[start - 1] in " $€£¥₹":
            start -= 1
        left = nums[i - 1].end if i else 0
        right = nums[i + 1].hstart if i + 1 < len(nums) else len(text)
        after = text[n.end : max(n.end, right)]
        stop = _BREAK.search(after)
        if stop:
            after = after[: stop.start()]
        before = text[min(left, start) : start]
        cut = list(_BREAK.finditer(before))
        if cut:
            before = before[cut[-1].end() :]
        of = _OF_BEFORE.search(before)
        before = " ".join(before[: of.start()].split()[-3:]) if of else ""  # "a worldwide total", not the subject
        if not n.year and statements:
            before += " " + _own_subject(sent, i, start, statements)
        noise = _noise()
        out.append(frozenset(content_stems(" ".join(w for w in f"{before} {after}".split() if w.lower() not in noise))))
    return out


_OF_BEFORE = re.compile(r"(?i)\b(?:of|at)\s*$")


def _own_subject(sent: SentenceNums, i: int, start: int, statements: list[int]) -> str:
    """The words of a number's own statement before it, when the sentence joins statements with their own subjects
    ("Irregular expenditure amounted to R6.8 billion, while unauthorised expenditure was R14.2 billion": "Irregular
    expenditure amounted to", "unauthorised expenditure was"), digits left out; none for a number after another of
    its statement (a year aside): the subject is the first one's ("Brent settled at $68.42, down 2.1%")."""
    begin = max((end for end in statements if end <= start), default=0)
    if any(begin <= n.start and not n.year for n in sent.nums[:i]):
        return ""
    return re.sub(r"\S*\d\S*", " ", sent.text[begin:start])


@functools.cache
def _noise() -> frozenset[str]:
    """Words that say nothing about what an amount is: one-word hedges ("approximately", "nearly"; whole words:
    "approval" is none; "north" of "north of" names a place), magnitude words."""
    return frozenset({p for p in load_table().by_phrase if " " not in p} | set(numlex.MAGNITUDE_WORDS))


_MANTISSA = re.compile(r"\d[\d,]*(?:\.\d+)?")


def rounded(n: Num) -> Interval:
    """The strict reading of a number, an unhedged amount in round units of a magnitude ("$30 million", "$40m")
    widened to the rounding it is: ± half a unit, at most 5% of it ("$434 million" for $433,537,548, "$5 million" for
    $4.8 million; "$2 billion" for $1.8 billion rounds away the figure itself)."""
    if n.hedge or n.percent or n.decimals:
        return n.bounds
    m = _MANTISSA.match(n.text)
    if m is None:
        return n.bounds
    written = float(m.group().replace(",", ""))
    scale = n.value / written if written else 1.0
    if scale <= 1.0 or not math.isfinite(scale):
        return n.bounds
    half = min(0.5 * scale, 0.05 * abs(n.value))
    return Interval.closed(n.value - half, n.value + half)


def counterparts(a: SentenceNums, b: SentenceNums) -> Iterator[tuple[Amount, Amount, list[Amount]]]:
    """(rewrite amount, source amount, every source amount) that state the same thing: of one kind (a currency, or
    percentages), and each the other's only one, with no other number of the source sentence closer to the rewrite
    amount by clause words (a percentage restated as "7.5 out of 10" is not the "96%" beside it), or the source
    amount is the rewrite amount's unique best match by clause words among all the source's numbers and the other way
    round among the rewrite's amounts of its kind; never an amount outside a place with one that is not. A rewrite's
    only amount of a kind whose clause shares no word with any source amount's restates their total, when the others
    add up to it (:func:`one_sum`); a bare "$" is the source's one prefixed dollar (:func:`one_dollar`). A source
    amount that another amount of the rewrite sentence agrees with (not a bound: "less than $40 million" states
    none of the amounts below it) is that one's ("will save £164,000 a year once
    bussing — around £38,000 — is counted" against "transport is expected to cost approximately £38,000"): no
    counterpart of the first."""
    mine, theirs = one_dollar(amounts(a), amounts(b))
    if not mine or not theirs:
        return
    words_b = clause_words(b)
    for kind in sorted({x.kind for x in mine} & {y.kind for y in theirs}):
        xs, ys = [x for x in mine if x.kind == kind], [y for y in theirs if y.kind == kind]
        if len(xs) == 1 and kind != "%" and not any(xs[0].words & y.words for y in ys):
            # nothing in its clause picks one of them: of a total and its parts ("US$312 million … US$248 million …
            # and US$64 million"), it restates the total
            total = one_sum([y.num for y in ys])
            ys = [y for y in ys if y.num in total]
        for x in xs:
            scores = [len(x.words & w) for w in words_b]
            if len(xs) == 1 and len(ys) == 1:
                y: Amount | None = ys[0]
                mine_score = scores[ys[0].index]
                rivals = (s for k, s in enumerate(scores) if k != ys[0].index and not b.nums[k].year)
                if any(s > mine_score or (s == mine_score > 0) for s in rivals):
                    continue  # another number of the source (not a year: no amount) is as close to it: which one it
                    # restates is unsure
            else:
                top = _unique_top(scores)
                y = next((c for c in ys if c.index == top), None)
                if y is None or _unique_top([len(y.words & c.words) for c in xs]) != xs.index(x):
                    continue
            if (
                y is not None
                and x.outside == y.outside
                and not any(z is not x and not _open_bound(z.num) and z.bounds.overlaps(y.bounds) for z in xs)
            ):
                yield x, y, theirs  # (not a source amount another of the rewrite's restates: "around £38,000")


def one_dollar(mine: list[Amount], theirs: list[Amount]) -> tuple[list[Amount], list[Amount]]:
    """The two sentences' amounts, a prefixed dollar ("US$", "NZ$") read as the other's bare "$" when one writes
    dollars only bare and the other only with that one prefix ("$321m" for "US$312 million"): one currency, the
    prefix dropped; two prefixed dollars, or both forms in one sentence ("NZ$50m (US$30m)"), are left apart."""
    forms_a, forms_b = ({x.kind for x in xs if x.kind.endswith("$")} for xs in (mine, theirs))
    if len(forms_a) != 1 or len(forms_b) != 1 or ("$" in forms_a) == ("$" in forms_b):
        return mine, theirs
    prefixed = (forms_a | forms_b) - {"$"}

    def bare(xs: list[Amount]) -> list[Amount]:
        return [replace(x, kind="$", sign=x.kind) if x.kind in prefixed else x for x in xs]

    return bare(mine), bare(theirs)


def one_sum(amounts: list[Num]) -> list[Num]:
    """A sentence's amounts of money, each once: an amount written again in another form ("₹1.25 lakh crore (₹1,25,000
    crore)") is one amount, and amounts that add up to another of the sentence are its parts ("£9m in three grants of
    £4m, £3m and £2m"): the sum is the one amount a rewrite restating the sentence keeps."""
    distinct: list[Num] = []
    for n in amounts:
        if not any(n.text != d.text and n.bounds.overlaps(d.bounds) for d in distinct):
            distinct.append(n)
    if len(distinct) < 3:
        return distinct
    total = max(distinct, key=lambda n: n.value)
    acc = Interval.point(0.0)
    for n in distinct:
        if n is not total:
            acc = acc + n.bounds
    return [total] if acc.overlaps(total.bounds) else distinct


def _unique_top(scores: list[int]) -> int | None:
    """The position of the one highest score, when it is above 0 and alone at the top."""
    if not scores:
        return None
    best = max(scores)
    return scores.index(best) if best > 0 and scores.count(best) == 1 else None


def held_elsewhere(x: Amount, y: Amount, theirs: list[Amount]) -> bool:
    """Whether ``x`` agrees with another amount of the source sentence than its counterpart ``y``: the rewrite may
    state that one ("$55.6 million outside North America" beside "$51.8 million in North America and $55.6 million
    in other territories"). A bound ("under $50 million") is held only by an amount whose clause shares a word
    with its own: any smaller amount lies within it."""
    bound = math.isinf(x.bounds.high) or x.bounds.low <= 0 < x.num.value
    return any(
        z is not y and z.kind == x.kind and z.bounds.overlaps(x.bounds) and (not bound or bool(z.words & x.words))
        for z in theirs
    )


def stated_anywhere(x: Amount, sentences: list[SentenceNums]) -> bool:
    """Whether the source states ``x``'s value in any of its sentences (``sentences``): a merged or reordered rewrite
    restates a figure of the sentence next to the one it aligns with ("KLIA … 82.5 per cent …, well ahead of NAIA …
    69.8 per cent" against "NAIA … 69.8 percent. KLIA … 82.5 percent."), and a figure the source gives is no
    changed figure. A percentage for a percentage, an amount read in full for money; not for a bound, nor by one
    ("more than $129 million" lies within any larger figure, and states none of them)."""
    if _open_bound(x.num):
        return False
    for sent in sentences:
        for n in sent.nums:
            if n.year or n.fraction or n.points or n.percent != (x.kind == "%"):
                continue
            full = n if n.percent else in_full(sent.text, n)
            if full is not None and not _open_bound(full) and full.bounds.overlaps(x.bounds):
                return True
    return False


def _open_bound(n: Num) -> bool:
    """Whether a number is a bound open on one side ("more than $129 million", "under 50%")."""
    return math.isinf(n.bounds.high) or n.bounds.low <= 0 < n.value


def misread(x: Amount, y: Amount) -> bool:
    """Whether two amounts differ a thousandfold or more: a magnitude word left out or cut off ("$130 milli"), not a
    changed figure."""
    low, high = sorted((abs(x.num.value), abs(y.num.value)))
    return x.kind != "%" and high >= 1000 * max(low, 1e-9)


# A count written after its noun: "the confirmed cases reached 359", "cases rose to 105", "deaths stood at 40".
_NOUN_FIRST = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:(?:has|have|had)\s+)?(?:reached|rose\s+to|risen\s+to|climbed\s+to|increased\s+to|"
    r"grew\s+to|jumped\s+to|stood\s+at|stand\s+at|stands\s+at|totall?ed|numbered)\s+$"
)


def noun_first(sent: SentenceNums) -> list[tuple[str, Num]]:
    """The counts of a sentence written after their plural noun ("the confirmed cases reached 359"), as (counted
    noun, number); a number followed by a noun of its own ("reached 40 countries") counts that noun instead."""
    out: list[tuple[str, Num]] = []
    for n in sent.nums:
        if not n.is_count:
            continue
        m = _NOUN_FIRST.search(sent.text, max(0, n.hstart - 40), n.hstart)
        if m is None or not is_plural(m.group("noun")) or _NOUN_AFTER.match(sent.text, n.end):
            continue
        out.append((canonical_noun(m.group("noun")), n))
    return out


_NOUN_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?[a-z]+s\b|\s*(?:%|per\s?cent)")


# --- the days two sentences date their figures to ------------------------------------------------------------------

_DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_MONTH_WORD = re.compile(r"[A-Za-z]+")
# A date the figure is bounded by, not stated on: "before April 30", "after 13 April", "until May 4" ("since 20 March"
# starts a running total's window, which the count's window words compare).
_DATE_BOUND = re.compile(
    r"(?i)\b(?P<word>before|after|until|till|prior\s+to|ahead\s+of|following)\s+(?:the\s+)?(?:start\s+of\s+)?$"
)


def _day(text: str, start: dt.date | None) -> tuple[int, int] | None:
    """(month, day) of a date as written ("April 13", "14 April 2020", "19th March"), else of ``start``, or None."""
    month = next((MONTHS[w.lower()] for w in _MONTH_WORD.findall(text) if w.lower() in MONTHS), None)
    day = _DAY_NUMBER.search(text)
    if month is None or day is None or not 1 <= int(day.group(1)) <= 31:
        return (start.month, start.day) if start is not None else None
    return month, int(day.group(1))


# A date written with a month or a year ("April 13", "14 April 2020", "in 2014"), not a weekday or "yesterday".
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_CALENDAR_DATE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b|\b\d{{4}}\b")
_REPORTED_ON = re.compile(rf"(?i)\b(?:{'|'.join(sorted(REPORTING_VERBS))}|told\s+\w+)\s+(?:on\s+)?$")


_Days = tuple[frozenset[tuple[int, int]], frozenset[int], frozenset[tuple[str, object]]]
_NO_DAYS: _Days = (frozenset(), frozenset(), frozenset())


def days(facts: FactBase, doc: str, sentence: int) -> _Days:
    """The (month, day) dates and the years a sentence states, and its dates that are bounds, as (bound word, day or
    year): "before April 30" is ("before", (4, 30)), "after 2015" ("after", 2015).

    Read from a table of the document's sentences made once per document (:func:`_days_by_sentence`), where each
    call read every date of the document (about 75,000 calls on a 1,000-article archive)."""
    return facts.per_document("restated.days", doc, _days_by_sentence).get(sentence, _NO_DAYS)


def _days_by_sentence(document: Document, extraction: Extraction) -> dict[int, _Days]:
    """:func:`days` of every sentence of a document with a date (each sentence's dates in the document's order)."""
    by_sentence: dict[int, list[DateRef]] = {}
    for d in extraction.dates:
        by_sentence.setdefault(d.sentence, []).append(d)
    return {i: _sentence_days(document.text, mentions) for i, mentions in by_sentence.items()}


def _sentence_days(text: str, dates: list[DateRef]) -> _Days:
    """:func:`days` of one sentence, from its dates (``text``: the document's)."""
    out: set[tuple[int, int]] = set()
    years: set[int] = set()
    bounds: set[tuple[str, object]] = set()
    for d in dates:
        if not _CALENDAR_DATE.search(d.span.text):
            continue  # "overnight on Friday", "yesterday": the count's window words compare those
        if _REPORTED_ON.search(text[max(0, d.span.start - 24) : d.span.start]):
            continue  # "the council said on 14 May": the day of the report, not of the figure
        got = _day(d.span.text, None if d.relative else d.start) if d.granularity == "day" else None
        if got is not None:
            out.add(got)
        written = _YEAR.search(d.span.text)  # as written: "the end of March" is resolved by a guess
        year = int(written.group()) if written else None
        if year is not None:
            years.add(year)
        bound = _DATE_BOUND.search(text[max(0, d.span.start - 16) : d.span.start])
        if bound:
            bounds.add((" ".join(bound.group("word").lower().split()), got or year or d.span.text))
    return frozenset(out), frozenset(years), frozenset(bounds)


def another_day(facts: FactBase, a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Whether two sentences date their figures to different days or years ("by April 13" and "as of 14 April", "in
    2016" and "in 2017"), or bound their dates differently ("before April 30" and "as of 30 April"; "before 2015" in
    both is one window): a running tally may differ between them."""
    da, ya, ba = days(facts, *a)
    db, yb, bb = days(facts, *b)
    if ba != bb:
        return True
    return bool((da and db and da.isdisjoint(db)) or (ya and yb and ya.isdisjoint(yb)))


def shown(x: Amount) -> str:
    """The amount as written, with its hedge and currency or unit ("more than $129 million", "some 2,680 MW")."""
    if x.kind == "%":
        return x.num.shown
    if x.measure:
        return f"{x.num.hedge} {x.num.text} {x.kind}" if x.num.hedge else f"{x.num.text} {x.kind}"
    sign = x.sign or x.kind
    return f"{x.num.hedge} {sign}{x.num.text}" if x.num.hedge else f"{sign}{x.num.text}"
