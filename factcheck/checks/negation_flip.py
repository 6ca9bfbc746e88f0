"""negation_flip: a rewrite states the opposite of its source ("did not resign" → "resigned").

What it flags: a sentence of a rewrite and the source sentence it restates share a verb (the same lemma) that is
negated in one and affirmed in the other. A verb's negation is what governs it: a "not", "never", "no longer",
"failed to" in its verb group, a negative subject ("No shots were fired", "None of the passengers was hurt") or
object ("found no traces"); a "not" elsewhere in the sentence ("…held and the river did not burst", "…who asked not
to be named") is another verb's. An affirmed sentence with a negation that governs no verb ("ruled only on how it
was introduced, not on whether it was lawful") is not compared.
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

from factcheck.align import Match
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import per_sentence, restatements, sentence_assertions, sentence_tokens
from factcheck.extract.assertions import Token, verb_polarities
from factcheck.facts import FactBase
from factcheck.models import Span
from factcheck.rules.base import RuleBase

_IGNORED = frozenset({"be", "have", "do"})
_REFUSING = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining"})


class NegationFlipRule(RuleBase):
    type: Literal["negation-flip"] = "negation-flip"
    min_score: float = Field(0.0, ge=0, le=1, description="minimum alignment score of the sentence pair")


def polarities(facts: FactBase, document: str, sentence: int) -> tuple[dict[str, tuple[set[str], Span]], int]:
    """Each verb lemma of a sentence with its polarities and the clause (or sentence) it is in, and the number of
    negations that govern no verb."""
    tokens = sentence_tokens(facts, document, sentence)
    clauses = sentence_assertions(facts, document, sentence)
    verbs, orphans = per_sentence(facts, "verb-polarities", document, sentence, lambda: verb_polarities(tokens))
    out: dict[str, tuple[set[str], Span]] = {}
    for i, lemma, polarity in verbs:
        if lemma in _IGNORED:
            continue
        at = tokens[i].start
        span = next((a.span for a in clauses if a.span.start <= at < a.span.end), None)
        pols, first = out.get(lemma, (set(), span or facts.sentence(document, sentence).span))
        pols.add(polarity)
        out[lemma] = (pols, first)
    return out, orphans


def _governing_verb(tokens: list[Token], lemma: str) -> str | None:
    """The verb that governs ``lemma`` through "to" ("refused to join" → "refuse"), if any."""
    for k, t in enumerate(tokens):
        if k >= 2 and lemma in t.lemmas and tokens[k - 1].lower == "to" and tokens[k - 2].is_word:
            return tokens[k - 2].lemma if tokens[k - 2].lower not in _REFUSING else "refuse"
    return None


def _stance_governed(facts: FactBase, m: Match, lemma: str) -> bool:
    """Both sentences put the verb under another verb and one of them is a refusal ("refused to join" vs "agreed to
    join"): the difference is the actor's stance, not a lost "not"."""
    mine = _governing_verb(sentence_tokens(facts, m.document, m.sentence), lemma)
    theirs = _governing_verb(sentence_tokens(facts, m.other, m.other_sentence), lemma)
    return mine is not None and theirs is not None and "refuse" in (mine, theirs) and mine != theirs


@register_check(NegationFlipRule, requires={"assertions"}, scope="corpus")
def check(rule: NegationFlipRule, facts: FactBase) -> Iterator[Verdict]:
    for m in restatements(facts):
        if m.score < rule.min_score:
            continue
        mine, my_orphans = polarities(facts, m.document, m.sentence)
        theirs, their_orphans = polarities(facts, m.other, m.other_sentence)
        for predicate in sorted(set(mine) & set(theirs)):
            (p1, s1), (p2, s2) = mine[predicate], theirs[predicate]
            if len(p1) != 1 or len(p2) != 1 or p1 == p2:
                continue
            stated, source = next(iter(p1)), next(iter(p2))
            if my_orphans if stated == "affirmed" else their_orphans:
                continue  # the affirmed side negates something else instead ("ruled on how, not on whether")
            if _stance_governed(facts, m, predicate):
                continue  # "refused to join" vs "agreed to join": a stance, reported by stance-conflict
            yield fail(
                f"{facts.label(m.document)} has “{predicate}” {stated} (“{s1.text}”) where its source "
                f"{facts.label(m.other)} has it {source} (“{s2.text}”)",
                [facts.evidence(m.document, s1, role="stated"), facts.evidence(m.other, s2, role="source")],
                predicate=predicate,
                stated=stated,
                source=source,
                score=m.score,
            )
