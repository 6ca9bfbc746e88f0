"""change_arithmetic: a stated change does not match its own start and end values.

What it flags: a change written with both ends ("rose 12% to 560 from 500", "fell by a third from 90 to 40",
"doubled from 35 to 80", "up 15 points to 62% from 47%", "a 3-point drop from 45% to 41%", "rose 6% to £1,849 a
year, from £1,717", "rose by 140,000 barrels a day in May to …", end first: "1,050 offences in the 12 months to
June, down from 1,240 …, a fall of 12%", "£4.2m a year, up from the £3.1m a year paid by the outgoing sponsor, a
rise of 45%" (over five words after the start only before a comma), a period between the ends: "rose 12% to 560 in
the year to March, up from 500", the size as an aside after both ends: "rose in value from £2m to £3m, an increase
of 50%", with no verb of direction, the size's noun naming it: "will go to $128 from $112, an increase of $14",
"more than doubled since 2019, reaching 9.1 million in 2025 compared with 5.2 million", "£2.1m, up a fifth on last
year's £1.6m", "$48 million, down 40% from its $92 million opening", "3.4%, down from 3.8%, a drop of half a
percentage point that …", "to £1.46bn in the year to the end of January, from £1.18bn", the unit written after both
ends: "to 1,210 tonnes from 1,340 tonnes, a drop of 10%", "from 90 beds to 40 beds" (the same words, or the first of
them, after the second end), a bracketed conversion after the end: "to 260 billion won ($190 million), from 200
billion won", the change of an average: "fell by a quarter on average, from 8.0 mmol/L to 6.0 mmol/L", skipped when
the sentence spans a run of periods: "a year", "over ten years", "since") whose size (relative for a percentage or
fraction, absolute for points or a plain number, a ratio for doubled/tripled/halved) or direction (rose while the
value fell) disagrees with the two values, after rounding and hedges; and a change given one end and its size both
ways ("fell by 12%, or £117, to £1,641", "rose £40 (5%) to £840": the start is the end minus the change, in one
currency and unit) whose two sizes disagree. A size may carry the ends' currency sign ("from $4.8 million to $2.9
million, a drop of $1.9 million", "rose by £0.5m to £2.1m from £1.6m": read in full through glued magnitudes); a
sign that is not both ends', or letters glued to an unsigned size ("rose 12pc"), leave the change unread; a size in
cents or pence is a hundredth of the ends' currency ("to $3.75 from $3.50, an increase of 25 cents"; end first, the
size given twice: "€1.71, down from €1.84, a fall of 13 cent or 7.1%", both sizes read), one in basis
points ("bp", "bps") a hundredth of a percentage point ("fell six basis points to 3.61% from 3.67%"); ends in points
or basis points are compared like plain numbers ("widened to 180 basis points from 150").
End first, "an improvement of" (or "a deterioration of") takes the direction of "up"/"down", and a grade's or level's
name may follow the end ("48% earned grades one to three, up from 41%, an improvement of 7 points").
A day may follow either end of "from A to B" ("from 98 tons on Tuesday to 142 tons on Thursday", "in Tuesday's
bulletin"), and the period of the end value may follow both ends ("from $8m to $9m in its second weekend, a rise of
12.5%", "last weekend"). A clock time may follow either end of "from A to B" ("from 24.3C at 9:00am to 41.8C by
2pm": a colon and minutes, or am/pm); ends with a glued unit take an absolute size in the same letters ("from 2.1m to
3.4m, a rise of 1.3m") or, for "C"/"F", in degrees ("a rise of 17.5 degrees").
A spaced hyphen is read as a dash ("up from $78.20 - a rise of 8.2%"); a time word may follow both ends before the
size ("from 41 m to 58 m overnight, an increase of 19 m", "last year"); a currency in letters before an amount
("Rs", "KSh", "NOK") is a sign; the start may be named by a noun phrase ("…, up from the offer price of KSh 24.00, a
gain of 14%"). "Widened"/"narrowed" are a rise/fall; sums in one currency are compared in full when only one end
carries a short magnitude ("to £1.2m, from £950,000"); the
period between the ends may end on a day ("to £340m in the six months to 30 June, from £280m"); the end may be its
clause's subject with a copula ("The 14 complaints are up from nine in May", nothing but a determiner before the
count, one or two words after it) and the size may stand before its noun ("…, a 40% jump") or after the direction
("The A$6.2 billion package is up 35% from A$4.9 billion last year": capitals glued before a sign are the currency's;
a stop glued to a Markdown bold lead-in, "…living.** The …", ends a clause).
The end may carry its noun before ", up (by) D from Y", the start a day's or month's value ("3,150 homes, up by
870 from Sunday's 2,480"); before ", up D on the Y …" the end's noun may carry a short phrase and a day, and the
start a longer phrase that repeats the end's noun ("3,100 calls for help on Friday, up 20% on the 2,580 calls it
took on Thursday"). The end may be the count the sentence before (or the one before it) gives of the change's
participle: "23 people were injured. … The number of injured rose by eight from the 17 reported on Monday." (the
one such count there). A sentence opening "That was up (down) from A …, an increase of D" ("That was up D from A")
changes the one number of the sentence before of A's kind: "Visits reached 23,150. That was up from 18,420 the
year before, an increase of 4,730.", also "That compares with (the) A …, an increase of D" (the size names the
direction); a bracketed aside there is no figure "That" refers to, and a size in money is not read across
sentences.
When each end stood may follow it as a year ("from 37.0% at the 2023 election to 33.8%", "from 4.1% in 2024 to
3.2% in 2025, a drop of …": a preposition and a year, never another count), or a part of a year ("in the fourth
quarter of 2026"), and "a year later" may follow the end. The start's unit may end on a rate ("cubic feet a day"),
and the end may be written in the initials of the start's magnitude word and unit ("from 2.35 billion cubic feet a
day … to 2.61 bcf/d", "from 1.2 million barrels a day to 1.5 mb/d": read in the start's magnitude; a relative size
only). A value someone sets may be "raised"/
"lowered" (lifted, boosted, hiked; reduced, trimmed, slashed) with words before its ends when the size names its
direction and may repeat the ends' unit ("raises the levy from 1.8 mills to 2.3 mills, an increase of 0.5 mills");
so may any verb of change, with up to eight words (its object and a phrase) before the ends ("cut its forecast for
the state's total crop from 7.9 million tonnes to 6.4 million tonnes, a reduction of …").
A size written as a ratio is its share ("a rise of roughly one in seven": 14.3%, not one).
The unit may be written once after both ends ("fell from 138 to 129 mmHg, a drop of 11 points": one word before the
size's comma or dash); the start of ", up D from (the) A" may be named by a relative clause of who recorded it ("up
seven points from the 29 per cent it recorded in the same seat in January"); "in the half", "for the quarter" between
the end and ", up from" name a period, not a share; the start of "to B from A" may be named as an earlier period
("from ₹806 crore in the year-ago period, up 18.6%"); a value someone sets may have an object of up to twelve words and
a comma before its ends, the size after a dash ("lowers the point at which donations must be made public, from
$15,200 to $1,000 — a reduction of $12,400").
Ends may carry letters and a rate's unit after a slash ("to 42c/L from 46c/L, a reduction of 6c": both ends per the
same unit, the size in the same letters). The end may come first and its start after ", compared with" ("246,391
scored C+ or better, the minimum for entry, compared with 201,133 in 2026, an increase of 45,258"): when the start
stood may follow it (a year, a month, "a year earlier"), the size's noun names the direction, and nothing numbered
stands between the end and "compared" (no other count in the end's clause).
A change's ends are in one currency, its sign or its word ("312.40 euros ($338) …, up from 198.10 euros": the
bracketed conversion is no end); a size per another period than the end's restates the end ("from $24.95 to $25.87
an hour, or $983.06 a week": no change); the end may be a value said to be expected ("to an expected $5.9 million"),
and a value "raised"/"lowered" needs no object before its ends ("has been raised from ₹1.84 to ₹2.03, an increase of
…").
A verb of change may be in any tense ("grows from $148m to $158m, up $10m", "is declining from 820 to 760"); the
start's day may follow it ("up from ₹2,150 on October 1"); the end restated per another unit after ", or" ("₹3,480 per
quintal, or ₹35 a kg, up from …") is no end; how long the change took may follow its size ("an increase of ₹1,330 in
less than a fortnight"). The end of "…, up D on Y" is no count after another count of its clause ("1,284,600 fans
watched the 132 matches, up 23% on last season's 1,046,300": the matches are no end of a change in attendance).
Two stopwatch times in one sentence ("2:08:41", "3:49.20"; never a time of day or a pace) and the one gap stated
between them ("lowered it by 46 seconds", "19 seconds slower than") must agree; a gap from another base ("by 30
seconds on last year"), several times, "each"/"both", or a gap far from the times' difference is not read.
More forms: the ends bracketed after the size ("rose 18% (from £8.4m to £9.6m)"); a noun of change with its ends
in commas, then its size by a verb of amounting ("The increase, to $2.50 from $2.25, amounts to an 11% jump"); the
end first and both sizes ("closed at ₹642, up ₹48, or 8.1 per cent": the start is the end minus the change); a
size in cents before its noun ("…, down from $3.45, a 27-cent drop"); a unit once after both ends per a period or unit
("from 1,420 to 1,310 euros a month", "micrograms per cubic metre"); a month after either end ("from 212 last October
to 164 this October") and a span of years after the start ("from 388,000 in 2024-25 to …"); the unit's initials in
brackets after the end ("to 6.12 million tonnes (Mt) in March from …"); after "compared with", the size given again
after "and" ("a gain of $12,600 and roughly 3 percent"). A verb of merit before ends with no verb of direction
("improved to 94.2% from 97.5%, a gain of 3.3 points", "worsened") names better or worse, not up or down: the ends
give the direction and only the size is checked.
Hedges: the strict reading (``Num.bounds``), also for "more than doubled" (a ratio above 2).
Why it matters: an edit that updates one of the three numbers leaves the other two contradicting it.
Flags: "Sales fell by a third to 40 from 90."
Passes: "Sales rose 12% to 560 from 500."
Parameters: tolerance (percentage points of slack on a relative change; default 0.5).
Known false positives: a percentage change between percentages is read both ways (relative or in points) and
passes if either matches, so a wrong one that happens to fit the other reading is missed, never flagged.
Not read: a day of a date as an end ("finished on Monday, Jan. 11, up from 4,050": the day is no value; a date may
stand between the end and ", up from …"); a number right after the ends with no comma, dash, bracket or introducing
word ("from 297 tonnes five years ago": a time, not a size); a size per period ("grew 2% a year to …", compounded
over years not given); a size followed by its own base ("a gain of 12% on the year"); ", from A ⟨other plural noun⟩"
("to 500 cases, from 20 stores").
Not tried: changes with only one end stated ("rose 12% to 560"), compound changes over several periods, changes
spread across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, dashes, fail, ok
from factcheck.checks._numeric import (
    ANY_MONTH,
    CURRENCY_SIGN,
    FALL_WORDS,
    RISE_WORDS,
    Num,
    SentenceNums,
    currency_sign,
    day_of_month,
    fmt,
    fmt_as,
    fmt_iv,
    glued,
    hedge_alternation,
    in_full,
    is_plural,
    matches,
    numbered_sentences,
    quote,
    quote_nums,
    ratio_at,
    scanned,
)
from factcheck.checks._registry import register_check
from factcheck.extract import numbers as num
from factcheck.extract._gate import GateIndex, gate, lead, read
from factcheck.extract.dates import MONTH_ABBREVIATIONS
from factcheck.extract.hedges import direction, hedge_interval
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.models import Evidence
from factcheck.rules.base import RuleBase


class ChangeArithmeticRule(RuleBase):
    type: Literal["change-arithmetic"] = "change-arithmetic"
    tolerance: float = Field(0.5, ge=0, description="percentage points of slack on a relative change")


# Every tense of a verb of change ("grows", "is climbing", "declines"): the present reads like the past.
_UP = (
    RISE_WORDS + r"|grows|growing|climbs|climbing|jumps|jumping|gains|gaining|soars|soaring|surges|surging|increasing"
    r"|swells|swelling|widens|goes up|going up"
)
_DOWN = (
    FALL_WORDS + r"|shrinks|shrinking|declines|declining|decreases|decreasing|dropping|slips|slipping|slides|sliding"
    r"|plunges|plunging|tumbles|tumbling|dips|dipping|sinks|sinking|eases|easing|narrows|goes down|going down"
)
_DIR = rf"(?P<dir>{_UP}|{_DOWN})"
# Verbs that move a value someone sets ("raises the levy from 1.8 mills to 2.3 mills, an increase of …"): read only
# with words between them and the ends and a size that names its direction.
_RAISE = r"raises|raised|raising|lifts|lifted|lifting|boosts|boosted|boosting|hikes|hiked|hiking"
_LOWER = r"lowers|lowered|lowering|reduces|reduced|reducing|trims|trimmed|trimming|slashes|slashed|slashing"
_SET_DIR = rf"(?P<dir>{_UP}|{_DOWN}|{_RAISE}|{_LOWER})"


def _rising(word: str) -> bool:
    """A word of change that names a rise ("rose", "up", "raised")."""
    return re.fullmatch(rf"{_UP}|{_RAISE}|{_ADDING}", word.lower()) is not None


# A size that adds to a value ("…, an extra 2,449 seats").
_ADDING = r"an extra|an additional"


# A month's abbreviation with its full stop ("on Jan. 9"), which ends no sentence.
_ABBR_DOT = rf"\b(?:{'|'.join(MONTH_ABBREVIATIONS)})\."
# The nouns of a change, for "a 12% rise from 500 to 560": after a number, a verb ("those over 65 rose to 21% from
# 18%") has that number as its subject's qualifier, not its size.
_NOUN_DIR = r"(?P<dir>rise|increase|gain|jump|growth|climb|fall|drop|decline|decrease|cut|reduction|loss|slump|dip)"
# "to 1.58 euros from 1.74 euros", "to 8,480 in January from 8,000": up to three words (a unit, a period) may follow
# the first end; currency symbols stay in the skeleton.
_GAP_WORD = r" (?!from\b|to\b)[A-Za-z][\w’'-]*(?:/[A-Za-z]+)?"
_GAP = rf"(?:{_GAP_WORD}){{0,3}}"
_GAP2 = rf"(?:{_GAP_WORD}){{0,2}}"
# A bracketed conversion after the end value ("to 260 billion won ($190 million), from …"): one number, in another
# currency or unit, nothing else; it is not an end. Or the unit's initials in brackets ("to 6.12 million tonnes (Mt) in
# March from 5.81 million").
_CUR = CURRENCY_SIGN
_ASIDE = (
    rf"(?: \((?:about |around |roughly |some )?{_CUR}?⟨\d+⟩(?:[A-Za-z]{{1,3}}\b)?(?: [A-Za-z][\w/-]*){{0,2}}\)"
    r"| \([A-Z][A-Za-z]{0,5}\))?"
)
# An end may carry a glued unit or magnitude ("to 1.1m from 0.8m") or a rate's unit after a slash ("from £171/t to
# £186/t", "$/MWh", "42c/L": letters with a rate's unit after them); both ends must carry the same one (glued).
_G = r"(?:[A-Za-z]{1,3}\b(?:/[A-Za-z]{1,5}\b)?|/[A-Za-z]{1,5}\b)?"
# The period the end value covers, between it and the start ("to £2.9bn in the six months to June, up from £2.7bn",
# "to 8,480 in March 2025, from 8,000", "in the six months to 30 June"): its numbers may only be years, counts of
# periods or a day next to its month (_gaps_ok).
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = (
    rf"(?P<when> (?:in|for|over|during) the (?:⟨\d+⟩ |first |last |past )?(?:days?|weeks?|months?|quarters?|year|half)"
    rf" (?:to|ending|ended|through)(?: the end of)? (?:⟨\d+⟩ |[0-3]?\d(?:st|nd|rd|th) )?{ANY_MONTH}(?: ⟨\d+⟩)?"
    rf"| in {_MONTH}(?: ⟨\d+⟩)?| in ⟨\d+⟩)?"
)
# The period may also follow the end's unit words or its bracketed conversion ("to 412 million pounds ($503 million)
# in the 26 weeks to Dec. 26 from 362 million pounds").
_WHEN2 = _WHEN.replace("(?P<when>", "(?P<when2>", 1)
# The second end may repeat the first's unit words, all of them or the first ("to 1,210 tonnes a day from 1,340
# tonnes", "from 90 beds to 40 beds"): the same unit, so the same amount (a backreference, never another noun).
# The time of day of a reading, after an end of "from A to B" ("from 24C at 9am to 41C by 2:00pm"): the same series
# at two moments; a clock time only (a colon and minutes, or am/pm), never another quantity.
_CLOCK = r"(?: (?:at|by|around|until|before|after) ⟨\d+⟩(?::\d\d)?(?: ?(?:am|pm|a\.m\.|p\.m\.)|(?<=:\d\d)\b))?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The day of a reading, after an end of "from A to B" ("from 98 tons on Tuesday to 142 tons on Thursday", "from 98
# tons in Tuesday's bulletin to …": a report named by its day): the same series on two days.
_ON_WEEKDAY = rf"(?: (?:on|by) {_WEEKDAY}| in {_WEEKDAY}['’]s [a-z]+)?"
# A part of a year ("in the fourth quarter of 2026", "in the first half of 2025").
_PART_OF_YEAR = r"(?:first|second|third|fourth|final|last) (?:quarter|half)"
# When the start value of "from A to B" stood, between it and "to" ("from 37.0% at the 2023 election to 33.8%", "from
# 4.1% in 2024 to …", "from 21.4 euros in February 2027 to …", "in 2024-25"): a preposition, a year (its month before
# it), at most two words; its numbers may only be years (_gaps_ok).
# Or the same point a year before, named as such ("from 8,100 on the same day last year to …", "from 3.2m a year
# earlier to …", "from 540 at the same point in 2025 to …"), or a month ("from 212 last October to 164 this October").
_YEAR_BEFORE = r"(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) year|in ⟨\d+⟩)"
_AT_YEAR = (
    rf"(?P<whena> (?:in|at|by|during|for) (?:the |its |their )?(?:{_MONTH} |{_PART_OF_YEAR} of )?⟨\d+⟩(?:[-–/]⟨\d+⟩)?"
    r"(?: (?!to\b)[a-z][\w’'-]*){0,2}"
    rf"| (?:on|in|at|over|during|for|by) the same (?:date|day|night|week|weekend|month|quarter|period|time|point)"
    rf" {_YEAR_BEFORE}| {_YEAR_BEFORE}| (?:in|last|this) {_MONTH})?"
)
# The start's unit per a unit of two words after its first ("from 21.4 euros per sq m in February 2027 to 23.9 euros"):
# the second end repeats the first word.
_PER_UNIT = r" per [a-z]+(?: [a-z]+)?"
# A unit of amount per period after the start's unit words ("from 2.35 billion cubic feet a day …").
_A_RATE = r" (?:a|per) (?:day|week|month|year)\b"
# The second end of "from A ⟨magnitude⟩ ⟨unit⟩ to B" may be written in their initials ("from 2.35 billion cubic feet a
# day … to 2.61 bcf/d": _in_magnitude_of): a magnitude's initial (billion, million, trillion, thousand) and
# consonants, never a word ("to £2.50 on 1 October").
# A price's unit written once after both ends, before the size's comma ("from $118 to $151 a megawatt hour, a rise
# of …").
_PRICE_UNIT = r" (?:a|an|per) [a-z]+(?: [a-z]+)?(?=,)"
# A unit written once after both ends of "from A to B", before the size's comma ("fell from 138 to 129 mmHg, a drop
# of 11 points", "from 90 to 40 beds, …", per a period or unit: "from 1,420 to 1,310 euros a month, down 8 per cent",
# "from 31.4 to 27.9 grams per cubic metre"): one word, no number, the unit of both ends.
_ONCE_UNIT = (
    r" (?!(?:a|an|the|and|or|in|on|at|by|for|from|to|this|last|next)\b)[A-Za-z][A-Za-z/]{1,11}"
    rf"(?:{_A_RATE}|{_PER_UNIT})?(?=,| —| –)"
)
_ABBR = r"(?P<abbr> [bmtk][bcdfghjklmnpqrstvwxz]{1,4}(?:/[a-z])?(?![\w/]))"
# A value the end is said to be before it is final ("to an expected $5.9 million"): still the end of the change.
_EXPECTED = r"(?:(?:an|a) (?:expected|projected|forecast|estimated|planned|budgeted|provisional) )?"
_ENDS = (
    rf"(?:to {_EXPECTED}{_CUR}?⟨(?P<b>\d+)⟩"
    rf"{_G}{_WHEN}(?P<ub>(?:(?P<ub1>{_GAP_WORD}){_GAP2})?){_ASIDE}{_WHEN2}(?P<comma>,)? "
    rf"(?:(?<=, )(?P<dir3>up|down) )?from {_CUR}?⟨(?P<a>\d+)⟩{_G}(?:(?:(?P=ub)|(?P=ub1))\b)?"
    rf"|from {_CUR}?⟨(?P<a2>\d+)⟩{_G}(?P<ua>(?:(?P<ua1>{_GAP_WORD})(?:{_PER_UNIT}|{_GAP2}(?:{_A_RATE})?))?){_CLOCK}"
    rf"{_ON_WEEKDAY}{_AT_YEAR} to {_EXPECTED}"
    rf"{_CUR}?⟨(?P<b2>\d+)⟩{_G}"
    rf"(?:(?:(?P=ua)|(?P=ua1))\b| per [a-z]+\b|{_ABBR}|{_PRICE_UNIT}|(?(ua1)(?!)|{_ONCE_UNIT}))?{_CLOCK}{_ON_WEEKDAY})"
)
# The size's own unit phrase before the ends ("rose by 140,000 barrels a day in May to …"), not a rate per period
# ("grew 2% a year to …", compounded over years the sentence does not give).
_DUNIT = (
    r"(?: (?!(?:a|an|per|each|every|annually|annual|on|year|month|to|from|times|fold)\b)[A-Za-z][\w’'-]*"
    r"(?: (?!to\b|from\b)[A-Za-z][\w’'-]*){0,4})?"
)
# "fell by 42% on average, from 3.8 to 2.6" is the change of an average, unless the sentence spans a run of periods
# ("rose 4% on average, from £900 to £1,340 over ten years": a mean yearly rate).
_SPAN = re.compile(
    r"(?i)\b(?:a|per|each|every) (?:year|month|week|quarter|day)\b|\bannual(?:ly)?\b|\byearly\b|\bsince\b"
    r"|\bover (?:the )?(?:[\w-]+ )?(?:years|months|weeks|decades|quarters)\b|\bbetween (?:19|20)\d\d and\b"
)
_RATE = re.compile(r"(?i)\b(?:annual|annually|average|compound|each|every|(?<!in )a (?:year|month|week|quarter))\b")
# The start value's determiner in "…, up Z on last year's Y": the same series earlier, never a different set.
_BASE_DET = (
    r"(?:last (?:year|month|week|quarter|season|time)['’]s |the previous (?:year['’]s )?|its |their |the |a |an "
    r"|the (?:previous|prior|same) [a-z]+['’]s "
    # a day or month before ("up by 870 from Sunday's 2,480", "from June's 4.1%"): the same series then
    r"|(?:yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)['’]s )"
)
# A relative clause on the size ("a drop of 0.5 points that was larger than expected"), not "that year".
_REL = r" (?:which|that (?:was|is|were|are|has|had|will|would|could|may|might|[a-z]+ed)\b)"
_SIZE_INTRO = (
    r"(?:or |by |a |an |up |down |(?:increase|rise|gain|jump|drop|fall|decline|decrease|cut|reduction|addition)"
    r"(?: of)? "
    r"|a (?:rise|drop|fall|gain|jump|decline) of |(?:an )?(?:improvement|deterioration) of )"
)
# When the start value stood, right after it ("to 47.8% from 45.1% a year earlier, an improvement of …"): the
# same series a period before, no other quantity.
_THEN = (
    r"(?: (?:a|one) (?:year|month|quarter|week|decade) (?:earlier|ago|before)"
    r"| (?:last|the previous|the prior) (?:year|month|quarter|week)"
    # the same series in an earlier period named as such ("from ₹806 crore in the year-ago period")
    r"| in the (?:year-ago|year-earlier|previous|prior|preceding|corresponding)"
    r" (?:period|quarter|year|month|half|week))"
)
_THEN_AT_END = re.compile(rf"{_THEN}$")
# When the change happened, right after both ends ("rose from 274 mm to 586 mm overnight, an increase of 312 mm"):
# a time word ("this November"), no quantity, or a year ("from 4.1% in 2024 to 3.2% in 2025, a drop of …": _gaps_ok),
# or the period the end value is of, named by one word ("from $8m to $9m in its second weekend, a rise of 12.5%",
# "from 3,480 to 3,215 over the same period, a drop of 265").
_PERIOD_NOUN = r"(?:year|month|weekend|week|season|quarter)"
_LATER = (
    rf"(?: overnight| (?:yesterday|today)| (?:this|last|next) (?:{_PERIOD_NOUN}|{_MONTH})"
    rf"| (?:in|by) (?:{_MONTH} )?(?P<yb>⟨\d+⟩)"
    rf"| (?:in|over|during|across) (?:its|their|the) (?:[a-z]+ )?(?:{_PERIOD_NOUN}|period|decade)"
    rf"| (?:a|one) {_PERIOD_NOUN} later)"
)
# The end first, then its start: "1,050 offences …, down from 1,240" (a comma before "up/down from"), or the end's
# count as its clause's subject with a copula: "The 14 complaints are up from nine" (_gaps_ok: "cop", nothing but a
# determiner before the count and one or two words after it).
# The start value named by a noun before it ("…, up from the offer price of $24", "down from a peak of 900"): one to
# three lower-case words and "of", after a determiner (_BASE_DET).
_OF_PHRASE = r"(?:(?:[a-z][\w’'-]* ){1,3}?of )"
_END_FIRST = (
    rf"{_CUR}?⟨(?P<b>\d+)⟩{_G}(?P<gapb>(?:[^⟨⟩;:.!?]|⟨\d+⟩|{_ABBR_DOT}){{0,100}}?)"
    rf"(?:,|(?P<cop> (?:is|are|was|were)(?: now)?)) (?P<dir>up|down) from "
    rf"(?:{_BASE_DET}{_OF_PHRASE}?)?{_CUR}?⟨(?P<a>\d+)⟩{_G}"
    rf"(?P<gapa>(?: (?:[A-Za-z][\w’'-]*|⟨\d+⟩)){{0,9}}?)(?P<gapc>,| —| –)? "
)
# How long the change took, after its size ("an increase of ₹1,130 in less than a fortnight", "within three weeks"):
# a length of time, no base of its own.
_TOOK = (
    r"(?: (?:in|within|over) (?:less than |under |just |only |barely |little more than |about )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|⟨\d+⟩)"
    r" (?:days?|weeks?|fortnights?|months?|years?))"
)
_NOUN_DIRS = _NOUN_DIR.removeprefix("(?P<dir>")[:-1]
# A relative clause on the start whose subject recorded it ("up seven points from the 29 per cent it recorded in the
# same seat in January", "the 412 they reported last year"): the same measure then; no number in it.
_WHO_RECORDED = (
    r"(?P<recorded> (?:it|they|he|she|we|I) (?:had )?(?:recorded|reported|registered|scored|polled|logged|posted"
    r"|counted|measured|found|showed|won)(?: (?:[A-Za-z][\w’'-]*)){0,8}?)"
)
# The day a count was taken, after it ("3,100 calls on Friday", "the 2,580 it took on Thursday").
_ON_DAY = rf"(?: (?:on|last) {_WEEKDAY}|(?: on)? the (?:day|night) before| yesterday)?"
_PATTERNS = [
    # rose (by) 12% to 560 from 500 / fell by a third from 90 to 40 / up 15 points to 62% from 47%
    # (the ends may be bracketed: "rose 18% (from £8.4m to £9.6m)")
    re.compile(
        rf"\b{_DIR} (?:by )?{_CUR}?⟨(?P<d>\d+)⟩{_G}(?P<dunit>{_DUNIT})(?P<avg>,? on average)?(?:,? | \(){_ENDS}"
    ),
    # a 12% rise (in sales) from 500 to 560 / an increase of 12% from 500 to 560
    re.compile(rf"⟨(?P<d>\d+)⟩{_G} {_NOUN_DIR}(?: in [\w’' ]{{1,30}}?)? {_ENDS}"),
    re.compile(rf"\b{_DIR} of {_CUR}?⟨(?P<d>\d+)⟩{_G}(?: in [\w’' ]{{1,30}}?)? {_ENDS}"),
    # rose from 500 to 560, (an increase of | up | or) 12%
    # (the size follows a comma, dash or bracket, or a word that introduces it: never "from 297 tonnes five years
    # ago", where the number after the ends is a time)
    # (after the start's period, "a year earlier", only with a word that introduces the size)
    # (a few words of manner, place or time may stand between the verb and its ends: "rose sharply during the month
    # from 500 to 560", no number among them)
    re.compile(
        rf"\b{_DIR}(?P<vgap>(?: (?!(?:from|to|by|and|or|but|of|than|a|an)\b)[a-z][\w’'-]*){{0,4}}) {_ENDS}"
        rf"(?:{_THEN}(?:,| —| –| \() ?{_SIZE_INTRO}+|{_LATER}(?:,| —| –| \() ?{_SIZE_INTRO}+"
        rf"|(?:,| —| –| \() ?{_SIZE_INTRO}*"
        rf"| {_SIZE_INTRO}+)"
        rf"{_CUR}?⟨(?P<d>\d+)⟩"
    ),
    # 1,050 offences in the 12 months to June, down from 1,240 the year before, a fall of 12% / £4.2m a year, up from
    # the £3.1m a year paid by the outgoing sponsor, a rise of 45% (over five words after the start need a comma)
    # (or, the size before its noun: "…, a 40% jump"; see _END_FIRST)
    re.compile(
        rf"{_END_FIRST}(?:a |an )?"
        # not "a gain of 12% on the year"; the size may be in cents and given again after "or" ("a fall of 9 cent
        # or 7.1%": both are read)
        # ("an improvement of 2 points" names no direction: the one of "up"/"down" stands)
        # (or in the ends' unit: "44.1 cubic kilometres …, down from 46.3 …, a decline of 3.2 cubic kilometres")
        rf"(?:(?P<dir2>{_UP}|{_DOWN})|improvement|deterioration) of {_CUR}?⟨(?P<d>\d+)⟩{_G}"
        rf"(?: cents?| pence|(?P<du>(?: [a-z][\w’'-]*){{1,2}}))?"
        rf"(?={_TOOK}?\s*(?:[,.;:)—–]|$)|{_REL}|{_TOOK}? or {_CUR}?⟨(?P<d2>\d+)⟩{_G}\s*(?:[,.;:)—–]|$))"
    ),
    # the same with the size before its noun: "The 14 complaints are up from nine in May, a 40% jump" (in cents or
    # pence: "…, down from $3.45, a 27-cent drop")
    re.compile(
        rf"{_END_FIRST}(?:a |an ){_CUR}?⟨(?P<d>\d+)⟩{_G}(?:[ -](?:cents?|pence))?[ -](?P<dir2>{_NOUN_DIRS})"
        rf"(?=\s*(?:[,.;:)—–]|$)|{_REL})"
    ),
    # £2.1m, up a fifth on last year's £1.6m / $48 million, down 40% from its $92 million opening
    # (or the end's count as its clause's subject with a copula: "The 14 complaints are up 40% from ten", see
    # _END_FIRST)
    # (the end's noun may carry a part of a year: "1.84 million visits in the third quarter, down 13 per cent from")
    # (the end's noun may carry a short phrase and a day: "3,100 calls for help on Friday, up 20% on the 2,580
    # calls it took on Thursday"; more than two words after the start only when they repeat the end's noun, _gaps_ok)
    re.compile(
        rf"{_CUR}?⟨(?P<b>\d+)⟩{_G}(?:(?P<bnoun>(?: (?!(?:a|an|per|each|every)\b)[a-z][\w’'-]*){{0,4}}"
        rf"(?: in the {_PART_OF_YEAR}(?: of ⟨\d+⟩)?)?{_ON_DAY}),"
        rf"|(?P<gapb>(?: [a-z][\w’'-]*){{1,2}})(?P<cop> (?:is|are|was|were)(?: now)?)) "
        rf"(?P<dir>up|down) (?:by )?{_CUR}?⟨(?P<d>\d+)⟩{_G} (?:on|from) "
        rf"(?P<base>{_BASE_DET})?(?:[A-Z]{{1,2}}(?={_CUR}))?{_CUR}?⟨(?P<a>\d+)⟩{_G}"
        rf"(?:{_WHO_RECORDED}|(?P<after>(?: [a-z][\w’'-]*){{0,5}}?{_ON_DAY}))(?=\s*(?:[,.;:)—–]|$)| and (?!⟨))"
    ),
    # rose in value from £2m to £3m, an increase of 50%: up to twelve words between the verb and its ends (its object
    # and a phrase: "cut its forecast for the state's total crop from …", a comma before the ends), the size
    # an aside after both that names its own direction (the same as the verb's) and closes the clause
    # (the size may repeat the ends' unit: "raises the levy from 1.8 mills to 2.3 mills, an increase of 0.5 mills")
    re.compile(
        rf"\b{_SET_DIR}(?: (?!(?:from|to|by|and|or|but)\b)[a-z][\w’'-]*){{0,12}},? {_ENDS}(?:,| —| –)? (?:a |an )?"
        rf"(?P<dir2>{_UP}|{_DOWN}) of {_CUR}?⟨(?P<d>\d+)⟩{_G}(?:(?P=ua1)|(?P=ub1))?"
        rf"(?=\s*(?:[,.;:)—–]|$)|{_REL})"
    ),
    # would take its capacity from 7,351 to 9,800 – an extra 2,449 seats: a verb that brings a value to another (its
    # object and a phrase between), and a size that adds to it
    re.compile(
        rf"\b(?:takes?|took|taken|taking|brings?|brought|bringing)(?: (?!(?:from|to|by|and|or|but)\b)[a-z][\w’'-]*)"
        rf"{{1,8}} {_ENDS}(?: [a-z][\w’'-]*)?(?:,| —| –| \()? (?P<dir>an extra|an additional) {_CUR}?⟨(?P<d>\d+)⟩{_G}"
        rf"(?=(?: [a-z][\w’'-]*)?\s*(?:[,.;:)—–]|$))"
    ),
    # The increase, to $2.50 from $2.25, amounts to an 11% jump: a noun of change with its ends in commas, then its
    # size by a verb of amounting, the size before a noun of change
    re.compile(
        rf"\b{_NOUN_DIR}, {_ENDS}, (?:amounts? to|amounted to|works? out at|worked out at|represents|represented"
        rf"|is|was) (?:a |an ){_CUR}?⟨(?P<d>\d+)⟩{_G}[ -](?:{_NOUN_DIRS}|hike)\b"
    ),
    # will go to $128 from $112, an increase of $14: no verb of direction (tried last), the size's noun names it;
    # only end first ("cost from £10 to £20" is a range) or after a verb of change ("moved from $112 to $128"), and
    # no other count before it in its clause (_gaps_ok)
    re.compile(
        rf"(?:(?=to )|(?:(?<=\bmoved )|(?<=\bwent )|(?<=\bchanged )|(?<=\bshifted ))(?=from ))"
        rf"(?P<bare>){_ENDS},? (?:a |an ){_NOUN_DIR} of {_CUR}?⟨(?P<d>\d+)⟩{_G}(?: cents?| pence)?"
        rf"(?=\s*(?:[,.;:)—–]|$)|{_REL})"
    ),
]
_PATTERN_GATES = GateIndex([gate(p) for p in _PATTERNS])
"""The patterns of :data:`_PATTERNS` a skeleton may match, found from its words (factcheck/extract/_gate.py: the words
any match holds, read from the pattern; most skeletons of three numbers and a "from " match none)."""
# One end and the size given twice, relative and absolute: "fell by 12%, or £117, to £1,641", "rose £40 (5%) to £840":
# the start is the end minus the change, so the two sizes must agree with each other (_both_sizes).
_BOTH_SIZES = re.compile(
    rf"\b{_DIR} (?:by )?{_CUR}?⟨(?P<d>\d+)⟩{_G}(?:, or | \(){_CUR}?⟨(?P<d2>\d+)⟩{_G}(?:\)|,)? "
    rf"to {_CUR}?⟨(?P<b>\d+)⟩{_G}(?![\w ,]{{0,40}}\bfrom {_CUR}?⟨)"
)
# The same with the end first: "closed at ₹642, up ₹48, or 8.1 per cent", "£840, up £40 (5%)" (no start given after
# it).
_BOTH_SIZES_END_FIRST = re.compile(
    rf"{_CUR}?⟨(?P<b>\d+)⟩{_G}, (?P<dir>up|down) (?:by )?{_CUR}?⟨(?P<d>\d+)⟩{_G}(?:, or | \(){_CUR}?⟨(?P<d2>\d+)⟩{_G}"
    rf"(?!{_G} ?[-–])(?![^.;⟨]{{0,40}}\b(?:from|on|than) (?:[a-z]+ ){{0,3}}{_CUR}?⟨)"
)
_MULT = lead(
    re.compile(
        rf"(?:(?<![\w-])(?P<hedge>(?i:{hedge_alternation()})) )?"
        rf"\b(?P<mult>doubled|tripled|trebled|quadrupled|halved)(?: [a-z]+){{0,3}}?"
        # "doubled since 2019, reaching 9.1 million in 2025 compared with 5.2 million"
        rf"(?:(?: (?:since|from) ⟨(?P<y1>\d+)⟩)?,? (?:reaching|to reach|hitting|to hit) {_CUR}?⟨(?P<b3>\d+)⟩{_G}"
        rf"(?: (?:in|by|this|last) (?:⟨(?P<y2>\d+)⟩|year))?,? (?:compared (?:with|to)|against|up from|down from) "
        rf"{_CUR}?⟨(?P<a3>\d+)⟩{_G}| {_ENDS})"
    )
)
_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}


def may_match(skel: str) -> bool:
    """False only when no pattern can match the skeleton: every one holds "from " ("to ⟨b⟩ from ⟨a⟩", "up from ⟨a⟩"),
    except the multiplier's "compared with ⟨a⟩" / "against ⟨a⟩", the end-first "…, up Z on ⟨a⟩" and the two sizes
    "by Z, or D, to ⟨b⟩" / "D (Z) to ⟨b⟩" / "⟨b⟩, up D (Z)", and "D more than ⟨a⟩"."""
    words = ("from ", "compared ", "against ", " on ", " than ", ", or ", ") to ", ", up ", ", down ")
    return any(w in skel for w in words)


def _ends(m: re.Match[str]) -> tuple[int, int]:
    g = m.groupdict()
    a = g["a"] or g.get("a2") or g.get("a3")
    b = g["b"] or g.get("b2") or g.get("b3")
    assert a is not None and b is not None
    return int(a), int(b)


_PERIOD_AFTER = re.compile(r"\s(?:days?|weeks?|months?|quarters?|years?)\b")
_NEXT_WORD = re.compile(r",?\s+([A-Za-z]+)")


# Where a clause ends; a stop glued to a Markdown bold lead-in ends one too (a sentence the splitter kept whole:
# "**3. A$6.2bn for families.** The A$6.2bn package is up …").
_CLAUSE_BREAK = re.compile(r",\s|[;:—–(]|[.!?]\*+\s")


def _clause_before(sent: SentenceNums, b: Num) -> str:
    """The words of ``b``'s clause before it (up to a comma, dash, bracket or colon)."""
    return _CLAUSE_BREAK.split(sent.text[: b.hstart])[-1]


