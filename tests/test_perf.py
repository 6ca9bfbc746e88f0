"""The fast paths give the same answers as the plain definitions they replace (phrase matching, sentence
alignment), and the alignment search stays within its per-sentence budget."""

from __future__ import annotations

import math
from collections.abc import Sequence

from _sentence_facts import sentence_facts
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import align
from factcheck.extract.assertions import (
    CAUSAL_PHRASES,
    HEDGE_PHRASES,
    Token,
    content_lemmas,
    find_phrases,
    match_phrases,
    phrase_index,
    text_lemmas,
    token_words,
    tokenize,
)


def naive_phrases(tokens: Sequence[Token], phrases: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """The definition: at each token, the longest phrase that matches there and overlaps no earlier hit."""
    ordered = sorted(phrases, key=len, reverse=True)
    hits: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i in range(len(tokens)):
        for p in ordered:
            fits = i + len(p) <= len(tokens) and all(tokens[i + k].lower == w for k, w in enumerate(p))
            if fits and not taken & set(range(i, i + len(p))):
                hits.append((i, i + len(p)))
                taken.update(range(i, i + len(p)))
                break
    return sorted(hits)


WORDS = ["as", "a", "result", "of", "due", "to", "not", "be", "verified", "the", "rain", "because", "appear", "No"]
PHRASES = st.lists(st.lists(st.sampled_from(WORDS[:8]), min_size=1, max_size=4).map(tuple), min_size=1, max_size=6)


@given(st.lists(st.sampled_from(WORDS), max_size=30), PHRASES)
@settings(max_examples=300, deadline=None)
def test_phrase_matching_equals_the_definition(words: list[str], phrases: list[tuple[str, ...]]) -> None:
    tokens = tokenize(" ".join(words))
    assert find_phrases(tokens, phrases) == naive_phrases(tokens, phrases)
    assert match_phrases(tokens, phrase_index(phrases)) == naive_phrases(tokens, phrases)


def test_phrase_tables_on_a_sentence() -> None:
    tokens = tokenize("Prices rose as a result of the drought, which appears to be due to heat, because of El Niño.")
    for table in (CAUSAL_PHRASES, HEDGE_PHRASES):
        assert find_phrases(tokens, table) == naive_phrases(tokens, table)
    assert find_phrases(tokens, CAUSAL_PHRASES) == [(2, 6), (13, 15), (17, 19)]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(w * b[t] for t, w in a.items() if t in b)


VOCAB = ["ceasefire", "troops", "Kursk", "border", "talks", "offensive", "village", "drone", "report", "17", "2024"]
SENTENCE = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7).map(lambda ws: " ".join(ws) + ".")
CORPUS = st.dictionaries(
    st.sampled_from(["a", "b", "c", "d", "e"]), st.lists(SENTENCE, min_size=1, max_size=5), min_size=2
)


@given(CORPUS, st.sampled_from([0.2, 0.3, 0.5]))
@settings(max_examples=150, deadline=None)
def test_alignment_equals_brute_force(texts: dict[str, list[str]], floor: float) -> None:
    facts = sentence_facts(texts)
    idx = align.index(facts)
    for (doc, i), vec in idx.vectors.items():
        brute: dict[str, float] = {}
        for (other, _j), vec2 in idx.vectors.items():
            if other != doc:
                brute[other] = max(brute.get(other, 0.0), _cosine(vec, vec2))
        # searching the whole run finds every document scoring at least the floor, with its best score
        found = idx.restated(doc, i, floor)
        assert {d for d, s in brute.items() if s >= floor} <= set(found)
        for d, score in found.items():
            assert math.isclose(score, brute[d], abs_tol=1e-9)
        # comparing with given documents scores every sentence sharing a word
        within = idx.best_matches(doc, i, sorted(texts))
        assert {d: m.score for d, m in within.items()} == {d: round(s, 6) for d, s in brute.items() if s > 0}


def test_search_reads_at_most_its_budget_of_postings() -> None:
    # 3,000 one-sentence documents that share every word: no word is rare enough to search by
    texts = {f"d{n:04}": ["troops crossed the border near the village."] for n in range(3000)}
    idx = align.index(sentence_facts(texts))
    assert all(len(p) > align.MAX_POSTINGS for p in idx.postings.values())
    assert idx.restated("d0000", 0, align.ALIGN_THRESHOLD) == {}
    # one rare word shared with one other document finds it
    texts["d9999"] = ["troops crossed the border near Sudzha village."]
    texts["d9998"] = ["Sudzha troops crossed the border."]
    idx = align.index(sentence_facts(texts))
    assert set(idx.restated("d9999", 0, align.ALIGN_THRESHOLD)) == {"d9998"}


@given(
    st.text(alphabet="ab’' ,.1-ÉéNot", max_size=40) | st.sampled_from(["The 1,200 troops didn't cross.", "It's Kyiv’s"])
)
def test_text_lemmas_equal_content_lemmas_of_tokens(text: str) -> None:
    assert text_lemmas(text) == content_lemmas(tokenize(text))
    assert token_words(text) == [t.lower for t in tokenize(text)]
