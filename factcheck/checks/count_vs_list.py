"""count_vs_list: a stated count disagrees with the list that enumerates it.

What it flags: a count followed directly by the list it announces ("three regions: X, Y, Z and W", also after a
time phrase or a superlative adverb and a colon or dash: "four new routes this summer: A, B, C and D", "hit four
provinces hardest: A, B, C and D", "the four
candidates — A, B, C and D", "the two leaders, Macron and Scholz,", "the five seeds who reached the last eight were
A, B, C and D", "the three warmest years were 2024, 2023 and 2016", with a short relative clause before a dash or
colon and a closed list: "the four faculties that cut places this year — medicine, law, music and architecture —"
or a reduced one, a past participle alone or before a preposition or time word, maybe after a superlative or
manner adverb: "the two wards closed last winter — A, B and C —", "the four regions hardest hit by the drought — …"
(a short prepositional phrase needs no determiner, as a bare head needs none: "four schools in the Borders — A, B, C
and D —", "three hospitals across the county: …", unless its list is of places after "in"/"at" shorter than the
count),
a count as the subject of a short clause opened by an auxiliary, then a dash or colon and capitalised names that end
the sentence: "three regulars will miss Saturday's final — A, B, C and D." (a year after a preposition of time may
date the clause: "four projects will be pushed out to 2030: …"), or opened by a verb of composition,
whose list may be of common nouns: "Three species made up the rest: red deer, roe deer and muntjac.", or by a verb in
the past (a verb of placing whose phrase may hold a rank: "three local riders finished in the top 20: A, B, C and
D"; a verb of ranking right before a rank: "four films made the top 50 —", "five universities rank among the world's
top 100:"; a short phrase of place and an adverb may stand before the verb: "five schools in the county now rank …"),
its noun maybe naming its kind in an "of" phrase without a determiner ("three forms of support will
continue: …"), its items maybe names before a common noun or two when no other reading closes the list ("U-Save
rebates, the Fuel Duty cash grant"), its subject maybe a plural demonym ("Two Kenyans finished in the top 10: A and
B.") when the number of items differs.
A count before a comma needs no determiner when its list is of given names sharing the surname after the last
and closes the clause ("three sisters, Judit, Eszter and Réka Varga;"), or when it counts a person's children or
siblings and capitalised names follow, closing the clause or before the next count ("four children, Amir, Nurul
and Hafiz, and 11 grandchildren"); "children",
"men" and "women" are heads on their own.
A clause whose object is a plural common noun ("three unions have balloted members: …") may list those things, not
the count's: it is read only when every item ends on a modifier of the count's noun, capitalised ("three water
companies have announced bans: Severn Water, Wessex Water and Yorkshire Water"), or when the object names changes
and every item is capitalised ("four divisions recorded increases: St Catherine North, …": names are no changes);
an idiom's object ("changed hands", "switched sides", "swapped places") names nothing a list could, and is no object.
A count of people then ", with" their full names, the list closing its clause or taken up by "all"/"both"/"each"
("Britain had three men in the top 10, with A B, C D, E F and G H all finishing …"): more names than the count is
flagged; fewer may be some of the group and are never compared.
After a colon, items may be clauses separated by semicolons, three or more, the last after "; and", to the end of
the sentence ("four directions to the Commissioner of Police: to install …; to keep …, with …; and to file …"); a
capitalised last word before the dash or colon ends a name, no group the list could name.
A capitalised name may end on a small number ("Hinjewadi Phase 1", "Terminal 5"): one item.
Items may share a leading "in"/"at" after a dash or colon ("four studios — in Austin, Montreal and Leeds —", each
may repeat it), be lower-case phrases that hold an acronym ("surveillance, WASH and vaccination"), be identifiers
after "the" that start with a digit ("the 8A, the 31 and the 55N", not "the 2024 and
the 2025 seasons"), and a town with its region or country ("Guildford, England", "Austin, Texas": a country or large
region of the gazetteer, ``regions`` in places.yaml, after a name that is none) is one item, unless another item is
itself a country or region ("London, Germany, France and Japan": four markets). A list of places after "in"/"at"
with fewer places than the count, one of them a country or region ("nine stores — in Ohio, Texas and Utah"), may
hold several items in one place and is not compared.
A group counted in one sentence and enumerated in the next one or two sentences of the same paragraph ("five
countries met… the ministers from A, B, C, D and E") is confirmed when the counts agree, never flagged: a later
list may name only part of the group.
A count of additions ("five more lenders", "three new clubs") and "the new Y" listed in the very next sentence (which
may open the next paragraph) after "as", a colon or "are/were", a closed list of names ending that sentence ("named
the new licensees as A, B, C and D"), are compared: the new ones are those added.
A team's changes and the players they bring in ("made three changes to the side …, bringing in defender A,
midfielders B and C and winger D": four names; a role noun may lead an item) are compared when every item to the end
of the sentence, or of the clause (", and the pack …": a new clause opened by a determiner), is a name.
A name may open on a Khoekhoe click letter ("//Karas", "!Kung").
A title set in italics or bold ("*The Thumbnail Flora*") is one item whatever its words, and a list of such titles
names works, never the people a clause's plural object names ("three books for young readers: *A*, *B* and *C*").
Why it matters: adding or dropping a name in an edit leaves the count wrong.
Flags: "The three regions: Tuscany, Umbria, Lazio and Marche."
Passes: "There were four candidates — Ames, Baker, Cole and Dunn."
Parameters: max_count (largest count checked; default 20).
A count of a group named before, "N of them:" (these, those), and its members after the colon to the end of the
sentence, each opening with a determiner ("conceded on three of them: the allowances, the platform and the
moratorium"), are compared; an item that would split on its own "and" leaves the list unread.
After a colon or dash, lower-case phrases of up to twelve words to the end of the sentence are a list when a serial
comma ends every item (the last, after ", and", may hold "and": "three groups of adults: people living alone, people in
care homes, and people who were discharged and live with family") or, with no serial comma, when no item holds
"and"/"or" and the items open alike, each with a gerund or each with the same word ("four prizes: best short film,
best debut feature and best documentary"). The count's noun may name its kind in an "of" phrase with no determiner
before the colon or dash ("three groups of high-risk people: …"), and may be a capitalised plural after a
determiner when the count is in lower case ("the four signatory First Nations — A, B and C —"; "the Six Nations" is
a name). The "of" of "on behalf of" (ahead of, because of, instead of, in favour of, in front of) is no partitive.
After two gerund items or more, the last may be a noun phrase opening with "a"/"an" ("indexing the brackets, raising
the allowance to $12,000, cutting the rate and a new credit for firefighters": four items); a phrase may hold a sum of
money. After a colon or dash, people named in full, each maybe after a lower-case role of one or two words (one at
least: "prop Ieuan Kelleher, centre Tomos Llewellyn and scrum-half Gethin ap Dafydd"), are counted to the end of the
sentence or of the clause (", and the …", ", and two of them …").
A clause whose object is a plural common noun may still list the count's group when the count's noun counts places
("markets", "countries", "regions") and every item is a country or region of the gazetteer ("Four markets supplied
more than two-thirds of stays: mainland Portugal, Germany, the US, Spain and the UK"); a share of something may stand
in such a clause ("two-thirds of"), and a place may follow a geographic adjective ("mainland", "northern"). Bold or
italic markup closing right before the colon ("stays**:") is no word.
A list whose first "and" is followed by more items ("financial and insurance services, information and
communications, and health") holds items with "and" in them and is not read, unless its items are names in three
comma-separated parts or more, the last joining two names with its one "and" ("Harris and Sons, Dell's Deli, Salt and
Stone, Penny Lane Books and Orr Opticians": five shops); a hard-wrapped line break is a space.
A verb of state in the present may open a counted subject's clause ("Four communities remain under evacuation orders:
A, B and C"); an object that is a standing, restriction or permission ("clinched playoff spots", "evacuation orders",
"permits") bears no proper names, so capitalised names after the colon are the subject's, as after "increases"; a
share and what it is of after a count of places ("four provinces accounted for the bulk of the killings:") is no
object, and only names are then read.
Two capitalised names joined by an unspaced en dash or slash are one item, a route or a pairing ("Calgary–Dublin",
"Nadal/Alcaraz"). After a colon, lower-case phrases to the end of the sentence, at least one comma and one "and"/"or"
among them, hold at most one item per comma and per "and"/"or" not after a comma, plus one (each "and" may join two
items or two words of one): a count above that is flagged whatever the reading ("five considerations: the cost of
living, productivity growth, the needs of the low-paid and the risk to jobs": four at most), a count below it never
(a comma may open an aside within an item). A last item "others" ("and others", "and more") leaves the list open.
A count of some of a group, "N of the ⟨group⟩", then a dash or colon and a closed list of names lists the N picked
out ("aimed at four of the hardest-hit counties — A, B, C, D and E —": five names for four); after "N of the M …" the
list may name the M, so only a list of neither size is flagged; not when another count stands before it in its clause
("Four markets supplied 12 of the shops: Leeds, York and Hull").
A contrasting clause after a comma closes a list ("… : A, B and C, while D lost ground"; not when it adds to the
group: "while D also gained"); a name placed by its town ("St. Brendan's in Ardmore") is one item; a measure in a
counted subject's clause ("were without water for more than 48 hours:") is no count or object the list could name.
A sentence that ends on a colon after its one count ("The board approved three projects:", "five boats were cleared
for the scheme, namely:"), no number or plural between the count's noun and the colon, is compared with the bulleted
list that follows it (one item a line, blank lines allowed; an indented bullet or "and others" leaves it unread).
A count of days, then a colon or dash and the days of one month ("on five days: 3, 4, 11 and 12 March"), is
compared with the days listed; a range ("3-6 March") is not.
Known false positives: list items that themselves contain "and" ("Bosnia and Herzegovina") are counted twice; a
list of towns after "in" with several items in one town ("12 stores — in Leeds, York and Hull") is read as one item
per town.
Not tried: partial lists ("including", "such as", "among them", "like", "notably"), lists ending in "and others" or
"etc.", hedged counts ("about five"), counts of more than ``max_count`` items, lists in a following paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, dashes, fail, ok
from factcheck.checks._numeric import (
    CURRENCY_SIGN,
    STOPWORDS,
    Num,
    is_plural,
    quote,
    scan,
    sentence_nums,
    skeleton,
    skeleton_offset,
)
from factcheck.checks._registry import register_check
from factcheck.extract import numbers as num
from factcheck.extract.entities import is_area, is_demonym
from factcheck.extract.sentences import reading_text
from factcheck.facts import FactBase
from factcheck.models import Sentence
from factcheck.rules.base import RuleBase

_CUR = CURRENCY_SIGN  # a currency sign before an amount


class CountVsListRule(RuleBase):
    type: Literal["count-vs-list"] = "count-vs-list"
    max_count: int = Field(20, ge=2, description="largest stated count that is compared with a list")


_NOT_ITEM_NOUNS_TEXT = """
years days months weeks hours minutes seconds times points percent decades centuries miles
kilometres kilometers metres meters feet inches pounds dollars euros tons tonnes seats votes goals
runs games matches rounds sets laps people
"""
_NOT_ITEM_NOUNS = frozenset(_NOT_ITEM_NOUNS_TEXT.split())
_PARTIAL = re.compile(
    r"(?i)^\s*(?:[,:—–(]\s*)?(?:including|includ\w*|such as|among them|among whom|among which|like|notably|"
    r"e\.g\.|for example|for instance|mainly|mostly|chiefly|particularly|especially|led by|of which|of whom)\b"
)
_MODS = r"(?P<mods>(?: (?!(?:of|the|a|an|in|on|at|to|for|from|by|and|or|with)\b)[A-Za-z][\w’'-]*){0,3}?)"
# "four new routes this summer: A, B, C and D": a time phrase between the noun and a colon or dash.
_WHEN_HEAD = (
    r"(?: (?:this|next|last|later this|earlier this)"
    r" (?:year|month|week|weekend|season|spring|summer|fall|autumn|winter)(?=:| —| –)"
    # or a superlative adverb on the verb ("the storm hit four provinces hardest: …")
    r"| (?:hardest|worst|most|least|best|longest|earliest|fastest)(?=:| —| –))?"
)
# The noun may be a capitalised plural after a determiner ("the four signatory First Nations —": _capital_ok) and
# may name its kind in an "of" phrase without a determiner before a colon or dash ("three groups of high-risk
# people: …").
_HEAD = re.compile(
    rf"⟨(?P<n>\d+)⟩{_MODS} (?P<noun>[a-z][\w-]*(?:[^su\W]s|people|men|women|children|staff|police)"
    r"|children|women|men|[A-Z][a-z]+[^su\W]s)\b"
    r"(?:(?P<kind> of (?!(?:the|a|an|its|their|his|her|our|these|those|this|that)\b)[a-z][\w-]*(?: [a-z][\w-]*){0,2})"
    r"(?=:| —| –))?"
    rf"(?:{_WHEN_HEAD}(?P<sep>:| —| –| \(|,)(?P<intro> namely| respectively)?)?"
)
# "three of the four cities — A, B and C": the list may name the part or the whole, so it is not compared; the "of"
# closing a complex preposition ("on behalf of the four nations —", "ahead of the three finals:") is none.
_PARTITIVE = re.compile(
    r"(?i)(?<!\bbehalf )(?<!\bahead )(?<!\bbecause )(?<!\binstead )(?<!\bfavour )(?<!\bfavor )(?<!\bfront )"
    r"\bof (?:the |its |their |these |those |our |his |her )?$"
)
# "14 medals — five gold, four silver and six bronze": items that open with a number are a breakdown (sum-of-parts).
_NUMBER_ITEM = re.compile(
    rf"(?i){_CUR}?(?:\d|(?:{'|'.join(sorted([*num.SMALL, *num.TENS], key=len, reverse=True))})\b)"
)
# A name may end on a small number after a capitalised word ("Hinjewadi Phase 1", "Terminal 5"), one item.
# A click letter of a Khoekhoe name may open it ("//Karas", "!Kung", "ǁKaras").
# A place's name may follow a geographic adjective ("mainland Portugal", "northern Italy"): one item.
_GEO = r"(?:mainland|northern|southern|eastern|western|central|coastal|north|south|east|west)"
_GEO_BEFORE = re.compile(rf"^(?:the )?(?:{_GEO} )?")
# Two names joined by an unspaced en dash or slash are one item, a route or pairing ("Calgary–Dublin", "Paris/Orly").
_CAP_ITEM = (
    rf"(?:the |{_GEO} (?=[A-Z]))?"
    r"(?://|!|ǁ|ǃ)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[–/][A-ZÀ-ÖØ-Þ][\w’'.-]*)?"
    r"(?: (?:of |de |del |la |von |van |al-|bin )?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[–/][A-ZÀ-ÖØ-Þ][\w’'.-]*)?){0,4}"
    r"(?: \d{1,3}[A-Z]?\b(?![.,:/–-]\d))?"
    # a name may be placed by the town it is in ("St. Brendan's in Ardmore", "the Royal at Haslar"): one item
    r"(?: (?:in|at) [A-ZÀ-ÖØ-Þ][\w’'.-]*(?: [A-ZÀ-ÖØ-Þ][\w’'.-]*){0,2})?"
)
# A name before a common noun or two is the name of a kind ("U-Save rebates", "the Fuel Duty cash grant").
_NAMED_ITEM = rf"{_CAP_ITEM}(?: (?!(?:and|or)\b)[a-z][\w’'-]*){{0,2}}"
# "three sisters, Judit, Eszter, Klára and Réka Varga;": given names, one word each, sharing the surname after the
# last, closing the clause: people named in full, so a count before a comma needs no determiner.
_GIVEN = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+"
# "He leaves his wife, four children, Amir, Nurul and Hafiz, and 11 grandchildren": a count of a person's children or
# siblings before a comma, then their given names (capitalised items), needs no determiner either when the names
# close the clause or the next relatives are counted ("and 11 grandchildren"; after "and a sister, Ruth" they may go
# on).
_KIN = frozenset({"children", "sons", "daughters", "brothers", "sisters", "siblings", "grandchildren"})
_AND_NEXT = re.compile(r",? and ")
_SHARED_SURNAME = re.compile(rf"{_GIVEN}(?:, {_GIVEN})*,? and {_GIVEN} {_GIVEN}(?=\s*(?:[.;)—–]|$))")
# A lower-case item may be or hold an acronym ("surveillance, WASH and vaccination", "HIV testing").
_LOW_WORD = r"(?!and\b|or\b)(?:[a-z][\w’'-]*|[A-Z]{2,6}s?\b)"
_LOW_ITEM = rf"{_LOW_WORD}(?: {_LOW_WORD}){{0,2}}"
_END_OTHERS = re.compile(r"(?i)^(?:,? (?:and|or) (?:others|more|many more|so on)|,? etc\b|,? among others)")
_DET_BEFORE = re.compile(r"(?i)(?:\b(?:the|these|those|its|their|our|his|her|all|both|other)|\w['’]s)\s+$")
_ANAPHOR = re.compile(
    r"(?i)\b(?:their|these|those|them|the (?:group|bloc|trio|quartet|five|four|three|six|seven|eight|nine|ten)|"
    r"(?:ministers|leaders|representatives|delegates|officials|heads|envoys|delegations|presidents|members)"
    r" (?:from|of))\b"
)


# "The tournament's five seeds who reached the last eight were A, B, C and D", "the five warmest years on record are
# 2024, 2023, 2025 and 2020": a definite count, its noun and a short phrase, then "are"/"were" and the list.
_COPULA = re.compile(
    rf"⟨(?P<n>\d+)⟩{_MODS} (?P<noun>[a-z][\w-]*(?:[^su\W]s|people|men|women|children|staff|police))\b"
    r"(?P<rel>[^⟨⟩,;:.!?()—–]{0,60}?) (?:are|were) "
)
# "the four faculties that cut places this year — medicine, law and architecture —": a short relative clause with no
# number, or a short prepositional phrase ("the three new entrants to the top 100 —"), with no definite plural of
# its own and no plural last word (which the list might name instead), then a dash or colon and the list.
# A reduced relative clause is a past participle, alone or before a preposition or a time word (no object): "the
# two branches spared after the consultation —", "the three players named by the coach:", "the four stations shut
# down last year —"; never a main verb with its object ("the four councils confirmed the plan: …").
_PARTICIPLE = (
    r"(?!(?:when|then|even|often|between|seven|ten|eleven|green|red|need|seen)\b)"
    r"(?:[a-z]{2,}(?:ed|en|wn)|(?:re|un|over|under)?(?:kept|left|built|sold|shut|held|won|lost|spent|sent|bought"
    r"|brought|found|hit|set|put))"
)
_AFTER_PARTICIPLE = (
    r"(?:by|after|before|in|at|on|from|for|during|since|under|over|with|without|last|this|earlier|so|until|through"
    r"|into|out|off|back|up|down|as)"
)
# The participle may carry a superlative or manner adverb ("the four regions hardest hit by the drought —").
_REDUCED = (
    r"(?:(?:hardest|worst|most|least|best|badly|severely|newly|recently) )?"
    rf"{_PARTICIPLE}(?= (?:{_AFTER_PARTICIPLE})\b|:| —| –|$)"
)
_REL_HEAD = re.compile(
    rf"⟨(?P<n>\d+)⟩{_MODS} (?P<noun>[a-z][\w-]*(?:[^su\W]s|people|men|women|children|staff|police))\b"
    r"(?P<rel> (?:(?:that|which|who|where) [^⟨⟩,;:.!?()—–\"“”]{1,50}?|"
    rf"{_REDUCED}[^⟨⟩,;:.!?()—–\"“”]{{0,50}}?|"
    r"(?:to|in|on|at|from|for|with|across|into|under|over|behind|inside|outside|near|around|throughout|within)"
    r" [^,;:.!?()—–\"“”]{1,40}?))"
    r"(?P<sep>:| —| –)"
)
_RELATIVE = re.compile(rf" (?:(?:that|which|who|where)\b|{_REDUCED})")
# "three regulars will miss Saturday's final at Hampden Park — A, B, C and D.": a count as the subject of a short clause
# opened by an auxiliary (no number but a rank or a year after a preposition of time, no comma or definite plural in
# it), then a dash or colon and a closed list of capitalised names that ends the sentence or the dash; or opened by a
# verb of composition, whose subject the list is, so its items may be common nouns: "Three species made up the rest:
# red deer, roe deer and muntjac."
_COMPOSING = (
    r"(?:(?:made|make|makes|making) up|(?:accounted|account|accounts) for|(?:rounded|round|rounds) out"
    r"|comprised|comprise|comprises)\b"
)
# A verb in the past may open the clause too ("Two Kenyans finished in the top 10: A and B."), a verb of placing
# with a rank in its phrase ("three local riders finished in the top 20: A, B, C and D", "two Scots reached the last
# 16 —"): a rank range counts places, not the list's items. The subject may be a plural demonym ("Two Kenyans",
# "three South Africans": _demonym_ok).
# A verb of ranking counts as one of placing only before a rank ("made the top 200", "rank among the world's top
# 100", "entered the top 10").
_PLACED = (
    r"(?:finished|placed|came|ended|qualified|reached|advanced|progressed|made it|got through"
    r"|(?:made|make|makes|ranks?|ranked|entered|enter|enters|broke into|break into)"
    r"(?: among| in| inside| within)? (?:the )?(?:[\w-]+['’]s )?(?=(?:top|first) ⟨))\b"
)
_RANK = r"\b(?:top|first|last|final) ⟨\d+⟩"
# A verb of state in the present may open the clause too ("Four communities remain under evacuation orders: A, B
# and C"): the subject is where or how it stays, so a list after the colon names its members.
_STATE_VERB = r"(?:remain|stay|face|await|lack|need|share)"
# A year after a preposition of time ("will be pushed out to 2030: …") dates the clause: no count (checked a year).
_WHEN_PREP = r"\b(?:to|in|by|until|from|since|before|after) "
_WHEN_YEARS = re.compile(rf"{_WHEN_PREP}⟨(?P<i>\d+)⟩")
# A number before a unit of time or length is a measure ("were without water for more than 48 hours", "lost more
# than three metres of ice"), no count a list could name instead of the subject's.
_MEASURE = (
    r"⟨\d+⟩(?= (?:hours|days|weeks|months|years|minutes|metres|meters|kilometres|kilometers|km|miles|feet"
    r"|centimetres|centimeters|cm|inches)\b)"
)
# The noun may name its kind in an "of" phrase without a determiner ("three forms of support will continue: …").
_CLAUSE_HEAD = re.compile(
    rf"⟨(?P<n>\d+)⟩{_MODS} (?P<noun>[a-z][\w-]*(?:[^su\W]s|people|men|women|children|staff|police)"
    r"|(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|i)s)\b"
    r"(?P<kind> of (?!(?:the|a|an|its|their|his|her|our|these|those|this|that)\b)[a-z][\w-]*)?"
    # a short phrase of place and an adverb before the verb ("five universities in the region now rank among …")
    r"(?: (?:in|from|at|across) (?:the |their |its )?[A-Za-z][\w-]*)?(?: (?:now|still|also|all|each))?"
    r"(?P<rel> (?:(?:will|would|could|can|must|may|might|have|has|had|were|are|was|is)\b"
    rf"|{_COMPOSING}|{_PLACED}|{_PARTICIPLE}|{_STATE_VERB})\b"
    rf"(?:[^⟨⟩,;:.!?()—–\"“”]|{_RANK}|{_WHEN_PREP}⟨\d+⟩|{_CUR}⟨\d+⟩|⟨\d+⟩(?= of )|{_MEASURE}){{0,60}}?)"
    r"(?P<sep>:| —| –)"
)
_COMPOSES = re.compile(rf"\b{_COMPOSING}")
_SHARE_OF = re.compile(r"⟨(?P<i>\d+)⟩ of ")
# "Four provinces accounted for the bulk of the killings: A, B, …": a share (in words, or a number that is a share:
# _SHARE_OF) and what it is a share of, at the end of the clause, is no object a list could name, when the count's
# noun counts places (_PLACE_NOUNS); "Five members supplied most of the funds: A, B and C" may name the few who gave
# most.
_SHARE_PHRASE = re.compile(
    r" (?:the (?:bulk|majority|most|lion['’]s share)|most|much|half|a (?:third|quarter|fifth|half|majority|share)"
    r"|(?:more than |less than |about |almost |nearly )?⟨\d+⟩)"
    r" of (?:the |all |their |its )?(?:[a-z][\w-]* ){0,2}[a-z][\w-]*$"
)
# "Britain had three men in the top 10, with Callum Reid, Tom Ashworth, Josh Ellery and Sam Okafor all finishing …":
# a count, a short phrase (no comma; a rank may hold a number), then ", with" and a list of people's full names
# (two capitalised words or more each) that ends its clause or is taken up by "all"/"both"/"each". The list may
# name only some of the group ("three men in the top 10, with Reid and Ashworth both under 2:09"), so it is compared
# only when it names as many people as the count or more.
_WITH_HEAD = re.compile(
    rf"⟨(?P<n>\d+)⟩{_MODS} (?P<noun>men|[a-z][\w-]*(?:[^su\W]s|people|men|women|children|staff|police)"
    r"|(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|i)s)\b"
    rf"(?P<rel>(?:[^⟨⟩,;:.!?()—–\"“”]|{_RANK}){{0,40}}?), with "
)
_WITH_CLOSED = re.compile(r"\s*(?:[.;—–)]|$)| (?:all|both|each)\b")
_FULL_NAME = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}")
# A contrasting clause after a comma closes a list ("… : A, B and C, while D lost ground"): what it names is set
# against the list, no item of it, unless it adds to the group ("while D also gained").
_CONTRAST = r",\s+(?:while|whereas|although|though|but)\b(?![^.;!?]*\b(?:also|too|as well|likewise)\b)"
_CLAUSE_CLOSED = re.compile(rf"\s*(?:[.;!?—–]|$)|{_CONTRAST}")
_REL_PLURAL = re.compile(r"(?i)\b(?:the|its|their|these|those|his|her|our|[\w]+['’]s)\s+(?:[\w-]+\s+){0,2}[\w-]+s\b")
_CLOSED = re.compile(rf"\s*(?:[.;—–)]|$)|{_CONTRAST}")
# "Five counties recorded the highest numbers of offences: A, B, C and D": an object led by a superlative ranks the
# count's group, whose members the list then names (not the object's things).
_RANKING_OBJECT = re.compile(
    r"\b(?:the|their) (?:most|fewest|least|highest|lowest|largest|biggest|smallest|greatest|best|worst|top)"
    r"(?: [\w-]+){1,3}$"
)
# An idiom whose plural object names no things a list could enumerate ("four seats changed hands: …", "two
# councillors switched sides: …"): the list names the count's own group.
_IDIOM_OBJECT = re.compile(r"\b(?:chang|swapp?|switch|trad)\w* (?:hands|sides|places)\s*$")
# An object that names changes ("four divisions recorded increases: …"), or a standing, a restriction or a permission
# granted to each member ("four clubs have clinched playoff spots: …", "three towns remain under evacuation orders:
# …"): such things bear no proper names, so capitalised names after the colon name the count's group.
_CHANGE_OBJECT = re.compile(
    r"\b(?:increases|rises|falls|declines|decreases|drops|gains|losses|reductions|cuts|improvements"
    r"|spots|berths|slots|promotions|orders|bans|restrictions|warnings|alerts|curfews|closures|notices"
    r"|licences|licenses|permits|approvals|exemptions|waivers|fines|penalties|sanctions|suspensions|deductions)\s*$"
)
# "will be cut to 2 lanes: …", "grew by three teams": a count that is a change's end or size is an amount, no group a
# list could name.
_CHANGED_TO = re.compile(
    r"(?i)\b(?:cut|reduced|increased|raised|lowered|dropped|fell|rose|risen|grown|grew|shrunk|shrank|narrowed"
    r"|widened|expanded|trimmed|capped|limited|down|up)(?: \w+)? (?:to|from|by) $"
)
_PARTIAL_WORD = re.compile(
    r"(?i)\b(?:among|amongst|including|others|other|etc|such|like|notably|mainly|mostly|particularly|especially"
    r"|chiefly|largely|primarily|above all)\b"
)
_YEARS = re.compile(r"⟨(?P<i>\d+)⟩((?:, ⟨\d+⟩)*),? and ⟨(?P<j>\d+)⟩(?![\w⟨])")
# One-word items that are adjectives of nationality ("The five victims were British and Irish"), not a list of names.
_DEMONYM = re.compile(r"^(?:the )?[A-Z][a-z]+(?:ish|ese|ian|an|ch|ss|i)$")


def _copula_list(text: str, skel: str, m: re.Match[str], nums: list[Num], shift: int) -> tuple[int, int] | None:
    """(items, end offset in ``text``) of the list after "are"/"were", or None."""
    if m.group("noun").lower() == "years":
        y = _YEARS.match(skel, m.end())
        if y is None:
            return None
        idx = [int(i) for i in re.findall(r"⟨(\d+)⟩", y.group(0))]
        if not all(nums[i].year for i in idx):
            return None
        return len(idx), nums[idx[-1]].end
    if m.group("noun").lower() in _NOT_ITEM_NOUNS:
        return None
    start = m.end() + shift
    if _NUMBER_ITEM.match(text, start) or _PARTIAL.match(text[start:]):
        return None
    got = _items(text, start, True)
    if got is None:
        return None
    items = re.split(r", (?:and |or )?|,? (?:and|or) ", text[start : got.end])
    if all(_DEMONYM.match(i) for i in items):
        return None
    return got.count, got.end


@dataclass(frozen=True)
class _List:
    """A closed list: its number of items, its end offset, whether its items share a leading "in"/"at", and
    whether one of them is a region or country of the gazetteer (a place that may hold several items)."""

    count: int
    end: int
    led: bool = False
    areas: bool = False


# "— in Austin, Montreal and Guildford —": the places of the items, sharing one locative preposition (each item may
# repeat it: "in Austin, in Montreal and in Guildford").
_LEAD = re.compile(r"(?P<prep>in|at) (?=(?:the )?[A-Z])")
# "the 8A, the 31 and the 55N": identifiers that start with a digit, each after "the", with no noun after them
# ("the 2024 and the 2025 seasons" is no list of identifiers).
_CODE_ITEM = r"the \d[\w-]*\b(?! (?!and\b|or\b)[a-z])"
# "*The Thumbnail Flora*", "_Gardens Without Water_": a title set in italics or bold is one item, whatever its words,
# also after a short description ("the Telugu action spectacle *Vajra*").
_EMPHASISED = r"(?:the (?:[\w’'-]+ ){1,4})?(?P<em>\*{1,2}|_)(?=[A-Z\d])[^*_\n]{1,80}?(?<=\S)(?P=em)(?![\w*])"
# ", England" after the last item: the region of a town, not another item.
_REGION_AFTER = re.compile(r", ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})\b")


# "**Four markets supplied most stays**: A, B and C": bold or italic markup closing right before a colon is no word;
# the colon is read right after the text (the markup's characters become spaces after it, offsets kept).
_MARK_BEFORE_COLON = re.compile(r"(?<=\w)(\*{1,2}|_{1,2}):")


def _kin_closed(text: str, end: int) -> bool:
    """Whether relatives' names end at ``end``: the clause closes, or "and" opens the next count ("and 11 …")."""
    after = _AND_NEXT.match(text, end)
    return _CLOSED.match(text, end) is not None or (
        after is not None and _NUMBER_ITEM.match(text, after.end()) is not None
    )


