"""Sentence alignment across documents and rewrite detection.

Each sentence becomes a TF-IDF vector over the lemmas of its content words (numbers kept as written; sublinear term
frequency; IDF over every sentence of the run), normalised to length 1; two sentences' score is the cosine of their
vectors (1.0 for identical wording, 0 for no shared content word).

Comparing with a few given documents (a rewrite with its sources) scores every sentence of theirs that shares a word.
Searching the whole run (rewrite detection) goes through an inverted index (lemma → sentences) and only for matches
scoring at least a floor: a sentence's most common words, as many as together weigh less than the floor (the norm of
their part of the vector), cannot by themselves make a sentence score that much, so only the rarer words' posting
lists are read, rarest first, to find candidates; every candidate is then scored on all its words, and candidates
whose read part plus the norm of the unread part stays under the floor are dropped unscored. A search reads at most
:data:`MAX_POSTINGS` posting entries per sentence (the words left unread only count in that bound), and a sentence
counts towards at most :data:`MAX_RESTATED_DOCUMENTS` documents (its best-scoring ones): the cost per sentence is
bounded, so it grows about linearly with the corpus, never with all its sentence pairs, and the search is exact as
long as a sentence has words rare enough to stay within the budget (names, numbers, uncommon words).

A sentence of B *restates* a sentence of A when its best match in A scores at least :data:`ALIGN_THRESHOLD`
(measured on the seeds: 19 of the 20 sentences of 002 restate a sentence of its source 004 at 0.32–0.74 — the
20th, an editorial closing line, scores 0.08 — while the best match of a sentence in an unrelated document scores a
median 0.13, 95th percentile 0.32; see docs/benchmarks-drift.md). Alignment is only used between a rewrite and its
sources, where the checks add their own conditions (a shared predicate, overlapping linked words).
B *rewrites* A when at least :data:`REWRITE_SHARE` of B's sentences (with at least :data:`MIN_CONTENT` content words,
not a wire's credit line, "(Reporting by …; Editing by …)") restate a sentence of A, one of them closely
(:data:`CLOSE_SCORE`), and B is not dated before A; when both are dated and B is not dated before A (a same-day story
written from a release, a next-day follow-up that adds its own reporting), :data:`DATED_SHARE` of its sentences is
enough, with :data:`MIN_CLOSE` close ones. Two outlets' independent reports of one story share names, numbers and
phrases enough to restate each other at 0.30–0.46 (SummEdits and TempEval-3 articles on the same event). Up to the
seventeenth round two close restatements were needed whatever the share, which kept apart an independent report that
restates all of its sentences loosely with one copied background line, but missed the rewrites that paraphrase every
sentence but one (4 of 325 pairs of the older held-out sets; 5 of 48 of heldout78–85, whose writers paraphrase
more): with one close restatement at half the sentences, 14 more planted errors of 1,904 are found and 3 false alarms
added (docs/benchmarks-heldout78.md), and a 1,335-document batch of unrelated and look-alike stories gains no
cross-story pairing. An independent report that restates half of another's sentences is compared as its rewrite.
Since the eighteenth round a restatement at :data:`SPECIFIC_CLOSE_SCORE` counts as close when it keeps a telling
name or two figures of its counterpart, and an undated source is dated by the first full date of its head to ease
the share (:func:`_share_needed`): 5 more of 517 bench pairs detected, no cross-story pairing added
(docs/benchmarks-heldout86.md).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import add, mul, truediv

from factcheck.extract._gate import alternation, lead
from factcheck.extract.dates import nearest_year
from factcheck.extract.numbers import SMALL, TENS
from factcheck.facts import FactBase
from factcheck.ingest import undated_dateline_day
from factcheck.models import Document, Extraction

ALIGN_THRESHOLD = 0.30
"""Cosine score from which a sentence counts as restating another (see the module docstring)."""
SUPPORT_FLOOR = 0.2
"""Below this best score a sentence has no counterpart at all in its sources (unsupported-claim)."""
REWRITE_SHARE = 0.5
DATED_SHARE = 0.35
"""The share that makes B a rewrite of A when both are dated and B is not dated before A (a same-day story written
from a release, a next-day follow-up), with :data:`MIN_CLOSE` close restatements (see :func:`close_needed`)."""
MIN_CONTENT = 4
MIN_ALIGNED = 3
CLOSE_SCORE = 0.5
"""Score of a close restatement (copied or lightly edited), as a rewrite has."""
SPECIFIC_CLOSE_SCORE = 0.45
"""Score of a close restatement that shares a name or two figures with its counterpart (a paraphrase that keeps the
story's facts in other words: "The consultation drew 412 responses, 286 of them opposed" for "Of the 412 responses
received, 286 opposed"); below :data:`CLOSE_SCORE` without them, template stories' stock sentences reach it too."""
MIN_CLOSE = 2
"""Sentences of a rewrite that restate its source closely, when fewer than :data:`REWRITE_SHARE` of its sentences
restate it (a dated follow-up); one is enough when at least that share does."""
MAX_POSTINGS = 200
"""Posting entries a rewrite-detection search reads per sentence, rarest words first (commoner words only count in
the bound). 200 keeps the seeds repeated 20× exact (every sentence there has 20–40 copies) and costs about 2 ms per
synthetic article at 1,000–3,000 articles (docs/benchmarks-perf.md)."""
MAX_RESTATED_DOCUMENTS = 50
"""A sentence counts as restating at most this many documents in rewrite detection (its best-scoring ones)."""
STORY_DAYS = 30
"""Two documents dated more than this many days apart are two stories, not one told twice (:func:`dated_apart`)."""
STORY_SENTENCES = 2
"""Sentences of one document that must restate sentences of another for the two to tell one story when neither was
written from the other and the one restated sentence names no one the other names (:func:`_restates`)."""
_ROUNDING = 1e-6
_LOG = [0.0, *(math.log(c) for c in range(1, 64))]


@dataclass(frozen=True)
class Match:
    """Sentence ``sentence`` of ``document`` is best matched by sentence ``other_sentence`` of ``other``."""

    document: str
    sentence: int
    other: str
    other_sentence: int
    score: float


_CLEAR = 2e-6
"""A best score more than this above every other wins whatever the scan's order (see :func:`best_of`)."""


def best_of(scores: dict[int, float], sentence: int) -> tuple[float, int]:
    """The best of one sentence's scores with another document's sentences (not empty), rounded, and its sentence:
    the scores taken in sentence order, a score replacing the (rounded) best when higher by more than 1e-9, or when
    equal within 1e-9 and nearer the sentence's position (the same words in another order).

    A highest score more than :data:`_CLEAR` above every other is the scan's result wherever it stands: the rounded
    best before it is at most 5e-7 above a lower score (so it replaces it), and after it no lower score comes within
    1e-9 of its rounding. Otherwise every score is scanned."""
    values = list(scores.values())
    high = max(values)
    at = values.index(high)
    del values[at]
    if not values or max(values) < high - _CLEAR:  # (the one score within _CLEAR of the highest is the highest)
        return round(high, 6), list(scores)[at]
    top: float | None = None
    at = 0
    for idx in sorted(scores):
        score = scores[idx]
        if (
            top is None
            or score > top + 1e-9
            # ties (the same words in another order) go to the sentence at the nearest position
            or (abs(score - top) <= 1e-9 and abs(idx - sentence) < abs(at - sentence))
        ):
            top, at = round(score, 6), idx  # (a new score is compared with the rounded best)
    assert top is not None
    return top, at


@dataclass
class AlignmentIndex:
    """TF-IDF vectors of every sentence of the run (sentences of equal text share one vector: read only), and the
    inverted indexes that find candidates."""

    vectors: dict[tuple[str, int], dict[str, float]]
    postings: dict[str, list[tuple[str, int]]]
    sizes: dict[tuple[str, int], int]
    by_document: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    """Document → lemma → its sentences with that lemma (built from ``postings`` when not given)."""

    _memo: dict[tuple[str, int, tuple[str, ...]], dict[str, Match]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _lengths: dict[str, int] | None = field(default=None, repr=False, compare=False)
    _rows: dict[str, dict[int, dict[str, float]]] | None = field(default=None, repr=False, compare=False)
    _scored: dict[tuple[str, int, str], dict[int, float]] = field(default_factory=dict, repr=False, compare=False)
    _restated: dict[tuple[object, ...], dict[str, float]] = field(default_factory=dict, repr=False, compare=False)
    _weighted: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict, repr=False, compare=False)
    _searched_once: set[str] = field(default_factory=set, repr=False, compare=False)
    _numbers: dict[tuple[str, int], int] | None = field(default=None, repr=False, compare=False)
    """Each sentence key's number in ``vectors`` order (the searches key their candidates by these ints)."""
    _numbered: list[tuple[str, dict[str, float]]] = field(default_factory=list, repr=False, compare=False)
    """By number: the sentence's document and vector."""

    def __post_init__(self) -> None:
        if not self.by_document:
            for term, posting in self.postings.items():
                for doc, idx in posting:
                    self.by_document.setdefault(doc, {}).setdefault(term, []).append(idx)

    def best_matches(
        self, document: str, sentence: int, within: Iterable[str] | None = None, floor: float = 0.0
    ) -> dict[str, Match]:
        """For each other document (or only those in ``within``), the best-scoring sentence and its score.

        With ``within``, every sentence of those documents that shares a word is scored. Without it, the whole run is
        searched for matches scoring at least ``floor`` (see the module docstring): a document whose best sentence
        scores less may be missing or have a lower best.
        """
        if within is not None:  # (a rewrite's sentence is compared with its sources by several checks)
            key = (document, sentence, tuple(within))
            if key not in self._memo:
                self._memo[key] = self._best(document, sentence, key[2], floor)
            return dict(self._memo[key])
        return self._best(document, sentence, None, floor)

    def _best(self, document: str, sentence: int, within: Sequence[str] | None, floor: float) -> dict[str, Match]:
        vec = self.vectors.get((document, sentence))
        if not vec:
            return {}
        docs = dict.fromkeys(within) if within is not None else sorted(self.restated(document, sentence, floor))
        best: dict[str, Match] = {}
        items = list(vec.items())
        for doc in docs:
            if doc == document:
                continue
            # every sentence of ``doc`` sharing a word, taken in sentence order
            scores = self._scores(document, sentence, items, doc)
            if scores:
                top, at = best_of(scores, sentence)
                best[doc] = Match(document, sentence, doc, at, top)
        return best

    def scores(self, document: str, sentence: int, other: str) -> dict[int, float]:
        """The (unrounded) score of one sentence with every sentence of ``other`` that shares a word with it, by
        sentence index: the cosine summed word by word in the sentence's word order (so equal sentences get equal
        scores; the same sums as over all of its words, as a word not shared adds 0.0). Do not modify the dict."""
        got = self._scored.get((document, sentence, other))
        if got is not None:
            return got
        vec = self.vectors.get((document, sentence))
        if not vec:
            return {}
        return self._scores(document, sentence, list(vec.items()), other)

    def _scores(self, document: str, sentence: int, items: list[tuple[str, float]], other: str) -> dict[int, float]:
        """:meth:`scores` (kept: the rewrite checks score a sentence against its sources several times; do not
        modify the dict returned)."""
        key = (document, sentence, other)
        got = self._scored.get(key)
        if got is not None:
            return got
        terms = self.by_document.get(other)
        if not terms:
            return {}
        if self._rows is None:
            self._rows = {}
            for (d, i), v in self.vectors.items():
                self._rows.setdefault(d, {})[i] = v
        rows = self._rows[other]
        scores: dict[int, float] = {}
        for term, weight in items:
            for idx in terms.get(term, ()):
                scores[idx] = scores.get(idx, 0.0) + weight * rows[idx][term]
        self._scored[key] = scores
        return scores

    def _plan(self, vec: dict[str, float], floor: float) -> tuple[list[str], int, float]:
        """How a search for ``floor`` reads ``vec``'s words: their order (rarest first), how many posting lists are
        read, and the squared norm of the unread words' part (see the module docstring)."""
        postings = self.postings
        if self._lengths is None:
            self._lengths = {t: len(p) for t, p in postings.items()}
        order = sorted(sorted(vec), key=self._lengths.__getitem__)  # rarest words first (ties: alphabetical)
        # the most common words, as many as together weigh less than the floor, cannot make a match alone
        limit = max(floor - _ROUNDING, 0.0) ** 2  # (scores are rounded to 6 decimals before they are compared)
        searched, unread = len(order), 0.0
        while searched > 0 and unread + vec[order[searched - 1]] ** 2 < limit:
            searched -= 1
            unread += vec[order[searched]] ** 2
        reads = 0
        for n, term in enumerate(order[:searched]):
            reads += len(postings[term])
            if reads > MAX_POSTINGS:  # this word and the commoner ones only count in the bound
                return order, n, sum(vec[t] ** 2 for t in order[n:])
        return order, searched, unread

    def restated(self, document: str, sentence: int, floor: float) -> dict[str, float]:
        """The other documents of the run with a sentence scoring at least ``floor`` with this one, and the best
        score of each, searched through the inverted index (see the module docstring).

        Sentences with equal vectors (a line repeated across copies of a story) share one search: the search's
        result for every document of the run, this one included, is kept by vector, and each asker drops its own
        document from it (each document's best is found independently of the others', in the same order)."""
        vec = self.vectors.get((document, sentence))
        if not vec:
            return {}
        key = (floor, *vec.items())
        found = self._restated.get(key)
        if found is None:
            found = self._restated[key] = self._restated_everywhere(vec, floor)
        return {doc: score for doc, score in found.items() if doc != document}

    def _restated_everywhere(self, vec: dict[str, float], floor: float) -> dict[str, float]:
        """:meth:`restated` for a vector, every document of the run included.

        Candidates are keyed by sentence number; the unread words are looked up only in the candidates that may
        reach the floor and hold one of them: every candidate's score is the same sum, in the same order, as scoring
        each candidate on all its words."""
        order, searched, unread = self._plan(vec, floor)
        numbers, numbered = self._numbering()
        partial: dict[int, float] = {}
        get = partial.get
        for term in order[:searched]:
            w = vec[term]
            weighted = self._weighted_postings(term)
            if weighted is None:  # (a word's first search reads the vectors)
                vectors = self.vectors
                for key in self.postings[term]:
                    n = numbers[key]
                    partial[n] = get(n, 0.0) + w * vectors[key][term]
                continue
            # partial[n] = get(n, 0.0) + w * value for each posting in turn, the loop in C (``update`` takes the
            # pairs one by one, so each ``get`` sees every earlier posting's sum, as the loop in Python did)
            numbered_at, values = weighted
            sums = map(add, map(get, numbered_at, repeat(0.0)), map(mul, repeat(w), values))  # (lazy: read in turn)
            partial.update(zip(numbered_at, sums, strict=True))
        low = floor - _ROUNDING
        best: dict[str, float] = {}
        if searched == len(order):
            for n, score in partial.items():
                if score >= low:
                    doc = numbered[n][0]
                    if score > best.get(doc, 0.0):
                        best[doc] = score
            return best
        # a candidate scores its searched words' part plus at most the norm of the unread words' part: only those
        # that may reach the floor and hold an unread word are scored further (the others' score is their searched
        # part, which stays under the floor or is their whole score); each candidate is scored and kept in one pass
        needed = low - math.sqrt(unread)
        unread_words = order[searched:]
        rest = [(t, vec[t]) for t in unread_words]
        for n, score in partial.items():
            if score >= needed:
                other = numbered[n][1]
                if not other.keys().isdisjoint(unread_words):
                    for term, weight in rest:
                        if term in other:
                            score += weight * other[term]
            if score >= low:
                doc = numbered[n][0]
                if score > best.get(doc, 0.0):
                    best[doc] = score
        return best

    def _numbering(self) -> tuple[dict[tuple[str, int], int], list[tuple[str, dict[str, float]]]]:
        """Each sentence key's number (in ``vectors`` order), and by number its document and vector."""
        if self._numbers is None:
            self._numbers = {key: n for n, key in enumerate(self.vectors)}
            self._numbered = [(key[0], vec) for key, vec in self.vectors.items()]
        return self._numbers, self._numbered

    def _weighted_postings(self, term: str) -> tuple[list[int], list[float]] | None:
        """``term``'s postings by sentence number, and beside them the term's weight in each sentence: None the first
        time a word is searched (a draft's words are searched once per run), made and kept the second time (an
        archive's, many times)."""
        got = self._weighted.get(term)
        if got is None:
            if term not in self._searched_once:
                self._searched_once.add(term)
                return None
            vectors = self.vectors
            numbers = self._numbering()[0]
            keys = self.postings[term]
            got = self._weighted[term] = ([numbers[key] for key in keys], [vectors[key][term] for key in keys])
        return got

    def restated_in(self, document: str, sentence: int, other: str, floor: float) -> float | None:
        """``restated(document, sentence, floor).get(other)``, reading only ``other``'s sentences."""
        vec = self.vectors.get((document, sentence))
        terms = self.by_document.get(other)
        if not vec or not terms or other == document:
            return None
        vectors = self.vectors
        order, searched, unread = self._plan(vec, floor)
        partial: dict[int, float] = {}
        for term in order[:searched]:
            w = vec[term]
            for i in terms.get(term, ()):
                partial[i] = partial.get(i, 0.0) + w * vectors[(other, i)][term]
        needed = floor - _ROUNDING - math.sqrt(unread)
        rest = [(t, vec[t]) for t in order[searched:]]
        best = 0.0
        for i, score in partial.items():
            if score < needed:
                continue
            get = vectors[(other, i)].get
            for term, weight in rest:
                value = get(term)
                if value is not None:
                    score += weight * value
            if score >= floor - _ROUNDING and score > best:
                best = score
        return best or None


def sentence_terms(facts: FactBase, document: str, index: int) -> list[str]:
    """Content-word lemmas of one sentence (what alignment compares)."""
    return list(sentence_lemmas(facts.sentence(document, index).text))


# "8 per cent", "8 percent" and "8%" share the terms "8%" and "8", "eight" is "8": a rewrite in another house style
# restates the same figure ("two per cent" = "2%"). "One" is left alone (a pronoun as often as a number), and a word
# joined to another ("seven-year", "twenty-one") too.
_PERCENT = re.compile(r"(?<=\d) ?(?:per ?cent|percent)\b", re.IGNORECASE)
_NUMBER_WORDS = {word: str(n) for word, n in (SMALL | TENS).items() if n > 1}
# (a prefix tree behind a lead, as the extractors write their word lists: one word at most matches between the two
# word edges, so the tree finds the same matches; the plain case-blind alternation was a third of the lemmatising)
_NUMBER_WORD = lead(re.compile(r"(?<!-)\b(?:" + alternation(_NUMBER_WORDS) + r")\b(?!-)", re.IGNORECASE))


@lru_cache(maxsize=4096)
def sentence_lemmas(text: str) -> tuple[str, ...]:
    """:func:`~factcheck.extract.assertions.text_lemmas` of a sentence read in one house style (a number word as its
    digits, "per cent" and "percent" after a figure as "%" and the word "percent", a demonym as its country), the
    last 4,096 sentences kept (a draft's sentences are read by the corpus index's candidate lookup, then by sentence
    alignment)."""
    from factcheck.extract.assertions import text_lemmas

    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group().lower()], text)
    if "cent" in text:
        text = _PERCENT.sub("% percent", text)  # (the words stay words: "about 29 per cent" of "28.6 per cent")
    countries = _demonym_countries()
    return tuple(w for lemma in text_lemmas(text) for w in countries.get(lemma) or _figure_terms(lemma))


