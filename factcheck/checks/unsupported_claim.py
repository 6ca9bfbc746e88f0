"""unsupported_claim: a rewrite makes a checkable claim that nothing in its sources says.

What it flags: a sentence of a rewrite (a document given with ``--against`` sources, or detected as rewriting
another) with a record claim ("the first …", "the highest since …", "a record") that no source makes; opted in (see
"Claims" below), one with a number, a quotation, a month or a named actor's action, whose best match among the source
sentences scores below the floor (no source sentence shares enough of its content words), in a document that really
restates its sources: at least ``min_aligned`` of its other sentences, and at least ``min_share`` of all its
sentences, restate a source sentence. A document that restates nothing (a claim from another outlet, a one-sentence
claim checked against an unrelated article) is not a rewrite, so nothing in it is "unsupported".
Why it matters: a rewrite should add nothing its sources do not support; an added number or quote is the commonest
way a fabrication gets in.
Flags: source "The council approved the budget on Monday." rewrite "The council approved the budget on Monday, the
first city to do so." (opted in to numbers: "… The mayor said 40 teachers will be hired.")
Passes: source "The council approved the budget on Monday." rewrite "On Monday the council approved the budget."
A sentence with a number that no source states ("…would be launched in 2029") is unsupported below a higher
score, ``new_number_floor`` (default the aligner's restating threshold, 0.3): sharing a few words with a source
sentence does not support a new number. A rounded or hedged restatement is not a new number: "about 78%" (of
78.4%), "nearly 22,000" (of 21,862), "in the region of £38m" (of £38.5m) commit to intervals (the hedge table's
agreement reading) that hold a source number of the same kind (share, points, the same currency or glued unit);
"over 60" does not restate "more than 50" or "57". A plain whole number of at least ten millions (billions,
trillions) rounds to the unit ("S$736 million" of S$736.2 million), and an amount converted in brackets after an
amount ("S$2.15 billion ($1.6 billion)") restates it (unit-conversion checks the rate). A clock time on another
clock ("5pm" of "17:00 hours") is the same time, and an energy or power figure with another prefix of its unit ("about
6.1TWh" of "6,120 GWh") the same quantity. A sentence that sums up a few
source sentences (a wire lead) is
also scored against its best ``SUMMED`` (3) source sentences read as one; that score can make it a loose
restatement (at least ``floor``) only when it holds no number, in digits or words, nor month, that no source states.
The count of the speakers in a closing attribution ("…, two United Nations agencies said on Tuesday") tells who
said it, no new number of the claim.
A source sentence of fewer than ``MIN_CONTENT`` (4) content words (a fragment: a quote's "N95 masks help.") vouches
for no new number: it scores high against any longer sentence sharing its two or three words ("The Guard has sent
200 soldiers to hand out N95 masks"), so a sentence with a new number is scored against the longer ones.
A record claim ("the first province to offer …", "the only club to have won …", "for the first time", "first-ever",
"It is the first time a court has …")
whose marker ("first", "only") no record claim of the sources uses is a claim of its own, unsupported however well
the rest of its sentence restates a source sentence ("Ontario and Quebec already offer it free" → "makes Manitoba
the first province to offer it free"); an ordinal of a sequence ("the first 3,000 doses", "the first appointments
will go to …") is none. A tally, an ordinal over a span of time ("the third jackpot won in the county in the past
two years", "its fourth title in a row", "the Riksbank's third this year"), is a record claim marked by its
ordinal. A comparative over every peer or period ("more than any of its neighbours", "higher than in any year since
1987") is a ranking in other words, marked as its superlative would be; "since the company was founded" is over all
time. An aside ", the first time the fund has passed …" states a first; "half of them working for the first time"
(a part of a group of people) is each one's own first, no record. A source's "among the largest" or "one of the
biggest" ranks its subject first nowhere. A record named as a noun ("a record for a player sold by a Dutch club", "a new
club record", "record highs"; not "a record of 3-2", "a record label") is one marked "record", which any record, "ever"
or span superlative of a source vouches for.
Parameters: floor (best alignment score below which a sentence is unsupported, default 0.2), new_number_floor,
min_words (shorter
sentences, such as headlines and captions, are skipped; default 6), min_aligned and min_share (how much of the
document must restate its sources for it to count as a rewrite; default 1 sentence and 0.5; for a record claim
that is a superlative over time ("the highest since records began in 2011", "the highest in the exam's history"), the
share rewrite detection asks of a dated pair, 0.35: a follow-up or a story retold in its own words restates less of
its source, and such a record is no reporting of its own but its source's claim or none; its tallies and firsts
("its third approach since April", "the first in the country to …") may be its own analysis).
A sentence whose only new numbers are counts that its best source sentence (at least ``floor``) gives of the same
noun with other values is no new claim but a changed number, reported by cross-document-number ("covers 46 fish
stocks" after "covers 42 fish stocks shared by the two sides"); so is an amount whose counterpart in the two adjacent
source sentences the sentence merges has another value.
A figure a follow-up computes from its sources is no new number: the complement of a share ("a Yes share of 54.3
per cent" → "46 per cent" against), the sum or difference of two numbers of one kind in one source sentence (a margin,
a total), the sum of neighbouring shares of one whole (a sentence's plain shares adding up to exactly 100: "above
normal 39%; and excess 22%" → "a 61% chance of above normal or excess"), the span between two clock times a source
states ("from 1.50am until 11.30am, almost 10 hours").
A sentence that only restates its sources' figures (at least two, none new: "The margin of almost 182,000 votes works
out at about 54 per cent to 46 per cent") is supported however few words it shares with them: a
numbers follow-up rewords figures in new sentences.
The gap in percentage points between two source shares ("58.9 per cent, compared with 69.1 per cent" → "about 10 points
behind") is computed too. A ratio, difference or sum of two source figures of one kind that the rewrite states in the
sentence or the two before it is computed, not new ("£168,900 … the national £298,450" → "about 57% of the average, or
roughly £129,550 less"); in a next-day story, so is an update's own arithmetic, a new count and the total it makes with
a source figure ("33,717 voted" → "14 late ballots had since been added, taking the total to 33,731").
A source's run of periods ("for
the fourth month in a row") vouches for a rewrite's tally with that ordinal ("the fourth monthly rise in a row"). In
a next-day story, a quotation with no new number whose attribution keeps its speaker anonymous ("who asked not to be
named"), or names only people no source names whom an earlier sentence of the rewrite introduced, is a new voice's
reaction: its own reporting; a quote given to a source's speaker, or to someone first named in the quoting sentence
("Council leader Ann Moss told councillors the town would "not be left …""), is still flagged. A quotation in the
first person singular from someone no source names, every added number inside it (""The bus takes me 40 minutes,"
said Ana Ruiz, a nurse."), is a new voice's own experience, whatever the story's day: its own reporting. Direct
speech (quoted sentences with at most an attribution outside them: ""The split is the story," said Jo Dee, an
economist.", a quote's run-on sentence, or a "she said" whose speaker the sentence before names) of a voice no source
quotes, adding no number outside its quotation nor inside it unless in the first person, is what the rewrite heard:
silent in a next-day story, info otherwise; a phrase quoted inside the reporter's own sentence ('told MPs the deal
would "not be rushed"') and new words given to a source's speaker are still claims.
A threshold a source sentence states with the same comparator and value, that sentence sharing another content word
("restore full supply to any household of more than eight people" → "homes with more than eight occupants must get
their full water supply back"), is the source's rule in other words, no new number.
A superlative measured from a year ("the most extensive damage in the region since 2005", "the group's strongest result
since it listed in 1998") is a record claim marked by its year; one measured over a span or the record ("the highest
rate at any by-election in more than 20 years", "its lowest level in a decade", "the wettest June on record") is one
marked "span", which a source's superlative over a span or since a year vouches for; one over all time ("the largest
trial of the drug ever conducted", "the highest number of cases disposed of in a single year", "the highest annual
total yet", "its best so far") is marked "ever", which a source's "in its history", "on record", "of all time", "yet",
"so far" or "to date" vouches for. A span may be weeks or months ("the largest in 18 months"). A first since a year or
an event ("the club's first away win since 2016", "its first loss since the crisis began") is marked as a superlative
since it is; a first within a season or year ("its first measles case of the year") by its noun, which only a source's
first of that noun vouches for (not a count, "the first three months", nor a fixture, "their first game of the
season"). A ranking owned by a place that the sentence states of its subject ("would create Ohio's largest hospital
system", "makes it the world's biggest port"; not an apposition, "Lagos, Nigeria's largest city,") is marked by its
place, as one "in Southeast Asia" is: a source's same superlative in that place, or in a place named in general words
("the state's largest"), vouches for it; one in another place ("the largest in Europe" for "the world's largest") or
another superlative ("Australia's largest port" for "the fastest-growing port in Australia") does not. The figure
before a bracketed change in a source's poll table ("29% (-1)": 30% last
time) is computed, not new. The outlet's own figures, labelled as its own outside any
quotation ("our rolling average of the last ten polls now stands at …", "by our count", "we estimate"), are its own
work, no claim it says a source made. A source's run counted with a cardinal ("for four consecutive months") vouches for
its ordinal. In a next-day story, a revision of a source figure "from A to B" that states the change explaining it
("revised the count from 1,240 to 1,265, after 25 late returns were added") is an update that shows its arithmetic.
A hedged four-digit number not after a year's preposition ("just under 1900 against", not "in about 1990") may be a
count written without a comma, restating a source count its interval holds. In a next-day story, a further change
and the level it makes of a source figure ("rose a further 2 per cent on Tuesday to about Rs 4,710" after Rs 4,620)
is the update's arithmetic, and so is an attributed new figure given as a change from a source figure ("rose to 131
from 94, the agency said, an increase of 37", the follow-up's own day named beside it: "on Thursday, May 6"); an age
that the story's year and a year the sentence names and a source states make ("Founded in 1680, … now 347 years old")
is background arithmetic; a new figure that speakers the sources name gave on a day after every
source ("AFAD said on Tuesday it had set up 2,450 tents") is the follow-up's own reporting. A loose rewording (at
least half the support floor) whose every figure restates one of its best source sentence ("85.5 per cent of the
total" → "about 85 per cent of the month's throughput") is supported.
A superlative that ranks what was done to its peers by a participle ("the longest term handed to a club official
for theft", "the largest fine imposed on a lender") or over the peers "at any" or "in any" ("the highest charge at any
council car park"; not over a time, "at any point since 2010") is a ranking among peers; a first or only that its own
clause ranks with a pronoun doing it ("the first it had approved for a football ground") is a first. A ranking that
reads a source's list (the sentence's figure is one a source sentence states beside at least two peers' figures of
its kind, all smaller, or all larger for "smallest": "remain the firm's biggest market, with 31.8 million members")
and a "second" whose one precedent, named after it ("…, after a two-day stoppage in March"), a source sentence tells
are the source's facts counted, no claim of the rewrite's own. A follow-up's revision of an earlier figure excuses its
figure, not a record its sentence adds ("300 barrels more than the earlier estimate, makes it the largest spill …").
A question in a source ("REPORTER: Will you stay on as leader?") asks and states nothing: it supports no claim.
A correction notice ("An earlier version of this story said …", "Correction: …") is a note on the text, no claim;
a follow-up's revision of an earlier figure it names ("…, revising down an earlier estimate of about 41,000 acres",
"down from an initial count of 12", "said in an updated statement, up from 74 reported on Sunday") is an update, no
claim (:func:`factcheck.checks._rewrite.correction_notices`).
A date line ("Published - Sept. 21, 2027 10:15 pm IST", "Updated Jun 14, 2027 · 2 min read",
:func:`factcheck.ingest.metadata_line`) states nothing.
An outlet's own request for comment ("The Courier contacted the council for comment", "The firm did not respond to
a request for comment") with no new number states nothing about the story. An update's explicit sum ("three more
cases, bringing the outbreak total to 41") whose total less its new ones is a source count (38) is no new claim.
A headline (a Markdown "# " line, or a line that is the document's title) is not a claim: it sums the story up in
its own words ("axes thousands of jobs"); a changed number in it is cross-document-number's.
A rewrite published on a later day than every source is a next-day story: what it adds with no number, new
month, quotation or record claim (a scene, "Residents spent Thursday clearing broken glass"; newly attributed
reporting, "Crews worked through the night, troopers said"; an explanation, "EMIs will stay where they are for
now") is its own reporting, not flagged; its new numbers, quotes and records still are. A signpost ("Here are the
key takeaways from the December policy.", "Here's what we know") states nothing, nor does a pointer to other stories
("**Also in health news today:** …", "In other news: …"). A duration that the range of two dates in its sentence
spans, counted either way, is computed from them ("for 30 days, from today until December 14" in a November 15
story), not new. "no one" is no number. A name glued to digits in capitals ("the B40 biodiesel mandate", "the G20")
is no number claim, and a credit line ("*Summary compiled from Statistics Canada's The Daily of July 7.*", "With
files from …") no claim at all. A span of hours or minutes a source states in another unit ("an extra hour and a
half" of "adds about 90 minutes") is no new number; nor are the days from a day a source dates to the story's own
("Eight days after Gaston came ashore" in a September 6 story of an August 29 landfall); a source's own month of
publication is no new month ("as deep as usual for February" of a February report). A superlative "in the city's
history", "in Ryanair's history" or "since the foundation of the State" is a record claim over all time ("ever"). In
a next-day story, a change from a source figure to the new figure stated just before ("cut to 1.2 million tons, a
day after announcing up to 1.5 million" … "reduced by 300,000 tons") is the update's arithmetic, an attributed
sentence's newly announced date its own reporting, and a new figure an earlier sentence of the story gave and the
check let stand, or a round figure of one from a thousand up ("now says 9 of the 40 cranes …, up from the 7" …
"began checking the 9 cranes"; "a thousand jobs" after "about 1,050 jobs"), the story's own. A superlative over the
peers of a place or field ("the highest in Southeast Asia", "the most in the league"; not a time: "the highest in
January") is a ranking claim, marked "peers" as one "of any" is; one measured "since the 2022 General Election" is
marked by its year, and one "since the Common Fisheries Policy began" (an event without its year) "span"; a ranking
among peers is vouched for by a source's plain superlative of the sentence's subject ("Meat is forecast to post the
largest increase" → "Meat will cost 5% to 7% more, the biggest jump of any category"). A "he said" after a sentence
that names a speaker speaks for the first name of that sentence. A named actor's act that a source tells of the same
actor in other words (a source sentence naming the actor, telling a past act, sharing two other content words) is
restated, not new. A newsletter's line about its own format ("in five bullets or fewer per story") is a tagline.
A record broken, set or equalled ("broke the record for a September opening", "set a new national record"; not "set
the record straight") or an all-time high is marked "record"; a superlative or first measured from an event named by a
noun ("the steepest job loss since the pandemic", "since partition") and a first over a span ("the first tower approved
in the district in more than a decade") "span"; one within "this season" "year"; one "in Iowa history" or "in the
history of the club" "ever"; "the EU's largest" is owned by its place; a year after a month or "early" ("since October
2022", "since early 2022") or after an event ("since council tax was introduced in 1993") is the year it is measured
from. A source's record over a span or since a year vouches for a rewrite's record over a span only when it measures
the same thing: their sentences share a content word besides superlatives, scope words, figures and verbs of speech
("the highest youth jobless rate since early 2022" does not vouch for "the steepest monthly job loss since the
pandemic"). A ranking among peers ranks the first content word of its own clause ("…, and Leeds recorded the steepest
drop of any council": Leeds), no quantifier ("Every region").
A streak of three periods or more, counted by a cardinal or an ordinal ("have now risen for 14 consecutive months",
"for the sixth straight year"), is a tally marked by its ordinal (a run of two, "for a second straight day", is a
follow-up's next day); a record broken that belongs to someone ("breaking the club's transfer record") is marked
"record"; a standing in a table ("the fifth place obtained this season") is no tally; "for the first time since" an
event of the story, not a year ("reached the valley for the first time since the water peaked"), is a step in the
story, no record ("It is the first time since the war that …" states one).
Claims: by default only record claims are reported (``claims: [record]``). The other kinds (``number``, ``quote``,
``date``, ``action``) are opt-in: on twenty-four sets of unseen planted pairs (heldout30–53, measured blind) they
gave 3 true findings among 77, since a rewrite's own reporting (a new quote, background figures, a court's sentence
in a follow-up) reads the same as a fabricated figure, while record claims gave 31 of 34. Opt in where rewrites are
meant to add nothing (wire copy cut down, a summary): ``claims: [record, number, quote, date, action]``; a sentence
is of the first kind that applies, in that order after "record".
Severity: the rule's, except between two texts that neither ``--against`` nor their dates order (both undated or
published the same day): which one rewrites the other is then a guess, and a report's update reads the same way
round as a story and its rewrite, so the finding is info and says so.
Known false positives: a fact the writer added from general knowledge or another source not given.
Known misses: a new claim built only from two of the sources' figures ("62 per cent of members will strike").
A ranking of a group told without a superlative ("the pick of the Australian bowlers", "the standout among the
county's sprinters") vouches for the best of that group ("Australia's best bowler"). A tally of the year ("Vega-C's
fourth of the year") is one "this year". A superlative scoped by its relative clause ("the largest that the ERC gave
in physics this year", "the biggest the club has paid this season") is a record over the year; one "on record" is a
record over all time, which a source's record over all time of the same measure ("the narrowest in its history")
vouches for.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Literal, get_args

from pydantic import Field

from factcheck.align import (
    ALIGN_THRESHOLD,
    DATED_SHARE,
    MIN_CONTENT,
    SUPPORT_FLOOR,
    best_support,
    index,
    order_known,
    rewrite_pairs,
)
from factcheck.checks._calendar import day_dates, durations
from factcheck.checks._common import BULLET, Verdict, fail
from factcheck.checks._numeric import (
    CURRENCY_SIGNS,
    POWER_UNIT,
    SI_PREFIXES,
    TONNES_UNIT,
    Num,
    content_stems,
    joined,
    ratio_shares,
    scan,
    scanned,
    stem,
)
from factcheck.checks._registry import register_check
from factcheck.checks._restated import counterparts
from factcheck.checks._rewrite import (
    correction_notices,
    is_correction,
    is_headline,
    merged_score,
    merged_source,
    sentence_assertions,
    source_scores,
    stemmed_score,
)
from factcheck.checks.cross_document_number import changed_counts, counted_nouns, document_counts, sentence_counts
from factcheck.extract._gate import lead
from factcheck.extract.assertions import Token, is_verb, tokenize
from factcheck.extract.dates import MONTHS
from factcheck.extract.sentences import reading_text
from factcheck.facts import FactBase
from factcheck.ingest import metadata_line
from factcheck.intervals import Interval
from factcheck.models import Document, Evidence, Extraction, Span
from factcheck.rules.base import RuleBase

_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|dozens?|half)\b",
    re.I,
)
_QUOTE = re.compile(r"[“\"][^”\"]{12,}[”\"]")


ClaimKind = Literal["record", "number", "quote", "date", "action"]
"""What makes a rewrite's sentence a checkable claim (:func:`_claim_kind`; "record": :func:`new_record`)."""
EVERY_CLAIM: tuple[ClaimKind, ...] = get_args(ClaimKind)
DEFAULT_CLAIMS: tuple[ClaimKind, ...] = ("record",)


class UnsupportedClaimRule(RuleBase):
    type: Literal["unsupported-claim"] = "unsupported-claim"
    floor: float = Field(SUPPORT_FLOOR, ge=0, le=1, description="best alignment score below which it is unsupported")
    min_words: int = Field(6, ge=1, description="sentences with fewer words are skipped (headlines, captions)")
    min_aligned: int = Field(
        1, ge=1, description="other sentences of the document that must restate a source sentence (rewrite evidence)"
    )
    min_share: float = Field(
        0.5, ge=0, le=1, description="share of the document's sentences that must restate a source sentence"
    )
    new_number_floor: float = Field(
        ALIGN_THRESHOLD,
        ge=0,
        le=1,
        description="best alignment score below which a sentence with a number no source states is unsupported",
    )
    claims: list[ClaimKind] = Field(
        default_factory=lambda: list(DEFAULT_CLAIMS),
        min_length=1,
        description="the kinds of new claim reported: record (the default), number, quote, date, action",
    )


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_NUMBERS = {
    w: str(n)
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}


