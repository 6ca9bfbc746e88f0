"""Helpers shared by the rewrite checks (negation-flip, causal-reversal, hedge-dropped, unsupported-claim)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

from factcheck.align import ALIGN_THRESHOLD, SUPPORT_FLOOR, Match, aligned_sentences, index
from factcheck.checks._numeric import stem
from factcheck.extract._gate import gate, read
from factcheck.extract.assertions import Token, tokenize
from factcheck.facts import FactBase
from factcheck.models import Assertion, Document, EntityMention, Extraction, Span


def assertions_by_sentence(facts: FactBase) -> dict[tuple[str, int], list[Assertion]]:
    """Every assertion of the run keyed by (document, sentence index) (cached)."""

    def build(facts: FactBase) -> dict[tuple[str, int], list[Assertion]]:
        out: dict[tuple[str, int], list[Assertion]] = {}
        for doc, ex in facts.all():
            for a in ex.assertions:
                out.setdefault((doc.id, a.sentence), []).append(a)
        return out

    return facts.derived("assertions.by_sentence", build)


def _by_sentence(_doc: Document, extraction: Extraction) -> dict[int, list[Assertion]]:
    out: dict[int, list[Assertion]] = {}
    for a in extraction.assertions:
        out.setdefault(a.sentence, []).append(a)
    return out


def sentence_assertions(facts: FactBase, document: str, sentence: int) -> list[Assertion]:
    """The assertions of one sentence (each document's grouped once: :meth:`FactBase.per_document`; do not modify)."""
    return facts.per_document("assertions.by_sentence", document, _by_sentence).get(sentence, [])


_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_SPACES = re.compile(r"\s+")
# A subheading set as a line of its own in bold ("**What you need to know this Monday**", "__Key dates__"), with
# no full stop: a heading, not a sentence.
_BOLD_LINE = re.compile(r"(\*\*|__)(?:(?!\1).)+?(?<![.!?])\1")


def is_headline(doc: Document, span: Span) -> bool:
    """Whether a sentence is the document's headline rather than a body claim: a Markdown heading line ("# …"), a
    line all in bold with no full stop ("**What you need to know this Monday**"), or
    a whole line that is the document's title (front matter ``title:``, an HTML ``<title>``, or a text's first
    line) and does not end with a full stop (a first line that ends with one is a body sentence)."""
    line_start = doc.text.rfind("\n", 0, span.start) + 1
    if _HEADING.match(doc.text, line_start):
        return True
    line_end = doc.text.find("\n", span.end)
    line = doc.text[line_start : len(doc.text) if line_end < 0 else line_end].strip()
    if _BOLD_LINE.fullmatch(line):
        return True
    if not doc.title or line != span.text or line.endswith("."):
        return False

    def norm(text: str) -> str:
        return _SPACES.sub(" ", text.strip().lstrip("#").strip()).casefold()

    return norm(line) == norm(doc.title)


def entities_of(facts: FactBase, document: str, sentence: int) -> list[EntityMention]:
    return [e for e in facts.extractions[document].entities if e.sentence == sentence]


T = TypeVar("T")


def per_sentence(facts: FactBase, name: str, document: str, sentence: int, build: Callable[[], T]) -> T:
    """``build()`` for one sentence, computed once per document (:meth:`FactBase.per_document`: across runs for an
    index's documents): the rewrite checks meet a sentence once per restatement it takes part in. ``build`` must
    depend on nothing but the sentence's document. Only sentences that some check asks about are kept."""
    memo: dict[tuple[str, int], Any] = facts.per_document("rewrite.per-sentence", document, lambda _doc, _ex: {})
    key = (name, sentence)
    if key not in memo:
        memo[key] = build()
    value: T = memo[key]
    return value


@lru_cache(maxsize=1024)
def shared_tokens(text: str, offset: int) -> list[Token]:
    """:func:`~factcheck.extract.assertions.tokenize` of a sentence at ``offset``, the last 1,024 kept: the checks
    that read a draft's sentences token by token (the rewrite checks' :func:`sentence_tokens`, stances) tokenise each
    once. Equal tokens (frozen; their lemmas computed from their text): shared, do not modify the list."""
    return tokenize(text, offset)


def sentence_tokens(facts: FactBase, document: str, sentence: int) -> list[Token]:
    """The tokens of one sentence (shared by the checks: do not modify)."""

    def build() -> list[Token]:
        s = facts.sentence(document, sentence)
        return shared_tokens(s.text, s.span.start)

    return per_sentence(facts, "tokens", document, sentence, build)


def restatements(facts: FactBase) -> Iterator[Match]:
    """(rewrite sentence, source sentence) pairs that restate each other, in document and sentence order."""
    yield from sorted(aligned_sentences(facts), key=lambda m: (m.document, m.sentence))


def source_scores(facts: FactBase, document: str, sentence: int, sources: list[str]) -> list[tuple[float, str, int]]:
    """The alignment score of one sentence with every source sentence sharing a word, as (score, source, index),
    best first (ties in source and sentence order)."""
    idx = index(facts)
    scored: list[tuple[float, str, int]] = []
    for src in sources:
        scored.extend((round(score, 6), src, i) for i, score in sorted(idx.scores(document, sentence, src).items()))
    return sorted(scored, key=lambda x: (-x[0], x[1], x[2]))


def source_scores_at_least(
    facts: FactBase, document: str, sentence: int, sources: list[str], floor: float
) -> list[tuple[float, str, int]]:
    """``[x for x in source_scores(...) if x[0] >= floor]``, from the scores the run's alignment keeps.

    :meth:`AlignmentIndex.scores` gives the same sums as scoring every word of the sentence (a word not shared adds
    0.0), and ``align()`` has already computed them for every sentence of a rewrite against each of its sources, so
    this only filters and rounds them (it summed them a second time before). Kept per run (hedge-dropped's merged
    sentences and causal-reversal ask for the same sentences and sources): shared, do not modify."""
    memo: dict[tuple[str, int, tuple[str, ...], float], list[tuple[float, str, int]]] = facts.derived(
        "rewrite.source-scores", lambda _f: {}
    )
    key = (document, sentence, tuple(sources), floor)
    got = memo.get(key)
    if got is not None:
        return got
    idx = index(facts)
    scored: list[tuple[float, str, int]] = []
    low = floor - 1e-6  # (rounding moves a score by less than 1e-6)
    for src in sources:
        scores = idx.scores(document, sentence, src)
        if not scores or max(scores.values()) < low:
            continue  # (most sources: nothing near the floor)
        for i in sorted(i for i, score in scores.items() if score >= low):
            score = round(scores[i], 6)
            if score >= floor:
                scored.append((score, src, i))
    got = memo[key] = sorted(scored, key=lambda x: (-x[0], x[1], x[2]))
    return got


def merged_score(facts: FactBase, document: str, sentence: int, parts: list[tuple[str, int]]) -> float:
    """The alignment score of one sentence with several source sentences read as one (the sum of their vectors,
    normalised): a sentence that merges or sums up several source sentences."""
    idx = index(facts)
    vec = idx.vectors.get((document, sentence))
    if not vec:
        return 0.0
    both: dict[str, float] = {}
    for key in parts:
        for t, w in idx.vectors.get(key, {}).items():
            both[t] = both.get(t, 0.0) + w
    norm = sum(w * w for w in both.values()) ** 0.5 or 1.0
    return round(sum(w * both.get(t, 0.0) for t, w in vec.items()) / norm, 6)


def stemmed_score(facts: FactBase, document: str, sentence: int, other: tuple[str, int]) -> float:
    """The alignment score of two sentences with each word read by its :func:`~factcheck.checks._numeric.stem`
    across parts of speech ("physically injured" ~ "physical injury"): a restatement in other word forms."""
    idx = index(facts)
    mine, theirs = (_by_stem(idx.vectors.get(key, {})) for key in ((document, sentence), other))
    norms = (sum(w * w for w in v.values()) ** 0.5 for v in (mine, theirs))
    scale = next(norms) * next(norms)
    return round(sum(w * theirs.get(t, 0.0) for t, w in mine.items()) / scale, 6) if scale else 0.0


def _by_stem(vector: dict[str, float]) -> dict[str, float]:
    """A sentence vector with its terms merged by stem, each stem weighted as its heaviest term ("council" and
    "councillors" count once)."""
    out: dict[str, float] = {}
    for term, weight in vector.items():
        key = stem(term)
        out[key] = max(out.get(key, 0.0), weight)
    return out


def merged_source(facts: FactBase, document: str, sentence: int, sources: list[str]) -> tuple[str, int] | None:
    """The two adjacent sentences of one source that a rewrite sentence merges ("The agencies are appealing for $321m,
    most of it for WFP …, with the rest going to FAO" for "FAO and WFP are jointly appealing for US$312 million …" and
    "Of this, US$248 million is required by WFP …"): each scores at least the support floor with it, and read as one
    they score at least the restating threshold and better than any source sentence alone. (source, the first
    sentence's index) of the best such pair, or None."""
    scored = source_scores_at_least(facts, document, sentence, sources, SUPPORT_FLOOR)
    if len(scored) < 2:
        return None
    alone = scored[0][0]
    near = {(src, i) for _score, src, i in scored}
    best: tuple[float, str, int] | None = None
    for _score, src, i in sorted(scored, key=lambda x: (x[1], x[2])):
        if (src, i + 1) not in near:
            continue
        score = merged_score(facts, document, sentence, [(src, i), (src, i + 1)])
        if score >= ALIGN_THRESHOLD and score > alone and (best is None or score > best[0]):
            best = (score, src, i)
    return None if best is None else (best[1], best[2])


# A document's note that it corrects or updates an earlier version of itself: "An earlier version of this story said
# …", "This article has been corrected to …", "Correction: …", "Clarification: …".
_CORRECTION = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:story|article|report|item"
    r"|post|piece)\b|\bthis\s+(?:story|article|report|item|post|piece)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:corrected|updated|amended|changed)\b|^\W*(?:correction|clarification|editor's\s+note|editor’s\s+note)\s*[:—–-]"
)

