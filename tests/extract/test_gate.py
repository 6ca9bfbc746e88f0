"""Pattern gates (factcheck/extract/_gate.py) never skip a text the pattern matches in.

Three layers: the folding the gates read text through agrees with ``re.IGNORECASE`` on every code point; on random
patterns built from a small grammar, a text the pattern matches in always passes its gate; and on text built from
the date patterns' own vocabulary, every date pattern's gate admits each text it matches in, and the gated date
extraction finds exactly what the ungated one finds.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import _gate
from factcheck.extract import dates as D
from factcheck.extract._gate import DIGIT, Gate, fold, gate, has_digit


def test_fold_is_what_ignorecase_matches() -> None:
    """Every character that IGNORECASE matches to an ASCII character folds to it, one character for one."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert len(fold(everything)) == len(everything)
    candidates = {m.group() for m in re.finditer(r"(?i)[\x20-\x7e]", everything)}
    assert {"\u0130", "\u0131", "\u017f", "\u212a"} <= candidates  # the non-ASCII ones
    for ch in candidates:
        for a in map(chr, range(0x20, 0x7F)):
            if re.fullmatch(re.escape(a), ch, re.IGNORECASE):
                assert fold(ch) == a.lower(), (hex(ord(ch)), a)


def test_gates_of_simple_patterns() -> None:
    assert gate(re.compile(r"\b(?i:ago|hence)\b")).requirements == (("hence", "ago"),)
    assert gate(re.compile(r"(?P<d>\d+)\s+(?i:days?)")).requirements == ((DIGIT,), ("day",))
    assert gate(re.compile(r"(?:Jan|JAN)\.?\s+\d")).requirements == ((DIGIT,), ("jan",))
    assert gate(re.compile(r"(?:late\s+)?\w+")).requirements == ()  # nothing required
    assert gate(re.compile(r"a|\w")).requirements == ()  # one branch requires nothing
    assert Gate(()).admits("")


# --- random patterns ------------------------------------------------------------------------------------------------

WORDS = ["ago", "Jan", "day", "days", "Q", "1", "20", "th", "of", "the", "-", ".", "'s", "İ", "ſ", "K", "’"]


def _patterns(depth: int = 2) -> st.SearchStrategy[str]:
    atom = st.one_of(
        st.sampled_from(WORDS).map(re.escape),
        st.sampled_from([r"\d", r"\d+", r"\s+", r"\b", r"\w+", r"[12]", r"[a-c]", r"[^a]", r".", r"[-\s]", r"\s*"]),
    )
    if depth == 0:
        return atom
    inner = _patterns(depth - 1)
    return st.one_of(
        atom,
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        inner.map(lambda x: f"(?:{x})?"),
        inner.map(lambda x: f"(?:{x})+"),
        inner.map(lambda x: f"(?:{x}){{2,3}}"),
        inner.map(lambda x: f"(?i:{x})"),
        inner.map(lambda x: f"(?P<g>{x})"),
        inner.map(lambda x: f"(?=\\s*{x})"),
        inner.map(lambda x: f"(?<!{x[:1] if x[:1].isalnum() else 'x'})"),
    )


TEXT_PARTS = [*WORDS, "AGO", "jan", "DAYS", "q", "3", "2024", " ", "  ", "\t", "kſ", "ı", "x", "é", "٣"]
texts = st.lists(st.sampled_from(TEXT_PARTS), max_size=12).map("".join)


@given(_patterns(), st.lists(texts, min_size=1, max_size=5))
def test_a_matching_text_passes_the_gate(pattern: str, samples: list[str]) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    g = gate(compiled)
    for text in samples:
        if compiled.search(text):
            assert g.admits(text), (pattern, text, g)


# --- the date patterns -------------------------------------------------------------------------------------------


def _vocabulary() -> list[str]:
    words = [
        *D._MONTHS,
        *D._WEEKDAYS,
        *D._NUMBER_WORDS,
        *D._VAGUE,
        *D._HEDGES,
        *D._UNITS,
        *D._MODIFIERS,
        *D._PRESENT_WORDS,
        *D._YEAR_CONTEXT,
        *D._MONTH_CONTEXT,
        *D._FUTURE_MARKERS,
        *D._DAY_WORDS,
    ]
    words += [
        "ago",
        "hence",
        "from",
        "now",
        "the",
        "last",
        "next",
        "this",
        "past",
        "coming",
        "previous",
        "recent",
        "quarter",
        "first",
        "Q",
        "century",
        "long",
    ]
    words += [
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "morning",
        "night",
        "earlier",
        "later",
        "current",
        "of",
        "to",
        "and",
        "percent",
        "old",
    ]
    words += ["2024", "1990s", "'90s", "2009", "-", "–", "10", "3", "15th", "21st", "04/03/2024", "2024-03-04", "1957"]
    words += ["58", "Q3", ",", ".", "'s", "’s", "%", "İ", "ſ", "K", "ı", "a", "an", "his", "election", "said"]
    return sorted(set(words))


VOCAB = _vocabulary()
cased = st.tuples(st.sampled_from(VOCAB), st.sampled_from([str, str.upper, str.title, str.lower])).map(
    lambda wc: wc[1](wc[0])
)
date_texts = st.lists(st.tuples(cased, st.sampled_from([" ", " ", ", ", "-", "", "  "])), min_size=1, max_size=14).map(
    lambda parts: "".join(w + sep for w, sep in parts).strip()
)


@given(date_texts)
def test_every_date_pattern_gate_admits_its_matches(text: str) -> None:
    for pattern, _, needs in D._GATED:
        if pattern.search(text):
            assert needs.admits(text), (pattern.pattern[:80], text)


@given(date_texts, st.sampled_from([None, dt.date(2024, 3, 6), dt.date(2025, 12, 31)]))
def test_gated_date_extraction_is_unchanged(text: str, anchor: dt.date | None) -> None:
    gated = D._sentence_candidates(text, anchor)
    saved = D._GATED
    D._GATED = [(p, h, Gate(())) for p, h, _ in saved]
    try:
        plain = D._sentence_candidates(text, anchor)
    finally:
        D._GATED = saved
    assert gated == plain


def test_gates_are_built_from_the_patterns() -> None:
    """Each date pattern has its own gate, and the gates do skip text (else they would be pointless)."""
    assert [p for p, _, _ in D._GATED] == [p for p, _ in D._PATTERNS + D._DURATION_PATTERNS]
    assert all(g == gate(p) for p, _, g in D._GATED)
    assert not D._GATED[0][2].admits("No date here, nor any number.")
    assert D._GATED[0][2].admits("It opened on 2024-03-04.")
    assert has_digit("٣") and not has_digit("³")  # \d: decimal digits only
    assert _gate.fold("İſK") == "isk"