def _count_before(sent: SentenceNums, b: Num, dates: bool = False) -> bool:
    """A number other than a year (or, with ``dates``, a day of a date) stands before ``b`` in its clause."""
    clause = _clause_before(sent, b)
    return any(
        n.end <= b.hstart
        and n.start >= b.hstart - len(clause)
        and not n.year
        and not (dates and day_of_month(sent.text, n))
        for n in sent.nums
    )


_RELATIVE = re.compile(r"\s*(?:which|who|whose|where)\b", re.IGNORECASE)


def _in_aside(sent: SentenceNums, b: Num) -> bool:
    """``b`` stands in a relative clause after a number of the main clause ("32,600 burrows on the island, which lies
    eight km off Fife, down from 39,800"): the change that follows the aside may be the main clause's."""
    clause = _clause_before(sent, b)
    main = b.hstart - len(clause)
    return _RELATIVE.match(clause) is not None and any(n.end <= main and not n.year for n in sent.nums)


_SUBJECT_DET = re.compile(r"(?i)(?:(?:the|its|their|our|his|her|these|those|all|now|and|but|so) )*$")
_SUBJECT_NOUN = re.compile(r"(?: [a-z][\w’'-]*){1,2}")


def _counted_subject(sent: SentenceNums, b: Num, gap: str) -> bool:
    """``b`` counts its clause's subject ("The 14 complaints are up from nine"): only determiners before it in the
    clause, one or two lower-case words (its noun) between it and the copula, none of them a preposition."""
    clause = _clause_before(sent, b)
    clause = re.sub(rf"\b[A-Z]{{1,2}}{_CUR}$|{_CUR}$", "", clause)  # "The A$6.2 billion package": the count's sign
    if not _SUBJECT_DET.match(clause):
        return False
    return _SUBJECT_NOUN.fullmatch(gap) is not None and not set(gap.split()) & _PREPOSITIONS