def _figure_terms(lemma: str) -> tuple[str, ...]:
    """A lemma's terms: a percentage is its figure too ("31%" and "31")."""
    return (lemma, lemma[:-1]) if lemma[-1] == "%" and lemma[0].isdigit() else (lemma,)


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, tuple[str, ...]]:
    """Demonym → its country's lemmas: "French wine" restates "France's wine"."""
    from factcheck.extract.entities import tables

    return {dem: tuple(country.lower().split()) for dem, country in tables().demonyms.items()}


def document_terms(
    doc: Document, extraction: Extraction, memo: dict[str, Sequence[str]] | None = None
) -> list[tuple[int, Counter[str]]]:
    """(sentence index, content-word lemma counts) of every sentence of one document with a content word; each
    distinct text read once per ``memo`` (a line repeated across documents)."""
    out = []
    memo = {} if memo is None else memo
    for s in extraction.sentences:
        text = s.text
        lemmas = memo.get(text)
        if lemmas is None:
            lemmas = memo[text] = sentence_lemmas(text)
        terms = Counter(lemmas)
        if terms:
            out.append((s.index, terms))
    return out


def document_weights(
    doc: Document, extraction: Extraction, memo: dict[str, Sequence[str]] | None = None
) -> tuple[list[tuple[int, dict[str, float], int]], dict[str, list[int]]]:
    """The part of one document's TF-IDF vectors and inverted index that does not depend on the run: (sentence
    index, sublinear term frequency ``1 + log(count)`` of each content-word lemma, content words) of every sentence
    with a content word, and each lemma's sentences (in sentence order; shared, do not modify); ``memo`` as for
    :func:`document_terms`."""
    rows = []
    by_term: dict[str, list[int]] = {}
    for i, terms in document_terms(doc, extraction, memo):
        rows.append(
            (i, {t: 1 + _LOG[c] if c < len(_LOG) else 1 + math.log(c) for t, c in terms.items()}, terms.total())
        )
        for t in terms:
            by_term.setdefault(t, []).append(i)
    return rows, by_term


