"""Quantities in news text: a fast regex/token extractor built for precision on news copy.

For each number in a sentence (digits, number words, fractions, vague amounts such as "a few" or "dozens") the
extractor reads, around it and within the sentence:

* before: a hedge ("nearly", "more than"), a change verb ("rose", "fell by"), "another"/"an additional" (additive),
  a currency symbol or code ("$", "US$", "€", "EUR"), a sign;
* after: "and a half", a magnitude ("million", "bn", "m" beside money), a range's second number ("20-30",
  "between 20 and 30", "20 to 30"), a unit from ``tables/units.yaml`` ("square kilometers", "%", "mph", "-day"),
  a currency word ("euros", "cents"), else the counted noun ("24 settlements" → "settlement", skipping modifiers
  as in "over 400 Ukrainian troops"), "more" (additive), a trailing hedge ("or more").

What is not a quantity is dropped: calendar dates and clock times (``exclude`` spans, or the built-in masker),
bare years, list markers ("1."), counters in brackets ("Comments (0)"), numbers that name something ("Rossiya 24",
"Section 427", "G7", "F-16", "COVID-19"), ordinals ("22nd"), pronoun "one" ("the one", "no one").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from factcheck import units as _units
from factcheck import yamlfast
from factcheck.extract import numbers as num
from factcheck.extract._gate import alternation, lead
from factcheck.extract.hedges import direction, hedge_interval, load_table
from factcheck.extract.sentences import reading_text
from factcheck.intervals import Interval
from factcheck.models import Document, Quantity, Sentence

_SP = r"[ \u00a0\u202f]"

# --- tables -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    unit_re: re.Pattern[str]
    unit_of: dict[str, str]  # surface (words lower-cased) → pint unit
    prefix_re: re.Pattern[str]
    prefix_of: dict[str, str]  # symbol/code → ISO
    money_after_re: re.Pattern[str]
    money_after_of: dict[str, tuple[str, str]]  # surface (lower) → (ISO, unit: the ISO code or a minor unit)
    hedge_before_re: re.Pattern[str]
    hedge_after_re: re.Pattern[str]
    core_re: re.Pattern[str]
    fold_re: re.Pattern[str]  # core_re with multipliers ("sixfold"), used only in sentences that contain "fold"
    per_re: re.Pattern[str]  # "per barrel", "a year", "/kg": the denominator of a rate
    codes: frozenset[str]  # the ISO codes of the table, read with a magnitude letter ("MSEK 120", "120 KEUR")
    code_after: frozenset[str]  # codes that are also English words ("try", "rub", "cad"): read only in capitals


def _alt(forms: Sequence[str]) -> str:
    return alternation(forms, _SP + "+")


@functools.cache
def _lexicon() -> _Lexicon:
    text = resources.files("factcheck").joinpath("tables/units.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yamlfast.safe_load(text)
    unit_of: dict[str, str] = {}
    words: list[str] = []
    abbrs: list[str] = []
    glued: list[str] = []
    for pint_unit, forms in data["units"].items():
        canonical = _units.canonical_unit(pint_unit)
        for w in forms.get("words", []):
            words.append(w)
            unit_of.setdefault(w.lower(), canonical)
        for a in forms.get("abbr", []):
            a = str(a)
            (glued if len(a) == 1 and a.isalpha() else abbrs).append(a)
            unit_of.setdefault(a, canonical)
    unit_re = re.compile(
        rf"(?:(?P<sep>{_SP}?-?{_SP}?)(?P<unit>(?i:{_alt(words)})|{_alt(abbrs)})|(?P<glued>{_alt(glued)}))"
        r"(?![A-Za-z0-9])"
    )
    prefix_of: dict[str, str] = {}
    money_after_of: dict[str, tuple[str, str]] = {}
    code_after: set[str] = set()
    for code, forms in data["currencies"].items():
        for p in forms.get("prefix", []):
            prefix_of.setdefault(str(p), code)
            letters = re.sub(r"[$ .]", "", str(p))
            if "$" in str(p) and (len(letters) >= 2 or letters == "C") and letters != "US":
                prefix_of.setdefault(str(p).lower(), code)  # lower-cased copy: "cad$ 15", "hk $ 10.05 billion"
        for w in forms.get("words", []):
            money_after_of.setdefault(str(w).lower(), (code, code))
        for a in forms.get("abbr", []):
            money_after_of.setdefault(str(a).lower(), (code, code))
            if str(a).isupper() and _lemmas(str(a).lower()):
                code_after.add(str(a).lower())
        for minor, minor_forms in (forms.get("minor") or {}).items():
            _units.canonical_unit(minor)
            for m in minor_forms:
                money_after_of.setdefault(str(m).lower(), (code, minor))
    prefix_re = re.compile(rf"(?<![A-Za-z])(?:{_alt(list(prefix_of))}){_SP}?$")
    # "20 dollars", "20 of dollars" (after a vague amount), "a 12-cent dividend", "a 10-euro fine"
    money_after_re = re.compile(rf"{_SP}*(?:of{_SP}+|-)?(?P<money>(?i:{_alt(list(money_after_of))}))(?![A-Za-z])")
    table = load_table()
    before = [p for p in table.by_phrase]
    after = [p for p in table.by_after]
    hedge_before_re = re.compile(rf"(?<![\w])(?P<hedge>(?i:{_alt(before)})){_SP}*$")
    hedge_after_re = re.compile(rf"(?P<hedge>{_SP}*(?i:{_alt([a for a in after if a != '+'])})(?![A-Za-z])|\+)")
    # digits glued to a currency code or a prefix ending in a letter ("USD10m", "RM23.50", "$US55"): the
    # digits pattern refuses a letter before the number; these are read only when a currency prefix is found
    core = (
        rf"(?P<vague>\b(?:{_VAGUE_WORDS})\b)|{num.NUMBER_RE.pattern}"
        rf"|(?P<coded>(?<=[A-Z])(?:\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d+)(?:\.\d+)?(?![\d]))"
        rf"|(?P<aunit>\ban?(?={_SP}+(?:second|minute|hour|day|week|month|year|decade|century)\b))"
    )
    core_re = re.compile(core, re.IGNORECASE)
    fold = r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d+(?:\.\d+)?)[-‐]?fold\b"
    fold_re = re.compile(rf"(?P<fold>{fold})|{core}", re.IGNORECASE)
    denominators = [w for w in words if " " not in w or w.startswith(("square", "cubic"))]
    denominators += [a for a in abbrs if len(a) > 1 and not a[0].isdigit() and a not in ("%", "pc", "pp")]
    denominators += ["L", "g", "h", "t"]  # one letter only after a slash ("40 mg/L", "$500/t"): see _per_unit
    for slash_only, den_unit in _SLASH_ONLY.items():  # "km/s2", "m/s²"
        unit_of.setdefault(slash_only, _units.canonical_unit(den_unit))
        denominators.append(slash_only)
    per_re = re.compile(
        rf"(?:{_SP}*|-)(?:(?:per|a|an|each)(?:{_SP}+|-)|(?P<slash>/){_SP}*)(?P<per>(?i:{_alt(denominators)}))"
        rf"(?![A-Za-z0-9^²³])"
        rf"(?(slash)|(?!{_SP}+(?:earlier|ago|later|before|after|prior|previously|on|back)\b))"  # "a year earlier"
    )
    return _Lexicon(
        unit_re,
        unit_of,
        prefix_re,
        prefix_of,
        money_after_re,
        money_after_of,
        hedge_before_re,
        hedge_after_re,
        core_re,
        fold_re,
        per_re,
        frozenset(c for c in data["currencies"] if len(c) == 3 and c.isalpha() and c.isupper()),
        frozenset(code_after),
    )


def currency_code(word: str) -> bool:
    """Whether a word is the ISO 4217 code of a currency of the unit table ("EUR", "usd")."""
    return word.upper() in _lexicon().codes


# denominators read only after a slash: "9.8 m/s2", "3 km/s²"
_SLASH_ONLY = {"s": "second", "s2": "second ** 2", "s²": "second ** 2", "s^2": "second ** 2"}

# --- patterns -----------------------------------------------------------------------------------------------

_VAGUE_WORDS = (
    r"hundreds\s+of\s+thousands|tens\s+of\s+thousands|hundreds\s+of\s+millions|tens\s+of\s+millions"
    r"|a\s+couple(?=\s+of\b)|a\s+pair(?=\s+of\b)|a\s+few|a\s+handful(?=\s+of\b)|several|dozens|scores(?=\s+of\b)"
    r"|hundreds|thousands|millions|billions"
)
_VAGUE_EXTRA = {
    "hundreds of millions": (2e8, 9.99e8),
    "tens of millions": (2e7, 9.9e7),
}
_AND_HALF_RE = re.compile(rf"{_SP}+and{_SP}+a{_SP}+half\b", re.IGNORECASE)
_MAGNITUDE_RE = re.compile(
    rf"(?:{_SP}?-?{_SP}?(?P<word>(?i:{'|'.join(sorted(num.MAGNITUDE_WORDS, key=len, reverse=True))}))"
    rf"|(?P<short>[kKmMbBT]))(?![A-Za-z0-9])"
)
# "half an hour", "a quarter of a mile": a fraction of a unit is an amount in that unit
# "half an hour", "a quarter of a mile", "1/16 of a US pint"
_FRACTION_OF_UNIT_RE = re.compile(
    rf"{_SP}+(?:of{_SP}+)?an?{_SP}+(?:(?-i:US|U\.S\.|UK|imperial|British){_SP}+)?(?=[^\W\d])", re.IGNORECASE
)
_UP_TO_RE = re.compile(rf"{_SP}+to\b", re.IGNORECASE)
_DIGIT_NEXT_RE = re.compile(rf"{_SP}*[-−]?\d")
# an ISO code with a magnitude letter, as company reports write it: "MSEK 120", "120 MEUR", "KUSD 350"
_CODE_SCALE = {"M": 1e6, "K": 1e3, "k": 1e3}
_CODE_SCALE_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?P<mult>[MKk])(?P<code>[A-Z]{{3}}){_SP}$")
_CODE_SCALE_AFTER_RE = re.compile(rf"{_SP}*(?P<mult>[MKk])(?P<code>[A-Z]{{3}})(?![A-Za-z])")
_RANGE_RE = re.compile(  # "20-30", "20 to 30", "a 10-to-15-minute walk"
    rf"(?:(?:-?{_SP}+|-(?=to-))(?P<word>to|and|or|through)(?:{_SP}+|(?<=-to)-)|{_SP}*(?P<dash>[-–—]){_SP}*)"
    rf"(?P<cur>US\$|[$€£¥₹])?"
    rf"(?P<second>{num.DIGITS}|{num.WORDS})",
    re.IGNORECASE,
)
_SIGN_BEFORE = frozenset("-−–")
_MINUS_RE = re.compile(rf"\bminus(?:{_SP}+|-)$", re.IGNORECASE)
_GLUE_PREFIXES = ("sub", "over", "under", "near", "pre", "post", "top", "record", "all", "minus")
_CHANGE_UP = (
    r"rose|rise|rises|rising|risen|increased|increase|increases|increasing|grew|grow|grows|growing|grown|gained"
    r"|gain|gains|gaining|climbed|climb|climbs|climbing|jumped|jump|jumps|jumping|surged|surge|surges|surging"
    r"|soared|soar|soars|soaring|up|added|adding|adds|advanced|advances|advancing|rallied|rallies|spiked|boosted"
    r"|hiked|higher|expanded|expands|accelerated|improved|rebounded|rebounds|rebounding|swelled|swells"
    r"|rallying|spiking|boosting|hiking|expanding"
)
_CHANGE_DOWN = (
    r"fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|declining|decreased"
    r"|decrease|decreases|decreasing|lost|lose|loses|losing|slumped|slump|slumps|plunged|plunge|plunges"
    r"|plummeted|tumbled|tumbles|slid|slide|slides|sank|sink|sinks|dipped|dip|dips|down|shed|sheds|cut|cuts"
    r"|cutting|lower|slashed|reduced|reduces|eased|eases|retreated|shrank|shrunk|shrinks|contracted|lowered"
    r"|plummeting|plummets|plummet|tumbling|tumble|sliding|sinking|sunk|slumping|plunging|slipped|slip|slips"
    r"|slipping|dived|dove|dives|diving|sagged|crashed|skidded|easing|retreating|shrinking|slashing|reducing"
    r"|dipping|shedding"
)
_PHRASAL = (
    r"gave|give|gives|giving|given|picked|pick|picks|set|sets|make|made|makes|took|take|takes|taken|put|puts"
    r"|signed|sign|ended|end|ends|ending|showed|show|shows|turned|turn|turns|opened|open|paid|pay|pays|racked"
    r"|rack|racks|stepped|step|snapped|scooped|locked|wrapped|summed|filled|teamed|link|linked|moved|shut|broke"
    r"|break|breaks|calm|calmed|back|backs|backed|slow|slowed|wind|wound|tracked|count|counted|come|came|comes"
    r"|go|goes|went|bottom|bottomed|wrote|write|play|played|lined|line|stand|stood|sit|sat|put|keep|kept|hold"
    r"|held|let|laid|lay|knock|knocked|hunt|hunted|mark|marked|mop|beat|beaten|cut|cuts"
)
_PHRASAL_SET = frozenset(_PHRASAL.split("|"))
_CLOSED_DOWN = frozenset(["ended", "end", "ends", "ending", "opened", "open", "opens"])  # market copy: a fall
# the change patterns search short windows before each number: led by their first characters (_gate.lead)
_CHANGE_BEFORE_RE = lead(
    re.compile(
        rf"\b(?:(?P<up>{_CHANGE_UP})|(?P<down>{_CHANGE_DOWN}))(?:{_SP}+by)?(?:{_SP}+(?:a|an|another|nearly|about"
        rf"|around|almost|roughly|some|over|more{_SP}+than|less{_SP}+than|just|only|approximately|another))*{_SP}*$",
        re.IGNORECASE,
    )
)
_CHANGE_NOUN_BEFORE_RE = lead(
    re.compile(
        rf"\b(?:(?P<up>increase|rise|gain|jump|growth|hike|surge|boost|upswing|climb|increment)"
        rf"|(?P<down>decrease|decline|drop|fall|loss|cut|reduction|slump|plunge|dip|contraction|downturn|slide))"
        rf"{_SP}+of{_SP}*(?:(?:about|around|nearly|almost|some|roughly|over|more{_SP}+than|less{_SP}+than){_SP}+)?$",
        re.IGNORECASE,
    )
)
_CHANGE_AFTER_RE = re.compile(
    rf"{_SP}*(?:(?P<up>increase|rise|gain|jump|hike|surge|boost|growth|higher|uptick)"
    rf"|(?P<down>decrease|decline|drop|fall|loss|cut|reduction|slump|plunge|dip|lower|contraction|slide|fewer))\b",
    re.IGNORECASE,
)
_ADDITIVE_BEFORE_RE = re.compile(
    rf"\b(?:another|an{_SP}+additional|additional|a{_SP}+further|further|an{_SP}+extra|extra|a{_SP}+second)"
    rf"{_SP}+$",
    re.IGNORECASE,
)
_ADDITIVE_AFTER_RE = re.compile(rf"{_SP}+(?:more|additional|extra|further)\b", re.IGNORECASE)
_CHANGE_WORD_RE = re.compile(rf"\b(?:{_CHANGE_UP}|{_CHANGE_DOWN})\b", re.IGNORECASE)
_BETWEEN_RE = re.compile(rf"\b(?:between|from){_SP}+$", re.IGNORECASE)
# a fraction written with a slash, when "of" or a unit follows: "1/16 of a pint", "3⁄4 cup"
_SLASH_FRACTION_RE = re.compile(rf"[/⁄](?P<den>[1-9]\d{{0,2}})(?![\d/])(?P<of>{_SP}+of\b)?")
_SCI_RE = re.compile(
    rf"(?:{_SP}?[×x*·]{_SP}?10(?:\^|{_SP})?(?P<exp>[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}})|[eE](?P<exp2>[-+−]?\d{{1,3}}))(?![\w.])"
)
# thousands separated by a (thin or no-break) space: "10 000", "1 250 000"; a plain space only before "000"
_SPACE_GROUPS_RE = re.compile(r"(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d|\d)")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
_MIXED_RE = re.compile(rf"{_SP}+(?P<num>[1-9])/(?P<den>[1-9]\d?)(?![\d/])")
_ADDRESS_RE = re.compile(
    rf"(?:{_SP}+(?:[NSEW]\.?|[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))){{1,4}}{_SP}+(?:Street|St|Road|Rd|Avenue|Ave"
    r"|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Terrace|Crescent|Parkway|Pkwy)\b"
)
_BY_BEFORE_RE = lead(re.compile(rf"\bby{_SP}+$", re.IGNORECASE))
_FROM_RE = re.compile(rf"\bfrom{_SP}+$", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w'’.&-]*)[\s\u00a0]*$")
_WORD_AFTER_RE = re.compile(rf"{_SP}*-?{_SP}*([A-Za-z][A-Za-z'’-]*)")
_OF_OWNER_RE = re.compile(rf"{_SP}+of{_SP}+(?:my|your|(?P<owner>[A-Z][\w&.-]*)['’]s){_SP}+")
_OF_DET_RE = re.compile(
    rf"{_SP}+of{_SP}+(?:the|its|their|his|her|our|these|those|them|whom|which|all)\b{_SP}*", re.IGNORECASE
)

# --- built-in date/time masker (used when no ``exclude`` spans are given) ------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Every alternative starts at a word boundary: the ``\b`` is written once, in front, so that the search tests it
# once per position instead of once per alternative, and a look-ahead for the characters a match starts with leads it
# (_gate.lead); the same matches: tests/extract/test_gate.py.
_DATE_MASK = re.compile(
    rf"\b(?:{_DAY}(?:{_SP}*[-–]{_SP}*{_DAY})?{_SP}+(?:of{_SP}+)?{_MONTH}(?:,?{_SP}+\d{{4}})?(?![\w])"
    rf"|{_MONTH}{_SP}*,?{_SP}+\d{{4}}\b"
    rf"|{_MONTH}{_SP}+{_DAY}(?:{_SP}*[-–]{_SP}*{_DAY})?(?:,?{_SP}+\d{{4}})?\b"
    rf"|(?i:(?:in|since|by|until|till|during|before|after|early|late|mid|mid-|throughout|year|fiscal|circa"
    rf"|spring|summer|autumn|fall|winter|the{_SP}+end{_SP}+of|the{_SP}+start{_SP}+of)){_SP}*-?{_SP}*"
    rf"(?:1[5-9]\d\d|2[01]\d\d)(?:{_SP}*[-–/]{_SP}*(?:\d{{4}}|\d{{2}}))?s?\b"
    rf"|\d{{1,2}}(?::\d{{2}})?{_SP}*(?:a\.m\.|p\.m\.|(?i:am|pm)\b|GMT\b|UTC\b|[ECMP][SD]?T\b|BST\b|CET\b)"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b|\d{{4}}{_SP}*(?:GMT|UTC)\b"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)",
)
_DATE_RE = lead(_DATE_MASK)


def unit_abbreviation(letters: str) -> bool:
    """Whether letters are the abbreviation of a unit of the unit table, as written ("GB", "MW", "km")."""
    return letters in _lexicon().unit_of


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of calendar dates and clock times ("11 March", "August 2024", "in 2024", "9 a.m.")."""
    return [m.span() for m in _DATE_RE.finditer(text)]


