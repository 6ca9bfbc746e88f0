"""Throughput changes that claim to compute the same values as before (issue 9, fifth and sixth rounds).

Each faster path is compared with the plain definition it replaced, on arbitrary text (odd Unicode and line breaks
included) and on the numeric checks' own vocabulary.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import align
from factcheck.checks import _numeric, _rewrite, _stance
from factcheck.checks import cross_document_number as cdn
from factcheck.engine import build_facts
from factcheck.extract import numbers as num
from factcheck.extract.assertions import _TOKEN, Token, lemma_set, primary_lemma, tokenize
from factcheck.ingest import from_text, read_paths
from factcheck.models import LINE_BREAKS_AS_SPACES, Document, Extraction, Sentence, Span
from factcheck.rules.loader import load_rules

FRAGMENTS = [
    "about", "more than", "nearly", "over", "up to", "at least", "fewer than", "~", "<", ">=", "c.", "some", "$",
    "£", "€", "350", "1,300", "7.2", ".5", "2¾", "½", "²", "12%", "per cent", "percentage points", "half", "a third",
    "two-thirds", "fifty-two", "one hundred and five", "a dozen", "million", "bn", "2019", "2025-26", "first half",
    "K", "ſ", "İ", "ı", "of", "the", "soldiers", "\n", "\u2028", "\x85", "\xa0", " ", "—", "(", ",", "-",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_sentence_text_is_the_translation(text: str) -> None:
    sentence = Sentence(index=0, span=Span(start=0, end=len(text), text=text))
    assert sentence.text == text.translate(LINE_BREAKS_AS_SPACES)


_PLAIN_NUMBER = re.compile(
    rf"{num.NUMBER_RE.pattern}|(?P<half>(?<!first )(?<!second )(?<!final )(?<!last )\bhalf\b(?![-‑]))", re.IGNORECASE
)
_PLAIN_HEDGE = re.compile(
    rf"(?i)(?:^|(?<=[\s(—–-]))(?P<hedge>{_numeric.hedge_alternation()})\s*(?:(?:(?-i:[A-Z]{{1,2}})\s?)?"
    rf"{_numeric.CURRENCY_SIGN}\s?)?$"
)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 30))
def test_led_scanner_patterns_find_the_same_matches(text: str, pos: int, back: int) -> None:
    def read(m: re.Match[str] | None) -> object:
        return m and (m.span(), m.lastgroup, m.groupdict())

    assert read(_numeric._NUMBER.search(text, pos)) == read(_PLAIN_NUMBER.search(text, pos))
    window = (max(0, pos - back), pos)
    assert read(_numeric.hedge_before().search(text, *window)) == read(_PLAIN_HEDGE.search(text, *window))


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=6), st.lists(st.integers(0, 5), max_size=8))
def test_scanning_each_text_once_finds_the_same_numbers(pool: list[str], picks: list[int]) -> None:
    lines = [pool[i % len(pool)] for i in picks] + pool  # repeated lines
    sentences, pos = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(index=i, span=Span(start=pos, end=pos + len(line), text=line)))
        pos += len(line) + 1
    doc = Document(id="d", text="\n".join(lines))
    extraction = Extraction(document="d", sentences=sentences)
    memo: dict[str, list[_numeric.Num]] = {}
    shared = _numeric.sentences_with_numbers(doc, extraction, memo)
    again = _numeric.sentences_with_numbers(doc, extraction, memo)
    plain = [  # (a paragraph number opening a line, "0.0 A", numbers the text: no number of it)
        (s.index, s.span.start, s.text, found)
        for s in sentences
        if (_numeric.has_digit(s.text) or _numeric._has_word_number(s.text))
        and (found := _numeric._unnumbered(doc.text, s, _numeric.scan(s.text)))
    ]
    for got in (shared, again):
        assert [(s.index, s.offset, s.text, s.nums) for s in got] == plain


@settings(max_examples=300, deadline=None)
@given(texts, st.one_of(st.sampled_from(["soldier", "person", "child", "o'clock", "Staff’s", "year"]), st.text()))
def test_content_stems_less_the_noun_is_excluding_it(text: str, noun: str) -> None:
    # cross-document-number reads a sentence's content stems once and takes each count's noun out afterwards
    assert _numeric.content_stems(text, exclude=[noun]) == _numeric.content_stems(text) - {_numeric.stem(noun)}


WORDS = [*FRAGMENTS, "agreed", "ceasefire", "Kyiv", "said"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=10), max_size=6))
def test_alignment_terms_with_a_shared_memo_are_the_terms(lines: list[list[str]]) -> None:
    texts_ = [" ".join(words) for words in lines] * 2  # every line twice
    sentences, pos = [], 0
    for i, line in enumerate(texts_):
        sentences.append(Sentence(index=i, span=Span(start=pos, end=pos + len(line), text=line)))
        pos += len(line) + 1
    doc = Document(id="d", text="\n".join(texts_))
    extraction = Extraction(document="d", sentences=sentences)
    memo: dict[str, list[str]] = {}
    assert align.document_weights(doc, extraction, memo) == align.document_weights(doc, extraction)
    assert align.document_terms(doc, extraction, memo) == align.document_terms(doc, extraction)


# --- sixth round: a one-document run, the stance table ---------------------------------------------------------------

ONE_DOCUMENT = [
    "Officials said 430 Ukrainian soldiers were captured in Kursk on Monday. Officials said 430 Ukrainian soldiers "
    "were captured in Kursk on Monday. Later, they said 500 Ukrainian soldiers were captured in Kursk.",
    "About 300 flights were cancelled at Heathrow on Friday. More than 500 flights were cancelled at Heathrow on "
    "Friday, the airport said. The union agreed to the deal; the union rejected the deal on Saturday.",
]


def _one_document_runs() -> list[Document]:
    seeds = [d for d in read_paths(["seeds"]) if isinstance(d, Document)]
    return [*seeds, *(from_text(t, id="doc.txt") for t in ONE_DOCUMENT)]


def test_a_one_document_run_has_no_rewrite_and_no_cross_document_count() -> None:
    """Rewrite detection and cross-document-number return at once when a run holds one document (a draft checked
    alone): what the full computation gives there is nothing (a document never restates itself; each pair of counts
    needs two documents), and the alignment index is not built."""
    rule = next(r for r in load_rules(None).rules if isinstance(r, cdn.CrossDocumentNumberRule))
    for doc in _one_document_runs():
        facts = build_facts([doc])
        assert facts.sources == {} and "align.index" not in facts._derived
        assert align._aligned_shares(facts) == {}  # the full search: no document but the run's own
        assert list(cdn.check(rule, facts)) == [] and "generic.cross-document-number.index" not in facts._derived
        index = cdn._index(facts)
        assert list(cdn._pairs(index, {d.id for d, _ in facts.checked()}, rule.min_shared)) == []
        assert list(cdn._restated_slots(facts)) == [] and list(cdn._restated_counts(rule, facts, set(), set())) == []


def _compile_as_before(stances: dict[str, list[str]]) -> list[tuple[str, _stance.Phrase]]:
    out = []
    for cls, phrases in stances.items():
        for p in phrases:
            # the object gap ("turn … down") matches any words up to the particle: an empty lemma set
            words = tuple(frozenset() if w == _stance._OBJECT_GAP else _stance.lemma_set(w.lower()) for w in p.split())
            if words:
                out.append((cls, _stance.Phrase(words, p)))
    return sorted(out, key=lambda cp: -len(cp[1].words))


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["accepted", "rejected", "undecided", "x"]),
        st.lists(st.sampled_from(["agree", "rule out", "remain silent on", "deny", " ", "", "refuse to", "Ok"])),
    )
)
def test_compiled_stance_tables_are_the_compiled_tables(stances: dict[str, list[str]]) -> None:
    """compile_phrases keeps its results per distinct table: each call equals compiling the table afresh, and a
    table edited after a call (a rule's own table) is compiled as it now is."""
    assert list(_stance.compile_phrases(stances)) == _compile_as_before(stances)
    edited = {**stances, "accepted": [*stances.get("accepted", []), "sign off on"]}
    assert list(_stance.compile_phrases(edited)) == _compile_as_before(edited)
    assert list(_stance.compile_phrases(_stance.DEFAULT_STANCES)) == _compile_as_before(
        {k: list(v) for k, v in _stance.DEFAULT_STANCES.items()}
    )


@dataclass(frozen=True)
class _DataclassToken:
    """``Token`` as it was written before the twentieth round: a frozen dataclass."""

    text: str
    start: int
    end: int
    lower: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower().replace("’", "'"))
        object.__setattr__(self, "is_word", self.text[:1].isalpha())


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, st.text(alphabet="aZ’'-1,.% é\n", max_size=40)), st.integers(0, 1000))
def test_tokens_are_those_the_dataclass_made(text: str, offset: int) -> None:
    """``Token`` (slots set by plain assignments) has the frozen dataclass's fields, derived attributes, equality,
    hash and repr (the name aside)."""
    made = [_DataclassToken(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
    got = tokenize(text, offset)
    assert [(t.text, t.start, t.end, t.lower, t.is_word) for t in got] == [
        (t.text, t.start, t.end, t.lower, t.is_word) for t in made
    ]
    assert [hash(t) for t in got] == [hash(t) for t in made]
    assert [repr(t) for t in got] == [repr(t).replace("_DataclassToken(", "Token(") for t in made]
    assert got == tokenize(text, offset) and all(a != b for a, b in itertools.pairwise(got))
    assert [(t.lemmas, t.lemma) for t in got] == [(lemma_set(t.lower), primary_lemma(t.lower)) for t in made]


@settings(max_examples=200, deadline=None)
@given(st.one_of(texts, st.text(alphabet="aZ’'-1,.% é\n", max_size=40)), st.integers(0, 1000))
def test_shared_tokens_are_the_tokens_of_the_text_at_its_offset(text: str, offset: int) -> None:
    """A sentence's tokens kept for the checks that read it token by token are its tokens, with the same lemmas,
    whichever reads them first."""

    def fields(tokens: list[Token]) -> list[tuple[object, ...]]:
        return [(t.text, t.start, t.end, t.lower, t.is_word, t.lemmas, t.lemma) for t in tokens]

    got = _rewrite.shared_tokens(text, offset)
    assert got == tokenize(text, offset) and fields(got) == fields(tokenize(text, offset))
    assert _rewrite.shared_tokens(text, offset) is got


NOTICE_FRAGMENTS = [
    "An earlier version of this story", "the previous version of this article", "This report has been corrected",
    "this piece was updated", "Correction:", "Clarification —", "Editor’s note:", "Yesterday's report said",
    "an earlier estimate of", "the initial count", "previously reported", "originally reported", "now puts it at",
    "has since been revised", "revised down to", "revising up", "lowering an earlier estimate", "raised the initial",
    "down from an earlier estimate of", "higher than previously reported", "up from the previous figure", "14",
    "officials", "said", "Kursk", "version", "this", "story", "report", "—", ":", ",", ".", "\n", "İ", "ſ",
]  # fmt: skip
notice_texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(NOTICE_FRAGMENTS), max_size=10).map(" ".join),
    st.lists(st.sampled_from(NOTICE_FRAGMENTS), max_size=10).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(notice_texts)
def test_gated_correction_notice_equals_the_patterns(text: str) -> None:
    """A correction notice is found behind the patterns' gates exactly when the patterns find it."""
    plain = bool(
        _rewrite._CORRECTION.search(text) or (_rewrite._EARLIER_FIGURE.search(text) and _rewrite._REVISING.search(text))
    )
    assert _rewrite.is_notice(text) is plain


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["accepted", "rejected", "undecided", "x"]),
            st.lists(st.sampled_from(["agree", "rule out", "remain silent on", "deny", "refuse to", "Ok"])),
        ),
        min_size=2,
        max_size=4,
    )
)
def test_the_stance_store_key_names_equal_tables_alike_and_others_apart(tables: list[dict[str, list[str]]]) -> None:
    """The per-document stances are kept under a digest of the phrase table: two tables get one key exactly when
    they compile to equal tables (whichever object holds them: the key of an index's stored values must hold across
    runs and processes)."""
    compiled = [tuple(_compile_as_before(t)) for t in tables]  # new objects, never the cached ones
    for a, ta in zip(compiled, tables, strict=True):
        assert _stance._table_key(a) == _stance._table_key(_stance.compile_phrases(ta))
        for b in compiled:
            assert (_stance._table_key(a) == _stance._table_key(b)) == (a == b)


_PLAIN_NUMBER_WORD = re.compile(r"(?<!-)\b(?:" + "|".join(align._NUMBER_WORDS) + r")\b(?!-)", re.IGNORECASE)
_NUMBER_WORD_TEXTS = st.one_of(
    texts,
    st.lists(
        st.sampled_from([*align._NUMBER_WORDS, "Six", "SIXTY", "ſix", "fourteens", "-", " ", "ten-", "a", "s", "Ten"]),
        max_size=10,
    ).map(lambda words: "".join(words)),
    st.lists(st.sampled_from([*align._NUMBER_WORDS, "Seventy", "ei", "ght", "-", "’"]), max_size=10).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(_NUMBER_WORD_TEXTS)
def test_number_words_are_the_plain_alternations(text: str) -> None:
    """The alignment's number words, as a prefix tree behind a lead, match where the plain alternation does."""
    assert [m.span() for m in align._NUMBER_WORD.finditer(text)] == [
        m.span() for m in _PLAIN_NUMBER_WORD.finditer(text)
    ]