def _keyed(
    doc_id: str,
    extraction: Extraction,
    weights: list[tuple[int, dict[str, float], int]],
    by_term: dict[str, list[int]],
) -> tuple[list[tuple[tuple[str, int], dict[str, float], int, str]], list[tuple[str, tuple[tuple[str, int], ...]]]]:
    """One document's :func:`document_weights` keyed for the run's index: (sentence key, term frequencies, content
    words, text) per sentence, and each lemma's sentence keys (one key tuple per sentence, shared by both)."""
    keys = {i: (doc_id, i) for i, _tf, _size in weights}
    sentences = extraction.sentences
    return [(keys[i], tf, size, sentences[i].text) for i, tf, size in weights], [
        (t, tuple(keys[i] for i in idxs)) for t, idxs in by_term.items()
    ]


def build_index(facts: FactBase) -> AlignmentIndex:
    """The TF-IDF vectors and inverted index of every sentence of every document (built once per run; what does not
    depend on the run, per document through :meth:`FactBase.per_document`: the weights, and their keyed form)."""
    rows: list[tuple[tuple[str, int], dict[str, float], int, str]] = []
    sizes: dict[tuple[str, int], int] = {}
    postings: dict[str, list[tuple[str, int]]] = {}
    by_document: dict[str, dict[str, list[int]]] = {}
    memo: dict[str, Sequence[str]] = {}  # each distinct sentence text lemmatised once per run

    def weigh(d: Document, e: Extraction) -> tuple[list[tuple[int, dict[str, float], int]], dict[str, list[int]]]:
        return document_weights(d, e, memo)

    for doc, _ex in facts.all():
        _weights, by_term = facts.per_document("align.weights", doc.id, weigh)
        keyed, posted = facts.per_document(
            "align.keyed", doc.id, lambda d, e: _keyed(d.id, e, *facts.per_document("align.weights", d.id, weigh))
        )
        rows += keyed
        sizes.update([(key, size) for key, _tf, size, _text in keyed])
        if by_term:
            by_document[doc.id] = by_term
            for t, keys in posted:  # (each lemma's sentences in document, then sentence order)
                got = postings.get(t)
                if got is None:
                    postings[t] = list(keys)
                else:
                    got += keys
    n = max(len(rows), 1)
    # a lemma's document frequency: its sentences (each sentence is in its lemmas' postings once)
    idf = {t: math.log((1 + n) / (1 + len(keys)) + 1) for t, keys in postings.items()}
    vectors: dict[tuple[str, int], dict[str, float]] = {}
    by_row: dict[str, dict[int, dict[str, float]]] = {}
    weight = idf.__getitem__
    same: dict[str, dict[str, float]] = {}  # a sentence's text → its vector (a line repeated across documents)
    for key, tf, _size, text in rows:
        row = same.get(text)
        if row is None:
            # {t: w * idf[t]}, its norm (summed in the same order), each weight over it: the same operations on the
            # same floats as the definition (tests/test_latency.py), with the loops in C
            vec = list(map(mul, tf.values(), map(weight, tf)))
            norm = math.sqrt(sum(map(mul, vec, vec))) or 1.0
            row = same[text] = dict(zip(tf, map(truediv, vec, repeat(norm)), strict=False))
        vectors[key] = row
        sentences = by_row.get(key[0])
        if sentences is None:
            sentences = by_row[key[0]] = {}
        sentences[key[1]] = row
    out = AlignmentIndex(vectors, postings, sizes, by_document)
    out._rows = by_row
    return out


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