_OTHERS_ITEM = re.compile(r"(?i)(?:others|more|many more|so on|the like|similar \w+)")


def _items(text: str, pos: int, capitalised: bool, lead: bool = False, named: bool = False) -> _List | None:
    """The list starting at ``pos`` (with ``lead``, maybe after a shared "in"/"at"; with ``named``, of names that
    may be followed by a common noun), or None if no closed list is there. A "Town, Region" item ("Guildford,
    England", "Austin, Texas": a region or country of the gazetteer after a name that is none) is one item when no
    other item is a bare region or country."""
    led = _LEAD.match(text, pos) if lead and capitalised else None
    if led is not None:
        pos = led.end()
        prep = re.compile(rf"{led.group('prep')} (?=(?:the )?[A-Z\d])")
    item = re.compile(_NAMED_ITEM if named else f"{_EMPHASISED}|{_CAP_ITEM}|{_CODE_ITEM}" if capitalised else _LOW_ITEM)
    sep = re.compile(r", (?!and |or )|,? (?:and|or) ")
    start = pos
    items: list[str] = []
    joins: list[bool] = []  # whether each item after the first was joined by a bare comma
    last_and = False
    while True:
        if led is not None and items and (p := prep.match(text, pos)):
            pos = p.end()
        m = item.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        while text[pos - 1] == "." and not re.search(r"\.\w+\.$", text[m.start() : pos]):
            pos -= 1
        items.append(text[m.start() : pos])
        if last_and:
            break
        s = sep.match(text, pos)
        if s is None:
            return None
        last_and = "and" in s.group(0) or " or " in s.group(0)
        joins.append(not last_and)
        pos = s.end()
    if len(items) < 2 or _END_OTHERS.match(text[pos:]) or _OTHERS_ITEM.fullmatch(items[-1]):
        return None  # "lower bills, faster planning and others": an open list
    if re.match(rf", (?:{item.pattern})(?:,| and | or )", text[pos:]):
        # "financial and insurance services, information and communications, and …": an item holds "and"
        return _named_segments(text, start, item) if capitalised and led is None and not named else None
    return _regions_merged(text, pos, items, joins, led is not None)