# a web address: its digits are identifiers or escapes ("?RQT=305", "%2020"), never quantities
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'\u201c\u201d]+", re.IGNORECASE)


_WWW_RE = re.compile(r"www\.", re.IGNORECASE)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of web addresses ("https://example.com/a?id=305", "www.example.org/2024")."""
    if "://" not in text and _WWW_RE.search(text) is None:  # no lower-cased copy of the whole text
        return []
    return [m.span() for m in _URL_RE.finditer(text)]


# --- words around a number ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _WordLists:
    stop_after: frozenset[str]
    modifiers: frozenset[str]
    invariant_plurals: frozenset[str]
    labels: frozenset[str]
    function_words: frozenset[str]
    one_is_a_pronoun_after: frozenset[str]
    per_nouns: frozenset[str]
    per_abbreviations: frozenset[str]

    @functools.cached_property
    def per_abbreviation(self) -> dict[str, tuple[str, str]]:
        """'ppg' → ('point', 'game')."""
        pairs = (entry.partition(":") for entry in self.per_abbreviations)
        return {abbr: (what.partition("/")[0], what.partition("/")[2]) for abbr, _, what in pairs}


@functools.cache
def _words() -> _WordLists:
    text = resources.files("factcheck").joinpath("tables/counted.yaml").read_text(encoding="utf-8")
    data: dict[str, str] = yamlfast.safe_load(text)
    fields = _WordLists.__dataclass_fields__
    unknown = set(data) - set(fields)
    if unknown:
        raise ValueError(f"counted.yaml: unknown lists {sorted(unknown)}; allowed: {', '.join(fields)}")
    return _WordLists(**{k: frozenset(str(data.get(k, "")).lower().split()) for k in fields})


@functools.lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    result: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return result


def _plural_noun(word: str) -> str | None:
    """The singular of a plural noun ("settlements" → "settlement"), else None."""
    low = word.lower()
    if low in _words().invariant_plurals:
        return {"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth"}.get(low, low)
    lem = _lemmas(low)
    noun = lem.get("NOUN")
    if noun and noun[0] != low:
        return noun[0]
    if not lem and len(low) > 3 and low.isalpha() and _OOV_PLURAL_RE.search(low):
        return low[:-3] + "y" if low.endswith("ies") else low[:-1]  # a word the lexicon lacks: "powertrains"
    return None


_OOV_PLURAL_RE = re.compile(r"(?<![su'’])s$")


def _counted_noun(text: str, pos: int, end: int, singular_ok: bool) -> tuple[str | None, bool, str | None]:
    """The noun a count counts, reading up to four words after ``pos`` and skipping modifiers.

    Returns (head noun, singular; whether modifiers were skipped; the whole noun phrase with a singular head:
    "14 first-team players" → ("player", True, "first-team player")).
    """
    skipped: list[str] = []
    while sum(w not in ("and", "&") for w in skipped) < 4:
        m = _WORD_AFTER_RE.match(text, pos, end)
        if not m:
            return None, False, None
        word = m.group(1).rstrip("'’-")
        low = word.lower()
        if not skipped and _compound_count(text, m, low, end):
            # "a 12-page report", "six-cylinder engines": pages, cylinders (unhyphenated: a weaker sign)
            return low, "-" not in m.group(0), low
        if low in ("and", "&") and skipped and skipped[-1][0].isupper():
            nxt = _WORD_AFTER_RE.match(text, m.end(), end)
            if nxt and nxt.group(1)[0].isupper():  # "Kia and Hyundai vehicles"
                skipped.append(low)
                pos = m.end()
                continue
        if low in ("most", "least") and not skipped:
            nxt = _WORD_AFTER_RE.match(text, m.end(), end)
            if nxt and "ADJ" in _lemmas(nxt.group(1).lower()):  # "the most spectacular catches"
                pos = m.end()
                continue
        if low == "and" and skipped and "ADJ" in _lemmas(skipped[-1].lower()):
            nxt = _WORD_AFTER_RE.match(text, m.end(), end)
            if nxt and "ADJ" in _lemmas(nxt.group(1).lower()) and _plural_noun(nxt.group(1)) is None:
                skipped.append(low)  # "gifted and unpredictable attackers"
                pos = m.end()
                continue
        if low in _words().stop_after or low.endswith(("'s", "’s")) or (low.endswith("ly") and "-" not in low):
            return None, False, None
        plural = _plural_noun(low)
        if plural is not None:
            return plural, bool(skipped), _phrase(skipped, plural)
        lem = _lemmas(low)
        if (
            singular_ok
            and "NOUN" in lem
            and low not in _words().modifiers
            and "ADJ" not in lem
            and not word[0].isupper()
        ):
            return low, bool(skipped), _phrase(skipped, low)
        modifier = (
            not lem  # a word the lexicon lacks ("powertrain", "gas-only"): jargon before the head noun
            or low in _words().modifiers
            or word[0].isupper()
            or "ADJ" in lem
            or ("VERB" in lem and "NOUN" not in lem)
            or "NOUN" in lem
            or "-" in word
        )
        if not modifier:
            return None, False, None
        skipped.append(word)
        pos = m.end()
    return None, False, None


# a word between a determiner and the number describes what is counted: "the top three seeds", "the previous two
# sessions", "a record 32 goals"; what qualifies the amount does not ("a mere 3", "an additional 20")
_FRAME_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?i:the|a|an|its|their|his|her|our|my|your){_SP}+(?P<word>[a-z][a-z-]*[a-z]){_SP}+$"
)
_AMOUNT_WORDS = (
    "total mere further additional extra average full entire whole same overall net gross combined estimated "
    "approximate possible potential expected projected reported whopping staggering paltry meagre meager "
    "massive impressive remarkable respectable modest healthy hefty cool solid record-breaking"
)
_AMOUNT_ADJECTIVES = frozenset(_AMOUNT_WORDS.split())
# what follows the counted noun when it is "of" + a bare noun: "65 snaps of man coverage", "700 categories of
# products"; not "of the …" (a part of a group) nor a name
_OF_BARE_RE = re.compile(rf"{_SP}+(?P<of>of)(?={_SP}+[a-z])")


def _framed_phrase(text: str, s: int, e: int, start: int, f: _Found) -> str | None:
    """The counted phrase with an adjective written before the number ("the top three seeds" → "top seed") and an
    "of" + bare noun written after it ("65 snaps of man coverage" → "snap of man coverage")."""
    phrase = f.counted_phrase
    if phrase is None:
        return None
    fr = _FRAME_BEFORE_RE.search(text, max(s, start - 30), start) if f.hedge is None else None
    if fr:
        word = fr.group("word")
        if (
            ("ADJ" in _lemmas(word) or word == "record")  # not a noun: "gave the alliance 31 seats"
            and word not in _AMOUNT_ADJECTIVES
            and word not in _words().function_words
            and not word.endswith(("ed", "ing"))
        ):
            phrase = f"{word} {phrase}"
    end = f.end
    for _ in (f.counted_phrase or "").split():
        w = _WORD_AFTER_RE.match(text, end, e)
        end = w.end() if w else end
    of = _OF_BARE_RE.match(text, end, e)
    if of is None:
        return phrase
    words: list[str] = []
    pos = of.end("of")
    while len(words) < 3:
        w = _WORD_AFTER_RE.match(text, pos, e)
        if w is None or w.start(1) != pos + 1 or not w.group(1).islower():
            break
        low = w.group(1)
        lem = _lemmas(low)
        if low in _words().stop_after or low in _words().function_words or not ({"NOUN", "ADJ"} & set(lem)):
            break
        words.append(low)
        pos = w.end()
        if _plural_noun(low) is not None:
            break  # the head of the "of" phrase: "categories of products leaving China"
    else:
        return phrase  # longer than three words: "40,000 doses of oral cholera vaccine …" is not read
    if words and ("NOUN" in _lemmas(words[-1]) or _plural_noun(words[-1]) is not None):
        words[-1] = _plural_noun(words[-1]) or words[-1]  # singular, as the head: "category of product"
        phrase = f"{phrase} of {' '.join(words)}"
    return phrase


def _compound_count(text: str, m: re.Match[str], low: str, end: int) -> bool:
    """A singular noun fused to the number as a compound adjective counts ("12-page report", "3 cylinder engine"
    with the hyphen stripped): the noun after it is what the compound describes."""
    if low in _words().stop_after or low in _words().modifiers or m.group(1)[0].isupper():
        return False
    lem = _lemmas(low)
    if "NOUN" not in lem or lem["NOUN"][0] != low or "ADJ" in lem:
        return False
    if "-" in m.group(0):
        return True
    nxt = _WORD_AFTER_RE.match(text, m.end(), end)
    if not nxt or "-" in nxt.group(0)[:2]:
        return False
    after = nxt.group(1).lower()
    lem2 = _lemmas(after)
    if "NOUN" not in lem2 or after in _words().stop_after or nxt.group(1)[0].isupper():
        return False
    if _plural_noun(after) is not None:
        return False  # "135 unicorn startups" counts the startups; "a 4 cylinder motor" has one motor
    return "VERB" not in lem2 or not after.endswith(("ed", "ing", "s"))  # "4 cylinder motor", not "1 man runs"


def _phrase(modifiers: list[str], head: str) -> str:
    """The counted noun phrase: the modifiers as written (names keep their capitals), singular head."""
    return " ".join([*(w if w[0].isupper() else w.lower() for w in modifiers), head])


# --- the extractor ------------------------------------------------------------------------------------------


@dataclass
class _Found:
    start: int
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None
    counted: str | None = None
    currency: str | None = None
    hedge: str | None = None
    decimals: int = 0
    scale: float = 1.0
    additive: bool = False
    range: bool = False
    change: str | None = None
    words: bool = False
    vague: Interval | None = None
    fraction: bool = False
    minor: str | None = None
    rate: bool = False
    counted_gap: bool = False  # words were skipped between the number and its counted noun
    counted_phrase: str | None = None
    endpoint: str | None = None
    per: str | None = None


def extract_quantities(
    doc: Document, sentences: list[Sentence], exclude: Sequence[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Every quantity of ``doc`` inside ``sentences``, in text order.

    ``exclude`` lists character spans of calendar dates and clock times (from the date extractor); numbers that
    overlap them are not quantities. A small built-in masker of dates and clock times always runs as well, so the
    function is correct on its own; numbers inside web addresses are never quantities.
    """
    text = reading_text(doc)
    own = date_spans(text)
    urls = url_spans(text)
    if urls:
        own = sorted([*own, *urls])
    spans = sorted([*exclude, *own]) if exclude is not None else own
    starts = [s for s, _ in spans]
    out: list[Quantity] = []
    for sent in sentences:
        found = [_to_quantity(doc, sent.index, f) for f in _scan(text, sent.span.start, sent.span.end, spans, starts)]
        out.extend(_bound_pairs(doc, text, found) if len(found) > 1 else found)
    return out


