"""sum_of_parts: an itemised breakdown does not add up to the total it breaks down.

What it flags: a total followed directly by its parts ("19 medals: 8 gold, 6 silver and 4 bronze", also after a
period: "950,000 visitors in 2025: 500,000 adults, …", "412 complaints in the 12 months to June: …"; "Of the 40 seats,
22 went to A, 12 to B and the remaining 6 to C", "120 jobs (70 in Leeds and 50 in York)", verb heads "The 412 calls
broke down as (as follows:) / were split into (between, among, as, as follows:) / were made up of / , comprising /
, made up of / , consisting of …" (a part's label may hold a small count in words after a preposition: "$9.2 million for
roofs at four schools"), also after a relative clause
on the total's noun whose numbers are years or periods: "the 3,100 pupils who have waited more than 12 weeks, who
break down as …", unless a singular verb heads a count's breakdown: "… the hospital, which is divided into …";
skipped when the parts add up
to under half or over twice the total: other things counted), labels first in asides after "split/divided/shared
between": "The 640 claims … were split between homes, with 410, and shops, with 230" / "between homes (410) and shops
(230)", a total and "N of them …" closed by "and the remaining/other N": "48,000 heaters sold since May, 31,500 of
them in Britain and the remaining 16,500 in Ireland", labels holding
"and" ("£97m on roads and bridges"), labels first: "Of the 60 seats, Labour won 27, the Greens 18 and independents
15" (also "… and smaller parties and independents the remaining 12"; a label may end on its abbreviation in
brackets, "the Jan Shakti Morcha (JSM) 37", the last one hold "and", "independents and smaller parties 8", and a
date may follow the list in its clause), three items or more, falling short of the
total only when an item is a catch-all such as
"independents" or "others"; a breakdown in commas after a definite total, three counts of kinds closed by a comma:
"the 23 new arrivals, 12 birds, 6 reptiles and 5 mammals, include …"; labels first with each part in brackets after
a colon: "income of £8.4m came from three sources: tickets (£3.1m), grants (£2.6m) and donors (£1.9m)") where
the sum of the parts' intervals does not overlap the total's; with "the rest"/"the remaining" (also "the rest,
$5m,"), an unstated remainder must be ≥ 0 and a stated one must make the sum match. A win-draw-loss record is every
game played ("30 matches, with 18 wins, seven draws and five defeats", "won 18, drew seven and lost five of their 30
games", "30 games, winning 18, drawing seven and losing five"; all three outcomes named). The answers to one
question, one of them undecided ("52% backed it, 35% opposed it and 13% were undecided"; each share opening its own
clause, no "of"/"among" group; a side for and one against, or one choosing verb in each: "48% chose A, 44% chose B"),
may not add up to more than 100%. A count of periods after "first"/"last"/"past"
("sold 4.1m in the first nine months: …") is the period the breakdown covers, never its total; the event a
total covers may stand between it and the colon ("1,400 trains a day during the strike: …"). A partial list after
"include(s)"/"including" whose parts each name a place for the first part's noun ("the 900 job cuts will include
500 in Ohio, 250 in Utah and 200 at its plant in Texas") may fall short of its total but never exceed it: parts
that add up to more are flagged, parts with nouns of their own ("120 children, 80 pensioners and 150 men", which
may overlap) are not read.
Amounts may carry a currency sign ($ € £ ¥ ₹, also before the total of "Of the $186 million, …") and a magnitude
glued to the number in every form ("The £50m grant breaks down as £20m …, £18m … and £9m …"); magnitudes written
apart ("£3m: £1.2m …, £900,000 … and £600,000 …") are compared in full through the glued letter, which is a
magnitude only after a currency sign, and the sum is shown in the total's magnitude. Several currencies, or glued
letters that differ and are no magnitudes ("12km: … 900m"), are never compared. An item's label (the words after
its number, up to the next item) holds up to twelve words, and may give an age band after "aged" ("634 were aged over
75, 402 aged 45 to 74 and 380 were younger"): such parts split their total only when the bands meet from the youngest
("under 35", "were younger") to the oldest ("65 and over", "were older"), otherwise they are not read.
A change split between a group and its complement ("grew by 16,900, with residents up 9,800 and non-residents up
8,400"; also men/women, full-time/part-time) must add up; two other named groups may leave some to groups not named.
Parts that open their clause, closed by "and", then "make up the/a total of" or "add up to" and the total ("The
5,200 cases in Leeds, 3,100 in York and 900 in Hull make up the total of 9,200"): counts and sums, never shares
(which may compound), compared like a verb head's breakdown.
Labels first, each part in brackets, then "together" (or "between them", "combined") and a verb that sums them ("The
bridge ($31.2m) and the slope work ($11.9m) together account for $43.1m"). A definite subject with no number before a
verb head ("the package breaks down as $640 million for wages, …"; never "the rest") breaks down the one amount in the
parts' currency of the sentence right before ("The province values the agreement at $1.2 billion."; of several, the
one the subject's noun follows: "a £412m budget … The net budget is split between …"), or, for amounts in one unit of
measure, the one amount in that unit ("A total of 6.4 million kilograms was offered. The offering was made up of 3.1
million kg of …"); after "The breakdown (given in …) was", plain counts break down the one count of the sentence
before ("The firm sold 14.6 lakh vehicles. The breakdown was 11.2 lakh motorcycles, …").
A verb head's total may count what its noun is made of, joined to it by a hyphen ("The 45-member council is made
up of 20 Labour, …"), compared like any verb head's (parts far from the total count other things).
A sentence opening "The total breaks down to …" (is split into, is made up of, comprises) breaks down the first plain
count after "total" in the sentence right before it ("Total enrolment is 18,412.").
Hedges: the strict reading (``Num.bounds``); a total written "over N" is never checked.
Why it matters: a changed part or total in an edit leaves a breakdown that no longer adds up.
Flags: "The team won 19 medals: 8 gold, 6 silver and 4 bronze."
Passes: "The team won 19 medals: 8 gold, 6 silver and 5 bronze."
Parameters: tolerance (relative slack on the total, default 0).
Days of a month before or after its name ("on five days: 3, 4, 11 and 12 March") are dates, never parts. A part's
label may end on a span ("£4.4m raised by the charity over three years"). Terms in years and in months, each unit
written after its number ("The 11-year total is made up of six years, three years and 18 months"), are compared in
months.
Known false positives: overlapping categories written as a breakdown ("120 staff: 80 women, 40 men and 30 part-timers").
Never read as a breakdown: numbers in brackets written in another unit of the total's kind, a conversion ("1,800 and
2,400 miles in diameter (3,000 and 4,000 km)").
A head that counts the items in words ("1,080 reefs across three regions: 412 in the north, …") is no total: the
total is the one number before it in its clause, or there is none.
Not tried: partial lists ("such as", "among them", "plus"; "including" only as above), breakdowns spread over
several sentences, percentage breakdowns without a stated total (other than one question's answers with an undecided
share), nested breakdowns.
A first part number first whose label holds a name, then the others named first after ", with" ("Of the 1.2 million
residents, 410,000 lived in Northgate, with Eastfield at 230,000 and Southmoor 180,000"; capitalised labels only) may
leave some of the total to parts not named, but never exceed it.
An "of" head opens a clause ("Of the 40 seats, …", "…; of the 40, …"; its noun up to six words, "Of the 12
councillors on the panel, …"; its whole may have an owner, "Of the mine's 6,100 employees", or be pointed back to,
"Of those 900 homes"): after a word ("three tranches of ₹50,000
crore, ₹40,000 crore and ₹35,000 crore", "payments of $50,000, $40,000 and …") the amounts are one list's items.
Two parts after an "of" head, number first, may be some of the whole ("Of the 41 firms, 17 are in China and eight in
the UAE"): they may fall short of it, never exceed it; three or more must add up to it.
A label may name a numbered thing ("£9m from section 106 contributions", "Phase 2"); "It" opening its sentence is a
definite subject ("… the council's £96m programme. It is made up of £54m …").
"split between" labels may open on an article and run to six words ("between the new pool at Elm Park (£8m), a
sports hall (£5m) and …"); a part's label may hold a model number ("410 Airbus A320s"); a verb head's total may carry a
phrase of up to eight words ("The 860 families still in emergency housing in the district are split between …"),
and a cost "is being paid for with" its parts.
"split between" labels may be names ("between Reform (14,622), Labour (11,380) and the Greens (3,120)").
A total's parts may stand in a dash or bracket aside right after it, each after a capitalised possessive name ("the
bloc's tally of 21 — the BJP's 19 and the MGP's two —"; counts or sums, never shares).
Sums of money after "of which", labels first ("₹6.42 lakh crore, of which current account deposits were ₹2.31 lakh
crore and term deposits ₹4.21 lakh crore"), may name only some of the total: they may fall short, never exceed it.
The total's noun may carry a passive verb and its phrase before the colon ("52,140 prices were collected for the
index: …"), and a label may count the places its part comes from ("36,410 by field staff in 1,280 shops").
A total said to be closed, bridged, plugged, covered, met, funded or financed through (by, with, from) its parts,
with no adverb such as "partly", is a verb head ("The £18.4m gap will be closed through £7.2m of savings, £6.1m from
the tax rise and £3.5m from reserves"), as is "splits into"; a sum may follow an article ("and a €180,000 loan"). A
definite subject may name its year ("The 2028 budget splits into …"), and the amount of the sentence before is never
a change's start or a comparison ("at $1.42 billion, up from $1.18 billion"). Sums of money never break down a total
with no currency ("three sources: an $11.2 million bond, …").
The total may follow its parts, closed by "and": "… as $8.2m for A, $3.9m for B and $1.7m for C, for a total of
$13.8m" (", making a total of", ", totalling", "— a combined", ", for a combined", ", bringing <what> to a total
of" when <what> is what the parts measure: "produced …, bringing group production to a total of"; one currency as
written, never after "including"); the date the parts are counted on may close the list ("… and 7,420 secondary
students on Oct. 31 — a combined 22,280"). Such parts may come labels first after "accounted for", the verb written
once ("Leeds accounted for 4,120 claims, the towns of A, B and C for 1,870 and the rest of the county for 2,310,
making up the 8,300 total"; also ", making up a total of"). A bare "rest" before a noun ("rest homes") is no
remainder.
"comprised"/"comprises"/"consists of" as the main verb is a verb head ("The 161 deaths comprised 68 …"). One duration
written in two units ("three years and six months", "2 hours, 15 minutes") is one amount, never two parts.
Parts closed by "and", then a dash or comma and "which (together) make up" (account for, add up to; or "the four
components that together make up") and the total are compared; contributions in percentage points to a rate ("shelter
contributed 1.4 percentage points, food 0.6 points and … 0.4 points — the four components that together make up the
3.1 per cent rate") add up to it within one unit of the last decimal place (each is rounded); shares that "make up"
a share are not read.
A counted subject whose members stand in a dash aside, each with its amount in brackets, as many as counted, then a
verb and an amount ("the club's two sales — A (£9.5m) and B (£6.1m) — brought in £17.3m"; never "… each", "a year"),
is compared. Labels first after a verb in the past written once ("The Tshwene complex produced 312,000 ounces,
Rooikop 248,000oz and the smaller Kliprand shaft 96,000oz, bringing group production to a total of …"; each later
label a name or a noun after "the"; no comparison's base, "up from") are parts before a trailing total; one unit in
two spellings ("ounces", "oz") is one unit.
Parts in one clause, the last after "and", then an adverb that sums them ("together", "combined", "between them",
"jointly") and a verb of summing and the total ("wheat of 11.2 million tonnes, barley of 5.1 million tonnes and
canola of 2.6 million tonnes together account for 19.9 million tonnes"), or any verb, the total and the adverb after
it, the total counting what the last part counts ("Smith took 14, Patel 11 and Jones 9, claiming 36 between them");
a count in words of the parts opening the clause is none of them. ", making N in all" (in total, altogether) after
parts closes them like ", for a total of N". A part's label may end on an apposition between commas that opens with
an article and holds no number ("£1.8m for the lead charity, a cancer research fund, £0.9m …"). "It" or "they" after
an attribution ("According to the ministry, it is made up of …", "Officials said it …") is a definite subject; "they"
breaks down the one plain count of the sentence before ("… counts 58 structures destroyed. They break down as 31
homes, …"). A relative clause that traces a total to counted parts ("a $14.6m shortfall, which she attributed to
three pressures: …") keeps the total for the head that counts the parts in words.
A total may follow its parts in a clause of its own: after a semicolon, comma or dash, the summing adverb, maybe a
subject, a verb of summing ("…; together they accounted for 15,380 of the week's attendances", "every penny of the
£412,600"), or after a dash or comma the adverb and the total alone ("… — together 106,000 jobs"; never a rate, "a
year"), or in the next sentence opening on the adverb, maybe before an aside ("Together, he told the court, those
streams accounted for …"): the parts are the last clause before it, whose labels may hold "and" or a small count in
words ("leisure and hospitality 27,000", "in cash from the charity's three shops"). ", a total of N" closes parts as
", for a total of N" does (read only near the parts' sum: far from it, it counts other things), parts labels first in
brackets too ("hospitality (412), retail (358) …, a total of 1,214"). "Of those, A …, B … and the remaining C"
opening a sentence breaks down the last count of the sentence before (no year, date, time or period); without a
remainder, parts far from it (under 80% or over 125%) name properties, no split. A part given per member of a group
("eight from each side", "£2m apiece") stands for several parts: no breakdown with one is read. The parts after "N
of the M …" may break down the part: they are compared with it when they add up to it ("guilty on 14 of the 16
counts — nine of fraud and five of laundering").
A total summed back over parts listed in the sentences before it ("Between them the five candidates took 4,271
votes.", "… complete a list the council says adds up to the full £86.5m"; together, combined, in all, altogether, adds
up to; never "together with"): with the parts counted in its subject, the last that many figures of the total's kind
in up to six sentences before (counts or sums in its currency; no date, share, figure after a word of difference, "a
majority of 376", or figure of another plural noun than the total's, "60 beds" for "310 people"), only when no other
figure of that kind stands before the first in its sentence; uncounted, the sums of money in the total's currency
from its paragraph's start (three or more). Partial lists ("including") and parts under 80% or over 125% of the total
(another scope: "the two leading candidates") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Literal

from pydantic import Field

from factcheck.checks._common import BULLET, Verdict, dashes, fail, ok
from factcheck.checks._numeric import (
    CURRENCY_SIGN,
    OWNER,
    Num,
    SentenceNums,
    compared_with,
    content_stems,
    currency_sign,
    fmt,
    fmt_as,
    fmt_iv,
    glued,
    in_full,
    is_plural,
    joined,
    numbered_sentences,
    quote,
    quote_nums,
    scanned,
    skeleton_offset,
    unhedged,
)
from factcheck.checks._registry import register_check
from factcheck.extract.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from factcheck.facts import FactBase
from factcheck.intervals import INF, Interval
from factcheck.models import Evidence
from factcheck.rules.base import RuleBase
from factcheck.units import canonical_unit, convertible, dimension_of


class SumOfPartsRule(RuleBase):
    type: Literal["sum-of-parts"] = "sum-of-parts"
    tolerance: float = Field(0.0, ge=0, description="relative slack on the total (0.01 = 1%)")


_CUR = CURRENCY_SIGN
# A magnitude or unit glued to a number as written ("£1.9m", "400km"): the parts and total then share one glue, or
# each glue is a magnitude the sum is converted through (_one_magnitude).
_G = r"(?:[A-Za-z]{1,3}\b)?"
# A total said to be closed, bridged or met through its parts ("The £18m gap will be closed through £7m of savings,
# £6m from the tax rise and £5m from reserves"): a passive verb of covering an amount, with no adverb ("partly").
_MET_BY = (
    r" (?:(?:will|would|is to|are to|must|can|could|should) be|(?:is|was|are|were|has been|have been|had been)"
    r"(?: being)?)"
    r" (?:closed|bridged|plugged|covered|met|funded|financed|paid for) (?:through|by|with|from)"
)
_VERB_HEAD = (
    r"(?: (?:broke|breaks|break|broken) down as(?: follows:)?| (?:(?:were|was|are|is|been) )?(?:split|splits|divided"
    r"|divides) (?:into|between|among|as(?: follows:)?)"
    rf"| (?:(?:were|was|are|is) )?made up of|,? (?:made up of|comprising|consisting of)|{_MET_BY}"
    # "The 161 deaths comprised 68 …": a verb of composition as the main verb
    r"| (?:comprised|comprises|comprise|consisted of|consists of|consist of)\b)"
)
# "the first nine months", "the past 12 weeks": a count of periods after one of these words is a period, never a total.
_ORDER = r"(?:first|last|past|next|final|opening|previous|coming)"
_PERIOD_FRAME = re.compile(rf"(?i)\b{_ORDER} $")
# The period the total covers, between its noun and the list ("1.2 million visitors in 2025: …", "in the year to
# March: …"): its numbers may only be years or counts of periods.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = (
    rf"(?P<when> (?:in|during|for|over) (?:⟨\d+⟩|{_MONTH}(?: ⟨\d+⟩)?|the (?:{_ORDER} )?(?:⟨\d+⟩ )?"
    rf"(?:days?|weeks?|months?|quarters?|year|half)(?: (?:to|ending|ended) {_MONTH}(?: ⟨\d+⟩)?)?)"
    # or the event the total covers, without a number: "1,400 trains a day during the strike: …"
    r"| (?:during|throughout) (?:the|its|their|this|last) [a-z][\w’'-]*(?: [a-z][\w’'-]*)?)?"
)
_PERIOD_AFTER = re.compile(r"\s(?:days?|weeks?|months?|quarters?|years?)\b")
# The total's noun may carry a passive verb and its phrase ("52,140 prices were collected for the index: …").
_PASSIVE = r"(?: (?:were|was) [a-z]+ed(?: (?!and\b)[A-Za-z][\w’'-]*){0,4}?)?"
_HEADS = [
    re.compile(
        rf"⟨(?P<t>\d+)⟩{_G}(?P<noun>(?: [A-Za-z][\w’'-]*){{0,6}}?{_PASSIVE}){_WHEN}"
        r"(?P<sep>:| —| –| \(|, of which| in total:| in all:) ?"
    ),
    # verb heads: "The 412 calls broke down as 210 …", "were split into", "was made up of", ", comprising"; the total
    # may count what its noun is made of, joined by a hyphen ("the 45-member council is made up of 20 …")
    re.compile(rf"⟨(?P<t>\d+)⟩(?:{_G}|-[a-z]+\b)(?P<noun>(?: [A-Za-z][\w’'-]*){{0,8}}?)(?P<sep>{_VERB_HEAD}) "),
    # … after a relative clause on the total's noun: "the 3,100 pupils who have been waiting for more than 12 weeks,
    # who break down as …", "the 640 claims that were lodged in 2025 were split into …" (its numbers may only be
    # years or counts of periods, as a head's period: _period_ok)
    re.compile(
        rf"⟨(?P<t>\d+)⟩{_G}(?P<noun>(?: [A-Za-z][\w’'-]*){{0,5}}?)"
        rf"(?P<when>,? (?:who|that|which)(?: (?:[^⟨⟩;:.!?,—–()\"“”]|⟨\d+⟩){{1,80}}?,?(?: (?:who|that|which))?)?)"
        rf"(?P<sep>{_VERB_HEAD}) "
    ),
    # "Of (the) N …, A, B and C": the whole may have an owner ("Of the mine's 6,100 employees", "Of Kenya's 47
    # counties") or point back ("Of those 900 homes")
    re.compile(
        rf"\b[Oo]f (?:the |its |their |all |those |these |a total of |{OWNER})?{_CUR}?⟨(?P<t>\d+)⟩{_G}"
        r"(?P<noun>(?: [A-Za-z][\w’'-]*){0,6}?)"
        r"(?P<sep>,) "
    ),
]
# The rest of a total: "the rest", "the remaining", "the balance", "(the) others", "remaining"; a bare "rest" before a
# noun names a thing ("760 cast in hospitals and rest homes"), no remainder.
_REMAINDER = r"(?:the (?:rest|remaining|remainder|others|balance)|remaining|others)\b"
# A label may hold "and" when no item follows it ("£97m on roads and bridges and the rest, £46m"), an age after
# "aged", which is no part ("634 were aged over 75, 402 aged 45 to 74 and …"), and a small count in words after a
# preposition ("$9m for roofs at four schools", "£2m raised over three years": _parse_list's ``small``).
_AGED = r" aged (?:between ⟨\d+⟩ and ⟨\d+⟩|⟨\d+⟩(?:(?: to |-|–)⟨\d+⟩)?)"
_IN_LABEL = (
    r" (?:at|in|on|across|for|from|over|during|within) ⟨\d+⟩(?= [a-z])"
    # a span after a hedge that took its "over" ("raised by the charity over three years"): the skeleton's number
    r"| ⟨\d+⟩(?= (?:years?|months?|weeks?|days?)\b)"
)
# A label may count the places its part comes from ("36,410 by field staff in 1,280 shops"): no part.
_WHERE = r" (?:in|at|across|from) ⟨\d+⟩ (?!and\b)[a-z][\w’'-]*(?: [a-z][\w’'-]*)?s\b"
# A label may open on a compound modifier that holds a number ("2,200 one-bedroom units", "900 3-bed homes"): no part.
_COMPOUND = r" ⟨\d+⟩-[a-z][\w’'-]*"
# A label may name a numbered thing, the number its name ("£9m from section 106 contributions", "for Phase 2"): no part.
_NUMBERED = (
    r" (?i:section|article|clause|schedule|paragraph|chapter|phase|stage|tier|band|grade|level|route|junction"
    r"|platform|terminal|gate|pier|berth|runway|ward|block|lot|zone|line|exit) ⟨\d+⟩(?![\d⟨])"
)
# A label's word may be a model number that opens on digits ("512 Boeing 737s"): never a number of the skeleton.
_MODEL = r"| \d+[A-Za-z][\w’'-]*"
# A sum may follow an article ("and a €180,000 loan from the credit union").
_A_SUM = rf"(?:an? (?={_CUR}⟨))?"
_ITEM = re.compile(
    rf"{_A_SUM}{_CUR}?⟨(?P<i>\d+)⟩{_G}(?P<label>(?:{_AGED}|{_WHERE}|{_COMPOUND}|{_NUMBERED}|{_IN_LABEL}"
    rf"| (?!and\b)[A-Za-z][\w’'-]*{_MODEL}"
    rf"| and (?!{_A_SUM}{_CUR}?⟨|{_REMAINDER})[A-Za-z][\w’'-]*){{0,12}})"
)
_REST = re.compile(
    rf"{_REMAINDER}(?:,? {_CUR}?⟨(?P<i>\d+)⟩{_G},?)?"
    r"(?P<label>(?: (?!and\b)[A-Za-z][\w’'-]*){0,5})"
)
_REST_N = re.compile(rf"the remaining {_CUR}?⟨(?P<i>\d+)⟩{_G}(?P<label>(?: (?!and\b)[A-Za-z][\w’'-]*){{0,5}})")
# "The 900 job cuts will include 500 in Ohio, 250 in Utah and 200 at its plant in Texas": a partial list, so only
# parts that add up to more than the total are wrong. Read only when every part after the first elides the first's
# noun and names where it is (disjoint parts: "120 children, 80 women and 150 men" may overlap).
_INCLUDE = re.compile(
    r"⟨(?P<t>\d+)⟩(?P<noun>(?: [A-Za-z][\w’'-]*){0,5}?)(?:,? (?:would|will|could|may|might|is to|are to|to) |,? )"
    r"(?:include|includes|included|including) "
)
_ELIDED = re.compile(r" (?:in|at|on|from|across) ")
_PARTIAL = re.compile(r"(?i)\b(?:including|includ|such as|among them|among which|plus|notably|like|e\.g\.)")
_AFTER_PARTIAL = re.compile(r"^\s*(?:,\s*)?(?:plus|as well as|among others|and others|etc|with|besides)\b", re.I)


# "three years and six months", "2 hours, 15 minutes": a count of a period then one of a shorter period is one
# duration written in two units (3.5 years), never two parts.
_PERIOD_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_COMPOUND_DURATION = re.compile(
    rf"⟨\d+⟩ (?P<a>{'|'.join(_PERIOD_UNITS)})s?(?:,? and |, )⟨\d+⟩ (?P<b>{'|'.join(_PERIOD_UNITS)})s?\b"
)


# A label may end on an apposition between commas, opening with an article and holding no number, when the next
# part follows it ("£1.8m for the lead charity, a cancer research fund, £0.9m for a hospice …"): it names that label.
_APPOSITIVE = re.compile(rf", (?:a|an|the) (?!{_REMAINDER})[^⟨⟩,;:.!?()—–]{{1,60}}?(?=, (?:and )?{_A_SUM}{_CUR}?⟨)")


def _compound_duration(skel: str, start: int, end: int) -> bool:
    """Whether the list between ``start`` and ``end`` holds one duration in two units ("three years and six months")."""
    return any(
        _PERIOD_UNITS.index(m.group("a")) < _PERIOD_UNITS.index(m.group("b"))
        for m in _COMPOUND_DURATION.finditer(skel, start, end)
    )


def _parse_list(
    skel: str, pos: int, closer: str | None, open_tail: bool = False, small: frozenset[int] = frozenset()
) -> tuple[list[int], bool, int | None, int] | None:
    """Parts from ``pos``: (indices, has_rest, rest index or None, end position), or None when not a closed list;
    with ``open_tail``, whatever follows the list (", with …", "plus …": more parts) is not read. A label may hold
    a number after a preposition only when it is one of ``small`` (small counts in words: "at four schools")."""
    parts: list[int] = []
    rest = False
    rest_i: int | None = None
    closed_by_and = False
    start = pos
    while True:
        m = _REST_N.match(skel, pos) or _ITEM.match(skel, pos) or _REST.match(skel, pos)
        if m is None:
            return None
        is_rest = m.re is not _ITEM
        if is_rest:
            if rest:
                return None
            rest = True
            rest_i = int(m.group("i")) if m.group("i") else None
        else:
            parts.append(int(m.group("i")))
            label = re.sub(f"{_AGED}|{_WHERE}|{_COMPOUND}|{_NUMBERED}", "", m.group("label"))
            if any(int(k) not in small for k in re.findall(r"⟨(\d+)⟩", label)):
                return None
        pos = m.end()
        if closed_by_and:
            break
        if not is_rest and (apposed := _APPOSITIVE.match(skel, pos)):
            pos = apposed.end()  # "£1.8m for the lead charity, a cancer research fund, £0.9m for …": one label
        sep = re.match(r",? and |, (?!and)", skel[pos:])
        if sep is None:
            break
        closed_by_and = "and" in sep.group(0)
        pos += sep.end()
    n_items = len(parts) + (1 if rest else 0)
    if n_items < 2 or _compound_duration(skel, start, pos):
        return None
    tail = skel[pos:]
    if closer == "(" and not tail.startswith(")"):
        return None
    if not closed_by_and and closer not in ("(", " —", " –"):
        return None
    if closer in (" —", " –") and not closed_by_and and not re.match(r"\s*[—–]", tail):
        return None
    if not open_tail and (_AFTER_PARTIAL.match(tail) or re.match(r"\s*(?:,\s*)?⟨", tail)):
        return None
    return parts, rest, rest_i, pos


# "Of the 60 seats, Labour won 27, the Conservatives 18 and independents 4": labels before their numbers, the verb
# written once. The head's phrase may not hold a number or a comma; the list needs three items or more, closed by
# "and", ending the clause.
_OF_HEAD = re.compile(
    r"\b[Oo]f (?:the |its |their |all |a total of |(?:the )?[A-Za-z-]+['’]s )?"
    rf"{_CUR}?⟨(?P<t>\d+)⟩(?P<noun>[^⟨⟩,;:.!?]{{0,60}}?), "
)
# "the 23 new arrivals, 12 birds, 7 reptiles and 5 mammals, include …": a definite total and a breakdown in commas,
# three counts of kinds or more (a number and one or two words ending in a plural, no other word), closed by a comma
# and a verb. A definite total followed by bare counts reads as an apposition, not a coordination; parts that add up
# to under 80% or over 125% of the total are taken for a coordination and skipped.
_KIND = r"⟨\d+⟩ (?:(?!(?:and|or|of|in|at|on|for|to|from|with|by)\b)[a-z][\w-]* )?(?!(?:and|or)\b)[a-z][\w-]*[^su\W]s"
_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir) ⟨(?P<t>\d+)⟩(?P<noun>(?: [a-z][\w-]*){{0,2}} [a-z][\w-]*[^su\W]s), "
    rf"(?P<list>{_KIND}(?:, {_KIND})+,? and {_KIND}), (?!(?:and|or|plus|with|as|among|including)\b)[a-z]"
)
# "the bloc's tally of 21 — the BJP's 19 and the MGP's two —": a total, then its parts in a dash or bracket aside,
# each labelled by a possessive name before it (capitalised: "the BJP's 19", "Vox's 33"), the last after "and", the
# aside closed (or ending the sentence).
_POSS_ITEM = rf"(?:the )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}}['’]s? {_CUR}?⟨\d+⟩{_G}"
_POSSESSED = re.compile(
    rf"{_CUR}?⟨(?P<t>\d+)⟩{_G}(?P<noun>(?: [a-z][\w-]*){{0,2}}) (?P<open>—|–|\() ?"
    rf"(?P<list>{_POSS_ITEM}(?:, {_POSS_ITEM})*,? and {_POSS_ITEM}) ?(?P<close>—|–|\)|(?=[.;!?]|$))"
)
# "48,000 heaters sold since May, 31,500 of them in Britain and the remaining 16,500 in Ireland": a total, a phrase
# without numbers or commas, then its parts, the first "N of them", the last "the remaining/other N" (exhaustive).
_PHRASE = r"[^⟨⟩;:.!?,]{0,40}?"
_OF_THEM = re.compile(
    rf"{_CUR}?⟨(?P<t>\d+)⟩{_G}(?P<noun>[^⟨⟩;:.!?,]{{0,80}}?), (?P<list>{_CUR}?⟨\d+⟩{_G} of (?:them|which|those)"
    rf"{_PHRASE}(?:, {_CUR}?⟨\d+⟩{_G}{_PHRASE})*,? and the (?:remaining|other) {_CUR}?⟨\d+⟩{_G})"
    rf"(?={_PHRASE}(?:[.;:!?)—–]|, (?!{_CUR}?⟨)|$))"
)
# "The 6,420 offences … were split between homes, with 4,120, and shops, with 1,730" / "between homes (4,120) and
# shops (1,730)": labels first, each count in a comma or bracket aside, the last after "and", closing the clause.
# A label may open on an article and run to six words ("the new cheese plant at Kilkenny (€28 million)").
_SPLIT_ITEM = (
    rf"(?:(?:the|an?) )?[A-Za-z][\w’'-]*(?: [A-Za-z][\w’'-]*){{0,5}}?"
    rf"(?:, with {_CUR}?⟨\d+⟩{_G},?| \({_CUR}?⟨\d+⟩{_G}\))"
)
_SPLIT = re.compile(
    rf"{_CUR}?⟨(?P<t>\d+)⟩{_G}(?P<noun>[^⟨⟩;:.!?,]{{0,80}}?) (?:(?:were|was|are|is|been) )?"
    rf"(?:split|divided|shared) (?:between|among) (?P<list>{_SPLIT_ITEM}(?:,? {_SPLIT_ITEM})*?,? and {_SPLIT_ITEM})"
    rf"(?=\s*(?:[.;:!?)—–]|$))"
)
# "The £2m grant: roads (£800,000), parks (£700,000) and libraries (£500,000)", "income of £8.4m came from three
# sources: tickets (£3.1m), grants (£2.6m) and donors (£1.9m)": labels first, each part in brackets, the list closing
# the clause after a colon or dash. The total is the number before the colon, or, when that is the count of the items
# in words ("three sources"), the one number before it in its clause (_bracket_total).
_BR_ITEM = rf"(?:the )?[A-Za-z][\w’'-]*(?: (?!and\b)[A-Za-z][\w’'-]*){{0,4}} \({_CUR}?⟨\d+⟩{_G}\)"
_BRACKETED = re.compile(
    rf"{_CUR}?⟨(?P<t>\d+)⟩{_G}(?P<noun>(?: [A-Za-z][\w’'-]*){{0,5}}?)(?::| —| –) "
    rf"(?P<list>{_BR_ITEM}(?:, {_BR_ITEM})*,? and {_BR_ITEM})(?=\s*(?:[.;!?)—–]|$))"
)
# "The bridge ($31.2m) and the slope work ($11.9m) together account for $43.1m of the contract": labels first, each
# part in brackets, opening the clause, then a verb that sums them with "together" or "between them" and the total.
_BRACKETED_SUM = re.compile(
    rf"(?:^|[;:(—–] |, )(?P<list>{_BR_ITEM}(?:, {_BR_ITEM})*,? and {_BR_ITEM})(?: [—–])?"
    r"(?: (?:together|between them|combined) "
    r"(?:account for|accounted for|make up|made up|come to|came to|amount to|amounted to|total|totalled|totaled"
    rf"|cost) {_CUR}?⟨(?P<t>\d+)⟩{_G}"
    # "… and Greenock (241) – held 2,551 between them": any verb, the total then "between them" (together, combined)
    rf"| (?!and\b|or\b)[a-z]+ {_CUR}?⟨(?P<t2>\d+)⟩{_G} (?:[a-z]+ )?(?:between them|together|combined)\b)"
)
# "the club's two sales — winger A (£9.5m) and midfielder B (£6.1m) — brought in £17.3m": a counted subject, its
# members in a dash aside, each with its amount in brackets, as many as counted, then a verb of one or two words and
# the amount they made together (never "… each", "a year": an amount per member or per period); sums of money only.
_COUNTED_ASIDE = re.compile(
    rf"⟨(?P<k>\d+)⟩(?: [a-z][\w-]*){{1,2}} (?P<open>[—–]) (?P<list>{_BR_ITEM}(?:, {_BR_ITEM})*,? and {_BR_ITEM})"
    rf" (?P=open) (?!(?:and|or|with|at)\b)[a-z]+(?: (?:in|up|out|to|for))? {_CUR}?⟨(?P<t>\d+)⟩{_G}"
    r"(?!\w|[.,]\d| (?:each|apiece|a year|a month|a week|per|an?)\b)"
)
_WORD = r"(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)"
# A label may end on its abbreviation in brackets ("the Jan Shakti Morcha (JSM) 37"), never on a number.
_ABBR = r"(?: \([A-Z][A-Za-z&.]{1,9}\))?"
_LABEL = rf"(?:the )?(?!and\b){_WORD}(?: (?!and\b|the\b){_WORD}){{0,3}}{_ABBR}"
_LABEL_AND = rf"(?:the )?{_WORD}(?: (?!the\b){_WORD}){{0,5}}?"
_LF_VERB = r"(?:won|took|got|secured|received|had|held|gained|claimed|kept|retained|captured|polled)"
_LF_FIRST = re.compile(rf"{_LABEL} {_LF_VERB} {_CUR}?⟨(?P<i>\d+)⟩{_G}")
_LF_ITEM = re.compile(rf"{_LABEL} {_CUR}?⟨(?P<i>\d+)⟩{_G}")
# The last item's label may hold "and" ("… the Congress 21 and independents and smaller parties 8").
_LF_LAST = re.compile(rf"{_LABEL_AND}{_ABBR} {_CUR}?⟨(?P<i>\d+)⟩{_G}")
_LF_REST = re.compile(
    rf"{_LABEL_AND} (?:(?:the rest|the remainder|the remaining \w+)(?:,? {_CUR}?⟨(?P<i>\d+)⟩{_G})?"
    rf"|the remaining {_CUR}?⟨(?P<j>\d+)⟩{_G})"
)
_LF_END = re.compile(r"\s*(?:[.;!?)—–]|, (?!⟨)|$)")
_CATCH_ALL = re.compile(r"(?i)\b(?:independents?|others?|other \w+|minor \w+|smaller \w+|everyone else|unaffiliated)\b")
_REST_WORD = re.compile(r"(?i)\b(?:rest|remaining|remainder|others?|balance)\b")


# "Of the 1.2 million residents, 410,000 lived in Northgate, with Eastfield at 230,000 and Southmoor 180,000": a first
# part number first whose label names a place or group, then ", with" and the other parts labels first, each label a
# name (capitalised: a lowercase label, "with men at 320 and women at 280", may break the first part down instead).
_WITH_FIRST = rf"{_CUR}?⟨(?P<a>\d+)⟩{_G}(?P<first>(?: (?!with\b)[A-Za-z][\w’'-]*){{1,8}}), with "
_NAME_LABEL = rf"(?:the )?(?!and\b)[A-Z][\w’'.-]*(?: (?!and\b|the\b){_WORD}){{0,3}}{_ABBR}"
_WITH_ITEM = re.compile(rf"{_NAME_LABEL} {_CUR}?⟨(?P<i>\d+)⟩{_G}")


# "Deposits rose to ₹6.42 lakh crore, of which current account deposits were ₹2.31 lakh crore and term deposits
# ₹4.21 lakh crore": sums of money labels first after "of which", the last after "and", closing the clause. The
# labels may name only some of the total ("revenue of $9bn, of which Europe brought in $4bn and Asia $3bn"), so the
# parts may fall short of it but never exceed it.
_OW_ITEM = rf"(?!⟨)[A-Za-z][^⟨⟩;:.!?,]{{0,80}}? {_CUR}⟨\d+⟩{_G}"
_OF_WHICH_LF = re.compile(
    rf"{_CUR}⟨(?P<t>\d+)⟩{_G}, of which (?P<list>{_OW_ITEM}(?:, {_OW_ITEM})*,? and {_OW_ITEM})(?=\s*(?:[.;!?)—–]|$))"
)


# A season or career record: wins, draws and defeats are every game played, so three such counts of one total of games
# must add up to it ("30 matches, with 18 wins, seven draws and five defeats", "won 18, drew seven and lost five of
# their 30 games", "30 games, winning 18, drawing seven and losing five"). Only all three outcomes are a breakdown.
_GAMES = r"(?: [a-z-]+)? (?:games|matches|fixtures|bouts|fights|races|contests|outings)\b"
_OUTCOME = r"⟨\d+⟩ (?:wins|win|victories|victory|draws|draw|defeats|defeat|losses|loss)\b"
_VERB_OUT = r"(?:won|drew|drawn|lost) ⟨\d+⟩"
_ING_OUT = r"(?:winning|drawing|losing) ⟨\d+⟩"
_RECORDS = [
    re.compile(rf"⟨(?P<t>\d+)⟩{_GAMES}(?:,? with|:| —| –|,) (?P<list>{_OUTCOME}, {_OUTCOME},? and {_OUTCOME})"),
    re.compile(
        rf"\b(?P<list>{_VERB_OUT}, {_VERB_OUT},? and {_VERB_OUT}) (?:of|from) (?:their|its|his|her|the|all) "
        rf"⟨(?P<t>\d+)⟩{_GAMES}"
    ),
    re.compile(rf"⟨(?P<t>\d+)⟩{_GAMES},? (?P<list>{_ING_OUT}, {_ING_OUT},? and {_ING_OUT})"),
]
_KIND_OF = re.compile(r"(?P<win>win|victor|won)|(?P<draw>draw|drew)|(?P<loss>defeat|loss|los)")


# The answers to one question, one of them "undecided" or "don't know": "52% backed the plan, 35% opposed it and 13%
# were undecided". Such shares split everyone asked, so they cannot add up to more than 100% (some may not answer, so
# less is never flagged). Each share opens its own short clause with no number, "of" or "among" in it (shares of
# different groups are not one split).
_ANSWER = r"⟨\d+⟩ (?!of\b|among\b)[^⟨⟩;:.!?,()]{1,40}?"
_ANSWERS = re.compile(rf"(?P<list>{_ANSWER}(?:, {_ANSWER})*,? and {_ANSWER})(?=[.;:!?)—–]|, (?!⟨)|$)")
_UNDECIDED = re.compile(
    r"(?i)\b(?:undecided|unsure|not sure|(?:did not|didn't|do not|don't) know|(?:had|have|has) no (?:view|opinion)"
    r"|no opinion|neither)\b"
)
_OTHER_BASE = re.compile(
    r"(?i)\b(?:of|among|amongst)\b|^⟨\d+⟩ (?:in|on|at|by|for|from|to|since|after|before|last|this)\b"
)
# One question's choices: a side for and a side against ("backed …", "opposed it"), or one choosing verb in every item
# ("want it rebuilt", "want it repaired"); "52% said X, 61% said Y and 12% were unsure" answers two questions.
_FOR = re.compile(r"(?i)\b(?:back|support|favou?r|approv|want|prefer|cho(?:o)?s|pick|vot|yes\b|for\b)\w*")
_AGAINST = re.compile(r"(?i)\b(?:oppos|against\b|no\b|disapprov|reject|disagree)\w*")
_CHOICE_VERB = re.compile(r"⟨\d+⟩ (?:(?:were|was|are|would|said they would|said they) )?(\w+)")


def _one_question(items: list[str]) -> bool:
    """The shares other than the undecided one answer one question: for and against, or one choosing verb."""
    choices = [i for i in items if not _UNDECIDED.search(i)]
    if any(_FOR.search(i) for i in choices) and any(_AGAINST.search(i) for i in choices):
        return True
    verbs = {m.group(1).lower() if (m := _CHOICE_VERB.match(i)) else "" for i in choices}
    return len(verbs) == 1 and bool(_FOR.fullmatch(verbs.pop()))


def _answers(rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """Shares answering one question, one of them undecided, that add up to more than 100% (or to about 100%)."""
    for m in _ANSWERS.finditer(skel):
        items = re.split(r", (?:and )?|,? and ", m.group("list"))
        if len(items) < 3 or not any(_UNDECIDED.search(i) for i in items):
            continue
        if any(_OTHER_BASE.search(i) for i in items) or not _one_question(items):
            continue
        parts = [sent.nums[int(i)] for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
        if not all(p.percent and not (p.points or p.fraction or p.year) and p.hedge is None for p in parts):
            continue
        acc = Interval.point(0.0)
        for p in parts:
            acc = acc + p.bounds
        shown = " + ".join(p.shown for p in parts)
        evidence = [quote_nums(facts, sent, parts)]
        values = {"sum": acc, "parts": [p.bounds for p in parts]}
        stated = Interval.point(100.0).widen(rel=rule.tolerance)
        if acc.low > stated.high:
            yield fail(f"{shown} = {fmt_iv(acc, '%')} of one question's answers, more than 100%", evidence, **values)
        elif acc.overlaps(stated):
            yield ok(f"{shown} = {fmt_iv(acc, '%')}, all of one question's answers", evidence, **values)


def _record_parts(listed: str) -> list[int] | None:
    """The part indices of a win-draw-loss record, or None unless it names each outcome once."""
    if listed.startswith("⟨"):
        items = [(w, i) for i, w in re.findall(r"⟨(\d+)⟩ (\w+)", listed)]
    else:
        items = re.findall(r"(\w+) ⟨(\d+)⟩", listed)
    kinds = set()
    idx = []
    for word, i in items:
        k = _KIND_OF.match(word)
        if k is None or k.lastgroup is None:
            return None
        kinds.add(k.lastgroup)
        idx.append(int(i))
    return idx if len(kinds) == 3 == len(idx) else None


def _labelled(
    skel: str, pos: int, dates: frozenset[int] = frozenset(), first: re.Pattern[str] = _LF_FIRST, least: int = 3
) -> tuple[list[int], bool, int | None] | None:
    """Parts of a label-first list at ``pos`` ("Labour won 27, the Greens 18 and independents 4"), or None; a list
    without a catch-all item ("independents", "others", "the rest") is returned only to be checked from above. The
    rest of the clause may hold a date (``dates``: indices of years and days of dates), no other number. ``first``
    reads the first item, ``least`` is the fewest items."""
    start = pos
    m = first.match(skel, pos)
    if m is None:
        return None
    parts = [int(m.group("i"))]
    pos = m.end()
    while True:
        sep = re.match(r",? and |, (?!and )", skel[pos:])
        if sep is None:
            return None
        last = "and" in sep.group(0)
        pos += sep.end()
        rest = _LF_REST.match(skel, pos) if last else None
        m = rest or _LF_ITEM.match(skel, pos) or (_LF_LAST.match(skel, pos) if last else None)
        if m is None:
            return None
        pos = m.end()
        if rest is not None:
            got = rest.group("i") or rest.group("j")
            rest_i = int(got) if got else None
            break
        parts.append(int(m.group("i")))
        if last:
            rest_i = None
            break
    n_items = len(parts) + (1 if rest is not None else 0)
    clause = re.split(r"[.;!?]", skel[pos:], maxsplit=1)[0]
    other = [i for i in re.findall(r"⟨(\d+)⟩", clause) if int(i) not in dates]
    if n_items < least or not _LF_END.match(skel, pos) or _AFTER_PARTIAL.match(clause) or other:
        return None
    has_rest = rest is not None or _REST_WORD.search(skel[pos:]) is not None
    if not has_rest and not _CATCH_ALL.search(skel[start:pos]):
        # "Of the 650 seats, Labour won 411, the Conservatives 121 and the Liberal Democrats 72" may name only the
        # largest parties: such a list can exceed its total but not fall short of it
        has_rest = True
    return parts, has_rest, rest_i


_MONTH = rf"(?:(?:{'|'.join(MONTH_NAMES)})\b|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.)"
_MONTH_NEXT = re.compile(rf"\s{_MONTH}")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s$")


def _dates(sent: SentenceNums) -> frozenset[int]:
    """Indices of the numbers of ``sent`` that are years or days next to their month ("16 January", "Oct. 31")."""
    return frozenset(
        i
        for i, n in enumerate(sent.nums)
        if n.year
        or (
            n.is_count
            and n.value == int(n.value)
            and 1 <= n.value <= 31
            and bool(_MONTH_NEXT.match(sent.text, n.end) or _MONTH_BEFORE.search(sent.text, 0, n.start))
        )
    )


def _period_ok(sent: SentenceNums, m: re.Match[str]) -> bool:
    """The numbers of the period before the list are years or counts of periods ("in the 12 months to June")."""
    for i in re.findall(r"⟨(\d+)⟩", m.groupdict().get("when") or ""):
        n = sent.nums[int(i)]
        if not (n.year or (n.is_count and _PERIOD_AFTER.match(sent.text, n.end))):
            return False
    return True


_CLAUSE_OPENER = re.compile(r"(?:^|[^\w\s’'⟩]|\b(?:and|but|while|whereas|yet|so|then))\s*$")


def _complement_of(skel: str, m: re.Match[str]) -> bool:
    """Whether an "of" head ("of the 40 seats, 22 …") is a word's complement, not a clause's opening: after a noun
    or verb ("three tranches of ₹50,000 crore, ₹40,000 crore and ₹35,000 crore", "a fleet of 48 aircraft, 12 …"), the
    amounts are the items of one list, the first no total of the rest; "Of the 40 seats, …" and "…; of the 40, …"
    open a clause."""
    return m.group().startswith("of") and not _CLAUSE_OPENER.search(skel, 0, m.start())


_SINGULAR_VERB = re.compile(r"\b(?:is|was|breaks)\b")


def _other_antecedent(sent: SentenceNums, m: re.Match[str]) -> bool:
    """After a relative clause, a singular verb head ("the 90 nurses who work at the hospital, which is divided into
    …") breaks down a noun of the clause, not a counted total (a sum may be singular: "the £6m that was …")."""
    rel = m.groupdict().get("when") or ""
    total = sent.nums[int(m.group("t"))]
    return (
        rel.lstrip(", ").startswith(("who", "that", "which"))
        and not currency_sign(sent.text, total)
        and _SINGULAR_VERB.search(m.group("sep")) is not None
    )


_AGED_WORD = re.compile(r"\baged\b")
_OPEN_HIGH = re.compile(r"\s*(?:\+|(?:and|or) (?:over|older|above)\b)")
_OPEN_LOW = re.compile(r"\s*(?:and|or) (?:under|younger|below)\b")


def _band(text: str, label: str, ages: list[Num]) -> tuple[float, float] | str | None:
    """The ages a part's label covers ("aged 45 to 74": (45, 74); "aged over 75": (75, ∞)), "low"/"high" for a
    label that is the rest below/above ("were younger"), "none" for a label with no age, None when unread."""
    if not ages:
        if re.search(r"\byounger\b", label):
            return "low"
        return "high" if re.search(r"\bolder\b", label) else "none"
    if len(ages) == 2 and all(a.hedge is None for a in ages):
        return ages[0].value, ages[1].value
    if len(ages) != 1:
        return None
    a = ages[0]
    if a.hedge is None:
        if _OPEN_HIGH.match(text, a.end):
            return a.value, INF
        return (-INF, a.value) if _OPEN_LOW.match(text, a.end) else (a.value, a.value)
    iv = a.bounds  # "over 75" is often written for "75 and over": its bound is 75 either way (_ages_cover)
    if iv.high == INF and iv.low != -INF:
        return iv.low, INF
    if iv.low <= 0 and iv.high != INF:  # "under 30": a count's strict reading starts at 0
        return -INF, iv.high
    return None  # "aged about 30": no band


def _ages_cover(sent: SentenceNums, skel: str, idx: list[int], rest_i: int | None, end: int) -> bool:
    """Parts whose labels give ages ("634 were aged over 75, 402 aged 45 to 74 and 380 were younger") split their
    total only when every label is an age band and the bands meet, from the youngest to the oldest (an age is a
    whole number; "over 75" after "45 to 74" meets it, as "under 30" meets "30 to 49"); True when no label gives an
    age."""
    last = skeleton_offset(skel, end, sent.nums)
    bounds = [sent.nums[i].hstart for i in idx[1:]] + [last]
    bands = []
    for k, i in enumerate(idx):
        label = sent.text[sent.nums[i].end : bounds[k]]
        after = range(i + 1, len(sent.nums)) if _AGED_WORD.search(label) else range(0)
        ages = [sent.nums[j] for j in after if sent.nums[j].start < bounds[k] and j != rest_i]
        bands.append(_band(sent.text, label, ages))
    if all(b in ("none", "low", "high") for b in bands):
        return True
    if None in bands or "none" in bands or bands.count("low") > 1 or bands.count("high") > 1:
        return False
    spans = sorted(b for b in bands if isinstance(b, tuple))
    if (spans[0][0] != -INF and "low" not in bands) or (spans[-1][1] != INF and "high" not in bands):
        return False
    return all(a[1] <= b[0] <= a[1] + 1 for a, b in pairwise(spans))


_PART_OF = re.compile(r"⟨(?P<k>\d+)⟩ of (?:the |its |their |his |her |all )?$")


def _part_of(sent: SentenceNums, skel: str, m: re.Match[str]) -> Num | None:
    """The count of a part of a head's total written "N of the M …" (the list may break down either), else None."""
    before = _PART_OF.search(skel, 0, m.start("t") - 1)
    return sent.nums[int(before.group("k"))] if before else None


def _sums_to(total: Num, parts: list[Num], remainder: Num | None) -> bool:
    """Whether the parts (and a stated remainder) add up to ``total``, as plain counts."""
    return total.is_count and _meets(_summed_bounds([*parts, *([remainder] if remainder else [])]), total.bounds)


def _summed_bounds(nums: list[Num]) -> Interval:
    """The sum of the numbers' strict readings."""
    acc = Interval.point(0.0)
    for n in nums:
        acc = acc + n.bounds
    return acc


def _is_period(sent: SentenceNums, n: Num) -> bool:
    """A count of periods after "first"/"last"/"past"… ("the first nine months"): the time a breakdown covers."""
    return n.is_count and bool(_PERIOD_AFTER.match(sent.text, n.end) and _PERIOD_FRAME.search(sent.text, 0, n.hstart))


def _compatible(total: Num, parts: list[Num]) -> bool:
    if total.year or any(p.year for p in parts):
        return False
    if total.is_share:
        return all(p.is_share and not p.fraction for p in parts)
    return total.is_count and all(p.is_count for p in parts)


@register_check(SumOfPartsRule, requires={"sentences"}, supersedes={"unsupported-claim"}, scope="document")
def check(rule: SumOfPartsRule, facts: FactBase) -> Iterator[Verdict]:
    quoted: dict[str, list[Evidence]] = {}
    for verdict in _in_sentence(rule, facts):
        for e in verdict.evidence:
            quoted.setdefault(e.document, []).append(e)
        yield verdict
    for verdict in _listed_before(rule, facts):
        end = verdict.evidence[-1]  # (its quote ends at the total)
        if not any(e.start < end.end <= e.end for e in quoted.get(end.document, ())):
            yield verdict  # a total another reader has checked is checked once
    for verdict in _bulleted_after(rule, facts):
        head = verdict.evidence[0]  # (its first quote is the total)
        if not any(e.start < head.end <= e.end for e in quoted.get(head.document, ())):
            yield verdict


def _in_sentence(rule: SumOfPartsRule, facts: FactBase) -> Iterator[Verdict]:
    """Totals with their parts in their own sentence or the one next to it (the catalogue of forms)."""
    by_doc = scanned(facts)
    positions: dict[str, dict[int, SentenceNums]] = {}
    for doc, sent, skel in numbered_sentences(facts, 3):
        skel = dashes(skel)
        if skel.startswith(("The total", "That total", "This total")):
            before = [b for b in by_doc.get(doc, []) if b.index == sent.index - 1]
            if before:
                yield from _earlier_total(rule, facts, before[0], sent, skel)
                continue
        if _DEFINITE_HEAD.search(skel):
            before = [b for b in by_doc.get(doc, []) if b.index == sent.index - 1]
            if before:
                yield from _amount_before(rule, facts, before[0], sent, skel)
        used: set[int] = set()
        for head in _HEADS:
            for m in head.finditer(skel):
                if _PARTIAL.search(m.group("noun")) or int(m.group("t")) in used or not _period_ok(sent, m):
                    continue
                if _is_period(sent, sent.nums[int(m.group("t"))]):
                    continue  # "sales in the first nine months: …": the period the parts cover, not their total
                if _other_antecedent(sent, m):
                    continue
                if _complement_of(skel, m):
                    continue  # "in three tranches of ₹50,000 crore, ₹40,000 crore and …": a list, no total
                got = _parse_list(skel, m.end(), m.group("sep"), small=sent.small_word_counts)
                if got is None:
                    continue
                idx, rest, rest_i, end = got
                if not _ages_cover(sent, skel, idx, rest_i, end):
                    continue  # "410 were aged under 30 and 120 over 60": the age bands leave a gap
                if m.group("sep") == " (" and _restated_in_other_unit(sent, int(m.group("t")), idx):
                    continue  # "1,800 and 2,400 miles (3,000 and 4,000 km)": a conversion, not a breakdown
                t = _bracket_total(sent, int(m.group("t")), len(idx) + int(rest))
                if t is None:
                    continue  # "three regions: 412 in the north, …": a count of the items, and no total before it
                found = _breakdown(sent, t, idx, rest_i)
                if found is None:
                    continue
                total, parts, remainder = found
                if (part := _part_of(sent, skel, m)) is not None and _sums_to(part, parts, remainder):
                    total = part  # "guilty on 14 of the 16 counts — nine of fraud and five of laundering"
                if (
                    re.fullmatch(_VERB_HEAD, m.group("sep"))
                    and not 0.5 * total.value <= sum(p.value for p in parts) <= 2 * total.value
                ):
                    continue  # "300 acres divided into 12 plots and 4 fields" counts other things
                if head is _HEADS[-1] and len(idx) == 2 and not _two_complements(skel, idx, end):
                    rest = True  # "Of the 41 firms, 17 are in China and eight in the UAE": two groups may be some
                    # of the whole (a third names the rest), so they may fall short of it but never exceed it; a group
                    # and its complement ("2.61 million were men and 2.79 million women") make it up
                used.update(idx)
                yield _verdict(rule, facts, sent, total, parts, rest, remainder)
        for m in _INCLUDE.finditer(skel):
            verdict = _included(rule, facts, sent, skel, m, used)
            if verdict is not None:
                yield verdict
        for m in _APPOSED.finditer(skel):
            total = sent.nums[int(m.group("t"))]
            parts = [sent.nums[int(i)] for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
            if total.hedge is not None or not _compatible(total, parts) or int(m.group("t")) in used:
                continue
            if not 0.8 * total.value <= sum(p.value for p in parts) <= 1.25 * total.value:
                continue  # far from the total: a coordination of other counts ("the 120 flights, 40 delays, …")
            yield _verdict(rule, facts, sent, total, parts, False, None)
        for m in _POSSESSED.finditer(skel):
            t = int(m.group("t"))
            idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
            if t in used or (m.group("open") == "(") != (m.group("close") == ")") or _PARTIAL.search(m.group("noun")):
                continue
            found = _breakdown(sent, t, idx, None)
            if found is None or found[0].hedge is not None or found[0].is_share:
                continue
            used.update(idx)
            yield _verdict(rule, facts, sent, found[0], found[1], False, None)
        for m in (*_OF_THEM.finditer(skel), *_SPLIT.finditer(skel)):
            t = int(m.group("t"))
            idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
            if t in used or _PARTIAL.search(m.group("noun")) or len(idx) < 2:
                continue
            if (verdict := _closed(rule, facts, sent, t, idx, used)) is not None:
                yield verdict
        for m in (*_BRACKETED.finditer(skel), *_BRACKETED_SUM.finditer(skel), *_counted_asides(sent, skel)):
            idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
            summed = m.re is not _BRACKETED
            bt = int(m.group("t") or m.group("t2")) if summed else _bracket_total(sent, int(m.group("t")), len(idx))
            if bt is None or bt in used or (not summed and _PARTIAL.search(m.group("noun"))):
                continue
            found = _breakdown(sent, bt, idx, None)
            if found is None or found[0].hedge is not None:
                continue
            if len({currency_sign(sent.text, n) for n in (found[0], *found[1])}) > 1:
                continue  # one currency as written, or nothing is compared
            used.update(idx)
            yield _verdict(rule, facts, sent, found[0], found[1], False, None)
        for m in (r for pattern in _RECORDS for r in pattern.finditer(skel)):
            idx_r = _record_parts(m.group("list"))
            if idx_r is None or used.intersection(idx_r):
                continue
            found = _breakdown(sent, int(m.group("t")), idx_r, None)
            if found is None or found[0].hedge is not None:
                continue
            used.update(idx_r)
            yield _verdict(rule, facts, sent, found[0], found[1], False, None)
        if _UNDECIDED.search(sent.text):
            yield from _answers(rule, facts, sent, skel)
        for m in _OF_HEAD.finditer(skel):
            if _PARTIAL.search(m.group("noun")):
                continue
            lf = _labelled(skel, m.end(), _dates(sent))
            if lf is None:
                continue
            idx, rest, rest_i = lf
            found = _breakdown(sent, int(m.group("t")), idx, rest_i)
            if found is None:
                continue
            total, parts, remainder = found
            yield _verdict(rule, facts, sent, total, parts, rest, remainder)
        yield from _with_parts(rule, facts, sent, skel)
        yield from _parts_first(rule, facts, sent, skel, used)
        if re.search(rf"\b(?:which|that|{_SUMMED})\b", skel):
            yield from _together(rule, facts, sent, skel, used)
        if ", of which " in skel:
            yield from _of_which(rule, facts, sent, skel, used)
        if ", with " in skel:
            yield from _split_change(rule, facts, sent, skel)
        if re.search(r"total|combined|in all\b|altogether", skel):
            yield from _trailing_total(rule, facts, sent, skel, used)
        if _OF_THOSE.match(skel):
            before = [b for b in by_doc.get(doc, []) if b.index == sent.index - 1]
            if before:
                yield from _of_those(rule, facts, before[0], sent, skel)
        after = _by_index(by_doc, doc, positions).get(sent.index + 1)
        if after is not None and _SUMMED_OPENING.match(after.text):
            yield from _summed_next(rule, facts, sent, skel, used)


def _by_index(
    by_doc: dict[str, list[SentenceNums]], doc: str, positions: dict[str, dict[int, SentenceNums]]
) -> dict[int, SentenceNums]:
    """A document's sentences with numbers by their index (made once per document and kept in ``positions``)."""
    if doc not in positions:
        positions[doc] = {b.index: b for b in by_doc.get(doc, [])}
    return positions[doc]


# "… breaks down as $8.2m for deputies, $3.9m for patrol and $1.7m for security, for a total of $13.8m": the parts
# first, closed by "and", then the total they add up to after ", for a total of" (", making a total of", ", totalling").
_TRAILING_TOTAL = re.compile(
    rf"(?:,| [—–]) (?:(?:for|making) a (?:combined |grand )?total of|(?P<bare>a) (?:combined |grand )?total of"
    r"|total(?:l)?ing|(?:for )?a combined"
    r"|making up (?:the|a) (?:combined |grand )?total of"
    rf"|making up the(?= {_CUR}?⟨\d+⟩{_G} (?:combined |grand )?total\b)"
    r"|bringing (?P<what>(?:[a-z][\w’'-]* ){1,3})to a (?:combined |grand )?total of)"
    rf" {_CUR}?⟨(?P<t>\d+)⟩{_G}"
)
# "… and 140,000 issued for free shows, making 2.61 million in all": the total after a participle of summing, then an
# adverb that says it is the whole ("in all", "in total", "altogether"); its noun, if any, one word.
_IN_ALL_TOTAL = re.compile(
    rf", (?:making|giving|bringing|for) {_CUR}?⟨(?P<t>\d+)⟩{_G}(?: [a-z][\w-]*)? (?:in all|in total|altogether)\b"
)
_LIST_CLAUSE = re.compile(r"[;:!?()—–]|\.(?!\d)")
# "… and 7,420 secondary students on Oct. 31 — a combined 23,280": the date the parts are counted on may close the
# list, before its total (every number in it a year or a day next to its month).
_DATE_TAIL = re.compile(rf" (?:on|as of|at|by|in)(?: (?:{_MONTH}|⟨\d+⟩),?){{1,3}}$")


# "Dublin accounted for 3,400 sales, Cork for 1,200 and the rest of the country for 2,900": labels first, the verb
# "accounted for" written once and "for" before every later part (a label may hold commas: "the counties of A, B and
# C for 2,275"), the last after "and", up to the total that follows the list.
_GAPPED_LABEL = r"[^⟨⟩;:!?]{1,80}?"
_GAPPED_FOR = re.compile(
    rf"(?:[^⟨⟩;:!?]*? )?(?:accounted|accounts|account) for {_CUR}?⟨\d+⟩{_G}(?: [a-z][\w’'-]*)?"
    rf"(?:, {_GAPPED_LABEL} for {_CUR}?⟨\d+⟩{_G})*,? and {_GAPPED_LABEL} for {_CUR}?⟨\d+⟩{_G}"
)


_NAMED = rf"(?=the |[A-Z]){_LABEL}"  # a label naming a part: a name, or a noun after "the" ("up from" is none)
# "The Tshwene complex produced 312,000 ounces of metals, Rooikop 248,000oz and the smaller Kliprand shaft 96,000oz":
# labels first, a verb in the past written once before the first part (its unit and up to four words after it), the
# later parts each after its label, the last after "and".
_GAPPED_VERB = re.compile(
    rf"(?:[^⟨⟩;:!?]*?\s)?[a-z]+ed {_CUR}?⟨\d+⟩{_G}(?:\s(?:[a-z][\w’'-]*|\d\w*)){{0,4}}"
    rf"(?:,\s{_NAMED}\s{_CUR}?⟨\d+⟩{_G})*,?\sand\s{_NAMED}\s{_CUR}?⟨\d+⟩{_G}"
)


# "split across hospitality (412), retail (358), trades (276) and professional services (194), a total of 1,214":
# labels first, each part in brackets, closing the list before its trailing total.
_BRACKETED_LIST = re.compile(rf"(?<![\w⟩] ){_BR_ITEM}(?:, {_BR_ITEM})*,? and {_BR_ITEM}$")


def _parts_before(sent: SentenceNums, skel: str, end: int) -> tuple[list[int], bool, int | None] | None:
    """The list of parts that ends at ``end`` (where its total follows), read from its first number: the earliest
    number of the clause, no year, from which a closed list runs up to ``end``, or a clause of parts labels first
    after "accounted for" (``_GAPPED_FOR``); None when there is none, or when the clause names only some parts
    ("including", "such as"). A date may stand between the list and ``end``."""
    tail = _DATE_TAIL.search(skel, 0, end)
    if tail and {int(i) for i in re.findall(r"⟨(\d+)⟩", tail.group(0))} <= _dates(sent):
        skel, end = skel[: tail.start()], tail.start()
    start = max((b.end() for b in _LIST_CLAUSE.finditer(skel, 0, end)), default=0)
    gapped = _GAPPED_FOR.fullmatch(skel, start, end) or _GAPPED_VERB.fullmatch(skel, start, end)
    if gapped and not _PARTIAL.search(skel, start, end):
        idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", skel[start:end])]
        if any(sent.nums[i].year or compared_with(sent.text, sent.nums[i]) for i in idx):
            return None  # "reached 3.2 million, up from 2.9 million, …": a comparison's base is no part
        return idx, False, None
    opened = max((b.end() for b in _CLAUSE_BREAK.finditer(skel, 0, end)), default=0)  # (brackets hold parts here)
    bracketed = _BRACKETED_LIST.search(skel, opened, end)
    if bracketed and not _PARTIAL.search(skel, opened, end):
        return [int(i) for i in re.findall(r"⟨(\d+)⟩", bracketed.group(0))], False, None
    for item in re.finditer(rf"{_CUR}?⟨(\d+)⟩", skel[start:end]):
        if sent.nums[int(item.group(1))].year:
            continue
        got = _parse_list(skel, start + item.start(), None, small=sent.small_word_counts)
        if got is None or got[3] != end:
            continue
        if _PARTIAL.search(skel, start, start + item.start()):
            return None
        return got[0], got[1], got[2]
    return None


def _trailing_total(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, used: set[int]
) -> Iterator[Verdict]:
    """Parts closed by "and", then ", for a total of N": the parts add up to N."""
    for m in (*_TRAILING_TOTAL.finditer(skel), *_IN_ALL_TOTAL.finditer(skel)):
        t = int(m.group("t"))
        got = _parts_before(sent, skel, m.start())
        if t in used or got is None or used.intersection(got[0]):
            continue
        idx, rest, rest_i = got
        if m.groupdict().get("what") and not _sums_its_own(sent, m.group("what"), idx[0]):
            continue
        if m.groupdict().get("bare") and not _whole_clause(sent, skel, idx, t):
            continue  # "… and Ripon (194), a total of 14 towns": an apposition far from the parts counts other things
        found = _breakdown(sent, t, idx, rest_i)
        if found is None or len({currency_sign(sent.text, sent.nums[i]) for i in (t, *idx)}) > 1:
            continue  # "120 claims …, totalling £2.1m": a sum of money of counted things, no breakdown
        used.update(idx)
        yield _verdict(rule, facts, sent, found[0], found[1], rest, found[2])


def _whole_clause(sent: SentenceNums, skel: str, idx: list[int], t: int) -> bool:
    """Whether a bare apposition ", a total of N" sums every count of its clause (none before the parts: "won with
    1,054 votes against 987 for A and 212 for B, a total of 2,253") and lies near their sum (half to twice it)."""
    first = skel.index(f"⟨{idx[0]}⟩")
    opened = max((b.end() for b in _CLAUSE_BREAK.finditer(skel, 0, first)), default=0)
    before = [int(i) for i in re.findall(r"⟨(\d+)⟩", skel[opened:first])]
    if any(not sent.nums[i].year for i in before):
        return False
    return 0.5 <= sum(sent.nums[i].value for i in idx) / (sent.nums[t].value or 1) <= 2


def _sums_its_own(sent: SentenceNums, what: str, first: int) -> bool:
    """Whether "bringing <what> to a total of N" totals what the parts before it measure: a word of ``what`` shares
    its stem with one before the first part ("produced 312,000 ounces …, bringing group production to a total of"),
    not an earlier count the parts add to ("signed 14 players …, bringing its squad to a total of 31")."""
    return bool(content_stems(what) & content_stems(sent.text[: sent.nums[first].hstart]))


# "The 5,200 cases in Leeds, 3,100 in York and 900 in Hull make up the total of 9,200": the parts first, closed by
# "and", then a verb that sums them ("make up the/a total of", "add up to") and the total, ending the clause. Counts
# and sums only: shares that "add up to" another may compound ("rises of 10% and 20% add up to 32%").
_SUMS_TO = re.compile(
    r" (?:together )?(?:(?:make|makes|made) up (?:the|a) total of|(?:add|adds|added)(?P<up> up to)?(?: a total of)?)"
    rf" {_CUR}?⟨(?P<t>\d+)⟩{_G}(?=\s*(?:[.;!?)—–]|, (?!{_CUR}?⟨)|$))"
)
_FIRST_PART = re.compile(rf"{_CUR}?⟨\d+⟩")


def _parts_first(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, used: set[int]
) -> Iterator[Verdict]:
    """Parts that open their clause and a total after a verb that sums them: each number of the clause before the
    verb is a part (a closed list), compared like a verb head's breakdown."""
    for m in _SUMS_TO.finditer(skel):
        t = int(m.group("t"))
        if "add" in m.group(0) and not m.group("up"):
            if sent.nums[t].hedge != "up to":
                continue  # "add 300 jobs": no sum
            sent = replace(sent, nums=[unhedged(n) if i == t else n for i, n in enumerate(sent.nums)])
        start = max(skel.rfind(c, 0, m.start()) for c in ";:(—–") + 1
        first = _FIRST_PART.search(skel, start, m.start())
        got = _parse_list(skel[: m.start()], first.start(), None, small=sent.small_word_counts) if first else None
        if got is None or got[1] or got[3] != m.start() or t in used or used.intersection(got[0]):
            continue
        found = _breakdown(sent, t, got[0], None)
        if found is None or found[0].is_share:
            continue
        total, parts, _ = found
        if not 0.5 * total.value <= sum(p.value for p in parts) <= 2 * total.value:
            continue  # far from the total: the numbers count other things
        used.update(got[0])
        yield _verdict(rule, facts, sent, total, parts, False, None)


# "shelter contributed 1.4 percentage points, food 0.6 points and all other goods 0.4 points — the four components that
# together make up the 3.1 per cent rate": parts in one clause, the last after "and", then a dash or comma and a
# relative on them ("which", "the four components that") with a verb that sums them and the total.
# The relative may be left out when an adverb says the parts are summed ("wheat of 11.2 million tonnes, barley of 5.1
# million tonnes and canola of 2.6 million tonnes together account for 19.9 million tonnes"), and the adverb may follow
# the total after any verb ("A, B and C polled 2,986 votes between them").
_SUMMED = r"(?:together|between them|combined|jointly)"
_SUM_VERB = (
    r"(?:(?:make|makes|made) up|(?:add|adds|added) up to|(?:account|accounts|accounted) for|(?:sum|sums|summed) to"
    r"|(?:come|comes|came) to|(?:amount|amounts|amounted) to|total|totals|totalled|totaled)"
)
# What the summed parts are called before the verb: "they", "these", "those streams", "the three boards".
_SUMMED_SUBJECT = r"(?:(?:they|these|those|the|all)(?: (?!(?:and|or)\b)[a-z][\w-]*){0,2} )?"
# Before the total: "all of", "every penny of" (the whole of it), an article or an owner.
_WHOLE_OF = rf"(?:all of |every [a-z]+ of )?(?:the |a |{OWNER})?"
_TOGETHER_TOTAL = re.compile(
    r"(?:(?:,| [—–]) (?:which|(?:the|all) (?:⟨\d+⟩ )?(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*s (?:that|which))"
    rf" (?:{_SUMMED} )?| {_SUMMED} )(?:{_SUM_VERB})"
    rf" {_WHOLE_OF}{_CUR}?⟨(?P<t>\d+)⟩{_G}"
    rf"| (?!(?:and|or|with|at|of|in|on|for|to|from|by|than|over|under|about|each|per)\b)[a-z]+(?: (?:up|in|out))?"
    rf" {_CUR}?⟨(?P<t2>\d+)⟩{_G}"
    rf"(?: (?!and\b|or\b)[a-z][\w-]*){{0,2}}? {_SUMMED}\b"
    # a clause of its own after the parts' clause: "…; together they accounted for 15,380", "… — together 106,000
    # jobs" (the adverb then the total, an apposition to the parts)
    rf"|(?:;|,| [—–]) (?:and )?{_SUMMED},? {_SUMMED_SUBJECT}{_SUM_VERB} {_WHOLE_OF}{_CUR}?⟨(?P<t3>\d+)⟩{_G}"
    rf"|(?:,| [—–]) {_SUMMED} {_CUR}?⟨(?P<t4>\d+)⟩{_G}(?! (?:each|apiece|a|an|per)\b)"
)
# A sentence that opens on the adverb and sums the parts of the sentence before: "… and £42,300 in cash. Together,
# he told the court, those streams accounted for every penny of the £412,600." (an aside may follow the adverb).
_SUMMED_OPENING = re.compile(r"(?i)^(?:together|combined|between them|in all|altogether)\b")
_SUMMED_NEXT = re.compile(
    rf"(?:[.!?] )(?i:{_SUMMED}|in all|altogether)(?: |, (?:[^⟨⟩,;:.!?]{{1,40}}, )?){_SUMMED_SUBJECT}{_SUM_VERB}"
    rf" {_WHOLE_OF}{_CUR}?⟨(?P<t>\d+)⟩{_G}"
)


def _counted_asides(sent: SentenceNums, skel: str) -> Iterator[re.Match[str]]:
    """The matches of ``_COUNTED_ASIDE`` whose count is the number of members listed, every amount a sum of money (a
    bare number in brackets may count something else: "three hospitals – A (612), B (405) … – treated 1,347")."""
    for m in _COUNTED_ASIDE.finditer(skel):
        k = sent.nums[int(m.group("k"))]
        amounts = [sent.nums[int(i)] for i in re.findall(r"⟨(\d+)⟩", m.group("list"))] + [sent.nums[int(m.group("t"))]]
        counted = k.is_count and k.hedge is None and k.value == len(amounts) - 1
        if counted and all(currency_sign(sent.text, a) for a in amounts):
            yield m


_PER_PERIOD_AFTER = re.compile(r"[A-Za-z]{0,3}(?: [a-z][\w-]*){0,2} (?:a|an|per|each|every) ")


def _together_parts(skel: str, end: int, small: frozenset[int] = frozenset()) -> list[int] | None:
    """The parts of the clause before ``end``: every number from the clause's start, joined by commas and the last by
    "and" (a label may stand between them, and hold "and" or a small count in words of ``small``: "leisure and
    hospitality 27,000", "£42,300 in cash from the charity's three shops"), or None."""
    start = max((b.end() for b in _LIST_CLAUSE.finditer(skel, 0, end)), default=0)
    found = list(re.finditer(r"⟨(\d+)⟩", skel[start:end]))
    found = found[:1] + [
        b
        for a, b in pairwise(found)
        if int(b.group(1)) not in small or re.search(r"(?:,|\band) $", skel[: start + b.start()])
    ]
    gaps = [skel[start + a.end() : start + b.start()] for a, b in pairwise(found)]
    if len(found) < 2 or any("," not in g for g in gaps[:-1]) or not re.search(r"(?:,| ) ?and ", gaps[-1]):
        return None
    if any(re.search(r"\band $", g.split(",")[-1]) for g in gaps[:-1]) or _PARTIAL.search(skel, start, end):
        return None
    if re.search(r"(?i)\b(?:among others|and others|etc)\b", skel[start:end]):
        return None
    return [int(m.group(1)) for m in found]


def _counts_items(n: Num, items: int) -> bool:
    """Whether ``n`` is a count in words of ``items`` things ("the three shelters"), no part."""
    return n.words and n.is_count and n.value == items


_NOUN_AFTER = re.compile(r"[A-Za-z]{0,3}(?: (?!(?:between|together|combined|jointly|and|or)\b)([a-z][\w-]*))?")


def _same_noun(sent: SentenceNums, last: Num, total: Num) -> bool:
    """Whether the total counts what the last part counts: the word after it, if any, is the part's."""
    after_total = _NOUN_AFTER.match(sent.text, total.end)
    after_last = _NOUN_AFTER.match(sent.text, last.end)
    noun = after_total.group(1) if after_total else None
    return noun is None or (after_last is not None and after_last.group(1) == noun)


def _contributions(parts: list[Num]) -> bool:
    """Whether parts are contributions to a rate: in percentage points, those after the first maybe with the unit
    left out ("1.2 percentage points, consumer spending 0.8 and investment 0.3")."""
    return parts[0].points and all(p.points or (p.is_count and not p.words) for p in parts[1:])


def _together(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, used: set[int]
) -> Iterator[Verdict]:
    """Parts closed by "and", then "which together make up" (or "— the N components that together make up") and
    the total: contributions in points add up to the rate they make up, counts and sums to their total."""
    for m in _TOGETHER_TOTAL.finditer(skel):
        t = int(m.group("t") or m.group("t2") or m.group("t3") or m.group("t4"))
        idx = _together_parts(skel, m.start(), sent.small_word_counts)
        if idx is not None and len(idx) > 2 and _counts_items(sent.nums[idx[0]], len(idx) - 1):
            idx = idx[1:]  # "The three shelters, with 140, 95 and 60 beds, …": the count of the parts is none
        if idx is None or t in used or used.intersection(idx) or any(sent.nums[i].year for i in idx):
            continue
        if (m.group("t3") or m.group("t4")) and _PER_PERIOD_AFTER.match(sent.text, sent.nums[t].end):
            continue  # "… — together 29,200 tonnes a year": a rate, maybe of another period than the parts'
        if m.group("t2") and not _same_noun(sent, sent.nums[idx[-1]], sent.nums[t]):
            continue  # "… and 60 beds, held 310 people between them": the total counts something else
        total, parts = sent.nums[t], [sent.nums[i] for i in idx]
        if total.percent and not total.fraction:
            if _contributions(parts) and total.hedge is None:
                used.update(idx)  # (shares that "make up" a share may be of different wholes: not read)
                yield _contribution_verdict(facts, sent, total, parts)
            continue
        if (verdict := _closed(rule, facts, sent, t, idx, used)) is not None:
            yield verdict


def _summed_next(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, used: set[int]
) -> Iterator[Verdict]:
    """The parts of ``sent``'s last clause summed by the next sentence, which opens on "together" (``_SUMMED_NEXT``):
    both read as one passage, compared like parts and their total in one sentence."""
    both = joined(facts, sent.doc, sent.index, sent.index + 1)
    m = _SUMMED_NEXT.search(both.skeleton)
    if m is None or len(both.nums) <= len(sent.nums):
        return
    end = len(both.skeleton[: m.start() + 1].rstrip(".!? "))
    idx = _together_parts(both.skeleton, end, both.small_word_counts)
    if idx is None or used.intersection(idx) or any(both.nums[i].year for i in idx):
        return
    if (verdict := _closed(rule, facts, both, int(m.group("t")), idx, set())) is not None:
        used.update(idx)
        yield verdict


# "212,000 customers were off supply. Of those, 118,000 were on A's network, 61,000 on B's and the remaining 23,000 on
# C's": "Of those" (them, these) opening a sentence points back to the count that ends the sentence before (the
# last count there that is no year, date, time or period), broken down like "Of the 212,000, …".
_OF_THOSE = re.compile(
    r"^(?:[A-Z][\w’'-]*(?: [a-z][\w’'-]*){0,3}, )?[Oo]f (?:those|them|these)(?: [a-z][\w-]*)?, (?=⟨)"
)


def _of_those(
    rule: SumOfPartsRule, facts: FactBase, before: SentenceNums, sent: SentenceNums, skel: str
) -> Iterator[Verdict]:
    """ "Of those, A …, B … and the remaining C": a breakdown of the last count of the sentence before."""
    m = _OF_THOSE.match(skel)
    got = _parse_list(skel, m.end(), None, small=sent.small_word_counts) if m else None
    counts = [
        n
        for n in before.nums
        if n.is_count and not _is_period(before, n) and not re.match(r"[:.]\d|\s*[ap]\.?m\b", before.text[n.end :])
    ]
    dates = _dates(before)
    counts = [n for n in counts if before.nums.index(n) not in dates]
    if got is None or not counts:
        return
    idx, rest, rest_i, _ = got
    total = counts[-1]
    parts = [sent.nums[i] for i in idx] + ([sent.nums[rest_i]] if rest_i is not None else [])
    if total.bounds.high == INF or _distributive(sent, idx) or not _compatible(total, parts):
        return
    nums = _one_magnitude(sent.text, parts)
    whole = in_full(before.text, total) or total
    if nums is None or currency_sign(before.text, total) != currency_sign(sent.text, parts[0]):
        return
    if not rest and not 0.8 * whole.value <= sum(p.value for p in nums) <= 1.25 * whole.value:
        return  # "400 lorries. Of those, 120 were overweight, 45 …": far from the whole, properties rather than a split
    if len(idx) == 2 and rest_i is None:
        rest = True  # two groups may be some of the whole (see the "Of the N" head)
    stated = quote(facts, before.doc, before.offset + total.hstart, before.offset + total.end, role="total")
    remainder = nums[-1] if rest_i is not None else None
    yield _verdict(rule, facts, sent, whole, nums[: len(idx)], rest, remainder, stated)


def _contribution_verdict(facts: FactBase, sent: SentenceNums, total: Num, parts: list[Num]) -> Verdict:
    """Contributions in points against the rate they make up: their written sum may miss the rate by rounding, one
    unit of the rate's last decimal place at most (a statistics office rounds each contribution and the rate)."""
    summed = sum(p.value for p in parts)
    unit = 10.0 ** -max(total.decimals, *(p.decimals for p in parts))
    shown = " + ".join(p.text for p in parts)
    evidence = [quote_nums(facts, sent, [total, *parts])]
    values = {"total": total.bounds, "sum": Interval.point(summed), "parts": [p.bounds for p in parts]}
    said = f"{shown} = {summed:.{max(p.decimals for p in parts)}f} points"
    if abs(summed - total.value) <= unit + 1e-9:
        return ok(f"{said}, matching the {total.text} they make up (within rounding)", evidence, **values)
    return fail(f"{said}, not the {total.text} they are said to make up", evidence, **values)


# A change and the changes of two complementary groups after ", with": "Staff numbers grew by 16,900, with residents up
# 9,800 and non-residents up 8,400". Only a group and its complement ("non-residents", men and women, full-time and
# part-time) split every change: any other two named groups may leave some of it to groups not named, which may have
# moved either way.
_SPLIT_CHANGE = re.compile(
    rf"\b(?:by|of) {_CUR}?⟨(?P<t>\d+)⟩{_G}, with (?:the )?(?P<l1>[A-Za-z][\w-]*) (?P<d1>up|down) (?:by )?"
    rf"{_CUR}?⟨(?P<x>\d+)⟩{_G},? and (?:the )?(?P<l2>[A-Za-z][\w-]*) (?P<d2>up|down) (?:by )?{_CUR}?"
    rf"⟨(?P<y>\d+)⟩{_G}(?=\s*(?:[.;!?)—–]|$))"
)
_COMPLEMENTS = frozenset(
    {frozenset({"men", "women"}), frozenset({"full-time", "part-time"}), frozenset({"male", "female"})}
)


def _two_complements(skel: str, idx: list[int], end: int) -> bool:
    """Whether the labels of two parts (each up to the next part, the last up to ``end``) end on a group and its
    complement ("2.61 million were men and 2.79 million women")."""
    first = skel.index(f"⟨{idx[0]}⟩")
    second = skel.index(f"⟨{idx[1]}⟩")
    labels = [re.sub(r",? and$", "", skel[first:second].strip()).split(), skel[second:end].split()]
    return all(len(w) > 1 for w in labels) and _complementary(labels[0][-1], labels[1][-1])


def _complementary(a: str, b: str) -> bool:
    """Two groups that make up a whole between them: one is the other with "non-" ("residents", "non-residents")."""
    a, b = a.lower(), b.lower()
    return a == f"non-{b}" or b == f"non-{a}" or frozenset({a, b}) in _COMPLEMENTS


def _split_change(rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "grew by N, with residents up A and non-residents up B": the changes of a group and its complement, in one
    direction, add up to the whole's change."""
    for m in _SPLIT_CHANGE.finditer(skel):
        if m.group("d1") != m.group("d2") or not _complementary(m.group("l1"), m.group("l2")):
            continue
        found = _breakdown(sent, int(m.group("t")), [int(m.group("x")), int(m.group("y"))], None)
        if found is None or found[0].hedge is not None:
            continue
        yield _verdict(rule, facts, sent, found[0], found[1], False, None)


# "Total enrolment this fall is 18,412. … The total breaks down to 14,906 undergraduates, …": a sentence that opens
# on "the total" and breaks it down refers to the total of the sentence right before, the first count after the word
# "total" there.
_TOTAL_HEAD = re.compile(
    r"^(?:The|That|This) total(?: figure)?(?: (?:broke|breaks) down (?:as|to|into)| (?:was|is) (?:split|divided)"
    r" (?:into|between|among)| (?:was|is) made up of| comprised| comprises) "
)
_TOTAL_WORD = re.compile(r"(?i)\btotal\b")


def _earlier_total(
    rule: SumOfPartsRule, facts: FactBase, before: SentenceNums, sent: SentenceNums, skel: str
) -> Iterator[Verdict]:
    """ "The total breaks down to A, B and C" after a sentence that gives the total: plain counts, compared like a
    verb head's breakdown (parts under half or over twice the total count other things)."""
    m = _TOTAL_HEAD.match(skel)
    word = _TOTAL_WORD.search(before.text)
    if m is None or word is None or before.index != sent.index - 1:
        return
    total = next((n for n in before.nums if n.start >= word.end() and n.is_count and not n.year), None)
    got = _parse_list(skel, m.end(), None)
    if total is None or total.hedge is not None or got is None or got[1]:
        return
    parts = [sent.nums[i] for i in got[0]]
    if not _compatible(total, parts) or glued(before.text, total) or currency_sign(before.text, total):
        return
    if any(glued(sent.text, p) or currency_sign(sent.text, p) for p in parts):
        return
    if not 0.5 * total.value <= sum(p.value for p in parts) <= 2 * total.value:
        return
    stated = quote(facts, before.doc, before.offset + total.hstart, before.offset + total.end, role="total")
    yield _verdict(rule, facts, sent, total, parts, False, None, stated)


# "The province values the agreement at $1.2 billion. …, the package breaks down as $640 million for wages, …": a
# clause whose subject is a definite noun with no number, before a verb head, breaks down the one amount of money of
# the sentence right before (never a remainder: "the rest breaks down as …").
# The subject may name its year ("The 2028 budget splits into …"); an amount the sentence before gives as a change's
# start or a comparison ("at $1.42 billion, up from $1.18 billion") is never the total.
# Its parts may be amounts of one unit of measure ("The offering was made up of 3.1 million kg of …, …"), whose total is
# the one amount in that unit in the sentence before, or, after "The breakdown (given in …) was", plain counts whose
# total is the one count of the sentence before ("Sales reached 14.6 lakh vehicles. The breakdown was 11.2 lakh …").
_DEFINITE_HEAD = re.compile(
    rf"(?:\b(?:The|the|That|that|This|this) (?!(?:rest|remainder|balance|remaining)\b)(?:⟨(?P<year>\d+)⟩ )?"
    rf"(?:(?:[a-z][\w-]* ){{0,2}}?(?P<head>[a-z][\w-]*){_VERB_HEAD}"
    r"|(?P<breakdown>breakdown)(?: [a-z]+(?:ed|en|wn) (?:in|by) (?:the |its |their )?[a-z][\w-]*)? (?:was|is):?)"
    # or "it" opening its sentence ("… the council's £96m programme. It is made up of £54m …"), maybe after an
    # attribution ("According to the ministry, it is made up of …", "Officials said it is made up of …"): the one
    # amount before; "they" the one count of things before ("… counts 58 structures destroyed. They break down as 31
    # homes, …")
    rf"|(?:^|^[^⟨⟩,;:.!?]{{1,50}}, |^[^⟨⟩,;:.!?]{{1,50}}\b(?:said|says|added|explained) (?:that )?)"
    rf"(?:[Ii]t|(?P<they>[Tt]hey)){_VERB_HEAD})"
    rf" (?={_CUR}?⟨)"
)


# "a £412m budget … The net budget is split between …": of several amounts, the one the subject's noun follows.
def _named_after(text: str, n: Num, noun: str) -> bool:
    """``noun`` follows amount ``n`` (after its glued magnitude and up to two modifiers: "£412m net budget")."""
    return re.match(rf"[A-Za-z]{{0,3}}(?: [a-z][\w-]*){{0,2}}? {re.escape(noun)}\b", text[n.end :]) is not None


def _amount_before(
    rule: SumOfPartsRule, facts: FactBase, before: SentenceNums, sent: SentenceNums, skel: str
) -> Iterator[Verdict]:
    """A definite subject with no number broken down into sums of money (``_DEFINITE_HEAD``), the total the one
    amount in the parts' currency in the sentence right before; compared like a verb head's breakdown (parts under
    half or over twice the total count other things)."""
    m = _DEFINITE_HEAD.search(skel)
    if m is None or before.index != sent.index - 1 or "⟨" in skel[: m.start()]:
        return
    if m.group("year") is not None and not sent.nums[int(m.group("year"))].year:
        return
    got = _parse_list(skel, m.end(), None)
    if got is None or got[1]:
        return
    sign = {currency_sign(sent.text, sent.nums[i]) for i in got[0]}
    units = {_measure(sent.text, sent.nums[i]) for i in got[0]}
    if "" in sign and (units == {None}) != bool(m.group("breakdown") or m.group("they")):
        return  # plain counts only after "the breakdown was"; amounts of one unit after any verb head
    totals = [
        n
        for n in before.nums
        if not (n.year or n.is_share or _is_period(before, n))
        and currency_sign(before.text, n) in sign
        and ("" not in sign or _measure(before.text, n) in units)
        and not compared_with(before.text, n)
    ]
    if len(totals) > 1 and m.group("head"):
        totals = [n for n in totals if _named_after(before.text, n, m.group("head"))]
    if len(sign) != 1 or len(units) != 1 or len(totals) != 1 or totals[0].hedge is not None:
        return
    nums = _one_magnitude(sent.text, [sent.nums[i] for i in got[0]])
    total = in_full(before.text, totals[0])
    if nums is None or total is None or not _compatible(total, nums):
        return
    if not 0.5 * total.value <= sum(p.value for p in nums) <= 2 * total.value:
        return
    stated = quote(facts, before.doc, before.offset + total.hstart, before.offset + total.end, role="total")
    yield _verdict(rule, facts, sent, total, nums, False, None, stated)


def _with_parts(rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "Of the N residents, A lived in Northgate, with Eastfield at B and Southmoor C": the first part number first,
    the others labels first after ", with"; the first part's label must hold a name, as the others' do."""
    for m in _OF_HEAD.finditer(skel):
        first = re.compile(_WITH_FIRST).match(skel, m.end())
        if first is None or _PARTIAL.search(m.group("noun")) or not re.search(r"\b[A-Z]", first.group("first")):
            continue
        if _complement_of(skel, m):
            continue
        lf = _labelled(skel, first.end(), _dates(sent), _WITH_ITEM, 2)
        if lf is None:
            continue
        idx, rest, rest_i = lf
        found = _breakdown(sent, int(m.group("t")), [int(first.group("a")), *idx], rest_i)
        if found is not None:
            total, parts, remainder = found
            yield _verdict(rule, facts, sent, total, parts, rest, remainder)


def _of_which(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, used: set[int]
) -> Iterator[Verdict]:
    """ "₹6.42 lakh crore, of which deposits were ₹2.31 lakh crore and …": sums of money labels first, which may
    leave some of the total to parts not named, never exceed it (see ``_OF_WHICH_LF``)."""
    for m in _OF_WHICH_LF.finditer(skel):
        t = int(m.group("t"))
        idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", m.group("list"))]
        if t in used or used.intersection(idx) or _PARTIAL.search(m.group("list")):
            continue
        if (verdict := _closed(rule, facts, sent, t, idx, used, rest=True)) is not None:
            yield verdict


def _included(
    rule: SumOfPartsRule, facts: FactBase, sent: SentenceNums, skel: str, m: re.Match[str], used: set[int]
) -> Verdict | None:
    """A partial breakdown after "include": its parts by place may fall short of the total, never exceed it (so
    whatever follows the list, more parts or not, changes nothing)."""
    t = int(m.group("t"))
    got = _parse_list(skel, m.end(), None, open_tail=True)
    if t in used or got is None or got[1]:
        return None
    idx = got[0]
    if not all(_ELIDED.match(skel, skel.index(f"⟨{i}⟩") + len(f"⟨{i}⟩")) for i in idx[1:]):
        return None
    found = _breakdown(sent, t, idx, None)
    if found is None or found[0].hedge is not None:
        return None
    if len({currency_sign(sent.text, n) for n in (found[0], *found[1])}) > 1:
        return None  # one currency as written, or nothing is compared
    used.update(idx)
    verdict = _verdict(rule, facts, sent, found[0], found[1], True, None)
    tail = skel[got[3] :]
    if verdict.held and (_AFTER_PARTIAL.match(tail) or re.match(r"\s*(?:,\s*)?⟨", tail)):
        return None  # ", plus 40 in Iowa": the parts after the list are not added, so no pass is claimed
    return verdict


_UNIT_WORD = re.compile(r" ([A-Za-z]{2,})\b")


def _measure(text: str, n: Num) -> str | None:
    """The unit of measure written as a word after a number ("2,400 miles", "4,000 km"), else None: no currency, no
    count, nothing glued to the number ("£1.2m")."""
    m = _UNIT_WORD.match(text, n.end)
    if m is None:
        return None
    try:
        name = canonical_unit(m.group(1))
    except Exception:  # not a unit of pint's registry ("people", "seats")
        return None
    return name if dimension_of(name) not in ("count", "currency", "percent", "substance", "other") else None


def _restated_in_other_unit(sent: SentenceNums, t: int, idx: list[int]) -> bool:
    """Whether bracketed numbers give the total's quantity in another unit of the same kind ("2,400 miles in
    diameter (3,000 and 4,000 km)"): a conversion, never a breakdown (the parts of one are written in its unit)."""
    total = _measure(sent.text, sent.nums[t])
    last = _measure(sent.text, sent.nums[idx[-1]])
    return total is not None and last is not None and total != last and convertible(total, last)


_CLAUSE_BREAK = re.compile(r"[;:!?—–]|\.(?!\d)")


# ", spread across three sites": a participle after a comma still speaks of the noun before it, as does a relative
# clause that traces it to its parts ("a $14.6m shortfall, which she attributed to three pressures: …").
_PARTICIPLE_AFTER_COMMA = re.compile(
    r" (?:spread|split|divided|shared|distributed|scattered|located|based|housed|held|sited|drawn|[a-z]+ed) [^,]*"
    r"| (?:which|that) [^,]*\b(?:to|on|into|between|among|across|from) "
)


def _bracket_total(sent: SentenceNums, t: int, items: int) -> int | None:
    """The total of a breakdown: the number before the colon or bracket, or, when that counts the items in words
    ("three sources:"), the only number before it in its clause that is no year, with no comma between them but one
    that opens a participle on the total ("1,960 beds by 2030, spread across three sites:")."""
    head = sent.nums[t]
    if not (head.words and head.is_count and head.value == items):
        return t
    clause = max((b.end() for b in _CLAUSE_BREAK.finditer(sent.text, 0, head.start)), default=0)
    before = [i for i in range(t) if sent.nums[i].start >= clause and not sent.nums[i].year]
    if len(before) != 1:
        return None
    between = sent.text[sent.nums[before[0]].end : head.start]
    if "," in between and not _PARTICIPLE_AFTER_COMMA.fullmatch(between.split(",")[-1]):
        return None
    return before[0]


def _breakdown(
    sent: SentenceNums, t: int, idx: list[int], rest_i: int | None
) -> tuple[Num, list[Num], Num | None] | None:
    """The total, parts and stated remainder of a breakdown, or None when the total is open-ended ("more than 40"),
    the parts do not count what it counts (sums of money of a total with no currency), or their magnitudes cannot be
    compared (_one_magnitude)."""
    total = sent.nums[t]
    parts = [sent.nums[i] for i in idx]
    remainder = sent.nums[rest_i] if rest_i is not None else None
    if total.hedge is not None and total.bounds.high == INF:
        return None
    if _distributive(sent, idx):
        return None  # "16 from the UN and eight from each side": a part counted once per member of a group
    if _DAY_MONTH_AFTER.match(sent.text, parts[-1].end) or _DAY_MONTH_BEFORE.search(sent.text, 0, parts[0].hstart):
        return None  # "on five days: 3, 4, 11 and 12 March", "on March 3, 4 and 11": days of a month, no parts
    if not _compatible(total, parts + ([remainder] if remainder else [])):
        return None
    if not currency_sign(sent.text, total) and all(currency_sign(sent.text, p) for p in parts):
        return None  # "three sources: an $11.2m bond, a $5m grant and $2.2m": sums of money break down no count
    nums = _one_magnitude(sent.text, [total, *parts, *([remainder] if remainder else [])])
    if nums is None:
        return None
    return nums[0], nums[1 : 1 + len(parts)], nums[-1] if remainder else None


# A day of a month before its month's name, or after it: a date, never a part.
_DAY_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTH_NAMES)})\b")
_DAY_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\.?\s+$")


# "eight from each side", "£2m apiece", "40 per school": a part given for each member of a group, so it stands for
# several parts (a share's "per cent" is no such word).
_EACH = re.compile(r"(?i)\b(?:each|apiece|every|per(?! ?cent\b))\b")
_LABEL_END = re.compile(r"[;:!?()—–]|\.(?!\d)")


def _distributive(sent: SentenceNums, idx: list[int]) -> bool:
    """Whether a part's label (its words up to the next part, the last's up to the end of its clause) gives it per
    member of a group ("eight from each side")."""
    for k, i in enumerate(idx):
        start = sent.nums[i].end
        if k + 1 < len(idx):
            end = sent.nums[idx[k + 1]].hstart
        else:
            stop = _LABEL_END.search(sent.text, start)
            end = stop.start() if stop else len(sent.text)
        if _EACH.search(sent.text, start, min(end, start + 60)):
            return True
    return False


def _one_magnitude(text: str, nums: list[Num]) -> list[Num] | None:
    """``nums`` in one magnitude: each read through a magnitude letter glued after a currency sign ("£1.9m" beside
    "£800,000" or "£4.2 million"), others as written; None when they are in several currencies or carry other glued
    letters that differ ("12km" beside "800m"), so nothing is compared."""
    if len({currency_sign(text, n) for n in nums} - {""}) > 1:
        return None
    if (months := _in_months(text, nums)) is not None:
        return months
    full = [in_full(text, n) for n in nums]
    if all(f is not None for f in full):
        return [f for f in full if f is not None]
    if len({glued(text, n) for n in nums}) == 1:
        return nums
    units = {_unit_written(text, n) for n in nums}
    return nums if len(units) == 1 and None not in units else None


# "The 11-year total is made up of six years …, three years … and 18 months": terms in years and months, each unit
# written right after its number (or joined to it by a hyphen), are compared in months.
_YEARS_OR_MONTHS = re.compile(r"(?:-| )(?P<unit>year|month)s?\b(?!-old| old)")


def _in_months(text: str, nums: list[Num]) -> list[Num] | None:
    """``nums`` in months when each is a count of years or of months and both units are written; else None."""
    units = [_YEARS_OR_MONTHS.match(text, n.end) for n in nums]
    if not all(units) or {u.group("unit") for u in units if u} != {"year", "month"}:
        return None
    out: list[Num] = []
    for n, u in zip(nums, units, strict=True):
        if u is not None and u.group("unit") == "year" and n.is_count:
            k = 12.0
            months = fmt(n.value * k)
            n = replace(
                n, text=f"{n.text} years ({months} months)", value=n.value * k, interval=n.interval.scale(k),
                bounds=n.bounds.scale(k),
            )  # fmt: skip
        elif u is not None and n.is_count:
            n = replace(n, text=f"{n.text} months")
        else:
            return None
        out.append(n)
    return out


def _unit_written(text: str, n: Num) -> str | None:
    """The unit of measure of a number with no currency, glued ("248,000oz") or as a word after it ("312,000
    ounces"), so that one unit in two spellings is one; None when there is none."""
    if currency_sign(text, n):
        return None
    letters = glued(text, n)
    if not letters:
        return _measure(text, n)
    try:
        name = canonical_unit(letters)
    except Exception:  # not a unit of pint's registry
        return None
    return name if dimension_of(name) not in ("count", "currency", "percent", "substance", "other") else None


def _closed(
    rule: SumOfPartsRule,
    facts: FactBase,
    sent: SentenceNums,
    t: int,
    idx: list[int],
    used: set[int],
    rest: bool = False,
) -> Verdict | None:
    """The verdict on total ``t`` broken down into exactly the parts ``idx`` (none when the total is hedged, or no
    breakdown); the parts are then taken (``used``), so no other reading of the sentence counts them again."""
    found = _breakdown(sent, t, idx, None)
    if found is None or found[0].hedge is not None:
        return None
    used.update(idx)
    return _verdict(rule, facts, sent, found[0], found[1], rest, None)


def _verdict(
    rule: SumOfPartsRule,
    facts: FactBase,
    sent: SentenceNums,
    total: Num,
    parts: list[Num],
    rest: bool,
    remainder: Num | None,
    earlier: Evidence | None = None,
) -> Verdict:
    """The verdict on a breakdown; with ``earlier``, the total is quoted there (a sentence before the parts')."""
    items = parts + ([remainder] if remainder else [])
    acc = _summed_bounds(items)
    whole = [quote_nums(facts, sent, [total, *items])]
    evidence = whole if earlier is None else [earlier, quote_nums(facts, sent, items)]
    stated = total.bounds.widen(rel=rule.tolerance)
    shown = " + ".join(p.shown for p in items)
    values = {"total": total.bounds, "sum": acc, "parts": [p.bounds for p in items]}
    summed = fmt_as(total, acc)
    if rest and remainder is None:
        if acc.low <= stated.high:
            left = stated - acc
            return ok(
                f"{shown} = {summed}, leaving {fmt_as(total, left)} of {total.shown} for the rest",
                evidence,
                **values,
            )
        return fail(f"{shown} = {summed}, more than the total of {total.shown}", evidence, **values)
    if _meets(acc, stated):
        return ok(f"{shown} = {summed}, matching {total.shown}", evidence, **values)
    return fail(f"{shown} = {summed}, not {total.shown}", evidence, **values)


def _meets(summed: Interval, stated: Interval) -> bool:
    """Whether a sum of rounded parts can be its rounded total: the intervals overlap by more than their edges (a
    rounded figure's interval is half-open: €2.6bn + €0.9bn + €0.4bn reaches €4.1bn only with every part at the top
    of its rounding, where it would have been rounded up); an exact figure may lie on the other's edge."""
    if not summed.overlaps(stated):
        return False
    if summed.low == summed.high or stated.low == stated.high:
        return True
    width = min(summed.high, stated.high) - max(summed.low, stated.low)
    return width > 1e-9 * max(abs(summed.high), abs(stated.high), 1.0)


# A total stated after parts listed in the sentences before it, summed by a phrase that refers back ("Between them
# the five candidates took 4,271 votes.", "… complete a list the council says adds up to the full £86.5m"):
# never "together with".
_SUMS_BACK = re.compile(
    r"(?i)\b(?:between them|together(?! with)|combined(?! with)|in all(?! but| except)|altogether"
    r"|add(?:s|ed)? up to|added together)\b"
)
# The parts counted in the total's subject ("the five candidates", "all four hubs", "these three schemes").
_COUNTED_PARTS = re.compile(r"(?i)\b(?:the|these|those|all|its|their|our)\s$")
# A figure after a word of difference or comparison is no part ("a majority of 376", "up 40", "more than 300").
_NO_PART_BEFORE = re.compile(
    r"(?i)(?:\b(?:majority|margin|lead|gap|difference|deficit|shortfall|increase|rise|fall|drop|decrease|change|cut)"
    r" of|\b(?:up|down|by|than|from|to|of|per|out of|aged|under|over|nearly|almost|about|around))\s\S?$"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n#")
_LOOK_BACK = 6  # sentences


def _counts_parts(sent: SentenceNums, n: Num) -> bool:
    """``n`` counts the parts in the total's subject ("the five candidates")."""
    return (
        n.is_count and n.value <= 12 and n.value == int(n.value) and bool(_COUNTED_PARTS.search(sent.text, 0, n.hstart))
    )


def _summed_total(sent: SentenceNums, at: int) -> int | None:
    """The index of the total after a summing phrase ending at ``at`` (the first count after it, no year or day), or
    of the last count before the phrase when none follows ("took 4,271 votes between them")."""
    days = _dates(sent)
    after = [
        i
        for i, n in enumerate(sent.nums)
        if n.start >= at and n.is_count and i not in days and not _counts_parts(sent, n)
    ]
    if after:
        return after[0]
    before = [i for i, n in enumerate(sent.nums) if n.end <= at and n.is_count and i not in days]
    return before[-1] if before else None


def _part_like(
    sent: SentenceNums, i: int, dates: frozenset[int], total: Num, total_text: str, noun: str | None
) -> Num | None:
    """``sent.nums[i]`` in full when it can be a part of ``total`` (of ``noun``, its counted noun): a count in the same
    currency, with the same glued magnitude kind, no date (``dates``: :func:`_dates` of ``sent``), year, share or
    difference; None otherwise."""
    n = sent.nums[i]
    if not n.is_count or i in dates or _NO_PART_BEFORE.search(sent.text, 0, n.hstart):
        return None
    if currency_sign(sent.text, n) != currency_sign(total_text, total):
        return None
    if _counts_parts(sent, n):
        return None  # "the five candidates": the parts' count
    if total.value > 100 and i in sent.small_word_counts:
        return None  # "three sources", "the five candidates": a count of the parts, not one
    own = _counted_noun(sent.text, n)
    if noun and own and noun != own:
        return None  # "140, 95 and 60 beds … held 310 people": a count of other things
    if glued(sent.text, n) and in_full(sent.text, n) is None:
        return None  # "1am", "400m" of a count: another unit
    return in_full(sent.text, n)


_WORDS_AFTER = re.compile(r"(?:[A-Za-z]{1,3}\b)?(?: (?:[a-z][\w’'-]*)){1,2}")


def _counted_noun(text: str, n: Num) -> str | None:
    """The plural noun right after ``n`` ("310 people", "4,271 valid votes"), or None."""
    m = _WORDS_AFTER.match(text, n.end)
    return next((w for w in (m.group().split() if m else []) if is_plural(w)), None)


def _paragraph_start(facts: FactBase, sent: SentenceNums) -> int:
    """The document offset where ``sent``'s paragraph opens."""
    text = facts.documents[sent.doc].text
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, sent.offset)]
    return breaks[-1] if breaks else 0


