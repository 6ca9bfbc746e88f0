"""hedge_dropped: the source attributes or hedges a claim and the rewrite states it as plain fact.

What it flags: a source sentence with an attribution ("police said", "according to X"), a hedge ("reportedly",
"allegedly", "could", "may") or a verification caveat ("could not be independently verified", in the sentence or
the next one) whose restatement in the rewrite has none of these (nor a quotation, nor a caveat in its next
sentence).
Why it matters: dropping "police said" or "allegedly" turns a claim into the outlet's own assertion.
Flags: source "The suspect fled the country, police said." rewrite "The suspect fled the country."
Passes: source "The suspect fled the country, police said." rewrite "According to police, the suspect fled the
country."
The qualifier must bear on what the rewrite restates: a hedge qualifies the words from it to the next comma or
semicolon ("…amid revelations of possibly fraudulent deals" does not hedge the sentence's arrest), an attribution in
mid-sentence what follows it ("…on 10 March; patients will be told to drive…"), and that stretch must hold at least
two of the content words the rewrite shares with the source sentence, and half of them. A rewrite keeps the
attribution when it has its own ("A report by Forbes found that …") or, for an announcement or report ("Holt
announced that she …"), when it names the one who announced it.
Parameters: min_score (alignment score a sentence pair needs, default 0.4).
Known false positives: an attribution carried by a neighbouring sentence of the rewrite ("Police gave details. The
suspect fled.").
Known misses: an actor's announcement of its own act restated with the actor named ("Russia announced it retook the
town" → "Russia retook the town") is taken as kept.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.align import Match
from factcheck.checks._common import Verdict, fail
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import entities_of, per_sentence, restatements, sentence_tokens
from factcheck.extract.assertions import (
    REPORTING_VERBS,
    Token,
    content_lemmas,
    find_attribution,
    find_hedge,
    lemma_set,
)
from factcheck.facts import FactBase
from factcheck.models import Span
from factcheck.rules.base import RuleBase

_QUOTES = ("“", "”", '"')
_CAVEAT_WORDS = ("verif", "confirm", "unverified", "unconfirmed")
_FINDING_VERBS = REPORTING_VERBS | {"find", "discover", "show", "expose", "conclude", "reveal", "allege"}
_ANNOUNCING = frozenset({"announce", "confirm", "report", "publish", "unveil"})
_STOPS = ",;:"


class HedgeDroppedRule(RuleBase):
    type: Literal["hedge-dropped"] = "hedge-dropped"
    min_score: float = Field(0.4, ge=0, le=1, description="minimum alignment score of the sentence pair")


def qualifier(facts: FactBase, document: str, sentence: int) -> tuple[str, Span] | None:
    """The attribution, hedge or caveat that qualifies a sentence (or its next sentence's caveat), with its span."""
    return per_sentence(facts, "qualifier", document, sentence, lambda: _qualifier(facts, document, sentence))


def _qualifier(facts: FactBase, document: str, sentence: int) -> tuple[str, Span] | None:
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


def _reported(tokens: list[Token]) -> bool:
    """The sentence reports a finding or statement: "A report by Forbes found that …", "officials noted that …"."""
    return any(
        t.lemmas & _FINDING_VERBS and not t.text[0].isupper() and nxt.lower == "that"
        for t, nxt in itertools.pairwise(tokens)
    )


def _governed(tokens: list[Token], kind: str, span: Span, whole: bool) -> list[Token]:
    """The tokens of the source sentence that its qualifier bears on (see the module docstring)."""
    if whole:  # a caveat in the next sentence bears on the whole sentence
        return tokens
    at = next((i for i, t in enumerate(tokens) if t.start >= span.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= span.end), len(tokens))
    if kind == "hedged":
        end = next((k for k in range(at, len(tokens)) if tokens[k].text in _STOPS), len(tokens))
        if len(content_lemmas(tokens[at:end])) >= 2:
            return tokens[at:end]
        start = next((k + 1 for k in range(at - 1, -1, -1) if tokens[k].text in _STOPS), 0)
        return tokens[start:end]
    words = [t for t in tokens if t.is_word]
    frames = (words and span.start <= words[0].start) or not any(t.is_word for t in tokens[after:])
    if frames:  # "According to X, …" / "…, X said.": the clause up to a semicolon
        end = next((k for k in range(after, len(tokens)) if tokens[k].text == ";"), len(tokens))
        start = next((k + 1 for k in range(at - 1, -1, -1) if tokens[k].text == ";"), 0)
        return tokens[start:end]
    end = next((k for k in range(after, len(tokens)) if tokens[k].text == ";"), len(tokens))
    return tokens[after:end]


def _bears_on_restated(facts: FactBase, m: Match, kind: str, span: Span) -> bool:
    """Whether the qualifier's stretch holds what the rewrite restates (≥ 2 shared words and half of them)."""
    source = sentence_tokens(facts, m.other, m.other_sentence)
    stated = set(content_lemmas(sentence_tokens(facts, m.document, m.sentence)))
    whole = not (span.start >= source[0].start and span.end <= source[-1].end) if source else True
    shared = stated & set(content_lemmas(source))
    governed = stated & set(content_lemmas(_governed(source, kind, span, whole)))
    return len(governed) >= 2 and len(governed) * 2 >= len(shared)


def _names_announcer(facts: FactBase, m: Match, span: Span) -> bool:
    """An announcement or report ("Holt announced", "Rotten Tomatoes reports") whose announcer the rewrite names."""
    words = span.text.split()
    if not words or not (lemma_set(words[-1].lower()) & _ANNOUNCING):
        return False
    name = [w.lower() for w in words[:-1] if w[:1].isupper() or w[:1].isdigit()]
    stated = {t.lower for t in sentence_tokens(facts, m.document, m.sentence)}
    return bool(name) and all(w in stated for w in name)


@register_check(HedgeDroppedRule, requires={"assertions"})
def check(rule: HedgeDroppedRule, facts: FactBase) -> Iterator[Verdict]:
    for m in restatements(facts):
        if m.score < rule.min_score:
            continue
        source = qualifier(facts, m.other, m.other_sentence)
        if source is None or qualifier(facts, m.document, m.sentence) or _quoted(facts, m.document, m.sentence):
            continue
        kind, span = source
        if _reported(sentence_tokens(facts, m.document, m.sentence)) or not _bears_on_restated(facts, m, kind, span):
            continue
        if kind == "attributed" and _names_announcer(facts, m, span):
            continue
        stated = facts.sentence(m.document, m.sentence).span
        yield fail(
            f"{facts.label(m.document)} states “{stated.text}” as fact; its source {facts.label(m.other)} has it "
            f"{kind} (“{span.text}”)",
            [facts.evidence(m.document, stated, role="stated"), facts.evidence(m.other, span, role="source")],
            source=kind,
            qualifier=span.text,
            score=m.score,
        )