# A label's number, right after its noun or closing a range of them ("grades one to three", "levels 4 and 5").
_LABEL_BEFORE = re.compile(
    r"\b(?:grades?|levels?|stages?|tiers?|bands?|categor(?:y|ies))(?: \w+ (?:to|and|or|through))? $", re.IGNORECASE
)

_PREPOSITIONS = frozenset(
    {"of", "in", "at", "on", "for", "by", "with", "from", "to", "per", "among", "across", "between", "under", "over"}
)


# After words between the verb and its ends, the size closes its clause (a unit of up to two words after it), no base
# or period of its own ("a fall of 25% in a day", "a reduction of a fifth on the original claim").
_SIZE_CLOSES = re.compile(
    r"⟩(?:[A-Za-z]{1,3}\b)?(?: (?!(?:in|on|over|since|from|per|a|an|the|each|every)\b)[a-z][\w’'-]*){0,2}?"
    r"\s*(?:[,.;:)—–]|$| (?:which|that|according|as)\b)"
)


def _gaps_ok(sent: SentenceNums, m: re.Match[str]) -> bool:
    """Neither end is a day of a date; numbers between the ends may only be years, periods ("in the 12 months to
    June") or days of dates; the size's unit phrase is no rate per period; after ", from A" comes no other noun than
    B's ("to 300 cases, from 12 hospitals")."""
    g = m.groupdict()
    if g.get("vgap") and re.fullmatch(rf"{_NOUN_DIRS}|up|down", g["dir"].lower()):
        return False  # "pay growth slowed to 4.1% from 4.6%": a noun of change, not the verb of the ends
    if g.get("vgap") and g.get("d") is not None:
        named = re.findall(rf"\b(?:{_NOUN_DIRS}|up|down)\b", m.string[m.end("vgap") : m.start("d")])
        if any(_rising(w) != _rising(g["dir"]) for w in named):
            return False  # "rose in value from £2m to £3m, a fall of 20%": the aside names the other direction
        if not _SIZE_CLOSES.match(m.string, m.end("d")):
            return False  # "fell in trading from 500p to 400p, a fall of 25% in a day": a size of its own period
    if _restated(sent, sent.nums[_ends(m)[1]]):
        return False  # "₹3,480 a quintal, or ₹35 a kg, up from ₹2,150": the end restated per another unit
    if any(day_of_month(sent.text, sent.nums[i]) for i in _ends(m)):
        return False  # "finished on Monday, Jan. 11, up from 4,050": a day of a date is no end value
    if g.get("gapb") is not None:
        b = sent.nums[int(g["b"])]
        if _PERIOD_AFTER.match(sent.text, b.end):
            return False  # "the 12 months to June, down from …": a period, not the end value
        if _count_before(sent, b):
            return False  # "2,100 people at 12 sites, up from 1,900": the end value is not the nearest number
        if _in_aside(sent, b):
            return False  # "32,600 burrows on the island, which lies about eight km off Fife, down from 39,800"
        if len(g["gapb"]) > 60 and "," in g["gapb"]:
            return False  # a long gap that holds another clause: ", down from" may not be about ``b``
        if g.get("cop") is not None and not _counted_subject(sent, b, g["gapb"]):
            return False  # "Sales at the 14 stores are up from 300": the end value is not the subject's count
    if g.get("bnoun") is not None and _count_before(sent, sent.nums[int(g["b"])], dates=True):
        return False  # "1,284,600 fans watched the 132 matches, up 23% on …": the change may be the first count's
    if g.get("gapa") and len(g["gapa"].split()) > 5 and not g.get("gapc"):
        return False  # "up from 1,240 the year before when burglaries showed a rise of 12%": another change
    if g.get("bare") is not None and _count_before(sent, sent.nums[int(g["b"] or g["a2"])], dates=True):
        return False  # "rose in 12 branches to 560 from 500": the ends may count per branch
    if any(not sent.nums[int(i)].year for i in re.findall(r"⟨(\d+)⟩", (g.get("whena") or "") + (g.get("yb") or ""))):
        return False  # "from 500 at 12 sites to 560": a count, not when the start stood
    for name in ("gapb", "gapa", "y1", "y2", "when", "when2"):
        got = g.get(name) or ""
        # a group's numbers are its ⟨i⟩ tokens (not the digits of "30th"); y1 and y2 hold an index alone
        for i in [got] if name in ("y1", "y2") and got else re.findall(r"⟨(\d+)⟩", got):
            n = sent.nums[int(i)]
            if n.year or (name in ("gapb", "when", "when2") and n.is_count and _PERIOD_AFTER.match(sent.text, n.end)):
                continue
            if name in ("gapb", "gapa", "when", "when2") and n.hedge is None and day_of_month(sent.text, n):
                continue  # "in the six months to 30 June", "2,500 birds on Jan. 9, up from …": a day of a date
            if name == "gapb" and n.hedge is None and _LABEL_BEFORE.search(sent.text, 0, n.start):
                continue  # "48% earned grades one to three, up from …": a grade's name, not a value
            if name == "gapb" and _restated(sent, n):
                continue  # "₹3,480 per quintal, or nearly ₹35 a kg, up from …": the end in another unit
            if name == "gapb" and _period_named(sent, n):
                continue  # "11.6 million passengers in the half, up from …": the period the count covers
            if name == "gapb" and _in_aside(sent, n):
                continue  # "32,600 burrows on the island, which lies eight km off Fife, down from …": an aside's
            return False
    if g.get("dir3") is not None:
        down = g["dir3"] == "down"
        said = (g.get("mult") or g.get("dir") or "").lower()
        if down != (said == "halved" or re.fullmatch(_DOWN, said) is not None):
            return False  # "rose 5% to 300, down from 320": the two directions disagree, nothing to check
    if g.get("after") and g["after"].split()[0] != _noun_of(g.get("bnoun")):
        after = _THEN_AT_END.sub("", _ON_DAY_AT_END.sub("", g["after"])).split()
        if len(after) > 2 or (after and is_plural(after[0])):
            return False  # "…, up 5% on its 300 stores": the start value counts something else (when it stood is
            # no count: "$540 million, up 35% from $450 million a year earlier")
    if g.get("du") and not any((g.get(k) or "").startswith(g["du"]) for k in ("gapa", "gapb")):
        return False  # "a fall of 12 last year": words after the size that are not the ends' unit
    if g.get("dunit") and _RATE.search(g["dunit"]):
        return False
    if g.get("avg") and _SPAN.search(sent.text):
        return False
    if g.get("dir2") is not None and _rising(g["dir"]) != _rising(g["dir2"]):
        return False
    if g.get("comma") or g.get("when") or g.get("when2"):
        a, b = sent.nums[int(g["a"])], sent.nums[int(g["b"])]
        wa, wb = _NEXT_WORD.match(sent.text, a.end), _NEXT_WORD.match(sent.text, b.end)
        if wa and is_plural(wa.group(1)) and (wb is None or wa.group(1) != wb.group(1)):
            return False
    return True