# two bounds of one amount joined by "and"/"but": "over 18 and under 65", "at least 20 and up to 50 people"
_BOUND_PAIR_RE = re.compile(rf"{_SP}*,?{_SP}*(?:and|but){_SP}+", re.IGNORECASE)


def _bound_pairs(doc: Document, text: str, found: list[Quantity]) -> list[Quantity]:
    """A lower and an upper bound written side by side ("more than 100 and less than 300 homes", "at most 100
    and at least 20") are one range: the bounds and the reading of each end kept."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is None or not _BOUND_PAIR_RE.fullmatch(text, prev.span.end, q.span.start):
            out.append(q)
            continue
        dirs = (direction(prev.hedge), direction(q.hedge))
        low, high = (prev, q) if dirs == (">", "<") else (q, prev) if dirs == ("<", ">") else (None, None)
        if (
            low is None
            or high is None
            or prev.range
            or q.range
            or prev.change
            or q.change
            or prev.endpoint
            or q.endpoint
            or (prev.unit, prev.currency) != (q.unit, q.currency)
            or (prev.counted is not None and q.counted is not None and prev.counted != q.counted)
            or not low.value < high.value
        ):
            out.append(q)
            continue
        out[-1] = prev.model_copy(
            update={
                "span": doc.span(prev.span.start, q.span.end),
                "value": low.value,
                "value_high": high.value,
                "counted": prev.counted or q.counted,
                "counted_phrase": prev.counted_phrase or q.counted_phrase,
                "hedge": low.hedge,
                "interval": Interval(
                    low=low.interval.low,
                    high=high.interval.high,
                    low_open=low.interval.low_open,
                    high_open=high.interval.high_open,
                ),
                "bounds": Interval(
                    low=low.bounds.low,
                    high=high.bounds.high,
                    low_open=low.bounds.low_open,
                    high_open=high.bounds.high_open,
                ),
                "decimals": max(prev.decimals, q.decimals),
                "range": True,
                "approximate": prev.approximate or q.approximate,
                "words": prev.words and q.words,
                "per": prev.per or q.per,
            }
        )
    return out


def _overlaps(spans: Sequence[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_right(starts, b - 1) - 1
    while i >= 0:
        s, e = spans[i]
        if e > a and s < b:
            return True
        if e <= a and i < len(spans) and s < a - 200:
            return False
        i -= 1
    return False


def _scan(text: str, s: int, e: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> list[_Found]:
    lex = _lexicon()
    found: list[_Found] = []
    consumed = s
    core_re = lex.fold_re if "fold" in text[s:e].lower() else lex.core_re
    for m in core_re.finditer(text, s, e):
        a, b = m.span()
        if a < consumed:
            continue
        if spans and _overlaps(spans, starts, a, b):
            continue
        f = _read(text, s, e, m, lex)
        if isinstance(f, int):
            consumed = f  # a score or code such as "3-1": skip both numbers
            continue
        if f is None:
            continue
        if spans and _overlaps(spans, starts, f.start, f.end):
            continue
        found.append(f)
        consumed = f.end
    _link(text, found)
    _ellipsis(text, found)
    return found


_CONVERSION_RE = re.compile(rf"{_SP}*\({_SP}*$")
_CONVERSION_NEXT_RE = re.compile(rf"{_SP}*[/,;]{_SP}*$")
_APPOSITION_RE = re.compile(rf"(?:{_SP}*[A-Za-z-]+){{0,2}}{_SP}*,?{_SP}*or{_SP}+", re.IGNORECASE)
_PARALLEL_BY_RE = re.compile(rf"{_SP}*,{_SP}*(?:and{_SP}+)?(?:[A-Z][\w&'’.-]*{_SP}+){{1,4}}by{_SP}+")
_SIGNED_UNITS = frozenset({"percent", "percentage_point", "basis_point"})


_SHARED_RE = re.compile(rf"{_SP}*(?:[-–—]{_SP}*(?:or|and|to){_SP}+|[-–—]|to|or|and|through){_SP}*", re.IGNORECASE)


def _bare(f: _Found) -> bool:
    return f.unit is None and f.currency is None and f.counted is None and f.vague is None and not f.fraction


def _share_unit(first: _Found, second: _Found) -> None:
    """The first of two numbers joined by "to", "or", "and" or a dash takes the unit, currency, counted noun and
    magnitude written only after the second ("from 13.5 to 14.0 mm", "7- or 8-inch", "2.4 to 3 million
    headsets")."""
    first.unit, first.currency, first.minor = second.unit, second.currency, second.minor
    first.counted, first.counted_phrase = second.counted, second.counted_phrase
    if first.scale == 1.0 and second.scale > 1.0 and not first.words:
        first.value *= second.scale
        first.scale = second.scale


# between the two ends of "from X to Y": up to four words (a time, a place, "combined"), then "to" or "up to"
_ENDPOINT_GAP_RE = re.compile(
    rf"(?:{_SP}+(?!from\b|to\b)[^\s,;:()]+){{0,4}}?{_SP}+(?:up{_SP}+)?to{_SP}+", re.IGNORECASE
)


def _endpoints(text: str, prev: _Found, f: _Found, between: str) -> None:
    """Mark the two ends of a movement written "from X to Y" ("fell from $2,415 to $2,315", "dropping from 208
    pounds to 193"); a bare end takes the unit, currency, counted noun and magnitude of the start."""
    if prev.range or f.range or prev.endpoint or not _FROM_RE.search(text, max(0, prev.start - 8), prev.start):
        return
    if not _ENDPOINT_GAP_RE.fullmatch(between) and not (
        f.hedge is not None and f.hedge.lower() == "up to" and not between.strip()  # "from 450 sq ft up to 900"
    ):
        return
    if prev.unit is not None and f.unit is not None and _units.dimension_of(prev.unit) != _units.dimension_of(f.unit):
        return
    prev.endpoint, f.endpoint = "from", "to"
    if _bare(f) and not _bare(prev) and not f.words:
        f.unit, f.currency, f.minor = prev.unit, prev.currency, prev.minor
        f.counted, f.counted_phrase = prev.counted, prev.counted_phrase
        if f.scale == 1.0 and prev.scale > 1.0 and prev.value and 0.01 <= f.value * prev.scale / prev.value <= 100:
            f.value *= prev.scale
            f.scale = prev.scale


# a bare number after a measured one, in a parallel clause: "84.75 cents, while the lowest is 74.07", "435 homes
# by sale and 187 by tender", "1.4 degrees in 2018 and 2.1 last year", "460 cars this year compared with 63"
_ELLIPSIS_RE = re.compile(
    r"[^;:()\[\]]{0,60}?\b(?:and|but|while|whereas|compared\s+(?:with|to)|versus|vs\.?|against|including)\b"
    r"[^,;:()\[\]\d]{0,30}",
    re.IGNORECASE,
)
# "rose 64 points to 4,577", "to 3.9 million headsets up from 2.4 million"
_ELLIPSIS_TO_RE = re.compile(rf"(?:,?{_SP}+[A-Za-z-]+){{0,3}}?,?{_SP}+(?:to|from){_SP}+")
# "raised 280 million of the 1.5 billion shekels": a part of a measured whole
_PARTITIVE_RE = re.compile(rf"{_SP}+of{_SP}+(?:the|its|their|his|her|our|an?){_SP}+", re.IGNORECASE)
_ELLIPSIS_TICKER_RE = re.compile(rf"{_SP}+(?:up|down){_SP}+")  # "(16,369.03 up 58.06 points)"


def _take_unit(f: _Found, other: _Found) -> None:
    if other.value and f.value and not 1e-3 <= abs(f.value / other.value) <= 1e3:
        return  # "a 5 speed gearbox and 2,380,000": not the same kind of number
    f.unit, f.currency, f.minor = other.unit, other.currency, other.minor
    f.counted, f.counted_phrase, f.rate = other.counted, other.counted_phrase, other.rate
    if f.scale == 1.0 and other.scale > 1.0 and other.value and 0.01 <= f.value * other.scale / other.value <= 100:
        f.value *= other.scale
        f.scale = other.scale


def _ellipsis(text: str, found: list[_Found]) -> None:
    """A bare number in digits takes the unit of the measured number it parallels: after "and", "while",
    "compared with", "including" (not after a duration: "for two years and 95,800 who…"); after "to" when the
    one before is an amount, not a percentage ("rose 64 points to 4,577"); and an index level before its change
    ("16,369 up 58 points")."""
    for i, f in enumerate(found):
        if not _bare(f) or f.words or f.endpoint or f.additive:
            continue
        nxt_word = _WORD_AFTER_RE.match(text, f.end)
        after = nxt_word.group(1).lower() if nxt_word and nxt_word.start(1) == f.end + 1 else None
        if after is not None and after not in _words().stop_after and after not in _words().modifiers:
            continue  # "and 2 TDs": a number followed by a word counts that word, known or not
        if i + 1 < len(found):
            nxt = found[i + 1]
            if (
                _PARTITIVE_RE.fullmatch(text, f.end, nxt.start)
                and not _bare(nxt)
                and nxt.value > f.value
                and nxt.unit not in _SIGNED_UNITS
            ):
                _take_unit(f, nxt)
                continue
            if (
                nxt.change
                and not _bare(nxt)
                and nxt.unit not in _SIGNED_UNITS
                and _ELLIPSIS_TICKER_RE.fullmatch(text, f.end, nxt.start)
            ):
                _take_unit(f, nxt)
                continue
        if i == 0:
            continue
        prev = found[i - 1]
        if _bare(prev) or prev.fraction or prev.vague is not None or prev.endpoint == "from":
            continue
        if prev.unit in _SIGNED_UNITS and i >= 2 and (level := _level_unit(text, found, i)) is not None:
            _take_unit(f, level)
        elif _ELLIPSIS_TO_RE.fullmatch(text, prev.end, f.start):
            if prev.unit not in _SIGNED_UNITS:
                _take_unit(f, prev)
        elif _ELLIPSIS_RE.fullmatch(text, prev.end, f.start) and (
            prev.unit is None or _units.dimension_of(prev.unit) != "time"
        ):
            _take_unit(f, prev)
            if f.per is None and f.counted is not None:
                f.per, _ = _per_noun(text, f.end, len(text), f.end)  # "an average of 20 per week"


# the level a change reached: "fell 0.5% to 1,463 points", "ended down 1% at 1,463 points", "to a close of …"
_LEVEL_GAP_RE = re.compile(rf",?{_SP}+(?:to|at)\b(?:{_SP}+[a-z]+){{0,3}}?{_SP}+")
_CLAUSE_LINK_RE = re.compile(r"[^;:()\[\]]{0,40}?\b(?:while|whereas|and|but|as)\b[^;:()\[\]]{0,30}")


def _level_unit(text: str, found: list[_Found], i: int) -> _Found | None:
    """The measured quantity whose unit a bare level after a percentage change takes: the change it restates
    ("lost 162 points, or 2.1%, to 7,425" → points) or the level of a parallel change before it ("…fell 0.5% to
    1,463 points, while B climbed 0.1% to 1,333" → points)."""
    f, pct, g = found[i], found[i - 1], found[i - 2]
    if not _LEVEL_GAP_RE.fullmatch(text, pct.end, f.start) or pct.change is None:
        return None
    if _bare(g) or g.minor is not None or g.unit in _SIGNED_UNITS or g.fraction or g.vague is not None or g.rate:
        return None
    if g.change is not None and _APPOSITION_RE.fullmatch(text, g.end, pct.start):
        return g  # the change in points and the same change in percent
    if i >= 3:
        before = found[i - 3]
        if (
            before.unit in _SIGNED_UNITS
            and before.change is not None
            and _LEVEL_GAP_RE.fullmatch(text, before.end, g.start)
            and _CLAUSE_LINK_RE.fullmatch(text, g.end, pct.start)
        ):
            return g
    return None


def _link(text: str, found: list[_Found]) -> None:
    """What a quantity takes from the one before it: a conversion in brackets keeps the hedge and change of the
    quantity it converts ("just under 296 hp (224 kW / 300 PS)"); an apposition keeps the change ("lost 190
    points, or 0.6%"); a signed percentage is a change ("Dow +0.2%", "FTSE -0.6%")."""
    converting: _Found | None = None
    for i, f in enumerate(found):
        if f.change is None and (f.unit in _SIGNED_UNITS) and f.start > 0:
            sign = text[f.start]
            if sign == "+" or (f.start > 0 and text[f.start - 1] == "+" and not text[f.start].isalpha()):
                f.change = "up"
            elif f.value < 0 and sign in _SIGN_BEFORE:
                f.change = "down"
        if i == 0:
            continue
        prev = found[i - 1]
        between = text[prev.end : f.start]
        measured = f.unit is not None or f.currency is not None
        if measured and _CONVERSION_RE.fullmatch(between):
            converting = prev
        elif not (converting is not None and measured and _CONVERSION_NEXT_RE.fullmatch(between)):
            converting = None
        if _SHARED_RE.fullmatch(between) and _bare(prev) and not _bare(f) and not f.rate:
            _share_unit(prev, f)
        _endpoints(text, prev, f, between)
        if converting is not None:
            f.hedge = f.hedge or converting.hedge
            f.change = f.change or converting.change
            _rate_after_brackets(text, converting, f)
        elif prev.change and f.change is None and f.unit == prev.unit and _PARALLEL_BY_RE.fullmatch(between):
            f.change = prev.change  # "Ross was down 2.3%, Burlington by 2.6%": the verb is not repeated
        elif (
            prev.change
            and f.change is None
            and f.hedge is None
            and _APPOSITION_RE.fullmatch(between)
            and (f.unit != prev.unit or f.counted != prev.counted)
        ):
            f.change = prev.change


_CLOSE_RE = re.compile(rf"{_SP}*\)")


def _rate_after_brackets(text: str, first: _Found, conv: _Found) -> None:
    """A rate written after a conversion in brackets is the rate of both amounts: "9 billion shekels ($2.4
    billion) a year", "C$6 (US$4.46) per share"."""
    close = _CLOSE_RE.match(text, conv.end)
    if close is None or first.rate or conv.rate or first.per or conv.per:
        return
    lex = _lexicon()
    per = _per_unit(text, close.end(), len(text), lex)
    if per:
        den = lex.unit_of.get(per.group("per")) or lex.unit_of.get(" ".join(per.group("per").lower().split()))
        if den is None or first.unit is None or conv.unit is None:
            return
        if _units.dimension_of(den) in (_units.dimension_of(first.unit), _units.dimension_of(conv.unit)):
            return
        for q in (first, conv):
            q.unit = _units.canonical_unit(f"({q.unit}) / ({den})")
            q.rate = True
        return
    noun, _ = _per_noun(text, close.end(), len(text), close.end())
    if noun is not None:
        first.per = conv.per = noun


def _read(text: str, s: int, e: int, m: re.Match[str], lex: _Lexicon) -> _Found | int | None:
    """The quantity whose number ``m`` matched, None if it is none, or the offset to skip to (a score)."""
    a, b = m.span()
    kind = m.lastgroup
    # the group that matched (named groups inside the sub-patterns are not used)
    if m.re is lex.fold_re and m.group("fold"):
        return _read_fold(text, s, e, m, lex)
    if m.group("aunit"):
        kind = "aunit"
    elif m.group("vague"):
        kind = "vague"
    elif m.group("frac"):
        kind = "frac"
    elif m.group("digits") or m.group("coded"):
        kind = "digits"
    else:
        kind = "words"
    core = m.group(0)
    vague: Interval | None = None
    fraction = False
    decimals = 0
    sci_scale = 1.0
    words = kind not in ("digits", "aunit")
    if kind == "digits":
        if _glued_to_word(text, s, a):
            return None  # "F-16", "COVID-19", "mid-2024"
        slash = _SLASH_FRACTION_RE.match(text, b, e) if b < e and text[b] in "/⁄" else None
        if (
            slash
            and "." not in core
            and "," not in core
            and int(core) < int(slash.group("den"))
            and (slash.group("of") or lex.unit_re.match(text, slash.end("den"), e))
        ):
            value, fraction = int(core) / int(slash.group("den")), True  # "1/16 of a pint", "1/2 pound"
            b = slash.end("den")
        elif b < e and text[b] in ":/⁄" and b + 1 < e and text[b + 1].isdigit():
            return None  # "10:30", "24/7"
        if b < e and text[b] == "." and b + 1 < e and text[b + 1].isdigit():
            return None  # "1.2.3"
        if (
            b + 1 < e
            and text[b : b + 2].lower() in ("st", "nd", "rd", "th")
            and not (b + 2 < e and text[b + 2].isalpha())
        ):
            return None  # ordinals "22nd"
        grouped = _SPACE_GROUPS_RE.match(text, b, e) if len(core) <= 3 and core.isdigit() else None
        if grouped and (grouped.group(0)[0] != " " or grouped.group(0)[1:4] == "000"):
            core = core + re.sub(r"\D", "", grouped.group(0))  # "10 000 dollars", "250\u202f000": one number
            b = grouped.end()
        if not fraction:
            value, decimals = num.parse_digits(core)
            sci = _SCI_RE.match(text, b, e)
            mixed = _MIXED_RE.match(text, b, e) if "." not in core else None
            if sci:  # "1.99×10−30", "4e14"
                exponent = int((sci.group("exp") or sci.group("exp2")).translate(_SUPERSCRIPT))
                sci_scale = 10.0**exponent
                b = sci.end()
            elif mixed and int(mixed.group("num")) < int(mixed.group("den")):  # "2 1/2 inches"
                value += int(mixed.group("num")) / int(mixed.group("den"))
                b = mixed.end()
    elif kind == "vague":
        key = " ".join(core.lower().split())
        pair = _VAGUE_EXTRA.get(key)
        vague = Interval.closed(*pair) if pair else _vague(key)
        if vague is None:
            return None
        value = vague.low
    elif kind == "frac":
        parsed = num.parse_fraction(core)
        if parsed is None:
            return None
        value = parsed
        fraction = not core[0].isdigit()  # "½" is a fraction, "2½" a number
    elif kind == "aunit":
        hb = lex.hedge_before_re.search(text, max(s, a - 40), a)
        if hb is None or hb.group("hedge").lower() in ("some", "over", "under", "above", "below"):
            return None  # "a month" is a quantity only when hedged: "about a month", "more than a year"
        value = 1.0
    else:
        parsed = num.parse_words(core)
        if parsed is None:
            return None
        value = parsed
        if _glued_to_word(text, s, a):
            return None  # "production-four-door"
        first = core.split()[0].lower().split("-")[0]
        if first in num.SCALES or first == "dozen":
            return None  # "million-dollar", "hundred" alone
        if core.lower() == "one" and _is_pronoun_one(text, s, a, b, e):
            return None

    f = _Found(start=a, end=b, value=value, decimals=decimals, words=words, vague=vague, fraction=fraction)
    if sci_scale != 1.0:
        f.value *= sci_scale
        f.scale = sci_scale
    pos = b

    # "two and a half", "half a million"
    if kind in ("digits", "words") and value == int(value):
        h = _AND_HALF_RE.match(text, pos, e)
        if h:
            f.value += 0.5
            pos = h.end()
    if fraction:
        h = num.FRACTION_OF_MAGNITUDE.match(text, pos, e)
        if h:
            f.value *= num.magnitude_factor(h.group("word"))
            f.fraction = False
            pos = h.end()
        elif (of := _FRACTION_OF_UNIT_RE.match(text, pos, e)) and _unit_word_at(text, of.end(), e, lex):
            f.fraction = False  # "half an hour", "a quarter of a mile": the unit is read below
            f.decimals = min(3, len(f"{f.value:g}".partition(".")[2]))  # exact: "half a percentage point" is 0.5
            pos = of.end() - 1

    # currency symbol or code before
    cur = lex.prefix_re.search(text, max(s, a - 8), a)
    if cur is None and kind == "digits" and a - 1 > s and text[a - 1] in _SIGN_BEFORE:
        cur = lex.prefix_re.search(text, max(s, a - 9), a - 1)  # "$-50.8"
        if cur and cur.group(0).strip(" \u00a0\u202f") in lex.prefix_of:
            f.value = -f.value
    if cur and kind in ("digits", "words"):
        f.currency = lex.prefix_of.get(cur.group(0).strip(" \u00a0\u202f"))
        if f.currency:
            f.start = cur.start()
    if cur is None and kind == "digits" and a > s and text[a - 1] in " \u00a0\u202f" and text[a - 2 : a - 1].isupper():
        coded = _CODE_SCALE_BEFORE_RE.search(text, max(s, a - 6), a)
        if coded and coded["code"] in lex.codes:
            f.currency, f.start = coded["code"], coded.start()  # "MSEK 120": millions of kronor
            f.value *= _CODE_SCALE[coded["mult"]]
            f.scale = _CODE_SCALE[coded["mult"]]
    if cur and f.currency == "GBP" and cur.group(0) == "PS" and len(core) == 1 and not _MAGNITUDE_RE.match(text, b, e):
        return None  # "PS5" is a console
    if m.group("coded") and f.currency is None:
        return None  # "G7", "F16": digits glued to letters that are not a currency

    # magnitude after
    if kind in ("digits", "words") or not fraction:
        mag = _MAGNITUDE_RE.match(text, pos, e)
        if mag and kind != "vague":
            factor = _magnitude(text, mag, e, f.currency is not None)
            if factor:
                f.value *= factor
                f.scale = factor
                pos = mag.end()
                more = _MAGNITUDE_RE.match(text, pos, e) if mag.group("word") else None
                if more and more.group("word") and num.MAGNITUDE_WORDS[more.group("word").lower()] > factor:
                    f.value *= num.MAGNITUDE_WORDS[more.group("word").lower()]  # "4 hundred million"
                    f.scale *= num.MAGNITUDE_WORDS[more.group("word").lower()]
                    pos = more.end()

    # a sign written before the number
    if kind == "digits" and f.start > s and text[f.start - 1] in _SIGN_BEFORE:
        before = text[f.start - 2] if f.start - 2 >= s else " "
        if before.isspace() or before in "([$€£":
            f.value = -f.value
            f.start -= 1
    minus = _MINUS_RE.search(text, max(s, f.start - 7), f.start) if kind in ("digits", "words") else None
    if minus and f.value > 0:
        f.value = -f.value
        f.start = minus.start()

    # a range: "20-30", "20 to 30", "between 20 and 30"
    if kind in ("digits", "words"):
        pos = _read_range(text, s, e, pos, f, lex)
        if pos < 0:
            return -pos

    # "five more settlements", "a few more days"
    add = _ADDITIVE_AFTER_RE.match(text, pos, e)
    if add and kind != "frac":
        f.additive = True
        pos = add.end()

    # unit, percent or currency after
    unit_end = pos
    coded = _CODE_SCALE_AFTER_RE.match(text, pos, e) if f.currency is None and f.scale == 1.0 else None
    if coded and coded["code"] in lex.codes:
        f.currency = coded["code"]  # "120 MEUR", "350 KUSD"
        f.value *= _CODE_SCALE[coded["mult"]]
        f.scale = _CODE_SCALE[coded["mult"]]
        unit_end = coded.end()
    if f.currency is None:
        money = lex.money_after_re.match(text, pos, e)
        if money and not (money.group("money").lower() in ("won", "rand", "dong") and f.scale == 1.0):
            surface = money.group("money").lower()
            code, money_unit = lex.money_after_of[surface]
            if surface in lex.code_after and not money.group("money").isupper():
                money = None  # a code only as written: "5 TRY", not "an eight-try win"
            elif surface in ("pounds", "pound") and f.scale == 1.0:
                money = None  # "5 pounds" is a weight unless "million pounds"
            elif surface == "p" and money.start("money") != pos:
                money = None  # pence only glued: "164p"
            elif surface in lex.prefix_of and _DIGIT_NEXT_RE.match(text, money.end(), e):
                money = None  # a sign before the next number: "10 $5 bills", "10 $ 30 $"
            else:
                f.currency = code
                f.minor = money_unit if money_unit != code else None
                unit_end = money.end()
    if f.currency is None:
        um = lex.unit_re.match(text, pos, e)
        if um and not (kind == "vague" and um.group("glued")):
            surface = um.group("unit") or um.group("glued")
            u = lex.unit_of.get(surface) or lex.unit_of.get(" ".join(surface.lower().split()))
            if u is None:
                u = lex.unit_of.get(surface.lower())
            if u is not None:
                f.unit = u
                unit_end = um.end()
        elif um is None and (full := _PREFIXED_WORD_RE.match(text, pos, e)) and _units.prefixed_unit(full["word"]):
            f.unit = _units.prefixed_unit(full["word"])  # any SI-prefixed unit in full: "14 millisieverts"
            unit_end = full.end()
        elif (
            um is None
            and kind == "digits"
            and (sl := _BEFORE_SLASH_RE.match(text, pos, e))
            and sl["u"] in lex.unit_of
            and sl["u"] not in _SLASH_ONLY
            and _per_unit(text, sl.end(), e, lex)
        ):
            f.unit = lex.unit_of[sl["u"]]  # "2 W/m2", "1.3 A/cm2": a slash after the letter makes it a unit
            unit_end = sl.end()
        elif um is None and kind == "digits" and _one_letter_apart(text, s, e, f, m, pos):
            f.unit = lex.unit_of[text[pos + 1]]  # "3 to 4 L of wine", "278,000 t", "a 5 W charger"
            unit_end = pos + 2
        elif um is None and kind == "vague":
            of = re.match(rf"{_SP}+of", text[pos:e])
            if of:
                um2 = lex.unit_re.match(text, pos + of.end(), e)
                if um2 and um2.group("unit"):
                    f.unit = lex.unit_of.get(um2.group("unit").lower(), lex.unit_of.get(um2.group("unit")))
                    unit_end = pos + of.end() if f.unit else unit_end
                money2 = lex.money_after_re.match(text, pos + of.end(), e)
                if f.unit is None and money2:
                    f.currency = lex.money_after_of[money2.group("money").lower()][0]
    if f.currency is not None:
        f.unit = f.minor or f.currency
    if f.unit is not None and kind != "vague":
        per = _per_unit(text, max(unit_end, pos), e, lex)
        if per is None and f.currency is None and (of := _OF_SUBSTANCE_RE.match(text, max(unit_end, pos), e)):
            per = _per_unit(text, of.end(), e, lex)  # "95 grams of CO2 per kilometre", "2 million barrels of oil a day"
        if per:
            den = lex.unit_of.get(per.group("per")) or lex.unit_of.get(" ".join(per.group("per").lower().split()))
            if den and _units.dimension_of(den) != _units.dimension_of(f.unit):
                f.unit = _units.canonical_unit(f"({f.unit}) / ({den})")  # "$58 per barrel", "5% a year"
                f.rate = True
                unit_end = per.end()
    if kind == "aunit" and f.unit is None:
        return None
    # digits glued to letters that are neither a magnitude nor a unit: "5G", "1990s", "737MAX"
    if kind == "digits" and unit_end == pos and pos < e and text[pos].isalpha():
        return None
    f.end = unit_end if unit_end > pos else pos
    if f.unit in _COMPOUND_UNITS and not f.range and f.scale == 1.0:
        _compound(text, e, f)  # "5 feet 2 inches", "6ft 1in", "7 pounds 8 ounces"
    elif f.currency is not None and f.minor is None and not f.range and f.scale == 1.0 and f.value == int(f.value):
        _minor_after(text, e, f, lex)  # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
    if f.unit is not None and not f.range and kind in ("digits", "words"):
        _read_unit_range(text, s, e, f, lex)
    if f.unit is not None and not f.rate and kind != "vague":
        f.per, f.end = _per_noun(text, f.end, e, f.end)  # "63 cents per share", "40 hours a week"

    # what a count counts, "more"
    if f.unit is None and not f.fraction:
        after = f.end
        if kind == "vague":
            of = re.match(rf"{_SP}+of\b", text[after:e])
            if of:
                after += of.end()
        singular_ok = f.value == 1 and f.value_high is None
        owner = None
        if (kind == "words" and value == int(value) and value <= 20) or f.scale >= 1e6:  # "one of the…"
            od = _OF_DET_RE.match(text, after, e) or _OF_OWNER_RE.match(text, after, e)  # "two of Lee's aides"
            if od and value != 1 and f.scale < 1e6 and lex.core_re.match(text, od.end(), e):
                od = None  # "five of their six games": the six games are counted on their own
            if od:
                after = od.end()
                singular_ok = False
                owner = od.groupdict().get("owner")
        f.counted, f.counted_gap, f.counted_phrase = _counted_noun(text, after, e, singular_ok=singular_ok)
        if owner and f.counted_phrase:
            f.counted_phrase = f"{owner} {f.counted_phrase}"  # the owner as a modifier: "Johnson deputy"
        if f.counted_phrase is not None:  # "78,000 times a minute", "3,000 tests per day"
            phrase_end = after
            for _ in f.counted_phrase.split():
                w = _WORD_AFTER_RE.match(text, phrase_end, e)
                phrase_end = w.end() if w else phrase_end
            f.per, _ = _per_noun(text, phrase_end, e, f.end)
        abbr = _WORD_AFTER_RE.match(text, after, e) if f.counted is None and kind == "digits" else None
        if abbr and abbr.group(1).lower() in _words().per_abbreviation and not abbr.group(0).startswith("-"):
            f.counted, f.per = _words().per_abbreviation[abbr.group(1).lower()]  # "15.3 ppg"
            f.counted_phrase = f.counted

    # what a fraction is a share of: "one fourth of the population", "half the condos"
    if f.fraction and f.unit is None:
        of = _FRACTION_OF_RE.match(text, f.end, e)
        if of:
            f.counted, _, f.counted_phrase = _counted_noun(text, of.end(), e, singular_ok=True)

    # hedge after ("or more", "+") and before
    ha = lex.hedge_after_re.match(text, f.end, e)
    if ha and ha.group("hedge").lower().endswith("up") and _UP_TO_RE.match(text, ha.end(), e):
        ha = None  # "at least 20 and up to 50": the second bound, not "20 and up"
    if ha and (ha.group("hedge") != "+" or kind == "digits"):
        f.hedge = ha.group("hedge").strip()
        f.end = ha.end()
    hb = lex.hedge_before_re.search(text, max(s, f.start - 40), f.start)
    hedge_start = f.start
    if hb:
        word = hb.group("hedge")
        if not (word.lower() == "some" and kind == "vague"):
            if not (f.hedge is not None and direction(f.hedge) in (">", "<") and direction(word) == "~"):
                f.hedge = word  # but "about 500 or more" is at least about 500: the bound after wins
            hedge_start = hb.start("hedge")
    # additive, change
    if _ADDITIVE_BEFORE_RE.search(text, max(s, hedge_start - 20), hedge_start):
        f.additive = True
    if f.hedge is not None and f.hedge.lower().split()[-2:] == ["age", "of"] and f.unit is None and f.counted is None:
        f.unit = "year"  # "over the age of 21"
    if f.counted_phrase is not None and f.unit is None and not f.fraction and f.vague is None:
        f.counted_phrase = _framed_phrase(text, s, e, hedge_start, f)
    f.change = _change(text, s, e, hedge_start, f.end)
    loss = _LOSS_OF_RE.search(text, max(s, hedge_start - 40), hedge_start) if f.change == "down" else None
    if loss and f.currency is not None:
        f.change = None  # "a net loss of $5 million" is an amount lost, not a fall

    if (
        kind in ("digits", "words")
        and f.unit is None
        and f.currency is None
        and f.counted is None
        and not f.decimals
        and 0 < f.value <= (f.value_high or f.value) <= 125
        and _AGE_WORD_BEFORE_RE.search(text, max(s, hedge_start - 40), hedge_start)
        and not _NOT_AN_AGE_AFTER_RE.match(text, f.end, e)
    ):
        f.unit = "year"  # "at age 87", "women aged 25 to 54", "a man of age 40"
    elif kind == "digits" and f.unit is None and f.currency is None and f.counted is None and _is_age(text, s, e, f):
        f.unit = "year"  # "Maddon, 66, has", "who was 10.", "He will be 35 by the end of the year"

    # drop what names rather than counts
    plain = f.unit is None and f.currency is None
    if plain and not _keep_plain(text, s, e, f, kind, hedge_start):
        return None
    f.start = hedge_start
    return f


_FRACTION_OF_RE = re.compile(
    rf"{_SP}+(?:of{_SP}+)?(?:the|its|their|his|her|our|these|those|all)(?={_SP})|{_SP}+of(?={_SP})", re.IGNORECASE
)
_LOSS_OF_RE = re.compile(rf"\blosse?s?{_SP}+of{_SP}*(?:[a-z]+{_SP}+)?$", re.IGNORECASE)
_PER_NOUN_RE = re.compile(
    rf"{_SP}*(?:(?:per|a|an|each)(?:{_SP}|-)+|/{_SP}*)(?P<per>[A-Za-z]+)\b"
    rf"(?!{_SP}+(?:earlier|ago|later|before|after|prior|previously|on|back)\b)",
    re.IGNORECASE,
)


# an age written without "years old": after a name and a comma and before a comma ("Maddon, 66, has"), or after a
# person and "is", "was", "will be", "turned" when the clause ends there or goes on with "when", "by", "and"
_NOT_AN_AGE_AFTER_RE = re.compile(rf"{_SP}+(?:others?|more|of)\b", re.IGNORECASE)  # "aged 30 and 12 others"
# "at age 65", "aged 24 and 27", "ages 4, 6 and 9"
_AGE_WORD_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:[Aa]ged|ages?|age{_SP}+of){_SP}+(?:\d{{1,3}}{_SP}*(?:,|and|or|,{_SP}*and){_SP}+)*$"
)
_AGE_APPOSITIVE_BEFORE_RE = re.compile(rf"(?<![\w.&'’-])(?P<name>[A-Z][a-z][a-zA-Z'’-]*),{_SP}*$")
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_AGE_APPOSITIVE_AFTER_RE = re.compile(rf",(?!{_SP}*\d)")
_AGE_BE_RE = re.compile(
    rf"\b(?:he|she|who|i|you|we|they){_SP}+(?:(?P<turn>turned|turns|turning|has{_SP}+turned|had{_SP}+turned"
    rf"|will{_SP}+turn|would{_SP}+turn)|is|was|will{_SP}+be|would{_SP}+be){_SP}+$",
    re.IGNORECASE,
)
_AGE_BE_AFTER_RE = re.compile(
    rf"{_SP}*(?:[.;!?]|,(?!{_SP}*\d)|$|{_SP}(?:when|by|and|but|at{_SP}+the{_SP}+time)\b"
    rf"|{_SP}(?P<turn>on|in|last|next|this|earlier|later)\b)",
    re.IGNORECASE,
)