def _numbers_in(text: str) -> set[str]:
    """The numbers of a text as digits ("1,240" → "1240", "ten" → "10")."""
    out = {m.group().replace(",", "") for m in _DIGITS.finditer(text)}
    out |= {_WORD_NUMBERS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _WORD_NUMBERS}
    return out


def _document_numbers(doc: Document, _extraction: Extraction) -> frozenset[str]:
    """The numbers a document states (:func:`_numbers_in` of its reading text): a per-document value."""
    return frozenset(_numbers_in(reading_text(doc)))


def _source_numbers(facts: FactBase, sources: list[str]) -> set[str]:
    """Every number any of ``sources`` states (per document: kept by an open index for its documents)."""
    out: set[str] = set()
    for s in sources:
        out |= facts.per_document("unsupported.numbers", s, _document_numbers)
    return out


_MONTH = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b")


def _document_months(doc: Document, _extraction: Extraction) -> frozenset[str]:
    """The months a document names, and the month it is dated in (its "this month", "for this time of year"): a
    per-document value."""
    dated = {doc.published.strftime("%B")} if doc.published is not None else set()
    return frozenset(_MONTH.findall(reading_text(doc))) | dated


def _source_months(facts: FactBase, sources: list[str]) -> set[str]:
    """Every month any of ``sources`` names (not "May", a modal at a sentence start) or is dated in."""
    out: set[str] = set()
    for s in sources:
        out |= facts.per_document("unsupported.months", s, _document_months)
    return out


# Three months written as a span ("the April–June quarter", "January-March"): a quarter of a year.
_MONTH_SPAN = re.compile(rf"\b(?P<a>{_MONTH.pattern[5:-3]})\s*[–—-]\s*(?P<b>{_MONTH.pattern[5:-3]})\b")
# A source's quarters: "Q1", "Q4 2027", "the first quarter", "in the quarter".
_QUARTERS = re.compile(r"(?i)\bQ[1-4]\b|\bquarters?\b")


def _document_quarters(doc: Document, _extraction: Extraction) -> bool:
    """Whether a document speaks of quarters of a year: a per-document value."""
    return _QUARTERS.search(reading_text(doc)) is not None


def _unnamed_quarters(facts: FactBase, text: str, sources: list[str]) -> str:
    """``text`` with each span of three months ("the April–June quarter") blanked when a source speaks of quarters
    ("Q1 at 3.8 per cent"): a quarter named by its months, no new date."""
    quarters = [m for m in _MONTH_SPAN.finditer(text) if (MONTHS[m["b"].lower()] - MONTHS[m["a"].lower()]) % 12 == 2]
    if not quarters or not any(facts.per_document("unsupported.quarters", s, _document_quarters) for s in sources):
        return text
    return _blanked(text, quarters)


def _blanked(text: str, matches: Iterable[re.Match[str]]) -> str:
    """``text`` with each match blanked to spaces, every other offset kept."""
    for m in matches:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# A day of a month written with it ("August 29", "29 August", "14th December"): a date, whatever the digits say
# elsewhere.
_MONTH_DAY = re.compile(
    rf"(?i)\b(?:(?P<m1>{_MONTH.pattern[5:-3]})\.?\s+(?P<d1>[12]?\d|3[01])(?:st|nd|rd|th)?\b"
    rf"|(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH.pattern[5:-3]})\b)"
)
_SHORT_SPAN = 7
"""A source's span of at most this many days ("by the weekend", "this week") dates each of its days."""


def _month_days(text: str) -> set[str]:
    """The days of months a text writes ("August 29", "29 August" and "29th AUGUST" are all "august 29")."""
    return {f"{(m['m1'] or m['m2']).lower()} {int(m['d1'] or m['d2'])}" for m in _MONTH_DAY.finditer(text)}


def _document_days(doc: Document, extraction: Extraction) -> frozenset[str]:
    """The days a document dates: written, resolved from its weekdays, the ends of its spans and every day of a
    short one (:data:`_SHORT_SPAN`), and its own date and the days either side (its "today", "yesterday"): a
    per-document value."""
    days: set[dt.date] = set()
    for d in extraction.dates:
        if d.start is not None and d.end is not None:
            length = (d.end - d.start).days
            days |= {d.start + dt.timedelta(days=k) for k in range(length + 1)} if length <= _SHORT_SPAN else set()
            days |= {d.start, d.end}
    if doc.published is not None:
        days |= {doc.published + dt.timedelta(days=k) for k in (-1, 0, 1)}
    return frozenset(_month_days(reading_text(doc)) | {f"{d.strftime('%B').lower()} {d.day}" for d in days})


def _new_days(facts: FactBase, text: str, sources: list[str]) -> set[str]:
    """The days of months ``text`` writes ("on August 29") that no source dates: a new date, though a source may
    state its digits as something else ("29 States")."""
    days = _month_days(text)
    for s in sources if days else ():
        days -= facts.per_document("unsupported.days", s, _document_days)
    return days


_MAGNITUDE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_GLUED = re.compile(r"[a-zA-Z]+")


def _reading(text: str, n: Num) -> tuple[str, float]:
    """What a number measures, as a key ("%", "pt", "£", "£ft", ""), and the factor of a glued magnitude ("£38m",
    "$1.2bn"): numbers are only compared with numbers of the same key, at the same scale."""
    if n.percent or n.fraction:
        return "%", 1.0
    if n.points:
        return "pt", 1.0
    currency = text[n.start - 1] if n.start > 0 and text[n.start - 1] in CURRENCY_SIGNS else ""
    glued = _GLUED.match(text, n.end)
    suffix = glued.group().lower() if glued else ""
    if suffix in _MAGNITUDE:
        return currency, _MAGNITUDE[suffix]
    if suffix == "pc" and not currency:
        return "%", 1.0  # "41pc" (Dawn, The Economist): per cent
    unit = POWER_UNIT.match(text, n.end)
    if unit is not None and not currency:  # "6,120 GWh" and "6.1TWh": one quantity in watt-hours
        return unit.group("base").lower(), SI_PREFIXES[unit.group("prefix")]
    tonnes = TONNES_UNIT.match(text, n.end)
    if tonnes is not None and not currency:  # "118.7 Mt": 118.7 million (tonnes), as written in words
        return "", SI_PREFIXES[tonnes.group("prefix")]
    return currency + suffix, 1.0


def _document_values(doc: Document, _extraction: Extraction) -> tuple[tuple[str, float], ...]:
    """The non-year numbers a document states, as (key, value) (see :func:`_reading`): a per-document value."""
    text = reading_text(doc)
    found = []
    for n in scan(text):
        if not n.year:
            key, factor = _reading(text, n)
            found.append((key, n.value * factor))
    return tuple(found)


def _source_values(facts: FactBase, sources: list[str]) -> list[tuple[str, float]]:
    """Every non-year number any of ``sources`` states, as (key, value) (per document)."""
    out: list[tuple[str, float]] = []
    for s in sources:
        out += facts.per_document("unsupported.values", s, _document_values)
    return out


_UNIT_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")


def _unit_after(text: str, n: Num) -> str | None:
    """The stem of the word right after a number ("11.4 acre", "11-acre" → "acre"), or None."""
    m = _UNIT_AFTER.match(text, n.end)
    return stem(m.group(1)) if m else None


def _document_measures(doc: Document, _extraction: Extraction) -> tuple[tuple[str, float], ...]:
    """The decimal figures a document states with the word after each, as (unit stem, value): a per-document
    value."""
    text = reading_text(doc)
    found = []
    for n in scan(text):
        unit = _unit_after(text, n) if n.decimals and n.is_count else None
        if unit is not None:
            found.append((unit, n.value))
    return tuple(found)


def _rounds_a_measure(facts: FactBase, text: str, n: Num, sources: list[str]) -> bool:
    """Whether a plain whole number is a source's decimal figure of the same unit rounded to the whole ("a 4.6
    hectare (11.4 acre) site" → "an 11-acre field"): rounding a measure is restating it."""
    unit = _unit_after(text, n) if not (n.hedge or n.decimals) and n.is_count else None
    if unit is None:
        return False
    return any(
        u == unit and abs(v - n.value) < 0.5
        for s in sources
        for u, v in facts.per_document("unsupported.measures", s, _document_measures)
    )


# A change written in brackets right after a figure, as poll tables give it: "29% (-1)", "21% (+2)", "17 (−3)".
_BRACKETED_CHANGE = re.compile(r"\s*\(\s*(?P<sign>[+\-−–])\s*(?P<by>\d+(?:\.\d+)?)\s*(?:pts?|points?)?\s*\)")


def _document_derived(_doc: Document, extraction: Extraction) -> tuple[tuple[str, float], ...]:
    """Figures a follow-up may compute from a document's numbers, as (key, value): the complement of a share ("54.3%
    Yes" → 45.7% No), the value before a bracketed change ("29% (-1)" → 30%, a poll table's last poll), and the sum
    and difference of two numbers of one kind in one sentence or one bulleted list (:func:`_sums_and_gaps`). A
    per-document value."""
    found: list[tuple[str, float]] = []
    counts: dict[int, list[tuple[str, float]]] = {}
    for sentence in extraction.sentences:
        text = sentence.text
        values = [(*_reading(text, n), n) for n in scan(text) if not n.year]
        for key, factor, n in values:
            if key == "%" and 0 < n.value < 100:
                found.append(("%", 100 - n.value))
            change = _BRACKETED_CHANGE.match(text, n.end)
            if change is not None:  # "29% (-1)": the previous poll's 30%
                sign = -1 if change.group("sign") != "+" else 1
                found.append((key, (n.value - sign * float(change.group("by"))) * factor))
        counts[sentence.index] = [(key, n.value * factor) for key, factor, n in values if key not in ("%", "pt")]
        found += _sums_and_gaps(counts[sentence.index])
        found += _point_gaps([(key, n.value) for key, _factor, n in values])
        found += _combined_shares(text, [n for key, _factor, n in values if key == "%"])
    for items in _bullet_runs(extraction):  # one list's items are figures of one kind, as one sentence's are
        found += _sums_and_gaps([count for i in items for count in counts[i]])
    return tuple(found)


