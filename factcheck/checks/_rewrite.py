"""Helpers shared by the rewrite checks (negation-flip, causal-reversal, hedge-dropped, unsupported-claim)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from factcheck.align import Match, aligned_sentences
from factcheck.extract.assertions import Token, tokenize
from factcheck.facts import FactBase
from factcheck.models import Assertion, Document, EntityMention, Extraction


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


def sentence_tokens(facts: FactBase, document: str, sentence: int) -> list[Token]:
    """The tokens of one sentence (shared by the checks: do not modify)."""

    def build() -> list[Token]:
        span = facts.sentence(document, sentence).span
        return tokenize(span.text, span.start)

    return per_sentence(facts, "tokens", document, sentence, build)


def restatements(facts: FactBase) -> Iterator[Match]:
    """(rewrite sentence, source sentence) pairs that restate each other, in document and sentence order."""
    yield from sorted(aligned_sentences(facts), key=lambda m: (m.document, m.sentence))