def _restated_documents(facts: FactBase, document: str, sentence: int) -> list[str]:
    """The documents one sentence counts as restating in rewrite detection (at most MAX_RESTATED_DOCUMENTS; none
    dated apart from this one's, see :func:`dated_apart`)."""
    found = index(facts).restated(document, sentence, ALIGN_THRESHOLD)
    days = _publication_days(facts)
    day = days[document]
    restated = sorted(
        d
        for d, score in found.items()
        # (round is monotonic: a score at or above the threshold stays there rounded; dated_apart on ordinals)
        if (score >= ALIGN_THRESHOLD or round(score, 6) >= ALIGN_THRESHOLD)
        and (day is None or (other := days[d]) is None or abs(day - other) <= STORY_DAYS)
    )
    if len(restated) > MAX_RESTATED_DOCUMENTS:
        restated = sorted(restated, key=lambda d: (-found[d], d))[:MAX_RESTATED_DOCUMENTS]
    return restated


def _publication_days(facts: FactBase) -> dict[str, int | None]:
    """Each document's publication date as a day number (``date.toordinal``; None when undated), made once per run:
    :func:`_restated_documents` tells :func:`dated_apart` for each of the run's (sentence, restated document)
    candidates (about 450,000 on a 1,000-article archive), where a subtraction of two ints does what two attribute
    reads and a ``timedelta`` did."""

    def build(f: FactBase) -> dict[str, int | None]:
        return {k: d.published.toordinal() if d.published else None for k, d in f.documents.items()}

    return facts.derived("align.publication-days", build)