_OR_BEFORE = re.compile(rf",\s+or\s+(?:[A-Z]{{0,3}}{_CUR}\s?)?$")
_PER_AFTER = re.compile(r"(?: ?[A-Za-z]{1,6})?\s(?:a|an|per)\s[a-z]+\b")


def _restated(sent: SentenceNums, n: Num) -> bool:
    """``n`` restates the amount before it per another unit, after ", or" ("₹3,480 per quintal, or nearly ₹35 a
    kg", "or 60 cents a litre"): the same value, never an end of its own."""
    return _OR_BEFORE.search(sent.text, 0, n.hstart) is not None and _PER_AFTER.match(sent.text, n.end) is not None


# "in the half", "over the quarter": a fraction word named as a period of a year, after a preposition of time and
# "the" (a part of a year before it too: "in the first half"), with no "of" after it.
_PERIOD_BEFORE = re.compile(rf"\b(?:in|for|during|over|through) the (?:{_PART_OF_YEAR.split(' ')[0]} )?$")
_PERIOD_FRACTIONS = frozenset({"half", "quarter"})


def _period_named(sent: SentenceNums, n: Num) -> bool:
    """``n`` is "half" or "quarter" naming a period ("in the half", "for the second quarter"), not a share."""
    return (
        n.fraction
        and n.text.lower() in _PERIOD_FRACTIONS
        and _PERIOD_BEFORE.search(sent.text, 0, n.start) is not None
        and not sent.text.startswith(" of", n.end)
    )