def _named_segments(text: str, pos: int, item: re.Pattern[str]) -> _List | None:
    """A list of names some of which hold "and" ("Pryce and Daughters, Benson's Bakery, Kettle and Crumb, Westgate
    Opticians and Marlowe Books"): every comma ends an item, and the one "and" of the last part joins the last two
    items (after a serial comma, ", and", the last part is one item); a last part with two "and"s or none, or two
    parts in all ("Kirkcaldy and Burntisland, Leven and Methil": pairs), leave the list unread."""
    parts: list[int] = []  # the names in each comma-separated part
    while (m := item.match(text, pos)) is not None:
        pos, names = m.end(), 1
        while text.startswith(" and ", pos) and (more := item.match(text, pos + 5)) is not None:
            pos, names = more.end(), names + 1
        parts.append(names)
        if not text.startswith(", ", pos) or _END_OTHERS.match(text[pos:]):
            break
        pos += 2
        if text.startswith("and ", pos):
            last = item.match(text, pos + 4)
            if last is None or len(parts) < 2 or text.startswith(" and ", last.end()):
                return None
            return _List(len(parts) + 1, last.end())
    if len(parts) < 3 or parts[-1] != 2 or _END_OTHERS.match(text[pos:]):
        return None
    return _List(len(parts) + 1, pos)


