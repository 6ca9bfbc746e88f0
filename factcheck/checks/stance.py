"""stance: an actor's declared position on a declared topic differs between two places.

What it flags: with subject Ukraine, topic [ceasefire, truce] and the conflict [accepted, undecided], "on 11 March,
Kyiv agreed to a 30-day ceasefire" in one report and "Kyiv has remained silent on whether it will accept the proposed
ceasefire terms" in another.
Why it matters: the rule set names the positions an editor must keep consistent across a story's coverage.
Flags: "Kyiv agreed to the truce on Tuesday. Ukraine has yet to respond to the ceasefire offer."
Passes: "Kyiv agreed to the truce on Tuesday. Ukraine agreed to the ceasefire in Jeddah."
Parameters: subject (the canonical entity; declared aliases resolve), topic (words that must appear in the
sentence, lemma-aware), stances (phrase lists per class), conflicts (pairs of classes), negated_as.
Known false positives: the same as stance-conflict (a position that changed over time). The attribution of each
quote ("according to X", "X said") is kept in the evidence; a position reported by a third party and denied by the
actor is a reported dispute and is not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from pydantic import Field

from factcheck.checks._common import Verdict
from factcheck.checks._registry import register_check
from factcheck.checks._stance import compile_phrases, conflict_verdicts, document_stances
from factcheck.extract.assertions import lemma_set
from factcheck.facts import FactBase
from factcheck.rules.base import RuleBase


class StanceRule(RuleBase):
    type: Literal["stance"] = "stance"
    subject: str = Field(description="the actor, by its canonical name (declared aliases such as Kyiv resolve)")
    topic: list[str] = Field(min_length=1, description="words of the topic; one must appear in the sentence")
    stances: dict[str, list[str]] = Field(description="phrases per stance class, e.g. {accepted: [agree, accept]}")
    conflicts: list[tuple[str, str]] = Field(description="pairs of classes that contradict each other")
    negated_as: dict[str, str] = Field(
        default_factory=dict, description="the class a negated phrase counts as; other negated phrases are ignored"
    )


@register_check(StanceRule, requires={"assertions"}, supersedes={"stance-conflict"}, scope="corpus")
def check(rule: StanceRule, facts: FactBase) -> Iterator[Verdict]:
    phrases = compile_phrases(rule.stances)
    topic = set().union(*(lemma_set(w.lower()) for w in rule.topic))
    subject = rule.subject.lower()
    mentions = [
        m
        for doc, _ex in facts.all()
        for m in document_stances(facts, doc.id, phrases, rule.negated_as)
        if m.actor.lower() == subject and (m.words & topic or m.topic & topic) and not m.resolved
    ]
    mentions = [replace(m, topic=frozenset({rule.topic[0]})) for m in mentions]
    yield from conflict_verdicts(facts, mentions, rule.conflicts, rule.subject)