def _sums_and_gaps(counts: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The sum and the difference of each two figures of one key (a total; a margin: "1,148,220 votes in favour and
    966,310 against" → 181,910)."""
    return [
        (key, v)
        for k, (key, a) in enumerate(counts)
        for key_b, b in counts[k + 1 :]
        if key_b == key
        for v in (a + b, abs(a - b))
    ]


def _bullet_runs(extraction: Extraction) -> Iterator[list[int]]:
    """The indexes of each run of consecutive bulleted sentences ("- Siobhán Keane: 25,140", "- Ciarán Ó Flaithearta:
    22,655"): the items of one list."""
    run: list[int] = []
    for sentence in extraction.sentences:
        if BULLET.match(sentence.text):
            run.append(sentence.index)
            continue
        if len(run) > 1:
            yield run
        run = []
    if len(run) > 1:
        yield run


_WHOLE = 100.0
_MIN_PARTS = 3


def _combined_shares(text: str, shares: list[Num]) -> list[tuple[str, float]]:
    """The sums of adjacent shares of one whole ("deficient 4%; below normal 10%; normal 25%; above normal 39%; and
    excess 22%" → "a 61% chance that rainfall will be above normal or in excess", 39 + 22): the sentence's plain
    shares outside brackets (no bound, no range: "(90-95%)"), at least three, add up to exactly 100, so they split one
    whole and a run of neighbours is a share of it too."""
    parts = [n for n in shares if n.hedge is None and not _in_brackets(text, n.start)]
    if len(parts) < _MIN_PARTS or not math.isclose(sum(n.value for n in parts), _WHOLE):
        return []
    return [
        ("%", sum(n.value for n in parts[i:j]))
        for i in range(len(parts))
        for j in range(i + 2, len(parts) + 1)
        if j - i < len(parts)
    ]


def _in_brackets(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is inside brackets (a list marker's lone ")" opens none: "b) The …")."""
    depth = 0
    for ch in text[:at]:
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
    return depth > 0


def _point_gaps(figures: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The gap in percentage points between each two shares ("58.9%" and "69.1%" → 10.2 points)."""
    shares = [v for key, v in figures if key == "%"]
    return [("pt", abs(a - b)) for k, a in enumerate(shares) for b in shares[k + 1 :] if a != b]


def _known_values(facts: FactBase, sources: list[str]) -> list[tuple[str, float]]:
    """Every non-year number any of ``sources`` states and every figure computed from them (:func:`_source_values`,
    :func:`_document_derived`), as (key, value)."""
    out = _source_values(facts, sources)
    for s in sources:
        out += facts.per_document("unsupported.derived", s, _document_derived)
    return out


# A code glued to its letters by a hyphen names a form, a road or a constituency ("Form-47", "K-15", "NA-130"): no
# number a source must state.
_CODE = re.compile(r"\b[A-Za-z]+-\d+\b(?![.,]\d)")
_PRONOUN_ONE = re.compile(r"\b(?:no|every|any|each|the|this|that|which)[\s-]+one\b")
# A count of the speakers in a sentence's closing attribution: "…, two United Nations agencies said on Tuesday.",
# "…, three people familiar with the talks told Reuters.": who said it, not what is claimed.
_SPEAKERS_COUNTED = re.compile(
    r"(?i),\s+(?:the\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:[\w’'.-]+\s+){0,5}?"
    r"(?:said|say|says|told|reported|announced|warned|added)\b[^,;:]{0,40}$"
)


# The word before a year ("in about 1990", "since around 2005", "from c. 1850").
_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|from|by|until|till|before|after|of|to|circa|c\.)\s*\Z")


# A span of hours or minutes ("about 90 minutes", "an hour and a half", "two and a half hours", "half an hour").
_CLOCK_SPAN = re.compile(
    r"(?i)\b(?:(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?:(?:extra|additional|more|further|full)\s+)?(?P<unit>hours?|minutes?|mins?)\b(?P<after>\s+and\s+a\s+half\b)?"
    r"|half\s+an\s+hour\b)"
)


def _clock_spans(text: str) -> Iterator[tuple[float, re.Match[str]]]:
    """The spans of hours or minutes of a text, as (minutes, match): "an hour and a half" and "90 minutes" are 90."""
    for m in _CLOCK_SPAN.finditer(text):
        if m.group("n") is None:
            yield 30.0, m
            continue
        raw = m.group("n").lower()
        value = 1.0 if raw in ("a", "an") else float(raw) if raw[0].isdigit() else float(_WORD_NUMBERS[raw])
        value += 0.5 if m.group("half") or m.group("after") else 0.0
        yield value * (60 if m.group("unit").lower().startswith("h") else 1), m


def _document_clock_spans(doc: Document, _extraction: Extraction) -> frozenset[float]:
    """The spans of hours or minutes a document states, in minutes: a per-document value."""
    return frozenset(minutes for minutes, _m in _clock_spans(reading_text(doc)))


def _unrestated_spans(facts: FactBase, text: str, sources: list[str]) -> str:
    """``text`` with each span of hours or minutes that a source states in any unit blanked ("an extra hour and a
    half" of "adds about 90 minutes"): the same length of time, no new number."""
    known: set[float] = set()
    for s in sources:
        known |= facts.per_document("unsupported.clock_spans", s, _document_clock_spans)
    return _blanked(text, [m for minutes, m in _clock_spans(text) if minutes in known])


def new_numbers(facts: FactBase, text: str, sources: list[str], words: bool = False) -> set[str]:
    """The digit numbers of ``text`` (with ``words``, also its number words up to ninety, "three" → "3", and the
    months it names) that no source states: not written the same way, and, for digits, not a rounded or hedged
    restatement of a source number of the same kind ("78.4%" → "about 78%", "21,862" → "nearly 22,000", "£38.5m" →
    "in the region of £38m"), i.e. whose committed interval holds no source number of its key, nor a figure computed
    from them (:func:`_document_derived`: "54.3% Yes" → "46 per cent" No)."""
    known = _source_numbers(facts, sources)
    text = _CONVERSION.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    text = _unrestated_spans(facts, text, sources)
    worded = _PRONOUN_ONE.sub(" ", _SPEAKERS_COUNTED.sub(",", text).lower())  # "no one else was missing" holds no
    # number; "…, two agencies said on Tuesday" counts who said it
    spelled = {_WORD_NUMBERS[w] for w in re.findall(r"[a-z]+", worded) if w in _WORD_NUMBERS} - known
    if words:  # a month (or day of a month) no source names dates a claim as a new number would ("at its
        # conference in March", "on August 29")
        months = set(_MONTH.findall(_unnamed_quarters(facts, text, sources)))
        spelled |= (months - _source_months(facts, sources)) | _new_days(facts, text, sources)
    new = {m.group().replace(",", "") for m in _DIGITS.finditer(_CODE.sub(" ", text))} - known
    new -= _restated_clock_digits(facts, text, sources)
    if new or spelled:
        restated = _restated_ratios(facts, text, sources)
        new, spelled = new - restated, spelled - restated
    if not new:
        return spelled if words else new
    values = _known_values(facts, sources)
    for n in scan(text):
        digits = _DIGITS.search(n.text)
        if digits is None or digits.group().replace(",", "") not in new:
            continue
        if n.year and (n.hedge is None or _YEAR_BEFORE.search(text, 0, n.hstart)):
            continue  # a year ("in about 1990"): as written, or new; a hedged four-digit number elsewhere may be a
            # count written without a comma ("about 4550 in favour and just under 1900 against")
        key, factor = _reading(text, n)
        interval = _rounded(n).scale(factor)
        if any(k == key and interval.contains(v) for k, v in values) or _rounds_a_measure(facts, text, n, sources):
            new.discard(digits.group().replace(",", ""))
    return new | spelled if words else new


def _restated_ratios(facts: FactBase, text: str, sources: list[str]) -> frozenset[str]:
    """The numbers of the ratios and worded fractions of ``text`` ("roughly two in five" → "2", "5"; "about
    two-fifths" → "2") whose share, within its hedge, is a source percentage ("41 per cent travelled from overseas"):
    the share restated in other words."""
    plain = scan(text)
    shares = [n for n in ratio_shares(text, plain) if n not in plain or (n.fraction and n.words)]
    if not shares:
        return frozenset()
    values = _known_values(facts, sources)
    out: set[str] = set()
    for n in shares:
        if any(k == "%" and n.interval.contains(v) for k, v in values):
            out |= _written_in(n, plain)
    return frozenset(out)


# A clock time, on a 12-hour clock ("5pm", "2:30 p.m.", "1:00 PM") or a 24-hour one ("17:00", "09:30 hours").
_CLOCK = re.compile(
    r"(?i)\b(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
)


def _clock_times(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """The clock times of a text, as (minutes after midnight, match): "5pm" and "17:00" are both 1,020."""
    for m in _CLOCK.finditer(text):
        if m.group("h24") is not None:
            yield int(m.group("h24")) * 60 + int(m.group("m24")), m
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("half").lower() == "p" else 0)
            yield hour * 60 + int(m.group("m") or 0), m


def _document_clock_times(doc: Document, _extraction: Extraction) -> frozenset[int]:
    """The clock times a document states, in minutes after midnight: a per-document value."""
    return frozenset(minutes for minutes, _m in _clock_times(reading_text(doc)))


def _restated_clock_times(facts: FactBase, text: str, sources: list[str]) -> list[re.Match[str]]:
    """The clock times of ``text`` that a source states in any clock format ("10am and 5pm" of "10:00 and 17:00
    hours"): the same times, no new number."""
    known: set[int] = set()
    for s in sources:
        known |= facts.per_document("unsupported.clock", s, _document_clock_times)
    return [m for minutes, m in _clock_times(text) if minutes in known] if known else []


def _restated_clock_digits(facts: FactBase, text: str, sources: list[str]) -> set[str]:
    """The digits of :func:`_restated_clock_times`."""
    return {d.group() for m in _restated_clock_times(facts, text, sources) for d in _DIGITS.finditer(m.group())}


def _unrestated(facts: FactBase, text: str, sources: list[str]) -> str:
    """``text`` with the spans of time and the clock times a source states blanked (:func:`_unrestated_spans`,
    :func:`_restated_clock_times`): what is left is what may make it a new claim."""
    text = _unrestated_spans(facts, text, sources)
    return _blanked(text, _restated_clock_times(facts, text, sources))


# An amount converted into another currency in brackets after it ("S$2.15 billion ($1.6 billion)", "£2.5bn
# ($3.6bn)", "Rs 4,512 crore (US$540 million)"): the conversion restates the amount (unit-conversion checks it).
_CONVERSION = re.compile(
    r"((?:\d|\b(?:million|billion|trillion|bn|mn|m|tn|crore|lakh|euros?|francs?|crowns?|pounds?|dollars?|yen|yuan"
    r"|rupees?|pence|cents?))\s)\(\s*(?:[A-Z]{1,3}\s?)?[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|mn|m|tn)"
    r"\b)?\s*\)"
)
_SCALE_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def _rounded(n: Num) -> Interval:
    """The interval a number commits to: its hedge's, or, for a whole number of at least ten millions, billions or
    trillions written plainly ("S$736 million"), the half unit either side ("S$736.2 million" rounded)."""
    words = n.text.split()
    scale = _SCALE_WORDS.get(words[-1].lower()) if len(words) == 2 else None
    if n.hedge or n.decimals or scale is None or n.value < 10 * scale or n.interval.width:
        return n.interval
    return Interval.closed(n.value - scale / 2, n.value + scale / 2)


# A signpost announces what follows ("Here are the key takeaways from the December policy.", "Here's what we know.",
# "Below are five things to watch"): it states nothing about the world, whatever it names.
_SIGNPOST = re.compile(r"(?i)^\W*(?:so,?\s+|and\s+)?(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are))\s+[^:;]*$")


# A pointer to other stories, a label then a colon ("**Also in health news today:** …", "In other news: …", "Read
# more: …", "Related: …"): it names what is reported elsewhere and states no claim of this story.
_POINTER = re.compile(
    r"(?i)^\W*(?:also\s+(?:in|on|from|today)\b[^:.]{0,40}|in\s+other\s+news|elsewhere\s+today|related(?:\s+stories)?"
    r"|see\s+also|read\s+more|more\s+(?:on|from)\s+[^:.]{1,30})\s*:"
)


# A credit line naming where an aggregator's text comes from ("*Summary compiled from Statistics Canada's The Daily
# of July 7.*", "Adapted from a ministry release", "With files from The Canadian Press", "Source: Eurostat"): how the
# text was made, no claim of the story.
_CREDIT = re.compile(
    r"(?i)^\W*(?:(?:(?:this\s+)?(?:summary|story|report|article|digest|brief|item|text|table|chart)\s+(?:was\s+)?)?"
    r"(?:compiled|adapted|condensed|summari[sz]ed|abridged|translated|excerpted)\s+(?:and\s+\w+\s+)?from"
    r"|with\s+(?:files|reporting)\s+from|sources?\s*:)\s"
)

# A name glued to its digits in capitals ("the B40 biodiesel mandate", "the G20 summit", "an A380", "COP28"): a name,
# no number the sentence claims (not an amount with a magnitude: "N8 trillion", "R5bn").
_NAME_CODE = re.compile(r"\b[A-Z]{1,4}\d+[A-Za-z]?\b(?![.,]\d)(?!\s*(?:million|billion|trillion|bn|mn|tn|m|k)\b)")


# A newsletter's tagline to its reader about the text itself: "**Your five-minute read on Nordic energy companies.**",
# "Welcome to …", "In today's edition: …", "What happened yesterday, in five bullets or fewer per story." (its format).
_TAGLINE = re.compile(
    r"(?i)^\W*(?:your\s+(?:[\w-]+\s+){0,3}(?:read|briefing|digest|guide|newsletter|round-?up)\b"
    r"|welcome\s+to\b|in\s+(?:this|today['’]s)\s+(?:issue|edition|newsletter)\b"
    r"|[^.;:]{0,60}\b(?:bullets?|paragraphs?|lines|words)\s+(?:or\s+(?:fewer|less)\s+)?per\s+(?:story|item|entry)\b)"
)
# The name a title gives its publication before a dash or colon: "Nordic Power Digest — Friday briefing".
_TITLE_NAME = re.compile(r"^\s*(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)+)\s*[—–:|-]")


def _masthead(facts: FactBase, doc_id: str, text: str) -> bool:
    """Whether a sentence speaks of the publication itself: a tagline to its reader (``_TAGLINE``), or a line whose
    subject is the name its title gives it ("*Nordic Power Digest is a summary service." under the title "Nordic
    Power Digest — Friday briefing"): a masthead or disclaimer, no claim about the story."""
    if _TAGLINE.match(text):
        return True
    title = facts.documents[doc_id].title or ""
    m = _TITLE_NAME.match(title)
    return m is not None and re.match(rf"\W*{re.escape(m['name'])}\s+(?:is|are)\b", text) is not None


def _claim_kind(facts: FactBase, doc_id: str, sentence: int, text: str) -> str | None:
    """What makes a sentence checkable: a number, a quotation, a date or an act (:func:`_named_act`,
    :func:`_subject_act`); or None: also a signpost, "Here are the key takeaways …", a pointer to other stories, "Also
    in health news today: …", a credit line, "Summary compiled from …", or a masthead line, :func:`_masthead`. A name
    glued to digits ("the B40 mandate") is no number."""
    if _SIGNPOST.match(text) or _POINTER.match(text) or _CREDIT.match(text) or _masthead(facts, doc_id, text):
        return None
    if _NUMBER.search(_NAME_CODE.sub(" ", _CODE.sub(" ", text))):
        return "number"
    if _QUOTE.search(text):
        return "quote"
    if _MONTH.search(text):
        return "date"
    return "action" if _named_act(facts, doc_id, sentence) or _subject_act(text) else None


# A name after a preposition is no subject ("queues at the mainland port of Virtsu stretched").
_PREPOSITIONS = frozenset(
    {"of", "on", "at", "in", "for", "from", "by", "with", "to", "about", "against", "near", "over", "into", "under"}
    | {"across", "around", "between", "among", "after", "before", "like", "than", "via", "per"}
)
# The lower-case words right after a name.
_WORDS_AFTER = re.compile(r"(?:,?\s+[a-z]+){1,5}")
# Auxiliaries of a past act ("has withdrawn", "had been sued", "was arrested") and adverbs within them.
_PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "been"})
_AUXILIARY_ADVERBS = frozenset({"also", "now", "already", "just", "since", "recently", "reportedly"})
# Verbs of speech: what a speaker says is weighed as a quote or an attribution, no act.
_SPEECH = frozenset(
    {"say", "tell", "add", "state", "declare", "claim", "note", "explain", "argue", "insist", "reply", "remark"}
    | {"comment", "write", "ask", "warn", "tweet", "post", "describe", "call", "believe", "think", "feel"}
)
# A label before a colon that opens a sentence, at most six words.
_LABEL_BEFORE = re.compile(r"\W*(?:[\w’'-]+\s+){0,5}[\w’'-]+\W*:\s*")
# Verbs of opinion: an unnamed group's view ("Ministers have disputed the size of the gap") is a reaction, no act.
_OPINION = frozenset(
    {"dispute", "accept", "reject", "welcome", "criticise", "criticize", "question", "deny", "praise", "support"}
    | {"oppose", "back", "condemn", "challenge", "doubt", "dismiss", "applaud", "slam", "blast", "hail"}
)
# What opens a direct object: "have arrested a former employee", "searched the riverbank".
_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "two", "three", "several"})


def _named_act(facts: FactBase, doc_id: str, sentence: int) -> bool:
    """Whether a sentence tells a named actor's act: a name that is no preposition's object, then (after at most one
    word of its own) a verb in the past tense, the perfect or the passive that is no verb of speech ("Police Chief
    Omar Said resigned after the vote", "Acme has withdrawn its bid", "the Kenyan government suspended the licence",
    "Lindqvist Marine has been sued"); not a present state or habit ("Cascadia and Summit reject that view")."""
    start = facts.sentence(doc_id, sentence).span.start
    text = facts.documents[doc_id].text
    for e in facts.extractions[doc_id].entities:
        if e.sentence != sentence:
            continue
        before = text[start : e.span.start].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        m = _WORDS_AFTER.match(text, e.span.end)
        words = m.group().replace(",", " ").split() if m else []
        if any(_past_act(verb) for verb in (_verb_after(words), _verb_after(words[1:]))):
            return True  # (the verb, or one word of the name's own first: "the Kenyan government")
    return False


def _subject_act(text: str) -> bool:
    """Whether a sentence opens with an unnamed subject's act on an object: the first verb within its first ten words,
    in the past tense or the perfect, no verb of speech or opinion, then a direct object ("Detectives have arrested a
    former employee", "Protesters stormed the parliament building"). A trend ("Food bank use has climbed alongside
    prices"), a state ("The market … is dominated by"), a speaker's words ("Islanders said queues stretched …"), a
    group's view ("Ministers have disputed the size of the gap") and a scene without an object are a rewrite's colour
    far more often than its news: in the blind sets every note on them was a false alarm."""
    label = _LABEL_BEFORE.match(text)  # ("Here is the news: police arrested …", "Latest: …")
    words = re.findall(r"[A-Za-z’'-]+|\d[\d,.]*|[,;:]", text[label.end() if label else 0 :])[:10]
    for k, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in (",", ";", ":") or low in _AUXILIARY - _PAST_AUXILIARIES or _speech(low, _SPEECH | _OPINION):
            return False
        if low in _PAST_AUXILIARIES:
            continue
        if _past_act(low):
            after = words[k + 1].lower() if k + 1 < len(words) else ""
            return after in _OBJECT_OPENERS or after[:1].isdigit()
    return False


def _restated_act(facts: FactBase, document: str, sentence: int, sources: list[str]) -> bool:
    """Whether a named actor's act restates one a source tells of the same actor in other words: a source sentence
    names one of the sentence's actors (by the last word of the name), tells a past act, and shares at least
    :data:`_ACT_WORDS` other content words with it ("Councillor Stephen Colley tried to have the scheme thrown out over
    its height, arguing that the viability figures did not stack up" of "Cllr Colley stated he was not persuaded by
    the viability evidence and moved refusal on grounds of height")."""
    mentions = [e for e in facts.extractions[document].entities if e.sentence == sentence]
    actors = {e.name.split()[-1] for e in mentions if e.kind not in ("place", "organization")}
    mine = content_stems(facts.sentence_text(document, sentence)) - content_stems(" ".join(e.name for e in mentions))
    for src in sources:
        for x in facts.extractions[src].sentences:
            if (
                len(mine & content_stems(x.text)) >= _ACT_WORDS
                and any(re.search(rf"\b{re.escape(a)}\b", x.text) for a in actors)
                and any(_past_act(w) for w in re.findall(r"[a-z]+", x.text))
            ):
                return True
    return False


_ACT_WORDS = 2
"""A source's act of the same actor restates a sentence's act when they share this many other content words."""


def _verb_after(words: list[str]) -> str:
    """The first word after a run of past auxiliaries and their adverbs ("has already been" in "has already been
    sued")."""
    rest = list(words)
    while rest and (rest[0] in _PAST_AUXILIARIES or rest[0] in _AUXILIARY_ADVERBS):
        rest = rest[1:]
    return rest[0] if rest else ""


def _speech(word: str, verbs: frozenset[str] = _SPEECH) -> bool:
    """Whether ``word`` is a form of one of ``verbs``, by default a verb of speech ("said", "told")."""
    from lemminflect import getAllLemmas

    return any(lemma in verbs for lemma in getAllLemmas(word).get("VERB", ()))


def _past_act(word: str) -> bool:
    """Whether ``word`` is a verb's past tense or participle, distinct from its present, and no verb of speech or
    being ("resigned", "withdrawn", "announced"; not "said", "was", "put")."""
    from lemminflect import getAllLemmas, getInflection

    for lemma in getAllLemmas(word).get("VERB", ()):
        if lemma in _SPEECH or lemma in ("be", "have", "do") or word == lemma:
            continue
        if word in (*getInflection(lemma, "VBD"), *getInflection(lemma, "VBN")):
            return True
    return False


# A record claim: "the first province to offer …", "the only club to have won …" (the marker after a determiner,
# at most six words, no verb among them, then "to" and a verb), "for the first time", "first-ever"; not an ordinal
# of a sequence ("the first 3,000 doses", "the first appointments will go to residents"), nor a manner of speaking
# ("the only way to", "the first step to").
_RECORD_OPENERS = frozenset({"the", "its", "their", "his", "her", "our"})
_RECORD_MARKERS = frozenset({"first", "only"})
_AUXILIARY = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "is", "are", "was", "were", "be"}
    | {"been", "has", "have", "had", "do", "does", "did"}
)
# heads that make no record of an actor: "the only way to …", "the first step to …" (a manner of speaking)
_NOT_RECORD_HEADS = frozenset(
    {"way", "ways", "option", "options", "thing", "things", "choice", "solution", "answer", "means", "alternative"}
    | {"step", "steps", "chance", "reason", "hope", "priority", "goal", "aim", "task", "job", "time", "move"}
)
_MARKER = re.compile(r"(?i)\b(?:first|only)\b")
# How far a record's head may run before its "to": "the first province to offer", "the first serving police officer
# in Kisumu County to be charged" (a noun phrase and the place or field it is counted in).
_RECORD_HEAD_WORDS = 7
# A record named as a noun ("a record for a player sold by a Dutch club", "a new club record", "a record fee", "hit
# record highs"): a record claim marked "record" (not "a record of 3-2", "a record as a reformer", "a record label",
# "a criminal record").
_NOT_A_RECORD_AFTER = r"(?!\s+(?:of|as|on|with|that|which|label|labels|company|store|shop|deal|book|player)\b)(?!-)"
_RECORD_NOUN = re.compile(
    r"\b(?i:an?|new)\s+(?:(?i:new|all-time|club|league|national|world|transfer|franchise|career)\s+|[A-Z][\w-]*\s+)"
    rf"{{0,2}}(?i:record){_NOT_A_RECORD_AFTER}"
    r"|(?i:\brecord[\s-](?:highs?|lows?|breaking)\b|\ball-time\s+(?:highs?|lows?)\b)"
    # a record broken, set or equalled ("broke the record for a September opening", "set a national record", "smashed
    # records", "breaking the club's transfer record"; not "set the record straight")
    r"|(?i:\b(?:broke|breaks?|breaking|set|sets|setting|smashed|smash(?:es|ing)?|beat|beats|beating|equall?ed|equals?"
    r"|equall?ing|shattered|shatter(?:s|ing)?|eclipsed|surpassed)\s+(?:(?:the|a|its|their|his|her|our)\s+)?"
    r"(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?records?\b(?!\s+straight\b))" + _NOT_A_RECORD_AFTER
)
# "for the first time", "first-ever", and a first time the sentence states ("It is the first time a council has …",
# "marks the first time", an aside ", the first time the fund has passed …"; not a clause of time: "The first time
# she visited, …").
_FIRST_TIME = re.compile(
    r"(?i)\bfor\s+the\s+first\s+time\b|\bfirst[\s-]ever\b"
    r"|\b(?:is|was|be|been|marks|marked|marking|mark)\s+(?:also\s+|only\s+)?the\s+first\s+time\b"
    r"|(?<=[,—–(] )the\s+first\s+time\b(?=\s+(?:since\b|that\b|(?:[\w’'-]+\s+){1,5}?(?:has|have|had)\b))"
)


# A part of a group of people right before "for the first time", in its clause ("half of them working for the first
# time", "many of whom voted for the first time"): each one's own first, no record.
_EACH_OWN_FIRST = re.compile(
    r"(?i)\b(?:many|most|some|half|all|several|few|a\s+(?:third|quarter|fifth|few)|two-thirds|three-quarters)\s+of\s+"
    r"(?:them|whom|those|these|us)\b[^,;.:()]*$"
)