def _is_age(text: str, s: int, e: int, f: _Found) -> bool:
    """A bare whole number that can only be a person's age: after a name between commas ("Maddon, 66, has used"),
    or after "he was", "she will be", "who turned" at the end of the clause ("who was 10.", "He will be 35 by")."""
    if f.range or f.decimals or f.scale != 1.0 or f.hedge or not 1 <= f.value <= 120 or f.value != int(f.value):
        return False
    if not text[f.start : f.end].isdigit():
        return False
    name = _AGE_APPOSITIVE_BEFORE_RE.search(text, max(s, f.start - 40), f.start)
    if name and _AGE_APPOSITIVE_AFTER_RE.match(text, f.end, e):
        low = name.group("name").lower()
        lem = _lemmas(low)
        if low in _words().function_words or low in _WEEKDAYS or _DATE_RE.fullmatch(name.group("name")):
            return False
        return "ADV" not in lem and "ADJ" not in lem  # "However, 12, …", "Overall, 40, …" start no apposition
    be = _AGE_BE_RE.search(text, max(s, f.start - 30), f.start)
    if be is None:
        return False
    after = _AGE_BE_AFTER_RE.match(text, f.end, e) if f.end < e else None
    if f.end >= e:
        return True
    return after is not None and (after.group("turn") is None or be.group("turn") is not None)


