"""Numbers as news writes them: digits with separators, number words, fractions and magnitude words.

Every pattern is compiled once at import. The functions here only read numbers; what a number counts or measures
is decided in :mod:`factcheck.extract.quantities`.
"""

from __future__ import annotations

import re

from factcheck.extract._gate import alternation

SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8, "ninth": 1 / 9, "ninths": 1 / 9,
    "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
# Magnitude words and abbreviations written after a number ("7.2 billion", "$2bn", "€5m", "50k").
MAGNITUDE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "crore": 1e7, "crores": 1e7,
    "mln": 1e6, "mn": 1e6, "mil": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
# Abbreviations that are a magnitude only beside money or a counted plural ("€5m", "5m people"): else units.
MAGNITUDE_SHORT: dict[str, float] = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "T": 1e12}

_NUMBER_WORD = alternation([*SMALL, *TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen"])
_SCALE_WORD = "hundred|thousand|million|billion|trillion|dozen"

# Digits: "1,300", "7.2", "430", ".5", Indian grouping "12,34,567" (lakh, crore), Swiss grouping "1'842" (an
# apostrophe before each group of three); not part of a word or code ("G7", "F-16" is filtered by the caller).
DIGITS = (
    r"(?<![\w.,/:])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:['’]\d{3})+(?![\d'’])|\d{1,2}(?:,\d\d)+,\d{3}(?![\d])"
    r"|\d+)(?:\.\d+)?(?![\d])"
    r"|(?<![\w.,/:])\.\d+(?![\d])"
)
# A run of number words: "twenty-four", "one hundred and five", "a dozen", "two million".
WORDS = (
    rf"\b(?:(?:an?|one)\s+(?=(?:{_SCALE_WORD})\b))?(?:{_NUMBER_WORD})"
    rf"(?:(?:[\s]+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)(?:{_NUMBER_WORD}))*\b"
)
# Fractions in words: "two-thirds", "a third", "three quarters", "half of", "half a million".
_FRACTION_WORD = alternation(FRACTIONS)
_NUMERATOR = alternation(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
# (the words before a bare "half" are looked behind from its end: the same test, made only where "half" matched)
FRACTION = (  # not an ordinal compound ("a third-party", "a fourth-quarter") nor a game's "second half"
    rf"\b(?:(?:{_NUMERATOR})[\s-]+(?:{_FRACTION_WORD})\b(?!-(?!point|percent)[a-z])"
    rf"|half(?<!first\shalf)(?<!second\shalf)(?<!other\shalf)(?=\s+(?:of|the|a|an|its|their|his|her|our|all|that|this|those|these)\b|[\s-]+(?:million|billion)\b))"
)

# What makes a fraction word an amount: a magnitude after it ("half a million", "a quarter million", "three
# quarters of a billion", "half a dozen"); ``word`` is a key of :data:`SCALES` or "dozen".
FRACTION_OF_MAGNITUDE = re.compile(
    r"[ \u00a0\u202f]+(?:(?:of[ \u00a0\u202f]+)?an?[ \u00a0\u202f]+)?"
    r"(?P<word>million|billion|trillion|thousand|dozen|hundred)\b(?!-)",
    re.IGNORECASE,
)


def magnitude_factor(word: str) -> float:
    """The factor of a magnitude word of :data:`FRACTION_OF_MAGNITUDE` ("million" → 1e6, "dozen" → 12)."""
    return SCALES.get(word.lower(), 12.0)


# Vulgar fraction characters, alone or after a whole number: "½", "2¾".
VULGAR: dict[str, float] = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8}
VULGAR_RE = rf"(?<![\w.,])(?:\d+)?[{''.join(VULGAR)}](?![\d])"

NUMBER_RE = re.compile(rf"(?P<frac>{FRACTION}|{VULGAR_RE})|(?P<digits>{DIGITS})|(?P<words>{WORDS})", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[a-z]+")


def parse_digits(text: str) -> tuple[float, int]:
    """``"1,300"`` → (1300.0, 0); ``"7.25"`` → (7.25, 2): the value and the digits after the decimal point."""
    clean = text.replace(",", "").replace("'", "").replace("’", "")
    decimals = len(clean) - clean.index(".") - 1 if "." in clean else 0
    return float(clean), decimals


def parse_words(text: str) -> float | None:
    """``"twenty-four"`` → 24; ``"one hundred and five"`` → 105; ``"a dozen"`` → 12; None if not one number."""
    total = 0.0
    current = 0.0
    last = ""  # kind of the previous word: "small", "tens", "scale"
    seen = False
    for tok in _TOKEN_RE.findall(text.lower()):
        if tok in ("a", "an", "and"):
            if tok != "and":
                current = 1.0
            continue
        if tok in SMALL:
            if last == "small" or (last == "tens" and SMALL[tok] >= 10):
                return None  # "five six", "twenty twelve": two numbers, not one
            current += SMALL[tok]
            last = "small"
        elif tok in TENS:
            if last in ("small", "tens"):
                return None
            current += TENS[tok]
            last = "tens"
        elif tok in ("hundred", "dozen"):
            current = (current or 1.0) * (100 if tok == "hundred" else 12)
            last = "scale"
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
            last = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_fraction(text: str) -> float | None:
    """``"two-thirds"`` → 0.667; ``"a quarter"`` → 0.25; ``"half"`` → 0.5."""
    if text[-1] in VULGAR:
        whole = text[:-1]
        return (int(whole) if whole else 0) + VULGAR[text[-1]]
    toks = _TOKEN_RE.findall(text.lower())
    if not toks:
        return None
    frac = FRACTIONS.get(toks[-1])
    if frac is None:
        return None
    if len(toks) == 1:
        return frac
    head = toks[0]
    num = 1 if head in ("a", "an") else SMALL.get(head)
    return None if num is None else num * frac


def parse_match(m: re.Match[str]) -> tuple[str, float, int] | None:
    """One :data:`NUMBER_RE` match read: ``(kind, value, decimals)``, kind ``"frac"`` (value a share of 1),
    ``"digits"`` or ``"words"``; None when the words are not one number ("five six")."""
    kind = m.lastgroup or "words"
    text = m.group(0)
    if kind == "digits":
        value, decimals = parse_digits(text)
        return kind, value, decimals
    parsed = parse_fraction(text) if kind == "frac" else parse_words(text)
    return None if parsed is None else (kind, parsed, 0)
