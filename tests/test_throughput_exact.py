"""Throughput changes that claim to compute the same values as before (issue 9, fifth round).

Each faster path is compared with the plain definition it replaced, on arbitrary text (odd Unicode and line breaks
included) and on the numeric checks' own vocabulary.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import align
from factcheck.checks import _numeric
from factcheck.extract import numbers as num
from factcheck.models import LINE_BREAKS_AS_SPACES, Document, Extraction, Sentence, Span

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
_PLAIN_HEDGE = re.compile(rf"(?i)(?:^|(?<=[\s(—–-]))(?P<hedge>{_numeric.hedge_alternation()})\s*[$€£¥]?$")


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
    plain = [
        (s.index, s.span.start, s.text, found)
        for s in sentences
        if (_numeric.has_digit(s.text) or _numeric._has_word_number(s.text)) and (found := _numeric.scan(s.text))
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