# "four directions: to install cameras …; to keep a diary, with times …; and to file a report.": after a colon, items
# that are clauses, separated by semicolons (which an item's commas never are), the last after "; and", to the end of
# the sentence; three items or more (two may be a list and a second clause).
_SEMI_SEP = "; "
_SEMI_LAST = re.compile(r"(?:and|or) \S")
_SENTENCE_END = re.compile(r"[.!?]?[\s\"”’)]*$")


def _semicolon_items(text: str, pos: int) -> _List | None:
    """The semicolon list from ``pos`` to the end of the sentence, or None."""
    end = _SENTENCE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    items = text[pos:stop].split(_SEMI_SEP)
    if len(items) < 3 or not _SEMI_LAST.match(items[-1]):
        return None
    if any(not i.strip() or _SEMI_LAST.match(i) or ":" in i for i in items[:-1]):
        return None
    return _List(len(items), stop)


# "four priorities: cutting energy costs, expanding ready-to-eat meals, and growing its payment app.": lower-case
# phrases (an acronym may be among their words) of up to twelve words each, to the end of the sentence. With a serial
# comma (", and" before the last item) every comma ends an item and the last may hold "and"; without one, no item
# holds "and" or "or" and the items open alike, each with a gerund or each with the same word ("best debut novel,
# best picture book and best translated non-fiction"), so that "cutting costs, raising prices and wages" is no list
# of three.
_PHRASE_WORD = rf"(?:[a-z][\w’'-]*|[A-Z][\w’'-]*|{_CUR}?\d[\d,.]*%?)"
_PHRASE_ITEM = re.compile(rf"[a-z][\w’'-]*(?: {_PHRASE_WORD}){{0,15}}")
_AND_OR = re.compile(r"\b(?:and|or)\b")
# With a serial comma, an item that opens with an article and runs to four words or more is one noun phrase whose
# "and" joins its modifiers ("a ban on port and bunkering services for tankers"), never two items; a short one
# ("information and communications") may be two.
_NOUN_PHRASE = re.compile(r"(?:a|an|the) (?:\S+ ){3}")
_SERIAL_LAST = re.compile(r"^(?:and|or) ")