# one-letter units read when written apart from the number ("3 to 4 L"), only where a letter after a number can be
# nothing else: after a range, a grouped or decimal number, or "a"/"an" ("a 5 W charger"); then the end of the
# clause, "of" or a lower-case word
_BEFORE_SLASH_RE = re.compile(rf"{_SP}(?P<u>[A-Za-z]{{1,2}})(?=/)")
_ONE_LETTER_APART_RE = re.compile(rf"{_SP}[LtWVgh](?=[.,;:)!?]|$|{_SP}+(?P<next>of\b|[a-z])?)")
_PREFIXED_WORD_RE = re.compile(
    rf"{_SP}?-?(?P<word>(?:yotta|zetta|exa|peta|tera|giga|mega|kilo|hecto|dec[ai]|deka|centi|milli|micro|nano|pico"
    rf"|femto|atto|zepto|yocto)[a-z]{{3,}})(?![A-Za-z0-9])"
)
_ARTICLE_BEFORE_RE = re.compile(rf"\ban?{_SP}+$", re.IGNORECASE)


def _one_letter_apart(text: str, s: int, e: int, f: _Found, m: re.Match[str], pos: int) -> bool:
    one = _ONE_LETTER_APART_RE.match(text, pos, e)
    if one is None:
        return False
    if text[pos + 2 : pos + 3] == "." and text[pos + 3 : pos + 5].strip()[:1].isupper():
        return False  # "5 W. Main", an initial
    if _ARTICLE_BEFORE_RE.search(text, max(s, f.start - 4), f.start):
        return True  # "a 5 W USB-C charger": a measure before its noun
    core = m.group(0)
    ends = one.group("next") is not None or not text[pos + 2 : pos + 3].isspace()
    return ends and (f.range or "," in core or "." in core)


