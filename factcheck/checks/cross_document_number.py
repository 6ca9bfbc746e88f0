"""cross_document_number: two documents give the same count of the same thing, and the numbers disagree.

What it flags: "about 300 flights were cancelled at Heathrow" in one document and "more than 500 flights were
cancelled at Heathrow" in another: the same counted noun (singular, through a synonym table: troops = soldiers),
at least one shared name and two shared content words in the two sentences, the same time window words ("in
the past five days", "since February", weekdays, months), and intervals (hedges read as bounds: "over 400" is
(400, ∞)) that do not overlap, in two documents of one story (one written from the other, or two sentences of one
restating two of the other, or one naming someone the other's names: ``factcheck.align.one_story``; unrelated
articles checked in one run count
seats, jobs and people by chance). A later-dated document whose sentence says the count "rose to", "climbed to",
"now", "so far", "has risen", "increased to", "reached", "bringing the total to" is an update, never a contradiction.
A length or a temperature ("crested at 19.6 feet", "41 degrees") in two documents neither written from the other is
compared only when the two sentences name a place in common: each story measures its own river or town. A document
that notes it corrects an earlier version of itself ("An earlier version of this story said 14 satellites; …",
"Correction: …") is not flagged for a number its notice gives (either value) or a count of the noun it names, and the
notice's own numbers are what the text once said, no count. A number inside a date ("KERRIN, Sept. 15 — Eleven
schools"), a name ("COVID-19 deaths") or the whole of a ratio ("one in five posts": a share) counts nothing, and the
noun must follow the number with no punctuation, copula ("two are visitors": a part of a group named before) or other
number between. A count whose noun a defining relative clause restricts ("the two directors who voted against") counts
those that did it: it is compared only with a sentence that tells of the same act. When a document gives two different
counts of one noun ("41 of the 96 seats", "would have 58 seats"), the noun alone does not say which is which: a
disagreement then needs the two sentences to be each other's best-aligned sentence (factcheck.align), unless both
counts name one kind of the noun that each document counts once ("14,102 completed postal votes" / "14,201 postal
votes" beside other counts of votes: a word between the number and the noun that no other count of the noun in either
document carries with another value).
Between a rewrite and its source (--against or detected), a rewrite sentence and the source sentence it restates that
each hold one percentage (or one year, or one amount in one currency), stated as one value (not "after 2010", "5–7%", no
change sentence), with every other number the same, fail when the two differ ("78% had backed" → "82% … had backed",
"will raise about $2.7bn" → "to raise about $7.2bn"). Two restated change sentences "Z%, down/up from Y%" (each holding
just those two percentages) with the same direction and agreeing Y fail when their Z differ ("Turnout stood at 53.8
percent, down from 62.1 percent"); the level may follow a verb of change and carry its period, the direction left to the
two values ("declined to 4.82% in April, from 5.06% in March" / "4.28% in the twelve months to April, down from 5.06%"),
or the change written "from Y% to Z%" or "to Z% from Y%" ("repriced from 3.9% to 3.7%" / "cut to 3.6% from 3.9%"),
and a numbered paragraph's number ("3. Inflation …") counts nothing. Measures of power or energy are compared as
amounts, their unit as their currency ("2,187 MW was unavailable" → "some 2,680 MW was unavailable"). Amounts of money
and percentages behind a bound or a hedge, matched across a restated pair by the words of their clauses, and counts
written after their noun ("the cases rose to 105"), are compared there too; two sentences that date their figures to
different days, or bound a date differently ("before April 30" / "as of 30 April"), are never compared: see
:mod:`factcheck.checks._restated`. A rewrite sentence whose best source sentence is a heading with no amount (a
release's letterhead, matched by "according to the District Attorney's Office") is compared with its best source
sentence that is no heading (at least the support floor).
A measure in brackets after another measure ("more than 7 feet (2 meters)") converts it, no count of its own. In a
restated pair, a rewrite that gives the source's count as the start of a change ("About 11,000 …, down from more than
25,000") has not changed it, and one that raises the source's open floor ("more than 230 rescues" → "more than 320
rescues") claims what the source does not, though the two bounds overlap (a lower floor only rounds it down).
A restated sentence pair that holds one count of the same noun each is compared even with no shared name
("The trial enrolled 1,240 patients" → "The study, which involved 1,420 patients"); so is a rewrite sentence that
restates its best source sentence only loosely (scoring between the support floor and the restating threshold: a
merged clause and the changed number itself lower the score) when each document counts that noun once ("The
agreement covers 42 fish stocks" → "The deal, reached after five rounds, covers 46 fish stocks"). Two counts
whose values are each in the other's sentence are two slots of one statement ("voted 6-3, with three members …" /
"Six members voted … and three wanted …"), not a disagreement; only a like number holds a count there (no share,
year, amount or count of another noun: "more than four hours" holds no 58 rescuers; an open-ended bound only when
it counts the same noun or a part of it, "over 16,250 of those").
Two documents of one story that give one poll's table ("Labour: 21% (+2)" in a release, "Labour 21% (+2)" in a
summary; a label, its share and the change in brackets), with at least two rows alike, disagree on a row whose
change is the same and whose share is not ("Conservative: 17% (n/c)" → "Conservatives 18% (n/c)").
Matching goes through an index keyed by (counted noun, content word), so the cost grows with the corpus, not with
the number of pairs; agreeing pairs are listed in ``passed``.
Why it matters: rewrites of one wire story drift apart on the one number readers remember.
Flags: "About 300 flights were cancelled at Heathrow." vs "More than 500 flights were cancelled at Heathrow."
Passes: "Officials said 430 Ukrainian soldiers were captured." vs "They captured over 400 Ukrainian troops."
A count restricted to part of a whole is not the whole's count: a place right after the noun ("1,100 staff in the
UK", "across Europe", "outside London") or a demonym before it ("British staff", from the gazetteer) that the
other sentence does not name anywhere, under any of the gazetteer's names for it (U.S. = United States = America,
UK = Britain) ("15,000 staff" passes; "2,000 staff in the UK" vs "1,100 staff in the UK"
is compared). Other capitalised modifiers are labels, not places ("COVID-19 cases" vs "coronavirus cases" is
compared). A part written with no noun of its own ("1,100 of them", "of whom 41") is no count of the noun at all;
the whole of a partitive ("31 of the 90 seats") is not compared with a count that restates its part ("31 seats").
A count a rewrite left out is no changed count: when every count of the noun in the rewrite sentence restates
another count of it in its source sentence ("about 60 miles northwest of Anchorage at a depth of 22 miles" → "about 60
miles northwest of Anchorage"; "12 counts of fraud, two counts of theft" → "including 12 counts of fraud"), the
dropped one is not compared with the kept one. "over" before a period ("habits over nine years") may run across it
rather than exceed it, unless a word before it measures a length ("for over nine years", "lasted over"): the count
also holds the number itself. A duration of something else ("wore trackers for a week", "spent a week at the
school") is no window of a count, nor is "per cent" a rate; a restated sentence (not a loose one) may add the last
period ("operated 89,300 flights last year"). A count the other sentence gives as the start of a change to its own
("nine reports in December" vs "The 14 reports are up from nine in December") is the before, not a disagreement;
nor are two counts each of which the other document states ("28,412 riders started … 1,306 did not complete" vs
"Of the 28,412 riders … About 1,300 riders did not complete": two subsets).
Between a restated sentence pair, an amount written again in another form ("₹1.25 lakh crore (₹1,25,000 crore)")
is one amount, and amounts that add up to another amount of the sentence are its parts ("in three tranches of
₹50,000 crore, ₹40,000 crore and ₹35,000 crore"): the sum is the one amount compared. A rewrite sentence that merges
two adjacent source sentences (together they match it at least at the restating threshold and better than any one
alone: "appealing for $321m, most of it for WFP …, the rest to FAO" for "appealing for US$312 million …" and "Of this,
US$248 million … WFP … and US$64 million by FAO") has its amounts compared with the two read as one. A bare "$" is
the one prefixed dollar ("US$", "NZ$") the other sentence writes, when each writes dollars in one form only.
A period after a bound that sets a threshold of what the sentence counts ("38,000 people … waiting longer than four
months", "62 percent … seen within four months") is one threshold whatever the bound: the same number of periods
with "more than" and "longer than", or "within" and "less than", is no disagreement.
A rate of another quantity in the sentence ("cut 560 jobs by the end of 2028, … to save 120 million francs a year from
2029") is no window of a count: its "a year" and the year after it time the savings. Jobs, positions, posts and roles
count one thing. Two documents of one story that give one holder's stake in one company ("Crestline already owns about
8.7% of Harlow" / "Crestline, which holds a 7.8 per cent stake in Harlow") disagree when the two shares cannot both
hold or when one is the other's digits transposed (a copy slip the hedge's slack does not excuse); a sentence telling
of a change ("raised its stake", "now holds") is an update.
Parameters: min_shared (content words the two sentences must share besides the counted noun, in the singular or
plural; default 2). A pronoun ("I", "I've") is no shared name: two quotes that both say "I" tell no one story.
A number right after a capitalised word inside the sentence is a model number, not a count ("VitaFlow 3 pumps"),
and a count may stand before such a name ("32 K League 1 appearances": the name is its modifier). A kind named by
a capitalised modifier both counts carry ("K League 1 appearances") that each document counts once is one number,
whatever the noun's other counts ("98 appearances for the club"). Two sentences that each state one more count of
another noun with one value, from ten up ("scored 11 goals in 32 … appearances last season" / "scoring 11 goals …
in 29 … appearances" last year), state one statistics line: their windows need not match.
A count after a word that picks part of a sequence ("the first two days", "the other three sites") is no count
of the whole ("across the three days"): it is compared only with a count after the same word.
A rewrite sentence and the one sentence of its source that split the same whole ("Of the 140 homes, …", each
sentence one such head) give one part each, the number opening the clause after the head (a share in brackets after
it skipped): when the words up to the next break share a content word and agree on negation ("35 (25%) would be
affordable" / "42 would be classed as affordable"), the parts count one thing and must agree.
A rewrite's change of a named quantity, the noun right before "from" ("lift the ground's capacity from 3,400 to
6,200"), and the one change of that quantity from the same value in its source ("raise the ground's capacity from
3,400 to 5,200") must end at the same value (no years; both numbers shares or neither, one currency).
A copy slip: a figure of a rewrite sentence that is a figure of the source sentence it restates (closely or loosely, or
past a heading with no number) with one digit changed or two adjacent digits swapped, in the same magnitude (three
digits or more; no rounding: "40,000" for "41,000" is 41,000 rounded, while "60,000" and "66,000" round neither to
the other), the rewrite's figure stated
nowhere in the source and the source's nowhere in the rewrite, both counting one thing when both name it and neither
restricted to a place the other does not name ("USD 893.40 per tonne" → "US$839.40 per tonne", "+22,000" →
"added 32,000 jobs"); not in a sentence telling of an update or a change, nor of another day. A rewrite sentence that
restates no source sentence is compared with its closest one when both figures name one counted noun ("about
320,000 passengers a day" → "about 230,000 riders a day").
A count of a noun that the other sentence states again as a count of that noun, beside another count of it in its
own sentence, is that other count restated ("1.84 million tons, below the 2 million tons" / "1.48 million tons,
short of the 2 million tons": the 2 million is no changed 1.84 million); a count that adds up the numbers right after
it ("160 buses – 120 from RTP and 40 from Metrobús") is their total, not a changed part; a rate of exchange ("at 18
pesos to the dollar") counts no money; a magnitude glued to a count ("11.2m homes", "3bn people", "4mn
passengers") is read into it, the same figure as "11.2 million homes".
A rewrite sentence and a source sentence that give one change from the same start (the rewrite's figures all the
source's but one, the source's dropped ones aside, a date or a name's number "Line 3" no figure, "61 cents" being
"$0.61") restate it, "now" or not: a slipped level is a copy slip ("2.64 lakh …, compared with 1.58 lakh" / "2.46
lakh …, an increase of 56% over 1.58 lakh"), and when both tell the change ("down from") a level counting what the
source's level counts must be the source's ("39 days, down from 44" / "29 days, down from 44 days"). A bound that
raises the source's floor or its stated most ("up to 150mm" for "up to 120mm") is no weaker statement of it. A
figure whose noun each document counts once is compared with the one source figure followed by that noun, wherever
it stands ("the roughly 130,000 jeepneys" / "about 180,000 traditional and modern jeepney units"); a rewrite's
tallest (largest, smallest …) of things is the top (bottom) of their range in its source ("the tallest a 13-storey
tower" / "four blocks ranging from 5 to 11 storeys"). A figure of three significant digits or more, or an amount "in"
a noun ("$38,400 in bribes"), slipped from the one source figure of its noun is compared with it wherever it stands,
even beside a source's change ("61,580 tonnes next year" / "- Mackerel: … 61,850 tonnes, down from 79,300 tonnes");
people a company "employs" are its employees; an exact figure with a bound's digits swapped is a slip ("$148 million"
/ "up to $184 million"); two plain percentages whose roundings meet at one point differ ("5 per cent" / "4 per cent");
one measure glued to its unit in each restated sentence is a slot like a percentage ("30GB" / "20GB"); a measure in
dashes after another restates it ("57 months — just under five years —"), as does one after ", or" ("over 40 tons,
or about 36 metric tons"); "bil" and "mil" glued to an amount are magnitudes. A copy slip is read at the coarser
precision of the two figures, the finer one rounded, and then only moved digits count ("$221 million" / "$212.4
million", "$3.28 million" / "$2,384,600"); from four significant digits up to three digits may be reordered ("24,813"
/ "24,318", "11,743" / "11,437"); a rewrite figure of three significant digits or more whose digits are moved from
the one source figure of its kind anywhere in the sources (both money or neither, one unit, both a change's size or
neither) is compared with it, even in a sentence telling of a change (not of an update).
A time of day ("until 21:00", "at 4.15pm") is no figure: it holds no count of the other sentence and adds up to none.
Two restated counts whose windows share the day they pin ("on Friday") and differ only in days and dates of other
clauses ("named the storm on Wednesday", "Friday 5 November") count on one day; "today" and "yesterday" in a dated
document are the weekdays they were. A count after "these" or "those" counts what was just named ("these three
donors"), no other count of the noun. A bounded period said of part of a group ("some for more than two hours") and
another bound of that number ("up to two hours") state one threshold. A rewrite sentence's one share and its source
sentence's, each stated by the other document elsewhere, were moved between sentences, not changed. A place that
restricts a count does not keep it apart from a figure with its digits in another order (three significant digits or
more). A label may be the name a figure's clause opens with, a verb or a noun between and no number ("Toronto logged
4,130", "The Standard plan rises to $18.99"); labelled figures with digits moved are one figure whatever their nouns.
The level of a named quantity ("the jobless rate for Canadians aged 15 to 24 rose half a point to 13.3 per cent", "stood
at") is compared with the one level of its source's most alike named quantity wherever it stands ("The unemployment
rate for youth aged 15 to 24 rose 0.5 percentage points to 13.8%"): two words of the names in common, or one name
within the other and not only a general word ("rate"); "jobless" is "unemployment"; both rates, amounts of one currency
or measures of one unit (a count that "rose to" a number is a running tally). Not when the
rewrite tells of newer figures ("now", "latest"), dates its level to another day or period, or either figure is stated
in the other document.
A figure's role may be read without a shared sentence or noun: people a company lays off, puts out of work or who lose
their jobs are its employees ("putting 241 people out of work" / "employs 214 people"); a source row sharing another,
distinctive figure of the rewrite sentence ("about 55.4 per cent" / "15,911 (55.44 per cent)") is the row restated; a
source figure's label named in the rewrite's own words ("The Greens … on 11.4%" / "Green 10.4%"); the one figure of
each of two restated sentences that the other document does not state (even two digits, even a change's size: "volumes
down 2.3%" / "volumes fell by 3.2%"); last year's total beside a follow-up's update ("last year's full-year total of
53,200"). No count: a term of a ratio ("two patients on the drug for every one on placebo"), a measure's distance from
a mark ("five feet above flood stage"); a year in a date to the day ("8 February 2028") is no year of a period
("its 2027 summary").
A figure's role read from how it is stated, between a rewrite sentence and the source sentence it restates: the end
of one change "from Y to Z" or "to Z from Y" (a unit or a currency beside its ends) from the same start must be the
source's end ("fell from 4,120 to 3,460" / "dropped from 4,120 to 3,640"), unless the rewrite tells of an update or
an end is hedged or the other rounded; a limit a rule sets ("is allowed 250 traps", "a cap of 40 grants", or a most
after a word of permission: "can set up to 300 traps") is the limit itself, so two limits differ when their values
do though one lies within the other's bound, and a limit is no count of what was done ("a cap of 40 grants" /
"awarded 35 grants"); the one amount in one currency of each sentence, however the currency is written ("EUR 11
billion" / "14 billion euros"; a conversion in brackets aside), is one amount, unless either sentence tells of a
change or an update, or either amount is stated in the other document. A percentage after the part and the whole it
is the share of ("23,150 of the 61,870 candidates, or 42%") is the sentence's own arithmetic (percent-of's), no
restated share. "over" before seasons, semesters or centuries may run across them, as before years.
Known false positives: two different events counted with the same noun and vocabulary on the same day, each
document counting the noun once.
Not tried: measures with units (areas; money outside a restated sentence pair), additive counts ("five more
settlements"), counts in one document, numbers whose counted noun is not right after them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import Field

from factcheck.align import (
    ALIGN_THRESHOLD,
    SUPPORT_FLOOR,
    Match,
    aligned_sentences,
    best_support,
    one_story,
    rewrite_pairs,
)
from factcheck.align import index as align_index
from factcheck.checks._calendar import MORE_THAN, REPORTING_VERBS
from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._currency_pairs import currency_of
from factcheck.checks._numeric import (
    CURRENCY_SIGN,
    SI_PREFIXES,
    STOPWORDS,
    TONNES_UNIT,
    WORD,
    Num,
    SentenceNums,
    canonical_noun,
    content_stems,
    count_in_full,
    currency_sign,
    fmt_iv,
    glued,
    in_full,
    is_plural,
    joined,
    letter_currency,
    names,
    noun_group,
    plural_of,
    quote,
    scan,
    scanned,
    sentences_with_numbers,
    stem,
)
from factcheck.checks._registry import register_check
from factcheck.checks._restated import (
    CHANGE_STATED,
    amounts,
    another_day,
    counterparts,
    days,
    held_elsewhere,
    misread,
    noun_first,
    one_sum,
    rounded,
    shown,
    stated_anywhere,
)
from factcheck.checks._rewrite import (
    correction_notices,
    is_headline,
    is_notice,
    merged_source,
    source_scores,
    source_scores_at_least,
)
from factcheck.extract._gate import lead
from factcheck.extract.dates import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from factcheck.extract.entities import is_demonym
from factcheck.extract.hedges import direction, hull
from factcheck.extract.numbers import NUMBER_RE
from factcheck.facts import FactBase
from factcheck.ingest import opening_dateline
from factcheck.intervals import Interval
from factcheck.models import Document, Evidence, Extraction
from factcheck.rules.base import RuleBase
from factcheck.units import canonical_unit, dimension_of


class CrossDocumentNumberRule(RuleBase):
    type: Literal["cross-document-number"] = "cross-document-number"
    min_shared: int = Field(2, ge=1, description="content words both sentences must share besides the counted noun")


_ADDITIVE = re.compile(r"(?i)^\s*(?:more|additional|another|further|new|extra|other|of\b)")
# A verb of adding right before a count: "would add 14 observers", "adding up to 30 beds" (the size of a change).
_ADDED_BY = re.compile(r"(?i)\badd(?:s|ed|ing)?\s+(?:up\s+to\s+|a\s+further\s+|another\s+)?$")
_UPDATE = re.compile(
    r"(?i)\b(?:rose to|risen to|climbed to|increased to|grew to|jumped to|now|so far|has risen|have risen|"
    r"has climbed|has grown|updated|latest|total of)\b"
    # a running total an increment makes: "bringing the total to 38", "taking the tally of arrests to 44"
    r"|\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|lift|lifts|lifting"
    r"|lifted)\s+(?:the|its|their)\s+(?:overall\s+|running\s+|total\s+)?(?:total|tally|count|toll|number)\b"
    r"(?:\s+(?!to\b)[\w’'-]+){0,4}\s+to\b"
    # "reached" a number is a running count; a deal "reached after five rounds" is not
    r"|\breached\s+(?:a\s+(?:total|high|peak|record)\b|(?:about|around|nearly|almost|more\s+than|over|some|"
    r"at\s+least|roughly)?\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?)\b))"
)
# A sentence that states a change holds a before and an after: its percentages are not one slot. "from" tells a
# change only before a figure ("from 69%", "from about 5.1 per cent"), not where something comes from ("available
# from at least one operator").
_CHANGE = re.compile(
    r"(?i)\b(?:rose|risen|fell|fallen|up|down|increase[ds]?|decrease[ds]?|grew|dropped|jumped|climbed|"
    r"compared|versus|vs|than)\b|\bfrom\s+(?:[a-z]+\s+){0,2}?[$€£¥₹]?\d"
)
_SLOTS: tuple[tuple[str, Callable[[SentenceNums, Num], bool]], ...] = (
    ("percent", lambda _s, n: n.percent),
    ("year", lambda s, n: n.year and not _in_dateline(s, n)),
    ("money", lambda s, n: _currency(s, n) is not None),
    ("measure", lambda s, n: _glued_measure(s.text, n) is not None),
)
# The currency sign written right before an amount: "$2.7bn", "US$40m", "£96", "€1.2m".
_CURRENCY = re.compile(rf"(?:\b[A-Z]{{1,2}})?{CURRENCY_SIGN}$")


def _in_dateline(sent: SentenceNums, n: Num) -> bool:
    """Whether a number is part of the dateline opening its sentence ("LONDON, 14 May 2026 — …"): the story's date,
    no year the statement gives."""
    m = opening_dateline(sent.text)
    return m is not None and n.start < m.end()


def _glued_measure(text: str, n: Num) -> str | None:
    """The unit of measure glued to a figure, no duration or amount's magnitude ("30GB", "150mm", not "24h" nor
    "$640m"), or None."""
    if currency_sign(text, n):
        return None
    m = _GLUED_UNIT.match(text, n.end)
    unit = m.group() if m else ""
    return unit if unit and _is_measure(unit) and _dimension(unit) != "time" else None


def _currency(sent: SentenceNums, n: Num) -> str | None:
    """The currency sign of an amount ("$", "US$", "£"), or None when the number is no amount of money."""
    m = _CURRENCY.search(sent.text, max(0, n.start - 3), n.start)
    return m.group() if m else None


_ADDED_AMOUNT = re.compile(r"(?i)\b(?:another|additional|extra|further|more)\s+\W*$")


def _same_money(a: SentenceNums, na: Num, b: SentenceNums, nb: Num) -> bool:
    """Whether two amounts are comparable as one restated amount: the same currency and written magnitude ("$40m"
    and "$40 million" are not compared), neither an addition ("another $1 trillion")."""
    if _currency(a, na) != _currency(b, nb):
        return False
    if _ADDED_AMOUNT.search(a.text[max(0, na.hstart - 16) : na.hstart]):
        return False
    if _ADDED_AMOUNT.search(b.text[max(0, nb.hstart - 16) : nb.hstart]):
        return False
    return _glued(a.text, na.end) == _glued(b.text, nb.end)


_GLUED_UNIT = re.compile(r"[A-Za-z]+")


def _glued(text: str, end: int) -> str:
    """The letters glued after a number ("m" of "$40m"), lowercased."""
    m = _GLUED_UNIT.match(text, end)
    return m.group().lower() if m else ""


# The verbs of a duration before "a week" ("for a week", "spent a week"): how long something lasted, no rate.
_LASTED = "".join(rf"(?<!\b{w} )" for w in ("for", "spent", "spend", "spends", "spending", "took", "lasted"))
# (both behind a look-ahead for their first characters, :func:`~factcheck.extract._gate.lead`: the same matches,
# found about three and two times faster; every sentence with a count is read by both)
_WINDOW = lead(
    re.compile(
        r"\b(?:last (?:year|month|week)|past(?!\s+(?:the|a|an|its|their|his|her|this|that)\b)|last|since|this|"
        r"today|yesterday|overnight|weekend|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|"
        r"november|december|(?:19|20)\d\d|daily|weekly|annually|per(?: cent)?|"
        rf"{_LASTED}a (?:day|week|year))\b",
        re.IGNORECASE,
    )
)
# ("past" before a determiner is a preposition, no window: "1,500 of them past the four-month target"; "500 flights a
# day" is a rate; "wore trackers for a week", "spent a week at the school" is how long something
# else lasted, no window; "last year" is one period, as a month is: see _PINNING; "per cent" is read as one word,
# no rate, which a restated pair ignores: _NO_WINDOW)

# The day a statement was made ("said on Tuesday it would close …") dates the report, not the count's window.
_REPORT_DAY = lead(
    re.compile(
        rf"\b(?:{'|'.join(sorted(REPORTING_VERBS))}|told \w+)\s+(?:on\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True)
class _Count:
    doc: str
    sentence: int
    offset: int
    text: str
    num: Num
    noun: str
    modifiers: frozenset[str]
    scope: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    window: frozenset[str]
    update: bool
    published: dt.date | None
    part: Num | None = None
    """For the whole of a partitive ("31 of the 90 seats"), the part (31): also a count of the noun."""
    places: frozenset[str] = frozenset()
    """The gazetteer's canonical names of the places the sentence names ("U.S." → "united states")."""
    scope_places: frozenset[str] = frozenset()
    """The canonical names of the places that restrict the count ("staff in Britain" → "united kingdom")."""
    position: str = ""
    """A word that picks part of a sequence right before the number ("the first two days", "the other three
    sites"): such a count is no count of the whole ("across the three days")."""
    qualifiers: frozenset[str] = frozenset()
    """The lowercase words between the number and its noun ("postal" and "completed" of "14,102 completed postal
    votes"): a kind of the noun, see :func:`_one_kind`."""
    added: bool = False
    """Whether the count is what a verb of adding adds ("would add 14 observers to the mission"): the size of a
    change, compared only with another count added."""
    clause: str = ""
    """The stem of the verb of a defining relative clause on the counted noun ("voted" of "the two directors who
    voted against"), or "": such a count is of those that did it, a part of the noun, see :func:`_clause_restricted`."""