def _phrase_items(text: str, pos: int) -> _List | None:
    """The list of lower-case phrases from ``pos`` to the end of the sentence, or None."""
    end = _SENTENCE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    body = text[pos:stop]
    if _PARTIAL_WORD.search(body) or _END_OTHERS.search(body):
        return None
    parts = body.split(", ")
    serial = len(parts) > 2 and _SERIAL_LAST.match(parts[-1]) is not None
    if serial:
        items = [*parts[:-1], _SERIAL_LAST.sub("", parts[-1])]
    else:
        head, _, last = body.rpartition(" and ") if " and " in body else body.rpartition(" or ")
        items = [*head.split(", "), last] if head else []
        if _AND_OR.search(last) or not _alike(items):
            return None
    if len(items) < 2 or any(_AND_OR.search(i) and not (serial and _NOUN_PHRASE.match(i)) for i in items[:-1]):
        return None
    return _List(len(items), stop) if all(_PHRASE_ITEM.fullmatch(i) for i in items) else None


# "five considerations: the cost of living, productivity growth, the needs of the low-paid and the risk to jobs": lower-
# case phrases after a colon whose "and"s may each join two items or two words of one item. Every comma but one inside
# an item ends an item, so the list holds at most one item per comma and per "and"/"or" not after a comma, plus one:
# a count above that is more than the list can name however it is read (a count below it is never flagged: a comma may
# open an aside within an item).
_LIST_BODY = re.compile(r"[^;:()\[\]⟨⟩\"“”]*")


def _phrase_most(text: str, pos: int) -> tuple[int, int] | None:
    """(most items, end) of a list of lower-case phrases from ``pos`` to the end of the sentence, at least two commas
    or a comma and "and"/"or", each part a lower-case phrase; else None."""
    end = _SENTENCE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    body = text[pos:stop]
    if not _LIST_BODY.fullmatch(body) or _PARTIAL_WORD.search(body) or _END_OTHERS.search(body):
        return None
    parts = [p for chunk in body.split(", ") for p in re.split(r"\b(?:and|or) ", chunk)]
    parts = [p.strip() for p in parts if p.strip()]
    if body.count(", ") < 1 or not _AND_OR.search(body) or not all(_PHRASE_ITEM.fullmatch(p) for p in parts):
        return None
    return len(parts), stop


def _too_few(facts: FactBase, doc: str, s: Sentence, n: Num, noun: str, most: int, end: int) -> Iterator[Verdict]:
    """A count above the most items its list of phrases can hold (``_phrase_most``): flagged, never confirmed."""
    if n.value > most:
        evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + end, role="stated")]
        said = f"'{n.text} {noun}' are followed by at most {most} items, however its 'and's are read"
        yield fail(said, evidence, stated=n.value, listed=most)


def _alike(items: list[str]) -> bool:
    """The items open alike: each with the same word, or each with a gerund; after two gerunds or more, the last may
    be a noun phrase with an article ("indexing the brackets, raising the allowance, cutting the rate and a new credit
    for firefighters": a gerund's object never takes an article after "and" when every item before opened alike)."""
    first = [i.split(" ", 1)[0] for i in items]
    gerunds = [w.endswith("ing") for w in first]
    return len(set(first)) == 1 or all(gerunds) or (len(items) >= 3 and all(gerunds[:-1]) and first[-1] in ("a", "an"))


def _several_per_place(got: _List, n: Num) -> bool:
    """A list of places ("— in Ohio, Texas and Utah —") with fewer places than the count, one of them a region or
    country: several items may be in one place, so the list is no enumeration."""
    return got.led and got.areas and got.count < n.value


def _regions_merged(text: str, end: int, items: list[str], joins: list[bool], led: bool) -> _List:
    """The list with each "Town, Region" pair read as one item, and a ", Region" after the last item as part of it,
    unless another item is itself a region or country ("London, Germany, France and Japan": a list of markets)."""
    area = [is_area(_GEO_BEFORE.sub("", i)) for i in items]
    merged = [k + 1 for k in range(len(items) - 1) if joins[k] and area[k + 1] and not area[k]]
    after = _REGION_AFTER.match(text, end)
    tail = after is not None and is_area(after.group(1)) and not area[-1]
    if any(a for k, a in enumerate(area) if k not in merged):
        return _List(len(items), end, led, True)
    if tail and after is not None:
        end = after.end()
    return _List(len(items) - len(merged), end, led, False)


def _list_in(text: str) -> tuple[int, int, int] | None:
    """The first capitalised list (≥ 2 items, joined by 'and') in ``text``: (count, start, end)."""
    for m in re.finditer(r"(?<![\w’'])(?:the )?[A-Z]", text):
        got = _items(text, m.start(), True)
        if got is not None and got.count >= 2:
            return got.count, m.start(), got.end
    return None


# A team's changes and the players they bring in, each name after its role ("made three changes to the side beaten
# last week, bringing in defender A, midfielders B and C and winger D"): one player per change. Only a list of
# names (a role noun in lower case may lead an item, a plural one two names) ending the sentence is counted.
_CHANGES = re.compile(
    r"⟨(?P<n>\d+)⟩ (?:[a-z]+ )?changes\b(?:[^⟨⟩;:.!?—–(]|⟨\d+⟩){0,80}?, (?:bringing in|recalling|bringing back) "
)
_PLAYER = re.compile(r"(?:[a-z][\w-]* ){0,2}[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}")
_LIST_SPLIT = re.compile(r", and |, | and ")


# ", and the reshuffled pack gave City a platform": a new clause after the list, opened by a determiner (a role noun
# before a name never has one).
_NEW_CLAUSE = re.compile(r", and (?:the|a|an|this|that|his|her|their|its) [a-z]")


def _players(text: str, pos: int) -> tuple[int, int] | None:
    """(count, end) of the names listed from ``pos`` to the end of the sentence or of the clause (``_NEW_CLAUSE``),
    or None unless every item is a name, with its role before it."""
    clause = _NEW_CLAUSE.search(text, pos)
    end = clause.start() if clause else len(text.rstrip().rstrip("."))
    items = _LIST_SPLIT.split(text[pos:end])
    if len(items) < 2 or not all(_PLAYER.fullmatch(i) for i in items):
        return None
    return len(items), end


# "four new signings: prop Ieuan Kelleher, centre Tomos Llewellyn and scrum-half Gethin ap Dafydd": people named in
# full (two capitalised words or more, a particle such as "ap" or "van" between), each maybe after a lower-case role of
# one or two words, at least one of them; the list ends its sentence or its clause (", and the …", ", and two of …").
_ROLE_NAME = re.compile(
    r"(?P<role>(?:[a-z][\w-]* ){0,2})[A-Z][\w’'-]+"
    r"(?: (?:ap |de |van |von |bin |al-|da |di |le |la )?[A-Z][\w’'-]+){1,3}"
)
_NEXT_COUNT = re.compile(r", and (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\b)")


def _role_names(text: str, pos: int) -> _List | None:
    """The people named in full from ``pos``, one or more after a role ("prop Ieuan Kelleher"), or None."""
    ends = [m.start() for m in (_NEW_CLAUSE.search(text, pos), _NEXT_COUNT.search(text, pos)) if m is not None]
    end = min(ends) if ends else len(text.rstrip().rstrip("."))
    body = text[pos:end]
    if _PARTIAL_WORD.search(body) or _END_OTHERS.search(body) or (not _CLOSED.match(text, end) and not ends):
        return None
    items = _LIST_SPLIT.split(body)
    names = [_ROLE_NAME.fullmatch(i) for i in items]
    if len(items) < 2 or not all(names) or not any(m.group("role") for m in names if m):
        return None
    return _List(len(items), end)


def _changes(facts: FactBase, doc: str, s: Sentence, text: str, skel: str, nums: list[Num]) -> Iterator[Verdict]:
    """ "N changes …, bringing in ⟨names⟩": one name per change."""
    for m in _CHANGES.finditer(skel):
        n = nums[int(m.group("n"))]
        if not n.is_count or n.hedge is not None or "⟨" in skel[m.end() :]:
            continue
        got = _players(text, skeleton_offset(skel, m.end(), nums))
        if got is None:
            continue
        count, end = got
        evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + end, role="stated")]
        values = {"stated": n.value, "listed": count}
        if count == n.value:
            yield ok(f"'{n.text} changes' bring in {count} players", evidence, **values)
        else:
            yield fail(f"'{n.text} changes' bring in {count} players", evidence, **values)