def _listed_before(rule: SumOfPartsRule, facts: FactBase) -> Iterator[Verdict]:
    """Totals summed back over parts listed in the sentences before (:data:`_SUMS_BACK`): with the parts counted
    ("the five candidates"), the last that many figures of the total's kind (a clean start: nothing of that kind
    before the first in its sentence); uncounted, every amount of money in the total's currency from the paragraph's
    start (three or more). Partial lists ("including") and parts far from the total (other scopes) are not read."""
    by_doc = scanned(facts)
    for doc, sent, _ in numbered_sentences(facts, 1):
        phrase = _SUMS_BACK.search(sent.text)
        if phrase is None or _PARTIAL.search(sent.text):
            continue
        ti = _summed_total(sent, phrase.end())
        if ti is None:
            continue
        written = sent.nums[ti]
        if written.hedge is not None and written.hstart < phrase.end():
            written = unhedged(written)  # "adds up to $27m": the verb's "up to", no hedge
        total = None if written.hedge is not None else in_full(sent.text, written)
        if total is None:
            continue
        counted = [n for n in sent.nums if n.end <= sent.nums[ti].start and _counts_parts(sent, n)]
        want = int(counted[-1].value) if counted else None
        if want is None and not currency_sign(sent.text, total):
            continue  # uncounted parts are read only as sums of money
        before = {b.index: b for b in by_doc.get(doc, []) if sent.index - _LOOK_BACK <= b.index < sent.index}
        para = _paragraph_start(facts, sent)
        window = [b for _, b in sorted(before.items()) if want is not None or b.offset >= para] + [sent]
        if any(_PARTIAL.search(b.text) for b in window):
            continue
        listed = _parts_back(window, sent, ti, total, want)
        if listed is None:
            continue
        parts = [p for _, ps in listed for p in ps]
        if len(parts) < (want or 3) or not 0.8 * total.value <= sum(p.value for p in parts) <= 1.25 * total.value:
            continue  # too few, or far from the total: another scope
        yield _back_verdict(rule, facts, sent, written, total, listed)