# "for the first time" dated to a story's own day ("went door to door for the first time today"): a follow-up's new
# event, first in its story, not a record.
_FIRST_TODAY = re.compile(
    r"(?i)\bfor\s+the\s+first\s+time\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)


# A tally: an ordinal over a span of time ("the third Lotto jackpot won in the county in the past two years", "its
# fourth title in a row", "the second such attack this year"): a count of past events the sentence claims. Not a
# position in a period ("the third quarter of this year", "the second half of the season": a time noun after the
# ordinal) nor a part of a whole ("the third of five matches"), nor the years since a founding or a birth ("its 120th
# anniversary this year": a date's arithmetic, no count of events), nor a standing in a ranking ("the fifth place
# obtained this season", "their third spot in the table this year": a position, no count of events).
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_TIME_PARTS = "quarter|half|round|leg|stage|day|week|month|year|term|period|innings|set|phase|floor|generation|century"
_ANNIVERSARY = "anniversary|birthday|jubilee|centenary|centennial"
_STANDINGS = "place|position|spot|seed|ranking|rank"
_TALLY = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b[A-Z][\w.-]*['’]s)\s+(?P<ord>{_ORDINALS}|\d+(?:st|nd|rd|th))\s+"
    rf"(?!(?:{_TIME_PARTS}|{_ANNIVERSARY}|{_STANDINGS})s?\b)(?:(?!of\b)[\w’'-]+\s+){{0,9}}?"
    r"(?:in\s+(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?|seasons?)"
    r"|this\s+(?:year|season|month|week|decade|century)|since\s+\w+|in\s+a\s+row|in\s+succession"
    r"|of\s+the\s+(?:year|season|month|week|decade|century))\b"
)

_TALLY_GATE = re.compile(rf"(?i)\b(?:{_ORDINALS}|\d+(?:st|nd|rd|th))\b")


# A superlative dated by the year it is measured from ("the most extensive damage in the region since 2005", "its
# worst quarter since 2019"): a record claim whose marker is its year.
_SUPERLATIVE = (
    r"most|least|best|worst|\w+iest|\w*([bdgmnpt])\1est|highest|lowest|longest|shortest|largest|smallest|"
    r"strongest|weakest|fastest|slowest|coldest|warmest|greatest|deepest|steepest|sharpest|widest|oldest|youngest|"
    r"cheapest|richest|poorest|safest|closest|toughest|hardest|quickest|loudest|tallest|broadest|mildest|wildest|"
    r"narrowest|fewest|finest|rarest|densest|cleanest|brightest|darkest|tightest|lightest|thickest|kindest|fairest"
)
_SINCE_YEAR_TAIL = re.compile(
    r"(?i)since\s+(?:the\s+|(?:early|late|mid)[\s-]+|(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?"
    r"|(?:(?!since\b)[\w’'-]+\s+){1,6}?in\s+)?(?P<year>(?:1[89]|2[01])\d\d)\b"
)
_SINCE_YEAR = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:(?!since\b)[\w’'-]+\s+){{0,8}}?"
    + _SINCE_YEAR_TAIL.pattern[4:]
)

# A superlative over all time ("the largest test of the drug ever conducted", "its biggest-ever order"): a record
# claim marked by "ever".
_EVER = lead(
    re.compile(
        rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})(?:[\s-]+(?:(?!ever\b)[\w’'-]+\s+){{0,8}}?|-)ever\b"
    )
)

# A superlative closed by "yet", "so far" or "to date" ("the highest annual total yet", "its highest weekly total so
# far"; not "the best is yet to come"): a record over all time so far, marked "ever".
_YET = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})(?:[\s-]+(?:(?!(?:yet|so|to|is|are|was|were|be|been|has"
    r"|have|had)\b)[\w’'-]+\s+){0,3}?|\s+)(?:yet\b(?!\s+(?:to|another|again|more|unclear|unknown)\b)|so\s+far\b"
    r"|to\s+date\b)"
)

# A superlative over every single period ("the highest number of cases disposed of in a single year", "its biggest
# fall in a single day"; not one measured from a year: "… in a single day since 2008"): a record over all time, marked
# "ever".
_SINGLE_PERIOD = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})\s+(?:[\w’'-]+\s+){{0,8}}?(?:in|on|for)\s+a\s+single\s+"
    r"(?:day|week|month|quarter|year|season|session|game|match)\b(?!\s+since\b)"
)

# A source's superlative over all time in other words ("the largest in its history", "the highest on record", "the
# biggest in Ryanair's history"): it vouches for a rewrite's "ever".
_ALL_TIME = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\b[^.;]{{0,60}}?\b(?:in\s+(?:its|their|his"
    r"|her|our|the\s+[\w’'-]+(?:'s|’s)?|(?-i:[A-Z])[\w’'-]*(?:'s|’s)|(?:(?-i:[A-Z])[\w’'-]*\s+){1,3})\s*(?:[\w-]+\s+)?"
    r"history|in\s+the\s+history\s+of|on\s+record|of\s+all\s+time)\b"
)

# Since a founding: "since its foundation", "since independence", "since the company was founded" (a time that holds
# everything the body ever did).
_FOUNDED = (
    r"(?:since\s+(?:the|its|their|his|her|our)\s+(?:foundation|founding|creation|establishment|formation|inception"
    r"|independence)\b|since\s+(?:the|it|they)\s+(?:[\w’'-]+\s+){0,3}?(?:was|were)\s+(?:founded|established|formed"
    r"|created|set\s+up)\b)"
)
# A superlative measured from a founding ("the largest expansion since the foundation of the State", "its biggest
# loss since its creation"): a record over all time, marked "ever" as "in its history" is.
_SINCE_FOUNDING = re.compile(rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})\b[^.;]{{0,60}}?\b" + _FOUNDED)


# In a source, a superlative or record with a year after it in any words ("the largest single outbreak in the state
# since the spring of 2022", "the largest ever for a single set at the festival, which began in 2014"): it vouches
# for a rewrite's record measured from that year ("the state's biggest outbreak since 2022").
_SOURCE_SINCE = lead(
    re.compile(rf"(?i)\b(?:{_SUPERLATIVE}|record|ever)\b(?:\W+[\w’'-]+){{0,14}}?\W+(?P<year>(?:1[89]|2[01])\d\d)\b")
)
# A superlative measured over a span or the record ("the highest rate at any by-election in more than 20 years", "its
# lowest level in a decade", "the largest in 18 months", "the wettest June on record"): a record claim marked "span"
# (a source's superlative over a span, or since a year, vouches for it).
_SPAN_NUMBER = r"(?:\d{1,3}|a|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
_SPAN_UNITS = r"weeks?|months?|years?|decades?|generations?|centur(?:y|ies)"
# Verbs of a span a relative clause measures the superlative over ("the worst storm the town has seen in 20 years").
_SEEN_OVER = "seen|had|known|experienced|witnessed|recorded|suffered|held|hosted"
_OVER_SPAN = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+"
    r"(?:(?!(?:and|but|or|who|which|that|when|while|after|before|as|is|are|was|were|has|have|had|will|would)\b)"
    r"[\w’'-]+\s+){0,8}?(?:(?:that|which)\s+)?"
    # ("the biggest strike the island has seen in a decade": what it is the biggest of, seen or had over the span)
    rf"(?:(?:[\w’'-]+\s+){{1,3}}?(?:has|have|had)\s+(?:{_SEEN_OVER})\s+)?"
    r"(?:(?:in|for)\s+(?:(?:more\s+than|over|almost|nearly|at\s+least|about|some|the\s+past|the\s+last)\s+)?"
    rf"{_SPAN_NUMBER}\s+(?:{_SPAN_UNITS})|on\s+record|since\s+records\s+began)\b"
)
# A superlative measured from an event named without its year ("the deepest cut to an Irish quota since the Common
# Fisheries Policy began", "its lowest level since the scheme was introduced"): a record claim over a span, marked
# "span".
_SINCE_EVENT_TAIL = re.compile(
    r"(?i)since\s+(?:the|its|their|it|they)\s+(?:[\w’'-]+\s+){0,6}?(?:began|started|opened|launched|was\s+(?:introduced"
    r"|founded|created|set\s+up|launched|opened)|came\s+into\s+(?:force|effect)|took\s+effect)\b"
    r"(?!\s+in\s+(?:1[89]|2[01])\d\d)"  # ("since the festival began in 2014" is measured from its year)
)
_SINCE_EVENT = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:(?!since\b)[\w’'-]+\s+){{0,8}}?"
    + _SINCE_EVENT_TAIL.pattern[4:]
)
# A superlative or first measured from an event named by a noun ("the steepest monthly job loss since the pandemic",
# "its first surplus since the war", "the worst drought since the Second World War"): a record claim over a span,
# marked "span". Not a time ("since the start of the year", "since the previous quarter", "since the last report")
# nor a clause going on ("since the pandemic hit tourism" is an event with its verb, :data:`_SINCE_EVENT_TAIL`).
_TIME_OPENERS = (
    "start|beginning|end|middle|turn|first|last|previous|preceding|same|early|late|summer|winter|spring|autumn|fall"
)
_SINCE_NAMED_TAIL = re.compile(
    rf"(?i)since\s+(?:the\s+(?!(?:{_TIME_OPENERS}|{_TIME_PARTS})s?\b)(?:(?!(?:and|but|or|when|as|after|which|that)\b)"
    r"[A-Za-z][\w’'-]*\s+){0,3}?(?!(?:{_TIME_PARTS})s?\b)[A-Za-z][\w’'-]*"
    r"|[a-z]+(?:ion|ence|ance|ment|ity|ism))"  # (an event without its article: "since partition", "since devolution")
    r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|when|as|after|while|according)\b)"
)
_SINCE_NAMED = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:(?!since\b)[\w’'-]+\s+){{0,8}}?"
    + _SINCE_NAMED_TAIL.pattern[4:]
)
# A superlative within a year ("the largest petrol price cut of 2027", "its biggest fall so far this year", "the
# highest figure in 2026"; not a date of what the sentence tells: "The tallest tower in the city was finished in
# 1990"): a record over the year, marked "year" (a source's superlative within a year vouches).
_WITHIN_YEAR = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})\s+"
    r"(?:(?!(?:and|but|or|who|which|that|since|is|are|was|were|has|have|had|will|would)\b)[\w’'-]+\s+){0,10}?"
    r"(?:(?:of|in|for)\s+(?:(?:1[89]|2[01])\d\d|this\s+(?:year|season))|(?:so\s+far\s+)?this\s+(?:year|season))\b"
    r"(?!\s*[-–/]\s*\d)(?!\s+(?:dollars|euros|pounds|prices|terms|money)\b)"
)
# A superlative whose relative clause is scoped to the year ("the largest that the council awarded this year", "the
# biggest the club has paid in 2027", "the lowest figure which the agency recorded this season"): the clause says what
# is ranked, the year over what, a record over the year as :data:`_WITHIN_YEAR`'s.
_RELATIVE_WITHIN_YEAR = re.compile(
    rf"(?i)\b(?:the|its|their|his|her|our)\s+(?:{_SUPERLATIVE})\s+(?!recent\b)(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:that|which|the|its|it)\s+(?:(?!(?:and|but|or|since|because|is|are|was|were|will|would)\b)[\w’'-]+\s+){1,8}?"
    r"(?:(?:of|in|for)\s+(?:(?:1[89]|2[01])\d\d|this\s+(?:year|season))|(?:so\s+far\s+)?this\s+(?:year|season))\b"
    r"(?!\s*[-–/]\s*\d)"
)
# A superlative over every peer ("the best of any Japanese airline", "the highest among all member states", "the
# lowest of all the banks"): a ranking claim, marked "peers" (a source's ranking among peers vouches for it).
_AMONG_PEERS = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:of|among|for)\s+(?:any|all)\b"
)
# A comparative over every peer ("more than any of its neighbouring councils", "fewer beds per head than any other
# country") or over every period since a year or an event ("higher than in any year since the company was founded in
# 1987"): a ranking claim in other words, marked as the superlative it says ("peers", the year, "span").
_THAN_ANY = re.compile(
    r"(?i)\b(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|better|worse|faster|slower|longer|shorter"
    r"|cheaper|dearer|older|younger|\w+ier)\s+(?:(?!(?:and|but|or|than|is|are|was|were)\b)[\w’'-]+\s+){0,5}?than\s+"
    r"(?:(?P<time>(?:in|at|during)\s+any\s+(?:other\s+)?(?:year|month|week|quarter|season|time|point|period)\s+)"
    r"|any\s+(?:other\b|of\s+(?:its|their|the|his|her)\b))"
)
# The end of a ranking's clause, kept in its phrase: "… to a solicitor for trust account fraud".
_TO_CLAUSE_END = r"[^,.;:()\[\]“”\"]{0,60}?(?=[,.;:()\[\]“”\"]|\s+(?:and|but|while|after|since|as)\b|$)"
# A superlative over the peers "at any" or "in any" ("the highest fees at any public university", "the lowest rate in
# any state"), not over a time ("the lowest at any point since 2010", "the highest in any single month"): a ranking
# claim, marked "peers" as one "of any" is.
_AT_ANY = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:at|in)\s+any\s+(?!(?:single\s+)?(?:time|point|stage|moment|day|week|month|quarter|year|season|period|hour"
    r"|minute|game|match|one|other|way|case|event|rate)\b)(?=[a-z])" + _TO_CLAUSE_END
)
# A superlative that ranks what was done to its peers, by a participle after it ("the longest sentence handed to a
# solicitor for fraud", "the largest fine imposed on a bank", "the highest price paid for a painting at auction"): a
# ranking claim over every such act, marked "peers" as one "of any" is.
_RANKED_ACTS = (
    "handed|imposed|awarded|given|paid|granted|issued|levied|ordered|offered|sold|bought|won|raised|recorded|reported"
    "|registered|approved|signed|passed|built|seen|achieved|received|secured|sentenced|served|filed|brought"
)
_RANKED_ACT = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:(?!(?:ever|yet|so|in|on|at|of|to"
    rf"|for|by|and|or|is|are|was|were|has|have|had)\b)[a-z][\w’'-]*\s+){{0,2}}?(?:{_RANKED_ACTS})(?:\s+down|\s+out)?\s+"
    r"(?:to|on|upon|for|by|against|under|at|in)\s+(?:an?|any|the)\b" + _TO_CLAUSE_END
)
# A first or only that its own clause ranks, a pronoun doing it ("the approval was the first it had granted to a
# treatment for eczema", "the only one they have lost at home"): a record claim marked by its word ("first",
# "only"); not "The first they knew of it …" (no participle).
_FIRST_DONE = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our)\s+(?P<marker>first|only)\s+(?:(?:such|one)\s+)?(?:it|they|he|she|we)\s+"
    r"(?:(?:has|have|had|'s|’s|ever|yet|so\s+far)\s+){0,2}(?P<verb>[a-z]+(?:ed|en))\b"
)
# A superlative over a counted top group of peers ("the best return among the country's 10 largest funds", "the
# lowest rate of the five biggest banks"): a ranking claim, marked "peers" as one "of any" is.
_AMONG_TOP = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:of|among)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|fifteen|twenty|fifty)\s+(?:largest|biggest|smallest|richest|poorest|busiest|leading|top)\b"
)


# Words that mark out a part of a place, lowercase ("in regional NSW", "in rural Ireland", "in central London", "in the
# north of England"; a capitalised one is the place's own name, "Western Europe"): the ranking is in that place still.
_PLACE_QUALIFIERS = (
    "regional|rural|urban|northern|southern|eastern|western|central|inner|outer|coastal|metropolitan|mainland|"
    "(?:north|south)-?(?:east|west)|north|south|east|west|upstate|downstate"
)
# A superlative over the peers of a place or field ("the highest in Southeast Asia", "the fastest-growing container
# port in Australia", "the most in the league", "the steepest fall in the country"; not a month, a weekday or a
# year: "the highest in January"): a ranking claim, marked "peers" as one "of any" is.
_IN_PLACE = re.compile(
    rf"(?i)(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s)\s+(?:{_SUPERLATIVE})(?:-[a-z]+)?\s+"
    r"(?:(?!(?:in|and|but|or|since|is|are|was|were|has|have|had|will|would)\b)[\w’'-]+\s+){0,4}?in\s+(?:the\s+)?"
    rf"(?:(?-i:{_PLACE_QUALIFIERS})\s+(?:of\s+(?:the\s+)?)?)?(?P<place>(?:country|world|league|nation|continent)\b(?!['’])"
    r"|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*(?![\w'’-]|\s+(?-i:[A-Z])))"
)
# A superlative over a named place's or field's peers that the sentence states of its subject ("would create Ohio's
# largest hospital system", "is now Europe's busiest port", "making it the world's biggest producer"; not an
# apposition naming what is meant, "Lagos, Nigeria's largest city, …"): a ranking claim in that place.
# (a superlative after other groups: its doubled consonant, "biggest", refers back by name)
_SUPERLATIVE_AFTER_GROUPS = _SUPERLATIVE.replace(r"([bdgmnpt])\1", r"(?P<double>[bdgmnpt])(?P=double)")
_GENERIC_PLACES = (
    "country|nation|continent|state|city|region|province|county|territory|town|league|division|sector|industry"
)
_OWNED_RANK = re.compile(
    r"(?i)\b(?:(?:is|was|are|were|be|been|becomes?|became|becoming|remains?|remained|creates?|created|creating)\s+"
    r"(?:(?:now|still|already|also)\s+)?|(?:makes?|made|making)\s+(?:(?!(?:the|a|an)\b)[\w’'-]+\s+){1,3}?)"
    rf"(?P<rank>(?:the\s+(?P<generic>world|{_GENERIC_PLACES})|(?:the\s+)?(?P<place>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*))"
    rf"['’]s\s+(?:{_SUPERLATIVE_AFTER_GROUPS})(?:-[a-z]+)?\s+[\w’'-]+)"
)
# A source's superlative owned by a place in any position ("Ohio's largest hospital system", "the state's biggest").
_OWNED_SUPERLATIVE = re.compile(
    rf"(?i)\b(?:the\s+(?P<generic>world|{_GENERIC_PLACES})|(?P<place>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*))"
    rf"['’]s\s+(?:{_SUPERLATIVE_AFTER_GROUPS})\b"
)


def _place_marker(m: re.Match[str]) -> str:
    """The marker of a ranking in a place, "in " and the place ("in southeast asia", "in world"); "peers" for a
    place in general words ("in the country", "the state's"), which a source's ranking among any peers vouches for."""
    generic = m.groupdict().get("generic")
    if generic is not None and generic.lower() != "world":
        return "peers"
    place = (generic or m.group("place")).lower()
    return "peers" if re.fullmatch(_GENERIC_PLACES, place) else f"in {place}"


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ranks_in_place(text: str, m: re.Match[str]) -> bool:
    """Whether a superlative "in" a name (:data:`_IN_PLACE`) ranks over a place or field, not a time ("the highest in
    January"), and is the sentence's claim, not a description after a preposition ("Patients at the busiest
    emergency department in Nova Scotia", "among the busiest hubs in the world")."""
    first = m.group("place").split()[0]
    before = text[: m.start()].split()
    if before and before[-1].lower() in _PREPOSITIONS | {"among", "amongst"}:
        return False
    return first not in _DAYS and first != "May" and _MONTH.fullmatch(first) is None


# A first measured from a year or an event ("the Hurricanes' first home win over them since 2019", "the company's first
# profit decline since it listed in 2015", "its first surplus since the war ended") or within a season or year ("its
# first dengue death of the season", "their first win this year"): a record claim (no earlier one in that time). Not
# an ordinal of a sequence: a count ("the first 3,000 doses", "the first three months"), a part of a period ("the
# first half of the season"), "the first time" (:data:`_FIRST_TIME`), or a fixture of a schedule ("their first home
# game of the season").
_OWNER = r"(?:\b(?:the|its|their|his|her|our)|\b\w+['’]s|\b\w+s['’])"
_FIRST_SCOPED = re.compile(
    rf"(?i){_OWNER}\s+first\s+(?!(?:{_TIME_PARTS}|time|times|of|in|to|and|{_SPAN_NUMBER[3:-1]}|few|several|dozen)\b)(?!\d)"
    r"(?:(?P<head>(?:(?!(?:since|this|and|but|or|who|which|that|is|are|was|were|has|have|had|will|would|to)\b)"
    r"[\w’'-]+\s+){0,6}?[\w’'-]+)\s+)?"
    r"(?P<scope>since\s+\S+|(?:of|in)\s+the\s+(?:season|year|campaign|decade|century)|(?:so\s+far\s+)?this\s+"
    r"(?:season|year|decade|century)|in\s+(?:(?:more\s+than|over|almost|nearly|at\s+least|about|some|the\s+past"
    rf"|the\s+last)\s+)?{_SPAN_NUMBER}\s+(?:{_SPAN_UNITS})|in\s+a\s+generation)\b"
)
# A first over all time, closed by "ever" ("the first jury inquest into a death in custody ever held in the county",
# "its first female chief executive ever"; not "the first time ever", :data:`_FIRST_TIME`): a record claim marked
# "first", which a source's first of the same subject vouches for.
_FIRST_EVER = re.compile(
    rf"(?i){_OWNER}\s+first\s+(?!(?:time|times|of|in|to|{_SPAN_NUMBER[3:-1]}|few|several|dozen)\b)(?!\d)"
    r"(?P<head>[\w’'-]+)\s+"
    r"(?:(?!(?:and|but|or|is|are|was|were|will|would|to|since|that|which|who)\b)[\w’'-]+\s+){0,9}?ever\b"
)
# In a source, the words after a "first" ("Delhi's first dengue death", "the first such death this season"): they
# vouch for a rewrite's first of that noun within a period.
_FIRST_NOUNS = re.compile(r"(?i)\bfirst\s+(?P<words>(?:[\w’'-]+\s+){0,3}[\w’'-]+)")
# Nouns of a schedule's fixtures: "their first home game of the season" is its place in the schedule, no record.
_FIXTURES = frozenset(
    {"game", "match", "fixture", "race", "meeting", "session", "sitting", "episode", "edition", "event", "concert"}
    | {"show", "outing", "start", "appearance", "test", "tie", "bout", "hearing", "budget", "issue", "release"}
)


def _head_noun(head: str) -> str:
    """The noun a first counts: the last word of its head before a preposition ("seizure" of "seizure of cocaine at
    the harbour", "win" of "home win over them")."""
    words = head.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    return words[cut - 1]


def _first_scoped(text: str) -> list[tuple[str, str]]:
    """The firsts of a text measured from a year or an event, over a span or within a period
    (:data:`_FIRST_SCOPED`), as (marker, phrase): one since a year is marked by its year ("since 2019"), as a
    superlative since it is; one since an event or over a span ("the first tower approved in the district in more than
    a decade") "span"; one within a season or year by its noun ("first death"), which only a source's first of that
    noun vouches for."""
    out = []
    for m in _FIRST_SCOPED.finditer(text):
        noun = _head_noun(m.group("head") or "first")  # "its first since it listed": the noun left to the reader
        scope = m.group("scope").lower()
        if scope.startswith("in ") and not scope.startswith("in the "):
            marker = None if noun in _FIXTURES | _NOT_RECORD_HEADS else "span"  # "its first rate cut in four years"
            end = m.end()
        elif scope.startswith("since"):
            year = _SINCE_YEAR_TAIL.match(text, m.start("scope"))
            event = _SINCE_EVENT_TAIL.match(text, m.start("scope")) or _SINCE_NAMED_TAIL.match(text, m.start("scope"))
            marker = f"since {year.group('year')}" if year else "span" if event else None
            end = (year or event or m).end()
        else:
            marker = None if noun in _FIXTURES else f"first {stem(noun)}"
            end = m.end()
        if marker is not None:
            out.append((marker, text[m.start() : end]))
    return out


_SPAN_GATE = re.compile(rf"(?i)\b(?:{_SPAN_UNITS}|records?)\b")


