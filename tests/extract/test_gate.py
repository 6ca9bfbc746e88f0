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
from factcheck.extract._gate import DIGIT, WORD, Gate, GateIndex, fold, gate, has_digit, lead


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


def test_fold_keeps_word_characters_apart() -> None:
    """words() reads the folded text's words: folding never turns a word character into a non-word one or back."""
    word = re.compile(r"\w")
    for c in range(sys.maxunicode + 1):
        if not 0xD800 <= c <= 0xDFFF:
            ch = chr(c)
            assert (word.match(ch) is None) == (word.match(fold(ch)) is None), hex(c)


def _naive_passes(g: Gate, text: str) -> bool:
    """Gate.passes as defined: one literal of each requirement is a substring of what it is read in."""
    folded, worded, digit = fold(text), _gate.words(text), has_digit(text)

    def holds(lit: str) -> bool:
        if lit is DIGIT:
            return digit
        return lit[1:] in worded if lit[:1] == WORD else lit in folded

    return all(any(holds(lit) for lit in req) for req in g.requirements)


@given(
    st.one_of(
        st.text(max_size=40), st.lists(st.sampled_from(["March", "3", " ", "-", "days", "ago", "İ"])).map("".join)
    )
)
def test_passes_is_the_substring_test(text: str) -> None:
    reading = _gate.read(text)
    assert reading.worded == _gate.words(text) and reading.folded == fold(text)
    for _, _, g in D._GATED:
        assert g.passes(reading) == _naive_passes(g, text)


def test_gates_of_simple_patterns() -> None:
    assert gate(re.compile(r"\b(?i:ago|hence)\b")).requirements == ((WORD + " hence ", WORD + " ago "),)
    assert gate(re.compile(r"(?i:ago|hence)")).requirements == (("hence", "ago"),)
    assert gate(re.compile(r"(?P<d>\d+)\s+(?i:days?)")).requirements == ((DIGIT,), (WORD + " day",))
    assert gate(re.compile(r"(?:Jan|JAN)\.?\s+\d")).requirements == ((DIGIT,), (WORD + "jan ",))
    assert gate(re.compile(r"(?:late\s+)?\w+")).requirements == ()  # nothing required
    assert gate(re.compile(r"a|\w")).requirements == ()  # one branch requires nothing
    assert gate(re.compile(r"[-/]\d")).requirements == ((DIGIT,), ("-", "/"))  # ASCII marks stay plain literals
    # under re.ASCII, \b and \W differ from what words() reads: plain literals only
    assert gate(re.compile(r"\b(?i:ago|hence)\b", re.ASCII)).requirements == (("hence", "ago"),)
    assert Gate(()).admits("")


def test_word_literals_know_word_edges() -> None:
    """A unit word must stand alone: "min" inside "minister", "sec" inside "second" no longer pass."""
    g = gate(re.compile(r"\b\d+(?:\s+|-)(?i:min|sec|hrs?)\b"))
    assert g.requirements == ((DIGIT,), (WORD + " hrs ", WORD + " min ", WORD + " sec ", WORD + " hr "))
    assert not g.admits("The minister spent 3 seconds on the secretary's three questions.")
    assert g.admits("It took 3 min.") and g.admits("a 3-sec delay") and g.admits("3\u00a0HRS")
    assert _gate.words("Mid-2024, it’s  İstanbul!") == " mid 2024 it s istanbul "  # a space between words, padded


# --- random patterns ------------------------------------------------------------------------------------------------

WORDS = ["ago", "Jan", "day", "days", "Q", "1", "20", "th", "of", "the", "-", ".", "'s", "İ", "ſ", "K", "’", "–", "_"]