# A wire's credit line: "(Reporting by Silke Brunner; Editing by Rachel More)", "Additional reporting by …",
# "Writing by …": it names the staff, states nothing of the story, and restates nothing of a source.
_CREDIT_LINE = re.compile(
    r"[(\[]?\s*(?:(?:additional\s+|further\s+)?reporting|writing|editing|compiled|graphics?)\b[^.]{0,160}?\bby\b"
    r"[^.]{0,160}[)\]]?\.?",
    re.I,
)


def _counted(idx: AlignmentIndex, document: str, extraction: Extraction) -> list[int]:
    """The sentences of a document long enough to count in rewrite detection (not a wire's credit line)."""
    return [
        s.index
        for s in extraction.sentences
        if idx.sizes.get((document, s.index), 0) >= MIN_CONTENT and not _CREDIT_LINE.fullmatch(s.span.text.strip())
    ]


def _counted_in(facts: FactBase, document: str) -> list[int]:
    """:func:`_counted` of one document of the run, made once per document (rewrite detection, :func:`_close`,
    :func:`_restates` and :func:`too_short_to_tell` read it again for every pair a document is in, each time testing
    every sentence against the credit-line pattern); shared, do not modify. (A sentence's content-word count does not
    depend on the run; kept for the run only, not in an index's stores.)"""
    memo: dict[str, list[int]] = facts.derived("align.counted", lambda _f: {})
    got = memo.get(document)
    if got is None:
        got = memo[document] = _counted(index(facts), document, facts.extractions[document])
    return got


