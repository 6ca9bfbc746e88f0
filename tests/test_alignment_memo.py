"""Rewrite detection's shared searches (issue 9): sentences with equal vectors share one search of the run, and the
postings are read with their weights; the answers are those of the search made for each sentence on its own.

The reference below is the search as it was before it was shared (each sentence searched alone, its own document
skipped while searching). Corpora repeat sentences across documents (wire copies), so searches are shared, and
are asked in a random order, so the search kept for a vector may have been made for any of its sentences.
"""

from __future__ import annotations

import math
from collections import defaultdict
from unittest import mock

from _sentence_facts import sentence_facts
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import align

VOCAB = ["ceasefire", "troops", "Kursk", "border", "talks", "offensive", "village", "drone", "report", "17", "2024"]
sentence = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7).map(lambda ws: " ".join(ws) + ".")


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, list[str]]:
    """Documents drawn from a small pool of sentences (so many sentences recur in several documents)."""
    pool = draw(st.lists(sentence, min_size=1, max_size=6))
    return {
        f"d{n}": draw(st.lists(st.sampled_from(pool) | sentence, min_size=1, max_size=6))
        for n in range(draw(st.integers(2, 7)))
    }


def restated_alone(idx: align.AlignmentIndex, document: str, sentence: int, floor: float) -> dict[str, float]:
    """The search of one sentence as it was defined before searches were shared."""
    vec = idx.vectors.get((document, sentence))
    if not vec:
        return {}
    order, searched, unread = idx._plan(vec, floor)
    partial: dict[tuple[str, int], float] = defaultdict(float)
    for term in order[:searched]:
        for key in idx.postings[term]:
            partial[key] += vec[term] * idx.vectors[key][term]
    needed = floor - 1e-6 - math.sqrt(unread)
    best: dict[str, float] = {}
    for key, score in partial.items():
        if score < needed or key[0] == document:
            continue
        for term in order[searched:]:
            value = idx.vectors[key].get(term)
            if value is not None:
                score += vec[term] * value
        if score >= floor - 1e-6 and score > best.get(key[0], 0.0):
            best[key[0]] = score
    return best


@given(corpora(), st.sampled_from([0.2, align.ALIGN_THRESHOLD, 0.5]), st.sampled_from([3, 8, 200]), st.randoms())
@settings(max_examples=200, deadline=None)
def test_shared_searches_equal_each_sentence_searched_alone(
    texts: dict[str, list[str]], floor: float, budget: int, rnd: object
) -> None:
    with mock.patch.object(align, "MAX_POSTINGS", budget):  # a small budget leaves words unread in small corpora
        idx = align.index(sentence_facts(texts))
        keys = list(idx.vectors)
        rnd.shuffle(keys)  # type: ignore[attr-defined]
        for doc, i in keys:
            got = idx.restated(doc, i, floor)
            expected = restated_alone(idx, doc, i, floor)
            assert got == expected  # the same floats, bit for bit
            assert list(got) == list(expected)  # and the same order


def test_repeated_sentences_share_one_search() -> None:
    texts = {
        "a": ["Troops crossed the Kursk border at dawn.", "Talks stalled."],
        "b": ["Troops crossed the Kursk border at dawn.", "A drone hit the village."],
        "c": ["Troops crossed the Kursk border at dawn.", "Talks stalled."],
    }
    idx = align.index(sentence_facts(texts))
    assert idx.restated("a", 0, align.ALIGN_THRESHOLD).keys() == {"b", "c"}
    assert idx.restated("b", 0, align.ALIGN_THRESHOLD).keys() == {"a", "c"}
    assert len(idx._restated) == 1  # one search for the three copies
    assert idx.restated("c", 1, align.ALIGN_THRESHOLD).keys() == {"a"}
    assert len(idx._restated) == 2
    keys = list(idx.vectors)  # (the searches number the sentences in this order)
    for term, weighted in idx._weighted.items():
        expected = [(key, idx.vectors[key][term]) for key in idx.postings[term]]
        assert [(keys[n], value) for n, value in weighted] == expected