# a measure written in two units, the larger first: feet and inches, pounds and ounces ("in" only after feet)
_COMPOUND_UNITS = {"foot": ("inch", 12.0), "pound": ("ounce", 16.0)}
_COMPOUND_RE = {
    "foot": re.compile(
        rf"(?:{_SP}*,?{_SP}*(?:and{_SP}+)?)(?P<n>\d{{1,2}}(?:\.\d+)?){_SP}*(?:inches|inch|″|ins?\b(?!{_SP}+(?:the|his|her|their|its|my|your|a|an)\b))"
    ),
    "pound": re.compile(rf"(?:{_SP}*,?{_SP}*(?:and{_SP}+)?)(?P<n>\d{{1,2}}(?:\.\d+)?){_SP}*(?:ounces|ounce|oz\b)"),
}


def _compound(text: str, e: int, f: _Found) -> None:
    unit = f.unit or ""
    m = _COMPOUND_RE[unit].match(text, f.end, e)
    if m is None or f.value != int(f.value):
        return
    part, per = float(m.group("n")), _COMPOUND_UNITS[unit][1]
    if part >= per:
        return  # "5 feet 14 inches" is not how a measure is written
    f.value += part / per
    f.decimals = max(f.decimals, 2)
    f.end = m.end()


# what a measure is of, before its rate: "of CO2", "of crude oil", "of natural gas"
_OF_SUBSTANCE_RE = re.compile(
    rf"{_SP}+of{_SP}+(?!(?:per|an?|each)\b)[A-Za-z][\w.-]*(?:{_SP}+(?!(?:per|an?|each)\b)[A-Za-z][\w.-]*)?"
    rf"(?=[{_SP[1:-1]}/-])",
    re.IGNORECASE,
)