# A follow-up's explicit revision of an earlier figure needs both, in one sentence: a reference to the earlier report
# or estimate ("Yesterday's report said …", "an earlier estimate of …", "previously reported") and a revising verb
# ("now puts it at", "has revised", "was revised to", "revising down …", "lowering an earlier estimate", "raised the
# initial count", "down from an earlier estimate of …", "higher than previously reported", "said in an updated
# statement, up from 74 reported on Sunday"; not "up from the previous figure", a change over time).
_EARLIER_FIGURE = re.compile(
    r"(?i)\b(?:yesterday(?:'s|’s)|(?:an?\s+|the\s+|our\s+|its\s+|their\s+)?(?:earlier|previous|prior|initial|original))"
    r"\s+(?:\w+\s+)?(?:report|reports|story|article|estimate|estimates|figure|figures|count|tally|toll)\b"
    r"|\b(?:previously|initially|originally)\s+reported\b"
    # the earlier figure with when it was given: "up from 74 reported on Sunday", "from 12 announced yesterday"
    r"|\b(?:up|down|from)\s+\w[\w,.]*\s+(?:\w+\s+)?(?:reported|given|announced|released)\s+"
    r"(?:on|by|at|earlier|yesterday|late|early|last)\b"
)
_REVISING = re.compile(
    r"(?i)\bnow\s+(?:puts?|estimates?|says?)\b|\b(?:has|have|had|was|were|been)\s+(?:since\s+)?revised\b"
    # "said in an updated statement", "the revised tally"
    r"|\b(?:an?|the|its|their)\s+(?:updated|revised)\s+(?:statement|figures?|count|tally|toll|total|report|estimate"
    r"|bulletin)\b"
    r"|\brevis(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?(?:up|down|upwards?|downwards?|to)\b"
    r"|\b(?:revis(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)"
    r"|correct(?:s|ed|ing)?|downgrad(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing))\s+(?:an?|the|its|their|our|his|her)\s+"
    r"(?:earlier|previous|prior|initial|original)\b"
    r"|\b(?:down|up|lower|higher|fewer|more|less)\s+(?:from|than)\s+(?:(?:an?|the|its|their)\s+"
    r"(?:earlier|previous|prior|initial|original)\s+(?:\w+\s+)?(?:estimates?|count|tally|toll)"
    r"|(?:previously|initially|originally)\s+(?:reported|estimated|thought))\b"
)