@register_check(CountVsListRule, requires={"sentences"}, scope="document")
def check(rule: CountVsListRule, facts: FactBase) -> Iterator[Verdict]:
    for doc, ex in facts.checked():
        sentences = ex.sentences
        for k, s in enumerate(sentences):
            text = dashes(s.text)
            # (a spaced hyphen read as a dash changes the scan: such sentences are scanned as read)
            allnums = sentence_nums(facts, doc.id, s) if text == s.text else scan(text)
            text = text.replace("\n", " ")  # a hard-wrapped line break is a space (one character for one)
            text = _MARK_BEFORE_COLON.sub(lambda m: ":" + " " * len(m.group(1)), text)  # "stays**:" as "stays:"
            nums = [n for n in allnums if n.is_count and n.hedge is None and 2 <= n.value <= rule.max_count]
            if not nums:
                continue
            skel = skeleton(text, allnums)
            for m in _HEAD.finditer(skel):
                n = allnums[int(m.group("n"))]
                if n not in nums or m.group("noun").lower() in _NOT_ITEM_NOUNS or m.group("noun").lower() in STOPWORDS:
                    continue
                if not (m.group("noun").endswith("s") or m.group("noun") in ("people", "men", "women", "children")):
                    continue
                raw_after = text[n.end + len(m.group("mods")) + 1 + len(m.group("noun")) :]
                if _PARTIAL.match(raw_after):
                    continue
                shift = n.end - (m.end("n") + 1)  # skeleton position → text offset after the number
                noun_end = m.end("noun") + shift
                if m.group("sep") is None:
                    if k + 1 < len(sentences):
                        yield from _following(facts, doc.id, sentences, k, n, m.group("noun"), noun_end)
                    continue
                if _PARTIAL.match(text[noun_end:]) or _CHANGED_TO.search(text[: n.hstart]):
                    continue
                list_start = m.end() + shift
                while list_start < len(text) and text[list_start] == " ":
                    list_start += 1
                strong = m.group("sep") != "," or m.group("intro") == " namely"  # ", namely" opens a list as ":"
                named = _SHARED_SURNAME.match(text, list_start) is not None
                kin = not strong and not named and m.group("noun").lower() in _KIN
                if not strong and not named and not kin and not _DET_BEFORE.search(text[: n.hstart]):
                    continue
                if (
                    _PARTITIVE.search(text[: n.hstart])
                    or _NUMBER_ITEM.match(text, list_start)
                    or _PARTIAL.match(text[list_start:])
                ):
                    continue
                if m.group("noun")[0].isupper() and (
                    n.text[0].isupper()
                    or not (strong and (_DET_BEFORE.search(text[: n.hstart]) or _lower_words(m.group("mods"))))
                ):
                    continue  # "Three Lions —", "the Six Nations:": a capitalised plural counts a list's items only
                    # after a determiner or lower-case modifiers ("four major growing States:"), and a capitalised
                    # count opens a name
                got = (_semicolon_items(text, list_start) if m.group("sep") == ":" else None) or (
                    _items(text, list_start, True, strong) or (_items(text, list_start, False) if strong else None)
                )
                if got is None and strong and m.group("sep") != " (":
                    got = _phrase_items(text, list_start) or _role_names(text, list_start)
                if got is None and m.group("sep") == ":" and (most := _phrase_most(text, list_start)) is not None:
                    yield from _too_few(facts, doc.id, s, n, m.group("noun"), *most)
                    continue
                if got is None or _several_per_place(got, n) or (kin and not _kin_closed(text, got.end)):
                    continue
                count, end = got.count, got.end
                evidence = [quote(facts, doc.id, s.span.start + n.hstart, s.span.start + end, role="stated")]
                values = {"stated": n.value, "listed": count}
                if count == n.value:
                    yield ok(f"'{n.text} {m.group('noun')}' lists {count} items", evidence, **values)
                else:
                    yield fail(f"'{n.text} {m.group('noun')}' are followed by {count} items", evidence, **values)
            if text.rstrip().endswith(":"):
                yield from _bulleted(facts, doc.id, s, text, skel, allnums, nums)
            for n in nums:
                yield from _day_list(facts, doc.id, s, text, n)
            if "changes" in skel:
                yield from _changes(facts, doc.id, s, text, skel, allnums)
            if "⟩ " in skel and " the new " in " ".join(t.text for t in sentences[k + 1 : k + 2]).replace("\n", " "):
                yield from _added(rule, facts, doc.id, sentences, k, skel, allnums)
            for m in _REL_HEAD.finditer(skel):
                yield from _relative(rule, facts, doc.id, s, text, m, allnums, nums)
            for m in _CLAUSE_HEAD.finditer(skel):
                yield from _relative(rule, facts, doc.id, s, text, m, allnums, nums, clause=True)
            for m in _OF_THEM.finditer(skel):
                yield from _of_them(facts, doc.id, s, text, allnums[int(m.group("n"))], m.group("of"), nums)
            if "⟩ of " in skel:
                yield from _part_of_group(facts, doc.id, s, text, skel, allnums, nums)
            if ", with " in skel:
                for m in _WITH_HEAD.finditer(skel):
                    yield from _with_list(facts, doc.id, s, text, m, allnums, nums)
            for m in _COPULA.finditer(skel):
                n = allnums[int(m.group("n"))]
                if n not in nums or m.group("noun").lower() in STOPWORDS:
                    continue
                if not _DET_BEFORE.search(text[: n.hstart]) or _PARTITIVE.search(text[: n.hstart]):
                    continue
                if _PARTIAL.match(m.group("rel")):
                    continue
                shift = n.end - (m.end("n") + 1)  # no number between the count and the list's start
                listed = _copula_list(text, skel, m, allnums, shift)
                if listed is None:
                    continue
                count, end = listed
                evidence = [quote(facts, doc.id, s.span.start + n.hstart, s.span.start + end, role="stated")]
                values = {"stated": n.value, "listed": count}
                noun = m.group("noun")
                if count == n.value:
                    yield ok(f"'{n.text} {noun}' lists {count} items", evidence, **values)
                else:
                    yield fail(f"'{n.text} {noun}' are followed by {count} items", evidence, **values)


# "Walkouts are planned on five days: 3, 4, 11 and 12 March": a count of days (dates), then a colon or dash and the
# days of the month that one month name after the last closes; a range ("3-5 March") is no list of days.
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_DAY_LIST = re.compile(
    r"(?:(?: [a-z][\w-]*){0,2}) (?:days|dates)(?::| —| –)\s*"
    rf"(?P<list>[0-3]?\d(?:, [0-3]?\d)*,? and [0-3]?\d) {_MONTH_NAME}(?![-–]\d)"
)


def _day_list(facts: FactBase, doc: str, s: Sentence, text: str, n: Num) -> Iterator[Verdict]:
    """A count of days and the days of one month listed after it (``_DAY_LIST``)."""
    m = _DAY_LIST.match(text, n.end)
    if m is None or _PARTIAL_WORD.search(m.group(0)):
        return
    days = re.findall(r"\d+", m.group("list"))
    if len(set(days)) != len(days) or not all(1 <= int(d) <= 31 for d in days):
        return
    evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + m.end(), role="stated")]
    values = {"stated": n.value, "listed": len(days)}
    if len(days) == n.value:
        yield ok(f"'{n.text} days' lists {len(days)} dates", evidence, **values)
    else:
        yield fail(f"'{n.text} days' are followed by {len(days)} dates", evidence, **values)


# "conceded on three of them: the earned allowances, the renegotiation of the agreement and the moratorium": a count of
# a group named before, then a colon and its members, each opening with a determiner, to the end of the sentence.
_OF_THEM = re.compile(r"⟨(?P<n>\d+)⟩ (?P<of>of (?:them|these|those)):")
_DETERMINED = re.compile(r"(?i)(?:the|a|an|its|their|his|her|our)\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,6}")
_DETERMINED_SEP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _of_them(facts: FactBase, doc: str, s: Sentence, text: str, n: Num, of: str, nums: list[Num]) -> Iterator[Verdict]:
    """A count of a group named before ("three of them:") and the members listed after the colon, each opening with a
    determiner ("the UTAS platform"), to the end of the sentence: an item that holds "and" would split into one
    with no determiner, and the list is then not read."""
    if n not in nums:
        return
    start = text.index(":", n.end) + 1
    end_m = _SENTENCE_END.search(text, start)
    end = end_m.start() if end_m is not None else len(text)
    body = text[start:end].strip()
    if not body or _PARTIAL.match(body) or _END_OTHERS.search(body) or _PARTIAL_WORD.search(body):
        return
    items = _DETERMINED_SEP.split(body)
    if len(items) < 2 or not all(_DETERMINED.fullmatch(i) for i in items):
        return
    evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + end, role="stated")]
    values = {"stated": n.value, "listed": len(items)}
    if len(items) == n.value:
        yield ok(f"'{n.text} {of}' lists {len(items)} items", evidence, **values)
    else:
        yield fail(f"'{n.text} {of}' are followed by {len(items)} items", evidence, **values)