def _per_unit(text: str, pos: int, e: int, lex: _Lexicon) -> re.Match[str] | None:
    """The denominator of a rate at ``pos`` ("per barrel", "a year", "/kg"); a one-letter unit only after a slash
    ("40 mg/L", "$500/t")."""
    per = lex.per_re.match(text, pos, e)
    if per is not None and (len(per.group("per")) == 1 or per.group("per") in _SLASH_ONLY) and not per.group("slash"):
        return None
    return per


def _unit_word_at(text: str, pos: int, e: int, lex: _Lexicon) -> bool:
    """True when a unit or currency written in full starts at ``pos`` ("hour", "percentage point", "dollar"),
    not a symbol or one letter, and is not the first part of a compound word ("second-hand")."""
    um = lex.unit_re.match(text, pos, e)
    if um is not None and um.group("unit") and not um.group("sep") and not text.startswith("-", um.end()):
        return any(c.islower() for c in um.group("unit"))
    money = lex.money_after_re.match(text, pos, e)
    return money is not None and money.start("money") == pos and len(money.group("money")) > 1


# the hundredths of an amount written after it: "3 dollars 50 cents", "thirteen dollars and forty-five cents"
_MINOR_AFTER_RE = re.compile(
    rf"{_SP}*,?{_SP}*(?:and{_SP}+)?(?P<n>\d{{1,2}}|[A-Za-z]+(?:-[A-Za-z]+)?)(?={_SP}+[A-Za-z¢])", re.IGNORECASE
)


def _minor_after(text: str, e: int, f: _Found, lex: _Lexicon) -> None:
    m = _MINOR_AFTER_RE.match(text, f.end, e)
    if m is None:
        return
    n_text = m.group("n")
    n = float(n_text) if n_text.isdigit() else num.parse_words(n_text.lower())
    if n is None or not 0 < n < 100 or n != int(n):
        return
    money = lex.money_after_re.match(text, m.end(), e)
    if money is None:
        return
    code, unit = lex.money_after_of[money.group("money").lower()]
    if code != f.currency or unit == code:
        return  # "5 dollars and 50 euros": two amounts
    f.value += n / 100
    f.decimals = 2
    f.end = money.end()


def _per_noun(text: str, pos: int, e: int, end: int) -> tuple[str | None, int]:
    """The noun after "per", "a" or "/" at ``pos`` when it is in the ``per_nouns`` list, and the new end
    (``end`` when there is none)."""
    m = _PER_NOUN_RE.match(text, pos, e)
    if m is None:
        return None, end
    noun = m.group("per").lower()
    singular = noun if noun in _words().per_nouns else _plural_noun(noun)
    if singular not in _words().per_nouns or singular != noun:
        return None, end
    return noun, m.end()


def _read_fold(text: str, s: int, e: int, m: re.Match[str], lex: _Lexicon) -> _Found | None:
    """A multiplier: "sixfold", "a 10-fold rise" (value 6 or 10, counted as times)."""
    core = m.group(0)[:-4].rstrip("-‐")
    digits = core[0].isdigit()
    value = float(core) if digits else num.parse_words(core.lower())
    if value is None:
        return None
    f = _Found(start=m.start(), end=m.end(), value=value, words=not digits, counted="time", counted_phrase="time")
    start = f.start
    hb = lex.hedge_before_re.search(text, max(s, f.start - 40), f.start)
    if hb:
        f.hedge = hb.group("hedge")
        start = hb.start("hedge")
    f.change = _change(text, s, e, start, f.end)
    f.start = start
    return f


def _glued_to_word(text: str, s: int, a: int) -> bool:
    """True for a number hyphenated onto a word ("F-16", "COVID-19", "mid-2024"), but not "sub-300"."""
    if not (a - 1 > s and text[a - 1] in "-‐" and text[a - 2].isalpha()):
        return False
    w = a - 2
    while w > s and text[w - 1].isalpha():
        w -= 1
    return text[w : a - 1].lower() not in _GLUE_PREFIXES


def _vague(key: str) -> Interval | None:
    from factcheck.extract.hedges import vague_interval

    return vague_interval(key)


def _is_pronoun_one(text: str, s: int, a: int, b: int, e: int) -> bool:
    wb = _WORD_BEFORE_RE.search(text, max(s, a - 30), a)
    if wb and wb.group(1).lower() in _words().one_is_a_pronoun_after:
        return True
    nxt = _WORD_AFTER_RE.match(text, b, e)
    return bool(nxt and nxt.group(1).lower() in ("another", "anyone", "other"))


def _magnitude(text: str, m: re.Match[str], e: int, money: bool) -> float:
    word = m.group("word")
    if word:
        return num.MAGNITUDE_WORDS[word.lower()]
    short = m.group("short")
    if money or short in "KMB":
        return num.MAGNITUDE_SHORT[short]
    if short == "k":
        return 1e3
    if short == "m":
        nxt = _WORD_AFTER_RE.match(text, m.end(), e)
        if nxt and _plural_noun(nxt.group(1)) is not None and nxt.group(1).lower() not in ("metres", "meters"):
            return 1e6  # "5m people"
        if _OF_DET_RE.match(text, m.end(), e):
            return 1e6  # "35m of its devices" (metres of something take no determiner: "35m of cable")
        head, _, _ = _counted_noun(text, m.end(), e, singular_ok=False)
        if head is not None and nxt and nxt.group(1).lower() in _words().modifiers | {"combined", "total"}:
            return 1e6  # "2.7m combined sales"
    return 0.0


