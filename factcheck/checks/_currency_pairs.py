"""Currency conversions in brackets checked against the exchange rate the article itself states.

"¥842 billion ($5.69 billion)" is only checkable when the article says which rate it converts at: no rate table is
shipped, and rates move. The rate may be stated as a Reuters-style rate line ("($1 = 10.5400 Swedish crowns)", "($1 =
S$1.34)"), a note on the conversion ("Dollar figures are converted at ¥148 to the dollar", "converted at a rate of
$1.08 per euro") or a market level of sterling or the euro against the dollar ("Sterling was little changed at
$1.32", "the euro rose 0.4% to $1.09") or in the conversion's own bracket ("J$1.2 billion (about US$9.5 million at an
exchange rate of J$158 to US$1)"). A rate merely assumed or forecast ("assumes an average rate of ¥145 to the
dollar") is never used, and a pair of currencies given two different rates in one document is not checked.
The pair: an amount and its conversion in brackets ("£2.5bn ($3.6bn)", "3.12 billion Swedish crowns ($296
million)"), both read in full through their magnitudes, the currency by its prefix ("HK$", "S$", "US$", "SFr", "$"
for the US dollar; a local dollar missing from the table, "J$", is a currency of its own) or its words after the
number ("Swedish crowns"), from the project's currency table. Both are read as rounded to their last stated digit,
and the conversion gets 1.5% of slack besides (papers round rates). An amount in lakh or crore restated in the other
scale needs no rate ("₹640 crore (₹6.4 billion)").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

from factcheck import yamlfast
from factcheck.checks._common import Verdict, fail, ok
from factcheck.checks._numeric import Num, SentenceNums, in_full, quote, scan, scanned
from factcheck.extract._gate import alternation
from factcheck.facts import FactBase
from factcheck.intervals import Interval

# Relative slack on the stated conversion, beyond the rounding of both amounts.
SLACK = 0.015
_SPACE = re.compile(r"\s+")


@functools.cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """Currency prefixes ("HK$", "£") and words ("swedish crowns", lower case) → currency code."""
    text = resources.files("factcheck").joinpath("tables/units.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yamlfast.safe_load(text)
    prefixes: dict[str, str] = {}
    words: dict[str, str] = {}
    for code, forms in data["currencies"].items():
        for p in forms.get("prefix", []):
            prefixes.setdefault(str(p), str(code))
        for w in forms.get("words", []):
            if any(c.isalpha() for c in str(w)):
                words.setdefault(str(w).lower(), str(code))
    return prefixes, words


@functools.cache
def _word_pattern() -> re.Pattern[str]:
    _, words = _table()
    return re.compile(rf"\s?(?i:{alternation(words)})\b")  # longest first, as a prefix tree


def _prefix(text: str, n: Num) -> tuple[str, int] | None:
    """The currency code of the prefix right before the digits of ``n`` (the table's longest; a space allowed after
    letters: "Rs 4,512") and where it starts."""
    prefixes, _ = _table()
    for p in sorted(prefixes, key=len, reverse=True):
        for gap in ("", " "):
            at = n.start - len(gap) - len(p)
            if gap and not p[-1].isalpha():
                continue
            if at >= 0 and text[at : n.start] == p + gap and (at == 0 or not text[at - 1].isalnum()):
                return prefixes[p], at
    return None


# A dollar the table does not name, written with its country's letters glued to "$" ("J$", "TT$", "EC$").
_LOCAL_DOLLAR = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{0,2}\$\Z")


def currency_of(text: str, n: Num) -> str | None:
    """The currency code of amount ``n`` in ``text``: its prefix or its words right after it ("Swedish crowns"); a
    local dollar missing from the table is named by its prefix ("J$"). None when no currency is written."""
    pre = _prefix(text, n)
    if pre is not None:
        return pre[0]
    local = _LOCAL_DOLLAR.search(text, max(0, n.start - 4), n.start)
    if local is not None:
        return local.group(0)
    _, words = _table()
    m = _word_pattern().match(text, n.end)
    return words[_SPACE.sub(" ", m.group(0).strip().lower())] if m else None


# --- the rates an article states ------------------------------------------------------------------------------------

_BASE_WORDS = {
    "dollar": "USD",
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "greenback": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "yen": "JPY",
    "franc": "CHF",
    "swiss franc": "CHF",
}
_UNIT = r"(?:(?:US|U\.S\.|HK|S|A|C|NZ)?\$|€|£|¥|₹)"
# "($1 = 10.5400 Swedish crowns)", "(€1 = $1.08)": one unit of the base in brackets equals the quote.
_RATE_LINE = re.compile(rf"\(\s*(?P<base>{_UNIT})\s?1(?:\.0+)?\s*=\s*(?P<quote>[^()=]{{1,40}}?)\s*\)")
# "converted at ¥148 to the dollar", "converted at a rate of $1.08 per euro": a note on how the article converts.
_CONVERTED = re.compile(
    r"(?i:\bconver(?:ted|sions?)\b[^.;]{0,40}?\b(?:at|using)\s+(?:an?\s+(?:exchange\s+)?rate\s+of\s+)?)"
    r"(?P<quote>\S{0,4}\d[\d.,]*(?:\s+[A-Za-z]+){0,2}?)\s+(?:to\s+the|to\s+one|per|a|against\s+the)\s+"
    r"(?P<base>(?i:u\.?s\.?\s+dollar|dollar|euro|pound|yen|swiss\s+franc|franc))\b"
)
# "Sterling was little changed at $1.32", "the euro rose 0.4% to $1.09": a market level against the dollar.
_LEVEL = re.compile(
    r"\b(?P<base>[Ss]terling|[Tt]he pound|[Tt]he euro)\b(?P<gap>[^.;$€£¥]{0,50}?)\b(?:at|to)\s+"
    r"(?P<quote>(?:US)?\$\d+\.\d{2,4})(?![\d%])(?!\s*(?:a|per)\b)"
)
_LEVEL_BASE = {"sterling": "GBP", "the pound": "GBP", "the euro": "EUR"}
# The rate stated inside the conversion's own bracket: "(about US$9.5 million at an exchange rate of J$158 to US$1)",
# "(€2.1bn at $1.08 per euro)": the quote, then one unit of the base ("US$1") or its name ("the dollar").
_RATE_TAIL = (
    r"\s+at\s+(?:an?\s+(?:exchange\s+)?rate\s+of\s+)?(?P<quote>\S{0,4}\d[\d.,]*(?:\s+[A-Za-z]+){0,2}?)\s+"
    r"(?:to|per|for)\s+(?:(?:the|one|a|each)\s+(?P<word>(?i:u\.?s\.?\s+dollar|dollar|euro|pound|yen|swiss\s+franc|"
    r"franc))\b|(?P<unit>\S{0,4}1(?:\.0+)?)(?![\d.,]))\s*\)"
)
_BRACKET_RATE = re.compile(rf"\((?:about |around |roughly |some )?\S{{0,4}}\d[^()]{{0,30}}?{_RATE_TAIL}")


def _amount(text: str) -> tuple[str, float] | None:
    """The currency and value of one amount written alone ("S$1.34", "10.5400 Swedish crowns", "¥148")."""
    nums = [n for n in scan(text) if n.is_count]
    if len(nums) != 1:
        return None
    code = currency_of(text, nums[0])
    return (code, nums[0].value) if code is not None and nums[0].value > 0 else None


def stated_rates(text: str) -> dict[tuple[str, str], float]:
    """(base, quote) → units of quote per unit of base, for every rate ``text`` states once (a pair stated at two
    different rates is left out)."""
    found: dict[tuple[str, str], set[float]] = {}
    prefixes, _ = _table()

    def add(base: str | None, quote_text: str) -> None:
        got = _amount(quote_text)
        if base is None or got is None or got[0] == base:
            return
        found.setdefault((base, got[0]), set()).add(round(got[1], 6))

    for m in _RATE_LINE.finditer(text):
        add(prefixes.get(m.group("base")), m.group("quote"))
    for m in _CONVERTED.finditer(text):
        add(_BASE_WORDS.get(_SPACE.sub(" ", m.group("base").lower())), m.group("quote"))
    for m in _LEVEL.finditer(text):
        if not re.search(r"(?i)\b(?:against|versus|vs)\b(?! the dollar)", m.group("gap")):
            add(_LEVEL_BASE[m.group("base").lower()], m.group("quote"))
    for m in _BRACKET_RATE.finditer(text):
        if m.group("word"):
            add(_BASE_WORDS.get(_SPACE.sub(" ", m.group("word").lower())), m.group("quote"))
        elif (unit := _amount(m.group("unit"))) is not None and unit[1] == 1:
            add(unit[0], m.group("quote"))
    return {pair: next(iter(rates)) for pair, rates in found.items() if len(rates) == 1}


# --- the pairs ------------------------------------------------------------------------------------------------------

# Between an amount (and its currency words) and the bracket holding its conversion; then after the conversion.
# A glued magnitude ("£800m") and up to two words ("Swedish crowns") may follow each amount.
_WORDS = r"[A-Za-z]{0,3}(?:\s[A-Za-z][A-Za-z.]*(?:\s[A-Za-z][A-Za-z.]*)?)?"
_BETWEEN = re.compile(rf"{_WORDS}\s\((?:about |around |roughly |some )?(?:\S{{0,4}}|[A-Z][a-z]{{0,2}}\.? )")
_CLOSE = re.compile(rf"{_WORDS}(?:{_RATE_TAIL}|\))")


def _rounded(n: Num, full: Num) -> Interval:
    """The amount read as rounded to its last stated digit ("£2.5bn" is 2.45–2.55bn)."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", n.text)
    written = float(digits.group(0).replace(",", "")) if digits else n.value
    scale = full.value / written if written else 1.0
    half = 0.5 * 10.0 ** (-n.decimals) * scale
    return Interval.closed(full.value - half, full.value + half)


