"""Shortcuts to alignment scores give the scores the full searches give.

source_scores_at_least (hedge-dropped's merged sentences) is source_scores filtered, without scoring every pair;
cross-document-number's pair_score is the score best_matches reports for the pair.

Random small corpora (sentences drawn from a few overlapping word lists, so sentences share words in every degree)
are scored both ways for every sentence against every other document, at several floors; and hedge-dropped's
``merged`` is compared with its definition on the full scores.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.align import ALIGN_THRESHOLD, Match, index, rewrite_pairs
from factcheck.checks import hedge_dropped
from factcheck.checks._rewrite import merged_score, source_scores, source_scores_at_least
from factcheck.checks.cross_document_number import pair_score
from factcheck.engine import build_facts
from factcheck.facts import FactBase
from factcheck.models import Document

WORDS = [
    "troops",
    "retook",
    "village",
    "army",
    "said",
    "officials",
    "shelling",
    "town",
    "river",
    "bridge",
    "minister",
    "denied",
    "reports",
    "claimed",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
document = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
corpus = st.lists(document, min_size=2, max_size=4)


def _facts(texts: list[str]) -> FactBase:
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    facts = build_facts(docs, needs=("sentences", "assertions", "entities"))
    facts.sources = {d.id: [o.id for o in docs if o.id != d.id] for d in docs}
    return facts


@given(corpus, st.sampled_from([0.0, 0.2, ALIGN_THRESHOLD, 0.5, 0.9]))
def test_at_least_is_the_filtered_scores(texts: list[str], floor: float) -> None:
    facts = _facts(texts)
    for doc, ex in facts.all():
        sources = facts.sources[doc.id]
        for s in ex.sentences:
            full = source_scores(facts, doc.id, s.index, sources)
            assert source_scores_at_least(facts, doc.id, s.index, sources, floor) == [x for x in full if x[0] >= floor]


def _merged_by_definition(facts: FactBase) -> list[Match]:
    out: list[Match] = []
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            scored = source_scores(facts, doc, s.index, sources)
            if len(scored) < 2 or scored[1][0] < ALIGN_THRESHOLD:
                continue
            (a, src_a, i), (_b, src_b, j) = scored[0], scored[1]
            if src_a != src_b or abs(i - j) != 1:
                continue
            score = merged_score(facts, doc, s.index, [(src_a, i), (src_a, j)])
            if score > a:
                out += [Match(doc, s.index, src_a, k, score) for k in sorted((i, j))]
    return out


@given(corpus)
def test_merged_sentences_unchanged(texts: list[str]) -> None:
    facts = _facts(texts)
    assert hedge_dropped.merged(facts) == _merged_by_definition(facts)


@given(corpus)
def test_pair_score_is_the_best_match_score(texts: list[str]) -> None:
    facts = _facts(texts)
    idx = index(facts)
    for doc, ex in facts.all():
        for other, other_ex in facts.all():
            if other.id == doc.id:
                continue
            for s in ex.sentences:
                best = idx.best_matches(doc.id, s.index, [other.id]).get(other.id)
                scores = {
                    o.index: round(pair_score(idx.vectors, (doc.id, s.index), (other.id, o.index)), 6)
                    for o in other_ex.sentences
                }
                if best is None:
                    assert all(v == 0 for v in scores.values())
                else:
                    assert best.score == scores[best.other_sentence] == max(scores.values())