def _parts_back(
    window: list[SentenceNums], sent: SentenceNums, ti: int, total: Num, want: int | None
) -> list[tuple[SentenceNums, list[Num]]] | None:
    """The parts by sentence, in order: the last ``want`` figures of the total's kind before it (None when more of
    that kind stand before the first in its sentence: no clean list), or all of them in the window."""
    picked: list[tuple[SentenceNums, list[Num]]] = []
    count = 0
    noun = _counted_noun(sent.text, total)
    for s in reversed(window):
        limit = sent.nums[ti].hstart if s is sent else len(s.text)
        dates = _dates(s)
        got = [
            p for i, n in enumerate(s.nums) if n.end <= limit and (p := _part_like(s, i, dates, total, sent.text, noun))
        ]
        if want is not None and count + len(got) >= want:
            if count + len(got) > want:
                return None  # more figures of the kind before the first part: no clean list
            return [(s, got), *picked]
        if got:
            picked.insert(0, (s, got))
            count += len(got)
    return picked if want is None else None


def _back_verdict(
    rule: SumOfPartsRule,
    facts: FactBase,
    sent: SentenceNums,
    written: Num,
    total: Num,
    listed: list[tuple[SentenceNums, list[Num]]],
) -> Verdict:
    """The verdict on a total summed back over parts listed in the sentences before it (each quoted)."""
    parts = [p for _, ps in listed for p in ps]
    evidence = [quote_nums(facts, s, ps) for s, ps in listed if s is not sent]
    evidence.append(quote_nums(facts, sent, [*(p for s, ps in listed if s is sent for p in ps), written]))
    return _listed_verdict(rule, total, parts, evidence)


