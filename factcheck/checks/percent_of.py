"""percent_of: a stated share of a stated whole disagrees with the stated part.

What it flags: a sentence that gives a part, its whole and the share between them, where the part divided by the
whole does not fall in the share's interval (rounding of the last stated digit, hedges, a fraction word's slack of
2.5 points, plus the rule's tolerance). Forms: "X of N, or Z%", "X out of N (Z%)", "Of N …, X — Z — …", "Of N …,
Reyes received X, or Z%", "N …, Z% of them (X)", "N …, X of them, or Z%" (or ", and X of them, or Z%"), "N …,
of whom X — Z —" (or "(Z)", ", or Z,"; "of which" too, and sums in one currency and magnitude: "raised £12m, of
which £4m — a third —"; the phrase after N may hold a length of time, a year or a small number in words: "2,940 callouts
over the five days, of which 1,130, or 47%"),
"$148m …, $61m of it — Z —" (the aside closed, its share not "of" another whole), "X jobs, or Z% of its
N(-strong) workforce", "X, or Z% of the ⟨noun phrase⟩, estimated at N", "X tonnes, Z% of the UK's total landings of N
tonnes" (the whole after a noun of an amount — total, output, sales, workforce …, or budget, revenue … for sums in one
currency — in the part's unit: not "40% of the budget of 3 departments"); a spaced hyphen is read as a dash ("X - Z -");
the whole may follow a possessive ("of the company's N", "of Acme's N", a name of up to three words: "of South
Africa's N") or "those"/"these" ("Of those N people, X — Z —"), and a share of people may be given as
"people" in a dash or bracket apposition ("Z of the N workers — some X people —"). A ratio "one in five", "3 in 10"
is a share (± 2.5 points, like "a fifth"); not "2 in 10 minutes". The whole's phrase in "Of N …, X — Z —" may hold
counts of other things after a preposition ("enrolled at 214 sites in 19 countries"), lengths of time ("who waited
longer than 12 hours") and short spans of years ("in the 2025-26 season"); its part and whole may be sums in one
currency and magnitude ("Of the £412m, £103m — about a quarter —"). The share may be an aside between the part
and its whole: "£96m — almost a third — of the £318m budget", "1,800 (30%) of the 6,000 trees", "95, or a quarter,
of the 400 admissions" (part and whole in one currency or none), or a dash aside after the part's phrase: "120 roads
resurfaced last year — a fifth of the 600 roads it maintains" (part and whole of one named unit or one currency).
The share may be named as a rate of the part ("X of N …, a pass rate of Z", "Of N …, X passed, an acceptance rate
of Z": a short predicate of the part before it; never a price or a change per period: "an interest rate of 5%"),
or as a turnout ("Of N registered voters, X cast their ballots, a turnout of Z": the part said to take part, the
whole a count of people, not of votes: "won X of the N votes cast, a turnout of Z" is a share of the electorate).
The share may be named by a verb of amounting ("X of the N …, representing Z% coverage", "equivalent to"), and a
part and whole with one magnitude glued to both ("Of the 2.2m callers, 1.6m — 73% —") are compared as written.
After "Of N …, X ⟨a predicate without numbers, commas or dashes⟩", an aside that opens with the share and closes
the clause renames the part as a share of the whole named again, by its noun, by the same owner ("Of the city's 240
districts, 60 … – about a quarter of the city's wards") or as "the total".
The predicate may hold commas before a dash aside ("53 listed clubs in A, B or C — about a third of the field");
"half" names its whole without "of" ("— half the line-up —"); the field, line-up, cohort, sample and group name any
whole again; after ", or" the share may close the clause with no whole ("27 are to go to local yards, or more than
two-thirds, the company said").
"X of (the) N ⟨a phrase without numbers or commas⟩, Z of them" ("74 of the 98 campuses it runs have shut, roughly 60
per cent of them"): a share of the whole, "them" closing the clause; after "or" too, when the phrase may hold a share
of something else ("9 of the 30 schools met the 95% target, or 30% of them").
After "or", the share may name its whole again by one word that closes the clause ("1,200 of the 4,000 seats sold
over the two nights, or 30% of the audience"; without "or" it may be a share of another whole); the phrase after the
whole of "X of N" may hold numbers that are years, small numbers in words or lengths of time.
"Among N …, X — Z —" reads as "Of N …"; ages in the whole's phrase or the part's predicate are no counts ("Among the
388 respondents aged 18 to 34, 201 – more than 60 per cent –", "Of the 118 people killed, 41 were 24 or younger —
about 45% of all victims —"); "of all ⟨one or two words⟩" names the whole again ("took £72.8m of the £96.4m total,
more than four-fifths of all party income"); the part of a verb of amounting may carry its noun phrase ("The 62 posts
to go represent almost 9 per cent of the council's 1,310-strong workforce": the same noun as the whole's, or the
whole's noun a compound); a small number after a capitalised noun in the sentence before ("across Regions 1 and 2") is
a label, never the whole of "Of these, …".
Hedges: the strict reading (``Num.bounds``): "over 80 of 350" is any share above 22.9%, "more than a third" any
share above 33.3% (the fraction word's slack only on the side the hedge leaves open).
Why it matters: a share that does not match its own numbers is the commonest arithmetic slip in copy.
Flags: "Of the 350 members polled, 84 — about a third — backed the plan."
Passes: "Of 1,200 staff, 300 — a quarter — were laid off."
Parameters: tolerance (percentage points added to both sides of the share; default 0.5).
Known false positives: a share of a different whole placed right after a part ("30 of the 90 firms, 12% of the
sector"); the part must not be followed by a list or "of them", and units of part and whole must agree.
A share of "that"/"those" opening a sentence ("About a third of them, 1,300 logs, …", "Of those, 120 — a quarter —
…") takes as its whole the one count of the part's things in the sentence before, never a change's start or size ("up
from 45,120", "an increase of 3,140"), in the same paragraph (or in the paragraph before when the sentence opens "Of
those, …", as "Of those, 120 reefs — half of all those surveyed —", or when the share names its whole "of all" the
part's things; the whole's noun may follow a modifier: "1,080 individual reefs") ("those who
left" only when the sentence before says "left"; "those"/"these" with a noun phrase, "Of those part-time students,
…", only when the sentence before holds every content word of the phrase and the phrase ends in a plural); the share
may follow a short predicate of the part, with no "and" and no other share in it, after ", or" or a dash, and name
the group again by the phrase's noun: "Of those dogs, 160 were strays, or 40% of the dogs" (after "all", by any
short phrase: "Of those, 430 are freight trains – more than half of all traffic on the route"; a word right after
the part is its noun only when plural: "160 study …" is a verb); a bare "X votes, or Z%." takes the whole of "X'
votes, or Z'% of the N" in the sentence before. "Of the £412m, £103m — about 40% —": sums in one currency and
magnitude.
The recipient form also takes present and future verbs of getting and sums in one currency and magnitude: "Of the
£412m, schools will get £121m, or 29%".
Shares of a total stated earlier ("Turnout: 9,42,310 votes. … 3,96,120 votes, or 42 per cent of the total. …
2,61,880 votes, or 31 per cent"): when an exactly stated share within two sentences fits a number stated before
both as its whole, the other shares of that kind of amount are checked against it (the total, its fitting share and
the share checked are the evidence).
A share credited to a name by a verb of getting ("Whitlock finished on about 42 percent", also gapped: ", and Kingi on
15 percent"), whose count a sentence before gives right after the name ("gave Tane 18,412 votes", "Kingi finished
third on 6,233"; one count, never an age in commas), is such a share too: its part is that count.
A share of a total named by its noun ("Cloud sales jumped 34% to $1.31 billion …, and now make up 31% of total
revenue", "Asia contributed 9.1 billion crowns, or 32% of group sales") is checked against the one amount, in the
part's currency, that the nearest sentence before opening with that noun states ("Revenue rose 12% to $4.87 billion
…": after "to", "was", "totalled" …, never a change's start).
A share of the total whose rest is stated after it ("KES 1.8bn — some 60% of the total — goes on livestock; the
remaining KES 600m …", also "the rest of the", "the other", "the balance of") is a share of the part plus the rest
(one currency, or plain counts of the same things). "Of the ⟨group⟩, X ⟨a short predicate⟩, Z" (", or", a dash; the
share may name the group again by its noun or a collective noun: "of the field", then "and the …") takes as its whole
the one count the sentence before gives of the group by a word of the noun's stem ("28,412 finished" for "the
finishers"). The whole's phrase of "Of N …, X …, Z of ⟨the whole again⟩" may be a longer relative clause and its place
("Of the 1,150 people who applied for the first cohort at Central Ohio Technical College, 412 were accepted — nearly
half of all applicants").
The share reader (beside the forms above, for shares they leave unread): a share that names or implies its whole
renames the part linked to it (", or", a dash or bracket aside, a comma, "account for", "represent", "make up"; after
an article only a rate: "27 of 34 passes, an 85 per cent clip"), the last amount of its clause with no clause break
between. Its whole is the count after its own "of" ("720 flights were scrapped, about 5% of the 22,480 movements";
not people against things: "12 depots …, 20% of its 300 staff"), a count the share names by its noun within three
sentences before ("nearly 12 per cent of attendances" after "26,430 attendances"; "72% of the fleet" after "a fleet of
41"), for "the total", "the force" and other collectives the whole of "Of N …" opening the sentence, a count of people
for a whole of people ("employs 1,150 people, and the 740 drivers account for 72 per cent of that workforce"), or the
one count of the part's things in the sentence or the one before in its paragraph ("X of them – about a third of the
total"); a share with no "of" that closes its clause takes the whole of "Of N …" or of the part's own "X of N". Silent
when the share is a change, a rate per period or points, when the whole is not one count of the part's kind, and when
another pair of amounts in the sentence or the one before explains the share. An amount "added to" (or "on top of") a
base, then "— a Z increase", is that share of the base ("₹4,500 added to the monthly wage of ₹18,000 — a 25%
increase"; not "a 20% increase over three years").
A whole named elsewhere (for a share the reader leaves without one whole): "X …, about Z of the ⟨noun⟩" takes the
one amount of the document that noun or a related one names (attendance / crowd / gate, respondents / responses /
"who answered", vote / poll / ballots, applicants / "who applied", entrants): the noun after it or after its magnitude
("a £96m budget"), the noun it is "of" ("a crowd of 6,412"), a label ("Attendance: 6,412"), a subject before a verb of
amount ("The ground will hold 32,000", "borrowing reached £118.4bn") or a collective it makes up ("842 buses in the
fleet"), written with the share's modifiers ("the valid vote": "4,271 valid votes"); "the total" is the total of the
part's own things ("International visitors numbered 412,000 – … of the total" after "1.34 million visitors") or of its
modifier ("the violent total"). Before the share, or after it only with a modifier or as a label; silent when such
amounts are of more than one value, of another period or an average ("last season's average crowd of 5,000"), or of
another currency or magnitude; the message says which sentence gave the whole. The whole of "Of N …" is named by the
doer of its verb too ("Of the 1,240 growers who answered …, 434 … – about 45 per cent of respondents"). A threshold
("below the 76kg/hl normally demanded") is never the part; a run-in heading in bold ("**Most glaciers in retreat.** Of
38 …") leaves "Of N …," opening its sentence.
Magnitudes: a part and whole of one currency (or plain counts) with different glued magnitudes are read in full
("Of the €1.2bn raised, €410m — about a third —", "Of the 4.8m journeys, 390,000 – about one in 12 –"), unless the
part is then under a hundredth of the whole (a slip of magnitude). A ratio "one in M" commits to an eighth of its
share when that is less than a fraction word's slack ("about one in 12": 8.3 ± 1.0 points). "X out of N, Z of the
total" names the whole again; "X, at N, made up Z of the N' …" reads the part in commas; "That works out at more than
a quarter of all claims." takes fraction words, and an apposition after the share (", the highest since 2017");
"Hikers accounted for 1,010 of them — nearly half." takes the count of the sentence before (days of dates are no
counts); after "Of N …, X ⟨predicate⟩" a dash aside that closes the sentence ("– just under 15 per cent.") is the
part's share when the predicate names no change or rate. "N tonnes …, of which X tonnes — Z —": the part may repeat
the whole's unit. "X a month amounts to a Z increase on the ⟨phrase⟩ of Y" (represents, means): X over its base Y is
the increase (one currency, or plain counts), as "X added to Y — a Z increase". A number bracketed right after the
whole's unit, in another unit, is the whole converted, never a part ("half of its 45,000 sq ft (4,180 sq m)").
Not tried: other shares spread across sentences, shares of a total that is itself computed, percent changes.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, dashes, fail, ok
from factcheck.checks._numeric import (
    CURRENCY_SIGN,
    FALL_WORDS,
    OWNER,
    RISE_WORDS,
    STOPWORDS,
    Num,
    SentenceNums,
    canonical_noun,
    compared_with,
    content_stems,
    count_in_full,
    currency_sign,
    day_of_month,
    fmt_iv,
    glued,
    in_full,
    is_plural,
    letter_currency,
    matches,
    numbered_sentences,
    pct,
    quote_nums,
    ratios,
    scanned,
)
from factcheck.checks._registry import register_check
from factcheck.extract.quantities import unit_abbreviation
from factcheck.extract.sentences import reading_text
from factcheck.facts import FactBase
from factcheck.intervals import Interval
from factcheck.models import Evidence
from factcheck.rules.base import RuleBase

_CUR = CURRENCY_SIGN  # a currency sign before an amount


class PercentOfRule(RuleBase):
    type: Literal["percent-of"] = "percent-of"
    tolerance: float = Field(0.5, ge=0, description="percentage points of slack on each side of the stated share")


# A determiner before the whole, possessives included ("of the company's 60,000 packs", "of its 800 staff").
# "of a total capacity of 14,200": a total named by its noun.
# A name of up to three words may own the whole ("of South Africa's 257 municipalities"), and "those"/"these" may
# point back to it ("Of those 1,284 people, …").
_DET = rf"(?:the |its |their |our |his |her |all |those |these |a total (?:[a-z]+ )?of |some |{OWNER})?"
_GAP = r"[^⟨⟩;:.!?]{0,50}?"
# The same with numbers, which _gap_ok checks ("1.4m of the 3.9m tickets sold over the three days, or 36%").
_NUM_GAP = r"(?:[^⟨⟩;:.!?]|⟨\d+⟩){0,50}?"
# ", or Z% of the audience": after "or", a share of a whole named again by one word, closing the clause (_or_renamed).
# (or "of ⟨an owner⟩'s total": "…, or about 9 percent of Acme's total")
_RENAMED_WHOLE = (
    r"(?P<renamed> of (?:(?:the|all|its|their) [a-z][\w-]*|(?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*['’]s total)"
    r"(?=\s*(?:[,.;)—–]|--|$)))"
)
_SEP = (
    r"(?:(?:(?:,| —| –| --)? | \()or (?:about |roughly |some |nearly |almost )?|, | — | – | -- | \(|: "
    # "…, representing 53% coverage", ", equivalent to 40%": the share named by a verb of amounting
    r"|(?:,| —| –) (?:representing|equivalent to|equal to|amounting to) (?:about |roughly |some |nearly |almost )?)"
)
# After "Of (the) N": a phrase without commas that may hold a year or a small number in words ("Of the 900 homes
# built in 2024", "Of the 300 staff at its two plants"); _gap_ok checks the numbers in it.
_OF_GAP = r"(?:[^⟨⟩;:.!?,]|⟨\d+⟩){0,70}?"
# "…, Reyes received X" / "…, the union's candidate won X": a short subject and a verb of getting or choosing.
_WHO = r"(?:the |a |an )?(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)(?: (?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)){0,3}?"
_GOT = (
    r"(?:[a-z]{3,}ed|won|took|got|drew|had|sold|chose|voted for|opted for|said"
    r"|(?:(?:will|would|is to|are to) )?(?:get|gets|receive|receives|take|takes|win|wins))"
)
# The part's own noun phrase before ", or Z% of …": a few words, no number, no clause break.
_PART = r"(?: [\w’'-]+){0,4}?"
_G = r"(?:[A-Za-z]{1,3}\b)?"  # a glued magnitude or unit ("£96m")
_ESTIMATED = r"(?:(?:estimated|put|thought|believed|reckoned) (?:at|to be)|numbering|totall?ing)"
_NOT_LIST = r"(?![\w ]{0,25}?(?:,\s*⟨|\band\s+⟨))(?!\s*(?:of|per|each|a|an)\b)"
# A share given as an aside after the part ("X — Z —", "X (Z)", "X, or Z%"), closed where the aside ends: not "X —
# a third more than …" nor "X — 12% of the national total —".
_ASIDE = r"(?:(?:,| —| –| --)? or (?:about |roughly |some |nearly |almost )?| — | – | -- | \()"
_ASIDE_END = r"(?=\s*(?:[—–),.;]|--|$))"
# The share named as a rate of the part in the whole ("…, a pass rate of 91%", "an acceptance rate of 25%", "the
# share of 40%"): after it, the part may carry a short predicate ("Of the 1,200 applicants, 300 were accepted, an
# acceptance rate of 25%": one to four lower-case words, no number, no "and").
# A rate needs a word naming what it counts, never a price or a change per period ("an interest rate of 5%").
_NOT_SHARE_RATE = (
    r"interest|growth|tax|exchange|inflation|mortgage|discount|lending|borrowing|savings|base|policy|repo|coupon"
    r"|annual|annualised|annualized|hourly|daily|weekly|monthly|yearly|fixed|variable|compound|average|vat|VAT"
)
_RATE_OF = (
    r", (?:a|an|the) (?:(?:[a-z][\w-]* )?(?:percentage|share|proportion)"
    rf"|(?:[a-z][\w-]* )?(?!(?:{_NOT_SHARE_RATE})\b)[a-z][\w-]* rate|(?:[a-z][\w-]* )?(?P<turnout>turnout)) of "
    r"(?:about |roughly |some |nearly |almost |just over |just under )?"
)
# "…, a turnout of Z": the share of those who took part, so the part must be said to take part ("cast", "voted") and
# the whole must count people, not votes ("won 5,000 of the 9,000 votes cast, a turnout of 45%" is a share of another
# whole, the electorate).
_TOOK_PART = re.compile(
    r"(?i)\b(?:cast|voted|vote|turned out|took part|take part|participated"
    r"|returned (?:their|a|the)? ?(?:ballots?|votes?))\b"
)
_VOTES_WHOLE = re.compile(r"(?i)\s*(?:valid |spoilt |postal |total )?(?:votes?|ballots?|ballot papers)\b")
# The part's noun phrase before a verb of amounting ("The 62 posts to go represent 9% of …"): up to four lower-case
# words, no number, no conjunction or relative word.
_PART_NOUN = r"(?: (?!(?:and|or|of|but|which|who|that|while|with|than)\b)[a-z][\w’'-]*){0,4}?"
# "Of N …, X" or "Among N …, X": the part is some of the whole.
_OF_OPEN = r"(?:[Oo]ut of|[Oo]f|[Aa]mong)"  # ("Out of N …, X" reads as "Of N …")
_PREDICATE_SHORT = r"(?P<pred>(?: (?!(?:and|or|of|but|a|an|the)\b)[a-z][\w’'-]*){0,4})"
# X …, or Z% of its N(-strong) … ("cut 1,150 jobs, or 7% of its 11,600-strong workforce"; a magnitude glued to both:
# "sold 15.1m phones, or a fifth of the 75.5m total", the two magnitudes checked alike where it is read)
_GLUED_BOTH = re.compile(
    rf"⟨(?P<x>\d+)⟩(?P<gx>{_G}){_PART}, or ⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩(?P<gap>)"
    r"(?!\s*(?:and|or|to)\b|\s*[-–]\s*⟨)"
)
_PATTERNS = [
    # X (out) of (the) N …, or Z% / …, a pass rate of Z% (the part's noun may come before "out of": "3,150 unfilled
    # places out of a total capacity of 14,200, or 29%")
    re.compile(
        # (the part's noun phrase may hold a time and a comma: "212 visits last year, out of 3,890 across the region")
        # (sums in one currency and magnitude: "received €410m of the €1,200m, about 40 per cent")
        rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩(?(cx){_G})"
        rf"(?:(?: [a-z][\w-]*){{1,2}} out of|(?: [a-z][\w-]*){{1,4}}, out of| (?:out )?of) {_DET}"
        rf"(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩(?(cn){_G})(?P<gap>{_NUM_GAP})"
        rf"(?:{_SEP}|{_RATE_OF})⟨(?P<z>\d+)⟩"
        rf"(?:(?! of\b)|{_RENAMED_WHOLE})"
    ),
    # Of (the) N …, X — Z — (also sums: "Of the £412m, £103m — about a quarter —", one currency and magnitude);
    # Of (the) N …, X passed, a pass rate of Z%
    re.compile(
        rf"\b{_OF_OPEN} {_DET}(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩(?P<gap>{_OF_GAP}), (?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G}"
        rf"(?:{_SEP}|{_PREDICATE_SHORT}{_RATE_OF})⟨(?P<z>\d+)⟩(?! of\b)"
    ),
    # Of (the) N ballots cast, Reyes received X, or Z% (also sums: "Of the £412m, schools will get £121m, or 29%")
    re.compile(
        rf"\b[Oo]f {_DET}(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩(?P<gap>{_OF_GAP}), {_WHO} {_GOT} (?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G}"
        rf"{_SEP}⟨(?P<z>\d+)⟩(?! of\b)"
    ),
    # Z% of (the) N …, (about) X
    re.compile(rf"⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩(?P<gap>{_GAP}){_SEP}⟨(?P<x>\d+)⟩{_NOT_LIST}"),
    # N …, Z% of them (X)
    re.compile(rf"⟨(?P<n>\d+)⟩(?P<gap>{_GAP}), ⟨(?P<z>\d+)⟩ of (?:them|whom|which|those){_SEP}⟨(?P<x>\d+)⟩"),
    # N …, X of them, or Z% (also a clause of its own: "treated 300 people, and 120 of them, or 40%, …")
    re.compile(rf"⟨(?P<n>\d+)⟩(?P<gap>{_GAP}), (?:and )?⟨(?P<x>\d+)⟩ of (?:them|whom|which|those),?{_SEP}⟨(?P<z>\d+)⟩"),
    # N …, of whom X — Z — / (Z) / , or Z% (also sums: "raised £12m, of which £4m — a third —"); the phrase may hold
    # a length of time, a year or a small number in words ("2,940 callouts over the five days, of which …": _gap_ok),
    # tried at every number (_matches); the part may repeat the whole's unit ("6,100 tonnes a day, of which 1,830
    # tonnes — about 30% —": the nouns after part and whole must agree)
    re.compile(
        rf"(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩{_G}(?P<gap>(?:[^⟨⟩;:.!?]|⟨\d+⟩){{0,50}}?), of (?:whom|which) "
        rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G}(?: [a-z]+)?{_ASIDE}⟨(?P<z>\d+)⟩{_ASIDE_END}"
    ),
    # N …, X of it — Z — (sums in one currency and magnitude: "took $148m worldwide, $61m of it — over a third —")
    re.compile(
        rf"(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩{_G}(?P<gap>{_GAP}), (?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G} of it,?"
        rf"{_ASIDE}⟨(?P<z>\d+)⟩{_ASIDE_END}"
    ),
    # Z of (the) N ⟨a longer phrase without commas⟩, or X ("one in five of the 3,400 homes inspected in …, or 910")
    re.compile(rf"⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩(?P<gap>[^⟨⟩;:.!?,]{{0,110}}?), or ⟨(?P<x>\d+)⟩{_NOT_LIST}"),
    # X of (the) N ⟨a longer phrase without commas⟩, (or) Z% of them ("74 of the 98 campuses it runs have shut
    # completely, roughly 60 per cent of them."): the share of the whole, "them", closing the clause; the phrase may
    # hold a share of something else ("9 of the 30 schools met the 95% target, or 30% of them": _gap_ok's shares)
    re.compile(
        rf"⟨(?P<x>\d+)⟩ (?:out )?of {_DET}⟨(?P<n>\d+)⟩(?P<gap>(?:[^⟨⟩;:.!?,]|⟨\d+⟩){{0,110}}?), (?:or )?⟨(?P<z>\d+)⟩"
        r" of them(?=\s*(?:[,.;)—–]|--|$))"
    ),
    _GLUED_BOTH,
    # X — Z — of (the) N / X (Z) of the N / X, or Z, of the N: the share an aside between the part and its whole
    # ("£96m — almost a third — of the £318m budget"); part and whole in one currency or none (_APPOSED)
    re.compile(
        rf"⟨(?P<x>\d+)⟩{_G}(?P<gap>)(?: — ⟨(?P<z>\d+)⟩ — | – ⟨(?P<z2>\d+)⟩ – | -- ⟨(?P<z3>\d+)⟩ -- "
        rf"| \(⟨(?P<z4>\d+)⟩\) |, or ⟨(?P<z5>\d+)⟩, )of {_DET}{_CUR}?⟨(?P<n>\d+)⟩"
    ),
    # X ⟨a phrase without numbers or commas⟩ — Z of (the) N ("760 tonnes lost at sea last year — one in four of the
    # 3,000 tonnes landed"): the share of the whole in a dash aside; part and whole of one named unit (_DASHED)
    re.compile(
        rf"⟨(?P<x>\d+)⟩{_G}(?P<gap>(?: (?!or\b|and\b)[\w’'-]+){{1,8}}?) (?:—|–|--) ⟨(?P<z>\d+)⟩ of {_DET}{_CUR}?"
        rf"⟨(?P<n>\d+)⟩(?!\s*(?:and|or|to)\b|\s*[-–]\s*⟨)"
    ),
    # X …, or Z% of the ⟨noun phrase⟩, estimated at N
    re.compile(rf"⟨(?P<x>\d+)⟩{_PART}, or ⟨(?P<z>\d+)⟩ of the [a-z](?P<gap>{_OF_GAP}), {_ESTIMATED} ⟨(?P<n>\d+)⟩"),
    # X make(s) up / account(s) for / represent(s) Z% of (its) N ("loans of $6.1 billion make up 31% of its $24.8
    # billion loan book"; the part in commas: "Vans, at 4,300, made up …"): a verb of amounting between the part and
    # its share of the whole (_SHARE_VERB_OF)
    re.compile(
        rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G}(?P<gap>)(?P<pnoun>{_PART_NOUN}),? (?:(?:make|makes|made|making) up"
        rf"|(?:account|accounts|accounted) for|(?:represent|represents|represented)) ⟨(?P<z>\d+)⟩ of {_DET}"
        rf"(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩"
        r"(?!\s*(?:and|or|to)\b|\s*[-–]\s*⟨)"
    ),
]
# X …, (or) Z% of (the UK's) ⟨noun phrase⟩ of N ("310,000 tonnes, 62% of the UK's total landings of 560,000 tonnes"):
# the whole after its noun; the part and the whole must be of the same unit (_same_unit).
_WHOLE_AFTER = re.compile(
    rf"⟨(?P<x>\d+)⟩(?:[A-Za-z]{{1,3}}\b)?{_PART}, (?:or )?⟨(?P<z>\d+)⟩ of {_DET}"
    rf"(?P<gap>[a-z][\w-]*(?: [a-z][\w-]*){{0,3}}?) of (?:the |some |a total of )?{_CUR}?⟨(?P<n>\d+)⟩"
    rf"(?:[A-Za-z]{{1,3}}\b)?(?!(?: [a-z]+)?\s*(?:and|or|to|-|–)\s*{_CUR}?⟨)"
)

# X things, Z% of (the) N ("polled 4,120 votes, 23.5 per cent of the 17,530 cast"): the share stated right after a
# part named by its noun, of a whole that counts the same things, by name or elided before a participle (_elided).
_RIGHT_AFTER = re.compile(
    rf"⟨(?P<x>\d+)⟩ [a-z][\w-]*, ⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩(?P<gap>)(?!\s*(?:and|or|to)\b|\s*[-–]\s*⟨)"
)
# A whole whose noun is elided: a participle right after it ("of the 17,530 cast", "of the 9,000 issued").
_PARTICIPLE_AFTER = re.compile(r"\s+(?:cast|sold|held|won|[a-z]+ed)\b")

# "Of (the) N …, X", "N …, of whom X", "N …, X of it": part and whole of one kind (plain, or one currency)
_OF_WHOLE = (_PATTERNS[1], _PATTERNS[2], _PATTERNS[6], _PATTERNS[7])
_OF_THEM_AFTER = _PATTERNS[9]
_APPOSED = _PATTERNS[-4]
_DASHED = _PATTERNS[-3]
_SHARE_VERB_OF = _PATTERNS[-1]


def may_match(skel: str) -> bool:
    """False only when no pattern can match the skeleton: every one holds "of " or "Of " ("X of N", "Of N"), or
    "among " ("Among N …, X")."""
    return "of " in skel or "Of " in skel or "mong " in skel


_NOUN_AFTER = re.compile(r"\s*([A-Za-z²³]+(?:\s?[²³])?)")


def _noun_after(text: str, n: Num) -> str | None:
    m = _NOUN_AFTER.match(text, n.end)
    if not m or text.startswith("-", m.end()):  # a compound modifier ("new-build homes"): the noun is unknown
        return None
    w = m.group(1).lower()
    if w in {
        "out",
        "or",
        "of",
        "and",
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "in",
        "on",
        "at",
        "to",
        "who",
        "that",
        # a preposition opens the whole's place or scope, not its noun ("out of 3,890 across the region")
        "across",
        "from",
        "for",
        "by",
        "with",
        "among",
        "within",
        "throughout",
    }:
        return None
    return canonical_noun(w)


def _nouns_after(text: str, n: Num) -> set[str]:
    """The noun after ``n`` (_noun_after) and, when that word is a singular modifier, the plural after it ("1,080
    individual reefs")."""
    first = _noun_after(text, n)
    if first is None:
        return set()
    m = _NOUN_AFTER.match(text, n.end)
    nxt = _NOUN_AFTER.match(text, m.end()) if m and not is_plural(m.group(1)) else None
    if nxt is None or not is_plural(nxt.group(1)) or text.startswith("-", nxt.end()):
        return {first}
    return {first, canonical_noun(nxt.group(1).lower())}


# Nouns for people, any of which a general "people" in an apposition may count ("640 workers — some 410 people —").
_PERSONS_TEXT = """
worker person child soldier civilian man woman student pupil passenger patient voter member employee teacher
nurse doctor adult customer player officer visitor tenant pensioner driver miner applicant resident
"""
_PERSONS = frozenset(_PERSONS_TEXT.split())
_OPEN = re.compile(r"(?:—|–|--| -|\()\s*$")
_OPEN_HEDGED = re.compile(r"(?:—|–|--| -|\()(?:\s*[a-z]+){1,3}\s*$")  # "— some 410", "(just over 410"
_CLOSE = re.compile(r"\s*(?:—|–|--|- |\))")


def _apposed_people(text: str, x: Num, ux: str | None, un: str | None) -> bool:
    """The part is a dash or bracket apposition counting "people" of a whole that counts people."""
    if ux != "person" or un not in _PERSONS:
        return False
    word = _NOUN_AFTER.match(text, x.end)
    opened = (_OPEN_HEDGED if x.hedge else _OPEN).search(text, 0, x.start)
    return bool(word and opened and _CLOSE.match(text, word.end()))


_CURRENCY = re.compile(_CUR)
_GLUED = re.compile(r"[A-Za-z]{0,3}\b")


def _currency(text: str, n: Num) -> str:
    """The currency symbol written right before a number, or ""."""
    return text[n.start - 1] if n.start > 0 and _CURRENCY.match(text, n.start - 1) else ""


def _same_kind(text: str, m: re.Match[str], x: Num, n: Num) -> bool:
    """Part and whole are both sums in one currency (of one magnitude, or of magnitudes read in full: "€410m of the
    €1.2bn"), or both plain numbers with nothing glued, or with one magnitude glued to both ("Of the 2.2m callers,
    1.6m — 73% —": their ratio is the ratio as written), or with count magnitudes read in full ("Of the 4.8m
    journeys, 390,000 …")."""
    if m.group("cn") or m.group("cx"):
        return _money(text, x, n)
    gx, gn = glued(text, x), glued(text, n)
    if not gx or gx == gn:
        return not gx or not _currency(text, n)
    return _full_pair(text, x, n) is not None and not _currency(text, n)


def _money(text: str, x: Num, n: Num) -> bool:
    """Part and whole are sums in one currency with the same glued magnitude ("£1.2bn" … "£15bn"), or with
    magnitudes both read in full ("£410m" … "£1.2bn")."""
    if x.start == 0 or n.start == 0:
        return False
    cx, cn = _CURRENCY.match(text, x.start - 1), _CURRENCY.match(text, n.start - 1)
    return cx is not None and cn is not None and cx.group(0) == cn.group(0) and _full_pair(text, x, n) is not None


def _full_pair(text: str, x: Num, n: Num) -> tuple[Num, Num] | None:
    """Part and whole as their ratio reads: as written when the same letters are glued to both, else each read
    through its glued magnitude (a sum's "m", "bn"; a count's "m", "bn" before its noun: "390,000 of the 4.8m
    journeys"); None when a glue is no magnitude, or when the part read in full is under a hundredth of the whole
    ("£20,000 of the £80m": a slip of magnitude, not of the share)."""
    if glued(text, x) == glued(text, n):
        return x, n
    money = bool(_currency(text, x))
    fx, fn = ((in_full(text, v) if money else count_in_full(text, v)) for v in (x, n))
    if fx is None or fn is None or glued(text, fx) or glued(text, fn) or fx.value < fn.value / 100:
        return None
    return fx, fn


# Nouns of an amount stated right after them ("total landings of 560,000 tonnes"): money only for money words (not
# "the budget of 3 departments", whose "of" names an owner), any same unit for the others.
_MONEY_TEXT = "budget spending income revenue revenues turnover debt cost costs bill earnings profit profits"
_AMOUNT_TEXT = """
total landings catch output production exports imports sales capacity supply consumption emissions harvest volume
stock stocks reserves workforce population membership electorate intake enrolment
"""
_MONEY_HEADS = frozenset(_MONEY_TEXT.split())
_AMOUNT_HEADS = frozenset(_AMOUNT_TEXT.split())


def _whole_after_ok(text: str, gap: str, x: Num, n: Num) -> bool:
    """In "X, Z% of ⟨noun phrase⟩ of N" the phrase names an amount whose size is N, in the part's unit."""
    head = gap.split()[-1].lower()
    if " of " in f" {gap} ":
        return False
    if _money(text, x, n):
        return head in _MONEY_HEADS or head in _AMOUNT_HEADS
    ux = _noun_after(text, x)
    return head in _AMOUNT_HEADS and ux is not None and ux == _noun_after(text, n)


_OR_BEFORE = re.compile(r"\bor (?:about |roughly |some |nearly |almost )?$")
_PREP_BEFORE = re.compile(r"\b(?:at|in|across|from|on)\s$")
_PERIOD_AFTER = re.compile(r"(?i)\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b")
# An age bound: "aged 18 to 34", "aged over 65", "24 or younger", "65 and over", "under-25s" is not read.
_AGED_BEFORE = re.compile(r"\b(?:aged|ages) (?:(?:over|under|between|from) )?(?:\d+ ?(?:to|and|or|-|–) ?)?$")
_AGE_AFTER = re.compile(r"(?:-year-olds?| years? old| (?:or|and) (?:younger|older|over|under|above|below)\b)")


def _age(sent: SentenceNums, n: Num) -> bool:
    """``n`` is a plain whole number of years of age ("aged 18 to 34", "24 or younger", "65 and over")."""
    if not n.is_count or n.value != int(n.value) or not 0 < n.value < 120:
        return False
    if _AGED_BEFORE.search(sent.text[max(0, n.hstart - 30) : n.hstart]):
        return True  # "aged over 65": the hedge bounds the age
    return n.hedge is None and _AGE_AFTER.match(sent.text, n.end) is not None


def _gap_ok(sent: SentenceNums, gap: str, whole: Num, preps: bool, shares: bool = False) -> bool:
    """Numbers between the whole and the part may only be years, small numbers in words ("its two plants"), with
    ``preps``, a count of something else after a preposition ("enrolled at 214 sites in 19 countries") or, with
    ``shares``, a percentage (a share of something else when the share checked names its whole: "of them")."""
    for i in re.findall(r"⟨(\d+)⟩", gap):
        g = sent.nums[int(i)]
        if g.year or (g.words and g.is_count and g.value <= 12) or (shares and g.percent):
            continue
        if g.is_count and _PERIOD_AFTER.match(sent.text, g.end):
            continue  # a length of time, never a count of the whole's things ("who waited longer than 12 hours")
        if _age(sent, g):
            continue  # "respondents aged 18 to 34": an age bound, never a count
        if preps and g.is_count and g.hedge is None and _PREP_BEFORE.search(sent.text, 0, g.start):
            word, noun = _NOUN_AFTER.match(sent.text, g.end), _noun_after(sent.text, g)
            if word and noun and is_plural(word.group(1)) and noun != _noun_after(sent.text, whole):
                continue
        return False
    return True


# The whole in the sentence before, in the same paragraph: "The mill sawed 4,000 logs in May. About a third of them,
# 1,300 logs, went for export." / "… Of those, 1,300 — about a third — went for export." (_follow_up)
# "those"/"these" may name the group ("Of those part-time students, …": _group_named checks the sentence before), and
# the share may follow a short predicate of the part ("Of those, 160 were strays, or 40%", or in a dash aside: "Of
# those, 160 were strays – about 40% of all the dogs"), then name the group again ("or 40% of the dogs", the phrase's
# own noun; after "all", any noun: "of all traffic on the route").
_WORD = r"[a-z][\w’'-]*"
_THAT = (
    r"(?:(?:that|this|those|these|them|it)(?: total| figure| amount| number| (?P<rel>(?:who|that|which) [a-z]+))?"
    rf"|(?:those|these) (?P<np>(?:{_WORD} ){{0,2}}{_WORD}))"
)
_PREDICATE = rf"(?: (?!(?:and|or|of)\b)(?:{_WORD}|[A-Z][a-z]+|⟨\d+⟩)){{1,8}}?"
_AGAIN = rf"(?: of (?:the|those|these|all) (?:{_WORD} ){{0,2}}(?P<again>{_WORD})| of all (?:{_WORD} ){{1,5}}{_WORD})?"
_FOLLOW_UP = [
    re.compile(rf"^⟨(?P<z>\d+)⟩ of {_THAT}(?:,| —| –| \()? ⟨(?P<x>\d+)⟩"),
    re.compile(rf"^Of {_THAT}, ⟨(?P<x>\d+)⟩{_SEP}⟨(?P<z>\d+)⟩(?! of\b)"),
    re.compile(
        rf"^Of {_THAT}, ⟨(?P<x>\d+)⟩(?P<pred>{_PREDICATE})(?:,? or | — | – | -- )"
        r"(?:about |roughly |some |nearly |almost )?"
        rf"⟨(?P<z>\d+)⟩{_AGAIN}(?! of\b)(?=\s*(?:[.;,)—–]|$))"
    ),
    # a second part after "and", its share a dash aside naming the whole again: "Of those, 1,012 are juniors, and 506
    # come from rural clubs – more than a third of all entrants" (the predicate may hold "and", no number)
    re.compile(
        rf"^Of {_THAT}, ⟨\d+⟩(?:[^⟨⟩;:—–]|⟨\d+⟩){{0,80}}?,? and ⟨(?P<x>\d+)⟩(?P<pred>(?: (?!or\b){_WORD}){{1,10}}?) "
        rf"(?:—|–) ⟨(?P<z>\d+)⟩ of (?:the|all) (?:{_WORD} ){{0,2}}(?P<again>{_WORD})(?=\s*(?:[.;,)—–]|$))"
    ),
    # "X of them" after a subject and its verb, the share an aside closing the clause: "Hikers accounted for 1,010 of
    # them — nearly half." (no number before the part)
    re.compile(
        rf"^[^⟨⟩;:—–]{{1,80}}? ⟨(?P<x>\d+)⟩ of (?:them|those|these){_SEP}⟨(?P<z>\d+)⟩(?! of\b)(?=\s*(?:[.;)—–]|$))"
    ),
    # the group named by "the" and its plural noun: "Of the finishers, 11,930 were women – roughly 40% of the field"
    # (the share may name the group again, by its noun or a collective noun of _WHOLE_NAMES, then "and the …"); the
    # whole is the one count the sentence before gives of the group by a word of the noun's stem ("28,412 finished")
    re.compile(
        rf"^Of the (?P<the>)(?P<np>(?:{_WORD} )?{_WORD}), ⟨(?P<x>\d+)⟩(?P<pred>{_PREDICATE})(?:,? or | — | – | -- )"
        rf"⟨(?P<z>\d+)⟩(?: of the (?P<again>{_WORD}))?(?! of\b)(?:(?=\s*(?:[.;,)—–]|$))|(?P<more> and the\b))"
    ),
]


def _counts_group(text: str, n: Num, np: str) -> bool:
    """The word right after ``n`` names the group ``np`` by the same stem, as a noun or a verb ("28,412 finished" of
    "the finishers")."""
    word = _NOUN_AFTER.match(text, n.end)
    return word is not None and content_stems(word.group(1)) == content_stems(np.split()[-1]) != set()


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "Of those, 367 reefs — close to half of all those surveyed —": a share of every one of the part's things, whose
# count may close the paragraph before.
_OF_ALL = re.compile(r"⟩ of all\b")


def _paragraph_break(text: str, between: str) -> bool:
    """A blank line between two sentences, or a line break in copy whose paragraphs are single lines."""
    return _BLANK_LINE.search(between) is not None or ("\n" in between and _BLANK_LINE.search(text) is None)


# "Rivera won 5,200 votes, or 52% of the 10,000 cast. Berg took 3,100 votes, or 31%.": a share with no whole of its
# own after one of a whole in the sentence before, the part counting the same things (_parallel).
_BARE_SHARE = re.compile(r"⟨(?P<x>\d+)⟩(?P<noun> [a-z][\w-]*), or ⟨(?P<z>\d+)⟩(?=\s*(?:[.;)]|, (?!⟨)|$))")
_SHARE_OF = re.compile(rf"⟨(?P<x>\d+)⟩(?P<noun> [a-z][\w-]*), or ⟨(?P<z>\d+)⟩ of {_DET}⟨(?P<n>\d+)⟩")


def _parallel(sent: SentenceNums, prev: SentenceNums) -> Iterator[tuple[Num, Num, Num]]:
    """(part, whole, share) of each bare share whose whole is the one stated for the same things just before."""
    wholes = {
        m.group("noun"): prev.nums[int(m.group("n"))]
        for m in _SHARE_OF.finditer(prev.skeleton)
        if prev.nums[int(m.group("z"))].percent and prev.nums[int(m.group("x"))].is_count
    }
    if len(wholes) != 1:
        return
    for m in _BARE_SHARE.finditer(sent.skeleton):
        x, z, n = sent.nums[int(m.group("x"))], sent.nums[int(m.group("z"))], wholes.get(m.group("noun"))
        if n is not None and x.is_count and z.percent and n.is_count and 0 < x.value <= n.value:
            yield x, n, z


# "That was about 40 per cent of the total.": a sentence that opens on "that"/"this"/"it" and a verb of amounting, its
# share the first number, names the one "X of N" of the sentence before (_PAIR_BEFORE) as its part and whole.
_THAT_SHARE = re.compile(
    r"^(?:That|This|It|Which)(?: figure| number| amount| sum| total)? (?:was|is|represents|represented|made up|makes"
    r" up|amounts to|amounted to|accounts for|accounted for|equals|equalled|equaled|works out at|worked out at"
    r"|came to|comes to)(?: (?:just|only|roughly|about|around|almost|nearly|some|over|under|more than|less than"
    r"|close to|a little over|a little under))? ⟨(?P<z>\d+)⟩(?: of (?:the |all |its |their )?[a-z]+)?"
    # an apposition on the share, its numbers years only (", the highest share since 2017")
    r"(?P<tail>, (?:the|its|their) [^⟨⟩;,]*(?:⟨\d+⟩[^⟨⟩;,]*)*)?\s*[.;]?$"
)
_PAIR_BEFORE = re.compile(
    rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩(?(cx){_G}) (?:out )?of (?:the |its |their |his |her |our |all )?"
    rf"(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩"
)


def _that_share(sent: SentenceNums, prev: SentenceNums) -> tuple[Num, Num, Num] | None:
    """(part, whole, share) of "That was Z (of the total)." (a percentage or a fraction word: "That works out at
    more than a quarter of all claims.") after the sentence before's one "X of N" (plain counts, or sums in one
    currency); None otherwise."""
    m = _THAT_SHARE.match(dashes(sent.skeleton))
    if m is None or not sent.nums[int(m.group("z"))].is_share:
        return None
    if not all(sent.nums[int(i)].year for i in re.findall(r"⟨(\d+)⟩", m.group("tail") or "")):
        return None
    pairs = list(_PAIR_BEFORE.finditer(prev.skeleton))
    if len(pairs) != 1 or any(n.is_share for n in prev.nums):
        return None
    x, n = prev.nums[int(pairs[0].group("x"))], prev.nums[int(pairs[0].group("n"))]
    if x.year or n.year or not (x.is_count and n.is_count) or not 0 < x.value <= n.value:
        return None
    full = _full_pair(prev.text, x, n) if _same_kind(prev.text, pairs[0], x, n) else None
    return None if full is None else (*full, sent.nums[int(m.group("z"))])


def _follow_up(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    """A share of "that"/"those" whose whole is the one count of the part's things in the sentence before."""
    by_doc = scanned(facts)
    for doc, ex in facts.checked():
        spans = {s.index: s.span for s in ex.sentences}
        text = reading_text(doc)
        numbered = {s.index: s for s in by_doc.get(doc.id, [])}
        for sent in numbered.values():
            prev = numbered.get(sent.index - 1)
            if prev is None or sent.index not in spans:
                continue
            new_paragraph = _paragraph_break(text, text[spans[prev.index].end : spans[sent.index].start])
            if not new_paragraph:
                for x, n, z in _parallel(sent, prev):
                    yield _across(rule, facts, sent, prev, x, n, z)
                if (that := _that_share(sent, prev)) is not None:
                    yield _that_verdict(rule, facts, sent, prev, *that)
            sent = ratios(sent)
            skel = dashes(sent.skeleton)
            parts: set[str] = set()  # one verdict per part: two forms may read the first
            for pattern in _FOLLOW_UP:
                m = pattern.match(skel)
                if m is None or m.group("x") in parts:
                    continue
                x, z = sent.nums[int(m.group("x"))], sent.nums[int(m.group("z"))]
                if not (x.is_count and z.is_share):
                    continue
                if m.groupdict().get("rel") and not content_stems(m.group("rel")) <= content_stems(prev.text):
                    continue  # "a third of those who replied": a subset the sentence before does not count
                np = m.groupdict().get("np")
                doing = _verb_base(np) if np is not None and m.groupdict().get("the") is None else None
                if np is not None and doing is None and not _group_named(np, m.groupdict().get("again"), prev.text):
                    continue  # "Of those children, …" after a count of patients: another group
                if any(sent.nums[int(i)].is_share for i in re.findall(r"⟨(\d+)⟩", m.groupdict().get("pred") or "")):
                    continue  # "Of those, 160 were 20% heavier, or 40%": which share is the part's is not said
                ux = _noun_after(sent.text, x)
                word = _NOUN_AFTER.match(sent.text, x.end)
                if m.groupdict().get("pred") and not (word and is_plural(word.group(1))):
                    ux = None  # "Of those, 900 study at night, or …": a verb after the part, not its noun
                counts = [n for n in prev.nums if n.is_count and not _PERIOD_AFTER.match(prev.text, n.end)]
                counts = [n for n in counts if not _change_figure(prev.text, n) and not _label_number(prev.text, n)]
                counts = [n for n in counts if not day_of_month(prev.text, n)]  # "between April 1 and Oct. 15"
                same = [n for n in counts if ux is not None and ux in _nouns_after(prev.text, n)]
                wholes = same if ux is not None else (counts if not any(n.is_share for n in prev.nums) else [])
                if m.groupdict().get("the") is not None:
                    if m.group("more") and m.group("again") not in _WHOLE_NAMES:
                        continue  # "of the dogs and the cats": the whole named again is not closed
                    wholes = [n for n in counts if np is not None and _counts_group(prev.text, n, np)]
                if doing is not None:  # "Of those voting, …" after "19,720 voted": the count of who did it
                    wholes = [n for n in counts if _did(prev.text, n, doing)]
                if len(wholes) != 1 or wholes[0].value <= 0 or x.value > wholes[0].value:
                    continue
                if new_paragraph and not (
                    skel.startswith("Of ") or (ux is not None and _OF_ALL.match(skel, m.end("z")))
                ):
                    continue  # another paragraph's count: only after "Of those, …" or a share "of all" its noun's
                yield _across(rule, facts, sent, prev, x, wholes[0], z)
                parts.add(m.group("x"))


# "up from 45,120", "an increase of 3,140": an earlier level or a change's size, never the group that
# "those" points back to.
_CHANGE_FIGURE = re.compile(rf"(?i)\b(?:{RISE_WORDS}|{FALL_WORDS})\b(?:[^,.;:⟨\d]{{0,20}}?\bfrom| (?:of|by))\s+\S?$")


# A number that names, after a capitalised noun inside the sentence ("across Regions 1 and 2", "on Route 66", "in
# Phase 3"): a label, never a count of things.
_LABEL_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ (?:\d{1,3}(?:, | and | or | to |-|–))*$")


def _label_number(text: str, n: Num) -> bool:
    """``n`` is a small plain number right after a capitalised noun within the sentence ("Regions 1 and 2")."""
    return n.is_count and n.hedge is None and n.value < 1000 and bool(_LABEL_BEFORE.search(text, 0, n.start))


def _change_figure(text: str, n: Num) -> bool:
    """``n`` is the start of a change or its size ("up from 45,120", "an increase of 3,140")."""
    return _CHANGE_FIGURE.search(text, max(0, n.hstart - 30), n.hstart) is not None


def _verb_base(np: str) -> str | None:
    """The verb of "those ⟨verb⟩ing" ("those voting" → "vot"), or None for another phrase."""
    m = re.fullmatch(r"([a-z]{3,})ing", np)
    return m.group(1) if m else None


_DID_AFTER = re.compile(r"\s+(?:people\s+|members\s+)?([a-z]+?)(?:ed|d)\b")


def _did(text: str, n: Num, base: str) -> bool:
    """``n`` counts who did what "those ⟨base⟩ing" did: its next word is the verb's past ("19,720 voted")."""
    m = _DID_AFTER.match(text, n.end)
    return m is not None and m.group(1).rstrip("e") == base.rstrip("e")


def _group_named(np: str, again: str | None, before: str) -> bool:
    """The group "those ⟨np⟩" is one the sentence before names (every content word of the phrase is in it, a
    compound read as its words: "part-time" as "part" and "time"), a plural, and a share that names its group again
    ("or 40% of the dogs") names the phrase's own noun or a collective noun ("of the field")."""
    head = np.split()[-1]
    stems = content_stems(np.replace("-", " "))
    if not is_plural(head) or not stems or not stems <= content_stems(before.replace("-", " ")):
        return False
    return again is None or again in _WHOLE_NAMES or canonical_noun(again.lower()) == canonical_noun(head.lower())


def _across(
    rule: PercentOfRule,
    facts: FactBase,
    sent: SentenceNums,
    prev: SentenceNums,
    x: Num,
    n: Num,
    z: Num,
    where: str = "the sentence before",
) -> Verdict:
    """The verdict on a part and share in ``sent`` of a whole ``n`` in the sentence before (or ``where``)."""
    share = (x.bounds / n.bounds).scale(100.0)
    stated = z.bounds.widen(abs_=rule.tolerance)
    evidence = [quote_nums(facts, sent, (x, z)), quote_nums(facts, prev, (n,))]
    evidence[1] = evidence[1].model_copy(update={"role": "whole"})
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": n.bounds}
    said = f"{x.shown} of {n.shown} ({where}) is"
    if share.overlaps(stated):
        return ok(f"{said} {pct(x.value / n.value * 100)}, matching {z.shown}", evidence, **values)
    return fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


def _that_verdict(
    rule: PercentOfRule, facts: FactBase, sent: SentenceNums, prev: SentenceNums, x: Num, n: Num, z: Num
) -> Verdict:
    """The verdict on "That was Z" of the part and whole of the sentence before (:func:`_that_share`)."""
    share = (x.bounds / n.bounds).scale(100.0)
    stated = z.bounds.widen(abs_=rule.tolerance)
    evidence = [quote_nums(facts, prev, (x, n)), quote_nums(facts, sent, (z,))]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": n.bounds}
    part, whole = (_sum(prev.text, v) for v in (x, n)) if _money(prev.text, x, n) else (x.shown, n.shown)
    said = f"{part} of {whole} (the sentence before) is"
    if share.overlaps(stated):
        return ok(f"{said} {pct(x.value / n.value * 100)}, matching {z.shown}", evidence, **values)
    return fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


# A share whose whole its sentence does not give: "X …, or Z% of the total", "X …, or Z%", "X votes gave it a share
# of Z%" (the whole a total stated earlier: _implied); not a change ("rose $40m, or 5%": its whole is the old level).
_TOTAL_NAMED = r" of (?:the |its |their )?(?:[a-z]+ )?(?:total|budget)(?: [a-z]+)?"
_SHARE_ALONE = re.compile(
    rf"⟨(?P<x>\d+)⟩{_G}(?: [a-z][\w-]*)?(?:, or | (?:[a-z][\w’'-]* ){{1,4}}?(?:a|its|their|his|her) share of "
    # ", about 40 per cent of the national total": without "or", the total named
    rf"|, (?=⟨\d+⟩{_TOTAL_NAMED}(?=\s*(?:[.;,)]|$))))"
    rf"⟨(?P<z>\d+)⟩(?:{_TOTAL_NAMED})?(?=\s*(?:[.;,)]|$))"
)
MAX_NUMBERS = 40
"""A sentence of more numbers is a table run together: its shares are not paired with each other's wholes
(:func:`_implied`) nor read by the share reader (each pairing grows with the square of the sentence's numbers)."""
_CHANGE_BEFORE = re.compile(rf"(?i)\b(?:{RISE_WORDS}|{FALL_WORDS}|added|shed|by)\s+\S?$")


@dataclasses.dataclass(frozen=True)
class _Alone:
    """A share ``z`` of ``sent`` with no whole of its own, of the part ``x`` (stated in ``part_sent`` when that is
    another sentence: a share credited to ``name``)."""

    sent: SentenceNums
    x: Num
    z: Num
    currency: str
    part_sent: SentenceNums | None = None
    name: str = ""


def _alone(sent: SentenceNums) -> Iterator[_Alone]:
    """The shares of a sentence with no whole of their own (see ``_SHARE_ALONE``)."""
    for m in _SHARE_ALONE.finditer(dashes(sent.skeleton)):
        x, z = sent.nums[int(m.group("x"))], sent.nums[int(m.group("z"))]
        change = _CHANGE_BEFORE.search(sent.text, max(0, x.hstart - 40), x.hstart)  # (anchored at the number)
        if x.is_count and z.is_share and x.value > 0 and not change:
            yield _Alone(sent, x, z, currency_sign(sent.text, x))


# "Tane took 45.2 percent of the valid vote; Whitlock finished on about 42 percent, and Kingi on 15 percent": a share
# credited to a name by a verb of getting, the gapped ones after it (", and Kingi on Z") too; its part is the one
# count a sentence before gives that name ("gave Tane 18,412 votes", "Whitlock, …, polled 14,905", "Kingi finished
# third on 6,233"): a plain count, no sum of money, never an age in commas ("Tane, 54,").
_SHARE_VERB = r"(?:took|won|got|secured|received|polled|gained|drew|finished (?:on|with)|ended (?:on|with)|was on)"
_NAMED_SHARE = re.compile(rf"\b(?P<name>[A-Z][a-z][\w’'-]*) {_SHARE_VERB} ⟨(?P<z>\d+)⟩")
_GAPPED_SHARE = re.compile(r",? (?:and |while |with )?(?P<name>[A-Z][a-z][\w’'-]*) (?:on|with) ⟨(?P<z>\d+)⟩")


def _named_part(name: str, before: list[SentenceNums]) -> tuple[SentenceNums, Num] | None:
    """The one plain count the sentences ``before`` give ``name`` right after it (``_NAMED_SHARE``), or None."""
    given = re.compile(rf"\b{re.escape(name)}\b(?P<gap>,? (?:[a-z][\w-]* ){{0,3}})⟨(?P<n>\d+)⟩")
    found = []
    for s in before:
        for m in given.finditer(s.skeleton):
            n = s.nums[int(m.group("n"))]
            if m.group("gap") == ", " and s.text.startswith(",", n.end):
                continue  # "Tane, 54, …": an age
            if n.is_count and not (n.percent or n.year or n.hedge) and not currency_sign(s.text, n) and n.value > 0:
                found.append((s, n))
    return found[0] if len({n.value for _, n in found}) == 1 else None


def _named_shares(sent: SentenceNums, before: list[SentenceNums]) -> Iterator[_Alone]:
    """The shares of ``sent`` credited to names whose counts the sentences ``before`` give (``_NAMED_SHARE``)."""
    for m in _NAMED_SHARE.finditer(sent.skeleton):
        named = [m]
        while (g := _GAPPED_SHARE.match(sent.skeleton, named[-1].end())) is not None:
            named.append(g)
        for k in named:
            z = sent.nums[int(k.group("z"))]
            got = _named_part(k.group("name"), before)
            if z.percent and not z.points and got is not None:
                yield _Alone(sent, got[1], z, "", got[0], k.group("name"))


# "compared with $3.66 billion a year earlier": an earlier level the current total is compared with, never the total.
_EARLIER_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:a|one) (?:year|month|quarter|week) (?:earlier|ago|before)")


def _compared(text: str, n: Num) -> bool:
    """Whether amount ``n`` is a level compared with (:func:`compared_with`, ``_EARLIER_AFTER``)."""
    return compared_with(text, n) or _EARLIER_AFTER.match(text, n.end) is not None


def _implied(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    """Shares of one total stated earlier: when a percentage within two sentences ("3,96,120 votes, or 42 per cent
    of the total"; hedged too, "or about 39 per cent of the national total") fits a number stated before them as its
    whole (the 9,42,310 votes cast), another share (hedged when the first is) of the same kind of amount (one
    currency or none; a fraction too: "or close to a quarter of the total") is checked against that whole ("2,61,880
    votes gave it a share of 31 per cent" is 27.8%). Only wholes earlier in the text than both shares, larger than
    both parts, never a change's start or size ("up from ₹11,495 crore", "an increase of ₹965 crore") nor a level
    compared with ("compared with $3.66 billion a year earlier"); several wholes that fit must give one share."""
    for doc, _ex in facts.checked():
        sents = scanned(facts).get(doc.id, [])
        few = [(k, sent) for k, sent in enumerate(sents) if len(sent.nums) <= MAX_NUMBERS]
        alone = [a for _k, sent in few for a in _alone(sent)]
        alone += [a for k, sent in few for a in _named_shares(sent, sents[:k])]
        for a in alone:
            for b in alone:
                if b is a or not b.z.percent or abs(b.sent.index - a.sent.index) > 2 or b.currency != a.currency:
                    continue
                if b.z.hedge is not None and a.z.hedge is None:
                    continue  # a hedged share fixes the total only for shares hedged as well
                first = min(a.sent.index, b.sent.index)
                wholes = [
                    (s, w)
                    for s in sents
                    if s.index < first
                    for w in s.nums
                    if w.is_count
                    and not w.year
                    and w.value > max(a.x.value, b.x.value)
                    and currency_sign(s.text, w) == a.currency
                    and not _change_figure(s.text, w)
                    and not _compared(s.text, w)
                    and _share(b.x, w).overlaps(b.z.bounds.widen(abs_=rule.tolerance))
                ]
                if not wholes:
                    continue
                s, w = wholes[-1]  # the nearest before
                if len(wholes) == 1 or all(_share(a.x, v).overlaps(_share(a.x, w)) for _, v in wholes):
                    yield _of_total(rule, facts, a, b, s, w)
                break


# "… and now make up Z% of total revenue", "X, or Z% of group sales": a share of a total named by its noun, with no
# number of its own after it in its clause, nor a phrase narrowing the total ("of group sales in Asia")
_OF_NAMED_TOTAL = re.compile(
    r"(?:\b(?:(?:make|makes|made|making) up|(?:accounts?|accounted|accounting) for|represent(?:s|ed|ing)?)\s"
    r"|, or )⟨(?P<z>\d+)⟩ of (?:the |its |their |our )?(?:[a-z]+['’]s )?(?:total|overall|all|group) (?P<noun>[a-z]+)"
    r"\b(?!\s+(?:in|at|from|outside|excluding|for|of|on)\b)(?![^.;!?,]*⟨)(?!,\s*(?:estimated|put|numbering|totall?ing)\b)"
)
_WHOLE_CUE = re.compile(r"(?:\bto|\bwas|\bwere|\btotall?ed|\breached|\bhit|\bof)\s+(?:[A-Z]{1,2})?\S?$")
_FROM_CUE = re.compile(r"\bfrom\s+(?:[A-Z]{1,2})?\S?$")
_TO_CUE = re.compile(r"\bto\s+(?:[A-Z]{1,2})?\S?$")
_SUBJECT_LEAD = r"(?i)^\W*(?:(?:the|its|their|our)\s+)?(?:(?:total|overall|quarterly|annual|group|company)\s+)?"


def _part_before(sent: SentenceNums, at: int) -> Num | None:
    """The part a share verb at skeleton offset ``at`` speaks of: the end of a change before it ("jumped 34% to $1.31
    billion from $978 million, and now make up …"), else the last amount before it that is no change's start."""
    clause = sent.skeleton[:at].rfind(";") + 1
    nums = [
        sent.nums[int(k.group(1))]
        for k in re.finditer(r"⟨(\d+)⟩", sent.skeleton[clause:at])
        if not sent.nums[int(k.group(1))].percent
    ]
    ends = [n for n in nums if _TO_CUE.search(sent.text, max(0, n.hstart - 12), n.hstart)]
    if ends:
        return ends[-1]
    last = nums[-1] if nums else None
    if last is None or _FROM_CUE.search(sent.text, max(0, last.hstart - 12), last.hstart):
        return None
    return last


def _named_total(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    """Shares of a total named by its noun ("Cloud sales … now make up 31% of total revenue"), whose amount a
    sentence before states with that noun as its subject ("Revenue rose 12% to $4.87 billion …"): the amount after
    "to", "was", "totalled" … in the part's currency, the one such amount of the nearest such sentence."""
    for doc, _ex in facts.checked():
        sents = scanned(facts).get(doc.id, [])
        for sent in sents:
            for m in _OF_NAMED_TOTAL.finditer(sent.skeleton):
                part, z = _part_before(sent, m.start()), sent.nums[int(m.group("z"))]
                x = in_full(sent.text, part) if part is not None else None
                if x is None or not (x.is_count and z.percent) or x.value <= 0:
                    continue
                currency = currency_sign(sent.text, x)
                subject = re.compile(rf"{_SUBJECT_LEAD}{re.escape(m.group('noun'))}s?\b")
                before = [s for s in sents if s.index < sent.index and subject.match(s.text)]
                if not before:
                    continue
                s = before[-1]
                wholes = [
                    w
                    for i, n in enumerate(s.nums)
                    if n.is_count
                    and not n.percent
                    and not n.year
                    and (w := in_full(s.text, n)) is not None
                    and w.value > x.value
                    and currency_sign(s.text, n) == currency
                    and not _FROM_CUE.search(s.text, max(0, n.hstart - 12), n.hstart)
                    and not _itself_a_share(s, i)
                ]
                if len(wholes) == 1 and _WHOLE_CUE.search(s.text, max(0, wholes[0].hstart - 12), wholes[0].hstart):
                    yield _of_named(rule, facts, sent, x, z, s, wholes[0])


def _itself_a_share(sent: SentenceNums, i: int) -> bool:
    """Whether amount ``i`` of ``sent`` is given as a share of something ("rose to $2.46 billion, or 60% of the
    company total"): a part, never the total."""
    m = re.search(rf"⟨{i}⟩[^⟨⟩,;.]{{0,20}}, or ⟨(\d+)⟩ of\b", sent.skeleton)
    return m is not None and sent.nums[int(m.group(1))].is_share


def _of_named(
    rule: PercentOfRule, facts: FactBase, sent: SentenceNums, x: Num, z: Num, s: SentenceNums, w: Num
) -> Verdict:
    """The verdict on share ``z`` of part ``x`` of the total ``w`` stated in sentence ``s``."""
    share = _share(x, w)
    stated = z.bounds.widen(abs_=rule.tolerance)
    evidence = [
        quote_nums(facts, sent, (x, z)),
        quote_nums(facts, s, (w,)).model_copy(update={"role": "whole"}),
    ]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": w.bounds}
    money = bool(currency_sign(sent.text, x))
    part, whole = (_sum(sent.text, x), _sum(s.text, w)) if money else (x.shown, w.shown)
    said = f"{part} of the total {whole} stated before is"
    if share.overlaps(stated):
        return ok(f"{said} {pct(x.value / w.value * 100)}, matching {z.shown}", evidence, **values)
    return fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


def _share(x: Num, whole: Num) -> Interval:
    return (x.bounds / whole.bounds).scale(100.0)


def _share_evidence(facts: FactBase, a: _Alone) -> list[Evidence]:
    """The share and its part: one quote when one sentence holds both, else the share, then the part."""
    if a.part_sent is None:
        return [quote_nums(facts, a.sent, (a.x, a.z))]
    part = quote_nums(facts, a.part_sent, (a.x,)).model_copy(update={"role": "part"})
    return [quote_nums(facts, a.sent, (a.z,)), part]


def _of_total(rule: PercentOfRule, facts: FactBase, a: _Alone, b: _Alone, s: SentenceNums, w: Num) -> Verdict:
    """The verdict on share ``a`` of the whole ``w`` that the exact share ``b`` fits."""
    share = _share(a.x, w)
    stated = a.z.bounds.widen(abs_=rule.tolerance)
    evidence = [
        *_share_evidence(facts, a),
        quote_nums(facts, s, (w,)).model_copy(update={"role": "whole"}),
        *(e.model_copy(update={"role": "fitting share"}) for e in _share_evidence(facts, b)),
    ]
    values = {"computed": share, "stated": a.z.bounds, "part": a.x.bounds, "whole": w.bounds}

    def shown(x: _Alone | SentenceNums, n: Num) -> str:
        if isinstance(x, SentenceNums):
            return _sum(x.text, n) if a.currency else n.shown
        amount = _sum((x.part_sent or x.sent).text, n) if a.currency else n.shown
        return f"{x.name}'s {amount}" if x.name else amount

    said = f"{shown(a, a.x)} of the total {shown(s, w)} (which {shown(b, b.x)} is {b.z.shown} of, as stated) is"
    if share.overlaps(stated):
        return ok(f"{said} {pct(a.x.value / w.value * 100)}, matching {a.z.shown}", evidence, **values)
    return fail(f"{said} {fmt_iv(share, '%')}, not {a.z.shown}", evidence, **values)


# "Of the city's 240 schools, 60 are now rated good – about a quarter of the city's schools": after "Of N …, X ⟨a
# predicate without numbers, commas or dashes⟩", an aside that opens with the share (or "or" and the share) and closes
# the clause renames the part as a share of the whole, named again by its noun, by the same owner ("of the city's 240
# areas … of the city's councils") or as "the total".
_PLAIN = r"[a-z][\w-]*"  # a word that is no possessive
_HEDGE_WORD = r"(?:about |roughly |some |nearly |almost |around |close to |just over |just under )?"
# The predicate may hold commas in a dash aside ("53 listed clubs in A, B or C — about a third of the field"); "half"
# may name its whole without "of" ("— half the line-up —"), and after "or" the share may close the clause with no
# whole ("27 are to go to local yards, or more than two-thirds, the company said": the part's share of the whole).
# The whole's phrase when the share names the whole again (a relative clause and its place: "Of the 1,150 people who
# applied for the first cohort at Central Ohio Technical College, 412 were accepted — nearly half of all applicants").
_LONG_OF_GAP = _OF_GAP.replace("{0,70}", "{0,120}")
_RENAMED = re.compile(
    rf"\b{_OF_OPEN} (?P<det>{_DET})(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩(?P<gap>{_LONG_OF_GAP}), (?P<cx>{_CUR})?⟨(?P<x>\d+)⟩"
    r"(?P<pred>(?:[^⟨⟩;:.!?—–()]|⟨\d+⟩){1,120}?)(?P<sep>,| —| –| --) (?P<or>or )?"
    rf"{_HEDGE_WORD}⟨(?P<z>\d+)⟩(?:(?P<of> of)? (?P<again_det>{_DET})(?P<again>(?:{_PLAIN} ){{0,2}}{_PLAIN}))?"
    r"(?=\s*(?:[.;,)—–]|$))"
)
# "KES 1.8bn — some 60% of the total — goes on livestock; the remaining KES 600m on water": a share of the total whose
# rest is stated after it ("the remaining", "the rest of the", "the other", "the balance of"); the whole is the part
# plus the rest, in one currency or of the same things (_with_rest).
_WITH_REST = re.compile(
    rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩(?:[A-Za-z]{{1,3}}\b)?(?: [a-z][\w-]*)?(?:(?:,| —| –) (?:or )?| \(){_HEDGE_WORD}"
    rf"⟨(?P<z>\d+)⟩ of the total"
    rf"(?:,| —| –|\))[^⟨⟩.!?]{{0,80}}?\bthe (?:remaining|rest of the|other|balance of(?: the)?) "
    rf"(?P<cy>{_CUR})?⟨(?P<y>\d+)⟩"
)


def _plural_after(text: str, n: Num) -> bool:
    """A plural noun follows ``n`` ("40 sites"), not a verb ("40 are")."""
    word = _NOUN_AFTER.match(text, n.end)
    return word is not None and is_plural(word.group(1))


def _rest_whole(text: str, x: Num, rest: Num) -> Num | None:
    """The whole that the part ``x`` and the ``rest`` make: both sums in one currency (read in full through their
    magnitudes), or both plain counts of the same things; else None."""
    fx, fy = in_full(text, x), in_full(text, rest)
    if (
        fx is None
        or fy is None
        or not (fx.is_count and fy.is_count)
        or currency_sign(text, x) != currency_sign(text, rest)
    ):
        return None
    if not currency_sign(text, x) and (glued(text, x) or glued(text, rest)):
        return None  # "12km — a third of the total — …, the remaining 24 miles": no common unit is known
    nx, ny = (_noun_after(text, n) if _plural_after(text, n) else None for n in (x, rest))
    if not currency_sign(text, x) and nx and ny and nx != ny:
        return None  # "120 staff — 30% of the total — …; the remaining 40 sites": other things
    value = fx.value + fy.value
    shown = _currency_written(text, x) + _in_magnitude(value)
    return dataclasses.replace(
        fx, value=value, text=shown, hedge=None, interval=fx.interval + fy.interval, bounds=fx.bounds + fy.bounds
    )


def _currency_written(text: str, n: Num) -> str:
    """The currency as written before ``n`` ("£", "KES "), or ""."""
    letters = letter_currency(text, n.start)
    return text[letters[1] : n.start] if letters else currency_sign(text, n)


def _amount(text: str, n: Num) -> str:
    """An amount as written: hedge, currency, number, glued magnitude ("some $45 million", "KES 600m")."""
    hedge = f"{n.hedge} " if n.hedge else ""
    return hedge + _currency_written(text, n) + n.text + glued(text, n)


def _in_magnitude(value: float) -> str:
    """A whole sum in its largest magnitude ("2.4bn", "10m", "7,500")."""
    for size, word in ((1e9, "bn"), (1e6, "m")):
        if value >= size:
            return f"{value / size:,.4g}{word}"
    return f"{value:,.4g}" if value < 1000 else f"{value:,.0f}"


def _part_of_sum(part: Interval, rest: Interval) -> Interval:
    """The share (in percent) of ``part`` in ``part`` plus ``rest``: rising with the part, falling with the rest."""
    low = part.low / (part.low + rest.high) if math.isfinite(rest.high) and part.low + rest.high > 0 else 0.0
    high = part.high / (part.high + rest.low) if math.isfinite(part.high) and part.high + rest.low > 0 else 1.0
    return Interval.closed(low * 100.0, high * 100.0)


def _with_rest(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "X — Z of the total — …, the remaining Y": the part's share of the part plus the rest (``_WITH_REST``)."""
    for m in _WITH_REST.finditer(skel):
        x, z, rest = (sent.nums[int(m.group(k))] for k in ("x", "z", "y"))
        if not z.is_share:
            continue
        whole = _rest_whole(sent.text, x, rest)
        if whole is None or whole.value <= 0:
            continue
        fx, fy = in_full(sent.text, x), in_full(sent.text, rest)
        assert fx is not None and fy is not None
        share = _part_of_sum(fx.bounds, fy.bounds)
        stated = z.bounds.widen(abs_=rule.tolerance)
        evidence = [quote_nums(facts, sent, (x, z, rest))]
        values = {"computed": share, "stated": z.bounds, "part": fx.bounds, "whole": whole.bounds}
        part, other = (_amount(sent.text, n) for n in (x, rest))
        said = f"{part} of the total {whole.text} ({part} and the remaining {other}) is"
        if share.overlaps(stated):
            yield ok(f"{said} {pct(fx.value / whole.value * 100)}, matching {z.shown}", evidence, **values)
        else:
            yield fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


# Collective nouns that name any whole of "Of N …" again ("a third of the field", "half the line-up").
_WHOLE_NAMES = frozenset(
    {"total", "field", "line-up", "lineup", "cohort", "sample", "group", "network", "estate", "fleet", "portfolio"}
)
# The whole's phrase up to its first preposition or relative word ("care homes inspected in 2025" → "care homes
# inspected"): the words that may name it.
_WHOLE_WORDS = re.compile(r"^(?P<words>(?: (?!(?:in|at|on|across|of|for|from|who|that|which)\b)[a-z][\w-]*){1,4})")


def _all_of(m: re.Match[str]) -> bool:
    """The share's whole is "all ⟨one or two words⟩" ("about 45% of all victims", "more than four-fifths of all party
    income"): every one of the whole's things, named again."""
    return m.group("again_det") == "all " and len(m.group("again").split()) <= 2


def _owner(det: str) -> str:
    """The possessive owner of a determiner ("the state's " → "the state's"), or ""."""
    det = det.replace("’", "'").strip()
    return det if det.endswith("'s") else ""


_SENTENCE_END = re.compile(r"\s*(?:[.;!?]|$)")
_CHANGE_OR_RATE = re.compile(
    rf"(?i)\b(?:{RISE_WORDS}|{FALL_WORDS}|rates?|interest|discount|tax|pay|raise|return|yield|margin|by)\b"
)


def _named_again(m: re.Match[str]) -> bool:
    """The share's "of …" names the whole of "Of N …" again: a plural noun of its phrase, its owner, or "the total"."""
    if m.group("again") is None:
        # ", or Z," closing the clause, or a dash aside closing the sentence ("Of the €18.6m raised, €4.1m went on
        # administration – just under 15 per cent."), its predicate no change or rate: the part's share of the whole
        return m.group("or") is not None or (
            m.group("sep") != ","
            and _SENTENCE_END.match(m.string, m.end()) is not None
            and _CHANGE_OR_RATE.search(m.group("pred")) is None
        )
    again = m.group("again").split()
    if len(again) == 1 and again[0] in _WHOLE_NAMES and m.group("again_det") == "the ":
        return True
    if _all_of(m):
        return True
    owner = _owner(m.group("det"))
    if owner and owner == _owner(m.group("again_det")):
        return True
    whole = _WHOLE_WORDS.match(m.group("gap"))
    noun = canonical_noun(again[-1])
    return whole is not None and any(is_plural(w) and canonical_noun(w) == noun for w in whole.group("words").split())


def _renamed(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "Of N …, X ⟨predicate⟩ – Z of the ⟨whole again⟩": the part's share of the whole (``_RENAMED``)."""
    for m in _RENAMED.finditer(skel):
        x, n, z = (sent.nums[int(m.group(k))] for k in ("x", "n", "z"))
        if not (x.is_count and n.is_count and z.is_share) or not 0 < x.value <= n.value:
            continue
        if "," in m.group("pred") and m.group("sep") == ",":
            continue  # "Of N …, X did A, B, or Z": which comma opens the share is not said
        if not all(_age(sent, sent.nums[int(i)]) for i in re.findall(r"⟨(\d+)⟩", m.group("pred"))):
            continue  # "Of N …, X were aged 24 or younger — Z —": a predicate's numbers may only be ages
        if m.group("again") is not None and m.group("of") is None and z.text.lower() != "half":
            continue  # "a third the size": only "half" names its whole without "of"
        if not _gap_ok(sent, m.group("gap"), n, True) or not _same_kind(sent.text, m, x, n) or not _named_again(m):
            continue
        word = _NOUN_AFTER.match(sent.text, x.end)
        ux = _noun_after(sent.text, x) if word and is_plural(word.group(1)) else None
        if ux is not None and ux != _noun_after(sent.text, n):
            continue  # "Of the 300 farms, 90 workers …": the part counts other things
        yield _verdict(rule, facts, sent, x, n, z)


# "2.9 million of its 11.6 million customers lost service during the day, nearly 40 per cent of its customer base",
# "612 of the 2,140 schools that responded had seen results fall – more than a third of those questioned": "X of N",
# a longer phrase (no clause break; numbers only as _gap_ok allows), then a comma or dash and the share of the whole
# named again (``_again_ok``), closing the clause.
_PART_RENAMED = re.compile(
    rf"(?P<cx>{_CUR})?⟨(?P<x>\d+)⟩{_G} (?:out )?of (?P<det>{_DET})(?P<cn>{_CUR})?⟨(?P<n>\d+)⟩"
    r"(?P<gap>(?:[^⟨⟩;:.!?—–()]|⟨\d+⟩){1,120}?)"
    rf"(?:,| —| –| --) (?:or )?{_HEDGE_WORD}⟨(?P<z>\d+)⟩ of (?P<again_det>{_DET})"
    rf"(?P<again>(?:{_PLAIN} ){{0,2}}{_PLAIN})"
    r"(?=\s*(?:[.;,)—–]|$))"
)


def _again_ok(m: re.Match[str]) -> bool:
    """The share's "of …" names the whole of "X of N …" again: "the total" (a collective noun of
    ``_WHOLE_NAMES``), "those questioned" (a participle: the group just counted), the same possessive owner, or a
    word of the whole's phrase ("its customer base" after "customers")."""
    again, det = m.group("again").split(), m.group("again_det")
    if (len(again) == 1 and again[0] in _WHOLE_NAMES and det == "the ") or (
        len(again) == 1 and det in ("those ", "these ") and again[0].endswith("ed")
    ):
        return True
    if _all_of(m):
        return True
    owner = _owner(m.group("det"))
    if owner and owner == _owner(det):
        return True
    whole = _WHOLE_WORDS.match(m.group("gap"))
    words = {w.rstrip("s") for w in whole.group("words").split() if is_plural(w)} if whole else set()
    return any(w.rstrip("s") in words for w in again)


def _part_renamed(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "X of N …, Z of ⟨the whole again⟩": the part's share of the whole (``_PART_RENAMED``)."""
    for m in _PART_RENAMED.finditer(skel):
        x, n, z = (sent.nums[int(m.group(k))] for k in ("x", "n", "z"))
        if not (x.is_count and n.is_count and z.is_share) or not 0 < x.value <= n.value:
            continue
        if not _gap_ok(sent, m.group("gap"), n, False) or not _same_kind(sent.text, m, x, n) or not _again_ok(m):
            continue
        if any(sent.nums[int(i)].is_share for i in re.findall(r"⟨(\d+)⟩", m.group("gap"))):
            continue  # another share in the phrase: which one is the part's is not said
        yield _verdict(rule, facts, sent, x, n, z)


@register_check(PercentOfRule, requires={"sentences"}, supersedes={"unsupported-claim"}, scope="document")
def check(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    verdicts = list(_catalogue(rule, facts))
    yield from verdicts
    yield from _read_shares(rule, facts, _judged_spans(verdicts))


def _catalogue(rule: PercentOfRule, facts: FactBase) -> Iterator[Verdict]:
    """The verdicts of the forms read by their wording (above)."""
    yield from _follow_up(rule, facts)
    yield from _implied(rule, facts)
    yield from _named_total(rule, facts)
    for _, sent, skel in numbered_sentences(facts, 3):
        if not may_match(skel):
            continue
        seen: set[tuple[int, int, int]] = set()
        read = ratios(sent)
        if read is not sent:
            sent, skel = read, read.skeleton
        skel = dashes(skel)
        yield from _renamed(rule, facts, sent, skel)
        yield from _with_rest(rule, facts, sent, skel)
        yield from _part_renamed(rule, facts, sent, skel)
        yield from _increase_on(rule, facts, sent, skel)
        for pattern in (*_PATTERNS, _WHOLE_AFTER, _RIGHT_AFTER):
            for m in matches(pattern, skel, everywhere=pattern is _PATTERNS[6]):
                z_at = next(k for k in ("z", "z2", "z3", "z4", "z5") if m.groupdict().get(k) is not None)
                ix, iN, iz = int(m.group("x")), int(m.group("n")), int(m.group(z_at))
                if (ix, iN, iz) in seen:
                    continue
                x, n, z = sent.nums[ix], sent.nums[iN], sent.nums[iz]
                if not (x.is_count and n.is_count and z.is_share) or n.value <= 0:
                    continue
                # prepositional counts only when the part follows the comma: after a verb ("Of the 1,000 homes on
                # 300 streets, the council resurfaced 120") the part may count the other noun
                if not _gap_ok(sent, m.group("gap"), n, pattern is _PATTERNS[1], shares=pattern is _OF_THEM_AFTER):
                    continue
                if m.groupdict().get("turnout") and not _turnout_ok(sent, m, n):
                    continue
                if (
                    m.groupdict().get("renamed")
                    and not _OR_BEFORE.search(skel, 0, m.start("z") - 1)
                    and not _owner_again(skel[m.end("x") : m.start("n")], m.group("renamed"))
                    and not _named_in_gap(m.group("gap"), m.group("renamed"))
                    and not _total_again(m)
                ):
                    continue  # "30 of the 90 firms, 12% of the sector": without "or", maybe a share of another whole
                if pattern is _WHOLE_AFTER and not _whole_after_ok(sent.text, m.group("gap"), x, n):
                    continue
                if pattern in _OF_WHOLE and not _same_kind(sent.text, m, x, n):
                    continue  # "Of the £412m, £103k …" or "Of the 400 staff, £96m …": not one kind of amount
                if pattern is _GLUED_BOTH and m.group("gx") and _kind(sent.text, x) != _kind(sent.text, n):
                    continue  # "£5m, or 12% of its 400 staff": the part's magnitude or currency is not the whole's
                if pattern is _APPOSED and _currency(sent.text, x) != _currency(sent.text, n):
                    continue  # "£96m — a third — of its 318 staff": not a share of that whole
                if _converted(sent.text, n, x):
                    continue  # "half of its 45,000 sq ft (4,180 sq m)": the whole in another unit, not a part
                x, n = _full_pair(sent.text, x, n) or (x, n)
                if x.value > n.value and z.value <= 100:
                    continue
                ux, un = _noun_after(sent.text, x), _noun_after(sent.text, n)
                word = _NOUN_AFTER.match(sent.text, x.end)
                if m.groupdict().get("pred") and not (word and is_plural(word.group(1))):
                    ux = None  # "Of the 400 who sat, 300 passed, a pass rate of …": a verb after the part
                if pattern is _SHARE_VERB_OF:
                    if not _same_kind(sent.text, m, x, n):
                        continue  # "$6.1bn make up 31% of its 400 branches", "£310m … of its £1.1bn": not as written
                    if m.group("pnoun") and un is not None and ux != un:
                        continue  # "The 14 depots represent 20% of its 300 staff": the part counts other things
                    ux = None  # the verb follows the part, not its noun
                if pattern is _DASHED and not (_money(sent.text, x, n) or (ux is not None and ux == un)):
                    continue  # "rose to 85 this year — 20% of the 400 …": the part must count the whole's things
                if pattern is _RIGHT_AFTER:
                    if not _same_things(sent.text, n, ux, un):
                        continue  # "won 12 seats, 40% of the 30,000 votes": a share of another whole
                    un = ux
                if ux and un and ux != un and not _apposed_people(sent.text, x, ux, un):
                    continue
                seen.add((ix, iN, iz))
                yield _verdict(rule, facts, sent, x, n, z)


_UNIT_THEN_BRACKET = re.compile(r"(?P<unit>(?: ?[A-Za-z][\w.²³/]*){1,3}) \($")
_UNIT_THEN_CLOSE = re.compile(r"(?P<unit>(?: ?[A-Za-z][\w.²³/]*){1,3})\)")


def _converted(text: str, n: Num, x: Num) -> bool:
    """``x`` is ``n`` in another unit of measure, bracketed right after ``n``'s unit ("45,000 sq ft (4,180 sq m)";
    not "the 900 staff (400 people)": counted nouns are no units)."""
    before, after = _UNIT_THEN_BRACKET.fullmatch(text, n.end, x.hstart), _UNIT_THEN_CLOSE.match(text, x.end)
    if before is None or after is None:
        return False
    units = [_unit_suffix(m.group("unit").split()) for m in (before, after)]
    return None not in units and units[0] != units[1]


def _unit_suffix(words: list[str]) -> str | None:
    """The unit of measure that ends ``words`` ("of floor space sq ft" → "sq ft"), None if they end in none."""
    return next((u for k in (2, 1) if unit_abbreviation(u := " ".join(words[-k:]))), None)


_OWNER_BEFORE = re.compile(r"\bof (?:the )?(?P<owner>[a-z][\w-]*)['’]s\s*\S?$")


def _named_in_gap(gap: str | None, renamed: str) -> bool:
    """The share's whole names again a noun of the whole's own phrase ("1,140 of the 3,800 lines on the shop's range
    — 30% of the range"): the same whole."""
    word = renamed.split()[-1].lower()
    return word in (gap or "").lower().split()


def _total_again(m: re.Match[str]) -> bool:
    """The share's whole is "the total", right after the whole with nothing numbered between ("146,000 out of
    512,000, about 35 percent of the total"): the whole named again."""
    return m.group("renamed") == " of the total" and "⟨" not in (m.group("gap") or "")


def _owner_again(between: str, renamed: str) -> bool:
    """The share's whole names again the owner of the part's whole ("38 of the ship's 112 cabins, about a third of
    the ship"): the same whole, not another one."""
    m = _OWNER_BEFORE.search(between)
    return m is not None and renamed.split()[-1].lower() == m.group("owner").lower()


def _same_things(text: str, n: Num, ux: str | None, un: str | None) -> bool:
    """The whole counts the part's things ``ux``: by the same noun, or with its noun elided (nothing or a participle
    after it: "of the 17,530 cast")."""
    return ux is not None and (un == ux or un is None or _PARTICIPLE_AFTER.match(text, n.end) is not None)


def _turnout_ok(sent: SentenceNums, m: re.Match[str], n: Num) -> bool:
    """A turnout names the part's share of the whole: the part takes part, the whole counts people, not votes."""
    said = (m.group("gap") or "") + (m.groupdict().get("pred") or "")
    return _TOOK_PART.search(said) is not None and _VOTES_WHOLE.match(sent.text, n.end) is None


def _verdict(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, x: Num, n: Num, z: Num) -> Verdict:
    share = (x.bounds / n.bounds).scale(100.0)
    stated = z.bounds.widen(abs_=rule.tolerance)
    point = x.value / n.value * 100
    evidence = [quote_nums(facts, sent, (x, n, z))]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": n.bounds}
    if _money(sent.text, x, n):
        part, whole = _sum(sent.text, x), _sum(sent.text, n)
    else:  # with a magnitude glued to both as written ("1.6m of 2.2m")
        part, whole = (f"{v.shown}{g.group(0) if (g := _GLUED.match(sent.text, v.end)) else ''}" for v in (x, n))
    if share.overlaps(stated):
        return ok(f"{part} of {whole} is {pct(point)}, matching {z.shown}", evidence, **values)
    return fail(f"{part} of {whole} is {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


def _sum(text: str, n: Num) -> str:
    """A sum of money as written: currency, number, glued magnitude ("£121m")."""
    glued = _GLUED.match(text, n.end)
    return currency_sign(text, n) + n.shown + (glued.group(0) if glued else "")


# --- the share reader: a share that names (or implies) its whole, read beside the forms above -----------------------
#
# A share (a percentage, a fraction word, "one in N") renames a part linked to it (", or", a dash or bracket aside, a
# comma, "account for", "represent") as a share of a whole: the number after "of" in its own phrase, or a count the
# share names again ("of the fleet": "a fleet of 41"; "of attendances": "18,600 attendances"; "of the total", "of the
# force": the whole of "Of N …" opening the sentence, or the one count of the part's things), in the sentence or the one
# before in the same paragraph. Silent when the whole is not one count, when the share is a change or a rate, when
# part and whole are not one kind of amount, and when any other pair of the window's amounts explains the share.

# What links a part to the share that renames it, right before the share.
_SHARE_LINK = re.compile(
    r"(?:,? or|\s[—–]|\s\(|,|\s(?:accounts?|accounted|accounting) for|\s(?:represents?|represented|representing)"
    r"|\s(?:makes?|made|making) up|\s(?:comprises?|comprised|constitutes?|constituted)"
    r"|,\s(?P<article>an?|the)"
    # a relative clause that renames the part, or says who put it so ("…, which is about 45% of the staff", "…,
    # which the minister described as \"about 45 per cent of the workforce\"")
    r"|,\s(?:which|that)\s(?:is|was|are|were|represents?|represented|amounts?\sto|amounted\sto|makes?\sup|made\sup"
    r"|(?:[a-z][\w’'-]*\s){1,3}(?:described|called|put|estimated|reckoned)\s(?:it\s)?as))\s*[\"“]?\s*$"
)
# A share named as a rate of its part ("27 of 34 passes, an 85 per cent clip", "…, a 40% pass rate"): after an
# article only, never a price or a change per period ("a 5% interest rate").
_RATE_AFTER = re.compile(
    rf"\s+(?:(?!(?:{_NOT_SHARE_RATE})\b)[a-z][\w-]* )?(?:clip|rate|ratio|proportion)\b(?=\s*(?:[,.;:)—–]|$|for\b))"
)
# A share that is a change, a rate or a chance ("up 5%", "a rise of 5%", "a 5% increase", "5% a year"): not a share
# of a whole.
_MOVE_BEFORE = re.compile(
    rf"(?i)(?<!\bmake )(?<!\bmakes )(?<!\bmade )(?<!\bmaking )\b(?:{RISE_WORDS}|{FALL_WORDS}|by|than|from|to|at)"
    r"(?: of)?\s+$"
)
_CHANGE_AFTER = re.compile(
    rf"(?i)\s*(?:-\s*)?(?:{RISE_WORDS}|{FALL_WORDS}|more|less|fewer|higher|lower|larger|smaller|above|below|on"
    r"|a (?:year|month|week|day)|per (?:year|annum|month)|annual|annually|stake|chance|likelihood|probability"
    r"|interest|tax|rate|discount|points?)\b"
)
# The whole the share names after "of": a count, or up to three words naming it again.
_SHARE_OF_WHOLE = re.compile(
    rf"\s+of\s+(?P<det>the |its |their |that |this |these |those |all |his |her |our |{OWNER})?"
    r"(?P<words>(?:[a-z][\w&-]*)(?: [a-z][\w&-]*){0,2}?)(?=\s*(?:[,.;:)—–\"”’]|$|and\b|according\b|in\b|at\b|for\b))"
)
_SHARE_OF_NUMBER = re.compile(rf"\s+of\s+{_DET}{_CUR}?$")
# Nouns that name any whole of its kind again ("of the force", "of that workforce", "of the total").
_COLLECTIVES = _WHOLE_NAMES | {"force", "workforce", "staff", "membership", "electorate", "population", "whole", "all"}
# Clause breaks the part's predicate may not cross.
_PREDICATE_BREAK = re.compile(r"[,;:()—–]|\b(?:and|but|while|whereas|although|though|which|who)\b")
_TIME_UNIT = r"(?:second|minute|hour|day|week|month|year|decade)s?\b"
_TIME_NOUN = re.compile(rf"(?i)\s*(?:-\s*)?{_TIME_UNIT}")
# A length of time written apart ("who waited more than 12 hours"), not a compound modifier ("on 3-day contracts": a
# kind of the whole's things).
_LENGTH_OF_TIME = re.compile(rf"(?i)\s+{_TIME_UNIT}")
# A run-in heading set in bold or italics may stand before it ("- **Most glaciers in retreat.** Of 38 glaciers …").
_OPENER = re.compile(rf"^\W*(?:[*_]{{1,2}}[^*_\n]{{1,80}}?[.!?:][*_]{{1,2}}\s+)?{_OF_OPEN} {_DET}{_CUR}?$")
# A count named as the whole of a noun ("a fleet of 41", "a total of 13,130", "a workforce of 1,150").
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w-]*) of (?:the |some |about |around |just over |nearly )?\S?$")


def _judged_spans(verdicts: list[Verdict]) -> dict[str, list[tuple[int, int]]]:
    """Where the verdicts of the forms above quote, by document: a share there is read already."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for v in verdicts:
        for e in v.evidence:
            spans.setdefault(e.document, []).append((e.start, e.end))
    return spans


@dataclasses.dataclass(frozen=True)
class _Window:
    """A sentence under check read with up to three sentences before it: where the sentence starts, and where the
    sentence before it starts when it is in the same paragraph (else the sentence's own start)."""

    sent: SentenceNums
    start: int
    near: int


_WINDOW_BACK = 3  # sentences before a share in which a whole it names by its noun may be stated


def _windows(facts: FactBase, judged: dict[str, list[tuple[int, int]]]) -> Iterator[_Window]:
    """Each sentence under check that holds a share the forms above did not read, in its window (:class:`_Window`)."""
    by_doc = scanned(facts)
    for doc, ex in facts.checked():
        spans = {s.index: s.span for s in ex.sentences}
        text = reading_text(doc)
        done = judged.get(doc.id, [])
        numbered = {sent.index: ratios(sent) for sent in by_doc.get(doc.id, [])}
        for sent in numbered.values():
            if (
                sent.index not in spans
                or len(sent.nums) > MAX_NUMBERS
                or not any(n.is_share and not _in_spans(done, sent.offset + n.start) for n in sent.nums)
            ):
                continue
            window = _passage(facts, numbered, max(0, sent.index - _WINDOW_BACK), sent)
            start = sent.offset - window.offset
            prev = spans.get(sent.index - 1)
            same = prev is not None and not _paragraph_break(text, text[prev.end : spans[sent.index].start])
            near = prev.start - window.offset if same and prev is not None else start
            yield _Window(window, start, near)


def _passage(facts: FactBase, numbered: dict[int, SentenceNums], first: int, last: SentenceNums) -> SentenceNums:
    """Sentences ``first`` to ``last`` of a document read as one, their numbers the sentences' own (scanned once per
    sentence, not again for each window that holds them)."""
    start = facts.sentence(last.doc, first).span.start
    nums = [
        n.shifted(shift)
        for i in range(first, last.index + 1)
        if (s := numbered.get(i)) is not None
        for shift in (s.offset - start,)
        for n in s.nums
    ]
    text = facts.documents[last.doc].text[start : facts.sentence(last.doc, last.index).span.end]
    return SentenceNums(last.doc, first, start, text, nums)


def _is_amount(sent: SentenceNums, n: Num) -> bool:
    """A count or sum that may be a part or a whole: no year, age, length of time, change's start or size."""
    text = sent.text
    if not n.is_count or n.value <= 0 or _age(sent, n) or _TIME_NOUN.match(text, n.end) or compared_with(text, n):
        return False
    return (
        _MOVE_BEFORE.search(text, max(0, n.hstart - 30), n.hstart) is None
        or _SHARE_OF_NUMBER.search(text, 0, n.hstart) is not None
    )


def _kind(text: str, n: Num) -> tuple[str, str]:
    """The kind of an amount: its currency sign and glued letters ("$", "m"; "", "Mt")."""
    return currency_sign(text, n), glued(text, n)


def _part_of_share(sent: SentenceNums, z: Num, start: int) -> Num | None:
    """The amount the share renames: the last amount of its clause before the link, no clause break between (a
    whole before it, "of 41", "Of the 412 …,", is passed over)."""
    link = _SHARE_LINK.search(sent.text, start, z.hstart)
    if link is None or (link.group("article") and not _RATE_AFTER.match(sent.text, z.end)):
        return None
    before = [n for n in sent.nums if start <= n.start and n.end <= link.start() and n is not z]
    for n in reversed(before):
        if n.is_share:
            return None  # another share before the link: which one is renamed is not said
        if not _is_amount(sent, n) or _SHARE_OF_NUMBER.search(sent.text, 0, n.hstart) or _opens(sent, n, start):
            continue
        if _THRESHOLD_BEFORE.search(sent.text, max(0, n.hstart - 20), n.hstart) or _threshold(sent, n):
            continue  # "434 reported weights below the 76kg/hl …": a threshold the part is measured against
        between = sent.text[n.end : link.start()]
        if len(between.split()) > 12 or _PREDICATE_BREAK.search(between):
            return None
        return n
    return None


# "below the 76kg/hl normally demanded": a threshold, never the part a share renames.
_THRESHOLD_BEFORE = re.compile(r"\b(?:below|above|under|beyond|exceeding|within)\s+(?:the\s+|a\s+|an\s+)?\S?$")


# "Of the 214 pupils who sat, …" opening a sentence before the share's.
_OPENS_BEFORE = re.compile(rf"(?:^|[.!?][\"”’']?\s+)\W*{_OF_OPEN} (?:the |those |these |all )?$")


def _earlier_openers(sent: SentenceNums, w: _Window, x: Num, amounts: list[Num]) -> list[Num]:
    """The whole of "Of N ⟨nouns⟩ …" opening a sentence before the share's in its window, counting the part's
    things ("Of the 214 pupils who sat, … Some 41 pupils …, about a fifth of the cohort"): the one such count."""
    ux = _noun_after(sent.text, x)
    if ux is None:
        return []
    got = [
        n
        for n in amounts
        if n.start < w.start
        and _OPENS_BEFORE.search(sent.text, 0, n.hstart)
        and _noun_after(sent.text, n) == ux
        and _lone_count(sent, n)
    ]
    return got if len(got) == 1 else []


# "grade 7 or above", "five or more", "aged 65 or over": a bound the part is counted by.
_OR_BEYOND = re.compile(
    r"\s+(?:[a-z]+\s+)?or (?:above|more|better|higher|over|below|less|fewer|under|worse|lower|older|younger)\b"
)
_PREP_BEFORE_HEDGE = re.compile(r"\b(?:in|with|for|on|across|of)\s+$")


def _threshold(sent: SentenceNums, n: Num) -> bool:
    """``n`` is a bound the part is counted by, not an amount: "… in at least five subjects" (a hedge of bounds after
    a preposition), "grade 7 or above"."""
    if _OR_BEYOND.match(sent.text, n.end):
        return True
    bound = n.hedge is not None and n.hedge.lower() in ("at least", "at most", "more than", "fewer than", "less than")
    return bound and _PREP_BEFORE_HEDGE.search(sent.text, max(0, n.hstart - 10), n.hstart) is not None


def _opens(sent: SentenceNums, n: Num, start: int) -> bool:
    """``n`` is the whole of "Of (the) N …, " opening the sentence."""
    return _OPENER.match(sent.text[start : n.hstart]) is not None


def _whole_candidates(w: _Window, z: Num, x: Num) -> list[Num] | None:
    """The counts the share names as its whole (None when it names none): the count after its "of"; a count of the
    noun it names, in the window; for "the total", "the force" and the like, the whole of "Of N …" opening the
    sentence, a count of people for a whole of people, or the one count of the part's things in the sentence or the
    one before in its paragraph; with no "of" after a share that closes its clause, the whole of "Of N …"."""
    sent, text = w.sent, w.sent.text
    direct = [n for n in sent.nums if n.start > z.end and _SHARE_OF_NUMBER.fullmatch(text[z.end : n.hstart])]
    if direct:
        return direct[:1] if _is_amount(sent, direct[0]) and _same_kind_of_things(text, x, direct[0]) else None
    amounts = _amounts_beside(sent, x, z)
    openers = [n for n in amounts if n.start >= w.start and _opens(sent, n, w.start) and _lone_count(sent, n)]
    of = _SHARE_OF_WHOLE.match(text, z.end)
    if of is None:
        own = _own_whole(text, x, amounts)
        closes = re.match(r"\s*(?:[.;,)—–]|$)", text[z.end :]) is not None or _RATE_AFTER.match(text, z.end)
        if not closes:
            return None
        return (openers or own) or _counted_before(w, x, amounts)
    words = of.group("words").split()
    head = canonical_noun(words[-1])
    named = [
        n
        for n in amounts
        if _related(head) & _names_of(text, n)
        and _bears(text, n, words)
        and not _OTHER_SCOPE_BEFORE.search(text, max(0, n.hstart - 40), n.hstart)
    ]
    if named:
        return named
    if openers and all(_related(head) & _doer_names(text, n) for n in openers):
        return openers  # "Of the 1,240 growers who answered …, 434 … – about 45 per cent of respondents"
    if head not in _COLLECTIVES and not (of.group("det") == "all " and len(words) == 1):
        return None
    if _owner(of.group("det") or ""):
        return None  # "about 2% of the region's workforce": an owner's whole, maybe not the one counted
    if openers:
        return openers
    if head in _WHOLE_NAMES and head != "total":
        earlier = _earlier_openers(sent, w, x, amounts)
        if earlier:
            return earlier
    near = [n for n in amounts if w.near <= n.start < x.start]
    if head in _PEOPLE_WHOLES:
        return [n for n in near if _noun_after(text, n) in _PERSONS]
    return [n for n in near if _counts_part_things(text, n, x)] if head == "total" else None


# "X of the ⟨things⟩" ("31,900 of the tickets", "61,200 of the votes cast", "of those visits"): the part of a whole the
# text has counted by that noun.
# The phrase closes on its noun, or on one participle after it ("of the votes cast —"), never a qualifier that
# makes it a subset ("138 of the patients on the drug (6.4%)": of one arm, not of all the patients).
_OF_THE_THINGS = re.compile(
    r"\s+of (?:the|those|these) (?P<words>(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*s)\b"
    r"(?=\s*(?:[,;:(—–]|$)|\s+(?:cast|sold|held|won|[a-z]+ed)\s*[,;:(—–])"
)


def _counted_before(w: _Window, x: Num, amounts: list[Num]) -> list[Num]:
    """For a part "X of the ⟨things⟩" and a share with no whole of its own ("Buyers took 31,900 of the tickets, or
    about 45 percent"), the one count of those things (by their noun or a related one) stated before the part in its
    window ("sold 86,400 tickets"), none of another scope ("last year's"); else none."""
    text = w.sent.text
    m = _OF_THE_THINGS.match(text, x.end)
    if m is None:
        return []
    head = canonical_noun(m.group("words").split()[-1])
    got = [
        n
        for n in amounts
        if n.end <= x.hstart
        and not _OPENS_BEFORE.search(text, 0, n.hstart)
        and _kind(text, n) == _kind(text, x)
        and _related(head) & _names_of(text, n)
        and not _OTHER_SCOPE_BEFORE.search(text, max(0, n.hstart - 40), n.hstart)
    ]
    return got if len({n.value for n in got}) == 1 else []


# Nouns that name one total by different words ("the attendance" of "a crowd of 6,412", "respondents" of "1,240
# replies", "the valid vote" of "4,271 valid votes", "the valid poll"): any word of a group names the others' total.
_RELATED_WHOLES = (
    ("attendance", "crowd", "gate", "spectator", "attendee"),
    ("respondent", "response", "reply", "answer", "answered", "responded", "replied"),
    ("vote", "poll", "ballot"),
    ("applicant", "application", "applied"),
    ("entrant", "entry", "entered"),
)
_RELATED = {canonical_noun(w): frozenset(canonical_noun(v) for v in group) for group in _RELATED_WHOLES for w in group}


# "growers who answered AHDB's survey": the verb of a relative clause after the whole of "Of N …", whose doer names it.
_RELATIVE_VERB = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:who|that) (?:have |had )?(?P<verb>[a-z]+)\b")


def _doer_names(text: str, n: Num) -> set[str]:
    """The verb of the relative clause after the whole of "Of N …" ("growers who answered": answered), or none."""
    m = _RELATIVE_VERB.match(text, n.end)
    return {canonical_noun(m.group("verb"))} if m is not None and "," not in m.group(0) else set()


def _related(noun: str) -> frozenset[str]:
    """A canonical noun and the nouns that name the same total (``_RELATED_WHOLES``)."""
    return _RELATED.get(noun, frozenset({noun}))


_WORDS_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,3}")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w-]*\s+){1,3}\S?$")


def _bears(text: str, n: Num, words: list[str]) -> bool:
    """Amount ``n`` is written with every modifier of the share's whole ("the valid vote": "4,271 valid votes"):
    the words before the whole's noun, among the three words on either side of the amount within its phrase."""
    mods = {canonical_noun(w.lower()) for w in words[:-1]} - STOPWORDS
    if not mods:
        return True
    after = _WORDS_AFTER.match(text, n.end)
    before = _WORDS_BEFORE.search(text, 0, n.hstart)
    near = " ".join(m.group(0) for m in (after, before) if m is not None).lower().split()
    return mods <= {canonical_noun(w) for w in near}


def _same_kind_of_things(text: str, x: Num, n: Num) -> bool:
    """Part and whole may count one kind of thing: not people against things, and not two nouns when the part's noun
    alone stands before the share ("won 12 seats, 40% of the 30,000 votes"; "720 flights were scrapped, 5% of the
    22,480 movements" names the part by its predicate)."""
    nouns = (_noun_after(text, x), _noun_after(text, n))
    bare_noun = _NOUN_AFTER.fullmatch(text[x.end : x.end + len(text[x.end :].split(",")[0])]) is not None
    return not _people_and_things(text, x, n) and not (None not in nouns and nouns[0] != nouns[1] and bare_noun)


def _people_and_things(text: str, x: Num, n: Num) -> bool:
    """One of part and whole counts people, the other things ("12 depots …, 20% of its 300 staff"): no share."""
    nouns = (_noun_after(text, x), _noun_after(text, n))
    people = [noun in _PERSONS or noun == "person" for noun in nouns]
    return None not in nouns and people[0] != people[1]


# Wholes that count people ("of the force", "of that workforce").
_PEOPLE_WHOLES = frozenset({"force", "workforce", "staff", "membership", "electorate", "population"})
# "X of them": the part counts the things of the sentence before.
_OF_THEM = re.compile(r"\s+of (?:them|those|these)\b")


def _names_of(text: str, n: Num) -> set[str]:
    """The nouns that name ``n`` as a whole: the noun after it ("26,430 attendances"), or the noun it is "of" ("a
    fleet of 41", "a total of 13,130")."""
    named = _nouns_after(text, n)
    if len(named) > 1:  # "240 school pupils": the plural names the whole, not its singular modifier
        named -= {_noun_after(text, n)}
    before = _NOUN_OF_BEFORE.search(text, max(0, n.hstart - 80), n.hstart)  # (anchored at the number)
    return named | {canonical_noun(before.group("noun"))} if before else named


def _counts_part_things(text: str, n: Num, x: Num) -> bool:
    """``n`` counts the part's things: the same noun, the same unit glued to both ("208 Mt" … "520 Mt"), or any
    plural when the part is "X of them"."""
    if _OF_THEM.match(text, x.end):
        word = _NOUN_AFTER.match(text, n.end)
        return word is not None and is_plural(word.group(1))
    ux = _noun_after(text, x)
    return (ux is not None and ux == _noun_after(text, n)) or (
        bool(glued(text, x)) and glued(text, x) == glued(text, n)
    )


def _explained(w: _Window, z: Num, stated: Interval) -> bool:
    """Some pair of amounts (one kind) of the sentence and the one before in its paragraph, before the share or its
    own whole after "of", has the share between them (an open bound by its stated value: "more than 12" over "over
    75" would explain any share)."""
    sent = w.sent
    # amounts after the share explain it only as its own whole ("Z of N"): "22 were in A – more than 40% – with 18 in
    # B and nine in C" is not nine of 22
    amounts = [
        n
        for n in sent.nums
        if n is not z
        and n.start >= w.near
        and _is_amount(sent, n)
        and (n.end <= z.hstart or _SHARE_OF_NUMBER.fullmatch(sent.text[z.end : n.hstart]))
    ]
    return any(
        a.value < b.value and _kind(sent.text, a) == _kind(sent.text, b) and _share_between(a, b).overlaps(stated)
        for a in amounts
        for b in amounts
    )


def _share_between(a: Num, b: Num) -> Interval:
    """``a`` as a percentage of ``b``: their bounds' quotient, or their stated values' when a bound is open."""
    if a.bounds.bounded and b.bounds.bounded:
        return (a.bounds / b.bounds).scale(100.0)
    return Interval.point(100.0 * a.value / b.value)


def _read_share(rule: PercentOfRule, facts: FactBase, w: _Window, z: Num) -> Verdict | None:
    """The verdict on one share of the window's sentence, or None when its part or whole is not stated as one."""
    sent, text = w.sent, w.sent.text
    added = _added_share(facts, w, z, rule.tolerance)
    if added is not None:
        return added
    moved = _MOVE_BEFORE.search(text, max(0, z.hstart - 30), z.hstart)
    if z.points or moved or (_CHANGE_AFTER.match(text, z.end) and not _RATE_AFTER.match(text, z.end)):
        return None
    x = _part_of_share(sent, z, w.start)
    wholes = _whole_candidates(w, z, x) if x is not None else None
    if x is None:
        x = _part_after_share(sent, z)
        wholes = _wholes_of_part_after(w, z, x) if x is not None else None
    if x is None:
        return None
    kinds = [n for n in wholes or [] if _kind(text, n) == _kind(text, x)]
    if len({n.value for n in kinds}) != 1:
        return _read_named_elsewhere(rule, facts, w, z, x)
    n = kinds[0]
    if not 0 < x.value <= n.value:
        return None
    if n.start < w.start:  # the whole stated in a sentence before: each quoted in its own sentence
        verdict = _across(rule, facts, sent, sent, x, n, z, where="stated before")
    else:
        verdict = _verdict(rule, facts, sent, x, n, z)
    if not verdict.held and _explained(w, z, z.bounds.widen(abs_=rule.tolerance)):
        return None
    return verdict


# A whole named by its noun anywhere in the document: "Redbourne brought 1,870 supporters, almost 40 per cent of the
# attendance" after "The crowd of 6,412 …" (or before "Attendance: 6,412"), "412 votes, almost 15 per cent of the valid
# vote" before "the five candidates took 4,271 valid votes" (after the share only with a modifier or as a label). The
# whole is named by the noun after it, the noun it is "of", a label ("Attendance: 6,412"), a subject before a verb of
# amount ("The ground will hold 32,000") or a collective it makes up ("842 buses in the fleet"), by the share's noun
# or a related one (``_RELATED_WHOLES``), with the share's modifiers ("valid"); "the total" is the total of the part's
# own things. Every such amount larger than the part must be one value, none of another scope ("last season's
# average crowd of 5,200").
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z][\w-]*)\s+(?:was|were|is|are|stood at|reached|totalled|totaled|numbered|came to|amounted to"
    r"|(?:will |would |can |could )?(?:hold|holds|held|seat|seats))\s+\S?$"
)
_HEADING_LABEL = re.compile(r"(?:^|[.;]\s+)\W*(?P<noun>[A-Za-z][\w-]*):\s*\S?$")
# "842 buses in the fleet", "8,930 households on the list": a count of things that makes up a collective named after it.
_WITHIN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}(?:in|on) (?:the|its|their) (?P<noun>[a-z][\w-]*)\b")
_OTHER_SCOPE_BEFORE = re.compile(r"(?i)\b(?:last|previous|prior|average|earlier)\b[^.;,]{0,30}$")


def _whole_names(text: str, n: Num) -> set[str]:
    """The nouns that name ``n`` as a whole (:func:`_names_of`), its label, or a subject before a verb of amount."""
    magnitude = glued(text, n)
    if magnitude and not magnitude[0].isupper():  # "a £412m budget": the noun after the magnitude names it
        n = dataclasses.replace(n, end=n.end + len(magnitude))
    names = _names_of(text, n)
    subject = _SUBJECT_BEFORE.search(text, max(0, n.hstart - 60), n.hstart)
    label = _HEADING_LABEL.search(text[: n.hstart])
    within = _WITHIN_AFTER.match(text, n.end)
    named = (subject, label, within)
    return names | {canonical_noun(m.group("noun").lower()) for m in named if m is not None}


def _part_nouns(text: str, x: Num) -> set[str]:
    """What the part counts: the plural noun after it ("1,146 assaults"), or the subject before a verb of amount
    ("International visitors numbered 412,000")."""
    after = _noun_after(text, x) if _plural_after(text, x) else None
    subject = _SUBJECT_BEFORE.search(text, max(0, x.hstart - 60), x.hstart)
    nouns = {after} if after else set()
    if subject is not None and is_plural(subject.group("noun")):
        nouns.add(canonical_noun(subject.group("noun").lower()))
    return nouns


def _whole_of_scope(sent: SentenceNums, n: Num) -> bool:
    """``n`` may be a total of the document's own scope: a count, no year, age, length of time, change's start or
    size, level compared with, nor one of another period or an average."""
    text = sent.text
    return (
        n.is_count
        and not n.year
        and n.value > 0
        and not _age(sent, n)
        and not _TIME_NOUN.match(text, n.end)
        and not _compared(text, n)
        and not _change_figure(text, n)
        and not _OTHER_SCOPE_BEFORE.search(text, max(0, n.hstart - 40), n.hstart)
    )


def _named_elsewhere(facts: FactBase, w: _Window, z: Num, x: Num) -> tuple[SentenceNums, Num, str] | None:
    """The one amount of the document that the share's "of ⟨noun⟩" names (see ``_SUBJECT_BEFORE``), its sentence and
    the noun phrase; None for "the total", "the force" and other collectives, an owner's whole or "all"."""
    of = _SHARE_OF_WHOLE.match(w.sent.text, z.end)
    if of is None or of.group("det") == "all " or _owner(of.group("det") or ""):
        return None
    words = of.group("words").split()
    head = canonical_noun(words[-1])
    if head in ("whole", "all"):
        return None
    if head == "total":  # "the violent total": the amount bearing the modifier; "the total": of the part's things
        nouns = _part_nouns(w.sent.text, x)
        if not nouns and not {v.lower() for v in words[:-1]} - STOPWORDS:
            return None
        heads = frozenset(nouns) or None
    else:
        heads = _related(head)
    kind = _kind(w.sent.text, x)
    here = _share_index(facts, w)
    modified = bool({v.lower() for v in words[:-1]} - STOPWORDS)
    found = [
        (s, n)
        for s in scanned(facts).get(w.sent.doc, [])
        if len(s.nums) <= MAX_NUMBERS
        for n in s.nums
        if n.value > x.value
        and (s.index <= here or modified or _HEADING_LABEL.search(s.text[: n.hstart]))
        and _kind(s.text, n) == kind
        and _whole_of_scope(s, n)
        and (heads & _whole_names(s.text, n) if heads is not None else bool(_nouns_after(s.text, n)))
        and _bears(s.text, n, words)
    ]
    if len({n.value for _, n in found}) != 1:
        return None
    return found[0][0], found[0][1], " ".join(words)


def _share_index(facts: FactBase, w: _Window) -> int:
    """The index of the window's own sentence (the last of its passage)."""
    at = w.sent.offset + w.start
    return next((s.index for s in scanned(facts).get(w.sent.doc, []) if s.offset == at), w.sent.index)


def _position(facts: FactBase, w: _Window, whole: SentenceNums) -> str:
    """Where the whole's sentence stands from the share's ("in the sentence before", "5 sentences after")."""
    d = whole.index - _share_index(facts, w)
    if d == 0:
        return "in the same sentence"
    side = "before" if d < 0 else "after"
    return f"in the sentence {side}" if abs(d) == 1 else f"{abs(d)} sentences {side}"


def _read_named_elsewhere(rule: PercentOfRule, facts: FactBase, w: _Window, z: Num, x: Num) -> Verdict | None:
    """The verdict on a share of a whole named by its noun elsewhere in the document (:func:`_named_elsewhere`)."""
    got = _named_elsewhere(facts, w, z, x)
    if got is None:
        return None
    s, n, noun = got
    share = _share(x, n)
    evidence = [
        quote_nums(facts, w.sent, (x, z)),
        quote_nums(facts, s, (n,)).model_copy(update={"role": "whole"}),
    ]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": n.bounds}
    said = f"{_amount(w.sent.text, x)} of {_amount(s.text, n)} (the {noun}, {_position(facts, w, s)}) is"
    if share.overlaps(z.bounds.widen(abs_=rule.tolerance)):
        return ok(f"{said} {pct(x.value / n.value * 100)}, matching {z.shown}", evidence, **values)
    verdict = fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)
    if not verdict.held and _explained(w, z, z.bounds.widen(abs_=rule.tolerance)):
        return None
    return verdict


# The part after its share, in brackets or a dash aside, the share's noun between: "nearly two-thirds (198) were aged
# over 75", "Only one in ten farmers — 2,870 of the 14,200 who responded —".
_PART_AFTER = re.compile(r"(?: [a-z][\w-]*){0,3}\s*(?:\(|[—–]\s*)(?:some |about |around |nearly |almost |roughly )?$")


def _part_after_share(sent: SentenceNums, z: Num) -> Num | None:
    """The amount a share renames right after it, in brackets or a dash aside (:data:`_PART_AFTER`)."""
    after = next((n for n in sent.nums if n.start >= z.end), None)
    if after is None or after.is_share or not _is_amount(sent, after):
        return None
    return after if _PART_AFTER.fullmatch(sent.text[z.end : after.hstart]) else None


def _wholes_of_part_after(w: _Window, z: Num, x: Num) -> list[Num] | None:
    """The whole of a part stated after its share: the N of the part's own "X of N", else of "Of N …," or "Among
    N …," opening the sentence before the share."""
    sent = w.sent
    amounts = _amounts_beside(sent, x, z)
    own = _own_whole(sent.text, x, amounts)
    if own:
        return own[:1]
    openers = [n for n in amounts if w.start <= n.start < z.start and _opens(sent, n, w.start) and _lone_count(sent, n)]
    return openers or None


def _amounts_beside(sent: SentenceNums, x: Num, z: Num) -> list[Num]:
    """The amounts of the sentence, other than the part ``x`` and the share ``z``, that may be the part's whole."""
    return [n for n in sent.nums if n is not x and n is not z and _is_amount(sent, n) and n.value >= x.value]


def _own_whole(text: str, x: Num, amounts: list[Num]) -> list[Num]:
    """The N of the part's own "X of N" among ``amounts``."""
    return [n for n in amounts if _SHARE_OF_NUMBER.fullmatch(text[x.end : n.hstart])]


def _lone_count(sent: SentenceNums, n: Num) -> bool:
    """The whole of "Of N …," is the only count of its phrase ("Of the 1,000 homes on 300 streets," holds two; "Among
    the 412 people who waited more than 12 hours," one: a length of time is no count)."""
    comma = sent.text.find(",", n.end)
    end = comma if comma >= 0 else len(sent.text)
    return not any(
        m is not n and n.end <= m.start < end and not _LENGTH_OF_TIME.match(sent.text, m.end) for m in sent.nums
    )


# "X added to (the) … Y — a Z increase": a change stated as a percentage of its base, the amount added over the base.
_ADDED_TO = re.compile(r"\s+(?:[a-z]+ ){0,3}(?:added to|on top of)\b[^,;:()—–]{0,60}$")
_BASE_LINK = re.compile(r"(?: [a-z][\w-]*){0,4}\s*(?:,|—|–|\()\s*(?:a |an )?$")
# The increase closes its phrase: not "a 20% increase on last year's", "over three years" (a change of another base).
_INCREASE_AFTER = re.compile(
    r"(?i)\s*(?:-\s*)?(?:increase|rise|raise|hike|uplift|jump)\b(?!\s+(?:on|over|from|compared|against|since|in)\b)"
)


def _added_share(facts: FactBase, w: _Window, z: Num, tolerance: float) -> Verdict | None:
    """ "X added to … Y — a Z increase": X over Y is the stated increase Z (one currency, or plain counts)."""
    sent, text = w.sent, w.sent.text
    if not _INCREASE_AFTER.match(text, z.end):
        return None
    before = [n for n in sent.nums if w.start <= n.start and n.end <= z.hstart]
    if len(before) < 2 or not _BASE_LINK.fullmatch(text, before[-1].end, z.hstart):
        return None
    x, base = before[-2], before[-1]
    if not (x.is_count and base.is_count and base.value > 0) or _kind(text, x) != _kind(text, base):
        return None
    if not _ADDED_TO.match(text[x.end : base.hstart]):
        return None
    return _increase_verdict(facts, sent, x, base, z, tolerance)


def _increase_verdict(facts: FactBase, sent: SentenceNums, x: Num, base: Num, z: Num, tolerance: float) -> Verdict:
    """The amount ``x`` added to ``base`` against the stated increase ``z``."""
    text = sent.text
    share = (x.bounds / base.bounds).scale(100.0)
    stated = z.bounds.widen(abs_=tolerance)
    evidence = [quote_nums(facts, sent, (x, base, z))]
    values = {"computed": share, "stated": z.bounds, "part": x.bounds, "whole": base.bounds}
    said = f"{_amount(text, x)} added to {_amount(text, base)} is an increase of"
    if share.overlaps(stated):
        return ok(f"{said} {pct(x.value / base.value * 100)}, matching {z.shown}", evidence, **values)
    return fail(f"{said} {fmt_iv(share, '%')}, not {z.shown}", evidence, **values)


# "X (a month) amounts to a Z increase on the ⟨phrase⟩ of Y": the amount X over its base Y is the increase Z (one
# currency, or plain counts; no number between).
_INCREASE_ON = re.compile(
    rf"⟨(?P<x>\d+)⟩{_G}(?: [a-z][\w’'-]*){{0,4}} (?:amounts? to|amounted to|represents|represented|would be|means"
    rf"|meant) (?:a|an) ⟨(?P<z>\d+)⟩[ -](?:increase|rise|raise|hike|uplift) (?:on|over) (?:the |its |their |an? )?"
    rf"(?:[a-z][\w’'-]* ){{0,4}}of {_CUR}?⟨(?P<n>\d+)⟩{_G}(?!\s*(?:and|or|to)\b|\s*[-–]\s*⟨)"
)


def _increase_on(rule: PercentOfRule, facts: FactBase, sent: SentenceNums, skel: str) -> Iterator[Verdict]:
    """ "X amounts to a Z increase on … Y" (``_INCREASE_ON``)."""
    for m in _INCREASE_ON.finditer(skel):
        x, z, base = (sent.nums[int(m.group(k))] for k in ("x", "z", "n"))
        if (
            x.is_count
            and base.is_count
            and z.percent
            and base.value > 0
            and _kind(sent.text, x) == _kind(sent.text, base)
        ):
            yield _increase_verdict(facts, sent, x, base, z, rule.tolerance)


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _read_shares(rule: PercentOfRule, facts: FactBase, judged: dict[str, list[tuple[int, int]]]) -> Iterator[Verdict]:
    """Every share of a sentence under check not read by the forms above, by the share reader."""
    for w in _windows(facts, judged):
        for z in w.sent.nums:
            at = w.sent.offset + z.start
            if not z.is_share or z.start < w.start or _in_spans(judged.get(w.sent.doc, []), at):
                continue
            verdict = _read_share(rule, facts, w, z)
            if verdict is not None:
                yield verdict