# Words before a number that pick part of a sequence, not its whole ("the first two days", "its final three games")
# ("these three donors", "those two clubs": the ones just named, a part, no count of the whole either)
_POSITION = re.compile(r"\b(first|opening|final|closing|remaining|other|next|previous|these|those)\s+$", re.IGNORECASE)
_NAMED_BEFORE = frozenset({"these", "those"})


# Between a number and its counted noun: punctuation or another number means the noun is not the number's
# ("KERRIN, Sept. 15 — Eleven rural schools": the schools are eleven, not 15).
_BREAK = re.compile(r"[—–:;,()]|^[-–]\d|(?:^|\s)\d")
_ANY_NUMBER = re.compile(NUMBER_RE.pattern, re.IGNORECASE)
_IN_NAME = re.compile(r"[A-Za-z]-$")
# A number right after a capitalised word inside the sentence is a model or series number, part of a name
# ("VitaFlow 3 insulin pumps", "Windows 11 laptops", "Apollo 11 astronauts"), unless the word is a month or a day.
_NAME_BEFORE = re.compile(r"(?<=\w )(?P<word>[A-Z][\w-]*) $")
_CALENDAR = frozenset(w.capitalize() for w in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES))
# Between a part and its whole: "31 of the 90 seats", "12 of its 40 branches".
_PARTITIVE = re.compile(r"(?i)\s+of\s+(?:the|its|their|his|her|our|all)\s+")


# Between the two numbers of a ratio: "one in five posts", "3 out of 10 voters" (a share, not a count of five).
_RATIO_JOIN = re.compile(r"(?i)\s+(?:in|out\s+of)\s+")


# A number of one currency given for one unit of another: "at 18 pesos to the dollar", "Rp16,250 per US dollar".
_EXCHANGE_RATE = re.compile(
    r"(?i)\s+[a-z]+\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?(?:u\.?s\.?\s+)?"
    r"(?:dollar|euro|pound|yen|yuan|franc|rupee|greenback)\b"
)


# A number given for every one of something, in its clause: "two patients on the drug for every one on placebo",
# "three nurses for each ward" (a ratio or a rate, no count of nurses).
_RATE_TERM = re.compile(r"(?i)(?:\s+[a-z][\w'-]*){0,6}?\s+for\s+(?:every|each)\b")
_RATE_BASE = re.compile(r"(?i)\b(?:every|per)\s+$")


# A measure said of its distance from a mark: "five feet above flood stage", "3 degrees below average", "two points
# short of the record" (a difference; "300 feet above sea level" is a height, sea level being every height's mark).
_ABOVE_MARK = re.compile(
    r"(?i)\s+(?P<unit>[a-z]+)\s+(?:above|below|higher\s+than|lower\s+than|short\s+of)\s+(?!sea\b|the\s+sea\b)"
)


def _from_mark(text: str, n: Num) -> bool:
    """Whether a measure is said of its distance from a mark (:data:`_ABOVE_MARK`; "40 families below the poverty
    line" counts families)."""
    m = _ABOVE_MARK.match(text, n.end)
    return m is not None and _is_measure(m.group("unit"))


def _ratio_denominator(sent: SentenceNums, n: Num) -> bool:
    """Whether a number is the whole of a ratio ("Nearly one in five sanctioned posts is vacant"): it tells a share
    of the noun, not how many there are."""
    return any(
        x.end <= n.start and x.value < n.value and _RATIO_JOIN.fullmatch(sent.text, x.end, n.hstart) for x in sent.nums
    )


# A place right after the counted noun restricts the count to part of a whole: "1,100 staff in the UK",
# "400 workers across Europe", "90 stores outside London" count a subset, not the "15,000 staff".
_SCOPE = re.compile(
    r"\s+(?:in|across|at|inside|outside|throughout|based in)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w’'-]*)(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"  # "U.S.", "Kursk Oblast"
)


# A number that is part of a capitalised name before a counted noun ("32 K League 1 appearances", "four Formula 1
# teams", "12 Ligue 1 clubs"): read as one more capitalised modifier, not as a number breaking the count from its noun.
_NAME_NUMBER = re.compile(r"(?<![\w-])(?P<word>[A-Z][\w-]*) (?P<n>\d{1,2})(?= [a-z])")


def _as_name(m: re.Match[str]) -> str:
    """A name's number as a capitalised word of the same length ("K League 1" → "K League N"); a day after a month
    or weekday stays a number."""
    return m.group() if m.group("word") in _CALENDAR else f"{m.group('word')} {'N' * len(m.group('n'))}"


def _counted(text: str, n: Num) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The counted noun right after a number (within three words, not counting up to three capitalised modifiers:
    "2,400 Northline Transport bus drivers"), the capitalised modifiers before it and the place that restricts it
    ("staff in the UK", "British staff": name stems of the place or demonym; empty when none; its gazetteer names
    are matched in :func:`_document_counts`)."""
    return _counted_after(text, n.end)


# Words that end in "s" but are no plural noun, where a counted noun would stand.
_NOT_NOUNS = frozenset(
    {"towards", "afterwards", "backwards", "forwards", "upwards", "besides", "whereas", "unless", "perhaps", "always"}
    | {"thus", "versus", "apiece", "nonetheless", "nevertheless", "sometimes"}
)
_S_MODIFIERS = frozenset({"overseas", "plus"})


@lru_cache(maxsize=16384)
def _counted_after(text: str, end: int) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """:func:`_counted` for the number ending at ``end``: a pure function of the text and the position, kept for the
    last 16,384 (each count is read again by the copy-slip, slot and noun-first passes)."""
    tail = _NAME_NUMBER.sub(_as_name, text[end : end + 80])
    mods: set[str] = set()
    demonyms: set[str] = set()
    lower = 0
    for m in list(WORD.finditer(tail))[:6]:
        w = m.group()
        if lower == 3 or (w[0].isupper() and len(mods) == 3):
            return None
        if _BREAK.search(tail[: m.start()]) or _ANY_NUMBER.fullmatch(w):
            return None
        if w[0].isupper():
            mods.add(w.lower()[:5])
            if is_demonym(w):
                demonyms.add(w.lower()[:5])
            continue
        lower += 1
        if w.lower() in _NOT_NOUNS:
            return None  # "£740,000 towards education": a preposition or adverb that ends in "s" counts nothing
        if w.lower() in _S_MODIFIERS:
            continue  # "12 overseas students", "300 plus staff": a modifier that ends in "s"
        if is_plural(w):
            scope = _SCOPE.match(text, end + m.end())
            place = names(scope.group("place")) if scope else frozenset()
            return canonical_noun(w), frozenset(mods), place | demonyms
        if w.lower() in {"of", "to", "in", "on", "at", "were", "was", "are", "is", "and", "or", "had", "have"}:
            return None
    return None


# A defining relative clause right after a counted noun (no comma): "two directors who voted against", "the 40 homes
# that lost power", "three patients who were later discharged" (the verb after any auxiliary, adverb or copula).
_RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?:(?:had|have|has|did|do|does|will|would|could|can|may|might|must|should|is|are|was|were|"
    r"been|be|being|not|never|also|still|later|then|all|both|each|already|initially|originally)\s+){0,3}"
    r"(?P<verb>[a-z][a-z'-]+)\b"
)


def _relative_verb(text: str, n: Num) -> str:
    """The stem of the verb of a defining relative clause on the noun a number counts ("voted" of "The two
    directors who voted against"), or "" when the noun has none (a comma before "who" adds, it does not restrict)."""
    for m in list(WORD.finditer(text, n.end, n.end + 80))[:6]:
        if is_plural(m.group()) and not m.group()[0].isupper():
            r = _RELATIVE.match(text, m.end())
            return stem(r.group("verb")) if r else ""
    return ""


def _clause_restricted(a: _Count, b: _Count) -> bool:
    """Whether ``a`` counts only those of its noun that did what a relative clause says ("the two directors who
    voted against") and ``b``'s sentence says nothing of that act (no word with the clause verb's stem; "nine
    directors attended"): a part of the group and its whole, no disagreement. "the 12 people who were injured"
    against "14 people were injured" is still compared."""
    return bool(a.clause) and not any(w[:4] == a.clause[:4] for w in b.words)  # ("voted" of "vote", "votes")


def _qualifiers(text: str, n: Num) -> frozenset[str]:
    """The lowercase words between a number and its counted noun ("completed", "postal" of "14,102 completed postal
    votes"; see :func:`_counted`)."""
    out: set[str] = set()
    for m in list(WORD.finditer(text, n.end, n.end + 80))[:6]:
        w = m.group()
        if w[0].isupper():
            continue
        if is_plural(w):
            break
        out.add(w.lower())
    return frozenset(out)


# A measure and its conversion in brackets or dashes: "21.3 feet (6.5 meters)", "more than 7 feet (2 meters)", "57
# months — just under five years —".
_BEFORE_BRACKET = re.compile(r"\d\s*(?P<unit>[A-Za-z]+)\s*(?:\(|[—–]|--|,\s*or\b)\s*$")


def _is_measure(word: str) -> bool:
    """Whether a word names a unit of measure ("meters", "feet"), not a thing counted ("people") nor money."""
    return _dimension(word) not in ("count", "currency", "percent", "substance", "other")


@lru_cache(maxsize=1024)
def _dimension(word: str) -> str:
    """The dimension of the unit a word names ("feet" → "length"), "count" for a word that names none."""
    try:
        return dimension_of(canonical_unit(word))
    except Exception:  # not a unit of pint's registry ("people", "rescues")
        return "count"


def _converts(text: str, n: Num, noun: str) -> bool:
    """Whether a number in brackets, dashes or after ", or" gives the measure right before it in another unit ("more
    than 7 feet (2 meters)", "over 40 tons, or about 36 metric tons"): the conversion restates that measure, which
    is the one compared (unit-conversion checks the two)."""
    m = _BEFORE_BRACKET.search(text, max(0, n.hstart - 30), n.hstart)
    return m is not None and _is_measure(noun) and _is_measure(m.group("unit"))


@dataclass
class _Index:
    by_key: dict[tuple[str, str], list[_Count]]
    """(counted noun, content word) → the counts of that noun in sentences with that word."""
    ambiguous: set[tuple[str, str]]
    """(document, counted noun) when the document gives two counts of the noun that cannot be one number."""
    positions: dict[tuple[str, str], list[tuple[int, int]]]
    """Beside each bucket of ``by_key``, each count's (position among all the run's counts, its document's
    position): counts are added in document (id) then text order, so both grow along a bucket."""
    size: int
    """The number of counts in the run (positions are below it)."""


# Periods "over" may run across rather than exceed ("habits over nine years", "rose 5% over two years"): unless
# a word before it measures a length ("for over nine years", "lasted over a week"), such a count also holds the
# number itself.
_PERIODS = frozenset(
    {
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "fortnight",
        "month",
        "quarter",
        "year",
        "decade",
        "season",
        "semester",
        "century",
    }
)


def _in_dates(ex: Extraction) -> list[tuple[int, int]]:
    return sorted((d.span.start, d.span.end) for d in ex.dates)


def _document_counts(
    facts: FactBase, doc: Document, ex: Extraction
) -> tuple[list[tuple[_Count, tuple[str, ...]]], frozenset[str]]:
    """The counts of one document (numbers with their counted noun), each with its sorted content words, and the
    nouns the document gives two counts of that cannot be one number."""
    items: list[tuple[_Count, tuple[str, ...]]] = []
    seen: dict[str, list[Num]] = {}
    dates = _in_dates(ex)
    places_by_sentence: dict[int, dict[frozenset[str], str]] = {}
    for e in ex.entities:
        if e.kind == "place" or is_demonym(e.name):
            places_by_sentence.setdefault(e.sentence, {})[names(e.name)] = e.canonical.lower()
    for sent in facts.per_document("numeric.sentences", doc.id, sentences_with_numbers):
        notice: bool | None = None  # read once per sentence, at its first count (most sentences have none)
        context: _Context | None = None  # read once per sentence, for its first count
        for n in sent.nums:
            if not n.is_count or (n.value < 2 and not n.decimals):
                continue  # ("one", "1": no count; "1.4 metres", "1.7 million homes" are)
            at = sent.offset + n.start
            if any(s <= at < e for s, e in dates):
                continue  # a day or year of a date ("Nov. 14 — Three armed men") counts nothing
            if _IN_NAME.search(sent.text, 0, n.start):
                continue  # part of a name ("COVID-19 deaths", "F-16 jets")
            if _ratio_denominator(sent, n):
                continue  # the whole of a ratio ("one in five posts"): a share, no count
            if _EXCHANGE_RATE.match(sent.text, n.end):
                continue  # a rate of exchange ("at 18 pesos to the dollar"): no amount of pesos
            if _from_mark(sent.text, n):
                continue  # a distance from a mark ("five feet above flood stage"): a difference, no level
            if _RATE_TERM.match(sent.text, n.end):
                continue  # a term of a ratio ("two patients on the drug for every one on placebo"): no count
            if _RATE_BASE.search(sent.text, max(0, n.hstart - 12), n.hstart):
                continue  # the base of a rate ("for every 100 people", "per 1,000 residents"): no count
            named = None if n.hedge else _NAME_BEFORE.search(sent.text, 0, n.hstart)  # "won the Cup fewer than 3 times"
            if named and named.group("word") not in _CALENDAR:
                continue  # a model or series number ("VitaFlow 3 insulin pumps")
            got = _counted(sent.text, n)
            if got is None or _converts(sent.text, n, got[0]):
                continue  # no counted noun, or a bracketed conversion of the measure before it ("7 feet (2 meters)")
            noun, mods, scope = got
            if notice is None:
                notice = is_notice(sent.text)
            if notice:
                break  # "An earlier version of this story said 14 …": what the text once said, not a count
            n = count_in_full(sent.text, n)  # "11.2m homes" is "11.2 million homes"
            if n.hedge == "over" and noun in _PERIODS and not MORE_THAN.search(sent.text, 0, n.hstart):
                n = replace(n, bounds=hull(n.bounds, Interval.point(n.value)))  # "habits over nine years": across
            position = _position(sent.text, n)
            if position not in _NAMED_BEFORE:
                seen.setdefault(noun, []).append(n)  # (the donors just named are no other count of all donors)
            part = next(
                (x for x in sent.nums if x.end <= n.start and _PARTITIVE.fullmatch(sent.text[x.end : n.hstart])), None
            )
            if _ADDITIVE.match(sent.text[n.end :]):
                continue
            context = context or _context(sent.text)
            window = _own_window(sent, n)
            window = _on_weekdays(context.window if window is None else window, doc.published)
            places = places_by_sentence.get(sent.index, {})
            # (content_stems(text, exclude=[noun]) is content_stems(text) less the noun's stem)
            words = frozenset(context.stems - {stem(noun)} - _noun_stems(noun))
            item = _Count(
                doc.id,
                sent.index,
                sent.offset,
                sent.text,
                n,
                noun,
                mods,
                scope,
                words,
                context.names,
                window,
                context.update,
                doc.published,
                part,
                frozenset(places.values()),
                frozenset(c for stems, c in places.items() if scope and stems <= scope),
                position,
                _qualifiers(sent.text, n),
                _ADDED_BY.search(sent.text, 0, n.hstart) is not None,
                _relative_verb(sent.text, n),
            )
            items.append((item, tuple(sorted(words))))  # sorted: the order of pairs must not depend on hashing
    ambiguous = frozenset(
        noun for noun, nums in seen.items() if any(not x.bounds.overlaps(y.bounds) for x in nums for y in nums)
    )
    return items, ambiguous


_RELATIVE_DAYS = {"today": 0, "yesterday": 1}


def _on_weekdays(window: frozenset[str], published: dt.date | None) -> frozenset[str]:
    """A count's window words with "today" and "yesterday" read as the weekdays they were in a dated document ("41
    donors today" in a release of Tuesday 25 January is "44 donors … on Tuesday" in the next day's story)."""
    if published is None or not window & _RELATIVE_DAYS.keys():
        return window
    days = {
        (published - dt.timedelta(days=back)).strftime("%A").lower()
        for w, back in _RELATIVE_DAYS.items()
        if w in window
    }
    return (window - _RELATIVE_DAYS.keys()) | days


@dataclass(frozen=True)
class _Context:
    """What the counts of one sentence share: its content stems, names, window words and update cue."""

    stems: frozenset[str]
    names: frozenset[str]
    window: frozenset[str]
    update: bool


# A rate of another quantity, and the year it starts or ends: "to save 120 million francs a year from 2029", "500
# flights a day by 2030" (after the number and up to three words: its unit or noun).
_OTHER_RATE = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?P<rate>a (?:day|week|month|year)|annually|daily|weekly|monthly|yearly|per (?:day|week|"
    r"month|year|annum))(?P<year>\s+(?:from|by|until|till|starting(?: in)?|in)\s+(?:19|20)\d\d)?\b",
    re.IGNORECASE,
)


def _own_window(sent: SentenceNums, n: Num) -> frozenset[str] | None:
    """The window words of a count less a rate of another quantity in the sentence ("cut 560 jobs by the end of
    2028, … to save 120 million francs a year from 2029": "a year" and "2029" time the savings, not the jobs), or
    None when the sentence gives no such rate."""
    text = sent.text
    blanks: list[tuple[int, int]] = []
    for x in sent.nums:
        if x.start == n.start or x.year or x.percent:
            continue
        m = _OTHER_RATE.match(text, x.end)
        if m is None or _BREAK.search(text, x.end, m.start("rate")):
            continue
        blanks.append((m.start("rate"), m.end()))
    if not blanks:
        return None
    kept = "".join(" " if any(s <= i < e for s, e in blanks) else c for i, c in enumerate(text))
    return _context_window(kept)


def _context_window(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WINDOW.findall(_REPORT_DAY.sub(" ", text)))


@lru_cache(maxsize=16384)
def _context(text: str) -> _Context:
    """What the counts of a sentence share, kept for the last 16,384 texts (a pure function of the text: copies of a
    story repeat its sentences, about a quarter of an archive's)."""
    return _Context(frozenset(content_stems(text)), names(text), _context_window(text), bool(_UPDATE.search(text)))


def _index(facts: FactBase) -> _Index:
    out: dict[tuple[str, str], list[_Count]] = {}
    positions: dict[tuple[str, str], list[tuple[int, int]]] = {}
    ambiguous: set[tuple[str, str]] = set()
    n = 0
    for k, (doc, _ex) in enumerate(facts.all()):
        items, nouns = facts.per_document(
            "cross-document-number.counts", doc.id, lambda d, e: _document_counts(facts, d, e)
        )
        ambiguous.update((doc.id, noun) for noun in nouns)
        for item, words in items:
            for w in words:
                out.setdefault((item.noun, w), []).append(item)
                positions.setdefault((item.noun, w), []).append((n, k))
            n += 1
    return _Index(out, ambiguous, positions, n)


@register_check(
    CrossDocumentNumberRule,
    requires={"sentences", "dates", "entities", "assertions"},
    supersedes={"unsupported-claim"},
    scope="corpus",
)
def check(rule: CrossDocumentNumberRule, facts: FactBase) -> Iterator[Verdict]:
    if len(facts.documents) < 2:
        return  # every verdict compares two documents (a draft checked alone builds no index of counts)
    index = facts.derived("generic.cross-document-number.index", _index)
    ambiguous = index.ambiguous
    checked = {d.id for d, _ in facts.checked()}
    confirmed: set[tuple[str, int]] = set()  # one confirmation per stated number keeps `passed` linear
    flagged: set[tuple[frozenset[str], str]] = set()  # (two documents, noun) already reported as disagreeing
    said: set[tuple[str, int, int]] = set()  # the evidence spans of the disagreements reported
    for a, b in _pairs(index, checked, rule.min_shared):
        held = _related_outcome(a, b)
        if held is None:
            continue
        if held is False and (
            not one_story(facts, a.doc, b.doc)  # (first: it rejects most pairs of an archive, from a cache per pair)
            or _change_size(a) != _change_size(b)
            or _two_slots(facts, a, b)
            or _other_slot(facts, a, b)
            or _other_slot(facts, b, a)
            or _total_of_parts(facts, a, b)
            or _total_of_parts(facts, b, a)
            or _change_of(facts, a, b)
            or _change_of(facts, b, a)
            or _updated_from(facts, a, b)
            or _updated_from(facts, b, a)
            or _difference_told(facts, a, b)
            or _difference_told(facts, b, a)
            or _each_stated(facts, a, b)
            or _kept_beside(facts, a, b)
            or _kept_beside(facts, b, a)
            or _dropped(facts, a, b)
            or _dropped(facts, b, a)
            or a.position != b.position  # "the first two days" is part of "the three days"
            or _one_threshold(a, b)  # "waiting more than six weeks" / "longer than six weeks"
            or _lists_as_many(a, b.num.value)  # "five kinds – A, B, C and D": the list restates the other's four
            or _lists_as_many(b, a.num.value)
            or not _same_thing(facts, a, b, ambiguous)
            or _corrected(facts, a, b)
            or _measured_apart(facts, a, b)
            or another_day(facts, (a.doc, a.sentence), (b.doc, b.sentence))
        ):
            continue
        if held:
            ka, kb = (a.doc, a.offset + a.num.start), (b.doc, b.offset + b.num.start)
            if ka in confirmed or kb in confirmed:
                continue
            confirmed.update((ka, kb))
        if not held:
            flagged.add((frozenset((a.doc, b.doc)), a.noun))
        verdict = _verdict(facts, a, b, held)
        said.update((e.document, e.start, e.end) for e in verdict.evidence if not held)
        yield verdict
    slots = list(_restated_slots(facts))
    rest = [
        *slots,
        *_restated_counts(rule, facts, flagged, ambiguous),
        *_restated_amounts(facts, {(e.document, e.start) for v in slots for e in v.evidence}),
        *_restated_noun_first(facts),
        *_restated_parts(facts),
        *_restated_changes(facts),
        *_poll_tables(facts),
        *_stakes(facts),
        *_changed_ranks(facts),
        *_extremes_of_ranges(facts),
    ]
    said.update((e.document, e.start, e.end) for v in rest if not v.held for e in v.evidence)
    rest.extend(_restated_from_to(facts, said))
    said.update((e.document, e.start, e.end) for v in rest if not v.held for e in v.evidence)
    rest.extend(_restated_change_ends(facts, said))
    yield from rest
    said.update((e.document, e.start, e.end) for v in rest if not v.held for e in v.evidence)
    slips = list(_copy_slips(facts, said))
    said.update((e.document, e.start, e.end) for v in slips for e in v.evidence)
    slips.extend(_restated_currency_amounts(facts, said))
    yield from slips
    said.update((e.document, e.start, e.end) for v in slips for e in v.evidence)
    levels = list(_changed_levels(facts, said))
    yield from levels
    said.update((e.document, e.start, e.end) for v in levels for e in v.evidence)
    years = list(_year_figures(facts, said))
    yield from years
    said.update((e.document, e.start, e.end) for v in years for e in v.evidence)
    yield from _restated_levels(facts, said)


# Where something now stands in a ranking: "is ranked 38th", "rising six places to 28th", "climbed to 3rd" (never the
# rank it left: "up from 44th").
_RANK = re.compile(
    r"\b(?:ranked|(?:rising|rose|risen|climbing|climbed|jumping|jumped|moving|moved|falling|fell|fallen|dropping"
    r"|dropped|slipping|slipped|sliding|slid)(?: up| down)?(?: (?:\w+ ){0,2}places?)? to) (?:No\.? ?)?"
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\b"
)


_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)")
"""What every :data:`_RANK` match holds."""


def _ranks(facts: FactBase, document: str) -> dict[str, tuple[int, re.Match[str], str]]:
    """The rank a document gives each organisation, by the organisation a sentence names first, before its one rank
    ("The University of X is ranked 38th" → {"university of x": (sentence, match, "University of X")}); an
    organisation ranked otherwise in another sentence is left out."""
    ranks: dict[str, tuple[int, re.Match[str], str]] = {}
    twice: set[str] = set()
    if _ORDINAL_DIGITS.search(facts.documents[document].text) is None:
        return ranks  # (no ordinal in digits, no rank: most documents, read once rather than sentence by sentence)
    for s in facts.extractions[document].sentences:
        found = list(_RANK.finditer(s.text))
        if len(found) != 1:
            continue
        at = s.span.start + found[0].start()
        named = [e for e in facts.extractions[document].entities if e.sentence == s.index and e.span.end <= at]
        org = next((e for e in named if e.kind == "organization"), None)
        if org is None:
            continue
        key = org.canonical.lower()
        if key in ranks and ranks[key][1].group("n") != found[0].group("n"):
            twice.add(key)
        ranks.setdefault(key, (s.index, found[0], org.name))
    return {key: got for key, got in ranks.items() if key not in twice}