def _listed_verdict(
    rule: SumOfPartsRule, total: Num, parts: list[Num], evidence: list[Evidence], where: str = ""
) -> Verdict:
    """The verdict on a total and parts quoted in several sentences (``where`` they are, for the message)."""
    acc = _summed_bounds(parts)
    shown = " + ".join(p.shown for p in parts)
    values = {"total": total.bounds, "sum": acc, "parts": [p.bounds for p in parts]}
    summed = fmt_as(total, acc) + where
    if _meets(acc, total.bounds.widen(rel=rule.tolerance)):
        return ok(f"{shown} = {summed}, matching {total.shown}", evidence, **values)
    return fail(f"{shown} = {summed}, not {total.shown}", evidence, **values)


# A total, then its parts as a bulleted list ("The harvest totalled 18,400 tonnes:" / "- Wheat: 9,800 tonnes" / …): the
# sentence before the list says it is a total or ends on a colon, and every item holds one figure of the total's kind.
_TOTAL_CUE = re.compile(
    r"(?i)\b(?:total(?:s|led|ed|ling|ing)?|in all|altogether|came to|comes? to|(?:break|breaks|broke|broken) down"
    r"|split|divided|comprised?|comprises|consist(?:s|ed)? of|made up of|as follows)\b"
)
_MIN_BULLETS = 2


