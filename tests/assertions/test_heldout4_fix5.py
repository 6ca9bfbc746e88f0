"""fix5: negation-flip reads a phrasal verb ("bring back", "set up", "call off") as its verb, and a base form ending
in "-ing" ("bring", "sing") as no participle; hand-written texts (not the held-out ones) and near-misses."""

from __future__ import annotations

import pytest

from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.extract.assertions import tokenize, verb_polarities
from tests.assertions._helpers import run

NEG = NegationFlipRule(id="t.negation-flip")


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The county council will not bring back weekly bin collections in the northern villages next year.",
            "The county council will bring back weekly bin collections in the northern villages next year.",
        ),
        (
            "The airline will bring in its new baggage charges on all European routes from April.",
            "The airline will not bring in its new baggage charges on all European routes from April.",
        ),
        (
            "Organisers did not call off the harbour festival despite the storm warnings on Saturday.",
            "Organisers called off the harbour festival despite the storm warnings on Saturday.",
        ),
        (
            "The choir will not sing the new anthem at the opening of the stadium in June.",
            "The choir will sing the new anthem at the opening of the stadium in June.",
        ),
    ],
)
def test_a_lost_or_added_not_on_a_phrasal_verb_is_flagged(source: str, rewrite: str) -> None:
    assert [f.check for f in run(NEG, rewrite, against=[source])] == ["negation-flip"]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # the negation is kept
            "The county council will not bring back weekly bin collections in the northern villages next year.",
            "Weekly bin collections will not be brought back in the northern villages next year, the council said.",
        ),
        (
            "The county council will not bring back weekly bin collections in the northern villages next year.",
            "The county council will not bring back weekly bin collections in the northern villages next year.",
        ),
        (  # "a rise in the …" is a noun and a preposition, not a phrasal verb
            "There was not a sharp rise in the number of complaints about the bin collections last year.",
            "A sharp rise in the number of complaints about the bin collections was reported last year.",
        ),
    ],
)
def test_a_kept_negation_or_a_noun_is_not_flagged(source: str, rewrite: str) -> None:
    assert run(NEG, rewrite, against=[source]) == []


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The council will not bring back its weekly collections.", [("bring", "negated")]),
        ("Workers set up a fund and did not call off the strike.", [("set", "affirmed"), ("call", "negated")]),
        ("A letter explaining the delay was sent.", [("send", "affirmed")]),  # a participle stays out
    ],
)
def test_verb_polarities_read_the_particle_with_its_verb(text: str, verbs: list[tuple[str, str]]) -> None:
    got, _ = verb_polarities(tokenize(text))
    assert [(lemma, pol) for _, lemma, pol in got] == verbs