# "The aid is aimed at four of the hardest-hit counties — A, B, C, D and E —", "two of its biggest customers: A, B and
# C": a count of some of a group, then a dash or colon and a closed list of names: the list names the few picked out
# (an uncounted group is not what "N of the …" lists); after "N of the M …" it may name the M, so only a list of
# neither N nor M items is flagged.
_PART_OF_GROUP = re.compile(
    r"⟨(?P<n>\d+)⟩ of(?: (?:the|its|their|our|his|her|these|those))?(?: [\w-]+['’]s)?(?: ⟨(?P<m>\d+)⟩)?"
    rf"{_MODS} (?P<noun>[a-z][\w-]*(?:[^su\W]s|people|men|women|children)|children|women|men)\b(?P<sep>:| —| –)"
)


def _count_in_clause_before(text: str, allnums: list[Num], n: Num) -> bool:
    """Another count (no year) stands before ``n`` in its clause."""
    return any(
        k.is_count and not k.year and k.end <= n.hstart and not re.search(r"[,;:—–]", text[k.end : n.hstart])
        for k in allnums
    )


def _part_of_group(
    facts: FactBase, doc: str, s: Sentence, text: str, skel: str, allnums: list[Num], nums: list[Num]
) -> Iterator[Verdict]:
    """ "N of the ⟨group⟩ — A, B, C —": the names listed are the N (or, after "N of the M …", maybe the M)."""
    for m in _PART_OF_GROUP.finditer(skel):
        n = allnums[int(m.group("n"))]
        whole = allnums[int(m.group("m"))] if m.group("m") else None
        noun = m.group("noun").lower()
        if n not in nums or noun in _NOT_ITEM_NOUNS or noun in STOPWORDS or _PARTITIVE.search(text[: n.hstart]):
            continue
        if whole is not None and not (whole.is_count and whole.hedge is None and whole.value > n.value):
            continue
        if _count_in_clause_before(text, allnums, n):
            continue  # "Four markets supplied 12 of the shops: A, B and C": the list may name the subject's group
        start = skeleton_offset(skel, m.end(), allnums)
        while start < len(text) and text[start] == " ":
            start += 1
        if _NUMBER_ITEM.match(text, start) or _PARTIAL.match(text[start:]):
            continue
        got = _items(text, start, True, True)
        if got is None or not _CLOSED.match(text, got.end) or _PARTIAL_WORD.search(text, start, got.end):
            continue
        if _several_per_place(got, n) or (whole is not None and got.count == whole.value):
            continue
        counted = text[n.hstart : skeleton_offset(skel, m.end("noun"), allnums)]
        evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + got.end, role="stated")]
        values = {"stated": n.value, "listed": got.count}
        if got.count == n.value:
            yield ok(f"'{counted}' lists {got.count} items", evidence, **values)
        else:
            yield fail(f"'{counted}' are followed by {got.count} items", evidence, **values)


def _relative(
    rule: CountVsListRule,
    facts: FactBase,
    doc: str,
    s: Sentence,
    text: str,
    m: re.Match[str],
    allnums: list[Num],
    nums: list[Num],
    clause: bool = False,
) -> Iterator[Verdict]:
    """A definite count, its noun and a short relative clause, then a dash or colon and a closed list; with
    ``clause``, a count (definite or not) as the subject of a short clause and a list of names ending the sentence."""
    n = allnums[int(m.group("n"))]
    noun = m.group("noun").lower()
    rel = m.group("rel")
    if clause and noun in _PLACE_NOUNS and _REL_PLURAL.search(rel):
        rel = _SHARE_PHRASE.sub("", rel)  # places that account for a share of things are the ones listed
    ranked = _RANKING_OBJECT.search(rel) if clause else None
    unranked = rel[: ranked.start()] if ranked else rel
    if n not in nums or noun in _NOT_ITEM_NOUNS or noun in STOPWORDS or _REL_PLURAL.search(unranked):
        return
    if clause and not all(allnums[int(y.group("i"))].year for y in _WHEN_YEARS.finditer(m.group("rel"))):
        return  # "will be cut to 2,000 …": a number after "to" that is no year is a count of its own
    if clause and not all(allnums[int(y.group("i"))].is_share for y in _SHARE_OF.finditer(m.group("rel"))):
        return  # "supplied more than two-thirds of stays": a share of something, never "12 of the …"
    if m.group("noun")[0].isupper() and not is_demonym(m.group("noun")):
        return  # "Three Lions": a capitalised head counts people of a country or nothing
    last = rel.split()[-1]
    # "the two unions that balloted members — nurses, porters and cleaners —": the list may name those, unless every
    # item is named by the count's own kind (checked on the list below), or the object is an idiom's ("changed hands")
    plural_object = is_plural(last) and not last[0].isupper() and ranked is None and not _IDIOM_OBJECT.search(rel)
    plural_object = plural_object and not re.search(rf"{_MEASURE} \w+$", rel)  # "for 48 hours": a measure's unit
    # (a capitalised last word ends a name, "to the Commissioner of Police", no group the list could name)
    # a relative clause needs a definite count ("the four faculties that …"); a prepositional phrase before the dash
    # or colon does not, as a bare head does ("four schools in the Borders — …" as "four schools — …")
    definite = _DET_BEFORE.search(text[: n.hstart]) is not None
    if (not clause and not definite and _RELATIVE.match(rel)) or _PARTITIVE.search(text[: n.hstart]):
        return
    start = skeleton_offset(m.string, m.end(), allnums)
    while start < len(text) and text[start] == " ":
        start += 1
    if _NUMBER_ITEM.match(text, start) or _PARTIAL.match(text[start:]):
        return
    # (after a share of something, only names are read: "the bulk of the contracts: roads, bridges …" names contracts)
    lower = rel == m.group("rel") and (not clause or _COMPOSES.search(rel) is not None or _no_object(rel))
    semi = _semicolon_items(text, start) if m.group("sep") == ":" and lower else None
    got = (
        semi
        or _items(text, start, True, True)
        or (_items(text, start, False) if lower else None)
        or (_items(text, start, True, named=True) if clause else None)
    )
    if (got is None or not _CLOSED.match(text, got.end)) and lower:
        got = _phrase_items(text, start)
    if got is None or not _CLOSED.match(text, got.end) or _PARTIAL_WORD.search(text, start, got.end):
        return
    if _several_per_place(got, n) or (not clause and not definite and got.led and got.count < n.value):
        return  # "nine stores in Ohio — in Columbus, Dayton and Akron": several stores may be in one town
    if clause and not _CLAUSE_CLOSED.match(text, got.end):
        return
    listed = text[start : got.end]
    if plural_object and not (
        _named_by_kind(listed, m.group("mods"))
        or _titles(listed)
        or _names_no_change(rel, listed)
        or _places_of_kind(listed, noun)
    ):
        return
    count, end = got.count, got.end
    evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + end, role="stated")]
    values = {"stated": n.value, "listed": count}
    counted = m.group("noun") + (m.groupdict().get("kind") or "")
    if count == n.value:
        yield ok(f"'{n.text} {counted}' lists {count} items", evidence, **values)
    else:
        yield fail(f"'{n.text} {counted}' are followed by {count} items", evidence, **values)


def _lower_words(mods: str) -> bool:
    """Whether modifiers are there and all lower-case ("four major growing States": a common noun, no name)."""
    return bool(mods.split()) and all(w.islower() for w in mods.split())


# A clause's words that leave no object a list could name instead of the count's subject: every determiner follows a
# preposition ("will shift to the new building", "crossed ₹500 crore during the year"), and no word is a plural noun.
_DETERMINER = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
_PREPOSITION_TEXT = """
to into in at on for from by during across over under with within throughout after before since until behind
near around inside outside through towards toward onto beyond past
"""
_PREPOSITION = frozenset(_PREPOSITION_TEXT.split())


def _no_object(rel: str) -> bool:
    """Whether a clause after a counted subject has no object of its own (see ``_DETERMINER``), so that a list
    after its colon or dash names the subject's members, lower-case or not ("Five wards will move to the new
    block: cardiology, neurology and the burns unit"; never "Five witnesses described the scene: smoke, …")."""
    words = re.findall(r"[\w’'-]+", rel.lower())
    for k, w in enumerate(words[1:], 1):
        if (w in _DETERMINER or w.endswith(("'s", "’s"))) and words[k - 1] not in _PREPOSITION:
            return False
    return not any(is_plural(w) for w in words[1:])


_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _titles(listed: str) -> bool:
    """Whether every item of a list is set in italics or bold: titles of works, never the people or things a
    clause's plural object names ("three books for young readers: *A*, *B* and *C*")."""
    items = _ITEM_SPLIT.split(listed.strip(" .;:—–()"))
    return all(re.fullmatch(_EMPHASISED, i) for i in items)