def _bulleted_after(rule: SumOfPartsRule, facts: FactBase) -> Iterator[Verdict]:
    """Totals whose parts follow as a bulleted list (:data:`_TOTAL_CUE`): the sentence right before the list holds
    one figure that is no year or date, the list's items one figure each of its kind (a count in its currency and
    magnitude, of its noun or none), two items or more and every item of the run; partial lists ("including") and
    parts far from the total (under 80% or over 125%: another scope) are not read."""
    by_doc = scanned(facts)
    for doc, _ in facts.checked():
        sentences = facts.extractions[doc.id].sentences
        numbered = {s.index: s for s in by_doc.get(doc.id, [])}
        for k, head in enumerate(sentences[:-1]):
            lead = numbered.get(head.index)
            if lead is None or BULLET.match(head.text) or not BULLET.match(sentences[k + 1].text):
                continue
            if not (_TOTAL_CUE.search(lead.text) or lead.text.rstrip().endswith(":")) or _PARTIAL.search(lead.text):
                continue
            dates = _dates(lead)
            figures = [n for i, n in enumerate(lead.nums) if not n.year and i not in dates]
            if len(figures) != 1 or figures[0].hedge is not None or not figures[0].is_count:
                continue
            written = figures[0]
            total = in_full(lead.text, written)
            if total is None:
                continue
            noun = _counted_noun(lead.text, written)
            listed: list[tuple[SentenceNums, list[Num]]] = []
            for item in sentences[k + 1 :]:
                if not BULLET.match(item.text):
                    break
                row = numbered.get(item.index)
                if row is None:
                    listed = []
                    break
                got = [i for i, n in enumerate(row.nums) if not n.year and i not in _dates(row)]
                part = _part_like(row, got[0], frozenset(), total, lead.text, noun) if len(got) == 1 else None
                if part is None or row.nums[got[0]].hedge is not None:
                    listed = []
                    break
                listed.append((row, [part]))
            parts = [p for _, ps in listed for p in ps]
            if len(parts) < _MIN_BULLETS or _PARTIAL.search(" ".join(r.text for r, _ in listed)):
                continue
            if not 0.8 * total.value <= sum(p.value for p in parts) <= 1.25 * total.value:
                continue
            evidence = [quote_nums(facts, lead, [written]), *(quote_nums(facts, r, ps) for r, ps in listed)]
            yield _listed_verdict(rule, total, parts, evidence, " (the list below it)")