_ON_DAY_AT_END = re.compile(_ON_DAY.removesuffix("?") + "$")


def _noun_of(bnoun: str | None) -> str | None:
    """The plural noun right after the end value ("3,100 calls for help" → "calls"), or None."""
    words = (bnoun or "").split()
    return words[0] if words and is_plural(words[0]) else None


# "The number of injured rose by eight from the 17 reported on Monday.": a change with its start and size, whose
# end is the count the sentence before (or the one before it) gives of the same participle ("23 people were
# injured"): the one such count there, nothing else counted in the change's sentence.
_COUNT_OF = re.compile(
    rf"^(?:[A-Z][\w’'-]*(?: [A-Za-z][\w’'-]*){{0,3}}?, )?[Tt]he (?:number|count|tally|toll) of (?P<noun>[a-z]{{3,}}ed) "
    rf"{_DIR} by ⟨(?P<d>\d+)⟩ from (?:the |its )?⟨(?P<a>\d+)⟩[^⟨⟩]*$"
)
_PEOPLE = r"(?:(?:people|persons|residents|workers|children|patients|passengers|others) )?"


def _end_count(prev: SentenceNums, noun: str) -> Num | None:
    """The one count in ``prev`` of things that were ``noun`` ("23 people were injured", "23 are now injured")."""
    got = [
        prev.nums[int(m.group(1))]
        for m in re.finditer(
            rf"⟨(\d+)⟩ {_PEOPLE}(?:were|are|have been|had been)(?: now)?(?: (?:reported|confirmed|known to be))? "
            rf"{noun}\b",
            prev.skeleton,
        )
    ]
    return got[0] if len(got) == 1 and got[0].is_count else None


def _end_before(rule: ChangeArithmeticRule, facts: FactBase) -> Iterator[Verdict]:
    """Changes whose end is the count of the same participle in one of the two sentences before (:data:`_COUNT_OF`)."""
    by_doc = scanned(facts)
    for doc, _ in facts.checked():
        numbered = {s.index: s for s in by_doc.get(doc.id, [])}
        for sent in numbered.values():
            m = _COUNT_OF.match(sent.skeleton) if len(sent.nums) == 2 else None
            if m is None:
                continue
            a, d = sent.nums[int(m.group("a"))], sent.nums[int(m.group("d"))]
            if not (a.is_count and d.is_count):
                continue
            for back in (1, 2):
                prev = numbered.get(sent.index - back)
                b = _end_count(prev, m.group("noun")) if prev is not None else None
                if prev is None or b is None:
                    continue
                up = re.fullmatch(_UP, m.group("dir").lower()) is not None
                evidence = [quote_nums(facts, sent, (d, a)), quote_nums(facts, prev, (b,))]
                verdict = _change(rule, facts, sent, up, a, b, d, evidence)
                if verdict is not None:
                    yield verdict
                break


# "Residents logged 23,150 reports in 2027-28. That was up from 18,420 the year before, an increase of 4,730.": a
# sentence that opens on "That/This/It was up (down) from A" (the size before "from" or as an aside after the start)
# changes the figure of the sentence right before it, the one number there of the start's kind (no year, no day of
# a date; several such numbers leave "That" unread).
_SIZE_ASIDE = rf"(?:,| —| –) (?:(?:a |an )?(?P<dir2>{_UP}|{_DOWN}) of |or ){_CUR}?⟨(?P<d2>\d+)⟩{_G}"
_THAT_WAS = re.compile(
    rf"^(?:That|This|It)(?: figure| number| total| sum)? (?:(?:was|is|is now|were) (?P<dir>up|down) "
    rf"(?:(?:by )?{_CUR}?⟨(?P<d>\d+)⟩{_G} )?from|compares (?:with|to)|(?:was|is) compared (?:with|to)) "
    rf"(?:the |its |their )?{_CUR}?⟨(?P<a>\d+)⟩{_G}"
    # (the size may carry a relative clause or a numberless tail: "an increase of 31 percent that staff blamed on …")
    rf"(?P<gapa>(?: (?:[A-Za-z][\w’'-]*|⟨\d+⟩)){{0,12}}?)(?:{_SIZE_ASIDE})?"
    rf"(?=\s*(?:[.;!?]|$)|(?<=⟩) (?:that|which)\b[^⟨⟩]*$|(?<=⟩), [^⟨⟩]*$)"
)
# A bracketed aside in the sentence before ("480 billion yen ($3.2 billion at 150 yen to the dollar)"): a
# conversion or a rate, never the figure "That" refers to.
_BRACKETED = re.compile(r"\([^()]*\)")


def _figure_before(prev: SentenceNums, a: Num, text: str) -> Num | None:
    """The one number of ``prev`` that ``a`` (in ``text``) can be an earlier value of: the same kind, currency sign
    and glued letters, no year or day of a date; None when there is none or several."""
    asides = [b.span() for b in _BRACKETED.finditer(prev.text)]
    got = [
        n
        for n in prev.nums
        if not any(start < n.start < end for start, end in asides)
        and _same_kind(n, a)
        and not day_of_month(prev.text, n)
        and currency_sign(prev.text, n) == currency_sign(text, a)
        and glued(prev.text, n) == glued(text, a)
    ]
    return got[0] if len(got) == 1 else None


def _that_was(rule: ChangeArithmeticRule, facts: FactBase) -> Iterator[Verdict]:
    """ "That was up from A …, an increase of D" after a sentence that gives the new figure (:data:`_THAT_WAS`)."""
    by_doc = scanned(facts)
    for doc, _ in facts.checked():
        numbered = {s.index: s for s in by_doc.get(doc.id, [])}
        for sent in numbered.values():
            m = _THAT_WAS.match(dashes(sent.skeleton).replace("\n", " "))
            prev = numbered.get(sent.index - 1)
            if m is None or prev is None or (m.group("d") is None) == (m.group("d2") is None):
                continue  # no size, or two: nothing to check
            words = {_rising(w) for w in (m.group("dir"), m.group("dir2")) if w is not None}
            if len(words) != 1:
                continue  # "That compares with A" names no direction without its size's noun; two must agree
            if any(not sent.nums[int(i)].year for i in re.findall(r"⟨(\d+)⟩", m.group("gapa"))):
                continue  # "up from 412 at 12 sites": the start counts something else
            a, d = sent.nums[int(m.group("a"))], sent.nums[int(m.group("d") or m.group("d2"))]
            b = _figure_before(prev, a, sent.text)
            if b is None or d.year or currency_sign(sent.text, d) or _MINOR.match(sent.text, d.end):
                continue  # a size in money is read only within one sentence (in full through its magnitude)
            if glued(sent.text, d) and glued(sent.text, d) != glued(sent.text, a):
                continue
            evidence = [quote_nums(facts, prev, (b,)), quote_nums(facts, sent, (a, d))]
            verdict = _change(rule, facts, sent, words.pop(), a, b, d, evidence)
            if verdict is not None:
                yield verdict


# "Net sales fell from $437.0 million in the same quarter of 2026, a drop of $35 million": a change that gives its
# start and size but no end, whose subject's figure one of the two sentences before states ("… $412.0 million in net
# sales …"): the one number there of the start's kind followed, within five words, by every word of the subject
# (or, for a one-word subject, by the size's noun: "Traffic rose from 14.2 million …, an increase of 1.4 million
# passengers" after "flew 15.6 million passengers"). The start's phrase may hold years only; no "to" end.
_START_ONLY = re.compile(
    rf"^(?:(?:the|its|their) )?(?P<subj>[A-Za-z][\w’'-]*(?: [a-z][\w’'-]*){{0,3}}?) {_DIR} from "
    rf"{_CUR}?⟨(?P<a>\d+)⟩{_G}(?P<gapa>(?: (?!to\b)(?:[A-Za-z][\w’'-]*|⟨\d+⟩)){{0,8}}?)(?:,| —| –) (?:a |an )"
    rf"(?P<dir2>{_NOUN_DIRS}) of {_CUR}?⟨(?P<d>\d+)⟩{_G}(?P<du>(?: [a-z][\w’'-]*)?)"
)
_AFTER_WORDS = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){1,5}")