def _changed_ranks(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite that ranks an organisation its source ranks otherwise ("is ranked 38th" → "rising six places to
    28th"), in one story, the two sentences dated to no different days."""
    for doc_id, sources in rewrite_pairs(facts):
        mine = _ranks(facts, doc_id)
        for src in sources:
            if not one_story(facts, doc_id, src):
                continue
            for key, (sa, ma, name) in _ranks(facts, src).items():
                if key not in mine or mine[key][1].group("n") == ma.group("n"):
                    continue
                sb, mb, _name = mine[key]
                if another_day(facts, (doc_id, sb), (src, sa)):
                    continue
                stated, source = _rank_quote(facts, doc_id, sb, mb, "stated"), _rank_quote(facts, src, sa, ma, "source")
                yield fail(
                    f"{facts.label(src)} ranks {name} {_ordinal(ma)} (“{source.text}”), {facts.label(doc_id)} "
                    f"{_ordinal(mb)} (“{stated.text}”)",
                    [stated, source],
                    noun="rank",
                )


def _ordinal(m: re.Match[str]) -> str:
    """The ordinal of a :data:`_RANK` match as written ("28th")."""
    return m.group(0)[m.start("n") - m.start() :]


def _rank_quote(facts: FactBase, document: str, sentence: int, m: re.Match[str], role: str) -> Evidence:
    """The rank as written, from its verb to its ordinal ("rising six places to 28th")."""
    start = facts.sentence(document, sentence).span.start
    return quote(facts, document, start + m.start(), start + m.end(), role=role)


# A holder's stake in a company: "Crestline already owns about 8.7% of Harlow", "Crestline, which holds a 7.8 per
# cent stake in Harlow" (the holder's name right before the verb, the company's right after "of"/"in").
_STAKE_BEFORE = re.compile(
    r"(?P<holder>(?:[A-Z][\w&’'-]*\s+){0,2}[A-Z][\w&’'-]*)(?:,\s+(?:which|who))?\s+(?:already\s+|currently\s+|still\s+)?"
    r"(?:owns|holds|controls)\s+(?:an?\s+)?$"
)
_STAKE_AFTER = re.compile(r"\s*(?:stake\s+)?(?:of|in)\s+(?:the\s+)?(?P<held>[A-Z][\w&’'-]*)")
_STAKE_CHANGED = re.compile(r"(?i)\b(?:now|raised|increased|cut|reduced|lifted|sold|bought|after\s+buying|up\s+from)\b")


def _transposed(a: Num, b: Num) -> bool:
    """Whether two figures are the same digits in another order ("8.7" and "7.8", "46" and "64"): a copy slip that
    a hedge's slack ("about 8.7%") does not excuse."""
    da, db = re.sub(r"\D", "", a.text), re.sub(r"\D", "", b.text)
    return len(da) > 1 and da != db and sorted(da) == sorted(db) and a.decimals == b.decimals


def _stakes(facts: FactBase) -> Iterator[Verdict]:
    """Two documents of one story that give one holder's stake in one company ("Crestline already owns about 8.7% of
    Harlow" / "Crestline, which holds a 7.8 per cent stake in Harlow") as percentages that cannot both hold, or whose
    digits are the other's transposed (:func:`_transposed`); a sentence that tells of a change to the stake ("raised
    its stake", "now holds") is an update, never compared."""
    checked = {d.id for d, _ in facts.checked()}
    found: dict[tuple[str, str], list[tuple[SentenceNums, Num, frozenset[str]]]] = {}
    for doc, sents in scanned(facts).items():
        for sent in sents:
            if not any(n.percent for n in sent.nums) or _STAKE_CHANGED.search(sent.text):
                continue  # (no share, no stake: the cheaper test first)
            for n in sent.nums:
                if not n.percent:
                    continue
                before = _STAKE_BEFORE.search(sent.text, max(0, n.hstart - 80), n.hstart)
                after = _STAKE_AFTER.match(sent.text, n.end)
                if before is None or after is None:
                    continue
                holder = frozenset(w.lower() for w in before.group("holder").split())
                found.setdefault((doc, after.group("held").lower()), []).append((sent, n, holder))
    docs = sorted({d for d, _ in found})
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if (a not in checked and b not in checked) or not one_story(facts, a, b):
                continue
            for (da, held), xs in sorted(found.items()):
                if da != a:
                    continue
                for sa, na, ha in xs:
                    for sb, nb, hb in found.get((b, held), []):
                        if not ha & hb or (na.bounds.overlaps(nb.bounds) and not _transposed(na, nb)):
                            continue
                        if another_day(facts, (a, sa.index), (b, sb.index)):
                            continue
                        ea = quote(facts, a, sa.offset + na.hstart, sa.offset + na.end, role="stated")
                        eb = quote(facts, b, sb.offset + nb.hstart, sb.offset + nb.end, role="stated")
                        yield fail(
                            f"{facts.label(a)} gives the stake in {held.capitalize()} as {na.shown} "
                            f"({fmt_iv(na.bounds)}), {facts.label(b)} as {nb.shown} ({fmt_iv(nb.bounds)})"
                            + (": the same digits transposed" if _transposed(na, nb) else ""),
                            [ea, eb],
                            first=na.bounds,
                            second=nb.bounds,
                            noun="percent",
                        )


# A poll table's row: a party (a name of up to four capitalised words, an optional colon) with its share and the
# change in brackets, "Conservatives 18% (n/c)", "- Labour: 21% (+2)", "Reform UK 29% (-1)".
_TABLE_ROW = re.compile(
    r"(?<![\w’'-])(?P<label>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}):?[ \t]+(?P<value>\d{1,2}(?:\.\d)?)[ \t]?%[ \t]*"
    r"\((?P<change>n/?c|unch(?:anged)?|no change|=|[+\-−–][ \t]?\d{1,2}(?:\.\d)?)\)"
)
_TABLE_SHARE = re.compile(r"%[ \t]*\(")
"""What every :data:`_TABLE_ROW` match holds: a share right before its bracketed change."""
_NO_CHANGE = frozenset({"n/c", "nc", "unch", "unchanged", "no change", "="})
_SAME_ROWS = 2
"""Rows two poll tables must give alike (share and change) before a row that differs is one poll's row changed."""


def _table_rows(text: str) -> dict[str, tuple[re.Match[str], str]]:
    """A document's poll-table rows by label (lowercased, a plural "s" dropped: "Conservatives" is "conservative"),
    each with its change as written without spaces ("n/c" for any no-change mark); a label given two rows that
    differ is left out (two polls)."""
    rows: dict[str, tuple[re.Match[str], str]] = {}
    twice: set[str] = set()
    if _TABLE_SHARE.search(text) is None:
        return rows  # (no share before a bracket: no table, found without trying a row at every capital)
    for m in _TABLE_ROW.finditer(text):
        label = m.group("label").lower().removesuffix("s")
        change = m.group("change").lower().replace(" ", "").replace("−", "-").replace("–", "-")
        change = "n/c" if change in _NO_CHANGE or change in {"nochange"} else change
        if label in rows and (rows[label][0].group("value"), rows[label][1]) != (m.group("value"), change):
            twice.add(label)
        rows.setdefault(label, (m, change))
    return {k: v for k, v in rows.items() if k not in twice}


def _poll_tables(facts: FactBase) -> Iterator[Verdict]:
    """Two documents of one story that give one poll's table ("Labour: 21% (+2)" in a release, "Labour 21% (+2)" in
    a summary), at least :data:`_SAME_ROWS` rows alike, and a row whose change agrees but whose share does not
    ("Conservative: 17% (n/c)" → "Conservatives 18% (n/c)"): a share copied wrong. A row whose change differs too may
    be another poll's, and is left alone."""
    checked = {d.id for d, _ in facts.checked()}
    tables = {d.id: _table_rows(d.text) for d, _ in facts.all()}
    ids = sorted(d for d, rows in tables.items() if len(rows) > _SAME_ROWS)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if a not in checked and b not in checked:
                continue
            shared = sorted(tables[a].keys() & tables[b].keys())
            alike = [k for k in shared if tables[a][k][0].group("value") == tables[b][k][0].group("value")]
            if len(alike) < _SAME_ROWS or not all(tables[a][k][1] == tables[b][k][1] for k in alike):
                continue
            if not one_story(facts, a, b):
                continue
            for k in shared:
                (ma, ca), (mb, cb) = tables[a][k], tables[b][k]
                if ca != cb or float(ma.group("value")) == float(mb.group("value")):
                    continue
                first, second = (b, mb), (a, ma)
                if b in facts.sources.get(a, ()):
                    first, second = (a, ma), (b, mb)
                ea = quote(facts, first[0], first[1].start(), first[1].end(), role="stated")
                eb = quote(facts, second[0], second[1].start(), second[1].end(), role="source")
                yield fail(
                    f"{facts.label(first[0])} gives {first[1].group('label')} {first[1].group('value')}% "
                    f"({first[1].group('change')}) where {facts.label(second[0])}'s table of the same poll gives "
                    f"{second[1].group('value')}% with the same change",
                    [ea, eb],
                    first=Interval.point(float(first[1].group("value"))),
                    second=Interval.point(float(second[1].group("value"))),
                    noun="percent",
                )


# The largest or smallest of things, then its figure and unit: "the tallest a 13-storey tower", "the largest of
# them, at 40 hectares".
_EXTREME = re.compile(
    r"(?i)\bthe\s+(?:(?P<top>tallest|highest|largest|biggest|longest|widest|deepest|heaviest|oldest)"
    r"|(?P<bottom>shortest|lowest|smallest|narrowest|shallowest|lightest|youngest))\b(?!\s*\d)[^.;:\d]{1,30}?"
    r"(?<![\w.,])(?P<n>\d{1,4})[-\s](?P<unit>[a-z]+)"
)
# A range of a unit: "ranging from 5 to 11 storeys", "between 5 and 11 storeys".
_UNIT_RANGE = re.compile(
    r"(?i)\b(?:ranging\s+from|range\s+from|from|between)\s+(?P<low>\d{1,4})\s+(?:to|and)\s+(?P<high>\d{1,4})"
    r"[-\s](?P<unit>[a-z]+)"
)


def _extremes_of_ranges(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite's largest or smallest of things with its figure ("four blocks, the tallest a 13-storey tower") where
    its sources give the things' range in that unit once ("four blocks ranging from 5 to 11 storeys"): the tallest is
    the range's top, the smallest its bottom, and a figure the sources state nowhere in that unit is a changed one."""
    for doc_id, sources in rewrite_pairs(facts):
        ranges = [(b, m) for src in sources for b in scanned(facts).get(src, []) for m in _UNIT_RANGE.finditer(b.text)]
        for a in scanned(facts).get(doc_id, []):
            for m in _EXTREME.finditer(a.text):
                unit = canonical_noun(m.group("unit"))
                found = [(b, r) for b, r in ranges if canonical_noun(r.group("unit")) == unit]
                if len(found) != 1:
                    continue
                (b, r), value = found[0], int(m.group("n"))
                end = r.group("high") if m.group("top") else r.group("low")
                if value == int(end) or _unit_stated(facts, sources, value, unit):
                    continue
                yield fail(
                    f"{facts.label(doc_id)} gives the {m.group('top') or m.group('bottom')} as {value} "
                    f"{plural_of(unit)} where {facts.label(b.doc)} gives the range as {r.group('low')} to "
                    f"{r.group('high')} {plural_of(unit)}: its {'top' if m.group('top') else 'bottom'} is {end}",
                    [
                        quote(facts, doc_id, a.offset + m.start(), a.offset + m.end(), role="stated"),
                        quote(facts, b.doc, b.offset + r.start(), b.offset + r.end(), role="source"),
                    ],
                    first=Interval.point(value),
                    second=Interval.point(int(end)),
                    noun=unit,
                )


def _unit_stated(facts: FactBase, sources: list[str], value: int, unit: str) -> bool:
    """Whether a source states ``value`` of ``unit`` ("13 storeys", "a 13-storey block")."""
    return any(
        int(m.group(1)) == value and canonical_noun(m.group(2)) == unit
        for src in sources
        for b in scanned(facts).get(src, [])
        for m in re.finditer(r"(?<![\d.,])(\d{1,4})[-\s]([a-z]+)", b.text)
    )


def _pairs(index: _Index, checked: set[str], min_shared: int) -> Iterator[tuple[_Count, _Count]]:
    """Each pair of counts of two documents, one of them checked, that share a bucket of at most 200 counts, once,
    in the order of its first bucket (the earlier document's count first), less the pairs :func:`_outcome` finds
    unrelated at once (no name, or fewer than ``min_shared`` words, in common: about a third of an archive's pairs,
    tested here without a call and a yield each).

    Two counts share a bucket for each content word they share, so most of a bucket's pairs were met in an earlier
    one (664k of 1.26M on a 1,000-article archive): each count keeps the positions of the later counts it has been
    paired with, and a bucket's new partners of a count are found by one comprehension over the bucket's later
    documents' counts (a bucket is in document order: the count's own document's counts follow it at once)."""
    partners: dict[int, set[int]] = {}  # a count's position → the positions of the later counts paired with it
    for key, bucket in index.by_key.items():
        if len(bucket) > 200:
            continue  # a word too common to identify an event
        # only pairs with a checked document count: pairs (i, j), i < j, in order, with i or j checked; a bucket
        # is in document order, so in each pair the first count is the earlier document's
        mine = [j for j, item in enumerate(bucket) if item.doc in checked]
        if not mine:
            continue
        where = index.positions[key]
        ats = [at for at, _doc in where]
        docs = [doc for _at, doc in where]
        for i, a in enumerate(bucket):
            start = bisect.bisect_right(docs, docs[i], i + 1)  # the first count of a later document
            later = range(start, len(bucket)) if a.doc in checked else mine[bisect.bisect_left(mine, start) :]
            done = partners.get(ats[i])
            if done is None:
                done = partners[ats[i]] = set()
            new = [j for j in later if ats[j] not in done]
            done.update([ats[j] for j in new])
            for j in new:
                b = bucket[j]
                if a.names.isdisjoint(b.names) or len(a.words & b.words) < min_shared:
                    continue
                yield a, b


# Window words that pin a count to a day, a night, a weekend or a year; others ("since", "past", "so far") make it a
# running total.
_PINNING = frozenset(
    {"overnight", "today", "yesterday", "weekend", *(w.lower() for w in (*WEEKDAY_NAMES, *MONTH_NAMES))} - {"may"}
)  # ("may": a modal)
# A restated sentence (not a loose one) may also pin its count to the last period: "operated 98,300 flights" →
# "operated 89,300 flights last year" (a follow-up dates what its source left to the story's time).
_LAST_PERIOD = frozenset({"last year", "last month", "last week"})
_NO_WINDOW = frozenset({"per cent"})  # (the index still keeps apart sentences one of which says "per cent")


def _pinning(words: frozenset[str], *, loose: bool = True) -> bool:
    """Whether every one of these window words pins a count to a day, a weekend or a year ("April 1, 2020" beside
    "April 1"), or, in a close restatement (``loose=False``), to the last period, so a sentence that leaves them out
    may restate the same count."""
    return all(w in _PINNING or (w.isdigit() and len(w) == 4) or (not loose and w in _LAST_PERIOD) for w in words)


def _restated_counts(
    rule: CrossDocumentNumberRule,
    facts: FactBase,
    flagged: set[tuple[frozenset[str], str]],
    ambiguous: set[tuple[str, str]],
) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates, each with one count of the same noun, that disagree
    (see :func:`changed_counts`). Pairs the index compares are left to it, and a noun the index already found
    disagreeing between the two documents is not reported twice. The index leaves a noun a document counts twice
    ("48,362 adults" in a study, "1,200 adults" in a planned trial) to two sentences that are each other's best match;
    a restated pair holding one count of it each is one statement (the rewrite sentence restates that source
    sentence) whether or not another rewrite sentence restates it better, unless either count is one the other
    document states elsewhere ("210,000 people, more than two-fifths of its 480,000 members" restates the lead's
    "210,000 members" and another sentence's "480,000 members")."""
    for m, loose in _restatements(facts):
        if another_day(facts, (m.document, m.sentence), (m.other, m.other_sentence)):
            continue  # "by April 13" and "as of 14 April": a running tally on two days
        for a, b in changed_counts(facts, m, loose=loose):
            if (frozenset((a.doc, b.doc)), a.noun) in flagged:
                continue  # reported through the index
            if _outcome(rule, a, b) is False and (
                _same_thing(facts, a, b, ambiguous) or _stated_in(facts, a, b.doc) or _stated_in(facts, b, a.doc)
            ):
                continue  # compared through the index (or each count is another of the other document's counts)
            if _corrected(facts, a, b) or _updated_from(facts, b, a) or _difference_told(facts, a, b):
                continue  # a correction, or a follow-up that tells its update ("to 19 from 22", "165 more counted")
            if _given_beside(facts, a, b):
                continue  # "roughly 2,200 offences" of the sentence before's "to 2,194": a merged sentence's figure
            if _lists_as_many(a, b.num.value):
                continue  # "four uses – farming, rail and fishing": the source's three listed, count-vs-list's miscount
            ea = quote(facts, a.doc, a.offset + a.num.hstart, a.offset + a.num.end, role="stated")
            eb = quote(facts, b.doc, b.offset + b.num.hstart, b.offset + b.num.end, role="source")
            restates = f"it restates loosely (score {m.score:.2f})" if loose else "it restates"
            yield fail(
                f"{facts.label(a.doc)} says {a.num.shown} {plural_of(a.noun)} ({fmt_iv(a.num.bounds)}) where the "
                f"{facts.label(b.doc)} sentence {restates} says {b.num.shown} ({fmt_iv(b.num.bounds)})"
                f"{': the limit itself, changed' if _other_limit(a, b) else ''}",
                [ea, eb],
                first=a.num.bounds,
                second=b.num.bounds,
                noun=a.noun,
                score=round(m.score, 6),
            )


def _counts_by_sentence(facts: FactBase) -> tuple[dict[tuple[str, int], list[_Count]], dict[str, Counter[str]]]:
    """(document, sentence) → its counts, and document → how many times it counts each noun (cached)."""

    def build(f: FactBase) -> tuple[dict[tuple[str, int], list[_Count]], dict[str, Counter[str]]]:
        counts: dict[tuple[str, int], list[_Count]] = {}
        nouns: dict[str, Counter[str]] = {}
        for doc, _ex in f.all():
            items, _ = f.per_document("cross-document-number.counts", doc.id, lambda d, e: _document_counts(f, d, e))
            for item, _words in items:
                counts.setdefault((item.doc, item.sentence), []).append(item)
            nouns[doc.id] = Counter(item.noun for item, _words in items)
        return counts, nouns

    return facts.derived("cross-document-number.by-sentence", build)


def sentence_counts(facts: FactBase, document: str, sentence: int) -> list[tuple[str, str]]:
    """The counts of one sentence as (number as written, counted noun): "securing 101,346 votes" → ("101,346",
    "vote")."""
    by_sentence, _nouns = _counts_by_sentence(facts)
    return [(c.num.text, c.noun) for c in by_sentence.get((document, sentence), [])]


def document_counts(facts: FactBase, document: str) -> list[tuple[float, str]]:
    """The counts a document gives, as (value, counted noun): "in 9 halls" → (9.0, "hall")."""
    by_sentence, _nouns = _counts_by_sentence(facts)
    return [(c.num.value, c.noun) for (doc, _i), counts in by_sentence.items() if doc == document for c in counts]


def counted_nouns(facts: FactBase, document: str) -> frozenset[str]:
    """The nouns a document counts."""
    _by_sentence, nouns = _counts_by_sentence(facts)
    return frozenset(nouns.get(document, {}))


def changed_counts(facts: FactBase, m: Match, *, loose: bool = False) -> Iterator[tuple[_Count, _Count]]:
    """The counts of one noun, one in each sentence of a restated pair (rewrite sentence, source sentence), that
    disagree ("The trial enrolled 1,240 patients" → "The study, which involved 1,420 patients"): the alignment says
    the two counts are one thing, so no shared name or word is needed, and a window the other sentence leaves out
    may pin the count to a day ("430 homes overnight on Friday" → "340 homes ... overnight"). ``loose``: the pair
    restates below the threshold (see :func:`_restatements`); its counts are compared only when each document
    counts the noun once."""
    by_sentence, nouns = _counts_by_sentence(facts)
    mine, theirs = by_sentence.get((m.document, m.sentence), []), by_sentence.get((m.other, m.other_sentence), [])
    for noun in sorted({c.noun for c in mine} & {c.noun for c in theirs}):
        xa, xb = [c for c in mine if c.noun == noun], [c for c in theirs if c.noun == noun]
        if len(xa) != 1 or len(xb) != 1:
            continue
        if loose and (nouns[m.document][noun] != 1 or nouns[m.other][noun] != 1):
            continue
        a, b = xa[0], xb[0]
        if _limit(a.text, a.num) != _limit(b.text, b.num):
            continue  # "a cap of 40 grants" / "awarded 35 grants": the most allowed, and what was done
        raised = _raised_floor(a.num, b.num) or _other_limit(a, b)
        if (a.num.bounds.overlaps(b.num.bounds) and not raised) or a.update or a.part or b.part:
            continue
        if a.position != b.position or a.added != b.added or _one_threshold(a, b):
            continue
        if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
            continue
        if (a.scope and _restricted(a, b)) or (b.scope and _restricted(b, a)):  # (most counts have no scope)
            continue
        if _clause_restricted(a, b) or _clause_restricted(b, a):
            continue  # "the three councillors who abstained" of "Eleven councillors attended": a part of them
        if _holds(facts, a, b, others=raised) or _holds(facts, b, a, others=raised):
            continue  # the number is in the other sentence too: another slot ("voted 6-3, with three members")
        if _change_of(facts, a, b) or _change_of(facts, b, a):
            continue  # "About 11,000 …, down from more than 25,000": the source's count is the change's start
        if _total_of_parts(facts, a, b) or _total_of_parts(facts, b, a):
            continue  # "160 buses – 120 from RTP and 40 from Metrobús": the total of the restated parts
        if not _one_window(a.window - _NO_WINDOW, b.window - _NO_WINDOW, loose=loose):
            continue  # another window, or a running total ("since Friday")
        yield a, b


def _one_window(x: frozenset[str], y: frozenset[str], *, loose: bool) -> bool:
    """Whether two restated counts' window words may name one window: one's words within the other's, the rest
    pinning the count to a day (:func:`_pinning`), or the two sharing a day they pin and differing only in days and
    dates that date other clauses ("issued a warning on Wednesday for 27 areas … on Friday" / "in force on Friday 5
    November, covering 21 areas": both on Friday)."""
    small, large = sorted((x, y), key=len)
    if small <= large:
        return _pinning(large - small, loose=loose)
    return bool(x & y & _PINNING) and _pinning(x ^ y)


def _one_threshold(a: _Count, b: _Count) -> bool:
    """Whether two counts of a period give one threshold the same number of periods, each sentence counting
    something else by it ("38,000 people … waiting longer than four months" / "the number of people waiting more than
    four months rose by more than 4000", "95 percent … to wait less than four months" / "62 percent … are seen within
    four months"): a bound before such a period says which side of the threshold is counted, not how many periods
    there are ("lasted more than four months" / "lasted under four months", with nothing else counted, is compared)."""
    if a.noun not in _PERIODS or a.num.value != b.num.value or not (a.num.hedge or b.num.hedge):
        return False
    if _said_of_some(a) or _said_of_some(b):
        return True
    return all(any(n.start != c.num.start and not n.year for n in scan(c.text)) for c in (a, b))


# Part of a group a duration is said of, before it: "some for more than two hours", "many of them for over an hour".
_SOME_FOR = re.compile(r"(?i)\b(?:some|many|most|several|others|a few)(?:\s+of\s+them)?\s+(?:for\s+)?$")


def _said_of_some(count: _Count) -> bool:
    """Whether a bounded count of periods is said of part of a group ("queued on the road, some for more than two
    hours"): the longest of a spread of durations, a threshold which another bound of the same number ("spent up to
    two hours") states from the other side, no other number of periods."""
    return count.num.hedge is not None and _SOME_FOR.search(count.text, 0, count.num.hstart) is not None


def _raised_floor(mine: Num, theirs: Num) -> bool:
    """Whether a rewrite's open lower bound is above its source's ("more than 230 rescues" → "more than 320
    rescues"): the two bounds overlap, but the rewrite claims what the source does not; a lower floor ("more than
    200") only rounds it down."""
    return (
        math.isinf(mine.bounds.high)
        and math.isinf(theirs.bounds.high)
        and mine.bounds.low > theirs.bounds.low
        and mine.value > theirs.value
    )


def _raised_maximum(mine: Num, theirs: Num) -> bool:
    """Whether a rewrite's stated most ("up to 150mm", "as many as 40"; a closed upper bound, not "under 150") is
    above its source's ("up to 120mm"): the two bounds overlap, but the rewrite gives a higher peak than the source."""
    return (
        direction(mine.hedge) == "<"
        and direction(theirs.hedge) == "<"
        and not mine.bounds.high_open
        and not theirs.bounds.high_open
        and mine.value > theirs.value
    )


# A limit a rule sets, before its number: "is allowed 250 traps", "limited to 40 passengers", "a cap of 12 boats",
# or a most after a word of permission or liability: "can set up to 300 traps", "may carry no more than 12",
# "could face up to ten years".
_LIMIT_WORD = re.compile(
    r"(?i)\b(?:(?:allowed|permitted)(?:\s+to\s+[a-z]+)?|entitled\s+to|limited\s+to|capped\s+at|restricted\s+to|"
    r"an?\s+(?:maximum|cap|limit|ceiling|quota|allowance)\s+of)\s+$"
)
_PERMITTED = re.compile(r"(?i)\b(?:can|may|could|allowed\s+to|permitted\s+to|entitled\s+to)\s+(?:[a-z]+\s+){0,2}?$")


def _limit(text: str, n: Num) -> bool:
    """Whether a count states a limit (:data:`_LIMIT_WORD`, or a most "up to", "no more than" after a word of
    permission: :data:`_PERMITTED`): the number is the limit itself, one value, though it bounds what is done."""
    if n.hedge is None:
        return _LIMIT_WORD.search(text, max(0, n.hstart - 40), n.hstart) is not None
    if direction(n.hedge) != "<" or n.bounds.high_open:
        return False
    return _PERMITTED.search(text, max(0, n.hstart - 40), n.hstart) is not None or (
        _LIMIT_WORD.search(text, max(0, n.hstart - 40), n.hstart) is not None
    )


def _other_limit(a: _Count, b: _Count) -> bool:
    """Whether two restated counts each state a limit (:func:`_limit`) of different values ("can set up to 300 traps"
    / "is allowed 250 traps"): one rule's limit, changed, though 250 is within "up to 300"."""
    return a.num.value != b.num.value and _limit(a.text, a.num) and _limit(b.text, b.num)


def _restatements(facts: FactBase) -> Iterator[tuple[Match, bool]]:
    """The run's restated sentence pairs (loose: False), then each rewrite sentence that restates no source sentence
    but whose best source sentence scores at least the support floor (loose: True; "covers 46 fish stocks" after
    "covers 42 fish stocks shared by the two sides", whose changed number and merged clause keep it under the
    restating threshold)."""
    aligned = aligned_sentences(facts)
    yield from ((m, False) for m in aligned)
    restated = {(m.document, m.sentence) for m in aligned}
    for doc_id, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc_id].sentences:
            if (doc_id, s.index) in restated:
                continue
            best = best_support(facts, doc_id, s.index, sources)
            if best is not None and round(best.score, 6) >= SUPPORT_FLOOR:
                yield best, True


def _restated_slots(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates, with one percentage (or one year) each that differ
    and every other number the same: the one changed slot ("78% had backed" → "82% … had backed")."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    for m in aligned_sentences(facts):
        a, b = by_sentence.get((m.document, m.sentence)), by_sentence.get((m.other, m.other_sentence))
        if a is None or b is None or _UPDATE.search(a.text):
            continue
        ra, rb = _change_roles(a), _change_roles(b)
        if ra is not None and rb is not None:
            yield from _restated_change(facts, a, b, ra, rb)
            continue
        if _CHANGE.search(a.text) or _CHANGE.search(b.text):
            continue
        for kind, of_kind in _SLOTS:
            xa, xb = [n for n in a.nums if of_kind(a, n)], [n for n in b.nums if of_kind(b, n)]
            if kind == "money":
                xa, xb = one_sum(xa), one_sum(xb)
            if len(xa) != 1 or len(xb) != 1 or _one_reading(xa[0], xb[0]):
                continue
            if kind == "measure" and _glued_measure(a.text, xa[0]) != _glued_measure(b.text, xb[0]):
                continue  # "30GB" and "20MB" are no one slot
            if kind == "year" and _day_dated(facts, a, xa[0]) != _day_dated(facts, b, xb[0]):
                continue  # "published on 8 February 2028" dates the text; "its 2027 summary" names the period
            if kind == "money" and (not _same_money(a, xa[0], b, xb[0]) or xa[0].interval.overlaps(xb[0].interval)):
                continue  # amounts are compared at the hedges' agreement reading: "over $1 trillion" holds $1 trillion
            if kind == "money" and rounded(xa[0]).overlaps(rounded(xb[0])):
                continue  # "$434 million" is a rounding of "$433,537,548"
            if not (_exact(facts, a, xa[0]) and _exact(facts, b, xb[0])):
                continue
            if kind == "percent" and _share_beside_its_counts(a, xa[0]):
                continue  # "312 of the 1,200 farms (31%)": worked out from its own counts, for percent-of
            rest_a = [n for n in a.nums if not of_kind(a, n) and not _dated(facts, a, n) and not _list_number(a, n)]
            rest_b = [n for n in b.nums if not of_kind(b, n) and not _dated(facts, b, n) and not _list_number(b, n)]
            if not _same_numbers(rest_a, rest_b):
                continue
            na, nb = xa[0], xb[0]
            if _moved_between(facts, a, na, b, nb):
                continue  # "shares fell 1.8%" beside "about 6%": each figure is in the other text, elsewhere
            if _notice_names(facts, (a.doc, b.doc), [na, nb]):
                continue  # the rewrite says it corrected the number
            if kind == "money":  # shown with its currency: "about $7.2bn"
                na, nb = (
                    replace(na, text=f"{_currency(a, na)}{na.text}"),
                    replace(nb, text=f"{_currency(b, nb)}{nb.text}"),
                )
            if kind == "measure":  # shown with its unit: "30GB"
                na, nb = (
                    replace(na, text=f"{na.text}{_glued_measure(a.text, na)}"),
                    replace(nb, text=f"{nb.text}{_glued_measure(b.text, nb)}"),
                )
            yield _restated_fail(facts, a, b, na, nb, kind)


def _moved_between(facts: FactBase, a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether rewrite figure ``x`` is stated in ``b``'s document and source figure ``y`` in ``a``'s, each in another
    sentence: a rewrite that merged or split sentences moved the two figures ("saw its shares fall 1.8%. The company,
    which held about 6% of the market" / "with a share of about 6% … shares closed 1.8% lower"), changing neither."""
    return _states(scanned(facts).get(b.doc, []), a.text, x) and _states(scanned(facts).get(a.doc, []), b.text, y)


def _one_reading(x: Num, y: Num) -> bool:
    """Whether two figures may be one value: their intervals overlap, more than at the one point where the roundings
    of two plain figures meet ("5 per cent" and "4 per cent" share only 4.5, which no writer would give as both)."""
    if not x.bounds.overlaps(y.bounds):
        return False
    touching = x.bounds.low == y.bounds.high or y.bounds.low == x.bounds.high
    return not (touching and x.hedge is None and y.hedge is None and x.value != y.value)


# "53.8 percent, down from 62.1 percent", with an attribution between ("58.3%, the board said, up from 55%"), or the
# now's period before it and no direction ("declined to 4.82% in April, from 5.06% in March", "4.28% in the twelve
# months to April, down from 5.06%").
_DOWN_UP_FROM = re.compile(
    r"(?:\s+(?:in|for|during|over)\s[^,\d]{1,40}?)?(?:,[^,\d]{1,40})?,\s+(?:(?P<dir>down|up)\s+)?from\s+(?:an? |the )?"
)


def _change_roles(sent: SentenceNums) -> tuple[Num, Num, str] | None:
    """(now, before, direction) of a sentence whose only two percentages are "Z%, down/up from Y%" (with no
    direction word, the one the two values make), or a change written "from Y% to Z%" or "to Z% from Y%"; else
    None."""
    pcts = [n for n in sent.nums if n.percent]
    if len(pcts) != 2:
        return None
    ordered = _from_to(sent, *pcts)
    now, before = ordered or pcts
    m = None if ordered else _DOWN_UP_FROM.fullmatch(sent.text, now.end, before.hstart)
    if m is None and ordered is None:
        return None
    direction = (m.group("dir") if m else None) or ("down" if now.value < before.value else "up")
    return now, before, direction.lower()


_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_BEFORE = re.compile(r"\bto\s+$")


def _from_to(sent: SentenceNums, first: Num, second: Num) -> tuple[Num, Num] | None:
    """(now, before) of two numbers written as a change "from Y to Z" or "to Z from Y", else None: the "to" is the
    level the change reached, no range's end."""
    between, lead = sent.text[first.end : second.hstart], sent.text[max(0, first.hstart - 8) : first.hstart]
    if between == " to " and _FROM_BEFORE.search(lead):
        return second, first
    if between == " from " and _TO_BEFORE.search(lead):
        return first, second
    return None


def _restated_change(
    facts: FactBase,
    a: SentenceNums,
    b: SentenceNums,
    ra: tuple[Num, Num, str],
    rb: tuple[Num, Num, str],
) -> Iterator[Verdict]:
    """The current values of two restated "Z%, down from Y%" sentences that agree on Y and on the direction."""
    (na, pa, da), (nb, pb, db) = ra, rb
    if da != db or not pa.bounds.overlaps(pb.bounds) or na.bounds.overlaps(nb.bounds):
        return
    if not (_stated_level(facts, a, na, pa) and _stated_level(facts, b, nb, pb)):
        return
    rest_a = [n for n in a.nums if not n.percent and not _dated(facts, a, n) and not _list_number(a, n)]
    rest_b = [n for n in b.nums if not n.percent and not _dated(facts, b, n) and not _list_number(b, n)]
    if not _same_numbers(rest_a, rest_b):
        return
    yield _restated_fail(facts, a, b, na, nb, "percent", f" (both {da} from {pa.shown})")


# A level a change reached: "declined to 4.82%", "rose to 61%" (the "to" of a verb of change, no range's end).
_CHANGED_TO = re.compile(
    r"(?i)\b(?:rose|fell|declined|dropped|climbed|increased|decreased|eased|slipped|jumped|grew|slowed|accelerated"
    r"|edged\s+(?:up|down))\s+to\s*$"
)


def _stated_level(facts: FactBase, sent: SentenceNums, now: Num, before: Num) -> bool:
    """Whether a change's current value is stated as one value (:func:`_changed_to`), or as the "to" of a change
    written "from Y to Z" or "to Z from Y"."""
    first, second = sorted((now, before), key=lambda n: n.start)
    return _changed_to(facts, sent, now) or _from_to(sent, first, second) is not None


def _changed_to(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether the current value of a change is stated as one value: exact, or the level a verb of change reached
    with no bound ("fell to 41 percent", not "fell to under 41 percent")."""
    return _exact(facts, sent, n) or (n.hedge is None and _CHANGED_TO.search(sent.text, 0, n.hstart) is not None)


# A numbered paragraph's number: "3. Twelve-month inflation declined …", "(2) The board …".
_LIST_NUMBER = re.compile(r"\s*\(?(?P<n>\d{1,2})[.)]\s")


def _list_number(sent: SentenceNums, n: Num) -> bool:
    """Whether a number is the one numbering the sentence's paragraph: it counts nothing."""
    m = _LIST_NUMBER.match(sent.text)
    return m is not None and n.start == m.start("n")


def _restated_fail(
    facts: FactBase, a: SentenceNums, b: SentenceNums, na: Num, nb: Num, noun: str, note: str = ""
) -> Verdict:
    """A rewrite sentence ``a`` giving ``na`` where the source sentence ``b`` it restates gives ``nb``."""
    ea = quote(facts, a.doc, a.offset + na.hstart, a.offset + na.end, role="stated")
    eb = quote(facts, b.doc, b.offset + nb.hstart, b.offset + nb.end, role="source")
    la, lb = facts.label(a.doc), facts.label(b.doc)
    return fail(
        f"{la} says {na.shown} where the {lb} sentence it restates says {nb.shown}{note}",
        [ea, eb],
        first=na.bounds,
        second=nb.bounds,
        noun=noun,
    )


# A bound or a range is no stated value: "born before 1944", "after January 2010", "the 2018–19 season", "5–7%".
_YEAR_BOUND = re.compile(
    r"(?i)\b(?:before|after|by|until|till|since|from|through|to|as of|prior to|around|circa|c\.|early|late|mid|"
    r"pre|post|than|between|and|or)\W*$"
)
_SHARE_BOUND = re.compile(r"(?i)\b(?:from|to|than|between|and|or)\W*$")
_RANGE_AFTER = re.compile(r"\s*(?:[–/-]|to\b|or\b|and\b)\s*\d")


def _exact(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether a percentage or year is stated as one value, not a bound ("after January 2010") or a range end."""
    if _RANGE_AFTER.match(sent.text, n.end):
        return False
    start = n.hstart
    if n.year:  # the words before its date: "before January 2018"
        for d in facts.extractions[sent.doc].dates:
            if d.span.start <= sent.offset + n.start < d.span.end:
                start = min(start, max(0, d.span.start - sent.offset))
    bound = _YEAR_BOUND if n.year else _SHARE_BOUND
    return not bound.search(sent.text[max(0, start - 12) : start])


def _dated(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether a number is part of a date (a dateline day is no slot of the statement)."""
    at = sent.offset + n.start
    return any(d.span.start <= at < d.span.end for d in facts.extractions[sent.doc].dates)


def _day_dated(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether year ``n`` is part of a date to the day ("8 February 2028"): the day something happened or was
    published, no period a bare year names ("the 2027 summary")."""
    at = sent.offset + n.start
    return any(d.span.start <= at < d.span.end and d.granularity == "day" for d in facts.extractions[sent.doc].dates)


def _same_numbers(xs: list[Num], ys: list[Num]) -> bool:
    """Whether two lists of numbers pair off one to one, each pair overlapping."""
    if len(xs) != len(ys):
        return False
    left = list(ys)
    for x in xs:
        hit = next((y for y in left if x.bounds.overlaps(y.bounds)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _noun_stems(noun: str) -> set[str]:
    """The stems of the counted noun and its synonyms in the singular and plural: never a content word the two
    sentences share ("15 years" and "over 40 years", "180 posts" and "140 posts" share no word by their noun)."""
    out: set[str] = set()
    for w in noun_group(noun):
        plurals = (w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else w)
        out |= {w[:5], *(p[:5] for p in plurals)}
    return out


def _outcome(rule: CrossDocumentNumberRule, a: _Count, b: _Count) -> bool | None:
    """True: the two counts agree; False: they contradict each other; None: not comparable."""
    if a.names.isdisjoint(b.names) or len(a.words & b.words) < rule.min_shared:
        return None
    return _related_outcome(a, b)


def _related_outcome(a: _Count, b: _Count) -> bool | None:
    """:func:`_outcome` of two counts whose sentences share a name and enough words (see :func:`_pairs`)."""
    if a.modifiers and b.modifiers and not (a.modifiers & b.modifiers):
        return None  # "430 Ukrainian soldiers" vs "200 Russian soldiers"
    if a.added != b.added:
        return None  # "a mission of 48 observers" vs "would add 14 observers": a total and a change's size
    if (a.scope and _restricted(a, b)) or (b.scope and _restricted(b, a)):  # (most counts have no scope)
        return None  # "1,100 staff in the UK" vs "15,000 staff": a part and its whole
    if _clause_restricted(a, b) or _clause_restricted(b, a):
        return None  # "the two directors who voted against" vs "nine directors": those who did it, and all
    if (a.part and a.part.bounds.overlaps(b.num.bounds)) or (b.part and b.part.bounds.overlaps(a.num.bounds)):
        return None  # "31 of the 90 seats" vs "31 seats in the 90-member assembly": the part restated
    if a.num.bounds.overlaps(b.num.bounds):
        return True
    if a.window != b.window and not _anchored(a, b):
        return None
    later = _later(a, b)
    if later is not None and later.update:
        return None
    if later is None and (a.update or b.update):
        return None
    return False


def _anchored(a: _Count, b: _Count) -> bool:
    """Whether the two counts' sentences each state another count of one other noun with one value ("scored 11 goals
    in 32 league appearances last season" / "scoring 11 goals … in 29 league appearances" last year): the agreeing
    count ties the two statements together, whatever else dates either sentence."""
    return bool(_other_counts(a.text, a.num.start, a.noun) & _other_counts(b.text, b.num.start, b.noun))


_ANCHOR = 10
"""A count ties two statements together from this value up ("11 goals"; not "the last two miles", said of many)."""


@lru_cache(maxsize=4096)
def _other_counts(text: str, start: int, noun: str) -> frozenset[tuple[str, float]]:
    """The (noun, value) of a sentence's exact counts other than the one at ``start`` and of other nouns than
    ``noun``."""
    out = set()
    for n in scan(text):
        if n.start == start or not n.is_count or n.value < _ANCHOR or n.hedge or n.bounds.width:
            continue
        got = _counted(text, n)
        if got is not None and got[0] != noun:
            out.add((got[0], n.value))
    return frozenset(out)


def _sentence_nums(facts: FactBase) -> dict[tuple[str, int], list[Num]]:
    """(document, sentence index) → the sentence's scanned numbers, less the hours of its times of day (cached)."""

    def build(f: FactBase) -> dict[tuple[str, int], list[Num]]:
        return {
            (x.doc, x.index): [n for n in x.nums if not clock_time(x.text, n)]
            for sents in scanned(f).values()
            for x in sents
        }

    return facts.derived("cross-document-number.sentence-nums", build)


# A time of day: hours with minutes after a colon ("21:00", "9:30") or with "am"/"pm" ("4.15pm", "6 p.m.").
_CLOCK_TIME = re.compile(r"\d{1,2}(?::\d\d(?!\d)(?!:\d)|(?:[.:]\d\d)?\s?(?:[ap]\.?m\b\.?))", re.IGNORECASE)


def clock_time(text: str, n: Num) -> bool:
    """Whether number ``n`` is the hour of a time of day ("until 21:00 GMT", "at 4.15pm"): a time, no figure of a
    count or an amount."""
    return not n.hedge and _CLOCK_TIME.match(text, n.start) is not None


# A part of a whole the sentence counts, listed after it: "142 films, including 38 Argentine productions".
_LISTED_PART = re.compile(r"(?i)\b(?:including|of which|of whom|among them)\s+$")


def _holds(facts: FactBase, count: _Count, other: _Count, same_noun: bool = False, others: bool = False) -> bool:
    """Whether ``other``'s sentence holds a number matching ``count``'s as another slot: a count like it (no share,
    year or amount of money; no count of another noun: "four hours" is no count of rescuers, unless it is listed as
    part of the sentence's whole: "142 films, including 38 Argentine productions" holds 38 films), and an open-ended
    bound ("more than 40", "under 40") only when it counts the same noun or a part of it ("over 16,250 of those"): a
    bare bound of something else would hold any count, and a bare number holds a bound ("less than 124 clubs", "more
    than 42 deaths") only as a part of it: any number below 124 would ("the 2. Bundesliga"). With ``same_noun``, only a
    count of ``count``'s noun holds it; with ``others``, only a number other than ``other``'s own count."""
    text = other.text
    bound = _open_ended(count.num)
    for n in _sentence_nums(facts).get((other.doc, other.sentence), ()):
        if others and n.start == other.num.start:
            continue
        if not n.bounds.overlaps(count.num.bounds):  # (the cheapest test first: most numbers fail it)
            continue
        if not n.is_count or _CURRENCY.search(text, max(0, n.start - 3), n.start):
            continue
        got = _counted(text, n)
        if got is not None and got[0] != count.noun and (same_noun or not _LISTED_PART.search(text, 0, n.hstart)):
            continue
        if got is None and (same_noun or ((bound or _open_ended(n)) and not _OF_PART.match(text, n.end))):
            continue
        return True
    return False


def _open_ended(n: Num) -> bool:
    """Whether a number is an open-ended bound ("more than 40", "under 40"), not a value."""
    return math.isinf(n.bounds.high) or n.bounds.low <= 0 < n.value


_OF_PART = re.compile(r"(?i)\s+of\s+(?:them|those|these|which|whom|it)\b")


def _notice_names(facts: FactBase, documents: tuple[str, str], nums: list[Num], noun: str = "") -> bool:
    """Whether a correction notice of either document ("An earlier version of this story said 14 satellites; it was
    corrected to 12") gives one of the two disagreeing values, or names the counted noun ("misstated the number of
    satellites"): the change is the correction, not a slip."""
    by_sentence = _sentence_nums(facts)
    for doc in documents:
        for k in correction_notices(facts, doc):
            if any(x.bounds.overlaps(n.bounds) for x in by_sentence.get((doc, k), ()) for n in nums):
                return True
            if noun and _noun_stems(noun) & content_stems(facts.sentence_text(doc, k)):
                return True
    return False


_PLACE_MEASURES = frozenset({"length", "angle", "temperature"})
"""Dimensions of the measures a place has (a river's crest, a town's temperature, a detour's length; pint reads
"degrees" as an angle)."""


def _measured_apart(facts: FactBase, a: _Count, b: _Count) -> bool:
    """Whether two counts measure a length or a temperature ("crested at 19.6 feet", "41 degrees") in two documents
    neither written from the other, and their sentences name no place in common: two reports of one story measure
    the same river or town by name, while a day's unrelated drafts each measure their own ("Clear Creek at
    Friendswood crested at 19.6 feet" / "The Kentucky River at Whitesburg crested at 21.3 feet")."""
    if b.doc in facts.sources.get(a.doc, ()) or a.doc in facts.sources.get(b.doc, ()):
        return False
    return _dimension(a.noun) in _PLACE_MEASURES and not a.places & b.places


def _corrected(facts: FactBase, a: _Count, b: _Count) -> bool:
    """Whether two disagreeing counts are a correction one of the documents notes (see :func:`_notice_names`)."""
    return _notice_names(facts, (a.doc, b.doc), [a.num, b.num], a.noun)


def _two_slots(facts: FactBase, a: _Count, b: _Count) -> bool:
    """Whether each of two disagreeing counts is in the other's sentence too: two slots of one statement ("voted 7-2,
    with two members preferring a delay" vs "Seven members voted ... and two wanted a delay"), not a contradiction.

    One way is enough when the other sentence states the count again as a count of the same noun and its own
    disagreeing count is one the first count's document states too: "About 40 homes were evacuated. … within 12
    homes of the river" vs "About 40 homes were evacuated, leaving 12 homes …" (a merged sentence) restates the 40
    and the 12; had the first document no count of 12 homes, the 12 could be another of its counts changed, and the
    pair is compared."""
    return (
        (_holds(facts, a, b, same_noun=True) and _stated_in(facts, b, a.doc))
        or (_holds(facts, b, a, same_noun=True) and _stated_in(facts, a, b.doc))
        or (_holds(facts, a, b) and _holds(facts, b, a))
    )


def _other_slot(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``count`` restates another count of its noun in ``other``'s sentence, while its own sentence holds
    another count of the noun that may be ``other``'s counterpart ("stood at 1.84 million tons, below the 2 million
    tons" / "stood at 1.48 million tons, short of the 2 million tons": the 2 million is the same slot in both, and
    compared with the 1.84 million it would be the wrong one)."""
    if not _holds(facts, count, other, same_noun=True):
        return False
    by_sentence, _ = _counts_by_sentence(facts)
    return any(
        c.noun == count.noun and not c.num.bounds.overlaps(count.num.bounds)
        for c in by_sentence.get((count.doc, count.sentence), [])
    )


def _total_of_parts(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``other`` is the total of a run of numbers right after it in its sentence, one of which is ``count``'s
    ("160 free replacement buses – 120 from the RTP network and 40 from Metrobús" beside "120 buses from the RTP and
    40 from the Metrobús"): the total adds up the parts, one of which ``count`` restates."""
    nums = [
        n
        for n in _sentence_nums(facts).get((other.doc, other.sentence), ())
        if n.start > other.num.start and n.is_count and not n.hedge
    ]
    total = 0.0
    for k, n in enumerate(nums):
        total += n.value
        if k and math.isclose(total, other.num.value):
            return any(x.bounds.overlaps(count.num.bounds) for x in nums[: k + 1])
    return False


# The start of a change written before a number: "up from nine", "rose from 40 to 52", "compared with 12 a year ago".
_CHANGE_START = re.compile(
    r"(?i)\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|grew|jumped|climbed|dropped)"
    r"\s+(?:\w+\s+){0,2}?from|compared\s+(?:with|to))\s+(?:the\s+|an?\s+)?$"
)


def _change_of(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``other``'s sentence gives ``count`` as the start of a change to its own count ("nine reports in
    December" vs "The 14 reports are up from nine in December"): the two counts are the before and after, told as
    such, no disagreement."""
    for n in _sentence_nums(facts).get((other.doc, other.sentence), ()):
        if n is other.num or n.start == other.num.start or not n.bounds.overlaps(count.num.bounds):
            continue
        if _CHANGE_START.search(other.text, max(0, n.hstart - 40), n.hstart):
            return True
    return False


# The size of a change, written before its figure: "an increase of 6 cents", "up 6 cents", "rose by 12".
_CHANGE_SIZE = re.compile(
    r"(?i)\b(?:(?:increase|rise|fall|drop|decline|decrease|gain|jump|cut|reduction)\s+of|up|down"
    r"|(?:rose|fell|increased|decreased|grew|dropped|climbed|jumped|declined|gained|lost)\s+by)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[^\w\s]?$"
)


def _change_size(count: _Count) -> bool:
    """Whether a count is the size of a change ("an increase of 6 cents"), which only another change's size can
    restate or contradict: "a dividend of 46 cents, up from 42 cents" gives two levels, no size."""
    return _sizes_change(count.text, count.num)


def _sizes_change(text: str, n: Num) -> bool:
    """Whether number ``n`` of ``text`` is the size of a change, written after its cue ("up $6 million", "an
    increase of 6 cents", "rose by 12")."""
    return _CHANGE_SIZE.search(text, max(0, n.hstart - 40), n.hstart) is not None


# The start of a change written after its level: "cut the number … to 31 from 34".
_TO_FROM = re.compile(r"(?i)\bto\s+(?:about\s+|around\s+)?\d[\d,.]*\s+from\s+$")


def _updated_from(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``other``'s document, dated after ``count``'s, gives ``count``'s figure as the start of a change in
    some sentence ("has cut the number of shops it plans to close to 31 from 34"): the follow-up tells its update,
    so its other counts of the noun ("the three reprieved stores") are no contradiction of the earlier figure."""
    if count.published is None or other.published is None or other.published <= count.published:
        return False
    for sent in scanned(facts).get(other.doc, []):
        for n in sent.nums:
            if n.percent or n.value != count.num.value:
                continue
            before = sent.text[max(0, n.hstart - 40) : n.hstart]
            if _CHANGE_START.search(before) or _TO_FROM.search(before):
                return True
    return False


_TOLD_DIFFERENCE = 10
"""From this size a difference between two counts that a document states as a figure of its own is no chance match."""


def _difference_told(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``count``'s document states, as a figure of its own (a plain count, of the same noun when it names one:
    no year, date, percentage, measure or sum of money; one ``other``'s document does not state), the difference
    between the two counts, of :data:`_TOLD_DIFFERENCE` or more ("counted 165 additional ballots" beside "475 ballots
    are still to be tallied" after "about 640 ballots remain to be counted"): the follow-up tells what moved the
    count, no contradiction of the earlier figure ("A$0.5 million" of grants tells nothing of 3.3 and 3.8 million
    meals)."""
    difference = abs(count.num.value - other.num.value)
    if difference < _TOLD_DIFFERENCE or difference in (count.num.value, other.num.value):
        return False  # ("nearly 200" against "more than 400": the count itself tells no difference)
    theirs = scanned(facts).get(other.doc, [])
    return any(
        n.value == difference and _plain_count_of(facts, sent, n, count.noun) and not _states(theirs, sent.text, n)
        for sent in scanned(facts).get(count.doc, [])
        for n in sent.nums
    )


def _plain_count_of(facts: FactBase, sent: SentenceNums, n: Num, noun: str) -> bool:
    """Whether ``n`` is a plain count (no year, date, share, measure or sum of money) of ``noun`` or of no noun."""
    if not n.is_count or _dated(facts, sent, n) or _currency(sent, n) is not None or _glued_measure(sent.text, n):
        return False
    named = _counted(sent.text, n)
    return named is None or named[0] == noun


def _each_stated(facts: FactBase, a: _Count, b: _Count) -> bool:
    """Whether each of two disagreeing counts is one the other document states: one is held in the other's sentence
    as a like number ("28,412 riders started … 1,306 did not complete" holds "About 1,300 riders did not complete")
    and the other is a count of the noun elsewhere in its document ("Of the 28,412 riders who started"). The two
    sentences count different sets (those who started, those who did not finish), and neither number changed."""
    return (_holds(facts, b, a) and _stated_in(facts, a, b.doc)) or (
        _holds(facts, a, b) and _stated_in(facts, b, a.doc)
    )


def _kept_beside(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``other``'s sentence repeats ``count``'s figure exactly, beside its own disagreeing count: "The three
    provinces account for 433,600 people: Mandoul (190,400), …" keeps the source's "Mandoul (190,400 people
    affected)" and states a total of it and other parts. The two counts are two figures, neither a change of the
    other. Only a figure of three significant digits or more, written in digits and unhedged, is taken as kept: a
    "12" or an "about 40" beside another count could be a different quantity that happens to agree."""
    if not _distinctive(count.num):
        return False
    return any(
        n.start != other.num.start and n.is_count and n.value == count.num.value and _distinctive(n)
        for n in _sentence_nums(facts).get((other.doc, other.sentence), ())
    )


def _distinctive(n: Num) -> bool:
    """Whether a number is written in digits, unhedged, to three significant digits or more ("190,400", "1,306")."""
    return not (n.words or n.hedge) and len(f"{n.value:.0f}".rstrip("0")) >= 3 and n.value == int(n.value)


def _dropped(facts: FactBase, count: _Count, other: _Count) -> bool:
    """Whether ``count`` is a count its rewrite left out: ``count``'s document is a source of ``other``'s, and every
    count of the noun in ``other``'s sentence restates another count of it in ``count``'s sentence ("about 60 miles
    northwest of Anchorage at a depth of 22 miles" → "about 60 miles northwest of Anchorage"; "12 counts of fraud,
    two counts of theft and one of laundering" → "including 12 counts of fraud"): the rewrite kept one count and
    dropped another, it changed none. (A rewrite that adds a count beside a restated one is still compared.)"""
    if count.doc not in facts.sources.get(other.doc, ()):
        return False
    by_sentence, _ = _counts_by_sentence(facts)
    mine = [c for c in by_sentence.get((count.doc, count.sentence), []) if c.noun == count.noun and c != count]
    kept = [c for c in by_sentence.get((other.doc, other.sentence), []) if c.noun == count.noun]
    return all(any(k.num.bounds.overlaps(c.num.bounds) for c in mine) for k in kept) and not any(
        k.num.bounds.overlaps(count.num.bounds) for k in kept
    )


# A list right after a count's noun, past a colon or a dash: "four uses – farming, rail and fishing".
_LIST_AFTER = re.compile(r"(?:\s+[\w'-]+){1,4}?\s*(?::|[—–]|\s-|--)\s*(?P<items>[^.;:()—–]+)")
_ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _lists_as_many(count: _Count, value: float) -> bool:
    """Whether ``count``'s sentence lists, right after its noun, ``value`` items (two or more): the rewrite's list
    restates the source's count, and its own count disagreeing with that list is count-vs-list's finding."""
    m = _LIST_AFTER.match(count.text, count.num.end)
    if m is None:
        return False
    items = [i for i in _ITEM_SEPARATOR.split(m.group("items").strip()) if i.strip()]
    return len(items) >= 2 and len(items) == value


_BESIDE = 2
"""How many sentences either side of the source sentence a rewrite sentence that merges several may take from."""


def _given_beside(facts: FactBase, count: _Count, source: _Count) -> bool:
    """Whether a source sentence within :data:`_BESIDE` of ``source``'s that the rewrite sentence merges in (it shares
    a content word with the rewrite sentence that ``source``'s lacks) gives a figure ``count`` admits, noun or none
    ("Knife-enabled offences fell by 6 per cent to 2,194" beside "Vehicle crime fell … to 18,460 offences", merged
    into "Knife crime also dropped, with roughly 2,200 offences recorded, while vehicle crime fell"): the rewrite
    restates that figure. A neighbour's figure put into the restated sentence's own role ("about 9,000 homes lost
    power at the height" for "more than 40,000 … at the height" beside "about 9,000 homes were still without
    electricity") is still a changed figure."""
    if _open_ended(count.num):
        return False  # "up to 18 passengers" holds every smaller figure, and restates none
    own = content_stems(count.text) - content_stems(source.text)
    return any(
        abs(sent.index - source.sentence) <= _BESIDE
        and sent.offset + w.start != source.offset + source.num.start
        and not (w.year or w.percent or w.fraction)
        and count.num.bounds.contains(w.value)
        and bool(own & content_stems(sent.text))
        for sent in scanned(facts).get(source.doc, [])
        for w in sent.nums
    )


def _stated_in(facts: FactBase, count: _Count, document: str) -> bool:
    """Whether ``document`` gives a count of ``count``'s noun that agrees with it."""
    items, _ = facts.per_document("cross-document-number.counts", document, lambda d, e: _document_counts(facts, d, e))
    return any(c.noun == count.noun and c.num.bounds.overlaps(count.num.bounds) for c, _words in items)


def _position(text: str, n: Num) -> str:
    """The word before a number that picks part of a sequence ("first" of "the first two days"), or ""."""
    m = _POSITION.search(text, 0, n.hstart)
    return m.group(1).lower() if m else ""


def _restricted(a: _Count, b: _Count) -> bool:
    """Whether ``a`` counts part of what ``b`` counts: its noun is restricted to a place ("staff in the UK",
    "British staff") that ``b``'s sentence does not name anywhere, by any of the gazetteer's names for it ("in the
    United States" and "across the U.S." are one place)."""
    return bool(a.scope and not (a.scope & b.names) and not (a.scope_places & b.places))


def _same_thing(facts: FactBase, a: _Count, b: _Count, ambiguous: set[tuple[str, str]]) -> bool:
    """Whether two disagreeing counts of one noun are about the same thing.

    When either document gives two different counts of the noun ("41 of the 96 seats", "would have 58 seats"), the
    noun alone does not say which count is which: the two sentences must restate each other (each is the other's
    best-aligned sentence in its document).
    """
    if (a.doc, a.noun) not in ambiguous and (b.doc, b.noun) not in ambiguous:
        return True
    if _one_kind(facts, a, b):
        return True
    idx = align_index(facts)
    if round(pair_score(idx.vectors, (a.doc, a.sentence), (b.doc, b.sentence)), 6) < ALIGN_THRESHOLD:
        return False  # b's sentence cannot be a's best match scoring at least the threshold (exact: see below)
    there = idx.best_matches(a.doc, a.sentence, [b.doc]).get(b.doc)
    if there is None or there.other_sentence != b.sentence or there.score < ALIGN_THRESHOLD:
        return False  # (the way back is searched only when needed)
    back = idx.best_matches(b.doc, b.sentence, [a.doc]).get(a.doc)
    return back is not None and back.other_sentence == a.sentence


def _one_kind(facts: FactBase, a: _Count, b: _Count) -> bool:
    """Whether two counts name one kind of their noun that each document counts once: a word both put between the
    number and the noun ("14,102 completed postal votes" / "14,201 postal votes") that no other count of the noun
    in either document carries with another value ("11,274 postal votes" beside "98,407 votes" leaves the postal
    votes one number, whatever the other votes are)."""
    return any(all(_kind_once(facts, c, word) for c in (a, b)) for word in sorted(a.qualifiers & b.qualifiers)) or (
        bool(a.modifiers & b.modifiers) and all(_named_kind_once(facts, c) for c in (a, b))
    )


def _kind_once(facts: FactBase, count: _Count, word: str) -> bool:
    """Whether every count of ``count``'s noun in its document that carries ``word`` agrees with it."""
    items, _ = facts.per_document("cross-document-number.counts", count.doc, lambda d, e: _document_counts(facts, d, e))
    return all(
        c.num.bounds.overlaps(count.num.bounds) for c, _words in items if c.noun == count.noun and word in c.qualifiers
    )


def _named_kind_once(facts: FactBase, count: _Count) -> bool:
    """Whether every count of ``count``'s noun in its document that carries a capitalised modifier of it ("K League 1
    appearances") agrees with it: that kind of the noun is one number, whatever the noun's other counts are."""
    items, _ = facts.per_document("cross-document-number.counts", count.doc, lambda d, e: _document_counts(facts, d, e))
    return all(
        c.num.bounds.overlaps(count.num.bounds)
        for c, _words in items
        if c.noun == count.noun and c.modifiers & count.modifiers
    )


def pair_score(vectors: dict[tuple[str, int], dict[str, float]], a: tuple[str, int], b: tuple[str, int]) -> float:
    """The unrounded alignment score of sentence ``a`` (document, index) with sentence ``b``, summed as
    ``best_matches`` sums it (the shared words' products in the order of ``a``'s vector, from 0.0), so
    ``round(·, 6)`` is the score it reports when ``b`` is ``a``'s best match in ``b``'s document."""
    vec, other = vectors.get(a), vectors.get(b)
    score = 0.0
    if vec and other:
        for term, weight in vec.items():
            w = other.get(term)
            if w is not None:
                score += weight * w
    return score


def _verdict(facts: FactBase, a: _Count, b: _Count, held: bool) -> Verdict:
    ea = quote(facts, a.doc, a.offset + a.num.hstart, a.offset + a.num.end, role="stated")
    eb = quote(facts, b.doc, b.offset + b.num.hstart, b.offset + b.num.end, role="stated")
    ctx = [ea, eb]
    values = {"first": a.num.bounds, "second": b.num.bounds, "noun": a.noun}
    la, lb = facts.label(a.doc), facts.label(b.doc)
    if held:
        return ok(f"{la} '{a.num.shown} {plural_of(a.noun)}' agrees with {lb} '{b.num.shown}'", ctx, **values)
    return fail(
        f"{la} says {a.num.shown} {plural_of(a.noun)} ({fmt_iv(a.num.bounds)}), "
        f"{lb} says {b.num.shown} ({fmt_iv(b.num.bounds)})",
        ctx,
        **values,
    )


def _later(a: _Count, b: _Count) -> _Count | None:
    if a.published is None or b.published is None:
        return None
    if a.published == b.published:
        return a if a.update else (b if b.update else None)
    return a if a.published > b.published else b


def _restated_amounts(facts: FactBase, reported: set[tuple[str, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates (closely or loosely), or the two adjacent source
    sentences it merges (:func:`factcheck.checks._rewrite.merged_source`), that give an amount of money or a
    percentage for the same thing (:func:`factcheck.checks._restated.counterparts`) that cannot both hold, hedges
    and rounding read exactly: "more than $129 million" against "$128.8 million" (128.75–128.85 million), "under
    232 reviews" is a count (:func:`_restated_counts`), "above 82%" against "81%" (80.5–81.5%). Numbers already
    reported as a changed slot (``reported``: evidence starts) are not reported twice."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    found: list[Verdict] = []
    for m, _loose in _restatements(facts):
        a, b = by_sentence.get((m.document, m.sentence)), by_sentence.get((m.other, m.other_sentence))
        if a is not None and (b is None or not amounts(b)) and amounts(a):
            b = _past_heading(facts, m, by_sentence) or b
        if a is not None and b is not None:
            found.extend(_changed_amounts(facts, a, b, reported))
    yield from found
    said = {(e.document, e.start) for v in found for e in v.evidence}
    for doc_id, sources in rewrite_pairs(facts):
        for a in scanned(facts).get(doc_id, []):
            got = merged_source(facts, doc_id, a.index, sources) if amounts(a) else None
            if got is not None:
                merged = joined(facts, got[0], got[1], got[1] + 1)
                yield from _changed_amounts(facts, a, merged, reported | said, merged=True)


# A figure dated to the end of a period ("reached 2,950 MW at the end of 2027", "at year-end") is that period's closing
# figure, not a running count.
_PERIOD_END = re.compile(
    r"(?i)\bat (?:the )?(?:year-end|year's end|end of (?:the )?"
    rf"(?:year|quarter|month|\d{{4}}|{'|'.join(MONTH_NAMES)}))\b"
)


def _updates(a: SentenceNums, b: SentenceNums) -> bool:
    """Whether rewrite sentence ``a`` updates source passage ``b`` ("reached", "so far": ``_UPDATE``), unless both
    date their figures to the end of a period ("at year-end" / "at the end of 2027"): closing figures, restated."""
    update, period_end, _change = _cues(a.text)
    return update and not (period_end and _cues(b.text)[1])


@lru_cache(maxsize=8192)
def _cues(text: str) -> tuple[bool, bool, bool]:
    """Whether a sentence holds an update cue (``_UPDATE``), a period's end (``_PERIOD_END``) and a stated change
    (``CHANGE_STATED``), read once per text: copy slips and changed amounts test each sentence against each of its
    counterparts, a rewrite sentence against several source sentences and a source sentence for several rewrites."""
    return (
        _UPDATE.search(text) is not None,
        _PERIOD_END.search(text) is not None,
        CHANGE_STATED.search(text) is not None,
    )


def _changed_amounts(
    facts: FactBase, a: SentenceNums, b: SentenceNums, reported: set[tuple[str, int]], *, merged: bool = False
) -> Iterator[Verdict]:
    """The amounts of rewrite sentence ``a`` that its counterparts in source passage ``b`` contradict (see
    :func:`_restated_amounts`), less those already reported (``reported``: evidence starts)."""
    if _updates(a, b) or _cues(a.text)[2]:
        return
    if _cues(b.text)[2] or another_day(facts, (a.doc, a.index), (b.doc, b.index)):
        return
    for x, y, theirs in counterparts(a, b):
        if x.bounds.overlaps(y.bounds) or held_elsewhere(x, y, theirs) or misread(x, y):
            continue
        if any(w is not y.num and _slipped(x.num, _prefixed(b.text, w)) for w in b.nums):
            continue  # "£249,000 a year" for "… equivalent to £294,000 a year" beside £5,000: a copy slip of that
        if _sizes_change(a.text, x.num) != _sizes_change(b.text, y.num):
            continue  # a change's size ("up $21m from a year earlier") against a level: two different things
        if x.kind == "%" and _share_beside_its_counts(a, x.num):
            continue  # "412 of the 980 members, or 45%": its arithmetic is percent-of's, not a restated share
        if stated_anywhere(x, scanned(facts).get(b.doc, [])):
            continue  # a figure the source gives in another sentence (a merged or reordered rewrite)
        if {(a.doc, a.offset + x.start), (a.doc, a.offset + x.num.hstart)} & reported:
            continue  # reported as a changed slot, or (a merged passage) against the sentence it restates
        if _notice_names(facts, (a.doc, b.doc), [x.num, y.num]):
            continue
        ea = quote(facts, a.doc, a.offset + x.start, a.offset + x.num.end, role="stated")
        eb = quote(facts, b.doc, b.offset + y.start, b.offset + y.num.end, role="source")
        side = "below" if x.bounds.high <= y.bounds.low else "above"
        label = facts.label(b.doc)
        where = f"two {label} sentences it merges say" if merged else f"{label} sentence it restates says"
        slip = f" (the same figure with {_slip_kind(x.num, y.num)}, a copy slip)" if _slipped(x.num, y.num) else ""
        yield fail(
            f"{facts.label(a.doc)} says {shown(x)} ({fmt_iv(x.bounds)}) where the {where} "
            f"{shown(y)} ({fmt_iv(y.bounds)}): every value the first allows is {side} every value the second allows"
            f"{slip}",
            [ea, eb],
            first=x.bounds,
            second=y.bounds,
            noun="percent" if x.kind == "%" else "measure" if x.measure else "money",
        )


# A share given beside the two counts it is worked out from: "412 of the 980 members, or 45%", "412 out of 980
# (45%)", "412 of 980 members – 45 per cent –".
_SHARE_AFTER_COUNTS = re.compile(
    r"(?i)(?:\s+[a-z][\w'-]*){0,4}\s*(?:,\s*or|\(|[—–]|--|,\s*that\s+is)\s*(?:about\s+|some\s+)?$"
)
_OUT_OF = re.compile(r"(?i)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$")
# The words between a part and its share when the whole follows the share: "720 flights were cancelled, about ".
_SHARE_AFTER_PART = re.compile(r"(?i)(?:\s+[a-z][\w'-]*){0,8}\s*(?:,|\(|[—–]|--)\s*$")


def _share_beside_its_counts(sent: SentenceNums, share: Num) -> bool:
    """Whether a percentage follows the part and the whole it is the share of ("N of the M …, or P%"), or follows
    the part and names the whole ("N flights were cancelled, about P% of the M"): a figure the sentence works out
    from its own counts, which percent-of checks; restating the source's share is not its role, so a source's other
    share is no changed figure of it."""
    counts = [n for n in sent.nums if n.is_count and n.end <= share.hstart]
    if any(
        part.value < whole.value
        and _OUT_OF.fullmatch(sent.text, part.end, whole.hstart)
        and _SHARE_AFTER_COUNTS.fullmatch(sent.text, whole.end, share.hstart)
        for part, whole in pairwise(counts)
    ):
        return True
    whole = next((n for n in sent.nums if n.is_count and n.hstart >= share.end), None)
    return (
        whole is not None
        and _OUT_OF.fullmatch(sent.text, share.end, whole.hstart) is not None
        and any(
            part.value < whole.value and _SHARE_AFTER_PART.fullmatch(sent.text, part.end, share.hstart)
            for part in counts[-1:]
        )
    )


def _past_heading(
    facts: FactBase,
    m: Match,
    by_sentence: dict[tuple[str, int], SentenceNums],
    holds: Callable[[SentenceNums], object] = amounts,
) -> SentenceNums | None:
    """For a rewrite sentence whose best source sentence is a heading with no amount (a release's letterhead, "CITY
    COUNCIL OFFICE", matched by the rewrite's "according to the City Council Office"), the best source sentence
    below it that is no heading and scores at least the support floor, if it holds an amount (what ``holds`` looks
    for); else None."""
    doc = facts.documents[m.other]
    if not is_headline(doc, facts.sentence(m.other, m.other_sentence).span):
        return None
    for score, src, k in source_scores(facts, m.document, m.sentence, [m.other]):
        if score < SUPPORT_FLOOR:
            return None
        if not is_headline(doc, facts.sentence(src, k).span):
            b = by_sentence.get((src, k))
            return b if b is not None and holds(b) else None
    return None


def _restated_noun_first(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite sentence that counts a noun once ("There are more than 340 confirmed cases in Morocco") and the
    source sentence it restates, which counts it once and only after the noun ("the confirmed cases reached 333"),
    the two not agreeing; the same conditions as :func:`changed_counts` (not an update, the same day, no other
    number of that noun agreeing)."""
    by_sentence, _nouns = _counts_by_sentence(facts)
    nums = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    for m, _loose in _restatements(facts):
        b = nums.get((m.other, m.other_sentence))
        if b is None:
            continue
        firsts = noun_first(b)
        if not firsts:
            continue
        theirs = by_sentence.get((m.other, m.other_sentence), [])
        for a in by_sentence.get((m.document, m.sentence), []):
            same = [n for noun, n in firsts if noun == a.noun]
            if len(same) != 1 or any(c.noun == a.noun for c in theirs) or a.update or a.part:
                continue
            if sum(c.noun == a.noun for c in by_sentence[(m.document, m.sentence)]) != 1:
                continue
            nb = same[0]
            if a.num.bounds.overlaps(nb.bounds) or another_day(facts, (a.doc, a.sentence), (m.other, m.other_sentence)):
                continue
            if _notice_names(facts, (a.doc, b.doc), [a.num, nb], a.noun):
                continue
            ea = quote(facts, a.doc, a.offset + a.num.hstart, a.offset + a.num.end, role="stated")
            eb = quote(facts, b.doc, b.offset + nb.hstart, b.offset + nb.end, role="source")
            side = "below" if a.num.bounds.high <= nb.bounds.low else "above"
            yield fail(
                f"{facts.label(a.doc)} says {a.num.shown} {plural_of(a.noun)} ({fmt_iv(a.num.bounds)}) where the "
                f"{facts.label(b.doc)} sentence it restates says they {_verb_before(b.text, nb)} {nb.shown}: every "
                f"value the first allows is {side} {fmt_iv(nb.bounds)}",
                [ea, eb],
                first=a.num.bounds,
                second=nb.bounds,
                noun=a.noun,
            )


# "Of the 140 homes, 35 (25%) would be affordable": the number opening the clause after a partitive head counts the
# head's noun that its predicate (up to the next break; a share in brackets skipped) picks out.
_OF_PART = re.compile(
    r"\b[Oo]f (?:the|its|their|all) (?P<t>\d[\d,]*) (?P<noun>[a-z]+), (?P<part>\d[\d,]*)(?: \([^()]*\))?"
    r"(?P<pred>[^\d,;:.()—–]*)"
)
_NEGATORS = frozenset({"not", "no", "never", "none", "nor", "cannot"})


def _of_part(sent: SentenceNums) -> tuple[float, str, Num, frozenset[str]] | None:
    """The one partitive part of a sentence ("Of the 140 homes, 42 would be classed as affordable"): (the whole's
    value, its noun, the part, the predicate's words), or None when the sentence has no such head or two."""
    found = list(_OF_PART.finditer(sent.text))
    if len(found) != 1:
        return None
    m = found[0]
    at = {n.start: n for n in sent.nums if n.is_count}
    whole, part = at.get(m.start("t")), at.get(m.start("part"))
    if whole is None or part is None or not is_plural(m.group("noun")):
        return None
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", m.group("pred")))
    return whole.value, canonical_noun(m.group("noun")), part, words


# "Of these, 43 had been admitted": a part of the whole the sentence before counts.
_OF_THESE = re.compile(r"[Oo]f (?:these|those|them), (?P<part>\d[\d,]*)(?: \([^()]*\))?(?P<pred>[^\d,;:.()—–]*)")


def _of_these(facts: FactBase, sent: SentenceNums) -> tuple[float, str, Num, frozenset[str]] | None:
    """The part a sentence opening "Of these, N …" gives of the one count of the sentence before it ("71 patients
    were registered. Of these, 43 had been admitted"), as :func:`_of_part` gives it; None otherwise."""
    m = _OF_THESE.match(sent.text)
    if m is None:
        return None
    by_sentence, _nouns = _counts_by_sentence(facts)
    before = by_sentence.get((sent.doc, sent.index - 1), [])
    part = next((n for n in sent.nums if n.start == m.start("part") and n.is_count), None)
    if len(before) != 1 or part is None:
        return None
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", m.group("pred")))
    return before[0].num.value, before[0].noun, part, words


def _parts_of(facts: FactBase, doc: str) -> list[tuple[SentenceNums, tuple[float, str, Num, frozenset[str]]]]:
    """The sentences of ``doc`` that give one partitive part (:func:`_of_part`, :func:`_of_these`), with it."""
    return [(s, p) for s in scanned(facts).get(doc, []) if (p := _of_part(s) or _of_these(facts, s)) is not None]


def _restated_parts(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite sentence and the one source sentence that split the same whole ("Of the 140 homes, …", or "Of these,
    …" after a sentence counting 140 homes) and give one part each, whose predicates share a content word and agree
    on negation ("35 (25%) would be affordable" / "42 would be classed as affordable"): the two parts count one thing
    and must agree."""
    for doc_id, sources in rewrite_pairs(facts):
        theirs = [sp for src in sources for sp in _parts_of(facts, src)]
        for a, pa in _parts_of(facts, doc_id):
            same = [(b, pb) for b, pb in theirs if pb[:2] == pa[:2] and _same_predicate(pa[3], pb[3])]
            if len(same) != 1 or _UPDATE.search(a.text):
                continue
            b, pb = same[0]
            x, y = pa[2], pb[2]
            said = (
                f"{facts.label(a.doc)} says {x.shown} of the {plural_of(pa[1])} ({fmt_iv(x.bounds)}) where the "
                f"{facts.label(b.doc)} sentence that splits the same whole says {y.shown}"
            )
            if (verdict := _restated_value(facts, (a, x), (b, y), pa[1], said)) is not None:
                yield verdict


def _restated_value(
    facts: FactBase,
    stated: tuple[SentenceNums, Num],
    source: tuple[SentenceNums, Num],
    noun: str,
    said: str,
    apart: Callable[[FactBase, tuple[str, int], tuple[str, int]], bool] = another_day,
) -> Verdict | None:
    """The failure for a rewrite's value and the source value it restates (``said``: what each says), or None when
    the two can both hold or the sentences date them to different days (``apart``)."""
    (a, x), (b, y) = stated, source
    if x.bounds.overlaps(y.bounds) or apart(facts, (a.doc, a.index), (b.doc, b.index)):
        return None
    side = "below" if x.bounds.high <= y.bounds.low else "above"
    return fail(
        f"{said}: every value the first allows is {side} {fmt_iv(y.bounds)}",
        [
            quote(facts, a.doc, a.offset + x.hstart, a.offset + x.end, role="stated"),
            quote(facts, b.doc, b.offset + y.hstart, b.offset + y.end, role="source"),
        ],
        first=x.bounds,
        second=y.bounds,
        noun=noun,
    )


def _same_predicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two parts' predicates that pick out one kind: a content word in common and negated alike."""
    return bool(content_stems(" ".join(a)) & content_stems(" ".join(b))) and not (a ^ b) & _NEGATORS


# "will raise the ground's capacity from 3,400 to 5,200": a named quantity's change, the noun right before "from".
_NAMED_FROM = re.compile(r"\b(?P<noun>[a-z]+) from (?:[€$£¥₹] ?)?$")


def _changes_of(facts: FactBase, doc: str) -> list[tuple[SentenceNums, str, Num, Num]]:
    """The changes "<noun> from A to B" of ``doc`` (no verb before "from"; no year, the two numbers alike: both
    shares or both not, with one currency sign), as (sentence, noun, A, B)."""
    out = []
    for s in scanned(facts).get(doc, []):
        for x, y in pairwise(s.nums):
            m = _NAMED_FROM.search(s.text, max(0, x.hstart - 40), x.hstart)
            if m is None or s.text[x.end : y.hstart] != " to " or x.year or y.year or x.percent != y.percent:
                continue
            if _CHANGE.fullmatch(m.group("noun")) or m.group("noun").endswith(("ed", "ing", "ly")):
                continue  # "rose from 40 to 52": a verb, no named quantity
            if currency_sign(s.text, x) == currency_sign(s.text, y):
                out.append((s, m.group("noun").lower(), x, y))
    return out


# "would take the ground's capacity to 7,520": the level a named quantity is taken to, the noun right before "to".
_NAMED_TO = re.compile(r"\b(?P<noun>[a-z]+) to (?:[€$£¥₹] ?)?$")


def _levels_of(facts: FactBase, doc: str) -> list[tuple[SentenceNums, str, Num]]:
    """The levels "<noun> to B" of ``doc`` that no "from A" precedes (no year, no verb or function word before "to"),
    as (sentence, noun, B)."""
    out = []
    for s in scanned(facts).get(doc, []):
        for i, y in enumerate(s.nums):
            m = _NAMED_TO.search(s.text, max(0, y.hstart - 40), y.hstart)
            if m is None or y.year or (i and _FROM_BEFORE.search(s.text, 0, s.nums[i - 1].hstart)):
                continue
            noun = m.group("noun").lower()
            if noun in STOPWORDS or _CHANGE.fullmatch(noun) or noun.endswith(("ed", "ing", "ly")):
                continue
            out.append((s, noun, y))
    return out


def _restated_changes(facts: FactBase) -> Iterator[Verdict]:
    """A rewrite's change of a named quantity ("lift the ground's capacity from 3,400 to 6,200") and the one change
    of that quantity from the same value in its source ("raise the ground's capacity from 3,400 to 5,200"): the two
    must end at the same value; so must a level the rewrite gives with no start ("take the ground's capacity to
    6,200") and the source's one change of that quantity."""
    for doc_id, sources in rewrite_pairs(facts):
        theirs = [c for src in sources for c in _changes_of(facts, src)]
        # (rewrite sentence, its end value, the source's one change of the quantity, how the rewrite tells it)
        restated: list[tuple[SentenceNums, Num, tuple[SentenceNums, str, Num, Num], str]] = []
        for a, noun, x, y in _changes_of(facts, doc_id):
            same = [c for c in theirs if c[1] == noun and c[2].value == x.value]
            if len(same) == 1 and not _UPDATE.search(a.text):
                restated.append((a, y, same[0], f"goes from {x.shown} to {y.shown}"))
        for a, noun, y in _levels_of(facts, doc_id):
            same = [c for c in theirs if c[1] == noun]
            if len(same) == 1 and not _UPDATE.search(a.text) and y.percent == same[0][3].percent:
                restated.append((a, y, same[0], f"goes to {y.shown}"))
        for a, y, (b, noun, x, z), goes in restated:
            said = (
                f"{facts.label(a.doc)} says the {noun} {goes} ({fmt_iv(y.bounds)}) where the "
                f"{facts.label(b.doc)} says from {x.shown} to {z.shown}"
            )
            if (verdict := _restated_value(facts, (a, y), (b, z), noun, said)) is not None:
                yield verdict


# The words between the two ends of a change "from Y to Z" or "to Z from Y": a unit after the first end, a currency
# before the second ("from 86 metres to 81 metres", "from £2.40 to £2.90", "to NOK 1.21 billion from NOK 1.31 billion").
_CURRENCY_AHEAD = r"(?:[A-Z]{0,3}\s?[$€£¥₹]\s?|[A-Z]{3}\s)?"
_FROM_AHEAD = re.compile(rf"\bfrom\s+{_CURRENCY_AHEAD}$")
_TO_AHEAD = re.compile(rf"\bto\s+{_CURRENCY_AHEAD}$")
_THEN_TO = re.compile(rf"(?:\s+[a-z]+)?\s+to\s+{_CURRENCY_AHEAD}")
_THEN_FROM = re.compile(rf"(?:\s+[a-z]+)?\s+from\s+{_CURRENCY_AHEAD}")


def _written_from_to(sent: SentenceNums, first: Num, second: Num) -> tuple[Num, Num] | None:
    """(now, before) of two numbers written as a change with a unit or a currency beside its ends (:func:`_from_to`
    reads them bare), else None."""
    lead = sent.text[max(0, first.hstart - 12) : first.hstart]
    if _THEN_TO.fullmatch(sent.text, first.end, second.hstart) and _FROM_AHEAD.search(lead):
        return second, first
    if _THEN_FROM.fullmatch(sent.text, first.end, second.hstart) and _TO_AHEAD.search(lead):
        return first, second
    return None


def _rounded_of(x: Num, y: Num) -> bool:
    """Whether one of two figures is the other rounded: as amounts of a magnitude (:func:`rounded`), or to fewer
    significant digits ("2,000" of "1,980": :func:`_rounding`)."""
    dx, dy = _alike(x, y)
    return rounded(x).overlaps(rounded(y)) or (len(dx) == len(dy) and _rounding(dx, dy))


def _from_to_changes(facts: FactBase, sent: SentenceNums) -> list[tuple[Num, Num]]:
    """The changes "from Y to Z" (or "to Z from Y") of a sentence as (Y, Z): no year, no date, the two alike (both
    shares or neither, one currency sign), both ends stated as one value."""
    out = []
    for x, y in pairwise(sent.nums):
        got = _from_to(sent, x, y) or _written_from_to(sent, x, y)
        if got is None or x.year or y.year or _dated(facts, sent, x) or _dated(facts, sent, y):
            continue
        now, before = got
        if now.percent != before.percent or currency_sign(sent.text, now) != currency_sign(sent.text, before):
            continue
        if before.hedge is None and (now.hedge is None or now.hedge in _CEILINGS):
            out.append((before, now))
    return out


_CEILINGS = frozenset({"up to"})
"""Hedges that make the end of a change a ceiling ("from 180 to up to 240"): two such ends are compared as written."""


def _end_value(end: Num, other: Num) -> Num:
    """A change's end read as written when it and ``other`` are one kind of ceiling ("up to 280" / "up to 240": the
    new limit is the figure), else as its hedge reads it."""
    if end.hedge in _CEILINGS and end.hedge == other.hedge:
        return replace(end, bounds=Interval.point(end.value))
    return end


def _restated_from_to(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates that each tell of one change "from Y to Z" from the
    same start Y: the change must end at the same value ("fell from 4,120 to 3,460" / "dropped from 4,120 to 3,640"),
    unless the rewrite tells of an update ("has now risen to"), the two date it to different days, or one end is the
    other rounded; figures already reported (``said``: evidence spans) are not reported twice."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    said_in = _spans_by_document(said)
    for a, b in _change_pairs(facts, by_sentence):
        if _UPDATE.search(a.text):
            continue
        mine, theirs = _from_to_changes(facts, a), _from_to_changes(facts, b)
        for start, end in mine:
            same = [(y, z) for y, z in theirs if y.percent == start.percent and y.bounds.overlaps(start.bounds)]
            if len(same) != 1 or len(mine) != 1:
                continue
            if _rounded_of(_end_value(end, same[0][1]), _end_value(same[0][1], end)):
                continue
            at, stop = a.offset + end.hstart, a.offset + end.end
            if any(s < stop and at < e for s, e in said_in.get(a.doc, ())):
                continue
            y, z = same[0]
            if (end.hedge is None) != (z.hedge is None):
                continue  # "to up to 240" / "to 240": a ceiling and a level
            end, z = _end_value(end, z), _end_value(z, end)
            slip = f" (the same figure with {_slip_kind(end, z)}, a copy slip)" if _slipped(end, z) else ""
            note = (
                f"{facts.label(a.doc)} says the change from {start.shown} ends at {end.shown} "
                f"where the {facts.label(b.doc)} sentence it restates says from {y.shown} to {z.shown}{slip}"
            )
            if (verdict := _restated_value(facts, (a, end), (b, z), "change", note, _dated_apart)) is not None:
                yield verdict


def _dated_apart(facts: FactBase, a: tuple[str, int], b: tuple[str, int]) -> bool:
    """:func:`factcheck.checks._restated.another_day`, unless one of the two sentences dates nothing: a change told
    with no date is the one its source dates ("lifts the cap … from 180 to up to 280" / "extended the mandate until
    31 July 2029 and authorized an increase … from 180 to up to 240")."""
    return any(days(facts, *a)) and any(days(facts, *b)) and another_day(facts, a, b)


_CHANGE_WORDS = 2
"""Content words an unaligned rewrite sentence shares with the one source sentence changing a figure from the same
start, for the two to tell one change (:func:`_change_pairs`)."""


def _change_pairs(
    facts: FactBase, by_sentence: dict[tuple[str, int], SentenceNums]
) -> Iterator[tuple[SentenceNums, SentenceNums]]:
    """The (rewrite sentence, source sentence) pairs whose changes "from Y to Z" are compared: each restated pair,
    then each other rewrite sentence with one change and the one source sentence that changes a figure from the same
    start, the two sharing :data:`_CHANGE_WORDS` content words ("lifts the cap on military observers from 180 to up
    to 280" / "authorized an increase in its military observer strength from 180 to up to 240")."""
    seen: set[tuple[str, int]] = set()
    for m in aligned_sentences(facts):
        a, b = by_sentence.get((m.document, m.sentence)), by_sentence.get((m.other, m.other_sentence))
        if a is not None and b is not None:
            seen.add((a.doc, a.index))
            yield a, b
    for doc_id, sources in rewrite_pairs(facts):
        for a in scanned(facts).get(doc_id, []):
            mine = _from_to_changes(facts, a) if (doc_id, a.index) not in seen else []
            if len(mine) != 1:
                continue
            start = mine[0][0]
            same = [
                b
                for src in sources
                for b in scanned(facts).get(src, [])
                for y, _z in _from_to_changes(facts, b)
                if y.percent == start.percent and y.value == start.value
            ]
            if len(same) == 1 and len(content_stems(a.text) & content_stems(same[0].text)) >= _CHANGE_WORDS:
                yield a, same[0]


# A change told by its end alone: "will fall to $18 a script", "to be cut to 4.5%", "rise to 62".
_TO_END = re.compile(
    r"(?i)\b(?:fall|falls|fell|falling|rise|rises|rose|rising|drop|drops|dropped|cut|cuts|raise|raises|raised|lift|"
    r"lifts|lifted|reduce|reduces|reduced|increase|increases|increased|decrease|decreases|decreased)\s+to\s+"
    r"(?:[A-Z]{0,3}[$€£¥₹]\s?)?$"
)


def _change_ends(sent: SentenceNums) -> list[Num]:
    """The figures a sentence gives as the end of a change with no start ("will fall to $18 a script from 1 July"):
    no year, no bound, no "from" figure beside it."""
    return [n for n in sent.nums if not (n.year or n.hedge) and _TO_END.search(sent.text, 0, n.hstart)]


def _restated_change_ends(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence that tells a change by its end alone ("will fall to $18 a script") and the source sentence
    it restates, which tells one change "from Y to Z" of the same kind ("to fall from $25.00 to $20.00 per script"):
    the rewrite's end is the source's Z, and another value neither rounds is a changed figure. Not in an update, nor
    when the rewrite tells a change of its own from a start, nor for a figure already reported (``said``)."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    said_in = _spans_by_document(said)
    for m in aligned_sentences(facts):
        a, b = by_sentence.get((m.document, m.sentence)), by_sentence.get((m.other, m.other_sentence))
        if a is None or b is None or _updates(a, b) or _from_to_changes(facts, a):
            continue
        theirs, ends = _from_to_changes(facts, b), _change_ends(a)
        if len(theirs) != 1 or len(ends) != 1:
            continue
        (y, z), x = theirs[0], ends[0]
        if x.percent != z.percent or currency_sign(a.text, x) != currency_sign(b.text, z):
            continue
        at, stop = a.offset + x.hstart, a.offset + x.end
        if any(s < stop and at < e for s, e in said_in.get(a.doc, ())) or x.value == y.value:
            continue
        if rounded(x).overlaps(rounded(z)):
            continue  # "$20 a script" of "$20.00": one figure ("$18" is no rounding of "$20.00", written to the cent)
        if x.bounds.overlaps(z.bounds) or _dated_apart(facts, (a.doc, a.index), (b.doc, b.index)):
            continue
        why = f": the end of its change from {_signed(b, y)}, changed"
        yield _figure_fail(facts, a, b, x, z, "sentence it restates", why)


# An amount's conversion in brackets right after another amount: "14 billion euros ($15.2 billion)".
_IN_BRACKETS = re.compile(r"\(\s*(?:about|around|roughly|some|approximately)?\s*\S{0,4}$")


def _money_by_currency(facts: FactBase, sent: SentenceNums) -> dict[str, list[Num]]:
    """A sentence's amounts of money by currency code, its sign, code or words read alike ("EUR 11 billion", "14
    billion euros", "€14bn"), each read in full; no conversion in brackets, range end or date."""
    out: dict[str, list[Num]] = {}
    for n in sent.nums:
        code = None if n.percent or n.year else currency_of(sent.text, n)
        if code is None or _dated(facts, sent, n) or _range_end(sent, n):
            continue
        if _IN_BRACKETS.search(sent.text, max(0, n.hstart - 12), n.hstart):
            continue
        out.setdefault(code, []).append(in_full(sent.text, n) or n)
    return out


# An amount added to another: "another $200m", "an additional EUR 11 billion" (its currency before it), or one the
# words right after call additional ("14 billion euros ($15.2 billion) in additional defence spending").
_ADDED_BEFORE = re.compile(r"(?i)\b(?:another|additional|extra|further|more)\s+(?:[A-Z]{0,3}\s?[$€£¥₹]?\s?)?$")
_ADDED_AFTER = re.compile(r"(?i)\b(?:additional|extra|further)\b")


def _added(text: str, n: Num) -> bool:
    """Whether an amount is added to another (:data:`_ADDED_BEFORE`, :data:`_ADDED_AFTER` within 40 characters)."""
    before = _ADDED_BEFORE.search(text, max(0, n.hstart - 24), n.hstart) is not None
    return before or _ADDED_AFTER.search(text, n.end, n.end + 40) is not None


def _restated_currency_amounts(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates that each give one amount in one currency, however
    written ("will spend an additional EUR 11 billion on its armed forces" / "commits the government to 14 billion
    euros … in additional defence spending"): the only figure of that kind in both, it has one role, and the two
    must agree at their hedges' reading or as roundings of one another; not when either tells of a change or an
    update, or dates it to another day, nor when either amount is stated in the other document (two amounts of the
    story, each restated in its place); figures already reported (``said``) are not reported twice."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    said_in = _spans_by_document(said)
    for m in aligned_sentences(facts):
        a, b = by_sentence.get((m.document, m.sentence)), by_sentence.get((m.other, m.other_sentence))
        if a is None or b is None or _UPDATE.search(a.text) or _cues(a.text)[2] or _cues(b.text)[2]:
            continue
        if another_day(facts, (a.doc, a.index), (b.doc, b.index)):
            continue
        mine, theirs = _money_by_currency(facts, a), _money_by_currency(facts, b)
        for code in sorted(mine.keys() & theirs.keys()):
            if len(mine[code]) != 1 or len(theirs[code]) != 1:
                continue
            x, y = mine[code][0], theirs[code][0]
            if x.interval.overlaps(y.interval) or rounded(x).overlaps(rounded(y)):
                continue
            if _added(a.text, x) != _added(b.text, y):
                continue  # "another $200m" / "will cost $640m": an addition is another amount than a total
            if _states(scanned(facts).get(b.doc, []), a.text, x) or _states(scanned(facts).get(a.doc, []), b.text, y):
                continue
            at, stop = a.offset + x.hstart, a.offset + x.end
            if any(s < stop and at < e for s, e in said_in.get(a.doc, ())):
                continue
            note = (
                f"{facts.label(a.doc)} says {code} {x.shown} where the {facts.label(b.doc)} sentence it restates, "
                f"which gives no other amount in {code}, says {code} {y.shown}"
            )
            if (verdict := _restated_value(facts, (a, x), (b, y), "money", note)) is not None:
                yield verdict


# The level a quantity moved to or stands at, the verb before it ("the unemployment rate rose 0.5 percentage points
# to 13.8%", "the jobless rate climbing to 7.1 per cent", "stood at 4.6%"), the verb's start in group "verb".
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?P<verb>rose|risen|rising|rises|climb(?:ed|ing|s)?|increas(?:ed|ing|es)|jump(?:ed|ing|s)?|grew|"
    r"grow(?:n|s|ing)|fell|fallen|falling|falls|drop(?:ped|ping|s)|declin(?:ed|ing|es)|slipp(?:ed|ing)|slips|"
    r"eas(?:ed|ing|es)|(?:edg|tick)(?:ed|ing|es|s)\s+(?:up|down|higher|lower)|stood|stands|remained|was\s+steady|"
    r"held\s+steady|was\s+unchanged)\b(?P<size>[^,;:()—–]{0,40}?)\s+(?:to|at)\s+(?:[A-Z]{0,3}[$€£¥₹]\s?)?$"
)
# Where the name of a quantity before its verb starts: after a break or a word that opens a clause.
_SUBJECT_START = re.compile(
    r"(?i)(?:^|[,;:()—–]|\b(?:and|while|that|which|who|as|with|when|after|but|showed|shows|said|says|where|whose)\b)"
    r"(?!.*(?:[,;:()—–]|\b(?:and|while|that|which|who|as|with|when|after|but|showed|shows|said|says|where|whose)\b))"
)
# Words of a quantity's name that are other words for one quantity ("jobless rate" is the unemployment rate).
_QUANTITY_SYNONYMS = {"jobless": "unemployment", "joblessness": "unemployment"}
# Names of a quantity too general to tell one from another alone.
_GENERIC_QUANTITIES = frozenset({"rate", "level", "figure", "number", "total", "price", "value", "share", "index"})
# A rewrite sentence that tells it gives newer figures than its source.
_NEWER = re.compile(r"(?i)\b(?:now|latest|updated|revised|so far|new figures|has since)\b")


@dataclass(frozen=True)
class _Level:
    sent: SentenceNums
    num: Num
    name: frozenset[str]


def _quantity_name(text: str, end: int) -> frozenset[str]:
    """The content words (and numbers) of the name of the quantity whose verb starts at ``end``, from the clause's
    start ("the jobless rate for Canadians aged 15 to 24" → jobless as unemployment, rate, canadians, aged, 15,
    24); no calendar word."""
    start = 0
    for m in _SUBJECT_START.finditer(text, 0, end):
        start = m.end()
    words = re.findall(r"[A-Za-z][\w'-]*|\d+", text[start:end])
    out = {_QUANTITY_SYNONYMS.get(w.lower(), w.lower()) for w in words}
    return frozenset(
        w for w in out if w not in STOPWORDS and w.capitalize() not in _CALENDAR and not (w.isdigit() and len(w) == 4)
    )


def _levels(facts: FactBase, doc: str) -> list[_Level]:
    """The levels a document gives named quantities (:data:`_LEVEL_BEFORE`), rates and amounts only
    (:func:`_rate_or_amount`), with the name of each (cached)."""

    def build(_f: FactBase) -> list[_Level]:
        out = []
        for sent in scanned(facts).get(doc, []):
            for n in sent.nums:
                if n.year or n.points or _dated(facts, sent, n) or _range_end(sent, n) or not _rate_or_amount(sent, n):
                    continue
                m = _LEVEL_BEFORE.search(sent.text, max(0, n.hstart - 80), n.hstart)
                if m is not None and (name := _quantity_name(sent.text, m.start("verb"))):
                    out.append(_Level(sent, n, name))
        return out

    return facts.derived(f"cross-document-number.levels.{doc}", build)


def _rate_or_amount(sent: SentenceNums, n: Num) -> bool:
    """Whether a figure is a percentage, an amount of money or a measure with its unit glued, no bare count: a count
    that "rose to" a number is a running tally ("the death toll rose to 45"), a rate or a price one reading."""
    return n.percent or bool(currency_sign(sent.text, n)) or _glued_measure(sent.text, n) is not None


def _same_kind(a: _Level, b: _Level) -> bool:
    """Whether two levels are of one kind: both percentages or neither, one currency sign, one glued unit."""
    return (
        a.num.percent == b.num.percent
        and currency_sign(a.sent.text, a.num) == currency_sign(b.sent.text, b.num)
        and _glued_measure(a.sent.text, a.num) == _glued_measure(b.sent.text, b.num)
    )


def _named_alike(a: frozenset[str], b: frozenset[str]) -> int:
    """How many words two quantities' names share, when they may name one quantity: two words or more, or one name
    within the other and no general word alone ("unemployment" / "the unemployment rate"); else 0."""
    shared = a & b
    if len(shared) >= 2 or (shared and (a <= b or b <= a) and not shared <= _GENERIC_QUANTITIES):
        return len(shared)
    return 0


def _source_level(mine: _Level, theirs: list[_Level]) -> _Level | None:
    """The one source level whose quantity's name is most like the rewrite level's (ties: the one named exactly
    alike), of its kind; None when none or several."""
    scored = [(_named_alike(mine.name, t.name), t) for t in theirs if _same_kind(mine, t)]
    best = max((k for k, _t in scored), default=0)
    top = [t for k, t in scored if k == best and k]
    if len(top) > 1:
        top = [t for t in top if t.name == mine.name]
    return top[0] if len(top) == 1 else None


def _restated_levels(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite's level of a named quantity ("the jobless rate for Canadians aged 15 to 24 rose half a point to
    13.3 per cent") and the one level of that quantity in its source, wherever it stands ("The unemployment rate for
    youth aged 15 to 24 rose 0.5 percentage points to 13.8%"): the same quantity at one time, whose values must
    agree (hedges and rounding read as intervals). Not when the rewrite tells of newer figures ("now", "latest",
    "since"), dates its figure to another day or a period of its own, or gives its figure elsewhere in the source
    (another quantity's) or the source's elsewhere in the rewrite (moved); a figure already reported (``said``) is
    not reported twice."""
    said_in = _spans_by_document(said)
    for doc_id, sources in rewrite_pairs(facts):
        theirs = [t for src in sources for t in _levels(facts, src)]
        source_sents = [b for src in sources for b in scanned(facts).get(src, [])]
        for mine in _levels(facts, doc_id):
            a, x = mine.sent, mine.num
            at, end = a.offset + x.hstart, a.offset + x.end
            if _NEWER.search(a.text) or any(s < end and at < e for s, e in said_in.get(doc_id, ())):
                continue
            got = _source_level(mine, theirs)
            if got is None or got.num.bounds.overlaps(x.bounds):
                continue
            b, y = got.sent, got.num
            if _states(source_sents, a.text, x) or _states(scanned(facts).get(doc_id, []), b.text, y):
                continue
            if another_day(facts, (a.doc, a.index), (b.doc, b.index)) or _own_period(a, b):
                continue
            if _notice_names(facts, (a.doc, b.doc), [x, y]):
                continue
            yield _figure_fail(
                facts, a, b, x, y, "sentence that gives the same quantity", f", each the level of “{_name_shown(got)}”"
            )


def _name_shown(level: _Level) -> str:
    """A level's quantity as its source names it, for a message ("the unemployment rate for youth aged 15 to 24")."""
    m = _LEVEL_BEFORE.search(level.sent.text, max(0, level.num.hstart - 80), level.num.hstart)
    assert m is not None
    start = 0
    for s in _SUBJECT_START.finditer(level.sent.text, 0, m.start("verb")):
        start = s.end()
    name = level.sent.text[start : m.start("verb")].strip()
    return re.sub(r"^(?:The|A|An|Its|Their)\b", lambda d: d.group().lower(), name)


def _verb_before(text: str, n: Num) -> str:
    """The verb written before a count that follows its noun ("reached", "rose to")."""
    words = text[max(0, n.hstart - 20) : n.hstart].split()
    return " ".join(words[-2:]) if len(words) > 1 and words[-1] in {"to", "at"} else (words[-1] if words else "")


def _digits(n: Num) -> str:
    """The digits a number is written with ("839.40" → "83940")."""
    return _written_digits(n.text)


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=4096)
def _written_digits(text: str) -> str:
    """:func:`_digits` of a number's text, the last 4,096 kept (the copy-slip and precision tests read a figure's
    digits again for every pair it is in: about 90,000 calls on a 1,000-article archive)."""
    return _NOT_DIGIT.sub("", text)


def _precision(n: Num) -> int:
    """The power of ten of a figure's last written digit, in full ("3.28 million" → 4, "212.4 million" → 5,
    "2,384,600" → 0)."""
    return math.floor(math.log10(n.value)) + 1 - len(_digits(n))


def _alike(x: Num, y: Num) -> tuple[str, str]:
    """The digits of two figures written to one precision, the coarser one's: the finer figure rounded half up
    ("$212.4 million" read beside "$221 million" is "212"; "$2,384,600" beside "$3.28 million" is "238")."""
    if x.decimals == y.decimals and len(_digits(x)) == len(_digits(y)):
        return _digits(x), _digits(y)
    unit = 10.0 ** max(_precision(x), _precision(y))
    return str(math.floor(x.value / unit + 0.5)), str(math.floor(y.value / unit + 0.5))


def _rounded_alike(x: Num, y: Num) -> bool:
    """Whether one of two figures is written to a coarser precision than the other (:func:`_alike`), digits of the
    finer one lost in rounding: "$61,840,000" is "$61.84 million" written in full, no finer figure."""
    if x.decimals == y.decimals and len(_digits(x)) == len(_digits(y)):
        return False
    unit = 10.0 ** max(_precision(x), _precision(y))
    return not all(math.isclose(round(n.value / unit) * unit, n.value, rel_tol=1e-9) for n in (x, y))


def _swapped(x: Num, y: Num) -> bool:
    """Whether a copy slip (:func:`_slipped`) moved digits (two swapped, or more in another order), rather than
    changed one."""
    dx, dy = _alike(x, y)
    return sorted(dx) == sorted(dy)


def _slip_kind(x: Num, y: Num) -> str:
    """How a copy slip (:func:`_slipped`) changed a figure."""
    dx, dy = _alike(x, y)
    moved = sum(p != q for p, q in zip(dx, dy, strict=True))
    kind = "one digit changed" if not _swapped(x, y) else "two digits swapped" if moved == 2 else "its digits reordered"
    return f"{kind}, once both are rounded to one precision" if _rounded_alike(x, y) else kind


_REORDERED_DIGITS = 4
"""From this many significant digits a figure whose digits are another's in another order (not two adjacent ones
swapped: "24,813" of "24,318", "11,743" of "11,437") is that figure mistyped, no chance match."""


def _slipped(x: Num, y: Num) -> bool:
    """Whether ``x`` is ``y`` written with one digit changed or two adjacent digits swapped ("32,000" for "22,000",
    "46,300" for "49,300", "839.40" for "893.40", "3,400" for "4,300", "66,000" for "60,000"), or, from
    :data:`_REORDERED_DIGITS` significant digits, with up to three digits in another order ("24,813" for "24,318",
    "11,743" for "11,437"): a copy slip, never a rounding ("40,000" for "41,000": :func:`_rounding`). A figure
    written to a coarser precision is compared with the other rounded to it, and then only digits swapped count
    ("$221 million" for "$212.4 million", "$3.28 million" for "$2,384,600"; "$212 million" for "$212.6 million" is
    a rounding down, no slip). Both are written in three digits or more (two for a swap: "$6.4 million" for "$4.6
    million", see :func:`_small_swap`), in figures, in one order of magnitude, both percentages or neither."""
    if x.words or y.words or x.percent != y.percent or x.year or y.year or x.fraction or y.fraction:
        return False
    if x.points or y.points or x.value <= 0 or y.value <= 0:
        return False
    if math.floor(math.log10(x.value)) != math.floor(math.log10(y.value)):
        return False
    rounded = _rounded_alike(x, y)
    dx, dy = _alike(x, y)
    if len(dx) != len(dy) or len(dx) < (3 if rounded else 2) or dx == dy or _rounding(dx, dy):
        return False
    if (len(dx) == 2 or rounded) and sorted(dx) != sorted(dy):
        return False
    diff = [i for i, (p, q) in enumerate(zip(dx, dy, strict=True)) if p != q]
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and dx[diff[0]] == dy[diff[1]] and dx[diff[1]] == dy[diff[0]]
    reordered = sorted(dx) == sorted(dy) and len(diff) <= 3 and len(dx.rstrip("0")) >= _REORDERED_DIGITS
    return (len(diff) == 1 and not rounded) or swapped or reordered


def _rounds_another(x: Num, y: Num, figures: list[Num]) -> bool:
    """Whether ``x`` is one of ``figures`` other than ``y`` rounded to its fewer significant digits ("around
    302,000" of "301,700" in "stood at 301,700, … on the previous year's 302,900"): a rounded figure restates the
    one it rounds, no copy slip of another."""
    return any(
        w.value != y.value
        and w.percent == x.percent
        and not w.year
        and w.value > 0
        and math.floor(math.log10(w.value)) == math.floor(math.log10(x.value))
        and len((d := _alike(x, w))[0]) == len(d[1])
        and len(d[0].rstrip("0")) < len(d[1].rstrip("0"))
        and _rounding(*d)
        for w in figures
    )


def _rounding(dx: str, dy: str) -> bool:
    """Whether one of two figures written with as many digits (``dx``, ``dy``) is the other rounded to its fewer
    significant digits, half up ("40,000" of "41,000", "46,000" of "46,300"); "60,000" is no rounding of "66,000"
    (which rounds to 70,000): a figure made more precise, or rounded the wrong way, is a changed one."""
    zeros = [len(d) - len(d.rstrip("0")) for d in (dx, dy)]
    if zeros[0] == zeros[1]:
        return False
    coarse, fine = (int(dx), int(dy)) if zeros[0] > zeros[1] else (int(dy), int(dx))
    unit: int = 10 ** max(zeros)
    return (fine + unit // 2) // unit * unit == coarse


_BIG = 1000
"""From here a figure written in two digits carries a magnitude ("57 million"): a swap of its digits is no chance."""


def _small_swap(x: Num, y: Num) -> bool:
    """Whether a slip swaps the two digits of figures below :data:`_BIG` ("32" for "23"): many small numbers of a
    story are each other's swaps by chance, so such a slip counts only when both figures name one counted noun
    (:func:`_small_slip`)."""
    return len(_digits(x)) == 2 and min(x.value, y.value) < _BIG


_DAYS = frozenset({"today", "yesterday", *(w.lower() for w in WEEKDAY_NAMES)})


def _counted_once(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether ``n`` counts a noun (:func:`_slip_noun`) its document counts with no other value (a headline may repeat
    it), added counts included ("48 additional beds"): with two counts of it ("covers 83 pumping stations, and 12
    pumping stations close") a small figure may be either."""
    noun = _slip_noun(sent.text, n)
    by_sentence, _nouns = _counts_by_sentence(facts)
    sentences = scanned(facts).get(sent.doc, [])
    counts = [(c.text, c.num) for s in sentences for c in by_sentence.get((sent.doc, s.index), [])]
    added = [(s.text, x) for s in sentences for x in s.nums if _ADDITIVE.match(s.text[x.end :])]
    return len({x.value for text, x in counts + added if _slip_noun(text, x) == noun}) == 1  # (a headline repeats)


def _small_slip(facts: FactBase, a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether a small swap (:func:`_small_swap`) may be a slip: each figure counts a noun its document counts once,
    and the rewrite sentence dates its count to no period of its own (:func:`_own_period`)."""
    return _counted_once(facts, a, x) and _counted_once(facts, b, y) and not _own_period(a, b)


def _own_period(a: SentenceNums, b: SentenceNums) -> bool:
    """Whether rewrite sentence ``a`` dates what it says to a period source sentence ``b`` does not name ("Last year
    the valley's other board closed 83 stations"); a day of the week is the report's own ("said on Monday")."""
    return bool(_context_window(a.text) - _context_window(b.text) - _NO_WINDOW - _DAYS)


def _prefixed(text: str, n: Num) -> Num:
    """A figure read through the metric prefix of its tonnes ("37.8 Mt" is 37,800,000 tonnes, shown "37.8 Mt"), so it
    compares with a figure whose magnitude is a word ("38.7 million tonnes"); ``n`` itself without such a unit."""
    m = TONNES_UNIT.match(text, n.end)
    if m is None and glued(text, n) and (full := in_full(text, n)) is not None:
        return full  # an amount with its magnitude glued: "RM2.13bil"
    if m is None or n.value >= _BIG:
        return n
    k = SI_PREFIXES[m.group("prefix")]
    return replace(
        n, text=f"{n.text}{m.group()}", value=n.value * k, interval=n.interval.scale(k), bounds=n.bounds.scale(k)
    )


# People counted by their death: "32 people had died", "11 people were killed".
_DIED = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:died|perished|(?:were|have\s+been|had\s+been)\s+killed)\b")


# People counted as the object of "employs" or of a lay-off: "currently employs 260 people", "laid off 90 people".
_EMPLOYS = re.compile(r"(?i)\b(?:employ(?:s|ed|ing)?|(?:lay(?:s|ing)?|laid)\s+off)\s+$")
# People counted by the work they lose: "putting 241 people out of work", "40 people will lose their jobs".
_LOSE_WORK = re.compile(
    r"(?i)\s+(?:out\s+of\s+(?:work|a\s+job|their\s+jobs)|(?:\w+\s+){0,2}?(?:lose|lost|losing)\s+their\s+jobs)\b"
)


def _slip_noun(text: str, n: Num) -> str | None:
    """The noun a figure counts (:func:`_counted`), "death" for people said to have died ("32 people had died" is a
    slip of "23 deaths"), "worker" for people a company employs, lays off or puts out of work ("employs 260 people"
    and "putting 206 people out of work" count its employees)."""
    got = _counted(text, n)
    if got is None:
        return None
    tail = re.match(r"\W*\w+", text[n.end :])
    if got[0] == "person" and _EMPLOYS.search(text, max(0, n.hstart - 16), n.hstart):
        return "worker"
    if got[0] == "person" and tail is not None and _LOSE_WORK.match(text, n.end + tail.end()):
        return "worker"
    died = got[0] == "person" and tail is not None and _DIED.match(text, n.end + tail.end())
    return "death" if died else got[0]


def _one_thing(text: str, x: Num, other: str, y: Num, *, counted: bool = False) -> bool:
    """Whether two figures may count one thing: when both name what they count, the same noun (through the synonym
    table; people who died count deaths), and neither restricted to a place the other's sentence does not name
    ("1,100 staff in the UK" is part of the "1,800 jobs", no slip of it). With ``counted``, both must name it."""
    nx, ny = _counted(text, x), _counted(other, y)
    if (nx is None or ny is None) and counted:
        return False
    if nx is not None and ny is not None and _slip_noun(text, x) != _slip_noun(other, y):
        return False
    if nx is not None and ny is not None and _distinct_swap(x, y):
        return True  # "3,590 theaters" of "3,950 theaters across the U.S. and Canada": no part has the whole's digits
    return not ((nx and nx[2] and not nx[2] & names(other)) or (ny and ny[2] and not ny[2] & names(text)))


def _distinct_swap(x: Num, y: Num) -> bool:
    """Whether two figures are one another's digits in another order, from :data:`_DISTINCT_DIGITS` significant
    digits: no part of a whole (a place's share of a count) has by chance the whole's digits swapped."""
    return _swapped(x, y) and len(_digits(x).rstrip("0")) >= _DISTINCT_DIGITS


def _full_value(text: str, n: Num) -> float:
    """A number's value in full ("$45.1m" is 45,100,000; letters glued that are no magnitude are left out)."""
    full = in_full(text, n)
    return n.value if full is None else full.value


def _states(sentences: list[SentenceNums], text: str, n: Num) -> bool:
    """Whether one of ``sentences`` states the value of ``n`` (of sentence ``text``) in full, whatever its hedge."""
    value = _full_value(text, n)
    return any(
        not x.year and x.percent == n.percent and math.isclose(_full_value(sent.text, x), value, rel_tol=1e-9)
        for sent in sentences
        for x in sent.nums
    )


_CLOSEST = "sentence it comes closest to"
"""How a rewrite sentence relates to the one source sentence it is weakly paired with (:func:`_slip_pairs`)."""


def _slip_pairs(facts: FactBase) -> list[tuple[SentenceNums, SentenceNums, str]]:
    """:func:`_find_slip_pairs`, found once per run: the copy slips and the changed levels (:func:`_copy_slips`,
    :func:`_changed_levels`) read the same pairs, which depend on the run's documents and sources only (shared: do
    not modify)."""
    return facts.derived("cross-document-number.slip-pairs", lambda _f: list(_find_slip_pairs(facts)))


def _find_slip_pairs(facts: FactBase) -> Iterator[tuple[SentenceNums, SentenceNums, str]]:
    """The (rewrite sentence, source passage, how they relate) a copy slip is looked for in: each restated pair
    (closely or loosely, see :func:`_restatements`; past a heading, also the best source sentence below it); the two
    adjacent source sentences a rewrite sentence merges (:func:`factcheck.checks._rewrite.merged_source`); every
    other source sentence it restates at least as well as the support floor; each source sentence giving a figure
    of the same three words after it ("98.5% of tariff lines", :func:`_tail`) or labelled by the same name
    ("Karnataka (19,670)" and "| Karnataka | 19,760 |", :func:`_label`); then each other rewrite sentence with its
    best source sentence, however weak (:data:`_CLOSEST`: both figures must then name one counted noun, "about
    230,000 riders a day" for "about 320,000 passengers a day", the rewrite's words being its own)."""
    by_sentence = {(s.doc, s.index): s for sents in scanned(facts).values() for s in sents}
    seen: set[tuple[str, int]] = set()
    for m, _loose in _restatements(facts):
        seen.add((m.document, m.sentence))
        a = by_sentence.get((m.document, m.sentence))
        if a is None:
            continue
        b, below = by_sentence.get((m.other, m.other_sentence)), _below_heading(facts, m, by_sentence)
        yield from ((a, x, "sentence it restates") for x in (b, below if below is not b else None) if x is not None)
    for doc_id, sources in rewrite_pairs(facts):
        tails, labelled = _source_tails(facts, sources), _source_labels(facts, sources)
        named = _source_nouns(facts, sources)
        for a in scanned(facts).get(doc_id, []):
            got = merged_source(facts, doc_id, a.index, sources)
            if got is not None:
                yield a, joined(facts, got[0], got[1], got[1] + 1), "passage it merges"
            for _score, src, k in source_scores_at_least(facts, doc_id, a.index, sources, SUPPORT_FLOOR)[1:]:
                if (b := by_sentence.get((src, k))) is not None:
                    yield a, b, "sentence it partly restates"
            for key in sorted({t for n in a.nums if (t := _tail(a.text, n))}):
                yield from ((a, b, f"{_GIVES} “{key}”") for b in tails.get(key, []))
            for label in sorted({w for n in a.nums if (w := _label(a.text, n))}):
                yield from ((a, b, f"{_LABELS} “{label}”") for b in labelled.get(label, []))
            yield from ((a, b, f"{_COUNTS} {plural_of(noun)}") for noun, b in _counting(facts, a, named))
            yield from ((a, b, _REORDERED) for b in _reordered_anywhere(facts, a, sources))
            yield from ((a, b, _SHARES) for b in _sharing_figure(facts, a, sources))
            if (doc_id, a.index) in seen:
                continue
            if (b := _beside_neighbours_source(facts, a, by_sentence)) is not None:
                yield a, b, _IN_ORDER
            best = best_support(facts, doc_id, a.index, sources)
            if best is not None and best.score > 0 and (b := by_sentence.get((best.other, best.other_sentence))):
                yield a, b, _CLOSEST


_IN_ORDER = "sentence in its place in the source's order"
"""How a rewrite sentence that restates no source sentence relates to the source sentence its neighbour's source
stands beside (:func:`_beside_neighbours_source`)."""


def _aligned_to(facts: FactBase) -> tuple[dict[tuple[str, int], tuple[str, int]], frozenset[tuple[str, int]]]:
    """Each rewrite sentence that restates a source sentence (closely or loosely: :func:`_restatements`), with that
    sentence, and the source sentences restated (cached per run)."""

    def build(f: FactBase) -> tuple[dict[tuple[str, int], tuple[str, int]], frozenset[tuple[str, int]]]:
        to = {(m.document, m.sentence): (m.other, m.other_sentence) for m, _loose in _restatements(f)}
        return to, frozenset(to.values())

    return facts.derived("cross-document-number.aligned-to", build)


def _beside_neighbours_source(
    facts: FactBase, a: SentenceNums, by_sentence: dict[tuple[str, int], SentenceNums]
) -> SentenceNums | None:
    """The source sentence right before the one that rewrite sentence ``a``'s next sentence restates (closely or
    loosely), or right after the one its previous sentence restates, when the neighbours that restate one agree and
    no rewrite sentence restates it: a story that keeps the source's order says in its own words what stood there
    ("the shortfall would leave the reserves at $33.7 million. That is still above the 12 percent floor" after "it
    would fall to $31.7 million. This remains above the policy minimum of 12 percent")."""
    aligned, restated = _aligned_to(facts)
    found = {
        (src, k + step)
        for step in (-1, 1)
        if (got := aligned.get((a.doc, a.index - step))) is not None
        for src, k in [got]
    }
    if len(found) != 1 or (place := found.pop()) in restated:
        return None
    return by_sentence.get(place)


_SHARES = "sentence that shares its other figure"
"""How a rewrite sentence relates to the one source sentence that states a distinctive figure of it
(:func:`_sharing_figure`)."""


def _distinctive_figure(facts: FactBase, sent: SentenceNums, n: Num) -> bool:
    """Whether a figure has :data:`_DISTINCT_DIGITS` significant digits or more and is no year, date or list number:
    a figure two sentences share by chance only rarely ("55.4 per cent", "3,122 votes")."""
    if n.year or _dated(facts, sent, n) or _list_number(sent, n) or n.words:
        return False
    return len(_digits(n).rstrip("0")) >= _DISTINCT_DIGITS


def _sharing_figure(facts: FactBase, a: SentenceNums, sources: list[str]) -> list[SentenceNums]:
    """The source sentence, wherever it stands, that alone states a distinctive figure (:func:`_distinctive_figure`)
    of rewrite sentence ``a``, as written or to a finer precision ("about 55.4 per cent" of "15,911 (55.44 per
    cent)"): the two give one row of figures, so another figure of ``a`` is that sentence's figure restated."""
    found: list[SentenceNums] = []
    for z in a.nums:
        if not _distinctive_figure(facts, a, z):
            continue
        hits = [
            b
            for src in sources
            for b in scanned(facts).get(src, [])
            if any(_restates_figure(z, w) and _distinctive_figure(facts, b, w) for w in b.nums)
        ]
        if len(hits) == 1 and hits[0] not in found:
            found.append(hits[0])
    return found


def _restates_figure(z: Num, w: Num) -> bool:
    """Whether figure ``z`` gives ``w`` as written or rounded to ``z``'s precision ("55.4%" of "55.44%")."""
    if z.percent != w.percent or len(_digits(w)) < len(_digits(z)):
        return False
    return rounded(z).contains(w.value) if z.hedge is None else z.bounds.contains(w.value)


_GIVES, _LABELS, _COUNTS = "sentence that gives it", "sentence that labels it", "sentence that counts"
_REORDERED = "sentence with its digits in another order"
"""How a rewrite sentence relates to the one source sentence, anywhere, whose figure is its figure with digits moved
(:func:`_reordered_anywhere`)."""
"""How a rewrite sentence relates to a source sentence found by the words after a figure, by its label, or by the
noun it counts."""

# The words right after a figure, up to five, with no break: "traditional and modern jeepney units".
_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,5}")


def _reordered_anywhere(facts: FactBase, a: SentenceNums, sources: list[str]) -> list[SentenceNums]:
    """The source sentences, wherever they stand, each holding the one figure of the sources that a figure of rewrite
    sentence ``a`` gives with its digits moved (:func:`_moved_from`): "a $3.28 million contract" / "at a total cost
    of $2,384,600", "The crowd of 24,813" / "in front of 24,318". A digit changed is left to the sentences the
    rewrite restates: among all of a story's figures one differs from another in a digit by chance."""
    found: list[SentenceNums] = []
    for x in a.nums:
        hit = _one_moved(_moved_from(facts, a, x, sources))
        if hit is not None and hit[0] not in found:
            found.append(hit[0])
    return found


def _one_moved(hits: list[tuple[SentenceNums, Num]]) -> tuple[SentenceNums, Num] | None:
    """The first of source figures that are one figure (one value, stated once or repeated: a grant in a report and
    again in the resolution that approves it), else None."""
    if not hits or any(_full_value(b.text, y) != _full_value(hits[0][0].text, hits[0][1]) for b, y in hits):
        return None
    return hits[0]


def _moved_from(facts: FactBase, a: SentenceNums, x: Num, sources: list[str]) -> list[tuple[SentenceNums, Num]]:
    """Every figure of the sources (with its sentence) that figure ``x`` of rewrite sentence ``a``, of
    :data:`_DISTINCT_DIGITS` significant digits or more (a plain count of three beside a noun of the source figure's)
    or a sum of two (:func:`_swapped_sum`), gives with its digits moved, the two of one kind (:func:`_moved_digits`)."""
    if _in_dateline(a, x) or not (len(_digits(x).rstrip("0")) >= _DISTINCT_DIGITS or _swapped_sum(a, x)):
        return []
    # a plain count of three digits matches another of a story's counts by chance ("182 boats" of "812 passengers"):
    # it is looked for only beside the same noun ("121 deaths" of "112 deaths")
    plain = _currency(a, x) is None and not _glued_measure(a.text, x) and not x.is_share
    nouns = _nouns_after(a.text, x) if plain and len(_digits(x).rstrip("0")) == _DISTINCT_DIGITS else None
    xs = _prefixed(a.text, x)
    return [
        (b, y)
        for src in sources
        for b in scanned(facts).get(src, [])
        for y in b.nums
        if _moved_digits(a, xs, b, _prefixed(b.text, y)) and (nouns is None or nouns & _nouns_after(b.text, y))
    ]


def _moved_figures(facts: FactBase, a: SentenceNums, b: SentenceNums) -> list[Num]:
    """The figures of source sentence ``b`` whose digits a figure of rewrite sentence ``a`` moves (:func:`_moved_from`,
    :func:`_one_moved`)."""
    sources = facts.sources.get(a.doc) or []
    hits = (_one_moved(_moved_from(facts, a, x, sources)) for x in a.nums)
    return [hit[1] for hit in hits if hit is not None and hit[0] is b]


_CLAUSE_BREAK = re.compile(r"[,;:()—–](?!\d)")


def _clause_of(text: str, n: Num) -> str:
    """The clause a figure stands in, between the breaks either side of it ("a grant of £350,000 over three years", not
    the "kill fee from £68 to £79" of the sentence's next clause)."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, n.hstart)), default=0)
    right = _CLAUSE_BREAK.search(text, n.end)
    return text[left : right.start() if right else len(text)]


_ROW = 2
"""So many figures of a rewrite sentence restated unchanged make a row the sentence copies, not one it updates."""


def _row_restated(facts: FactBase, a: SentenceNums, b: SentenceNums, relation: str) -> bool:
    """Whether rewrite sentence ``a``, paired with ``b`` by a figure's moved digits, gives :data:`_ROW` or more other
    figures (no date) that the source states unchanged and that one alone differs ("Updated figures put Ms Kane on
    8,214, Mr Ode on 7,635 and Ms Roy on 2,987" beside the source's 8,214, 7,365 and 2,987): an update cue does not
    explain a figure mistyped in a row it otherwise copies."""
    if relation != _REORDERED or _sole_unstated(facts, a, b.doc) is None:
        return False
    source = scanned(facts).get(b.doc, [])
    return sum(not _dated(facts, a, n) and _states(source, a.text, n) for n in a.nums) >= _ROW


def _swapped_sum(a: SentenceNums, x: Num) -> bool:
    """Whether ``x`` is a sum of money of :data:`_BIG` or more written with two significant digits ("£530,000",
    "$4.6 million"): its currency and magnitude make a source sum with those two digits swapped no chance match."""
    return len(_digits(x).rstrip("0")) == 2 and _currency(a, x) is not None and _full_value(a.text, x) >= _BIG


def _moved_alone(facts: FactBase, a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether ``y`` of ``b`` is the one source figure whose digits figure ``x`` of rewrite sentence ``a`` moves
    (:func:`_moved_from`, :func:`_one_moved`): in a sentence paired by it, only that figure is compared, not another
    beside it."""
    hit = _one_moved(_moved_from(facts, a, x, facts.sources.get(a.doc) or []))
    return hit is not None and hit[0] is b and hit[1] is y


def _moved_digits(a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether figure ``x`` of ``a`` is figure ``y`` of ``b`` with its digits moved, the two of one kind (both money or
    neither, one glued unit, both the size of a change or neither: "an increase of 321 millimetres" is no slip of
    "recorded 312 millimetres", whose difference the change's arithmetic checks)."""
    if not (_slipped(x, y) and _swapped(x, y)) or _in_dateline(b, y):
        return False
    if _sizes_change(a.text, x) != _sizes_change(b.text, y):
        return False
    return _of_one_kind(a, x, b, y)


def _of_one_kind(a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether figure ``x`` of ``a`` and ``y`` of ``b`` are both sums of money or neither, with one glued unit."""
    same_money = (_currency(a, x) is None) == (_currency(b, y) is None)
    return same_money and _glued_measure(a.text, x) == _glued_measure(b.text, y)


def _names_after(text: str, n: Num, noun: str) -> bool:
    """Whether one of the five words right after a figure (no punctuation or number between) is ``noun``, singular
    or plural: "180,000 traditional and modern jeepney units" counts jeepneys."""
    return noun in _nouns_after(text, n)


def _nouns_after(text: str, n: Num) -> frozenset[str]:
    """The nouns (:func:`canonical_noun`) of the five words right after a figure (see :func:`_names_after`)."""
    m = _WORDS_AFTER.match(text, n.end)
    return frozenset(canonical_noun(w) for w in m.group().split()) if m else frozenset()


def _source_nouns(facts: FactBase, sources: list[str]) -> dict[str, list[tuple[SentenceNums, Num]]]:
    """The sources' figures by each noun named right after them (:func:`_nouns_after`), read once per rewrite."""
    out: dict[str, list[tuple[SentenceNums, Num]]] = {}
    for src in sources:
        for b in scanned(facts).get(src, []):
            for y in b.nums:
                for noun in _nouns_after(b.text, y):
                    out.setdefault(noun, []).append((b, y))
    return out


# What an amount is of, after "in": "$38,400 in bribes", "$2.1 million in back pay".
_AMOUNT_IN = re.compile(r"\s+in\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{3,}s)\b")


def _figure_noun(text: str, n: Num) -> str | None:
    """The noun a figure counts (:func:`_slip_noun`), or, for an amount of money, the plural noun it is "in" ("$38,400
    in bribes" → "bribe")."""
    noun = _slip_noun(text, n)
    if noun is not None or not currency_sign(text, n):
        return noun
    m = _AMOUNT_IN.match(text, n.end)
    return canonical_noun(m.group("noun")) if m else None


def _counting(
    facts: FactBase, a: SentenceNums, named: dict[str, list[tuple[SentenceNums, Num]]]
) -> Iterator[tuple[str, SentenceNums]]:
    """For each noun a figure of rewrite sentence ``a`` counts, the source sentence of the one figure of the sources
    followed by that noun (in its next five words; ``named``: :func:`_source_nouns`) when the rewrite counts that
    noun once (:func:`_counted_once`), or else of the one such figure that is a copy slip of a figure of
    :data:`_DISTINCT_DIGITS` significant digits or more ("61,580 tonnes" of "61,850 tonnes"): the two count one thing
    wherever they stand."""
    for x in a.nums:
        noun = _figure_noun(a.text, x)
        if noun is None:
            continue
        once = _slip_noun(a.text, x) is not None and _counted_once(facts, a, x)
        if not once and len(_digits(x).rstrip("0")) < _DISTINCT_DIGITS:
            continue  # "74,000 hectares" of "84,000 hectares": round figures differ in a digit by chance
        found = [b for b, y in named.get(noun, []) if once or _slipped(x, y)]
        if len(found) == 1:
            yield noun, found[0]


_DISTINCT_DIGITS = 3
"""From this many significant digits a copy slip of a figure is no chance match among a story's other figures of its
noun ("61,580" of "61,850", "$34,800" of "$38,400"; not "74,000" of "84,000")."""


def _pinned(relation: str, a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether two figures of sentences paired by the words after a figure or by a label (:func:`_slip_pairs`) are
    the figures those words or that label pin: "KO won 166 seats and PiS 163" is paired with "KO would win 172
    seats, PiS 160" by "PiS", whose 160 is compared with 163 only, not with 166."""
    if relation.startswith(_LABELS):
        return _label(a.text, x) is not None and _label(a.text, x) == _label(b.text, y)
    if relation.startswith(_GIVES):
        return _tail(a.text, x) is not None and _tail(a.text, x) == _tail(b.text, y)
    if relation.startswith(_COUNTS):
        return (noun := _figure_noun(a.text, x)) is not None and _names_after(b.text, y, noun)
    return True


# The words a figure is said of, right after it: "89.5% of tariff lines" → "of tariff lines".
_TAIL = re.compile(r"\W{0,2}((?:[A-Za-z]+\s+){2}[A-Za-z]+)")


def _tail(text: str, n: Num) -> str | None:
    """The three words right after a figure, lowercase, when one of them is a content word ("of tariff lines"), so
    a source figure said of the same words is the figure restated wherever its sentence is; else None."""
    m = _TAIL.match(text, n.end)
    if m is None:
        return None
    words = m.group(1).lower().split()
    return " ".join(words) if any(w not in STOPWORDS for w in words) else None


def _source_tails(facts: FactBase, sources: list[str]) -> dict[str, list[SentenceNums]]:
    """The sources' sentences by the words right after each of their figures (:func:`_tail`)."""
    out: dict[str, list[SentenceNums]] = {}
    for src in sources:
        for b in scanned(facts).get(src, []):
            for key in {t for n in b.nums if (t := _tail(b.text, n))}:
                out.setdefault(key, []).append(b)
    return out


# A figure labelled by the name right before it: "Karnataka (19,670)", "Tamil Nadu: 12,640", "| Kerala | 28,410",
# "Standard: $17.99"; or the name its clause opens with, a verb or a noun of it between and no number or break:
# "Toronto logged 4,130", "The Standard plan rises to $18.99" (not "Premium climbs $2 to $24.99").
_LABEL = re.compile(
    r"(?P<name>[A-Z][\w-]+)\s*(?:\(|:|\|)?(?P<words>(?:\s+(?!(?:and|or|but|of|than)\b)[a-z][\w-]*){0,3})"
    r"\s*(?:[A-Z]{0,2}[$€£¥₹]\s?)?$"
)


def _label(text: str, n: Num) -> str | None:
    """The capitalised name that labels a figure right before it (its last word: "Nadu" of "Tamil Nadu (12,640)"),
    or the name its clause opens with ("Toronto" of "Toronto logged 4,130"; no word that opens sentences: "The"),
    or None: a source sentence naming it gives that name's figures (a table row "| Karnataka | 19,760 | 14 |")."""
    m = _LABEL.search(text, max(0, n.hstart - 48), n.hstart)
    if m is None or m.group("name") in _CALENDAR or (m.group("words") and not names(m.group("name"))):
        return None
    return m.group("name")


def _source_labels(facts: FactBase, sources: list[str]) -> dict[str, list[SentenceNums]]:
    """The sources' sentences by the names that label their figures (:func:`_label`)."""
    out: dict[str, list[SentenceNums]] = {}
    for src in sources:
        for b in scanned(facts).get(src, []):
            for key in {w for n in b.nums if (w := _label(b.text, n))}:
                out.setdefault(key, []).append(b)
    return out


def _below_heading(facts: FactBase, m: Match, by_sentence: dict[tuple[str, int], SentenceNums]) -> SentenceNums | None:
    """For a rewrite sentence whose best source sentence is a heading, the best source sentence below it that is no
    heading, if it holds a number (a heading's item and tender numbers are no figure the rewrite restates)."""
    return _past_heading(facts, m, by_sentence, lambda s: s.nums)


def _spans_by_document(said: set[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Evidence spans already reported (``said``), by document: a figure is tested against its own document's only."""
    out: dict[str, list[tuple[int, int]]] = {}
    for doc, start, end in said:
        out.setdefault(doc, []).append((start, end))
    return out


def _copy_slips(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source sentence it restates (closely or loosely; past a heading; or two it merges),
    where a figure of the rewrite is one of the source sentence's figures with one digit changed or two adjacent
    digits swapped (:func:`_slipped`; a unit's metric prefix read as the magnitude: "37.8 Mt" for "38.7 million
    tonnes"), the rewrite's figure stated nowhere in the source and the source's nowhere in the rewrite ("the
    reference price … at USD 893.40 per tonne" → "the reference price … would be US$839.40 per tonne"): a copy slip.
    Not when either sentence tells of an update or a change (unless both give the change's start alike:
    :func:`_same_start`), or dates its figures to another day, nor when a bound either states holds the other
    (:func:`_bound_admits`); a figure already reported as disagreeing (``said``: evidence spans) is not reported
    twice."""
    reported: set[tuple[str, int]] = set()
    said_in = _spans_by_document(said)
    slips: set[tuple[str, str, str]] = set()  # (rewrite, its figure, the source's): a headline repeats the lead
    pairs = sorted(_slip_pairs(facts), key=lambda pair: _in_headline(facts, pair[0]))  # (stable: the body first)
    figures: dict[tuple[str, int, str], list[Num]] = {}
    pairs = [pair for pair in pairs if _may_slip(pair[0], pair[1], figures)]
    for relaxed in (False, True):  # the roles read first, then the relaxed ones (:func:`_pair_slips`)
        for pair in pairs:
            for verdict in _pair_slips(facts, pair, relaxed, reported, said_in):
                slip = (pair[0].doc, repr(verdict.values["first"]), repr(verdict.values["second"]))
                if slip not in slips:
                    yield verdict
                slips.add(slip)


def _may_slip(a: SentenceNums, b: SentenceNums, figures: dict[tuple[str, int, str], list[Num]]) -> bool:
    """Whether some figure of rewrite sentence ``a`` is a slip of some figure of source passage ``b`` (:func:`_slipped`,
    both read through their prefixes, as :func:`_pair_slips` reads them), which every copy slip of the pair needs: a
    pair without one is left out before its cues, days and roles are read (about nine in ten of an archive's pairs).
    ``figures`` keeps each sentence's figures so read, by (document, offset, text)."""
    ys = _prefixed_figures(b, figures)
    return any(_slipped(x, y) for x in _prefixed_figures(a, figures) for y in ys)


def _prefixed_figures(sent: SentenceNums, figures: dict[tuple[str, int, str], list[Num]]) -> list[Num]:
    key = (sent.doc, sent.offset, sent.text)
    got = figures.get(key)
    if got is None:
        got = figures[key] = [_prefixed(sent.text, n) for n in sent.nums]
    return got


def _body(facts: FactBase, sentences: list[SentenceNums]) -> list[SentenceNums]:
    """A document's scanned sentences but its headline, which repeats the lead: a source figure the rewrite gives
    only there ("Councillors back £350k lifeline") is the figure its lead mistypes ("to receive £530,000"), no
    other figure of the rewrite."""
    return [s for s in sentences if not _in_headline(facts, s)]


def _in_headline(facts: FactBase, sent: SentenceNums) -> bool:
    """Whether a scanned sentence is its document's headline (:func:`factcheck.checks._rewrite.is_headline`)."""
    return is_headline(facts.documents[sent.doc], facts.sentence(sent.doc, sent.index).span)


def _pair_slips(
    facts: FactBase,
    pair: tuple[SentenceNums, SentenceNums, str],
    relaxed: bool,
    reported: set[tuple[str, int]],
    said_in: dict[str, list[tuple[int, int]]],
) -> Iterator[Verdict]:
    """The copy slips of one (rewrite sentence, source passage, relation) (:func:`_copy_slips`). ``relaxed``: also
    the roles a figure has without a noun or across a change: the one figure each side does not share
    (:func:`_one_changed`), the size of one change (:func:`_one_size`), a closed period's total beside an update
    (:func:`_past_totals`), a label named in the rewrite's own words (:func:`_label_named`)."""
    a, b, relation = pair
    counted, updates = relation == _CLOSEST, _updates(a, b) and not _row_restated(facts, a, b, relation)
    changes = updates or (_cues(a.text)[2] and relation != _REORDERED)
    source_change = _cues(b.text)[2] and (changes or not relation.startswith(_COUNTS))
    if source_change and relation == _REORDERED:
        source_change = any(_cues(_clause_of(b.text, y))[2] for y in _moved_figures(facts, a, b))
    sizes_only = (changes or source_change) and not _same_start(facts, a, b)
    if sizes_only and (counted or not relaxed):
        return  # (a source's change is no bar to the one figure of its noun: its start is no slip of it)
    if another_day(facts, (a.doc, a.index), (b.doc, b.index)):
        return
    mine, theirs = scanned(facts).get(a.doc, []), scanned(facts).get(b.doc, [])
    for x in a.nums:
        at, end = a.offset + x.hstart, a.offset + x.end
        if any(s < end and at < e for s, e in said_in.get(a.doc, ())) or _dated(facts, a, x):
            continue
        if _range_end(a, x) or (a.doc, at) in reported:
            continue
        if sizes_only and not (_sizes_change(a.text, x) and not updates) and not _past_total(a.text, x):
            continue  # in a change or an update, only one size both give or a closed period's total is compared
        xs = _prefixed(a.text, x)
        ys = [
            py
            for y, py in ((y, _prefixed(b.text, y)) for y in b.nums)
            if _slipped(xs, py)
            and not _dated(facts, b, y)
            and not _range_end(b, y)
            and (
                _one_thing(a.text, x, b.text, y, counted=counted or _small_swap(xs, py))
                or (relation.startswith(_LABELS) and _distinct_swap(xs, py))  # "Toronto: 4,310 units"
                or (relaxed and _one_thing(a.text, x, b.text, y) and _relaxed_role(facts, (a, x), (b, y), counted))
            )
            and (
                not _small_swap(xs, py)
                or _small_slip(facts, a, x, b, y)
                or (relaxed and _one_changed(facts, (a, x), (b, y)))
            )
            and _pinned(relation, a, x, b, y)
            and (relation != _REORDERED or _moved_alone(facts, a, x, b, y))
            and (relation != _IN_ORDER or _of_one_kind(a, x, b, y))  # ("3,284 volunteers" of "$2,384 in fees")
            and (not sizes_only or _past_totals(a, x, b, y) or (not updates and _one_size(facts, (a, x), (b, y))))
        ]
        if len(ys) != 1 or _states(theirs, a.text, x) or _states(_body(facts, mine), b.text, ys[0]):
            continue
        y = ys[0]
        if _bound_admits(xs, y):
            continue  # "$102 million" of "at least $101 million": within the bound, no slip
        if _rounds_another(xs, y, [_prefixed(b.text, w) for w in b.nums if not _dated(facts, b, w)]):
            continue  # "around 302,000" of "301,700, … on the previous year's 302,900": that figure rounded
        if _share_of_counts(a, x):
            continue  # "18,048 votes to 17,202 …, or 51.2 per cent" against "52.1 per cent": its own arithmetic
        noun = (_counted(a.text, x) or _counted(b.text, y) or ("",))[0]
        if _notice_names(facts, (a.doc, b.doc), [x, y], noun):
            continue  # the rewrite says it corrected the figure, or the number of what it counts
        reported.add((a.doc, at))
        yield _slip_fail(facts, a, b, xs, y, relation)


# A figure said of a period closed before the story: "last year's full-year total of 52,300", "the previous season's
# 41 wins", "the prior year's figure of $3.1 million".
_PAST_PERIOD = re.compile(
    r"(?i)\b(?:last|previous|prior)\s+(?:year|season|month|quarter)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]\s?)?$"
)


def _past_total(text: str, n: Num) -> bool:
    """Whether a figure is said of a period closed before the story (:data:`_PAST_PERIOD`)."""
    return _PAST_PERIOD.search(text, max(0, n.hstart - 60), n.hstart) is not None


def _past_totals(a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether both figures are said of a period closed before either story (:func:`_past_total`): a follow-up that
    updates this year's tally restates last year's total, which no update changes."""
    return _past_total(a.text, x) and _past_total(b.text, y)


def _relaxed_role(
    facts: FactBase, stated: tuple[SentenceNums, Num], source: tuple[SentenceNums, Num], counted: bool
) -> bool:
    """Whether two figures of one kind (no place restricting one only) have one role though neither names what it
    counts: the one figure each side does not share (:func:`_one_changed`), or, in a weakly paired sentence
    (``counted``), a source label the rewrite names (:func:`_label_named`)."""
    return _label_named(facts, stated, source) if counted else _one_changed(facts, stated, source)


def _label_named(facts: FactBase, stated: tuple[SentenceNums, Num], source: tuple[SentenceNums, Num]) -> bool:
    """Whether rewrite sentence ``a`` names the label of source figure ``y`` (:func:`_label`; singular or plural: "The
    Greens … They're on 11.4%" names the row "Green 10.4%") and ``x`` is the one figure of ``a`` the source does not
    state: the sentence gives that label's figure, though its words are its own."""
    (a, x), (b, y) = stated, source
    label = _label(b.text, y)
    if label is None or x.percent != y.percent or _sole_unstated(facts, a, b.doc) is not x:
        return False
    return re.search(rf"\b{re.escape(label)}(?:s|es)?\b", a.text) is not None


def _one_size(facts: FactBase, stated: tuple[SentenceNums, Num], source: tuple[SentenceNums, Num]) -> bool:
    """Whether two sentences that tell of a change each give its size as the one figure the other document does not
    state (:func:`_one_changed`): "volumes down 2.3% in a month" and "volumes fell by 3.2% over the month" give one
    change's size, no update of it."""
    (a, x), (b, y) = stated, source
    return _sizes_change(a.text, x) and _sizes_change(b.text, y) and _one_changed(facts, stated, source)


def _one_changed(facts: FactBase, stated: tuple[SentenceNums, Num], source: tuple[SentenceNums, Num]) -> bool:
    """Whether figure ``x`` is the one figure of rewrite sentence ``a`` the source does not state, and ``y`` the one
    figure of source passage ``b`` the rewrite does not (dates aside), the two of one kind (both percentages or
    neither, one glued unit): "volumes down 2.3%, while food sales edged up 0.4%" against "volumes fell by 3.2%" and
    "rose by 0.4%" elsewhere. Every other figure restated, the one left is the one the rewrite changed, though it
    names no noun and has two digits."""
    (a, x), (b, y) = stated, source
    if x.percent != y.percent or _glued_measure(a.text, x) != _glued_measure(b.text, y) or _own_period(a, b):
        return False  # (a rewrite sentence dating its figure to a period of its own tells of another figure)
    return _sole_unstated(facts, a, b.doc) is x and _sole_unstated(facts, b, a.doc) is y


def _sole_unstated(facts: FactBase, sent: SentenceNums, other: str) -> Num | None:
    """The one figure of ``sent`` (no date, no list number) that document ``other`` does not state, if just one."""
    stated = scanned(facts).get(other, [])
    left = [
        n
        for n in sent.nums
        if not _dated(facts, sent, n) and not _list_number(sent, n) and not _states(stated, sent.text, n)
    ]
    return left[0] if len(left) == 1 else None


def _share_of_counts(a: SentenceNums, x: Num) -> bool:
    """Whether share ``x`` is what two counts of its own sentence make, one of their sum or of the other, to ``x``'s
    precision ("had 18,048 votes to Mr Tedeschi's 17,202 …, or 51.2 per cent to 48.8 per cent"): a share the rewrite
    computed from its own figures, no copy of a source share."""
    if not x.percent:
        return False
    counts = [n.value for n in a.nums if n.is_count and n.value > 0 and n is not x]
    half = 0.5 * 10.0**-x.decimals
    return any(
        abs(100 * p / whole - x.value) <= half
        for i, p in enumerate(counts)
        for j, q in enumerate(counts)
        if i != j
        for whole in (p + q, q)
    )


def _same_start(facts: FactBase, a: SentenceNums, b: SentenceNums) -> bool:
    """Whether a rewrite sentence that states a change and the source passage it restates give one change: every
    figure of the rewrite but one is the source passage's (or, a merged period, another source sentence's; no date, no
    name's number: "Line 3"; "61 cents" is "$0.61"), the rewrite writes a shared one as the change's start ("climbed
    to NOK 2.68bn, against NOK 2.41bn a year earlier" / "NOK 2.86 billion (NOK 2.41 billion)"), and the source gives
    a figure the rewrite does not (figures it leaves out, a size of the change, are dropped), so the rewrite restates
    the source's change, no update of its figure ("rose to 3,250 across 40 hospitals" updates "2,350 … at 40
    hospitals")."""
    return _own_figure(facts, a, b) is not None


def _own_figure(facts: FactBase, a: SentenceNums, b: SentenceNums) -> tuple[Num, Num] | None:
    """The one figure of rewrite sentence ``a`` that source passage ``b`` does not give, and the shared start of
    the change, when the two give one change (:func:`_same_start`); else None."""
    xs, ys = _figures(facts, a), [v for _n, v in _figures(facts, b)]
    source = scanned(facts).get(b.doc, [])
    mine = [n for n, v in xs if v not in ys and not _states(source, a.text, n)]
    if len(mine) != 1 or all(y in (v for _n, v in xs) for y in ys):
        return None
    starts = [n for n, v in xs if v in ys and _START_BEFORE.search(a.text, max(0, n.hstart - 30), n.hstart)]
    return (mine[0], starts[0]) if starts else None


def _changed_levels(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source passage it restates that each tell of a change and give it from the same
    start (:func:`_same_start`), where the rewrite's own figure counts what one source figure counts, no start: the
    level the one change reached, which must agree ("39 days, down from 44 last summer" / "29 days, down from 44 days
    the previous summer"); a figure already reported (``said``) is not reported twice."""
    reported: set[tuple[str, int]] = set()
    said_in = _spans_by_document(said)
    for a, b, relation in _slip_pairs(facts):
        if not (_cues(a.text)[2] and _cues(b.text)[2]):
            continue
        got = _own_figure(facts, a, b)
        if got is None or (noun := _slip_noun(a.text, got[0])) is None:
            continue
        x, start = got
        at, end = a.offset + x.hstart, a.offset + x.end
        if (a.doc, at) in reported or any(s < end and at < e for s, e in said_in.get(a.doc, ())):
            continue
        if another_day(facts, (a.doc, a.index), (b.doc, b.index)):
            continue
        shared = {v for _n, v in _figures(facts, a)}
        ys = [y for y, v in _figures(facts, b) if v not in shared and _slip_noun(b.text, y) == noun]
        if len(ys) != 1 or x.bounds.overlaps(ys[0].bounds) or _bound_admits(x, ys[0]):
            continue
        if _states(scanned(facts).get(a.doc, []), b.text, ys[0]) or _notice_names(facts, (a.doc, b.doc), [x, ys[0]]):
            continue
        reported.add((a.doc, at))
        yield _level_fail(facts, (a, x), (b, ys[0]), f"{_signed(a, start)} {plural_of(noun)}", relation)


def _level_fail(
    facts: FactBase, stated: tuple[SentenceNums, Num], source: tuple[SentenceNums, Num], start: str, relation: str
) -> Verdict:
    """Rewrite sentence ``a`` gives ``x`` as the level of the change from ``start`` whose level source passage ``b``
    gives as ``y``."""
    (a, x), (b, y) = stated, source
    return _figure_fail(
        facts, a, b, x, y, relation, f", each the level of a change from {start}: one change, two levels"
    )


# "61 cents": an amount in cents, compared in the dollars its source writes ("$0.61").
_CENTS = re.compile(r"\s?(?:cents?\b|¢)")


def _figures(facts: FactBase, sent: SentenceNums) -> list[tuple[Num, float]]:
    """The figures of a sentence with their values in full ("$45.1m" is 45,100,000; "61 cents" is 0.61), less the
    numbers of its dates and those of names ("Metro Line 3")."""
    out = []
    for n in sent.nums:
        named = _NAME_BEFORE.search(sent.text, 0, n.hstart)
        if named and (named.group("word") in _CALENDAR or n.hedge or letter_currency(sent.text, n.start)):
            named = None  # a day of a month, or an amount in a currency written in letters ("NOK 2.41bn")
        if _dated(facts, sent, n) or named:
            continue
        cents = _CENTS.match(sent.text, n.end) is not None and not n.percent
        out.append((n, _full_value(sent.text, n) / (100 if cents else 1)))
    return out


# The start of a change, written before its figure: "against NOK 2.41bn a year earlier", "from $3.9m", "compared with".
_START_BEFORE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[A-Z]{1,3}\s?)?(?:[$€£¥₹]\s?)?$"
)


# Two numbers of one range: "between 800 and 1,500", "from 12 to 15", "800–1,500"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|and)\s*")
_RANGE_OPENER = re.compile(r"(?i)\b(?:between|from)\s+(?:[^\s\d]{1,4}\s?)?$")


def _range_end(sent: SentenceNums, n: Num) -> bool:
    """Whether ``n`` is one end of a range its sentence states ("between 800 and 1,500 businesses"): an end of a
    range is no figure of its own to have slipped."""
    at = sent.nums.index(n)
    pairs = ([(sent.nums[at - 1], n)] if at else []) + ([(n, sent.nums[at + 1])] if at + 1 < len(sent.nums) else [])
    for a, b in pairs:
        join = _RANGE_JOIN.fullmatch(sent.text, a.end, b.start)
        if join and (join.group().strip() in ("-", "–") or _RANGE_OPENER.search(sent.text, 0, a.start)):
            return True
    return False


def _bound_admits(x: Num, y: Num) -> bool:
    """Whether a bound ("at least 101", "more than 2,300", "up to 12.5") holds the other figure, so that the change is
    no slip: unless two adjacent digits were swapped ("102" of "at least 101" may be the bounded value, "over 270" of
    "over 290" is a weaker statement of one figure; "some 3,200" of "more than 2,300", "up to 15.2" of "up to 12.5" and
    "$148 million" of "up to $184 million" are the same digits mistyped); never
    when rewrite figure ``x`` raises the source's floor or its stated most ("up to 150mm" of "up to 120mm": a higher
    peak, :func:`_raised_maximum`)."""
    if _raised_floor(x, y) or _raised_maximum(x, y):
        return False
    for bound, other in ((x, y), (y, x)):
        if direction(bound.hedge) in (">", "<") and bound.bounds.overlaps(other.bounds):
            return not _swapped(x, y)
    return False


def _signed(sent: SentenceNums, n: Num) -> str:
    """A number as written with its hedge and currency sign ("about US$839.40", "P24.5-billion")."""
    letters = letter_currency(sent.text, n.start)
    sign = _currency(sent, n) or (sent.text[letters[1] : n.start] if letters else "")
    return f"{n.hedge + ' ' if n.hedge else ''}{sign}{n.text}"


# The year a figure is given for, right after it (past a rate's unit): "1.8% in 2028", "$19.50 per hour on January 1,
# 2030", "3.5% for 2028", "£2.1m in 2027-28".
_YEAR_AFTER = re.compile(
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:in|for|on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}\s+[A-Z][a-z]+)"
    r")\s+(?P<year>(?:19|20)\d\d)(?:[-–/]\d\d)?\b"
)
# The pairs a figure's year is read in: restated closely, loosely, in part, or merged (not a weak closest sentence).
_YEAR_RELATIONS = ("sentence it restates", "passage it merges", "sentence it partly restates")


def _year_of(sent: SentenceNums, n: Num) -> tuple[str, str] | None:
    """(year, kind) of a figure given for a year ("1.8% in 2028" → ("2028", "%"); "$18.50 an hour in 2029" → ("2029",
    "$")): no year or date itself, nor a range's end or a change's start; else None."""
    m = _YEAR_AFTER.match(sent.text, n.end)
    if m is None or n.year or _range_end(sent, n) or _FROM_AHEAD.search(sent.text, max(0, n.hstart - 16), n.hstart):
        return None  # (a change's start, "down from 51 percent in 2023", is the change rules' to read)
    kind = "%" if n.percent else currency_sign(sent.text, n) or ""
    return (m.group("year"), kind) if kind else None


def _figures_by_year(sent: SentenceNums) -> dict[tuple[str, str], list[Num]]:
    """A sentence's figures given for a year, by (year, kind) (:func:`_year_of`)."""
    out: dict[tuple[str, str], list[Num]] = {}
    for n in sent.nums:
        if (key := _year_of(sent, n)) is not None:
            out.setdefault(key, []).append(n)
    return out


def _year_figures(facts: FactBase, said: set[tuple[str, int, int]]) -> Iterator[Verdict]:
    """A rewrite sentence and the source passage it restates (closely, loosely, in part or merged) that each give one
    share, or one amount in one currency, for the same year ("GDP to rise 1.1% this year and 1.8% in 2028" / "grow by
    1.1% this year … and by 1.3% in 2028"; "to $18.50 an hour in 2029" / "to $18.25 per hour on January 1, 2029"): the
    year names the figure's role, and another value that neither rounds is a changed figure. Not when either sentence
    tells of an update, nor a figure already reported (``said``)."""
    said_in = _spans_by_document(said)
    reported: set[tuple[str, int]] = set()
    for a, b, relation in _slip_pairs(facts):
        if relation not in _YEAR_RELATIONS or _updates(a, b) or _UPDATE.search(b.text):
            continue
        theirs = _figures_by_year(b)
        for key, xs in _figures_by_year(a).items():
            ys = theirs.get(key, [])
            if len(xs) != 1 or len(ys) != 1:
                continue
            x, y = xs[0], ys[0]
            at, end = a.offset + x.hstart, a.offset + x.end
            if (a.doc, at) in reported or any(s < end and at < e for s, e in said_in.get(a.doc, ())):
                continue
            if x.bounds.overlaps(y.bounds) or _rounded_of(x, y) or _states(scanned(facts).get(b.doc, []), a.text, x):
                continue
            if not (_anchored_by_figure(a, x, b, y) or _said_alike(a.text, x, b.text, y)):
                continue  # "inflation … 3.5% for 2028" / "growth … 1.3% in 2028": two quantities of one year
            reported.add((a.doc, at))
            yield _figure_fail(facts, a, b, x, y, relation, f": the figure for {key[0]}, changed")


_SAID_OF = 48
"""How many characters before a figure name what it is said of (:func:`_said_alike`)."""


def _said_alike(text: str, x: Num, other: str, y: Num) -> bool:
    """Whether the words just before two figures share a content word ("minimum wage to $18.50" / "minimum wage from
    $16.50 to $18.25"): they are said of one quantity."""
    before = (re.sub(r"\d", " ", t[max(0, n.hstart - _SAID_OF) : n.hstart]) for t, n in ((text, x), (other, y)))
    return bool(content_stems(next(before)) & content_stems(next(before)))


def _anchored_by_figure(a: SentenceNums, x: Num, b: SentenceNums, y: Num) -> bool:
    """Whether the two sentences give another figure alike before the two figures, no year ("to rise 1.1% this year
    and 1.8% in 2028" / "to grow by 1.1% this year, …, and by 1.3% in 2028"): one series of figures, each keeping its
    role."""
    return any(
        not (u.year or v.year) and u.percent == v.percent and u.value == v.value
        for u in a.nums
        if u.end <= x.hstart
        for v in b.nums
        if v.end <= y.hstart
    )


def _slip_fail(facts: FactBase, a: SentenceNums, b: SentenceNums, x: Num, y: Num, relation: str) -> Verdict:
    """Rewrite sentence ``a`` gives ``x`` where source passage ``b`` (``relation``: how ``a`` relates to it) gives
    ``y``, the same figure slipped."""
    return _figure_fail(facts, a, b, x, y, relation, f": the same figure with {_slip_kind(x, y)}, a copy slip")


def _figure_fail(facts: FactBase, a: SentenceNums, b: SentenceNums, x: Num, y: Num, relation: str, why: str) -> Verdict:
    """Rewrite sentence ``a`` gives ``x`` where source passage ``b`` gives ``y`` (``why``: how the two disagree)."""
    return fail(
        f"{facts.label(a.doc)} says {_signed(a, x)} where the {facts.label(b.doc)} {relation} says {_signed(b, y)}"
        f"{why}",
        [
            quote(facts, a.doc, a.offset + x.hstart, a.offset + x.end, role="stated"),
            quote(facts, b.doc, b.offset + y.hstart, b.offset + y.end, role="source"),
        ],
        first=x.bounds,
        second=y.bounds,
        noun="figure",
    )