def _aligned_shares(facts: FactBase, only: frozenset[str] | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(B, A) → (sentences of B restating a sentence of A, sentences of B long enough to count); with ``only``, for
    B in ``only`` (every A)."""
    shares: dict[tuple[str, str], tuple[int, int]] = {}
    for doc, _ex in facts.all():
        if only is not None and doc.id not in only:
            continue
        counted = _counted_in(facts, doc.id)
        hits: Counter[str] = Counter()
        for i in counted:
            hits.update(_restated_documents(facts, doc.id, i))
        for other, k in hits.items():
            shares[(doc.id, other)] = (k, len(counted))
    return shares


def _share(facts: FactBase, b: str, a: str, *, settle: bool = False) -> tuple[int, int]:
    """``_aligned_shares(facts)`` at (B, A) (or (0, 0) when absent), computed for this pair only. ``settle``: stop
    counting once whether the share passes (MIN_ALIGNED, REWRITE_SHARE) is settled (the count is then partial)."""
    if dated_apart(facts, b, a):
        return (0, 0)
    idx = index(facts)
    counted = _counted_in(facts, b)
    n = len(counted)
    whole = len(idx.by_document) - 1 > MAX_RESTATED_DOCUMENTS
    k = 0
    for pos, i in enumerate(counted):
        if whole:  # a sentence may restate more documents than it counts towards: only the full search tells which
            k += a in _restated_documents(facts, b, i)
        else:
            score = idx.restated_in(b, i, a, ALIGN_THRESHOLD)
            k += score is not None and round(score, 6) >= ALIGN_THRESHOLD
        if settle:
            most = k + n - pos - 1
            if (k >= MIN_ALIGNED and k / n >= REWRITE_SHARE) or most < MIN_ALIGNED or most / n < REWRITE_SHARE:
                break
    return (k, n) if k else (0, 0)


def detect_rewrites(facts: FactBase, only: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Which documents rewrite which: B → [A, ...] when most of B's sentences restate sentences of A.

    A document published before another is never its rewrite, even when only its own share passes (an early report
    most of whose sentences a longer follow-up restates). When A and B restate each other (both shares pass), the
    later-published one is the rewrite (a rewrite never predates its source); with no dates or the same date, the one
    with fewer counted sentences that restate nothing in the other (a rewrite usually cuts more than it adds), then
    the shorter text, then the later id. (Not the larger share: with as many sentences of its own, the longer text
    has the larger share.) A and B must name someone or something in common (:func:`share_a_name`): reports of two
    councils' budgets written from one template restate each other's stock sentences, not one story.

    ``only``: the rows of these documents only (the same rows as without it; a run that checks a draft among
    context documents needs the draft's only), scoring the other documents' sentences only against the documents
    these rewrite. Cached in the FactBase.
    """
    wanted = None if only is None else frozenset(only)
    if wanted is not None and wanted >= facts.documents.keys():
        wanted = None

    def build(facts: FactBase) -> dict[str, list[str]]:
        if len(facts.documents) < 2:
            return {}  # (a rewrite needs a source: a one-document run, a draft checked alone, builds no index)
        shares = _aligned_shares(facts, wanted)
        idx = index(facts)
        length: Counter[str] = Counter()
        for (doc, _i), size in idx.sizes.items():
            length[doc] += size
        out: dict[str, list[str]] = defaultdict(list)
        for (b, a), (k, n) in list(shares.items()):
            if n == 0 or k < MIN_ALIGNED or k / n < _share_needed(facts, b, a) or _predates(facts, b, a):
                continue
            dates = publication_dates(facts, a, b)
            # dated apart, B (not dated before A) is the later: a rewrite of A whether or not A restates B, so
            # A's share of B is not needed (the back-share below is for undated and same-day pairs)
            if not (dates[0] and dates[1] and dates[0] != dates[1]):
                if wanted is not None and a not in wanted:
                    shares[(a, b)] = _share(facts, a, b)
                back_k, back_n = shares.get((a, b), (0, 0))
                mutual = back_n and back_k >= MIN_ALIGNED and back_k / back_n >= _share_needed(facts, a, b)
                if mutual and not _rewrites(facts, (b, n - k, length[b]), (a, back_n - back_k, length[a])):
                    continue
            if _close(facts, b, a) < close_needed(k, n) or not share_a_name(facts, b, a):
                continue  # (a template's stock sentences restated about another council or company)
            out[b].append(a)
        return {b: sorted(a) for b, a in sorted(out.items())}

    return facts.derived("align.rewrites" if wanted is None else ("align.rewrites", wanted), build)


def _share_needed(facts: FactBase, b: str, a: str) -> float:
    """The share of B's sentences that must restate A for B to rewrite it: :data:`DATED_SHARE` when both are dated and
    B not before A, else :data:`REWRITE_SHARE`. An undated one is dated here by the first full date of its head
    (:func:`_head_date`: minutes "held on Tuesday 21 September 2027", a release's "LONDON, 4 March 2028"), when that
    puts B on or after A within :data:`STORY_DAYS`; only to ease the share, never to order the two."""
    published = publication_dates(facts, b, a)
    if published[0] is None and published[1] is not None:
        published = (_head_date(facts, b), published[1])
    elif published[1] is None and published[0] is not None:
        published = (published[0], _head_date(facts, a))
    if not (published[0] and published[1]) or abs((published[0] - published[1]).days) > STORY_DAYS:
        return REWRITE_SHARE
    return DATED_SHARE if published[0] >= published[1] else REWRITE_SHARE


HEAD_CHARS = 400
"""How far into an undated document's body its first full date counts as its date (:func:`_head_date`)."""


def _head_date(facts: FactBase, document: str) -> dt.date | None:
    """The first date stated to the day, in full (not relative), within :data:`HEAD_CHARS` of the body's start."""
    body = facts.documents[document].body_start
    full = [
        ref
        for ref in facts.extractions[document].dates
        if ref.span.start - body <= HEAD_CHARS and ref.granularity == "day" and not ref.relative and ref.start
    ]
    return min(full, key=lambda ref: ref.span.start).start if full else None


def order_known(facts: FactBase, b: str, a: str) -> bool:
    """Whether B is known to be written from A rather than guessed to be: A was given as a source (``--against``) or
    is an archived article (a context document: the checked draft is the newer), or B is dated after A. Between two
    undated or same-day texts, which one rewrites the other is a guess (the shorter or more cut one, see
    :func:`detect_rewrites`): a report and its update read the same way round as a story and its rewrite."""
    if a in facts.against:
        return True
    published = publication_dates(facts, b, a)
    return bool(published[0] and published[1] and published[0] > published[1])


def publication_dates(facts: FactBase, b: str, a: str) -> tuple[dt.date | None, dt.date | None]:
    """B's and A's publication dates. An undated one whose wire dateline gives the day and month only ("Bilbao,
    11 Jan (EFE).- …", :func:`~factcheck.ingest.undated_dateline_day`) is dated by the other: the year that puts
    that day nearest the other's date, when that is within :data:`STORY_DAYS` of it (a wire filed on 11 January and
    a story dated 12 January 2028 that rewrites it)."""
    dates = facts.documents[b].published, facts.documents[a].published
    if (dates[0] is None) == (dates[1] is None):
        return dates
    undated, dated = (b, dates[1]) if dates[0] is None else (a, dates[0])
    day = _dateline_on(facts, undated, dated)
    return (day, dates[1]) if dates[0] is None else (dates[0], day)


def _dateline_on(facts: FactBase, document: str, near: dt.date | None) -> dt.date | None:
    """The date of a document's yearless wire dateline in the year nearest ``near``, if within STORY_DAYS of it."""
    month_day = facts.per_document("align.dateline-day", document, lambda doc, _ex: undated_dateline_day(doc))
    year = nearest_year(*month_day, near) if month_day else None
    if month_day is None or year is None or near is None:
        return None
    try:
        day = dt.date(year, *month_day)
    except ValueError:  # (29 February in a common year)
        return None
    return day if abs((day - near).days) <= STORY_DAYS else None


def dated_apart(facts: FactBase, a: str, b: str) -> bool:
    """Whether two documents are dated more than :data:`STORY_DAYS` apart: two stories, not one told twice. Neither
    rewrites the other (unless given as its source, ``--against``), and their figures and stances are not compared:
    a company's headcount, a toll so far, a council's position change between stories months apart, and an
    archive's stock sentences ("The company employs about 5,000 people") restate each other across the years."""
    published = facts.documents[a].published, facts.documents[b].published
    return bool(published[0] and published[1] and abs((published[0] - published[1]).days) > STORY_DAYS)


def _predates(facts: FactBase, b: str, a: str) -> bool:
    """Whether B is dated before A (a rewrite never predates its source)."""
    published = publication_dates(facts, b, a)
    return bool(published[0] and published[1] and published[0] < published[1])


def close_needed(k: int, n: int) -> int:
    """Close restatements a rewrite needs when ``k`` of its ``n`` counted sentences restate its source: one when at
    least :data:`REWRITE_SHARE` do, else :data:`MIN_CLOSE`."""
    return 1 if k >= n * REWRITE_SHARE else MIN_CLOSE


def _close(facts: FactBase, b: str, a: str) -> int:
    """Sentences of B that restate a sentence of A closely, counted up to MIN_CLOSE: at least :data:`CLOSE_SCORE`, or
    at least :data:`SPECIFIC_CLOSE_SCORE` with the story's facts in common (:func:`_closely_specific`)."""
    idx = index(facts)
    k = 0
    for i in _counted_in(facts, b):
        score = idx.restated_in(b, i, a, SPECIFIC_CLOSE_SCORE)
        if score is None or round(score, 6) < SPECIFIC_CLOSE_SCORE:
            continue
        k += round(score, 6) >= CLOSE_SCORE or _closely_specific(facts, b, i, a)
        if k >= MIN_CLOSE:
            break
    return k


def _closely_specific(facts: FactBase, b: str, sentence: int, a: str) -> bool:
    """Whether B's sentence and the sentence of A that restates it best share a name that tells the story, or two
    figures: a date's day alone ("As at 30 September 2027 the group employed …") or a telephone code is a press
    release's stock, two companies' quarterly reports restate each other's."""
    idx = index(facts)
    scores = idx.scores(b, sentence, a)
    best = max(scores, key=lambda j: (scores[j], -j), default=None)
    if best is None:
        return False
    figures = [t for t in idx.vectors[(b, sentence)].keys() & idx.vectors[(a, best)].keys() if _figure(t)]
    if len(figures) >= 2:
        return True
    names = _telling_by_sentence(facts, b).get(sentence, _NONE), _telling_by_sentence(facts, a).get(best, _NONE)
    return _name_in_common(*names)


def _rewrites(facts: FactBase, mine: tuple[str, int, int], theirs: tuple[str, int, int]) -> bool:
    """Whether the first of two documents that restate each other is the rewrite: (id, counted sentences restating
    nothing in the other, length) each."""
    published = publication_dates(facts, mine[0], theirs[0])
    if published[0] and published[1] and published[0] != published[1]:
        return published[0] > published[1]
    if mine[1] != theirs[1]:
        return mine[1] < theirs[1]
    if mine[2] != theirs[2]:
        return mine[2] < theirs[2]
    return mine[0] > theirs[0]


def rewrite_pairs(facts: FactBase) -> list[tuple[str, list[str]]]:
    """The checked documents that have sources (explicit ``--against`` or detected), with their sources."""
    out = []
    for doc, _ex in facts.checked():
        srcs = facts.sources.get(doc.id) or []
        if srcs:
            out.append((doc.id, list(srcs)))
    return out


def one_story(facts: FactBase, a: str, b: str, *, by_name: bool = True) -> bool:
    """Whether two documents tell one story: one was written from the other (``--against`` or detected), or they
    are not dated apart (:func:`dated_apart`), name someone or something in common (:func:`share_a_name`), and
    sentences of one restate as many sentences of the other (:func:`_restates`). Unrelated articles
    checked in one run (a day's drafts, an archive) share counted nouns, surnames and stock sentences by chance
    ("About 85 posts will go", said of two councils); two reports of one story name its council, company or people.
    The checks that compare documents compare only documents of one story. ``by_name=False`` leaves out the common
    name (entity-spelling compares two spellings of one name, which the two documents then name differently); two
    documents dated apart are two stories either way, whose Sabalenka and Sabalenko, Price and Pryce may be two
    people. Cached per pair."""
    if b in facts.sources.get(a, ()) or a in facts.sources.get(b, ()):
        return True
    if dated_apart(facts, a, b) or (by_name and not share_a_name(facts, a, b)):
        return False
    memo: dict[frozenset[str], bool] = facts.derived("align.one-story", lambda _f: {})
    key = frozenset((a, b))
    if key not in memo:
        memo[key] = _restates(facts, a, b)
    return memo[key]


def one_story_or_brief(facts: FactBase, a: str, b: str) -> bool:
    """Whether two documents tell one story (:func:`one_story`), or are not dated apart and one is too short to tell
    (:func:`too_short_to_tell`: a one-line brief, whose one statement is all there is to compare)."""
    return one_story(facts, a, b) or (not dated_apart(facts, a, b) and too_short_to_tell(facts, a, b))


def too_short_to_tell(facts: FactBase, a: str, b: str) -> bool:
    """Whether one of two documents has fewer than :data:`STORY_SENTENCES` sentences long enough to count (a brief,
    a line): too few to tell whether the two tell one story, as two articles that restate nothing of each other do
    not."""
    return any(len(_counted_in(facts, d)) < STORY_SENTENCES for d in (a, b))


def share_a_name(facts: FactBase, a: str, b: str) -> bool:
    """Whether two documents name someone or something in common (true when either names nothing: no evidence
    either way): the same name, or one name inside another ("Water", read so at a sentence's start, in "Harbour
    Water"; "Whitlock" in "Sarah Whitlock"); countries, large regions and lone given names do not count (see
    :func:`factcheck.extract.entities.name_words`). Two reports of one story name its council, company or people."""
    names_a, names_b = _named(facts, a), _named(facts, b)
    return not names_a or not names_b or _name_in_common(names_a, names_b)


def _name_in_common(names_a: frozenset[tuple[str, ...]], names_b: frozenset[tuple[str, ...]]) -> bool:
    """Whether two sets of names share one, or one name is inside another (see :func:`share_a_name`)."""
    if not names_a.isdisjoint(names_b):
        return True
    return any(_inside(x, y) or _inside(y, x) for x in names_a for y in names_b)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n < len(long) and any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _named(facts: FactBase, document: str) -> frozenset[tuple[str, ...]]:
    """The words of each name a document mentions that can tell its story from others (cached per document)."""

    def build(_doc: Document, ex: Extraction) -> frozenset[tuple[str, ...]]:
        return frozenset(w for names in _names_by_sentence(ex).values() for w in names)

    return facts.per_document("align.named", document, build)


def _named_by_sentence(facts: FactBase, document: str) -> dict[int, frozenset[tuple[str, ...]]]:
    """:func:`_named` by sentence index (cached per document)."""
    return facts.per_document("align.named-by-sentence", document, lambda _doc, ex: _names_by_sentence(ex))


def _names_by_sentence(ex: Extraction) -> dict[int, frozenset[tuple[str, ...]]]:
    """Sentence index → the words of each name the sentence mentions (see :func:`_named`)."""
    from factcheck.extract.entities import name_words

    found: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for e in ex.entities:
        if (w := name_words(e.canonical)) is not None:
            found[e.sentence].add(w)
    return {i: frozenset(ws) for i, ws in found.items()}


_NONE: frozenset[tuple[str, ...]] = frozenset()
_CONNECTORS = frozenset({"of", "the", "and", "for", "&"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


def _telling_by_sentence(facts: FactBase, document: str) -> dict[int, frozenset[tuple[str, ...]]]:
    """:func:`_named_by_sentence` without the names made of common words only (:func:`_generic_name`; cached per
    document)."""

    def build(_doc: Document, _ex: Extraction) -> dict[int, frozenset[tuple[str, ...]]]:
        named = _named_by_sentence(facts, document)
        return {i: telling for i, ws in named.items() if (telling := frozenset(w for w in ws if not _generic_name(w)))}

    return facts.per_document("align.telling-by-sentence", document, build)


@lru_cache(maxsize=65536)
def _generic_name(words: tuple[str, ...]) -> bool:
    """Whether a name is made of common English words only ("Section", "Minutes", "Red Cross", "National Guard",
    "Fiscal Year", "the Conservatives"): a generic title, a label or an institution that every report of its kind
    names, which tells one story from another no better than a common word does; so is a currency's code ("EUR")."""
    from factcheck.extract.entities import common_word
    from factcheck.extract.quantities import currency_code

    if len(words) == 1 and currency_code(words[0]):
        return True
    return all(w in _CONNECTORS or common_word(w) or (w.endswith("s") and common_word(w[:-1])) for w in words)


def _figure(term: str) -> bool:
    """Whether a sentence vector's term is a figure that can tell a story: a number other than a year or one digit."""
    return _DIGIT.search(term) is not None and len(term) > 1 and not _YEAR.fullmatch(term)


def _specific(
    vectors: tuple[dict[str, float], dict[str, float]],
    names: tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]],
) -> bool:
    """Whether two sentences that restate each other share the story's specific content: a name that is not a
    generic one (:func:`_generic_name`), or a word of one in each ("the Geneva Convention", "the Geneva
    Conventions"), or a figure (:func:`_figure`), not only the stock phrasing of their genre
    ("About 640 firefighters were assigned to the blaze", "The meeting closed at 5.20 pm")."""
    if _name_in_common(*names):
        return True
    mine, theirs = vectors
    name_words = [{w for name in named for w in name} for named in names]
    return any(_figure(t) or (t in name_words[0] and t in name_words[1]) for t in mine.keys() & theirs.keys())


def _restates(facts: FactBase, a: str, b: str) -> bool:
    """Whether :data:`STORY_SENTENCES` sentences of one document (or all, a brief's one sentence) restate as many
    sentences of the other, or one sentence restates one that names someone or something it names; each sentence
    long enough to count in rewrite detection (:func:`_counted`; the shorter document's sentences searched). A
    heading, a list number, a dateline or a byline restates any sentence that shares its one or two words ("**4."
    and "Motion carried 4-1", "## Annual change" and "that small change"), and one stock sentence of a genre any
    other report of its kind ("Police are appealing for witnesses", "It is expected to weaken as it moves inland"):
    two reports of one story share more than one, or name the same people in the one. A restated sentence counts
    only when the two share a name or a figure (:func:`_specific`): two wildfires' reports restate each other's stock
    sentences ("About 640 firefighters were assigned to the blaze") and name the same generic bodies ("the American
    Red Cross opened four shelters"), not the same people, places or figures."""
    idx = index(facts)
    fewer, other = sorted((a, b), key=lambda d: (len(facts.extractions[d].sentences), d))
    mine, theirs = _counted_in(facts, fewer), set(_counted_in(facts, other))
    named_mine, named_theirs = _telling_by_sentence(facts, fewer), _telling_by_sentence(facts, other)
    needed = min(STORY_SENTENCES, len(mine), len(theirs))
    used: set[int] = set()
    for i in mine:
        scores = {j: x for j, x in idx.scores(fewer, i, other).items() if j in theirs and j not in used}
        best = max(scores, key=lambda j: (scores[j], -j), default=None)
        if best is None or round(scores[best], 6) < ALIGN_THRESHOLD:
            continue
        names = named_mine.get(i, _NONE), named_theirs.get(best, _NONE)
        if needed == STORY_SENTENCES and not _specific((idx.vectors[(fewer, i)], idx.vectors[(other, best)]), names):
            continue  # (a brief's one sentence is all it has to tell its story by)
        used.add(best)
        if len(used) >= needed or _name_in_common(*names):
            return True
    return False


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
    "MAX_POSTINGS",
    "MAX_RESTATED_DOCUMENTS",
    "SUPPORT_FLOOR",
    "AlignmentIndex",
    "Match",
    "align",
    "aligned_sentences",
    "best_support",
    "build_index",
    "detect_rewrites",
    "document_terms",
    "document_weights",
    "index",
    "one_story",
    "one_story_or_brief",
    "order_known",
    "rewrite_pairs",
    "too_short_to_tell",
]