def _subject_figure(prev: SentenceNums, a: Num, text: str, subj: list[str], noun: str) -> list[Num]:
    """The numbers of ``prev`` of ``a``'s kind (in ``text``) followed within five words by every word of ``subj``
    (or by ``noun``, the size's noun, for a one-word subject)."""
    got = []
    for n in prev.nums:
        if n.year or not _same_kind(n, a) or day_of_month(prev.text, n):
            continue
        if currency_sign(prev.text, n) != currency_sign(text, a) or glued(prev.text, n) != glued(text, a):
            continue
        m = _AFTER_WORDS.match(prev.text, n.end)
        after = m.group(0).lower().split() if m else []
        if all(w in after for w in subj) or (len(subj) == 1 and noun and after[:1] == [noun]):
            got.append(n)
    return got


def _start_only(rule: ChangeArithmeticRule, facts: FactBase) -> Iterator[Verdict]:
    """ "X fell from A ⟨when⟩, a drop of D" whose end a sentence before gives as X's figure (:data:`_START_ONLY`)."""
    by_doc = scanned(facts)
    for doc, _ in facts.checked():
        numbered = {s.index: s for s in by_doc.get(doc.id, [])}
        for sent in numbered.values():
            m = _START_ONLY.match(dashes(sent.skeleton).replace("\n", " "))
            if m is None or m.group("dir2") is None or _rising(m.group("dir")) != _rising(m.group("dir2")):
                continue
            if any(not sent.nums[int(i)].year for i in re.findall(r"⟨(\d+)⟩", m.group("gapa"))):
                continue  # "from 412 at 12 sites": the start counts something else
            a, d = sent.nums[int(m.group("a"))], sent.nums[int(m.group("d"))]
            if a.year or d.year or not a.is_count:
                continue
            subj = m.group("subj").lower().split()
            noun = (m.group("du") or "").strip()
            for back in (1, 2):
                prev = numbered.get(sent.index - back)
                got = _subject_figure(prev, a, sent.text, subj, noun) if prev is not None else []
                if prev is None or not got:
                    continue
                b = got[0]
                same = {(currency_sign(t, n), glued(t, n)) for t, n in ((sent.text, a), (sent.text, d), (prev.text, b))}
                if len(got) == 1 and (len(same) == 1 or d.is_share):
                    evidence = [quote_nums(facts, prev, (b,)), quote_nums(facts, sent, (a, d))]
                    verdict = _change(rule, facts, sent, _rising(m.group("dir")), a, b, d, evidence)
                    if verdict is not None:
                        yield verdict
                break


# "13,400 fans came, a record, and 1,600 more than the previous best of 12,800": a count, then (after a numberless
# phrase, at most one comma in it) its difference from an earlier or other count, "D more (fewer, higher, lower)
# than B": A − B is D (or, for a percentage, D of B).
_MORE_THAN = re.compile(
    rf"{_CUR}?⟨(?P<b>\d+)⟩{_G}(?P<gapb>(?: [A-Za-z][\w’'-]*){{0,12}}?(?:,(?: [A-Za-z][\w’'-]*){{1,10}}?)?)"
    rf"(?:,| and|, and) {_CUR}?⟨(?P<d>\d+)⟩{_G} (?P<cmp>more|fewer|less|higher|lower) than "
    rf"(?:{_BASE_DET}{_OF_PHRASE}?)?{_CUR}?⟨(?P<a>\d+)⟩{_G}"
)