def _patterns(depth: int = 2) -> st.SearchStrategy[str]:
    atom = st.one_of(
        st.sampled_from(WORDS).map(re.escape),
        st.sampled_from([r"\d", r"\d+", r"\s+", r"\b", r"\w+", r"[12]", r"[a-c]", r"[^a]", r".", r"[-\s]", r"\s*"]),
        st.sampled_from([r"\W", r"\W+", r"[\s\u00a0]+", r"[-–]", r"(?:\s+|-)", r"\B", r"[’']", r"[_a]", r"\s?"]),
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
TEXT_PARTS += ["\u00a0", "!", "__"]
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
    assert _candidates(text, anchor, True) == _candidates(text, anchor, False)


def test_gates_are_built_from_the_patterns() -> None:
    """Each date pattern has its own gate, and the gates do skip text (else they would be pointless)."""
    sources = [re.compile(p) for p, _ in D._PATTERNS + D._DURATION_PATTERNS]
    assert [p for p, _, _ in D._GATED] == [lead(p) for p in sources]
    assert all(g == gate(p) for p, (_, _, g) in zip(sources, D._GATED, strict=True))
    assert not D._GATED[0][2].admits("No date here, nor any number.")
    assert D._GATED[0][2].admits("It opened on 2024-03-04.")
    assert has_digit("٣") and not has_digit("³")  # \d: decimal digits only
    assert _gate.fold("İſK") == "isk"


# --- gated and ungated date extraction agree, on arbitrary text and on real text ----------------------------------


def _candidates(text: str, anchor: dt.date | None, gated: bool) -> object:
    if gated:
        return D._sentence_candidates(text, anchor)
    saved = D._INDEX
    D._INDEX = GateIndex([Gate(())] * len(D._GATED_ALL))  # every pattern runs on every sentence
    try:
        return D._sentence_candidates(text, anchor)
    finally:
        D._INDEX = saved


def _real_sentences() -> list[str]:
    """Every sentence of the seeds and of the bench article sets (news text, written by people)."""
    from pathlib import Path

    from factcheck.extract.sentences import split_sentences
    from factcheck.models import Document

    root = Path(__file__).resolve().parents[2]
    files = sorted(root.glob("seeds/*.txt")) + sorted(root.glob("bench/*/*.md")) + sorted(root.glob("bench/*/*.txt"))
    out: list[str] = []
    for f in files:
        doc = Document(id=f.name, text=f.read_text(encoding="utf-8"))
        out += [s.text for s in split_sentences(doc)]
    return out


REAL = _real_sentences()


def test_date_gates_skip_no_match_in_real_text() -> None:
    """On every real sentence, a pattern whose gate refuses the sentence has no match in it (so gated and ungated
    extraction agree: a pattern's handler only ever sees its matches)."""
    assert len(REAL) > 1000
    skipped = 0
    for text in REAL:
        if not D._TRIGGER.search(text):
            continue  # extract_dates never reads it
        reading = _gate.read(text)
        for pattern, _, needs in D._GATED:
            if not needs.passes(reading):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], text)
    assert skipped > len(REAL) * len(D._GATED) // 3


