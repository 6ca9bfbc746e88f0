"""negation_flip: a rewrite states the opposite of its source ("did not resign" → "resigned").

What it flags: a sentence of a rewrite and the source sentence it restates share a predicate (the same verb lemma)
that is negated in one and affirmed in the other.
Why it matters: a lost or added "not" reverses a claim while leaving every name and number intact, so it survives
proofreading.
Flags: source "The minister did not resign after the vote." rewrite "The minister resigned after the vote."
Passes: source "The minister did not resign after the vote." rewrite "After the vote, the minister did not step
down or resign." (the negation is kept)
Parameters: min_score (alignment score a sentence pair needs, default the aligner's threshold).
Known false positives: a rewrite that negates a different part of the sentence with the same verb ("did not win
the first round but won the second").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import assertions_by_sentence, restatements
from factcheck.extract.assertions import REPORTING_VERBS
from factcheck.facts import FactBase
from factcheck.models import Assertion
from factcheck.rules.base import RuleBase

_IGNORED = REPORTING_VERBS | {"be", "have", "do", "say", "make", "get", "take"}


class NegationFlipRule(RuleBase):
    type: Literal["negation-flip"] = "negation-flip"
    min_score: float = Field(0.0, ge=0, le=1, description="minimum alignment score of the sentence pair")


def polarities(assertions: list[Assertion]) -> dict[str, tuple[set[str], Assertion]]:
    out: dict[str, tuple[set[str], Assertion]] = {}
    for a in assertions:
        if a.predicate in _IGNORED:
            continue
        pols, first = out.get(a.predicate, (set(), a))
        pols.add(a.polarity)
        out[a.predicate] = (pols, first)
    return out


@register_check(NegationFlipRule, requires={"assertions"})
def check(rule: NegationFlipRule, facts: FactBase) -> Iterator[Verdict]:
    by_sentence = assertions_by_sentence(facts)
    for m in restatements(facts):
        if m.score < rule.min_score:
            continue
        mine = polarities(by_sentence.get((m.document, m.sentence), []))
        theirs = polarities(by_sentence.get((m.other, m.other_sentence), []))
        for predicate in sorted(set(mine) & set(theirs)):
            (p1, a1), (p2, a2) = mine[predicate], theirs[predicate]
            if len(p1) != 1 or len(p2) != 1 or p1 == p2:
                continue
            stated, source = next(iter(p1)), next(iter(p2))
            yield fail(
                f"{facts.label(m.document)} has “{predicate}” {stated} (“{a1.span.text}”) where its source "
                f"{facts.label(m.other)} has it {source} (“{a2.span.text}”)",
                [facts.evidence(m.document, a1.span, role="stated"), facts.evidence(m.other, a2.span, role="source")],
                predicate=predicate,
                stated=stated,
                source=source,
                score=m.score,
            )
