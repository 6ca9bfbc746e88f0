"""Sentence alignment across documents and rewrite detection.

Each sentence becomes a TF-IDF vector over the lemmas of its content words (numbers kept as written; sublinear term
frequency; IDF over every sentence of the run), normalised to length 1; two sentences' score is the cosine of their
vectors (1.0 for identical wording, 0 for no shared content word). Candidates come from an inverted index (lemma →
sentences), so a sentence is only ever compared with sentences that share a word with it, and words in more than
:data:`MAX_POSTINGS` sentences are not used to find candidates (they still count in the score): the cost grows about
linearly with the corpus, never with all its sentence pairs.

A sentence of B *restates* a sentence of A when its best match in A scores at least :data:`ALIGN_THRESHOLD`
(measured on the seeds: 19 of the 20 sentences of 002 restate a sentence of its source 004 at 0.32–0.74 — the
20th, an editorial closing line, scores 0.08 — while the best match of a sentence in an unrelated document scores a
median 0.13, 95th percentile 0.32; see docs/benchmarks-drift.md). Alignment is only used between a rewrite and its
sources, where the checks add their own conditions (a shared predicate, overlapping linked words).
B *rewrites* A when at least :data:`REWRITE_SHARE` of B's sentences (with at least :data:`MIN_CONTENT` content words)
restate a sentence of A.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.facts import FactBase

ALIGN_THRESHOLD = 0.30
"""Cosine score from which a sentence counts as restating another (see the module docstring)."""
SUPPORT_FLOOR = 0.2
"""Below this best score a sentence has no counterpart at all in its sources (unsupported-claim)."""
REWRITE_SHARE = 0.5
MIN_CONTENT = 4
MIN_ALIGNED = 3
MAX_POSTINGS = 2000


@dataclass(frozen=True)
class Match:
    """Sentence ``sentence`` of ``document`` is best matched by sentence ``other_sentence`` of ``other``."""

    document: str
    sentence: int
    other: str
    other_sentence: int
    score: float


@dataclass
class AlignmentIndex:
    """TF-IDF vectors of every sentence of the run, and the inverted index that finds candidates."""

    vectors: dict[tuple[str, int], dict[str, float]]
    postings: dict[str, list[tuple[str, int]]]
    sizes: dict[tuple[str, int], int]

    def best_matches(self, document: str, sentence: int, within: Iterable[str] | None = None) -> dict[str, Match]:
        """For each other document (or only those in ``within``), the best-scoring sentence and its score."""
        vec = self.vectors.get((document, sentence))
        if not vec:
            return {}
        allowed = None if within is None else set(within)
        scores: dict[tuple[str, int], float] = defaultdict(float)
        for term, weight in vec.items():
            posting = self.postings.get(term, ())
            if len(posting) > MAX_POSTINGS:
                continue
            for key in posting:
                if key[0] == document or (allowed is not None and key[0] not in allowed):
                    continue
                scores[key] += weight * self.vectors[key][term]
        best: dict[str, Match] = {}
        for (doc, idx), score in scores.items():
            cur = best.get(doc)
            if (
                cur is None
                or score > cur.score + 1e-9
                # ties (the same words in another order) go to the sentence at the nearest position
                or (abs(score - cur.score) <= 1e-9 and abs(idx - sentence) < abs(cur.other_sentence - sentence))
            ):
                best[doc] = Match(document, sentence, doc, idx, round(score, 6))
        return best


def sentence_terms(facts: FactBase, document: str, index: int) -> list[str]:
    """Content-word lemmas of one sentence (what alignment compares)."""
    from factcheck.extract.assertions import content_lemmas, tokenize

    span = facts.sentence(document, index).span
    return content_lemmas(tokenize(span.text, span.start))


def build_index(facts: FactBase) -> AlignmentIndex:
    """The TF-IDF vectors and inverted index of every sentence of every document (built once per run)."""
    counts: dict[tuple[str, int], Counter[str]] = {}
    df: Counter[str] = Counter()
    for doc, ex in facts.all():
        for s in ex.sentences:
            terms = Counter(sentence_terms(facts, doc.id, s.index))
            if terms:
                counts[(doc.id, s.index)] = terms
                df.update(terms.keys())
    n = max(len(counts), 1)
    vectors: dict[tuple[str, int], dict[str, float]] = {}
    postings: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key, terms in counts.items():
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t]) + 1) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[key] = {t: v / norm for t, v in vec.items()}
        for t in vec:
            postings[t].append(key)
    return AlignmentIndex(vectors, dict(postings), {k: sum(c.values()) for k, c in counts.items()})


def index(facts: FactBase) -> AlignmentIndex:
    """The run's alignment index (cached in the FactBase)."""
    return facts.derived("align.index", build_index)