# Nouns that count places: a list of countries or regions names them, never a clause's object ("four markets supplied
# most stays: Portugal, Germany, …": stays are no places).
_PLACE_NOUNS = frozenset(
    [
        "markets",
        "countries",
        "nations",
        "states",
        "regions",
        "destinations",
        "provinces",
        "counties",
        "territories",
        "economies",
    ]
)


def _places_of_kind(listed: str, noun: str) -> bool:
    """Whether the count's noun counts places and every item is a country or region of the gazetteer ("mainland
    Portugal", "the US")."""
    items = _ITEM_SPLIT.split(listed.strip(" .;:—–()"))
    return noun in _PLACE_NOUNS and all(is_area(_GEO_BEFORE.sub("", i)) for i in items)


def _names_no_change(rel: str, listed: str) -> bool:
    """Whether a clause's object names changes and every item is capitalised: names, which are no changes, so they
    name the count's group ("four divisions recorded increases: St Catherine North, Clarendon and …")."""
    items = _ITEM_SPLIT.split(listed.strip(" .;:—–()"))
    return _CHANGE_OBJECT.search(rel) is not None and all(i[:1].isupper() for i in items)


def _named_by_kind(listed: str, mods: str) -> bool:
    """Whether every item of a list ends on a lower-case modifier of the count's noun, capitalised: names of the
    count's kind ("three water companies …: Severn Water, Wessex Water and Yorkshire Water")."""
    kinds = {w.capitalize() for w in mods.split() if w.islower()}
    items = [i.split() for i in _ITEM_SPLIT.split(listed.strip(" .;:—–()"))]
    return bool(kinds) and all(i and i[-1] in kinds for i in items)


def _with_list(
    facts: FactBase, doc: str, s: Sentence, text: str, m: re.Match[str], allnums: list[Num], nums: list[Num]
) -> Iterator[Verdict]:
    """A count of people and ", with" a list of their full names (``_WITH_HEAD``): more names than the count is
    wrong; fewer may be some of them, never compared."""
    n = allnums[int(m.group("n"))]
    noun = m.group("noun")
    if n not in nums or noun.lower() in _NOT_ITEM_NOUNS or noun.lower() in STOPWORDS:
        return
    if noun[0].isupper() and not is_demonym(noun):
        return
    if _PARTITIVE.search(text[: n.hstart]) or _PARTIAL.match(m.group("rel")):
        return
    start = skeleton_offset(m.string, m.end(), allnums)
    got = _items(text, start, True)
    if got is None or got.areas or not _WITH_CLOSED.match(text, got.end) or got.count < n.value:
        return
    items = re.split(r", (?:and |or )?|,? (?:and|or) ", text[start : got.end])
    if len(items) != got.count or not all(_FULL_NAME.fullmatch(i) and not is_area(i) for i in items):
        return
    evidence = [quote(facts, doc, s.span.start + n.hstart, s.span.start + got.end, role="stated")]
    values = {"stated": n.value, "listed": got.count}
    if got.count == n.value:
        yield ok(f"'{n.text} {noun}' are named: {got.count}", evidence, **values)
    else:
        yield fail(f"'{n.text} {noun}' are followed by {got.count} names", evidence, **values)


# "The regulator has licensed five more lenders, … . It named the new licensees as A, B, C and D.": a count of
# additions ("N more/new/additional X") and, in the very next sentence (which may open the next paragraph), "the new
# Y" listed after "as", a colon or "are/were" in a closed list of names that ends the sentence: the new ones are the
# N added, so the list names N.
_ADDED = re.compile(
    r"⟨(?P<n>\d+)⟩ (?:more|new|additional|further)(?: [A-Za-z][\w-]*){0,3}? (?P<noun>[a-z][\w-]*[^su\W]s)\b"
)
_THE_NEW = re.compile(r"\bthe new (?P<noun>[a-z][\w-]*[^su\W]s) (?:as |are |were )?")
_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\s\"”’)]*$")


def _added(
    rule: CountVsListRule, facts: FactBase, doc: str, sentences: list[Sentence], k: int, skel: str, nums: list[Num]
) -> Iterator[Verdict]:
    """ "N more X" in sentence ``k`` against "the new Y as A, B, C and D" in the next (see ``_ADDED``)."""
    heads = [m for m in _ADDED.finditer(skel) if nums[int(m.group("n"))].is_count]
    if len(heads) != 1 or k + 1 >= len(sentences):
        return
    n = nums[int(heads[0].group("n"))]
    nxt = sentences[k + 1]
    text = nxt.text.replace("\n", " ")
    m = _THE_NEW.search(text)
    if n.hedge is not None or not 2 <= n.value <= rule.max_count or m is None or _PARTIAL.match(text[m.end() :]):
        return
    got = _items(text, m.end(), True)
    if got is None or got.areas or not _ENDS_SENTENCE.match(text, got.end) or _PARTIAL_WORD.search(text, 0, got.end):
        return
    s0 = sentences[k]
    noun_end = skeleton_offset(skel, heads[0].end(), nums)
    evidence = [
        quote(facts, doc, s0.span.start + n.hstart, s0.span.start + noun_end, role="stated"),
        quote(facts, doc, nxt.span.start + m.start(), nxt.span.start + got.end, role="listed"),
    ]
    values = {"stated": n.value, "listed": got.count}
    said = f"'{n.text} {heads[0].group(0).split(' ', 1)[1]}'"
    if got.count == n.value:
        yield ok(f"{said}: the next sentence names {got.count} new {m.group('noun')}", evidence, **values)
    else:
        yield fail(f"{said}, but the next sentence names {got.count} new {m.group('noun')}", evidence, **values)


def _following(
    facts: FactBase, doc: str, sentences: list[Sentence], k: int, n: Num, noun: str, noun_end: int
) -> Iterator[Verdict]:
    """Confirm a group counted in sentence ``k`` against a list in the next two sentences of its paragraph."""
    document = facts.documents[doc]
    text = reading_text(document)
    s0 = sentences[k]
    for j in (k + 1, k + 2):
        if j >= len(sentences):
            return
        between = text[sentences[j - 1].span.end : sentences[j].span.start]
        if "\n" in between:
            return
        t = sentences[j].text
        if any(x.is_count and not x.year for x in sentence_nums(facts, doc, sentences[j])):
            return
        got = _list_in(t)
        if got is None:
            continue
        count, start, end = got
        if count != n.value or not _ANAPHOR.search(t[:start]):
            return
        evidence = [
            quote(facts, doc, s0.span.start + n.hstart, s0.span.start + noun_end, role="stated"),
            quote(facts, doc, sentences[j].span.start + start, sentences[j].span.start + end, role="listed"),
        ]
        yield ok(f"'{n.text} {noun}' matches the {count} listed", evidence, stated=n.value, listed=count)
        return


# "The board approved three projects:" then "- a new pool", "- a skate park", …: a count whose clause ends the sentence
# on a colon, then a bulleted list (one item a line, blank lines between them allowed, none indented), compared with
# the count. The words between the count's noun and the colon may hold no number and no plural (which the list might
# name instead: "three councils sent objections:"), nor a word of a partial list ("including", "among them").
_BULLET_LINE = re.compile(r"[-*•]\s+\S")
_TO_COLON = re.compile(r"(?P<gap>[^⟨⟩;:.!?()—–\"“”]{0,90}?):\s*$")


def _bulleted(
    facts: FactBase, doc: str, s: Sentence, text: str, skel: str, allnums: list[Num], nums: list[Num]
) -> Iterator[Verdict]:
    """Confirm or flag the one count of a sentence ending on a colon against the bulleted list after it."""
    heads = [m for m in _HEAD.finditer(skel) if allnums[int(m.group("n"))] in nums]
    if len(heads) != 1 or len(nums) != 1:
        return
    m, n = heads[0], nums[0]
    gap = _TO_COLON.match(skel, m.end("noun"))
    if gap is None or _PARTIAL_WORD.search(gap.group("gap")) or _PARTITIVE.search(text[: n.hstart]):
        return
    if not is_plural(m.group("noun")) or any(is_plural(w) for w in re.findall(r"[A-Za-z][\w’'-]*", gap.group("gap"))):
        return
    after = reading_text(facts.documents[doc])[s.span.end :]
    count, first, end = 0, s.span.end, s.span.end
    for line in re.finditer(r"[^\n]*(?:\n|$)", after):
        body = line.group(0).rstrip("\n")
        if not body.strip():
            if line.end() == len(after):
                break
            continue
        if not _BULLET_LINE.match(body):
            if body[0].isspace() and body.lstrip()[:1] in "-*•":
                return  # an indented bullet: a nested list
            break
        if _END_OTHERS.search(body) or _OTHERS_ITEM.fullmatch(body[1:].strip(" .;")):
            return
        if not count:
            first = s.span.end + line.start()
        count, end = count + 1, s.span.end + line.start() + len(body)
    if count < 2:
        return
    evidence = [
        quote(facts, doc, s.span.start + n.hstart, s.span.end, role="stated"),
        quote(facts, doc, first, end, role="listed"),
    ]
    values = {"stated": n.value, "listed": count}
    if count == n.value:
        yield ok(f"'{n.text} {m.group('noun')}' lists {count} items", evidence, **values)
    else:
        yield fail(f"'{n.text} {m.group('noun')}' are followed by {count} items", evidence, **values)
