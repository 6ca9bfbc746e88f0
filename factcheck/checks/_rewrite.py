"""Helpers shared by the rewrite checks (negation-flip, causal-reversal, hedge-dropped, unsupported-claim)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.align import Match, aligned_sentences
from factcheck.extract.assertions import Token, tokenize
from factcheck.facts import FactBase
from factcheck.models import Assertion, EntityMention


def assertions_by_sentence(facts: FactBase) -> dict[tuple[str, int], list[Assertion]]:
    """Every assertion of the run keyed by (document, sentence index) (cached)."""

    def build(facts: FactBase) -> dict[tuple[str, int], list[Assertion]]:
        out: dict[tuple[str, int], list[Assertion]] = {}
        for doc, ex in facts.all():
            for a in ex.assertions:
                out.setdefault((doc.id, a.sentence), []).append(a)
        return out

    return facts.derived("assertions.by_sentence", build)


def entities_of(facts: FactBase, document: str, sentence: int) -> list[EntityMention]:
    return [e for e in facts.extractions[document].entities if e.sentence == sentence]


def sentence_tokens(facts: FactBase, document: str, sentence: int) -> list[Token]:
    span = facts.sentence(document, sentence).span
    return tokenize(span.text, span.start)


def restatements(facts: FactBase) -> Iterator[Match]:
    """(rewrite sentence, source sentence) pairs that restate each other, in document and sentence order."""
    yield from sorted(aligned_sentences(facts), key=lambda m: (m.document, m.sentence))
