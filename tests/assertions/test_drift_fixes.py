"""General causes of false alarms and misses found with bench/drift_planted (hand-written sentences, not from it)."""

from __future__ import annotations

import pytest

from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.extract.assertions import tokenize, verb_polarities
from tests.assertions._helpers import run

NEG = NegationFlipRule(id="t.negation-flip")


def _polarity(sentence: str, lemma: str) -> set[str]:
    verbs, _orphans = verb_polarities(tokenize(sentence))
    return {p for _i, v, p in verbs if v == lemma}


# --- negation scope: a "not" negates the verb it governs, not every verb of its clause ---------------------------


@pytest.mark.parametrize(
    ("sentence", "lemma", "polarity"),
    [
        ("The dam held and the lake did not flood the valley.", "hold", "affirmed"),
        ("The dam held and the lake did not flood the valley.", "flood", "negated"),
        ("No warning shots were fired at the boat.", "fire", "negated"),
        ("None of the 40 climbers or six guides was hurt in the avalanche.", "hurt", "negated"),
        ("Auditors found no errors in the ledger.", "find", "negated"),
        ("The striker scored twice, said a coach who asked not to be identified.", "score", "affirmed"),
        ("The mayor had no option because the grant had been cut by a third.", "cut", "affirmed"),
        ("The vote passed, a result that could not be confirmed.", "pass", "affirmed"),
        ("The guild will consult members before deciding whether to hold a walkout.", "hold", "none"),
    ],
)
def test_verb_polarity_has_local_scope(sentence: str, lemma: str, polarity: str) -> None:
    assert _polarity(sentence, lemma) == (set() if polarity == "none" else {polarity})


NEGATION_FLAGS = [
    (  # a coordinated clause's negation is lost
        "The dam held overnight and the lake did not flood the valley below the town.",
        "The dam held overnight and the lake flooded the valley below the town.",
    ),
    (  # a negative subject becomes a positive one
        "No warning shots were fired at the fishing boat, the coastguard said.",
        "Warning shots were fired at the fishing boat, the coastguard said.",
    ),
    (  # "but did not" after a first verb
        "The coach said he was unhappy with the pitch but did not blame the groundstaff.",
        "The coach blamed the groundstaff for the state of the pitch.",
    ),
    (
        "None of the 40 climbers was hurt in the avalanche near the summit, rescuers said.",
        "Several of the 40 climbers were hurt in the avalanche near the summit, rescuers said.",
    ),
]
NEGATION_PASSES = [
    (  # two negations in one clause belong to two verbs: each keeps its polarity
        "The company has not been fined, and its lawyer would not comment on the inquiry.",
        "The company, whose lawyer would not comment on the inquiry, has not been fined.",
    ),
    (  # a "not" in a relative clause
        "They planned the raid for months, said a detective who asked not to be named.",
        "They planned the raid for months, a detective who asked not to be named said.",
    ),
    (  # a trailing caveat's "not"
        "The rebels said they had captured the bridge, a claim that could not be verified.",
        "The rebels captured the bridge.",
    ),
    (  # the negation moved to a verbless phrase: "ruled on how, not on whether"
        "The judge did not rule on whether the tax was fair, only on how it was collected.",
        "The judge ruled only on how the tax was collected, not on whether it was fair.",
    ),
    (  # a refusal against an acceptance is a stance (stance-conflict), not a lost "not"
        "The union has agreed to join the talks with the employers next week.",
        "The union has refused to join the talks with the employers next week.",
    ),
    (  # an open question is neither affirmed nor negated
        "The guild said it would consult members before deciding whether to hold a walkout.",
        "The guild said it would not hold a walkout before consulting members.",
    ),
    (  # "had received no" keeps "had not received"
        "The ministry said it had not received a formal request from the city.",
        "The ministry said it had received no formal request from the city.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_FLAGS)
def test_negation_flip_flags_scoped_negation(source: str, rewrite: str) -> None:
    assert [f.check for f in run(NEG, rewrite, against=[source])] == ["negation-flip"]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_PASSES)
def test_negation_flip_passes_other_verbs_negation(source: str, rewrite: str) -> None:
    assert run(NEG, rewrite, against=[source]) == []