def conversions(facts: FactBase) -> Iterator[Verdict]:
    """Each bracketed conversion between two currencies whose rate the document states (see the module)."""
    by_doc = scanned(facts)
    for doc, _ex in facts.checked():
        if "(" not in doc.text:
            continue
        rates = stated_rates(doc.text)
        if not rates and not _INDIAN.search(doc.text):
            continue
        for sent in by_doc.get(doc.id, []):
            yield from _pairs(facts, sent, rates)


def _pairs(facts: FactBase, sent: SentenceNums, rates: dict[tuple[str, str], float]) -> Iterator[Verdict]:
    text = sent.text
    for a, b in zip(sent.nums, sent.nums[1:], strict=False):
        if not (a.is_count and b.is_count) or a.hedge or a.year or b.year:
            continue
        if not _BETWEEN.fullmatch(text, a.end, b.start):
            continue
        close = _CLOSE.match(text, b.end)
        ca, cb = currency_of(text, a), currency_of(text, b)
        fa, fb = in_full(text, a), in_full(text, b)
        if close is not None and fa is not None and fb is not None and ca == cb and _restated(text, a, b):
            yield _same_amount(facts, sent, a, b, fa, fb, ca, close.end())
            continue
        if close is None or ca is None or cb is None or ca == cb or fa is None or fb is None:
            continue
        if (ca, cb) in rates:
            rate, shown = rates[(ca, cb)], f"1 {ca} = {rates[(ca, cb)]:g} {cb}"
            converted = _rounded(a, fa).scale(rate)
        elif (cb, ca) in rates:
            rate, shown = rates[(cb, ca)], f"1 {cb} = {rates[(cb, ca)]:g} {ca}"
            converted = _rounded(a, fa).scale(1.0 / rate)
        else:
            continue
        stated = _rounded(b, fb).widen(rel=SLACK)
        pre = _prefix(text, a)
        local = None if pre else _LOCAL_DOLLAR.search(text, max(0, a.start - 4), a.start)
        start = min(a.hstart, pre[1] if pre else local.start() if local else a.hstart)
        evidence = [quote(facts, sent.doc, sent.offset + start, sent.offset + close.end(), role="stated")]
        exact = fa.value * rate if (ca, cb) in rates else fa.value / rate
        values = {"converted": converted, "stated": stated}
        said = f"{text[start : close.end()]} at the article's rate ({shown})"
        if converted.overlaps(stated):
            yield ok(f"{said} is {_fmt(exact, fb, b)} {cb}, matching {b.text}", evidence, **values)
        else:
            yield fail(f"{said} is {_fmt(exact, fb, b)} {cb}, not {b.text}", evidence, **values)