def align(facts: FactBase, document: str, sources: Iterable[str]) -> list[Match]:
    """For each sentence of ``document``, its best match among ``sources`` if it scores ≥ ALIGN_THRESHOLD."""
    idx = index(facts)
    srcs = [s for s in sources if s != document]
    out: list[Match] = []
    for s in facts.extractions[document].sentences:
        best = idx.best_matches(document, s.index, srcs)
        if best:
            m = max(best.values(), key=lambda m: (m.score, -srcs.index(m.other)))
            if m.score >= ALIGN_THRESHOLD:
                out.append(m)
    return out


def best_support(facts: FactBase, document: str, sentence: int, sources: Iterable[str]) -> Match | None:
    """The best-scoring sentence among ``sources`` for one sentence (whatever its score), or None."""
    best = index(facts).best_matches(document, sentence, list(sources))
    return max(best.values(), key=lambda m: (m.score, m.other)) if best else None


def _aligned_shares(facts: FactBase) -> dict[tuple[str, str], tuple[int, int]]:
    """(B, A) → (sentences of B restating a sentence of A, sentences of B long enough to count)."""
    idx = index(facts)
    shares: dict[tuple[str, str], tuple[int, int]] = {}
    for doc, ex in facts.all():
        counted = [s.index for s in ex.sentences if idx.sizes.get((doc.id, s.index), 0) >= MIN_CONTENT]
        hits: Counter[str] = Counter()
        for i in counted:
            for other, m in idx.best_matches(doc.id, i).items():
                if m.score >= ALIGN_THRESHOLD:
                    hits[other] += 1
        for other, k in hits.items():
            shares[(doc.id, other)] = (k, len(counted))
    return shares


def detect_rewrites(facts: FactBase) -> dict[str, list[str]]:
    """Which documents rewrite which: B → [A, ...] when most of B's sentences restate sentences of A.

    When A and B restate each other (both shares pass), the one with the larger share is the rewrite (a rewrite is
    usually the shorter text); on a tie the later-published document, then the later id. Cached in the FactBase.
    """

    def build(facts: FactBase) -> dict[str, list[str]]:
        shares = _aligned_shares(facts)
        out: dict[str, list[str]] = defaultdict(list)
        for (b, a), (k, n) in shares.items():
            if n == 0 or k < MIN_ALIGNED or k / n < REWRITE_SHARE:
                continue
            back_k, back_n = shares.get((a, b), (0, 0))
            if back_n and back_k >= MIN_ALIGNED and back_k / back_n >= REWRITE_SHARE:
                mine, theirs = k / n, back_k / back_n
                if mine < theirs or (mine == theirs and _order(facts, b) < _order(facts, a)):
                    continue
            out[b].append(a)
        return {b: sorted(a) for b, a in sorted(out.items())}

    return facts.derived("align.rewrites", build)


def _order(facts: FactBase, doc_id: str) -> tuple[str, str]:
    published = facts.documents[doc_id].published
    return (published.isoformat() if published else "", doc_id)


def rewrite_pairs(facts: FactBase) -> list[tuple[str, list[str]]]:
    """The checked documents that have sources (explicit ``--against`` or detected), with their sources."""
    out = []
    for doc, _ex in facts.checked():
        srcs = facts.sources.get(doc.id) or []
        if srcs:
            out.append((doc.id, list(srcs)))
    return out


def aligned_sentences(facts: FactBase) -> list[Match]:
    """Every (rewrite sentence, source sentence) restatement of the run (cached)."""

    def build(facts: FactBase) -> list[Match]:
        out: list[Match] = []
        for doc_id, srcs in rewrite_pairs(facts):
            out.extend(align(facts, doc_id, srcs))
        return out

    return facts.derived("align.pairs", build)


__all__ = [
    "ALIGN_THRESHOLD",
    "SUPPORT_FLOOR",
    "AlignmentIndex",
    "Match",
    "align",
    "aligned_sentences",
    "best_support",
    "build_index",
    "detect_rewrites",
    "index",
    "rewrite_pairs",
]