def _records(text: str) -> list[tuple[str, str]]:
    """The record claims of a text, as (marker, phrase): ("first", "the first province to offer"); a tally's marker
    is its ordinal ("third", "the third Lotto jackpot won in Co Mayo in the past two years"), a superlative's the
    year it is measured from ("since 2005", "the worst flooding in the valley since 2005")."""
    tallies = [(m.group("ord").lower(), m.group()) for m in _TALLY.finditer(text)] if _TALLY_GATE.search(text) else []
    tallies += _runs(text)
    if "since" in text:
        tallies += [(f"since {m.group('year')}", m.group()) for m in _SINCE_YEAR.finditer(text)]
        tallies += [("span", m.group()) for pattern in (_SINCE_EVENT, _SINCE_NAMED) for m in pattern.finditer(text)]
    if _SPAN_GATE.search(text):
        tallies += [("span", m.group()) for m in _OVER_SPAN.finditer(text)]
    if "ever" in text:
        tallies += [("ever", m.group()) for m in _EVER.finditer(text)]
    if "year" in text or "season" in text or re.search(r"\b(?:1[89]|2[01])\d\d\b", text):
        tallies += [("year", m.group()) for m in _WITHIN_YEAR.finditer(text)]
        tallies += [("year", m.group()) for m in _RELATIVE_WITHIN_YEAR.finditer(text)]
    if "yet" in text or " far" in text or " date" in text:
        tallies += [("ever", m.group()) for m in _YET.finditer(text)]
    if "single" in text:
        tallies += [("ever", m.group()) for m in _SINGLE_PERIOD.finditer(text)]
    if "histor" in text or "since" in text or "all time" in text:
        tallies += [("ever", m.group()) for pattern in (_ALL_TIME, _SINCE_FOUNDING) for m in pattern.finditer(text)]
    if "ecord" in text or "all-time" in text:
        tallies += [("record", m.group()) for m in _RECORD_NOUN.finditer(text)]
    if " any" in text or " all" in text:
        tallies += [("peers", m.group()) for m in _AMONG_PEERS.finditer(text)]
    if " than " in text:
        tallies += _than_any(text)
    if " any " in text or _ANY_RANKED_ACT.search(text):
        tallies += _unless_ranked(text, tallies, [*_AT_ANY.finditer(text), *_RANKED_ACT.finditer(text)])
    if " among " in text or " of " in text:
        tallies += [("peers", m.group()) for m in _AMONG_TOP.finditer(text)]
    if " in " in text:
        tallies += [(_place_marker(m), m.group()) for m in _IN_PLACE.finditer(text) if _ranks_in_place(text, m)]
    if "'s" in text or "’s" in text:
        tallies += [(_place_marker(m), m.group("rank")) for m in _OWNED_RANK.finditer(text)]
    if not _MARKER.search(text):
        return tallies  # (most sentences: not tokenised)
    tokens = tokenize(text)
    firsts = [
        _first_time(text, m)
        for m in _FIRST_TIME.finditer(text)
        if not _first_since_story_event(text, m) and not _EACH_OWN_FIRST.search(text, 0, m.start())
    ]
    out = tallies + firsts + _first_scoped(text)
    out += [(m.group("marker").lower(), m.group()) for m in _FIRST_DONE.finditer(text)]
    if "ever" in text:
        out += [
            ("first", m.group()) for m in _FIRST_EVER.finditer(text) if m.group("head").lower() not in _NOT_RECORD_HEADS
        ]
    for i, t in enumerate(tokens[1:], 1):
        if t.lower not in _RECORD_MARKERS or tokens[i - 1].lower not in _RECORD_OPENERS:
            continue
        for k in range(i + 1, min(i + 1 + _RECORD_HEAD_WORDS, len(tokens) - 1)):
            u = tokens[k]
            if u.lower == "to":
                if k > i + 1 and (tokens[k + 1].lower in ("be", "have") or is_verb(tokens, k + 1) == 2):
                    out.append((t.lower, text[tokens[i - 1].start : tokens[k + 1].end]))
                break
            if _initial_dot(tokens, k):
                continue  # "the first U.S. spacecraft to land": an abbreviation's dots
            if not u.is_word or u.lower in _AUXILIARY or u.text[0].isdigit() or is_verb(tokens, k) == 2:
                break
            if u.lower in _NOT_RECORD_HEADS:
                break
    return out


_ANY_RANKED_ACT = re.compile(rf"(?i)\b(?:{_RANKED_ACTS})\b")


def _unless_ranked(text: str, claims: list[tuple[str, str]], found: list[re.Match[str]]) -> list[tuple[str, str]]:
    """The rankings among peers in ``found`` (:data:`_AT_ANY`, :data:`_RANKED_ACT`) whose superlative no claim of
    ``claims`` already holds ("the biggest crowd seen at the ground this season" is a record within the year, not a
    second claim)."""
    spans = [(at, at + len(phrase)) for _marker, phrase in claims if (at := text.find(phrase)) >= 0]
    out: list[tuple[str, str]] = []
    for m in found:
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in spans):
            out.append(("peers", m.group()))
            spans.append((m.start(), m.end()))
    return out


def _than_any(text: str) -> list[tuple[str, str]]:
    """The comparatives over every peer or period of a text (:data:`_THAN_ANY`), as (marker, phrase): over peers
    "peers"; over every period since a year that year ("since 1987"), since a founding also "ever"; over a span
    ("than at any point in the past five years") none: a source says it in too many ways to vouch for it."""
    out = []
    for m in _THAN_ANY.finditer(text):
        if not m.group("time"):
            out.append(("peers", m.group()))
            continue
        year = _SINCE_YEAR_TAIL.match(text, m.end())
        if year:
            out.append((f"since {year.group('year')}", text[m.start() : year.end()]))
        if re.match(_FOUNDED, text[m.end() :], re.I):
            out.append(("ever", m.group()))  # "than in any year since the company was founded": over all time
    return out


def _first_time(text: str, m: re.Match[str]) -> tuple[str, str]:
    """A first time's marker and phrase: the year or event it is measured from ("It is the first time since 1992 that
    …": "since 1992"; "since the war": "span"), else "first"."""
    at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    year = _SINCE_YEAR_TAIL.match(text, at)
    if year:
        return f"since {year.group('year')}", text[m.start() : year.end()]
    event = _SINCE_EVENT_TAIL.match(text, at) or _SINCE_NAMED_TAIL.match(text, at)
    return ("span", text[m.start() : event.end()]) if event else ("first", m.group())


# What "for the first time since" is measured from when it is a year ("since 1992", "since March 2019", "since the
# 1990s").
_SINCE_A_YEAR = re.compile(
    r"(?i)\s*since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?-i:[A-Z][a-z]{2,8})\.?\s+)?(?:1[89]|2[01])\d\d"
)


def _first_since_story_event(text: str, m: re.Match[str]) -> bool:
    """Whether "for the first time" at ``m`` is measured from an event of the story, not a year ("assessors reached
    the valley for the first time since the water peaked", "returned home for the first time since the fire"): a
    step in the story's own events, no record ("for the first time since 1992" is one)."""
    if not m.group().lower().startswith("for"):
        return False
    after = text[m.end() :]
    return after.lstrip().lower().startswith("since ") and not _SINCE_A_YEAR.match(after)


def _initial_dot(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is the dot after a capital initial ("U.S.", "U.K.")."""
    return tokens[k].text == "." and k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper()


# A run of periods counted by its ordinal ("for the fourth month in a row", "the third year running", "for the 14th
# consecutive month"): in a source, the tally a rewrite restates as "the fourth monthly rise in a row", vouching for
# its ordinal; in a rewrite, a streak: a tally marked by its ordinal (:func:`_runs`).
_PERIOD_RUN = lead(
    re.compile(
        rf"(?i)\b(?:for\s+)?(?:the|a|its|their)\s+(?P<ord>{_ORDINALS}|\d+(?:st|nd|rd|th))\s+"
        r"(?:(?P<kind>straight|consecutive|successive)\s+)?"
        r"(?:day|week|month|quarter|year|season|time)s?\b(?(kind)|\s+(?:in\s+a\s+row|running|in\s+succession)\b)"
    )
)


# The same run counted with a cardinal ("for four consecutive months", "three straight years", "five weeks in a
# row", "for 12 successive quarters"): it vouches for the ordinal of its count ("the fourth monthly increase in a
# row"), and in a rewrite is a streak marked by that ordinal.
_CARDINALS = {
    w: o
    for w, o in zip(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        _ORDINALS.split("|"),
        strict=True,
    )
}
_CARDINAL_RUN = lead(
    re.compile(
        rf"(?i)\b(?P<n>{'|'.join(_CARDINALS)}|\d{{1,2}})\s+(?:(?P<kind>straight|consecutive|successive)\s+)?"
        r"(?:day|week|month|quarter|year|season|time)s\b(?(kind)|\s+(?:in\s+a\s+row|running|in\s+succession)\b)"
    )
)


# In a source, a run counted with a cardinal of whatever it counts, when "consecutive", "straight" or "successive"
# marks it ("have fallen on the quarter for 25 consecutive periods", "for 12 straight readings"): it vouches for the
# ordinal a rewrite restates it by ("the 25th quarterly fall in a row").
_COUNTED_RUN = re.compile(
    rf"(?i)\b(?P<n>{'|'.join(_CARDINALS)}|\d{{1,3}})\s+(?:straight|consecutive|successive)\s+[a-z]+s\b"
)


_REPEATS = frozenset({"second", "2nd"})
_RUN_GATE = re.compile(r"(?i)\b(?:consecutive|straight|successive|in\s+a\s+row|running|in\s+succession)\b")


def _runs(text: str) -> list[tuple[str, str]]:
    """A text's streaks of three periods or more, each marked by its ordinal ("have now risen for 14 consecutive
    months": "14th"; "for the fifth straight year": "fifth"): a count of periods in a row the sentence claims, which
    only a source's run of that length vouches for (a run of two, "for a second straight day", is a follow-up's
    day after its source's: the story going on)."""
    if not _RUN_GATE.search(text):
        return []
    out = [(m.group("ord").lower(), m.group()) for m in _PERIOD_RUN.finditer(text)]
    out += [(o, m.group()) for m in _CARDINAL_RUN.finditer(text) if (o := _run_ordinal(m.group("n")))]
    return [(o, phrase) for o, phrase in out if o not in _REPEATS]


def _run_ordinal(count: str) -> str | None:
    """The ordinal of a run's cardinal ("four" → "fourth", "12" → "12th"), or None for a count below two."""
    if count.isdigit():
        n = int(count)
        if n < 2:
            return None
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return _CARDINALS.get(count.lower())


# The best of a group told without a superlative ("the pick of the Australian bowlers", "the standout among the
# city's schools", "the best of the club's signings"): a ranking among the group's peers, the best there.
_BEST_OF_GROUP = re.compile(
    r"(?i)\bthe\s+(?:pick|standout|best|top\s+performer)\s+(?:of|among)\s+(?:the|its|their|his|her|our|\w+['’]s)\s"
)


def _document_records(doc: Document, _extraction: Extraction) -> frozenset[str]:
    """The markers of a document's record claims ("first", "only"), and the ordinals of the runs of periods it
    counts ("for the fourth month in a row", "for four consecutive months"): a per-document value."""
    text = reading_text(doc)
    runs = {m.group("ord").lower() for m in _PERIOD_RUN.finditer(text)}
    runs |= {o for m in _CARDINAL_RUN.finditer(text) if (o := _run_ordinal(m.group("n"))) is not None}
    runs |= {o for m in _COUNTED_RUN.finditer(text) if (o := _run_ordinal(m.group("n"))) is not None}
    runs |= {f"since {m.group('year')}" for m in _SOURCE_SINCE.finditer(text)}
    if _ALL_TIME.search(text):
        runs.add("ever")  # "the largest in its history" vouches for "its biggest deal ever"
    records = _records(text)
    records += [("first", m.group()) for m in _FIRST_TIME.finditer(text)]  # a first since a year is a first too
    markers = {marker for marker, _phrase in records}
    markers |= {
        f"{marker}~{w}" for marker, phrase in records if marker in _RECORD_MARKERS for w in _around(text, phrase)
    }
    if markers & {"ever", "span"} or re.search(r"(?i)\brecord(?:s|-|\b(?!ed))", text):
        markers.add("record")  # "a club record", "the most ever paid", "on record" vouch for "a record fee"
    ranked = [
        (_place_marker(m), m.group()) for pattern in (_IN_PLACE, _OWNED_SUPERLATIVE) for m in pattern.finditer(text)
    ]
    ranked += [(marker, phrase) for marker, phrase in records if marker == "peers"]
    # a ranking in a place vouches for the same ranking there; one that names no place ("of any airline", "the
    # state's") for the same ranking in any place
    markers |= {_placed(marker if marker != "peers" else "in *", phrase) for marker, phrase in ranked}
    markers |= {marker for marker, _phrase in ranked}
    if any(m.startswith("in ") for m in markers):
        markers.add("peers")  # "the highest in Southeast Asia" vouches for "the highest of any country"
    if _BEST_OF_GROUP.search(text):
        markers |= {"peers", _placed("in *", "best")}  # "the pick of the Australian bowlers": Australia's best
    markers |= {f"first {stem(w)}" for m in _FIRST_NOUNS.finditer(text) for w in m.group("words").split()}
    # a superlative since a year, or over all time, vouches for one over a span of the same thing ("the worst flooding
    # since 2005" for "the worst flooding in 20 years", "the narrowest in its history" for "the narrowest on record";
    # not "the highest youth jobless rate since 2022" for "the steepest job loss since the pandemic")
    markers |= {
        f"span~{w}"
        for marker, phrase in records
        if marker in ("span", "ever") or marker.startswith("since ")
        for w in _measured(text, phrase)
    }
    if markers & {"ever", "record", "span"} or any(m.startswith("since ") for m in markers):
        markers.add("year")  # a record over a longer time vouches for one within the year
    return frozenset(markers | runs)


def new_record(facts: FactBase, text: str, sources: list[str]) -> str | None:
    """The first record claim of ``text`` ("the first province to offer …", "for the first time") whose marker no
    record claim of ``sources`` uses, or None: a record is a claim of its own, however much else of the sentence
    restates a source sentence ("Ontario and Quebec already offer the shots free" does not make a province "the first
    to offer" them)."""
    claims = _records(text)
    if not claims:
        return None  # (most sentences claim no record: the sources' records are then not read)
    known: set[str] = set()
    for src in sources:
        known |= facts.per_document("unsupported.records", src, _document_records)
    return next((phrase for marker, phrase in claims if not _vouched(marker, phrase, known, text)), None)


_SCOPE_WORDS = frozenset(
    {"since", "ever", "record", "records", "began", "month", "monthly", "year", "yearly", "annual", "week", "weekly"}
    | {"decade", "decades", "years", "months", "weeks", "quarter", "quarterly", "first", "time", "history"}
)


_SAID = frozenset({"said", "says", "told", "tells", "according", "added", "stated"})
_UNRANKED = re.compile(rf"(?i)\b(?:{_SUPERLATIVE})\b|\d+")


def _measured(text: str, phrase: str) -> set[str]:
    """What a record measures and of what: the content stems of the sentence that holds it, without superlatives,
    scope words, figures and verbs of speech ("job", "loss" of "It was the steepest monthly job loss since the
    pandemic"; "reservoir", "level" of "The reservoir stood at 41%, its lowest level since 1995")."""
    start, end = _sentence_bounds(text, phrase)
    return content_stems(_UNRANKED.sub(" ", text[start:end]), exclude=_SCOPE_WORDS | _SAID)


def _sentence_bounds(text: str, phrase: str) -> tuple[int, int]:
    """The start and end in ``text`` of the sentence that holds ``phrase``."""
    at = text.find(phrase)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0), default=len(text))
    return start, end


def _around(text: str, phrase: str) -> set[str]:
    """The content stems of the sentence of ``text`` that holds ``phrase`` (what a source's "first" is about)."""
    start, end = _sentence_bounds(text, phrase)
    return content_stems(text[start:end])


def _first_subject(text: str, phrase: str) -> set[str]:
    """What a rewrite's "first" or "only" claim is about: its phrase's content stems ("province", "offer" of "the
    first province to offer"), or its sentence's for a bare "for the first time"."""
    return content_stems(phrase, exclude=_RECORD_MARKERS | {"time", "ever"}) or content_stems(text)


def _vouched(marker: str, phrase: str, known: set[str], text: str) -> bool:
    """Whether the sources' record markers vouch for a record claim's: the same marker; for a first or an only, one
    in a source sentence that shares a content word of the claim ("the first port in the country to ban diesel
    lorries" for "the first port to ban diesel trucks"; not "the first port to install electric cranes" for "the
    first operator to ban diesel trucks"); for a ranking in a named place
    the same superlative there ("the largest hospital system in Ohio" for "Ohio's largest"), or one that names no
    place ("the state's largest", "the largest of any system"), never one in another place ("the largest in Europe"
    is not "the largest in Asia") nor another superlative ("Australia's largest port" is not "the fastest-growing
    port in Australia"); a ranking in the world needs a source's in the world."""
    if marker in _RECORD_MARKERS:  # a first of the same subject ("the first state to ban" is not "the first to tax")
        if _FIRST_EVER.fullmatch(phrase) and _first_of_noun(phrase) in known:
            return True  # "the first library in the county built by volunteers" for "the first library ever built"
        return marker in known and any(f"{marker}~{w}" in known for w in _first_subject(text, phrase))
    if marker == "span":  # a source's record over a span, or since a year, of the same measure
        return any(f"span~{w}" in known for w in _measured(text, phrase))
    if not marker.startswith("in "):
        return marker in known
    anywhere = marker != "in world" and _placed("in *", phrase) in known
    return _placed(marker, phrase) in known or anywhere


def _first_of_noun(phrase: str) -> str:
    """A first-ever claim's marker of its noun ("first librari" of "the first library ever built"): a source's first
    of that noun vouches for it."""
    m = _FIRST_EVER.match(phrase)
    return f"first {stem(m.group('head'))}" if m else ""


# Superlatives that rank by the same measure ("biggest" and "largest").
_SAME_RANK = {"biggest": "largest", "greatest": "largest", "fewest": "least"}


def _placed(place: str, phrase: str) -> str:
    """A ranking's place marker with its superlative ("in ohio|largest")."""
    m = re.search(rf"(?i)\b(?:{_SUPERLATIVE})\b", phrase)
    word = m.group().lower() if m else ""
    return f"{place}|{_SAME_RANK.get(word, word)}"


# A plain superlative that ranks its subject ("Meat is forecast to post the largest increase"); not one of a few at
# the top ("among the largest", "one of the biggest"), which ranks it first nowhere.
_PLAIN_RANK = re.compile(rf"(?i)(?<!\bamong\s)(?<!\bone\sof\s)\b(?:the|its|their)\s+(?:{_SUPERLATIVE})\b")


def _ranked_in_source(facts: FactBase, text: str, record: str, sources: list[str]) -> bool:
    """Whether a ranking among peers ("Meat will cost 5% to 7% more, the biggest jump of any category") restates a
    source sentence that ranks the sentence's subject, its first content word, with a plain superlative ("Meat is
    forecast to post the largest increase"); not one that ranks it in another named place ("the busiest port in
    Scandinavia" for "the world's busiest port")."""
    marker = next((m for m, phrase in _records(text) if phrase == record and (m == "peers" or m.startswith("in "))), "")
    if not marker:
        return False
    subject = _ranked_subject(text, record)
    return bool(subject) and any(
        _PLAIN_RANK.search(x.text) and subject <= content_stems(x.text) and _in_same_place(marker, x.text)
        for src in sources
        for x in facts.extractions[src].sentences
    )


_HIGH_RANK = re.compile(r"(?i)\b(?:biggest|largest|most|highest|greatest)\b")
_LOW_RANK = re.compile(r"(?i)\b(?:smallest|lowest|least|fewest)\b")
_PEERS_LISTED = 2
"""A source passage that lists a figure with at least this many peers' figures of its kind ranks them all."""