def _read_range(text: str, s: int, e: int, pos: int, f: _Found, lex: _Lexicon) -> int:
    """Extend ``f`` over a range's second number; return the new position (negative: not a quantity at all,
    skip to minus that offset)."""
    r = _RANGE_RE.match(text, pos, e)
    if not r:
        return pos
    second_text = r.group("second")
    if second_text[0].isdigit() or second_text[0] == ".":
        if not f.words and not second_text[0].isdigit():
            return pos
        v2, d2 = num.parse_digits(second_text)
        if f.words and not (f.value < 10 and f.value == int(f.value) and f.scale == 1.0 and v2 >= 10):
            return pos  # "seven to 10 years" (words below ten, digits from ten) is a range; "two to 3" is not
    else:
        if not f.words:
            return pos
        parsed = num.parse_words(second_text)
        if parsed is None:
            return pos
        v2, d2 = parsed, 0
        last = second_text.lower().split()[-1]
        if last in num.SCALES and f.value < num.SCALES[last] and f.value * num.SCALES[last] <= v2 and f.scale == 1:
            f.value *= num.SCALES[last]  # "four to five thousand"
            f.scale = num.SCALES[last]
    end2 = r.end()
    if end2 < e and (text[end2].isalpha() or text[end2] in ":/"):
        # "20-30km" is fine; "3-1G" or "10-12:30" are not ranges
        um = lex.unit_re.match(text, end2, e)
        mg = _MAGNITUDE_RE.match(text, end2, e)
        if not um and not mg:
            return pos
    mag = _MAGNITUDE_RE.match(text, end2, e)
    factor = 1.0
    if mag:
        factor = _magnitude(text, mag, e, f.currency is not None)
        if factor:
            end2 = mag.end()
        else:
            factor = 1.0
    v2 *= factor
    low = f.value
    scale = f.scale
    if factor != 1.0 and f.scale == 1.0 and low * factor <= v2:
        low *= factor  # "5-6 million"
        scale = factor
    sep = (r.group("dash") or r.group("word") or "").lower()
    if _is_sign(text, pos, r):
        return pos  # "50 -1.3%": a sign, not a range
    before_first = text[max(s, f.start - 12) : f.start]
    if sep in ("and", "or"):
        if sep == "or" or not _BETWEEN_RE.search(before_first):
            return pos
    elif sep in ("to", "through") and _is_change_to(text, s, f.start, before_first):
        return pos
    if sep == "to" and v2 > 5 * low and _by_change(text, s, f.start):
        return pos  # "rose by 40 to 410": a change and the level it reached
    if v2 <= low:
        if sep in ("-", "–", "—") and not f.words:
            return -end2  # a score or a code ("3-1"), not a quantity
        return pos
    f.value = low
    f.scale = scale
    f.value_high = v2
    f.range = True
    f.decimals = max(f.decimals, d2)
    return end2


_UNIT_RANGE_RE = re.compile(rf"{_SP}*(?:[-–—]|(?P<word>to|and|or|through)(?={_SP}))(?P<gap>{_SP}*)", re.I)


def _is_sign(text: str, pos: int, r: re.Match[str]) -> bool:
    """A dash with space before it and none after it is a minus sign ("50 -1.3%"), not a range."""
    if not r.group("dash") or pos >= r.start("dash") or text[pos : r.start("dash")].strip(" \u00a0\u202f"):
        return False
    return r.end("dash") == r.start("second")


def _read_unit_range(text: str, s: int, e: int, f: _Found, lex: _Lexicon) -> None:
    """Extend ``f`` over a second number with the same unit: "between 5% and 6%", "$3 billion to $5 billion"."""
    r = _UNIT_RANGE_RE.match(text, f.end, e)
    if not r:
        return
    m = lex.core_re.match(text, r.end(), e)
    if m is None:  # a currency prefix before the second number: "$5", "$US171", "US$3"
        for width in range(1, 5):
            if text[r.end() : r.end() + width] in lex.prefix_of:
                m = lex.core_re.match(text, r.end() + width, e) or m
    if m is None or m.group("vague") or m.group("aunit"):
        return
    second = _read(text, s, e, m, lex)
    if not isinstance(second, _Found) or second.unit != f.unit or second.value_high is not None:
        return
    if second.hedge or (
        second.start != m.start() and not (text[second.start] in "$€£¥₹" or text[second.start].isupper())
    ):
        return
    word = (r.group("word") or "").lower()
    before_first = text[max(s, f.start - 12) : f.start]
    if word in ("and", "or"):
        if word == "or" or not _BETWEEN_RE.search(before_first):
            return
    elif word in ("to", "through") and _is_change_to(text, s, f.start, before_first):
        return
    if second.value <= f.value or (word == "to" and second.value > 5 * f.value and _by_change(text, s, f.start)):
        return  # "increased by $43.6 billion to $419.2 billion": a change and the level it reached
    f.value_high = second.value
    f.range = True
    f.decimals = max(f.decimals, second.decimals)
    f.end = second.end


def _by_change(text: str, s: int, start: int) -> bool:
    """True after a change verb with "by" ("increased by", "fell by")."""
    c = _CHANGE_BEFORE_RE.search(text, max(s, start - 40), start)
    return bool(c and re.search(r"\bby\b", c.group(0), re.IGNORECASE))


def _is_change_to(text: str, s: int, start: int, before_first: str) -> bool:
    """True when "X to Y" reports a change ("rose 5% to 7%", "up from 3 to 4"), not a range."""
    c = _CHANGE_BEFORE_RE.search(text, max(s, start - 40), start)
    if c:
        return not re.search(r"\bby\b", c.group(0), re.IGNORECASE)  # "fell by 1 to 1.5 degrees" is a range
    return bool(_FROM_RE.search(before_first) and _CHANGE_WORD_RE.search(text, max(s, start - 60), start))


def _change(text: str, s: int, e: int, start: int, end: int) -> str | None:
    window = max(s, start - 40)
    c = _CHANGE_BEFORE_RE.search(text, window, start) or _CHANGE_NOUN_BEFORE_RE.search(text, window, start)
    if c is not None and (c.group("up") or c.group("down") or "").lower() in ("up", "down"):
        wb = _WORD_BEFORE_RE.search(text, max(s, c.start() - 20), c.start())
        if wb and wb.group(1).lower() in _PHRASAL_SET and not (c.group("down") and wb.group(1).lower() in _CLOSED_DOWN):
            c = None  # "gave up 517 yards", "shut down 3 plants"; not "the index ended down 1%"
    if c is None:
        c = _CHANGE_AFTER_RE.match(text, end, e)
    if c is None and _BY_BEFORE_RE.search(text, window, start):
        clause = re.split(r"[,;:.()]", text[max(s, start - 50) : start])[-1]
        verbs = [v for v in _CHANGE_WORD_RE.finditer(clause) if v.group(0).lower() not in ("up", "down")]
        if verbs:
            v = verbs[-1].group(0)
            return "up" if re.fullmatch(_CHANGE_UP, v, re.IGNORECASE) else "down"
    if c is None:
        return None
    return "up" if c.group("up") else "down"


def _keep_plain(text: str, s: int, e: int, f: _Found, kind: str, hedge_start: int) -> bool:
    """False for a plain number that names rather than counts (years, labels, list markers, counters)."""
    if kind == "vague":
        return f.counted is not None or f.hedge is not None
    a, b = f.start, f.end
    if kind == "digits" and f.value_high is None and f.decimals == 0 and f.scale == 1.0:
        hedged_amount = hedge_start != a and f.value < 1800  # "about 1000 come from Asia", not "around 2010"
        uncounted = f.counted is None or f.counted_gap
        if 1000 <= f.value <= 2100 and "," not in text[a:b] and uncounted and not hedged_amount:
            return False  # a bare year ("2019 review - pictures")
        if hedge_start == a and text[s:a].strip(" \t•*-–·") == "" and b < e and text[b] in ".)":
            return False  # a list marker "1." / "2)"
    counts_a_noun = f.counted is not None and not f.counted_gap
    if kind == "digits" and f.range and _year_range(f) and "," not in text[a:b] and not counts_a_noun:
        return False  # years: "between 2014 and 2017", "1600-1900"
    if a > s and text[a - 1] == "(" and b < e and text[b] == ")" and f.counted is None:
        return False  # "Comments (0)"
    if a > s and text[a - 1] in "#№":
        return False
    if _ADDRESS_RE.match(text, b, e):
        return False  # a street number: "49 Zorro Ranch Road", "16-18 Industrial Avenue"
    wb = _WORD_BEFORE_RE.search(text, max(s, hedge_start - 40), hedge_start)
    if wb:
        word = wb.group(1)
        low = word.lower().rstrip(".")
        if low in _words().labels and hedge_start == a:
            return False  # "page 5", "No. 3"
        named = word[0].isupper() or any(c.isupper() for c in word[1:])  # "Rossiya", "iPhone"
        if named and low not in _words().function_words and hedge_start == a and text[a - 1 : a] == " ":
            return False  # "Rossiya 24 TV", "Section 427", "Boeing 737 planes"
    return True


def _year_range(f: _Found) -> bool:
    hi = f.value_high if f.value_high is not None else 0.0
    return f.scale == 1.0 and 1000 <= f.value <= 2100 and 1000 <= hi <= 2100 and f.value == int(f.value)


def _to_quantity(doc: Document, sentence: int, f: _Found) -> Quantity:
    dimension = "count"
    unit = f.unit
    if f.rate:
        dimension = "rate"
    elif f.currency is not None:
        dimension = "currency"
    elif unit is not None:
        dimension = _units.dimension_of(unit)
    elif f.fraction:
        dimension = "fraction"
    rounded = f.decimals > 0 or dimension == "percent"
    value_high: float | None
    if f.vague is not None:
        base = Interval.closed(f.vague.low * f.scale, f.vague.high * f.scale)
        interval, bounds = base, base
        if f.hedge:
            hi, hb = hedge_interval(base.low, f.hedge, value_high=base.high)
            interval, bounds = hi, hb
        value, value_high = base.low, base.high
    else:
        value, value_high = f.value, f.value_high
        interval, bounds = hedge_interval(
            value, f.hedge, f.decimals, value_high=value_high, rounded=rounded, scale=f.scale
        )
        if dimension == "percent" and f.change is None and 0 <= value <= 100 and interval.high > 100:
            interval = Interval(low=interval.low, high=100.0, low_open=interval.low_open)  # a share is ≤ 100%
    return Quantity(
        span=doc.span(f.start, f.end),
        sentence=sentence,
        value=value,
        value_high=value_high,
        unit=unit,
        counted=f.counted,
        counted_phrase=f.counted_phrase,
        dimension=dimension,
        currency=f.currency,
        hedge=f.hedge,
        interval=interval,
        bounds=bounds,
        decimals=f.decimals,
        additive=f.additive,
        range=f.range,
        approximate=f.vague is not None or (f.hedge is not None and _approx(f.hedge)),
        change="up" if f.change == "up" else "down" if f.change == "down" else None,
        words=f.words,
        endpoint="from" if f.endpoint == "from" else "to" if f.endpoint == "to" else None,
        per=f.per,
    )


def _approx(hedge: str) -> bool:
    from factcheck.extract.hedges import direction

    return direction(hedge) == "~"
