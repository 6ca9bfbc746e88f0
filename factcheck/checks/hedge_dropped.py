"""hedge_dropped: the source attributes or hedges a claim and the rewrite states it as plain fact.

What it flags: a source sentence with an attribution ("police said", "according to X"), a hedge ("reportedly",
"allegedly", "could", "may") or a verification caveat ("could not be independently verified", in the sentence or
the next one) whose restatement in the rewrite has none of these (nor a quotation, nor a caveat in its next
sentence).
Why it matters: dropping "police said" or "allegedly" turns a claim into the outlet's own assertion.
Flags: source "The suspect fled the country, police said." rewrite "The suspect fled the country."
Passes: source "The suspect fled the country, police said." rewrite "According to police, the suspect fled the
country."
Parameters: min_score (alignment score a sentence pair needs, default 0.4).
Known false positives: an attribution carried by a neighbouring sentence of the rewrite ("Police gave details. The
suspect fled.").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import entities_of, restatements, sentence_tokens
from factcheck.extract.assertions import find_attribution, find_hedge
from factcheck.facts import FactBase
from factcheck.models import Span
from factcheck.rules.base import RuleBase

_QUOTES = ("“", "”", '"')
_CAVEAT_WORDS = ("verif", "confirm", "unverified", "unconfirmed")


class HedgeDroppedRule(RuleBase):
    type: Literal["hedge-dropped"] = "hedge-dropped"
    min_score: float = Field(0.4, ge=0, le=1, description="minimum alignment score of the sentence pair")


def qualifier(facts: FactBase, document: str, sentence: int) -> tuple[str, Span] | None:
    """The attribution, hedge or caveat that qualifies a sentence (or its next sentence's caveat), with its span."""
    tokens = sentence_tokens(facts, document, sentence)
    doc = facts.documents[document]
    attribution = find_attribution(tokens, entities_of(facts, document, sentence))
    if attribution is not None:
        return "attributed", doc.span(attribution.start, attribution.end)
    hedge = find_hedge(tokens)
    if hedge is not None:
        at = next(t for t in tokens if hedge.startswith(t.text))
        return "hedged", doc.span(at.start, at.start + len(hedge))
    sentences = facts.extractions[document].sentences
    if sentence + 1 < len(sentences):
        nxt = sentences[sentence + 1].span
        caveat = find_hedge(sentence_tokens(facts, document, sentence + 1))
        if caveat and any(w in caveat.lower() or w in nxt.text.lower() for w in _CAVEAT_WORDS):
            return "hedged", nxt
    return None


def _quoted(facts: FactBase, document: str, sentence: int) -> bool:
    return any(q in facts.sentence_text(document, sentence) for q in _QUOTES)


@register_check(HedgeDroppedRule, requires={"assertions"})
def check(rule: HedgeDroppedRule, facts: FactBase) -> Iterator[Verdict]:
    for m in restatements(facts):
        if m.score < rule.min_score:
            continue
        source = qualifier(facts, m.other, m.other_sentence)
        if source is None or qualifier(facts, m.document, m.sentence) or _quoted(facts, m.document, m.sentence):
            continue
        kind, span = source
        stated = facts.sentence(m.document, m.sentence).span
        yield fail(
            f"{facts.label(m.document)} states “{stated.text}” as fact; its source {facts.label(m.other)} has it "
            f"{kind} (“{span.text}”)",
            [facts.evidence(m.document, stated, role="stated"), facts.evidence(m.other, span, role="source")],
            source=kind,
            qualifier=span.text,
            score=m.score,
        )