def _ranked_by_figures(facts: FactBase, text: str, record: str, sources: list[str]) -> bool:
    """Whether a ranking among peers ("The US and Canada remain the firm's biggest market, with 31.8 million members")
    reads the figures of a source: the sentence gives a figure that a source sentence states, and that sentence with
    its neighbours lists at least :data:`_PEERS_LISTED` other figures of the same kind, all below it (above it, for
    "smallest", "lowest"): the source's list, ranked, no claim of the rewrite's own."""
    marker = next((m for m, phrase in _records(text) if phrase == record and (m == "peers" or m.startswith("in "))), "")
    high, low = _HIGH_RANK.search(record), _LOW_RANK.search(record)
    if not marker or (high is None) == (low is None):
        return False
    mine = {(key, n.value * factor) for n in scan(text) if not n.year for key, factor in [_reading(text, n)]}
    for src in sources:
        sentences = facts.extractions[src].sentences
        read = [
            [(key, n.value * factor) for n in scan(x.text) if not n.year for key, factor in [_reading(x.text, n)]]
            for x in sentences
        ]
        for i, values in enumerate(read):
            for key, value in values:
                if not any(k == key and math.isclose(v, value, rel_tol=1e-9) for k, v in mine):
                    continue
                near = [v for row in read[max(0, i - 1) : i + 2] for k, v in row if k == key and v != value]
                if len(near) >= _PEERS_LISTED and (value > max(near) if high else value < min(near)):
                    return True
    return False


# The earlier event a "second" names right after it: "…, after a four-hour disruption in Victoria in January".
_PRECEDENT = re.compile(r"(?i),?\s+(?:after|following|behind)\s+(?P<event>[^.;]{8,})")
_PRECEDENT_WORDS = 3
"""A named precedent restates a source sentence that shares this many of its content words."""


def _second_after_source_event(facts: FactBase, text: str, record: str, sources: list[str]) -> bool:
    """Whether a tally "the second" names its one precedent ("The outage was the second to hit the network this year,
    after a four-hour disruption in January") that a source sentence tells ("followed a smaller, four-hour disruption
    … in January"): the source's two events counted, no claim of the rewrite's own. A "third" needs two precedents,
    which one named event does not give."""
    if not re.match(r"(?i)\S+\s+(?:second|2nd)\b", record):
        return False
    at = text.find(record)
    m = _PRECEDENT.match(text, at + len(record)) if at >= 0 else None
    if m is None:
        return False
    event = content_stems(m.group("event"))
    return len(event) >= _PRECEDENT_WORDS and any(
        len(event & content_stems(x.text)) >= _PRECEDENT_WORDS
        for src in sources
        for x in facts.extractions[src].sentences
    )


# Where the clause of a ranking opens: after a semicolon, or a comma and a conjunction ("…, and Leeds recorded the
# steepest drop of any council").
_CLAUSE_OPENING = re.compile(r"[;:]\s*|,\s+(?:and|but|while|whereas|yet)\s+")
_QUANTIFIERS = frozenset({"every", "each", "all", "some", "many", "most", "several", "both", "other", "another"})


def _ranked_subject(text: str, record: str) -> set[str]:
    """The stems of what a ranking ranks: the first content word (no quantifier, "every") of the clause that holds it
    ("leed" of "Every region saw absence fall, and Leeds recorded the steepest drop of any council")."""
    at = max(text.find(record), 0)
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(text, 0, at)), default=0)
    words = re.findall(r"[A-Za-z]+", text[opening:at]) or re.findall(r"[A-Za-z]+", text)
    return next((stems for w in words if (stems := content_stems(w, exclude=_QUANTIFIERS))), set())


def _in_same_place(marker: str, text: str) -> bool:
    """Whether a source sentence's rankings leave a claim's place open: it names no place, or the claim's own, or the
    claim names its place in general words ("peers")."""
    named = {m for m, _phrase in _records(text) if m.startswith("in ")}
    return marker == "peers" or not named or marker in named


def _over_time(text: str, record: str | None) -> bool:
    """Whether a record claim of ``text`` is a superlative over time ("the highest since records began in 2011", "in a
    decade", "ever", "a record"), not a tally or a first ("its third approach since April", "the first to …")."""
    return record is not None and any(
        phrase == record and (marker.startswith("since ") or marker in ("span", "ever", "record"))
        for marker, phrase in _records(text)
    )


def _record_evidence(facts: FactBase, document: str, sentence: Span, record: str | None) -> list[Evidence]:
    """A record claim's own words as the first quote, before its sentence: the claim is an error of its own, which a
    figure error elsewhere in the sentence ("51 of its 310 branches, or about a quarter, will go – the largest round
    of closures since 2016") does not cover (a check superseding this one covers what its first quote overlaps);
    not when its clause states a figure the record rests on ("above ₹400 crore for the first time")."""
    if record is None:
        return []
    text = facts.documents[document].text
    at = text.find(record, sentence.start, sentence.end)
    if at < 0 or _figure_in_clause(text, sentence.start, at, sentence.end):
        return []
    return [facts.evidence(document, facts.documents[document].span(at, at + len(record)), role="record")]


_CLAUSE_BREAK = re.compile(r"[,;:–—(]")
_FIGURE = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")


def _figure_in_clause(text: str, start: int, at: int, end: int) -> bool:
    """Whether the clause that holds a record claim states a figure besides a year ("putting income above ₹400 crore
    for the first time"): the record rests on the sentence's figures, and an error in them covers it."""
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, at)), default=start)
    return any(not _YEAR.fullmatch(m.group().rstrip(",.")) for m in _FIGURE.finditer(text, opening, end))


def dated_after(facts: FactBase, document: str, sources: list[str]) -> bool:
    """Whether ``document`` is published on a later day than every one of ``sources`` (a next-day story): what it
    adds without a number, a new date, a quotation or a record claim is its own reporting, not a claim its sources
    should hold ("Residents spent Thursday clearing broken glass", "Crews worked through the night, troopers said")."""
    published = facts.documents[document].published
    return published is not None and all(
        (p := facts.documents[s].published) is not None and p < published for s in sources
    )


SUMMED = 3
"""A sentence may sum up this many source sentences (a wire lead): its support is also scored against them read
as one."""


def _asks(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a source sentence is a question ("REPORTER: Will you stay on as leader?"): it asks, it states
    nothing, so it supports no claim."""
    return facts.sentence_text(document, sentence).rstrip(" \"'”’)").endswith("?")


def _stated_support(facts: FactBase, document: str, sentence: int, sources: list[str]) -> float:
    """The best score of one sentence against the source sentences that are not questions."""
    scored = source_scores(facts, document, sentence, sources)
    return next((score for score, src, i in scored if not _asks(facts, src, i)), 0.0)


def _sized_support(facts: FactBase, document: str, sentence: int, sources: list[str]) -> float:
    """The best score of one sentence against the source sentences that are not questions and hold at least
    :data:`MIN_CONTENT` content words: a fragment ("N95 masks help.", a quote's short second sentence) scores high
    against any longer sentence sharing its two or three words, but is too short to vouch for a number."""
    sizes = index(facts).sizes
    scored = source_scores(facts, document, sentence, sources)
    return next(
        (score for score, src, i in scored if sizes.get((src, i), 0) >= MIN_CONTENT and not _asks(facts, src, i)),
        0.0,
    )


def _summed_support(facts: FactBase, document: str, sentence: int, sources: list[str]) -> float:
    """The score of one sentence against its best :data:`SUMMED` source sentences (not questions) read as one."""
    scored = source_scores(facts, document, sentence, sources)
    best = [x for x in scored if not _asks(facts, x[1], x[2])][:SUMMED]
    if len(best) < 2:
        return 0.0
    return merged_score(facts, document, sentence, [(src, i) for _score, src, i in best])


_STEMMED_CANDIDATES = 5


def _stemmed_support(facts: FactBase, document: str, sentence: int, sources: list[str]) -> float:
    """The best :func:`stemmed_score` of one sentence against its best-scoring source sentences (not questions): a
    restatement that changes the words' forms ("was not physically injured" → "escaped without physical injury")."""
    scored = [x for x in source_scores(facts, document, sentence, sources) if not _asks(facts, x[1], x[2])]
    return max(
        (stemmed_score(facts, document, sentence, (src, i)) for _s, src, i in scored[:_STEMMED_CANDIDATES]), default=0.0
    )


def _changed_count(facts: FactBase, document: str, sentence: int, sources: list[str], text: str) -> bool:
    """Whether every number a sentence adds is a count that its best source sentence (scoring at least the support
    floor) gives of the same noun with another value ("covers 46 fish stocks" after "covers 42 fish stocks shared by
    the two sides"), or a percentage or amount whose counterpart there has another value ("wage increases totaling
    24 percent" → "raises wages 26 percent"): the claim has a counterpart and its number changed, which
    cross-document-number reports."""
    best = best_support(facts, document, sentence, sources)
    if best is None or round(best.score, 6) < SUPPORT_FLOOR:
        return False
    changed = {x for a, _b in changed_counts(facts, best, loose=True) for x in _numbers_in(a.num.text)}
    mine = next((x for x in scanned(facts).get(document, []) if x.index == sentence), None)
    theirs = [x for x in scanned(facts).get(best.other, []) if x.index == best.other_sentence]
    merged = merged_source(facts, document, sentence, sources)
    if merged is not None:  # two adjacent source sentences it merges ("appealing for US$312 million. Of this, …")
        theirs.append(joined(facts, merged[0], merged[1], merged[1] + 1))
    for passage in theirs:
        changed |= {
            d
            for x, y, _all in (counterparts(mine, passage) if mine is not None else [])
            if x.num.value != y.num.value
            for d in _numbers_in(x.num.text)
        }
    return bool(changed) and new_numbers(facts, text, sources, words=True) <= changed


# A speaker a reporter keeps anonymous ("who asked not to be named", "speaking on condition of anonymity").
_ANONYMOUS = re.compile(
    r"(?i)\b(?:asked|declined|wished)\s+not\s+to\s+be\s+(?:named|identified)\b|\bdeclined\s+to\s+be\s+"
    r"(?:named|identified)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bnot\s+authori[sz]ed\s+to\s+speak\b"
)
# A speaker described, not named ("said an economist at a brokerage", "one trader said", "A resident told"): a voice
# the rewrite found for itself; not one who speaks for an organisation ("a spokesman said": maybe a source's).
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:[Ss]aid|says|told|added|according\s+to)\s+(?:an?|one)\s+(?P<after>[a-z][\w-]*)\b"
    r"|(?:^|[,;:]\s*)(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+)?(?P<before>[a-z][\w-]*)\s+(?:said|says|told|added)\b"
)
_SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "statement", "source", "person"}
)


def _unnamed_speaker(outside: str) -> bool:
    """Whether the words outside a quotation describe its speaker without a name ("said an economist at a Santiago
    brokerage"), and not as one who speaks for an organisation ("a spokeswoman said")."""
    return any((m.group("after") or m.group("before")) not in _SPOKESPEOPLE for m in _UNNAMED_SPEAKER.finditer(outside))


_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady"})
_NOT_NAMES = frozenset({"He", "She", "They", "It", "We", "I", "The", "A", "An", "One", "But", "And", "Asked"})


def new_voice(facts: FactBase, document: str, sentence: int, sources: list[str]) -> bool:
    """Whether a quotation's attribution (the words outside its quotation marks) keeps its speaker anonymous, or
    names only people and things no source names, all introduced in an earlier sentence of the rewrite: a follow-up's
    reaction from a new voice ("Farm-lobby spokeswoman Jo Dee welcomed the cut. "…," Ms Dee said.") is its own
    reporting. A quote given to a source's speaker, to a bare pronoun, or to someone named for the first time in the
    quoting sentence itself is not."""
    text = facts.sentence_text(document, sentence)
    outside = _QUOTE.sub(" ", text)
    if _ANONYMOUS.search(outside) or _unnamed_speaker(outside):
        return True
    if not re.search(r"[A-Za-z]", outside) and sentence > 0:
        previous = facts.sentence_text(document, sentence - 1)
        return bool(_QUOTE.search(previous)) and new_voice(facts, document, sentence - 1, sources)  # a quote goes on
    names = _names_outside(text, outside)
    if not names or _named_in_sources(facts, sources, names):
        return False
    before = " ".join(facts.sentence_text(document, i) for i in range(sentence))
    return all(re.search(rf"\b{re.escape(w)}\b", before) for w in names)