@given(st.lists(st.one_of(st.sampled_from(REAL), st.text(max_size=30), cased), min_size=1, max_size=4))
def test_gated_date_extraction_is_unchanged_on_arbitrary_text(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _candidates(text, dt.date(2025, 12, 31), True) == _candidates(text, dt.date(2025, 12, 31), False)


def _passing_one_by_one(gates: list[Gate], reading: _gate.Reading) -> list[int]:
    return [i for i, g in enumerate(gates) if g.passes(reading)]


def test_gate_index_finds_the_passing_date_gates_in_real_text() -> None:
    """The index gives the date gates each real sentence (and each of its words alone) passes, in order."""
    gates = [needs for _, _, needs in D._GATED_ALL]
    index = GateIndex(gates)
    passed = 0
    for text in REAL:
        for part in [text, *text.split()]:
            reading = _gate.read(part)
            found = index.passing(reading)
            assert found == _passing_one_by_one(gates, reading), part
            passed += len(found)
    assert passed > len(REAL)


@given(st.lists(_patterns(), min_size=1, max_size=6), st.lists(texts, min_size=1, max_size=5))
def test_gate_index_is_testing_each_gate(patterns: list[str], samples: list[str]) -> None:
    gates = []
    for pattern in patterns:
        try:
            gates.append(gate(re.compile(pattern)))
        except re.error:
            continue
    index = GateIndex(gates)
    for text in samples:
        reading = _gate.read(text)
        assert index.passing(reading) == _passing_one_by_one(gates, reading), (patterns, text)


@given(st.one_of(date_texts, st.text(max_size=30), st.sampled_from(REAL)))
def test_gate_index_of_date_gates_on_any_text(text: str) -> None:
    gates = [needs for _, _, needs in D._GATED_ALL]
    reading = _gate.read(text)
    assert D._INDEX.passing(reading) == _passing_one_by_one(gates, reading)


def test_gate_index_word_conditions() -> None:
    """What one literal says about one word of a text: the longest piece, a whole word first at equal length."""
    assert _gate._word_condition(WORD + " half of ") == ("whole", "half")
    assert _gate._word_condition(WORD + "remainder of ") == ("suffix", "remainder")
    assert _gate._word_condition(WORD + " quarter") == ("prefix", "quarter")
    assert _gate._word_condition("-quarter") == ("prefix", "quarter")
    assert _gate._word_condition("nd") == ("infix", "nd")
    assert _gate._word_condition("-") is None
    assert _gate._word_condition(DIGIT) is None
    index = GateIndex([Gate(()), Gate((("-",),)), Gate(((DIGIT, WORD + " may "),))])
    assert index.passing(_gate.read("May 3-4")) == [0, 1, 2]
    assert index.passing(_gate.read("in mayhem")) == [0]


# --- the quantities' own date masker ----------------------------------------------------------------------------------


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (escapes, groups and classes respected)."""
    out, cur, depth, i, in_class = [], "", 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur, i = "", i + 1
            continue
        cur += ch
        i += 1
    return [*out, cur]


DATE_MASK_PARTS = ["March", "Sept.", "Dec", "May", "of", "in", "since", "mid-", "the end of", "fiscal", "FALL", "2024"]
DATE_MASK_PARTS += ["11", "3rd", "1999", "09", "9:30", "a.m.", "PM", "GMT", "EST", "/", "-", "–", ",", "s", "x", "_"]
mask_texts = st.lists(
    st.tuples(st.sampled_from(DATE_MASK_PARTS), st.sampled_from([" ", "", "\u00a0", "  ", ", "])), max_size=10
).map(lambda parts: "".join(w + sep for w, sep in parts))


@given(st.one_of(mask_texts, st.sampled_from(REAL)))
def test_date_mask_with_one_leading_boundary_is_unchanged(text: str) -> None:
    """``_DATE_RE`` is ``\\b(?:A|B|…)``: the same matches as ``\\bA|\\bB|…``, the form it was written in before."""
    from factcheck.extract import quantities as Q

    pattern = Q._DATE_MASK.pattern
    assert pattern.startswith("\\b(?:") and pattern.endswith(")")
    spread = re.compile("|".join("\\b" + alt for alt in _split_top(pattern[5:-1])))
    assert len(_split_top(pattern[5:-1])) == 9
    assert [m.span() for m in Q._DATE_RE.finditer(text)] == [m.span() for m in spread.finditer(text)]
    assert Q._DATE_RE.pattern.endswith(pattern) and Q._DATE_RE is not Q._DATE_MASK  # led by a look-ahead


# --- leads ---------------------------------------------------------------------------------------------------------


def _matches(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


@given(_patterns(), st.lists(texts, min_size=1, max_size=5))
def test_a_lead_finds_the_same_matches(pattern: str, samples: list[str]) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    led = lead(compiled)
    for text in samples:
        assert _matches(led, text) == _matches(compiled, text), (pattern, led.pattern, text)


@given(st.one_of(date_texts, st.text(max_size=30), st.sampled_from(REAL)))
def test_led_date_patterns_find_the_same_matches(text: str) -> None:
    for (pattern, _), (led, _, _) in zip(D._PATTERNS + D._DURATION_PATTERNS, D._GATED, strict=True):
        assert _matches(led, text) == _matches(re.compile(pattern), text), pattern[:80]


def test_leads_of_simple_patterns() -> None:
    assert lead(re.compile(r"\b(?:ab|\d)")).pattern == r"(?=(?i:[\U00000061\d]))\b(?:ab|\d)"
    assert lead(re.compile(r"x?")).pattern == "x?"  # may match the empty string
    assert lead(re.compile(r"[^a]b")).pattern == "[^a]b"  # a negated class: any character
    assert lead(re.compile(r"(?:a|.)b")).pattern == "(?:a|.)b"
    assert lead(re.compile(r"(?i)(?s)\bab")).pattern == r"(?i)(?s)(?=(?i:[\U00000061]))\bab"  # global flags first
    assert lead(re.compile(r"(?i)\bab")).findall("AB cab Ab") == ["AB", "Ab"]


def test_fold_to_ascii_only_what_ignorecase_matches() -> None:
    """The converse of test_fold_is_what_ignorecase_matches: a character folded to an ASCII one matches it."""
    for c in range(sys.maxunicode + 1):
        if not 0xD800 <= c <= 0xDFFF:
            ch = chr(c)
            folded = fold(ch)
            if folded.isascii():
                assert re.fullmatch(re.escape(folded), ch, re.IGNORECASE), hex(c)


@given(st.one_of(date_texts, st.text(max_size=30), st.sampled_from(REAL)))
def test_trigger_gate_is_the_trigger(text: str) -> None:
    """extract_dates tests _TRIGGER through its gate: a digit or a literal of one alternation, so exactly the same."""
    assert len(D._TRIGGER_GATE.requirements) == 1
    assert D._TRIGGER_GATE.admits(text) == (D._TRIGGER.search(text) is not None)


def test_trigger_gate_on_real_text() -> None:
    assert all(D._TRIGGER_GATE.admits(t) == (D._TRIGGER.search(t) is not None) for t in REAL)


CHANGE_PARTS = [
    "rose",
    "fell by",
    "up",
    "Down",
    "an increase of",
    "a drop of",
    "by",
    "more than",
    "about",
    " ",
    "\u00a0",
]
CHANGE_PARTS += ["5%", "3", "gave", "ſlid", "x", ",", "-", "_", "ROSE", "nearly"]
change_texts = st.lists(st.sampled_from(CHANGE_PARTS), max_size=10).map(" ".join)


@given(st.one_of(change_texts, st.sampled_from(REAL)), st.integers(0, 60), st.integers(0, 60))
def test_led_change_patterns_find_the_same_matches(text: str, a: int, b: int) -> None:
    """The quantities' change patterns search windows (pos, endpos): led, they find the same match."""
    from factcheck.extract import quantities as Q

    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for led in (Q._CHANGE_BEFORE_RE, Q._CHANGE_NOUN_BEFORE_RE, Q._BY_BEFORE_RE):
        prefix = led.pattern[: led.pattern.index("]))") + 3]
        assert prefix.startswith("(?=(?i:[")
        plain = re.compile(led.pattern[len(prefix) :], led.flags)
        found, expected = led.search(text, start, end), plain.search(text, start, end)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


_TREE_WORDS = st.lists(st.text(alphabet="abAB -é.", min_size=1, max_size=5), min_size=1, max_size=8)


@given(
    _TREE_WORDS,
    st.lists(st.text(alphabet="abAB -é.x\t", max_size=12), min_size=1, max_size=4),
    st.sampled_from(["", r"\b", "x", r"\s*b", "(?!a)"]),
    st.booleans(),
)
def test_alternation_tree_finds_the_same_matches(words: list[str], texts: list[str], after: str, blind: bool) -> None:
    """The prefix tree of a word list finds the same matches as the plain alternation, longest first, with whatever
    follows it, case-blind or not (a word list it cannot write as a tree is returned plain)."""
    unique = sorted(set(words), key=len, reverse=True)
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)
    tree = _gate.alternation(words)
    flags = re.IGNORECASE if blind else 0
    want, got = re.compile(f"(?:{plain}){after}", flags), re.compile(f"(?:{tree}){after}", flags)
    for text in texts:
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_alternation_is_a_tree_only_when_exact() -> None:
    assert _gate.alternation(["seven", "seventeen", "seventy", "six"]) == "s(?:even(?:t(?:een|y)|)|ix)"
    assert _gate.alternation(["more than", "more"], r"\s+") == r"more(?:\s+than|)"
    assert _gate.alternation(["Sep", "SEPT"]) == "SEPT|Sep"  # "sep" starts "SEPT" only case-blind
    assert _gate.alternation(["É", "é"]) in ("É|é", "é|É")  # a cased character that is not ASCII