# "₹640 crore (₹6.4 billion)", "6.12 lakh units (612,000)": an amount in lakh or crore restated in the bracket right
# after it in the international scale (or the other way round), in the same currency or with none: the same amount.
_INDIAN = re.compile(r"(?i)\b(?:lakhs?|lacs?|crores?)\b")


def _restated(text: str, a: Num, b: Num) -> bool:
    return bool(_INDIAN.search(a.text)) != bool(_INDIAN.search(b.text)) and text.startswith(")", b.end)


def _same_amount(
    facts: FactBase, sent: SentenceNums, a: Num, b: Num, fa: Num, fb: Num, code: str | None, end: int
) -> Verdict:
    """The verdict on an amount and its restatement in the other scale (:data:`_INDIAN`)."""
    text = sent.text
    pre = _prefix(text, a)
    start = min(a.hstart, pre[1]) if pre else a.hstart
    evidence = [quote(facts, sent.doc, sent.offset + start, sent.offset + end, role="stated")]
    restated, stated = _rounded(a, fa), _rounded(b, fb)
    values = {"converted": restated, "stated": stated}
    said = f"{a.text}{f' ({code})' if code else ''} is {_fmt(fa.value, fb, b)}"
    if restated.overlaps(stated.widen(rel=SLACK)):
        return ok(f"{said}, matching {b.text}", evidence, **values)
    return fail(f"{said}, not {b.text}", evidence, **values)


def _fmt(exact: float, full: Num, written: Num) -> str:
    """``exact`` in the magnitude ``written`` uses ("5.69 billion" beside "6.6 billion")."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", written.text)
    number = float(digits.group(0).replace(",", "")) if digits else full.value
    scale = full.value / number if number else 1.0
    return f"{exact / scale:,.2f}{written.text[digits.end() :] if digits else ''}"