def _more_than(rule: ChangeArithmeticRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "A …, D more than B": the difference of the count A from B (:data:`_MORE_THAN`)."""
    for m in _MORE_THAN.finditer(skel):
        a, b, d = (sent.nums[int(m.group(k))] for k in ("a", "b", "d"))
        if a.year or b.year or d.year or not _same_kind(a, b) or not a.is_count or _count_before(sent, b):
            continue
        if _PERIOD_AFTER.match(sent.text, b.end) or _in_aside(sent, b):
            continue
        if currency_sign(sent.text, a) != currency_sign(sent.text, b) or glued(sent.text, a) != glued(sent.text, b):
            continue
        if not d.is_share and (
            currency_sign(sent.text, d) != currency_sign(sent.text, a) or glued(sent.text, d) != glued(sent.text, a)
        ):
            continue  # (a difference in the ends' unit: "£14.2m, £2.1m more than last year's £12.1m")
        verdict = _change(rule, facts, sent, m.group("cmp") in ("more", "higher"), a, b, d)
        if verdict is not None:
            yield verdict


# "Of these, 246,000 scored C+ or better, the entry minimum, compared with 201,000 in 2026, an increase of 45,000": the
# end first, its start after ", compared with", when the start stood after it (a year, "a year earlier", "last year"),
# then the size, whose noun names the direction; the end is the number right before, nothing numbered between.
_COMPARED_WITH = re.compile(
    rf"{_CUR}?⟨(?P<b>\d+)⟩{_G}(?P<gapb>[^⟨⟩;:.!?]{{0,120}}?),? compared (?:with|to) (?:the |its |their )?"
    rf"{_CUR}?⟨(?P<a>\d+)⟩{_G}(?:{_THEN}| (?:in|for) (?:{_MONTH}(?: ⟨(?P<my>\d+)⟩)?|⟨(?P<y>\d+)⟩))?"
    rf"(?:,| —| –) (?:a |an ){_NOUN_DIR} of "
    # (the size may be given again after "and": "a gain of $12,600 and roughly 3 percent on the year")
    rf"{_CUR}?⟨(?P<d>\d+)⟩{_G}(?=\s*(?:[,.;:)—–]|$)|{_REL}| and (?:[a-z]+ ){{0,2}}⟨)"
)


def _compared_with(rule: ChangeArithmeticRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "B …, compared with A ⟨when⟩, a rise of D": the change from A to B (``_COMPARED_WITH``)."""
    for m in _COMPARED_WITH.finditer(skel):
        a, b, d = (sent.nums[int(m.group(k))] for k in ("a", "b", "d"))
        if any(m.group(k) is not None and not sent.nums[int(m.group(k))].year for k in ("y", "my")):
            continue  # "compared with 300 in 12 branches": a count, not when the start stood
        if a.year or b.year or d.year or not _same_kind(a, b) or _PERIOD_AFTER.match(sent.text, b.end):
            continue  # "in the 12 months, compared with …": a period, not the end value
        if currency_sign(sent.text, a) != currency_sign(sent.text, b) or _count_before(sent, b) or _in_aside(sent, b):
            continue
        a, b = _money(sent.text, a, b)
        sized = _signed_size(sent.text, a, b, d)
        if sized is None or glued(sent.text, sized[0]) != glued(sent.text, sized[1]):
            continue
        a, b, d = sized
        if glued(sent.text, a) and not d.is_share and not _same_unit(sent.text, glued(sent.text, a), d):
            continue
        verdict = _change(rule, facts, sent, _rising(m.group("dir")), a, b, d)
        if verdict is not None:
            yield verdict


@register_check(ChangeArithmeticRule, requires={"sentences"}, supersedes={"unsupported-claim"}, scope="document")
def check(rule: ChangeArithmeticRule, facts: FactBase) -> Iterator[Verdict]:
    yield from _end_before(rule, facts)
    yield from _that_was(rule, facts)
    yield from _start_only(rule, facts)
    yield from _clock_margins(facts)
    for _, sent, skel in numbered_sentences(facts, 2):
        found = False
        for verdict in _read_sentence(rule, facts, sent, skel):
            found = True
            yield verdict
        if not found and len(sent.nums) >= 3:
            fallback = _ends_and_rate(rule, facts, sent)
            if fallback is not None:
                yield fallback


def _read_sentence(rule: ChangeArithmeticRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """The change catalogue's verdicts on one sentence (multipliers, "compared with", "than", both sizes, patterns)."""
    if not may_match(skel):
        return
    skel = dashes(skel)  # "up from $78.20 - a rise of 8%": a spaced hyphen is a dash
    seen: set[tuple[int, int]] = set()
    for mm in _MULT.finditer(skel):
        ia, ib = _ends(mm)
        a, b = _money(sent.text, sent.nums[ia], sent.nums[ib])
        if (ia, ib) in seen or not _same_kind(a, b) or glued(sent.text, a) != glued(sent.text, b):
            continue
        if not _gaps_ok(sent, mm):
            continue
        seen.add((ia, ib))
        yield _multiplier(facts, sent, mm.group("mult").lower(), mm.group("hedge"), a, b)
    if len(sent.nums) < 3:
        return
    if "compared " in skel:
        yield from _compared_with(rule, facts, sent, skel)
    if " than " in skel:
        yield from _more_than(rule, facts, sent, skel)
    for m in (*_BOTH_SIZES.finditer(skel), *_BOTH_SIZES_END_FIRST.finditer(skel)):
        verdict = _both_sizes(rule, facts, sent, m)
        if verdict is not None:
            yield verdict
    for k in _PATTERN_GATES.passing(read(skel)):
        pattern = _PATTERNS[k]
        for m in matches(pattern, skel, everywhere=pattern in _PATTERNS[4:6]):
            ia, ib = _ends(m)
            if (ia, ib) in seen:
                continue
            a, b, d = sent.nums[ia], sent.nums[ib], _size(sent, int(m.group("d")))
            if m.groupdict().get("abbr"):
                scaled = _in_magnitude_of(a, b, m.group("abbr"), m.group("ua") or "")
                if scaled is None or not d.is_share:
                    continue  # "to 560 jobs": another unit; an absolute size in the initials is not read
                b = scaled
            if not _same_kind(a, b) or d.year or (d.percent and d.value == 0) or not _gaps_ok(sent, m):
                continue
            a, b = _money(sent.text, a, b)
            sized = _signed_size(sent.text, a, b, d)
            if sized is None:
                continue
            again = m.groupdict().get("d2")  # "a fall of 9 cent or 7.1%": the size given twice
            twice = _signed_size(sent.text, a, b, sent.nums[int(again)]) if again else None
            a, b, d = sized
            glue = glued(sent.text, a)
            if glue != glued(sent.text, b) or (glue and not d.is_share and not _same_unit(sent.text, glue, d)):
                continue  # "to 1.1m from 0.8m": only a relative change, or a size in the ends' unit, is read
            if _per_unit(sent.text, a) != _per_unit(sent.text, b):
                continue  # "to 42c/kg from 40c/L": rates of two units
            if _two_currencies(sent.text, a, b) or any(_converted(sent, n) for n in (a, b)):
                continue  # "312 euros ($338) …, up from 198 euros": a change's ends are in one currency
            if _per_other_period(sent.text, b, d):
                continue  # "from $24.95 to $25.87 an hour, or $983.06 a week": the end per another period
            seen.add((ia, ib))
            up = _rising(m.group("dir"))
            if m.groupdict().get("bare") is not None and _BETTERED.search(skel, 0, m.start()):
                up = b.value > a.value  # "improved to 94.2% from 97.5%, a gain of 3.3 points": a gain of merit
            verdict = _change(rule, facts, sent, up, a, b, d)
            if verdict is not None and verdict.held and twice is not None:
                second = _change(rule, facts, sent, up, *twice)
                verdict = second if second is not None and not second.held else verdict
            if verdict is not None:
                yield verdict


# The last resort of a sentence the catalogue cannot read: its only three figures are a relative change, attached to a
# word of change ("9 per cent higher", "an increase of 24%"), and two amounts of one kind, one of them the base named by
# a cue ("than last year's A$80.5 million", "compared with $348", "against £41.2m a season earlier").
_RATE_WORD = re.compile(
    rf"⟨(?P<d>\d+)⟩ (?:higher|lower|more|less|up|down|above|below|cheaper|dearer)\b"
    rf"|\b(?:{_NOUN_DIRS})s? of (?:just )?⟨(?P<d2>\d+)⟩"  # a hedge ("about 9%") is inside its number's slot
    rf"|⟨(?P<d3>\d+)⟩ (?:{_NOUN_DIRS})\b"
)
_BASE_CUE = re.compile(
    rf"\b(?:than|compared (?:with|to)|against|versus|vs\.?) (?:the |its |their )?"
    rf"(?:(?:previous|prior|last|same) (?:year|season|month|quarter|period)['’]s )?[A-Z]{{0,3}}{_CUR}?⟨(?P<b>\d+)⟩"
    rf"|{_CUR}?⟨(?P<b2>\d+)⟩[a-z]{{0,2}} (?:a|one|the) (?:year|season|month|quarter|week) (?:earlier|ago|before)\b"
)
# after the base, in its clause: a base that is no earlier value of the same thing ("the $80.5m analysts had
# expected", "the £65m budgeted")
_OTHER_BASE = re.compile(
    r"(?i)[^,;.]*?\b(?:forecast|expect|estimat|target|budget|consensus|analyst|guidance|project|predict|goal)"
)


def _ends_and_rate(rule: ChangeArithmeticRule, facts: FactBase, sent: SentenceNums) -> Verdict | None:
    """A relative change whose size fits neither end as its base ("A$84.2 million was 9 per cent higher than the
    previous year's A$80.5 million": 4.6% of the one, 4.4% of the other): read only when the sentence's figures
    (years aside) are that size and the two ends, in one unit, and one end follows a cue of comparison (and is no
    forecast, budget or target); the reading with the cued end as the base is reported. A size that fits either base
    passes."""
    nums = [n for n in sent.nums if not n.year]
    if len(nums) != 3:
        return None
    skel = dashes(sent.skeleton)
    rate, cue = _RATE_WORD.search(skel), _BASE_CUE.search(skel)
    if rate is None or cue is None:
        return None
    d = sent.nums[int(rate.group("d") or rate.group("d2") or rate.group("d3"))]
    b = sent.nums[int(cue.group("b") or cue.group("b2"))]
    rest = [n for n in nums if n is not d and n is not b]
    if not d.is_share or d.points or len(rest) != 1 or b is d or _OTHER_BASE.match(sent.text, b.end):
        return None
    a, b = _money(sent.text, rest[0], b)
    if (
        a.percent
        or b.percent
        or a.words
        or b.words
        or not _same_kind(a, b)
        or glued(sent.text, a) != glued(sent.text, b)
    ):
        return None  # "12% lower than the 840,000 tonnes … the two": a number in words is no end of a change
    if not b.value or not 0.1 < a.value / b.value < 10:
        return None  # ends a tenfold apart are no two values of one thing
    if _two_currencies(sent.text, a, b) or _per_unit(sent.text, a) != _per_unit(sent.text, b):
        return None
    if any(_converted(sent, n) for n in (a, b)):
        return None
    readings = [_change(rule, facts, sent, end.value > base.value, base, end, d) for base, end in ((b, a), (a, b))]
    if None in readings:
        return None
    return next((v for v in readings if v is not None and v.held), readings[0])


# A verb of merit right before the ends of a change without a verb of direction ("improved to 94.2% from 97.5%, a
# gain of 3.3 points", "worsened"): its size's noun names better or worse, not up or down (a ratio or a time may
# improve by falling), so the direction is the ends' own and only the size is checked.
_BETTERED = re.compile(r"\b(?:improv|worsen|deteriorat|strengthen|weaken)[a-z]*\s+(?:to|from)?\s*$")


# A currency named in words after an amount ("198.10 euros", "40 million dollars").
_CURRENCY_WORD = re.compile(
    r"(?:\s(?:million|billion|trillion|thousand|crore|lakh))?\s(?P<word>euros?|dollars?|pounds?|yen|yuan|rupees?"
    r"|francs?|kronor|kroner|krona|krone|won|rand|pesos?|naira|shillings?|rubles?|roubles?|lira)\b",
    re.IGNORECASE,
)
_CURRENCY_NAMES = {"euro": "€", "dollar": "$", "pound": "£", "yen": "¥", "rupee": "₹"}


def _currency_of(text: str, n: Num) -> str:
    """The currency ``n`` is written in: its sign before it, or the currency word after it ("198.10 euros" → "€"),
    or "" when none is written."""
    sign = currency_sign(text, n)
    word = _CURRENCY_WORD.match(text, n.end)
    if sign or word is None:
        return sign
    name = word.group("word").lower()
    return _CURRENCY_NAMES.get(name.rstrip("s"), name)


def _two_currencies(text: str, a: Num, b: Num) -> bool:
    """Both ends name a currency, and not the same one ("198.10 euros" … "$338"); an end that names none ("to 1.01
    billion francs from 921 million") takes the other's."""
    ca, cb = _currency_of(text, a), _currency_of(text, b)
    return bool(ca and cb and ca != cb)


# An amount opening a bracket right after another amount's words: its conversion ("312.40 euros ($338)").
_CONVERSION_BEFORE = re.compile(rf"\d[\w.]*(?: [A-Za-z]+){{0,2}} \((?:about |around |roughly |some )?{_CUR}?\s?$")


def _converted(sent: SentenceNums, n: Num) -> bool:
    """``n`` is a bracketed conversion of the amount before it ("312.40 euros ($338)"), not a value of its own."""
    return _CONVERSION_BEFORE.search(sent.text, 0, n.start) is not None


_PERIOD_RATE = re.compile(r",?\s(?:a|an|per|each)\s(?P<period>hour|day|week|fortnight|month|quarter|year)\b")


_OR_BEFORE_SIZE = re.compile(r",?\s+or\s+\S?$")


def _per_other_period(text: str, b: Num, d: Num) -> bool:
    """The size is the end restated per another period ("to $25.87 an hour, or $983.06 a week", "…, or $983.06 for a
    38-hour week": after "or", more than the end itself), not a change."""
    end, size = _PERIOD_RATE.match(text, b.end), _PERIOD_RATE.match(text, d.end)
    if end is not None and size is not None and end.group("period") != size.group("period"):
        return True
    larger = d.is_count and d.value > b.value and _OR_BEFORE_SIZE.search(text, 0, d.hstart) is not None
    return end is not None and larger


_PER_GLUED = re.compile(r"[A-Za-z]{0,3}(/[A-Za-z]{1,5})\b")


def _per_unit(text: str, n: Num) -> str:
    """The unit a rate glued to ``n`` is per ("/L" of "42c/L", "/t" of "£186/t"), or ""."""
    m = _PER_GLUED.match(text, n.end)
    return m.group(1) if m else ""


def _in_magnitude_of(a: Num, b: Num, abbr: str, unit: str) -> Num | None:
    """``b`` in ``a``'s magnitude when ``abbr`` is the initials of a's magnitude word and unit words, a period after
    a slash ("2.35 billion cubic feet a day" → "bcf/d"); else None."""
    words = a.text.split()
    scale = num.MAGNITUDE_WORDS.get(words[-1].lower()) if len(words) > 1 else None
    letters, _, per = abbr.strip().partition("/")
    units = unit.split()
    rate = units[-2:] if len(units) > 2 and units[-2] in ("a", "per") else []
    if scale is None or (per and not (rate and rate[1].startswith(per))) or (rate and not per):
        return None
    if letters != words[-1][0].lower() + "".join(w[0].lower() for w in units[: len(units) - len(rate)]):
        return None
    return replace(
        b, text=b.text + abbr, value=b.value * scale, interval=b.interval.scale(scale), bounds=b.bounds.scale(scale)
    )


def _size(sent: SentenceNums, i: int) -> Num:
    """The size of a change at ``sent.nums[i]``, a ratio read as its share ("a rise of roughly one in seven": 14.3%,
    not one)."""
    after = sent.nums[i + 1] if i + 1 < len(sent.nums) else None
    return ratio_at(sent.text, sent.nums[i], after) or sent.nums[i]


def _money(text: str, a: Num, b: Num) -> tuple[Num, Num]:
    """Both ends in full when they are sums in one currency and only one carries a short magnitude ("to £1.2m, from
    £950,000"); otherwise as written. A glued letter is a magnitude only after a currency symbol."""
    cur = currency_sign(text, a)
    if glued(text, a) == glued(text, b) or not cur or cur != currency_sign(text, b) or not a.is_count or not b.is_count:
        return a, b
    fa, fb = in_full(text, a), in_full(text, b)
    return (fa, fb) if fa is not None and fb is not None else (a, b)


def _signed_size(text: str, a: Num, b: Num, d: Num) -> tuple[Num, Num, Num] | None:
    """The ends and the size, all three in full when the size is a sum with a currency sign ("from $4.8 million to
    $2.9 million, a drop of $1.9 million", "to £2.1m, up £0.5m on £1.6m"); None when the size's sign is not both
    ends' or it carries glued letters that are no magnitude of a sum ("rose 12pc": not read)."""
    sign = currency_sign(text, d)
    minor = _MINOR.match(text, d.end)
    if not sign and minor:
        return _in_minor_units(text, a, b, d, minor.end())
    if not sign:
        return None if glued(text, d) and glued(text, d) != glued(text, a) else (a, b, d)
    if sign != currency_sign(text, a) or sign != currency_sign(text, b) or d.is_share:
        return None
    fa, fb, fd = in_full(text, a), in_full(text, b), in_full(text, d)
    return (fa, fb, fd) if fa is not None and fb is not None and fd is not None else None


# A size in the hundredth of the ends' currency ("to $3.75 from $3.50, an increase of 25 cents").
_MINOR = re.compile(r"[ -](?:cents?|pence|penny)\b")


def _in_minor_units(text: str, a: Num, b: Num, d: Num, end: int) -> tuple[Num, Num, Num] | None:
    """The ends in full and the size in their currency when it is written in cents or pence ("25 cents" is 0.25 of
    "$3.75"), all three as written when the ends are in cents too ("from 44.1 cent to 47.3 cent, a rise of 3.2
    cent"); None when the ends carry no one currency sign."""
    sign = currency_sign(text, a)
    if not sign and _MINOR.match(text, a.end) and _MINOR.match(text, b.end) and d.is_count and not glued(text, d):
        return a, b, d
    if not sign or sign != currency_sign(text, b) or not d.is_count or glued(text, d):
        return None
    fa, fb = in_full(text, a), in_full(text, b)
    if fa is None or fb is None:
        return None
    k, eps = 0.01, 1e-9  # eps: the float error of a difference of decimals ("3.30 − 3.10")
    iv, bounds = d.interval.scale(k).widen(abs_=eps), d.bounds.scale(k).widen(abs_=eps)
    fd = replace(d, end=end, text=text[d.start : end], value=d.value * k, interval=iv, bounds=bounds)
    return fa, fb, fd


# A size in degrees of the ends' scale ("from 24.3C to 41.8C, a rise of 15.5 degrees"), the scale named or not.
_DEGREES = re.compile(r" ?(?:degrees?|°)(?: (?P<scale>Celsius|Fahrenheit|C|F)\b)?")


def _same_unit(text: str, glue: str, d: Num) -> bool:
    """The size ``d`` is in the unit glued to both ends: the same letters ("to 1.1m from 0.8m, a rise of 0.3m"), or
    degrees of the ends' temperature scale ("C", "F")."""
    if glued(text, d):
        return glued(text, d) == glue
    m = _DEGREES.match(text, d.end) if glue in ("C", "F") else None
    return m is not None and (m.group("scale") is None or m.group("scale")[0] == glue)


# The digits of a number as written ("1.34" of "about 1.34 million", "8,412").
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _precise_unit(n: Num) -> float | None:
    """One unit of the last stated digit of a number given to three or more significant digits ("612", "1.34
    million", "8,412"), or None for a round one ("1,200", "4.5 million", "45"): a hedge on such a figure is the
    reporter's idiom ("Some 612 patients", "about 1.34 million"), not a tenth's slack."""
    m = _DIGITS.search(n.text)
    if m is None or n.words or n.fraction:
        return None
    digits = m.group(0).replace(",", "")
    whole, _, decimals = digits.partition(".")
    significant = (whole + decimals).lstrip("0")
    if len(significant) < 3 or (not decimals and significant.endswith("0")):
        return None
    written = float(digits)
    if written == 0:
        return None
    return n.value / written * 10.0 ** -len(decimals)


def _written(n: Num) -> Interval:
    """The value the writer computed with: the number as written, or its interval when hedged; a figure given to
    three or more significant digits with "about", "some" or "around" is its last digit's unit either way."""
    if n.hedge is None:
        return Interval.point(n.value)
    unit = _precise_unit(n) if direction(n.hedge) == "~" else None
    if unit is not None:
        return Interval.closed(n.value - unit, n.value + unit)
    return n.bounds


def _same_kind(a: Num, b: Num) -> bool:
    """Two ends of one measure: both percentages, both in points ("to 180 basis points from 150 basis points") or both
    plain numbers; never years or fraction words."""
    return not (a.year or b.year or a.fraction or b.fraction) and a.percent == b.percent and a.points == b.points


def _change(
    rule: ChangeArithmeticRule,
    facts: FactBase,
    sent: SentenceNums,
    up: bool,
    a: Num,
    b: Num,
    d: Num,
    evidence: list[Evidence] | None = None,
) -> Verdict | None:
    evidence = evidence or [quote_nums(facts, sent, (a, b, d))]
    word = "rise" if up else "fall"
    ia, ib = _written(a), _written(b)
    diff = (ib - ia) if up else (ia - ib)
    values: dict[str, object] = {"from": a.bounds, "to": b.bounds, "stated": d.bounds}
    if diff.high < 0:
        actual = "fall" if up else "rise"
        return fail(f"from {a.shown} to {b.shown} is a {actual}, not a {word}", evidence, **values)
    if diff.low <= 0 <= diff.high:
        return None  # too close to call a direction
    readings: list[tuple[str, Interval, Interval]] = []
    exact = d.bounds.widen(abs_=1e-9 * max(abs(ia.high), abs(ib.high)))  # the float error of "8.2m − 7.9m"
    if d.is_share:
        rel = (diff / ia).scale(100.0)
        readings.append(("relative", rel, d.bounds.widen(abs_=rule.tolerance)))
        if a.percent and b.percent and d.percent:
            readings.append(("points", diff, exact))
    elif d.points:
        readings.append(("points", diff, exact))
    elif d.is_count:
        readings.append(("absolute", diff, exact))
    else:
        return None
    for kind, computed, stated in readings:
        if computed.overlaps(stated):
            shown = _shown(kind, computed, d)
            return ok(f"from {a.shown} to {b.shown} is a {word} of {shown}, matching {d.shown}", evidence, **values)
    kind, computed, _ = readings[0]
    shown = _shown(kind, computed, d)
    values["computed"] = computed
    return fail(f"from {a.shown} to {b.shown} is a {word} of {shown}, not {d.shown}", evidence, **values)


def _shown(kind: str, computed: Interval, d: Num) -> str:
    """A computed change for a message: a percentage, points, or an amount in the stated size's magnitude word."""
    if kind == "absolute":
        return fmt_as(d, computed)
    if kind == "points" and _BASIS.search(d.text):
        return fmt_iv(computed.scale(100.0), " basis points")
    return fmt_iv(computed, "%" if kind == "relative" else " points")


_BASIS = re.compile(r"(?i)basis|\dbps?$| bps?$")


def _both_sizes(rule: ChangeArithmeticRule, facts: FactBase, sent: SentenceNums, m: re.Match[str]) -> Verdict | None:
    """ "fell by 12%, or £117, to £1,641": the absolute size over the start (end ∓ size) is the relative one."""
    d1, d2, b = sent.nums[int(m.group("d"))], sent.nums[int(m.group("d2"))], sent.nums[int(m.group("b"))]
    if d1.is_share == d2.is_share:
        return None  # both relative or both absolute: nothing to compute
    rel, size = (d1, d2) if d1.is_share else (d2, d1)
    if not (size.is_count and b.is_count) or size.year or b.year:
        return None
    cur = [currency_sign(sent.text, n) for n in (size, b)]
    if cur[0] != cur[1] or glued(sent.text, size) != glued(sent.text, b):
        return None  # "by 12%, or 117 staff, to £1,641": not sizes of one amount
    up = re.fullmatch(_UP, m.group("dir").lower()) is not None
    start = _written(b) - _written(size) if up else _written(b) + _written(size)
    if start.low <= 0:
        return None
    computed = (_written(size) / start).scale(100.0)
    stated = rel.bounds.widen(abs_=rule.tolerance)
    word = "rise" if up else "fall"
    evidence = [quote_nums(facts, sent, (d1, d2, b))]
    values = {"start": start, "to": b.bounds, "size": size.bounds, "stated": rel.bounds, "computed": computed}
    shown = [f"{n.hedge} {c}{n.text}" if n.hedge else f"{c}{n.text}" for n, c in zip((size, b), cur, strict=True)]
    said = f"a {word} of {shown[0]} to {shown[1]} (from {cur[1]}{fmt_iv(start)})"
    if computed.overlaps(stated):
        return ok(f"{said} is {fmt_iv(computed, '%')}, matching {rel.shown}", evidence, **values)
    return fail(f"{said} is {fmt_iv(computed, '%')}, not {rel.shown}", evidence, **values)


def _multiplier(facts: FactBase, sent: SentenceNums, mult: str, hedge: str | None, a: Num, b: Num) -> Verdict:
    factor = _FACTORS[mult]
    hedge = " ".join(hedge.lower().split()) if hedge else None
    # a multiplier word commits to ± 10% of its factor, then the hedge's strict reading ("more than doubled": > 2)
    _, stated = hedge_interval(factor, hedge, rounded=True, scale=0.2 * factor)
    ratio = _written(b) / _written(a)
    evidence = [quote_nums(facts, sent, (a, b))]
    said = f"{hedge} {mult}" if hedge else mult
    values = {"from": a.bounds, "to": b.bounds, "ratio": ratio, "stated": stated}
    if ratio.overlaps(stated):
        return ok(f"from {a.shown} to {b.shown} is ×{fmt_iv(ratio)}, matching '{said}'", evidence, **values)
    return fail(f"from {a.shown} to {b.shown} is ×{fmt_iv(ratio)}, not '{said}'", evidence, **values)


# A time on a clock-style stopwatch ("2:07:55", "3:49.20", "27:31"): hours, minutes and seconds, or minutes and
# seconds; never a time of day (after "at", "by", "until", …, or before "am"/"pm"), nor a pace ("3:05 per km").
_CLOCK_TIME = re.compile(
    r"(?<![\w:.])(?<!\bat )(?<!\bby )(?<!\buntil )(?<!\bfrom )(?<!\bbefore )(?<!\bafter )(?<!\baround )"
    r"(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<frac>\.\d{1,3})?(?![\w:])"
    r"(?!\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|UTC|local|hrs|h\b)|\s?(?:/|per |a (?:km|kilometre|mile)))"
)
# The gap between two such times, after "by" or before a word of comparison ("lowered it by 56 seconds", "19 seconds
# slower than", "took 0.9 seconds off"); another base after it ("by 30 seconds on last year") makes it another gap.
_MARGIN_UNITS = {"second": 1.0, "sec": 1.0, "minute": 60.0, "min": 60.0, "hour": 3600.0}
_MARGIN_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?)\b"
_MARGIN_BEFORE = re.compile(r"\bby (?:just |only |a mere |fully )?$")
_MARGIN_AFTER = re.compile(
    rf"\s{_MARGIN_UNIT}(?:\s(?P<cmp>faster|quicker|slower|better|worse|off|inside|outside|under|over|ahead|behind"
    r"|clear|short))?"
)
_OTHER_BASE_AFTER = re.compile(r"\s(?:on|from|over|than) (?:last|the previous|a year|the year|her|his|their|its)\b")
_EACH = re.compile(r"(?i)\b(?:each|both|all|every|apiece|average|per lap|a lap)\b")


def _seconds(m: re.Match[str]) -> float:
    """A stopwatch time in seconds ("2:07:55" → 7675, "3:49.20" → 229.2)."""
    first, second = int(m.group("h")), int(m.group("m"))
    frac = float(m.group("frac") or 0)
    if m.group("s") is not None:
        return first * 3600 + second * 60 + int(m.group("s")) + frac
    return first * 60 + second + frac


def _margin(sent: SentenceNums, after: int) -> tuple[Num, float] | None:
    """The one gap between two times after ``after`` in ``sent`` ("by 56 seconds", "19 seconds slower"), in
    seconds per its unit; None when there is none, several, or one measured from another base."""
    got: list[tuple[Num, float]] = []
    for n in sent.nums:
        unit = _MARGIN_AFTER.match(sent.text, n.end)
        if n.start < after or unit is None or n.year or n.percent:
            continue
        if unit.group("cmp") is None and not _MARGIN_BEFORE.search(sent.text, 0, n.hstart):
            continue
        if _OTHER_BASE_AFTER.match(sent.text, unit.end()) and not _CLOCK_TIME.search(sent.text, unit.end()):
            return None  # "improved by 30 seconds on last year": the gap to a third time
        got.append((n, _MARGIN_UNITS[unit.group("unit").rstrip("s")]))
    return got[0] if len(got) == 1 else None


def _clock_margins(facts: FactBase) -> Iterator[Verdict]:
    """Two stopwatch times in one sentence and the gap stated between them ("That broke the record of 2:08:41, and
    her 2:07:55 lowered it by 46 seconds"): the gap is their difference, in the gap's unit as written."""
    for _, sent, _ in numbered_sentences(facts, 1):
        times = list(_CLOCK_TIME.finditer(sent.text))
        if len(times) != 2 or _EACH.search(sent.text):
            continue
        got = _margin(sent, times[0].end())
        if got is None:
            continue
        gap, per = got
        diff = round(abs(_seconds(times[1]) - _seconds(times[0])) / per, 3)
        if not 0.2 <= (diff or 1e-9) / gap.value <= 5.0:
            continue  # "ran 2:07:55 …, the women's winner 2:21:30 and cut the record by 40 seconds": other times
        places = len(gap.text.partition(".")[2]) if gap.text[:1].isdigit() else 0
        stated = gap.bounds.widen(abs_=0.5 * 10.0**-places if gap.hedge is None else 0.0)
        first, second = times[0].group(), times[1].group()
        evidence = [quote(facts, sent.doc, sent.offset + times[0].start(), sent.offset + max(gap.end, times[1].end()))]
        unit = _MARGIN_AFTER.match(sent.text, gap.end)
        word = unit.group("unit") if unit else "seconds"
        values: dict[str, object] = {"from": first, "to": second, "stated": gap.bounds}
        shown = f"{fmt(diff)} {word}"
        if stated.contains(diff):
            yield ok(f"from {first} to {second} is {shown}, matching {gap.shown}", evidence, **values)
        else:
            yield fail(f"from {first} to {second} is {shown}, not {gap.shown}", evidence, **values)