def correction_notices(facts: FactBase, document: str) -> list[int]:
    """The sentences of a document that say it corrects an earlier version of itself ("An earlier version of this
    story said 14 …; it was corrected to 12", "Correction: …"), or that a follow-up revises an earlier report's
    figure in so many words ("Yesterday's report said 12 …; officials now put it at 14", "the earlier estimate of 40
    has been revised to 52"): a note on the text or an update, not a claim of the story (cached per document). A
    revising verb alone ("officials now put the toll at 14") is no notice: the earlier figure must be named."""

    def build(_doc: Document, extraction: Extraction) -> list[int]:
        return [s.index for s in extraction.sentences if is_notice(s.text)]

    return facts.per_document("rewrite.correction-notices", document, build)


# The words any match of each pattern holds (factcheck/extract/_gate.py: read from the pattern, exact): a sentence
# without them is no notice, and the patterns need not run on it (most sentences of a run hold none).
_NOTICE_GATES = tuple(gate(p) for p in (_CORRECTION, _EARLIER_FIGURE, _REVISING))


def is_correction(text: str) -> bool:
    """Whether a sentence notes that the text corrects an earlier version of itself ("An earlier version of this story
    said …", "Correction: …"), not a follow-up's revision of an earlier report's figure: what it quotes is what the
    text once said, a record claim included."""
    return _CORRECTION.search(text) is not None


def is_notice(text: str) -> bool:
    """``_CORRECTION.search(text) or (_EARLIER_FIGURE.search(text) and _REVISING.search(text))``, the patterns run
    only on a sentence their gates admit."""
    reading = read(text)
    correction, earlier, revising = _NOTICE_GATES
    if correction.passes(reading) and _CORRECTION.search(text):
        return True
    return bool(
        earlier.passes(reading) and revising.passes(reading) and _EARLIER_FIGURE.search(text) and _REVISING.search(text)
    )