def _names_outside(text: str, outside: str) -> list[str]:
    """The capitalised words of a quotation's attribution (``outside``: the sentence with its quotes blanked) that
    may be names: no title, pronoun or sentence-opening word."""
    words = re.findall(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", outside)
    if not _QUOTE.match(text.lstrip()):
        words = words[1:]  # the sentence's first word is capitalised whatever it is
    return [w for w in words if w not in _TITLES and w not in _NOT_NAMES]


def _named_in_sources(facts: FactBase, sources: list[str], names: list[str]) -> bool:
    """Whether any source names any of ``names``."""
    source_text = " ".join(reading_text(facts.documents[x]) for x in sources)
    return any(re.search(rf"\b{re.escape(w)}\b", source_text) for w in names)


# A speaker's own experience in the first person singular ("takes me", "I wait", "my shift").
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|I['’](?:m|ve|d|ll))\b")


def _own_experience(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether a sentence quotes, in the first person singular, someone its attribution names and no source does,
    and every number it adds is in the quotation (""The bus takes me 40 minutes," said Ana Ruiz, a nurse."): a new
    voice's own experience, which no source could give, is the rewrite's own reporting."""
    quoted = " ".join(m.group() for m in _QUOTE.finditer(text))
    if not _FIRST_PERSON.search(quoted):
        return False
    outside = _QUOTE.sub(" ", text)
    names = _names_outside(text, outside)
    return (
        bool(names)
        and not _named_in_sources(facts, sources, names)
        and not new_numbers(facts, outside, sources, words=True)
    )


_QUOTE_MARKS = frozenset('"“”')


def _inside_quote(text: str, start: int) -> bool:
    """Whether position ``start`` of a document's text lies inside a quotation opened earlier in its paragraph (the
    second sentence of a speaker's quote: '"Prices went up twice. I stopped going," she said.')."""
    paragraph = text[text.rfind("\n\n", 0, start) + 1 : start]
    return paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _direct_speech(text: str, inside: bool) -> tuple[str, str] | None:
    """A sentence's quoted words and the words outside them, when it is direct speech: one or more quotations each
    opening the sentence or after a comma or colon and closing on a punctuation mark (""Prices went up," she said.",
    'She said: "I stopped going."', or a run-on quote's next sentence), and outside them nothing or an attribution
    with a verb of speech; None for a phrase quoted inside the reporter's own sentence ('told MPs the findings were
    "a wake-up call"')."""
    quoted: list[str] = []
    outside: list[str] = []
    for k, ch in enumerate(text):
        if ch not in _QUOTE_MARKS:
            (quoted if inside else outside).append(ch)
            continue
        opening = ch == "“" or (ch == '"' and not inside)
        before = text[:k].rstrip()
        if opening and before and before[-1] not in ",:":
            return None  # a phrase quoted inside the reporter's sentence
        if not opening and not re.search(r"[,.?!…—-]\s*$", text[:k]):
            return None  # a quoted phrase, not a quoted sentence
        inside = opening
        (quoted if inside else outside).append(" ")
    said, words = "".join(quoted), re.findall(r"[A-Za-z’'-]+", "".join(outside))
    if len(said.strip()) < 12 or (words and not any(_speech(w.lower()) for w in words)):
        return None
    return said, "".join(outside)


def _speaker_names(facts: FactBase, document: str, sentence: int) -> list[str] | None:
    """The names of the speaker of a sentence of direct speech (:func:`_direct_speech`), read from its attribution,
    from the attribution of the quote it runs on from or into, or, for a pronoun ("she said"), from the sentence
    before the quote; None when the sentence is no direct speech."""
    text = facts.documents[document].text
    sentences = facts.extractions[document].sentences

    def speech(i: int) -> tuple[str, str] | None:
        return _direct_speech(sentences[i].text, _inside_quote(text, sentences[i].span.start))

    mine = speech(sentence)
    if mine is None:
        return None
    first, last = sentence, sentence  # the sentences one quote runs over
    while first > 0 and _inside_quote(text, sentences[first].span.start) and speech(first - 1) is not None:
        first -= 1
    while last + 1 < len(sentences) and _inside_quote(text, sentences[last + 1].span.start):
        if speech(last + 1) is None:
            break
        last += 1
    for i in range(first, last + 1):
        said = speech(i)
        names = _names_outside(sentences[i].text, said[1]) if said is not None else []
        if names:
            return names
    if first == 0:
        return []
    return _subject_name(facts, document, first - 1)  # "she said": the person the sentence before names first


def _subject_name(facts: FactBase, document: str, sentence: int) -> list[str]:
    """The words of the first name a sentence gives that is no place, organisation or time ("Aodh Ó Dónaill, chief
    executive of the Killybegs Fishermen's Organisation, said …" → "Aodh", "Ó", "Dónaill"): whom a "he said" in the
    next sentence means."""
    for e in facts.extractions[document].entities:
        if e.sentence == sentence and e.kind not in ("place", "organization"):
            words = e.name.split()
            if words[0] not in _DAYS and _MONTH.fullmatch(words[0]) is None:
                return words
    return []


def _quoted_in_sources(facts: FactBase, sources: list[str], names: list[str]) -> bool:
    """Whether a sentence of a source quotes or reports the speech of anyone ``names`` names ("Sablan told
    reporters", ""…," Mr Kerr said")."""
    for src in sources:
        for s in facts.extractions[src].sentences:
            speaks = _QUOTE.search(s.text) or re.search(r"\b(?:said|says|told|added|according)\b", s.text)
            if speaks and any(re.search(rf"\b{re.escape(w)}\b", s.text) for w in names):
                return True
    return False


def _new_voice_speech(facts: FactBase, document: str, sentence: int, sources: list[str], text: str) -> bool:
    """Whether a sentence is direct speech (:func:`_direct_speech`) of a voice no source quotes (its speaker named in
    its attribution, the quote it runs on from, or the sentence before a "she said"; or described without a name),
    adding no number outside the quotation nor inside it unless in the first person ("I went through it three
    times."): what a voice the source never quotes said is the rewrite's own reporting, not a claim drawn from the
    source."""
    speech = _direct_speech(
        text, _inside_quote(facts.documents[document].text, facts.sentence(document, sentence).span.start)
    )
    if speech is None:
        return False
    said, outside = speech
    if new_numbers(facts, outside, sources, words=True):
        return False
    if new_numbers(facts, said, sources, words=True) and not _FIRST_PERSON.search(said):
        return False
    if _ANONYMOUS.search(outside) or _unnamed_speaker(outside):
        return True
    names = [w for w in _speaker_names(facts, document, sentence) or [] if w not in _DAYS and not _MONTH.fullmatch(w)]
    return bool(names) and not _quoted_in_sources(facts, sources, names)


# A comparator that makes a number a threshold ("more than eight people", "at least 12 weeks").
_THRESHOLDS = frozenset({"more than", "over", "at least", "fewer than", "less than", "under", "up to", "no more than"})


def _restated_threshold(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether every number of a sentence (no year; at least one) is a threshold that one source sentence states
    with the same comparator and value, and that sentence shares another content word with it ("homes with more than
    eight occupants must get their full supply back" of "restore full supply to any household of more than eight
    people"): a source's rule in other words, no new number."""
    mine = [n for n in scan(text) if not n.year]
    if not mine or any(n.hedge not in _THRESHOLDS for n in mine):
        return False
    words = content_stems(re.sub(r"\d", " ", text), exclude=(*_WORD_NUMBERS, *" ".join(_THRESHOLDS).split()))
    found = scanned(facts)
    for src in sources:
        for sent in found.get(src, []):
            theirs = {(n.hedge, n.value) for n in sent.nums}
            if all((n.hedge, n.value) in theirs for n in mine) and words & content_stems(sent.text):
                return True
    return False


def _round_of(value: float) -> float:
    """A figure rounded to one significant digit (1,050 → 1,000): the round figure a speaker gives for it."""
    if value <= 0:
        return value
    step = 10.0 ** math.floor(math.log10(value))
    return float(round(value / step)) * step


def _attributed_schedule(facts: FactBase, document: str, sentence: int, sources: list[str], text: str) -> bool:
    """Whether a sentence is attributed ("…, the company said") and every number and month it adds is part of a date
    it names ("Monday, Nov. 22", "by mid-December"): in a next-day story, a newly announced date is its own
    reporting."""
    if not _attributed(facts, document, sentence):
        return False
    new = new_numbers(facts, text, sources, words=True)
    return bool(new) and new <= _date_numbers(facts, document, sentence, text)


def _date_numbers(facts: FactBase, document: str, sentence: int, text: str, since: list[str] | None = None) -> set[str]:
    """The numbers and months of a sentence that are part of a date it names ("Monday, Nov. 22" → "22", "November");
    with ``since``, only of a date after every one of those documents was published and not after this one (a
    follow-up's own news day: "on Thursday, May 6" in a May 6 story of a May 5 one)."""
    offset = facts.sentence(document, sentence).span.start
    published = facts.documents[document].published
    dates = [
        (d.span.start - offset, d.span.end - offset)
        for d in facts.extractions[document].dates
        if d.sentence == sentence
        and (
            since is None
            or (
                published is not None
                and d.start is not None
                and d.end is not None
                and d.end <= published
                and all((p := facts.documents[s].published) is not None and d.start > p for s in since)
            )
        )
    ]
    found = [*_DIGITS.finditer(text), *_MONTH.finditer(text)]
    return {m.group().replace(",", "") for m in found if any(a <= m.start() and m.end() <= b for a, b in dates)}


def _restates_numbers(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether every number of a sentence is one a source writes the same way, and a large one or a decimal ("about
    4,200 workers" after "about 4,200 striking machinists"; not "up to 14 years", which only a bound's interval
    holds, nor "40 fire engines" after "40 workers"), and it names no new month."""
    digits = {m.group().replace(",", "") for m in _DIGITS.finditer(_CODE.sub(" ", text))}
    if not digits or any(float(d) < _DISTINCT and "." not in d for d in digits):
        return False  # "40 new fire engines" after "About 40 workers": a small whole number tells no fact apart
    return digits <= _source_numbers(facts, sources) and not new_numbers(facts, text, sources, True)


_DISTINCT = 1000
"""A whole number from this up, written as a source writes it, is taken for the source's figure."""


def _attributed(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a sentence says who says it ("…, the company said")."""
    return any(a.attribution_span is not None for a in sentence_assertions(facts, document, sentence))


# A count's source that is itself a count: "according to the provisional consolidated result", "in the official
# tally" (not "the club said", which attributes any claim).
_BY_RESULT = re.compile(
    r"(?i)\b(?:according\s+to|under|in|by)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,4}?(?:results?|count|tally|returns)\b"
)


def _attributed_update(facts: FactBase, document: str, sentence: int, sources: list[str], text: str) -> bool:
    """Whether a sentence gives a count as a result's ("according to the certified result", "in the official tally")
    and every number it adds is a count of a noun its sources count ("securing 101,346 votes, according to the
    provisional result" after an unofficial count of votes): in a next-day story, the result's count of what the
    earlier story counted is an update (cross-document-number compares the two). "The club said 1,690 members
    voted" is no result's count."""
    new = new_numbers(facts, text, sources, words=True)
    if not new or not _BY_RESULT.search(text):
        return False
    nouns: set[str] = set()
    for src in sources:
        nouns |= counted_nouns(facts, src)
    counted = {
        d for shown, noun in sentence_counts(facts, document, sentence) if noun in nouns for d in _numbers_in(shown)
    }
    return new <= counted


# The start of a change written before its earlier figure: "rose to 131 from 94", "up from the 38 reported on Monday".
_FROM = re.compile(
    r"(?i)\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|grew|jumped|climbed|dropped)"
    r"\s+(?:[\w,.]+\s+){0,2}?from\s+(?:the\s+|an?\s+)?$"
)


# An attribution set off by commas inside the sentence: "rose to 131, the Disaster and Emergency Management Authority
# (AFAD) said, an increase of 37".
_SAID_ASIDE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w()’'.-]*(?:\s+[\w()’'.-]+){0,8}?\s+(?:said|says|reported|announced)\b"
)


def _attributed_change(facts: FactBase, document: str, sentence: int, sources: list[str], text: str) -> bool:
    """Whether an attributed sentence gives a new figure as a change from a source's figure ("The number of injured
    rose to 131 from 94, the agency said, an increase of 37"; "52 buildings …, up from the 38 reported on Monday"):
    every number it adds is the figure after the change or the change itself, and the figure it changes from is one a
    source states. In a next-day story that is an update, told as one."""
    new = new_numbers(facts, text, sources, words=True)
    if not new or not (_attributed(facts, document, sentence) or _SAID_ASIDE.search(text)):
        return False
    known = set(_source_values(facts, sources))
    nums = [n for n in scan(text) if not n.year]
    allowed: set[str] = set()
    for k, before in enumerate(nums):
        key, factor = _reading(text, before)
        if k == 0 or (key, before.value * factor) not in known:
            continue
        if not _FROM.search(text, max(0, before.hstart - 40), before.hstart):
            continue
        after = nums[k - 1]
        if _reading(text, after) != (key, factor):
            continue
        change = abs(after.value - before.value)
        allowed |= {_written(after)} | {_written(n) for n in nums if n.value == change and _reading(text, n)[0] == key}
    # the follow-up's own day, named beside the update ("on Thursday, May 6"), is no figure
    return bool(allowed) and new <= allowed | _date_numbers(facts, document, sentence, text, sources)


# A revision of a figure, from its old value to its new one: "revised the count from 1,240 to 1,265", "raised its
# estimate from 40 to 52".
_REVISED = re.compile(
    r"(?i)\b(?:revis|rais|lower|correct|updat|adjust|amend|increas|reduc|cut)\w*\b[^.;]{0,80}?\bfrom\s+$"
)


def _explained_revision(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether a sentence revises a source figure "from A to B" and states the change that explains it ("revised the
    count from 1,240 to 1,265, after 25 late returns were added": 1,240 + 25 = 1,265), every number it adds being the
    new value or that change: in a next-day story, an update that shows its arithmetic."""
    new = new_numbers(facts, text, sources, words=True)
    known = set(_source_values(facts, sources))
    nums = [n for n in scan(text) if not n.year]
    for before, after in pairwise(nums):
        key, factor = _reading(text, before)
        if (key, before.value * factor) not in known or _reading(text, after) != (key, factor):
            continue
        if not _REVISED.search(text, max(0, before.hstart - 100), before.hstart):
            continue
        if not re.fullmatch(r"\s+to\s+", text[before.end : after.hstart]):
            continue
        change = abs(after.value - before.value)
        stated = {_written(n) for n in nums if n is not after and n is not before and n.value == change}
        if stated and new <= {_written(after)} | stated:
            return True
    return False


# A time elapsed since an event, counted to the story's day: "Eight days after Hurricane Gaston came ashore", "two weeks
# since the vote".
_ELAPSED = re.compile(
    r"(?i)\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)\s+(?P<unit>days?|weeks?)\s+(?:after|since)\b"
)


def _elapsed_since_source_date(facts: FactBase, document: str, text: str, sources: list[str]) -> bool:
    """Whether every number a sentence adds counts the days or weeks from a day a source dates to the story's own
    day ("Eight days after Hurricane Gaston came ashore" in a September 6 story of a source that dates the landfall
    August 29): an elapsed time computed from two dates, no new figure."""
    published = facts.documents[document].published
    new = new_numbers(facts, text, sources, words=True)
    if published is None or not new:
        return False
    days = {
        (published - d.first).days
        for src in sources
        for d in day_dates(reading_text(facts.documents[src]), published)
        if d.first < published
    }
    elapsed = set()
    for m in _ELAPSED.finditer(text):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else int(_WORD_NUMBERS[n])
        if count * (7 if m.group("unit").lower().startswith("w") else 1) in days:
            elapsed.add(str(count))
    return new <= elapsed


# An age in years: "now 347 years old", "the 150-year-old company".
_AGE = re.compile(r"(?i)\b(?P<n>\d{1,4})(?:\s+|-)years?(?:\s+|-)old\b")


def _age_from_year(facts: FactBase, document: str, text: str, sources: list[str]) -> bool:
    """Whether every number a sentence adds is an age ("is now 347 years old") that its story's year less a year the
    sentence names and a source states makes (the anniversary may not have come yet: one less too): "Founded in
    1680, the troupe is now 347 years old" in a 2027 story of a source that says "founded in 1680" is background
    arithmetic, no claim."""
    published = facts.documents[document].published
    new = new_numbers(facts, text, sources, words=True)
    if published is None or not new:
        return False
    known = _source_numbers(facts, sources)
    years = [int(y) for y in re.findall(r"(?<![\d,.])(?:1\d{3}|20\d{2})(?![\d]|[.,]\d)", text) if y in known]
    ages = {
        m.group("n")
        for m in _AGE.finditer(text)
        if any(published.year - y - int(m.group("n")) in (0, 1) for y in years)
    }
    return new <= ages


# A statement dated by its reporting verb: "AFAD said on Tuesday they had set up …", "the ministry announced Monday".
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|reported|told\s+\w+)\s+(?:on\s+|late\s+|early\s+)?"
    r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_SPEAKER_NAME = re.compile(r"\b[A-Z][\w’'-]{2,}")


def _said_since(facts: FactBase, document: str, sources: list[str], text: str) -> bool:
    """Whether a sentence reports what a speaker its sources name ("AFAD") said on a day after every source was
    published ("AFAD and the Red Crescent said on Tuesday they had set up 2,450 tents", in a Tuesday follow-up of a
    Monday story): a next-day story's new development, which its sources could not hold. The weekday is read as the
    latest such day on or before the story's publication."""
    published = facts.documents[document].published
    m = _SAID_ON.search(text)
    if published is None or m is None:
        return False
    back = (published.weekday() - _DAYS.index(m.group("day"))) % 7
    day = published.toordinal() - back
    if any((p := facts.documents[s].published) is None or p.toordinal() >= day for s in sources):
        return False
    said = {w.lower() for w in _SPEAKER_NAME.findall(text, 0, m.start()) if w not in _NOT_NAMES}
    known: set[str] = set()
    for s in sources:
        known |= _source_words(facts, s)
    return bool(said) and said <= known  # every name of the speaker ("Caritas Lodz" is not "Lodz")


def _source_words(facts: FactBase, document: str) -> frozenset[str]:
    """The words of a document, lower-cased (per document)."""

    def build(doc: Document, _extraction: Extraction) -> frozenset[str]:
        return frozenset(w.lower() for w in re.findall(r"[\w’'-]+", reading_text(doc)))

    return facts.per_document("unsupported.words", document, build)


NEARBY = 2
"""A figure may be computed from the sources' figures a rewrite states in its sentence and this many before it."""


def _stated_figures(facts: FactBase, document: str, sentence: int, sources: list[str]) -> list[tuple[str, float]]:
    """The non-year numbers of a rewrite's sentence and the :data:`NEARBY` sentences before it that a source states
    with the same value, as (key, value): the figures its reader has in hand."""
    known = set(_source_values(facts, sources))
    out: list[tuple[str, float]] = []
    for i in range(max(0, sentence - NEARBY), sentence + 1):
        text = facts.sentence_text(document, i)
        for n in scan(text):
            if not n.year:
                key, factor = _reading(text, n)
                if (key, n.value * factor) in known:
                    out.append((key, n.value * factor))
    return out


def _own_figures(facts: FactBase, document: str, sentence: int, since: int = 0) -> list[tuple[str, float]]:
    """The non-year numbers (not small counts) of a document's sentences from ``since`` up to ``sentence``, as (key,
    value)."""
    out: list[tuple[str, float]] = []
    for i in range(since, sentence + 1):
        text = facts.sentence_text(document, i)
        for n in scan(text):
            if not n.year and not (n.is_count and n.value <= _SMALL and not n.decimals):
                key, factor = _reading(text, n)
                out.append((key, n.value * factor))
    return out


# An outlet's own request for comment ("The Courier contacted the firm for comment", "The ministry did not respond
# to a request for comment"): how the story was reported, nothing about the story.
_COMMENT_REQUEST = re.compile(
    r"(?i)\b(?:reached out to|contacted|approached|asked|emailed|called|messaged)\b[^.;]{0,80}?\bfor (?:a )?comments?\b"
    r"|\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't)\s+(?:yet\s+|immediately\s+)?"
    r"(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?)\s+to\s+[^.;]{0,40}?\b(?:requests?|messages?|calls?|emails?|"
    r"inquir(?:y|ies))\s+(?:for|seeking)\s+comments?\b"
)

# The outlet's own figures, labelled as its own outside any quotation ("our rolling average of the last ten polls
# now stands at …", "by our count", "according to our analysis", "we estimate"): its own work, not a claim it says
# a source made.
_OWN_WORK = re.compile(
    r"(?i)\b(?:our|this\s+(?:site|newspaper|paper)['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:average|analysis|calculations?|"
    r"estimates?|tally|count|tracker|model|projections?|review|data|figures)\b|\bwe\s+(?:calculate|estimate)d?\b"
)


# An update's explicit arithmetic: "three more cases, bringing the total to 41", "12 new claims, taking the tally to
# 530", "added two venues — … — taking the total to 14" (the added number after the verb).
_UPDATE_SUM = re.compile(
    r"(?i)\b(?:more|new|additional|further|(?P<verb>add(?:ed|s|ing)\s+))\b[^.;]{0,100}?\b"
    r"(?:bringing|taking|raising|pushing|lifting)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:total|tally|count|number|toll)\s+(?:[\w-]+\s+){0,3}?to\s+"
)


def _written(n: Num) -> str:
    """A number as :func:`new_numbers` names it: its digits, or a number word's value ("three" → "3")."""
    return str(int(n.value)) if n.words else n.text.replace(",", "")


def update_sum(facts: FactBase, document: str, sentence: int, sources: list[str]) -> bool:
    """Whether a sentence is an update's explicit arithmetic on a source count: a number of more (new, additional,
    further, added) things and the total it brings a count to, the total less the new ones being a count a source
    states ("38 confirmed cases" → "three more cases, bringing the outbreak total to 41"; "12 venues" → "added two
    venues, taking the total to 14"), of the same noun when the sentence counts the added things with one, and no
    other new number."""
    text = facts.sentence_text(document, sentence)
    m = _UPDATE_SUM.search(text)
    if m is None:
        return False
    nums = [n for n in scan(text) if not n.year and n.is_count]
    if m["verb"]:  # "added two venues": the number right after the verb
        added = next((n for n in nums if n.hstart == m.end("verb")), None)
    else:  # "three more cases": the number right before "more"
        added = next((n for n in nums if n.end < m.start() and not text[n.end : m.start()].strip()), None)
    total = next((n for n in nums if n.start == m.end()), None)
    if added is None or total is None:
        return False
    if new_numbers(facts, text, sources, words=True) - {_written(added), _written(total)}:
        return False  # another new number: a claim of its own
    key, factor = _reading(text, total)
    before = (total.value - added.value) * factor
    noun = next((noun for shown, noun in sentence_counts(facts, document, sentence) if shown == added.text), None)
    if noun is not None:  # "added two venues": the source counts venues
        return any(v == before and n == noun for src in sources for v, n in document_counts(facts, src))
    return any(k == key and v == before for k, v in _source_values(facts, sources))


def _written_in(n: Num, plain: list[Num]) -> frozenset[str]:
    """The numbers one reading of a sentence stands for, as :func:`new_numbers` names them: a number's digits, or
    both numbers of a ratio ("seven in ten" → "7", "10"; "3 in 10" → "3", "10"), a worded fraction's numerator
    ("two-fifths" → "2")."""
    if n in plain and not (n.fraction and n.words):
        digits = _DIGITS.search(n.text)
        return frozenset({digits.group().replace(",", "")} if digits else ())
    return frozenset(_numbers_in(n.text))


def computed_nearby(facts: FactBase, document: str, sentence: int, sources: list[str], later: bool) -> bool:
    """Whether every number a sentence adds is computed from figures at hand: a ratio, difference or sum of two
    source figures of one kind that the rewrite states in it or just before ("costs £168,900 … against £298,450" →
    "about 57% of the average, or roughly £129,550 less"); or, in a next-day story, an update's own arithmetic, a new
    count and the total it makes with a source figure ("33,717 voted" → "14 late ballots had since been added, taking
    the final number to 33,731"). A figure no sum, difference or ratio gives stays new."""
    text = facts.sentence_text(document, sentence)
    new = new_numbers(facts, text, sources, words=True)
    if later and _attributed(facts, document, sentence):
        new -= _date_numbers(facts, document, sentence, text)  # a newly announced date is its own reporting
    if not new:
        return False
    figures = _stated_figures(facts, document, sentence, sources)
    derived: list[tuple[str, float]] = []
    if later:  # a next-day story's share of its own new figures ("securing 101,346 votes" … "around 47pc")
        own = _own_figures(facts, document, sentence)
        derived += [
            ("%", 100 * min(a, b) / max(a, b))
            for k, (key, a) in enumerate(own)
            for key_b, b in own[k + 1 :]
            if key_b == key and key not in ("%", "pt") and a != b and a > 0 and b > 0
        ]
        # the change from a source figure to the update's new one stated just before, the two of one size ("cut to
        # 1.2 million, a day after announcing up to 1.5 million" … "reduced by 300,000 tons")
        derived += [
            (key, abs(a - b))
            for key, a in figures
            for key_b, b in _own_figures(facts, document, sentence - 1, since=max(0, sentence - NEARBY))
            if key_b == key and key not in ("%", "pt") and a != b and 2 * min(a, b) >= max(a, b) > 0
        ]
    for k, (key, a) in enumerate(figures):
        for key_b, b in figures[k + 1 :]:
            if key_b == key and key not in ("%", "pt") and a != b and a > 0 and b > 0:
                derived += [(key, a + b), (key, abs(a - b)), ("%", 100 * min(a, b) / max(a, b))]
    derived += _point_gaps(figures) + _named_shares(facts, text, figures, sources)
    readings = []
    plain = scan(text)
    for n in ratio_shares(text, plain):
        digits = _DIGITS.search(n.text)
        if n.year or (digits is None and n in plain):
            continue  # (a ratio in words, "seven in ten", is read as the share it states)
        key, factor = _reading(text, n)
        readings.append((_written_in(n, plain), key, n.value * factor, n.interval.scale(factor)))
    added = [r for r in readings if r[0] & new]
    if set().union(*(r[0] for r in added)) != new:
        return False  # a new number word or month: not a computation
    if all(any(k == key and interval.contains(v) for k, v in derived) for _d, key, _v, interval in added):
        return True
    if later and _changed_level(facts, text, sources, new):
        return True
    if not later or len(readings) != 2 or readings[0][1] != readings[1][1]:
        return False
    (_d, key, a, _i), (_e, _key, b, _j) = readings
    return any(k == key and abs(abs(b - a) - v) < 1e-9 * max(1.0, v) for k, v in _source_values(facts, sources))


# A share of a named whole: "almost 30% of the valid poll", "41 per cent of total turnout" (the whole's name: up to
# three lower-case words, up to the first preposition or conjunction).
_SHARE_OF = re.compile(
    r"(?:%|\bper\s?cent)\s+of\s+(?:the|its|their|all)\s+(?P<whole>[a-z][\w-]*(?:\s+(?!(?:and|or|with|in|on|at|from|for|to|by)\b)[a-z][\w-]*){0,2})\b"
)


def _named_totals(facts: FactBase, sources: list[str], whole: str) -> list[tuple[str, float]]:
    """The figure a source gives its whole by name, as (key, value): each source sentence that names ``whole`` and
    states one figure, no share ("Total valid poll: 49,760", "The valid poll was 49,760.")."""
    named = re.compile(rf"(?i)\b{re.escape(whole)}\b")
    out: list[tuple[str, float]] = []
    for src in sources:
        for sentence in facts.extractions[src].sentences:
            if named.search(sentence.text):
                values = [(*_reading(sentence.text, n), n) for n in scan(sentence.text) if not n.year]
                if len(values) == 1 and values[0][0] not in ("%", "pt"):
                    key, factor, n = values[0]
                    out.append((key, n.value * factor))
    return out


def _named_shares(
    facts: FactBase, text: str, figures: list[tuple[str, float]], sources: list[str]
) -> list[tuple[str, float]]:
    """The shares a sentence may give of a named whole ("Her 14,862 first preferences amounted to almost 30% of the
    valid poll" after "Total valid poll: 49,760" → 29.87%): a figure at hand over the figure a source gives the whole
    it names (:func:`_named_totals`), the two of one key."""
    return [
        ("%", 100 * a / total)
        for m in _SHARE_OF.finditer(text)
        for key_t, total in _named_totals(facts, sources, m["whole"])
        for key, a in figures
        if key == key_t and 0 < a < total
    ]


# A span a sentence bounds itself: two dates (or "today", the publication day) joined as a range ("from today until
# December 14", "from 3 March to 2 April").
_SPAN_JOIN = re.compile(r"(?i)\s*(?:to|until|till|through|–|-)\s*")
_TODAY = re.compile(r"(?i)\btoday\b")


# A hedge before a span of hours: "almost 10 hours", "about 90 minutes".
_SPAN_HEDGE = re.compile(r"(?i)\b(?:almost|nearly|about|around|roughly|some|just\s+(?:under|over))\s+$")
_SPAN_SLACK = 0.1


def _span_of_clock_times(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether a sentence gives two clock times a source states and the span of hours between them, within its hedge
    ("from 1.50am until 11.30am, almost 10 hours" after "began at 01:50 … restored at 11:30": 9 h 40 min), with no
    other number a source does not state: the source's times and the arithmetic they make."""
    times = [minutes for minutes, _m in _clock_times(text)]
    spans = list(_clock_spans(text))
    if len(times) != 2 or len(spans) != 1 or new_numbers(facts, text, sources, words=True):
        return False
    known: set[int] = set()
    for src in sources:
        known |= facts.per_document("unsupported.clock", src, _document_clock_times)
    if not set(times) <= known:
        return False
    (span, m), gap = spans[0], (times[1] - times[0]) % (24 * 60)
    slack = _SPAN_SLACK * span if _SPAN_HEDGE.search(text, 0, m.start()) else 0.0
    return abs(span - gap) <= slack


def duration_of_dates(facts: FactBase, document: str, text: str, sources: list[str]) -> bool:
    """Whether every number a sentence adds is a duration that the range of two dates it names spans, counted
    either way ("in effect for 30 days, from today until December 14" in a November 15 story: 29–30 days): a span
    computed from dates is no new figure (duration-dates checks such arithmetic; the dates are checked as any)."""
    new = new_numbers(facts, text, sources, words=True)
    published = facts.documents[document].published
    spans = durations(text)
    if not new or published is None or len(spans) != 1:
        return False
    span = spans[0]
    if not new <= _numbers_in(text[span.start : span.end]):
        return False
    ends = [(d.start, d.end, d.first) for d in day_dates(text, published)]
    ends += [(m.start(), m.end(), published) for m in _TODAY.finditer(text)]
    if len(ends) != 2:
        return False
    (_a, a_end, first), (b_start, _b, last) = sorted(ends)
    if not _SPAN_JOIN.fullmatch(text, a_end, b_start) or last < first:
        return False
    gap = float((last - first).days)
    return Interval.closed(gap, gap + 1).overlaps(span.days)


_CHANGE_VERB = re.compile(
    r"(?i)\b(?:rose|risen|rises?|climbed|climbs?|gained|gains?|jumped|jumps?|fell|fallen|falls?|dropped|drops?|"
    r"slipped|slips?|declined|declines?|eased|eases?|increased|decreased|up|down)\b"
)


def _changed_level(facts: FactBase, text: str, sources: list[str], new: set[str]) -> bool:
    """Whether a next-day sentence gives a further change and the level it reaches ("rose a further 2 per cent on
    Tuesday to about Rs 4,710" after the source's Rs 4,620), every new number being the change's percentage or a
    level that percentage makes of a source figure of its kind (4,620 × 1.02 = 4,712, read within the percentage's
    rounding): the update's own arithmetic."""
    if not _CHANGE_VERB.search(text):
        return False
    nums = [n for n in scan(text) if not n.year]
    shares = [n.interval for n in nums if n.percent and not n.points and n.interval.bounded]
    if not shares:
        return False
    known = [(k, v) for k, v in _source_values(facts, sources) if k not in ("%", "pt") and v > 0]
    levels = 0
    for n in nums:
        digits = _DIGITS.search(n.text)
        if digits is None or digits.group().replace(",", "") not in new or n.percent:
            continue
        key, factor = _reading(text, n)
        value = n.value * factor
        if not any(
            k == key
            and (
                v * (1 + p.low / 100) <= value <= v * (1 + p.high / 100)
                or v * (1 - p.high / 100) <= value <= v * (1 - p.low / 100)
            )
            for k, v in known
            for p in shares
        ):
            return False
        levels += 1
    return levels > 0


def _restates_best_figures(facts: FactBase, document: str, sentence: int, sources: list[str]) -> bool:
    """Whether every figure of a sentence (not a year, nor a count up to twelve; at least one; a share, a decimal or
    from :data:`_DISTINCT` up) restates a number of its best source sentence (rounded or hedged, of the same kind)
    and it adds no number, number word or month: a loose rewording of that sentence ("Laden containers accounted for
    85.5 per cent of the total" → "Laden boxes made up about 85 per cent of the month's throughput") shares few of
    its words but states its figure; a ratio states its share ("41 per cent travelled from overseas" → "Roughly two in
    five … came from abroad")."""
    text = facts.sentence_text(document, sentence)
    best = best_support(facts, document, sentence, sources)
    if best is None or new_numbers(facts, text, sources, words=True):
        return False
    theirs = facts.sentence_text(best.other, best.other_sentence)
    values = [(k, n.value * f) for n in scan(theirs) if not n.year for k, f in [_reading(theirs, n)]]
    restated = 0
    for n in ratio_shares(text, scan(text)):  # a ratio is the share it states ("roughly two in five" of 41%)
        key, factor = _reading(text, n)  # (a magnitude glued to it makes "£8m" no small count)
        if n.year or (n.is_count and n.value * factor <= _SMALL and not n.decimals):
            continue
        if key not in ("%", "pt") and not n.decimals and n.value * factor < _DISTINCT:
            return False  # "40 new fire engines" after "About 40 workers": a whole count tells no figure apart
        interval = n.interval.scale(factor)
        if not any(k == key and interval.contains(v) for k, v in values):
            return False
        restated += 1
    return restated > 0


# A labelled line: "Public equity: 39.8%", "- Fixed income: 24.6%".
_LABELLED = re.compile(r"^\W*(?P<label>[^:]{1,60}):\s*(?P<value>[^:]+)$")


def _labelled_shares(doc: Document, extraction: Extraction) -> tuple[tuple[frozenset[str], float], ...]:
    """The shares a document gives on labelled lines, one each, as (the label's content stems, share): a
    per-document value."""
    found = []
    for sentence in extraction.sentences:
        m = _LABELLED.match(sentence.text)
        shares = [n for n in scan(m["value"]) if n.percent] if m else []
        if m and len(shares) == 1:
            found.append((frozenset(content_stems(m["label"])), shares[0].value))
    return tuple(found)


def _restates_labelled_share(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether a sentence's one figure is a share (a ratio or fraction too: "roughly two-fifths") that, within its
    hedge, is the share a source's labelled line gives ("Public equity: 39.8%"), the sentence naming a word of the
    label ("publicly traded stocks"), and it adds no number, number word or month: a list item restated in a
    sentence, which shares too few words with the short line to align with it."""
    shares = [n for n in ratio_shares(text, scan(text)) if not n.year]
    if len(shares) != 1 or _reading(text, shares[0])[0] != "%" or new_numbers(facts, text, sources, words=True):
        return False
    words = content_stems(text)
    return any(
        label & words and shares[0].interval.contains(value)
        for src in sources
        for label, value in facts.per_document("unsupported.labelled_shares", src, _labelled_shares)
    )


FIGURES = 2
"""A sentence that restates this many of its sources' figures, and nothing else numeric, is supported however
loosely its words match (see :func:`restates_figures`)."""
_SMALL = 12


def restates_figures(facts: FactBase, text: str, sources: list[str]) -> bool:
    """Whether a sentence only restates its sources' figures: at least :data:`FIGURES` of its numbers (not years,
    not counts up to twelve) hold a number a source states or one computed from them (rounded or hedged: "almost
    182,000" of 181,910, "about 54 per cent" of 54.3%, "46 per cent" of the other 45.7%; see :func:`new_numbers`),
    and no number, number word or month of it is new. A numbers follow-up ("The margin of almost 182,000 votes works
    out at about 54 per cent to 46 per cent") rewords its source's figures in new sentences that share few of its
    words."""
    if new_numbers(facts, text, sources, words=True):
        return False
    values = _known_values(facts, sources)
    restated = 0
    for n in scan(text):
        if n.year or (n.is_count and n.value <= _SMALL and not n.decimals):
            continue
        key, factor = _reading(text, n)
        interval = n.interval.scale(factor)
        restated += any(k == key and interval.contains(v) for k, v in values)
    return restated >= FIGURES


def _given_before(facts: FactBase, text: str, sources: list[str], given: set[float]) -> bool:
    """Whether every figure of a sentence that no source states (not a year; at least one), and no new month or day,
    repeats one an earlier sentence of the rewrite gave and the check let stand (``given``), or is a round figure of
    one from :data:`_DISTINCT` up ("a thousand people" after "about 1,050 jobs"): a next-day story's own figure, weighed
    where the story first gave it ("now says 9 of the 40 cranes …, up from the 7" … "began checking the 9 cranes")."""
    known = _source_numbers(facts, sources)
    figures = [n for n in scan(text) if not n.year and not (_numbers_in(n.text) or {f"{n.value:g}"}) <= known]
    read = {x for n in figures for x in _numbers_in(n.text)}
    if not figures or new_numbers(facts, text, sources, words=True) - read:
        return False  # a new month, day or number the figures do not hold
    rounded = {_round_of(v) for v in given if v >= _DISTINCT}
    return all(n.value in given or (n.value >= _DISTINCT and n.value in rounded) for n in figures)


def _checked_figures(facts: FactBase, document: str, sentence: int, min_words: int, notices: set[int]) -> set[float]:
    """The figures (not years) of a rewrite sentence the check weighs; none for a short line, a headline or a
    correction notice, which are not weighed."""
    s = facts.sentence(document, sentence)
    if len(s.text.split()) < min_words or is_headline(facts.documents[document], s.span) or sentence in notices:
        return set()
    return {n.value for n in scan(s.text) if not n.year}


@register_check(UnsupportedClaimRule, requires={"assertions"}, scope="corpus")
def check(rule: UnsupportedClaimRule, facts: FactBase) -> Iterator[Verdict]:
    for doc_id, sources in rewrite_pairs(facts):
        sizes = index(facts).sizes  # (built once per run, and only when there is a rewrite)
        scores: dict[int, float] = {}
        for s in facts.extractions[doc_id].sentences:
            best = best_support(facts, doc_id, s.index, sources)
            scores[s.index] = best.score if best else 0.0
            if best is not None and _asks(facts, best.other, best.other_sentence):
                scores[s.index] = _stated_support(facts, doc_id, s.index, sources)
        # sentences long enough to show whether the document restates its sources
        counted = [i for i in scores if sizes.get((doc_id, i), 0) >= MIN_CONTENT]
        restating = {i for i in counted if scores[i] >= ALIGN_THRESHOLD}
        notices = set(correction_notices(facts, doc_id))
        later = dated_after(facts, doc_id, sources)
        passed: set[float] = set()  # the figures of the sentences checked so far and not flagged
        flagged: set[int] = set()
        for s in facts.extractions[doc_id].sentences:
            if s.index > 0 and s.index - 1 not in flagged:
                passed |= _checked_figures(facts, doc_id, s.index - 1, rule.min_words, notices)
            text = s.text
            if len(text.split()) < rule.min_words:
                continue
            score = scores[s.index]
            record = new_record(facts, text, sources)
            if record is not None and later and score >= rule.floor and _FIRST_TODAY.search(text):
                record = None  # a next-day story's new event on its own day, which the source it restates planned
            if record is not None and _ranked_in_source(facts, text, record, sources):
                record = None  # a source's plain superlative of the same subject ranks it among its peers
            if record is not None and _ranked_by_figures(facts, text, record, sources):
                record = None  # the largest of the figures a source lists ("31.8 million" beside 27.4, 13.9, 11.5)
            if record is not None and _second_after_source_event(facts, text, record, sources):
                record = None  # "the second this year, after a disruption in January": the source's earlier event
            if record is None and not set(rule.claims) - {"record"}:
                continue  # only record claims are asked for (the default): see the module's "Claims"
            if record is not None:
                score = 0.0  # a record claim no source makes: unsupported whatever else the sentence restates
            elif score >= rule.floor and new_numbers(facts, text, sources):
                score = _sized_support(facts, doc_id, s.index, sources)  # a fragment vouches for no number
            if score >= max(rule.floor, rule.new_number_floor) and (
                record is not None or not new_numbers(facts, text, sources, words=True) or _records(text)
            ):
                continue  # a close restatement adding no number, month or day of its own (or the span of a record
                # its source makes: "the lowest in more than 30 years" of "its lowest level since 1995")
            if is_headline(facts.documents[doc_id], s.span):
                continue  # a headline sums the story up in its own words: it is not a body claim
            if s.index in notices and (record is None or is_correction(text)):
                continue  # "An earlier version of this story said …": a note on the text, not a claim; a follow-up's
                # revision ("2,700 tons more than the earlier estimate") explains its figure, not a record it adds
            if metadata_line(text.strip()):
                continue  # a byline's date ("Published - Sept. 21, 2027 10:15 pm IST") states nothing
            if _COMMENT_REQUEST.search(text) and not new_numbers(facts, text, sources, words=True):
                continue  # "The Courier contacted the firm for comment": the outlet's own reporting, no claim
            if record is None and _OWN_WORK.search(_QUOTE.sub(" ", text)):
                continue  # "our rolling average now stands at …": the outlet's own figures, labelled as such
            if record is None and update_sum(facts, doc_id, s.index, sources):
                continue  # "three more cases, bringing the total to 41" after the source's 38: an update's sum
            if score >= rule.floor and not new_numbers(facts, text, sources, words=score >= rule.new_number_floor):
                continue  # a loose restatement whose numbers all come from the sources (or round them); a close one
                # reads its months and number words too
            if (
                record is None
                and _stemmed_support(facts, doc_id, s.index, sources) >= ALIGN_THRESHOLD
                and not new_numbers(facts, text, sources, words=True)
            ):
                continue  # a restatement in other word forms ("physically injured" → "physical injury")
            if (
                record is None
                and _summed_support(facts, doc_id, s.index, sources) >= rule.floor
                and not new_numbers(facts, text, sources, words=True)
            ):
                continue  # a loose restatement of a few source sentences, with no number they do not state
            if record is None and restates_figures(facts, text, sources):
                continue  # a follow-up's sum-up of its source's figures in its own words
            if record is None and score >= rule.floor / 2 and _restates_best_figures(facts, doc_id, s.index, sources):
                continue  # the figure of the source sentence it rewords ("85.5 per cent of the total" → "about 85
                # per cent of the month's throughput")
            if record is None and _restates_labelled_share(facts, text, sources):
                continue  # a labelled share of a source list in a sentence ("Public equity: 39.8%" → "Roughly
                # two-fifths of its money is in publicly traded stocks")
            if record is None and _restated_threshold(facts, text, sources):
                continue  # a source's threshold in other words ("more than eight people" → "more than eight
                # occupants")
            if record is None and computed_nearby(facts, doc_id, s.index, sources, later):
                continue  # a ratio or difference of figures at hand, or a next-day update's own arithmetic
            others = [i for i in counted if i != s.index]
            aligned = len(restating - {s.index})
            share = min(rule.min_share, DATED_SHARE) if _over_time(text, record) else rule.min_share
            if aligned < rule.min_aligned or len(restating) < share * len(counted):
                continue  # the document does not restate its sources as a whole: not a rewrite (a superlative over
                # time asks the share rewrite detection asks of a dated pair: it is its source's claim or none)
            kind = (
                "record"
                if record is not None
                else _claim_kind(facts, doc_id, s.index, _unrestated(facts, text, sources))
            )
            if kind not in rule.claims or (record is None and _changed_count(facts, doc_id, s.index, sources, text)):
                continue
            if kind == "action" and _restated_act(facts, doc_id, s.index, sources):
                continue  # a source's act of the same actor in other words ("moved refusal" → "tried to have the
                # scheme thrown out")
            if kind in ("action", "date") and later and not new_numbers(facts, text, sources, words=True):
                continue  # a next-day story's own reporting: a scene, an attributed action, a consequence
            if kind == "number" and duration_of_dates(facts, doc_id, text, sources):
                continue  # a span its own two dates make ("for 30 days, from today until December 14")
            if kind == "number" and _span_of_clock_times(facts, text, sources):
                continue  # the length between two source clock times ("from 1.50am until 11.30am, almost 10 hours")
            if kind == "number" and _elapsed_since_source_date(facts, doc_id, text, sources):
                continue  # days from a source's date to the story's ("Eight days after Gaston came ashore")
            if kind == "number" and _age_from_year(facts, doc_id, text, sources):
                continue  # an age its year and a source's year make ("Founded in 1680, … now 347 years old")
            if kind == "number" and later and _restates_numbers(facts, text, sources):
                continue  # a next-day story's background: a source's figure given again in other words
            if kind == "number" and later and _attributed_update(facts, doc_id, s.index, sources, text):
                continue  # a next-day story's new count of what its source counted, attributed ("securing
                # 101,346 votes, according to the final result")
            if kind == "number" and later and _attributed_change(facts, doc_id, s.index, sources, text):
                continue  # a next-day story's attributed update of a source figure ("rose to 131 from 94, the
                # agency said")
            if kind == "number" and later and _explained_revision(facts, text, sources):
                continue  # a next-day story's revision of a source figure, its change stated ("revised the count from
                # 1,240 to 1,265 after 25 late returns were added")
            if kind == "number" and later and _said_since(facts, doc_id, sources, text):
                continue  # a next-day story's new development, dated to its own day by a source's speaker ("AFAD
                # said on Tuesday it had set up 2,450 tents")
            if kind == "number" and later and _attributed_schedule(facts, doc_id, s.index, sources, text):
                continue  # a next-day story's newly announced date, attributed ("will return Monday, Nov. 22, the
                # company said")
            if kind == "number" and later and _given_before(facts, text, sources, passed):
                continue  # a next-day story's own figure given again, or rounded ("now says 9 of the 40 cranes …, up
                # from the 7" … "began checking the 9 cranes"): the earlier sentence that introduced it was weighed
            if kind in ("number", "quote") and _own_experience(facts, text, sources):
                continue  # a new voice's own experience, its numbers included ("The bus takes me 40 minutes," said
                # Ana Ruiz, a nurse.)
            if kind == "quote" and new_voice(facts, doc_id, s.index, sources) and not new_numbers(facts, text, sources):
                continue  # a reaction from a new voice ("One more cut, maybe," said an analyst): the rewrite's own
                # reporting, whatever its day (a new figure in it is still weighed)
            new_speech = kind in ("number", "quote") and _new_voice_speech(facts, doc_id, s.index, sources, text)
            if new_speech and later:
                continue  # a next-day story's direct speech of a voice its source never quotes: its own reporting
            names = ", ".join(facts.label(x) for x in sources)
            rest = (
                "its other sentence restates"
                if len(others) == 1
                else f"{aligned} of its {len(others)} other sentences restate"
            )
            guessed = not all(order_known(facts, doc_id, src) for src in sources)
            what = f"a record claim, “{record}”, that no source makes" if record is not None else kind
            verdict = fail(
                f"{facts.label(doc_id)} states “{text}” ({what}), which no sentence of {names} supports, though "
                f"{rest} {names}"
                + (
                    f" (neither text is dated before the other, so whether {facts.label(doc_id)} is the rewrite is a "
                    "guess: give dates or --against)"
                    if guessed
                    else " (direct speech of a voice no source quotes, which the rewrite may have reported itself)"
                    if new_speech
                    else ""
                ),
                [*_record_evidence(facts, doc_id, s.span, record), facts.evidence(doc_id, s.span, role="stated")],
                claim=kind,
                best_score=scores[s.index],
                sources=list(sources),
                restating=aligned,
                other_sentences=len(others),
                order="guessed" if guessed else "known",
            )
            if guessed or new_speech:
                verdict.severity = "info"
            flagged.add(s.index)
            yield verdict
