"""stance-conflict where the holder's stance names no matter of its own, or the holder is named in other words.

A party's one stance in a rewrite and its one stance in the source are on the story's one matter when one of them
names no matter of its own ("The Sailing Club objected, saying …", "The Traders' Association, on the other hand,
rejected it"); a group named by common nouns with a participle before them ("the organising committee", "the ruling
panel") is its subject as written; a short name in brackets after a longer name that ends in a place ("… de Bretagne
(APB)") is the actor, not the place; a body the rewrite names by its common noun ("the union") is the party the
source's own "the union" refers back to; a letter cited as the source is no party to a dispute. Near-misses stay
silent: the stance kept in other words, another holder, a holder given two stances in the source."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_Case = tuple[str, str, str, str]

_MARINA = (
    "Dunmore Harbour Board met on Wednesday to consider a plan to build a 180-berth marina on the north quay, at a "
    "cost of €14 million.\n\n"
    "Harbour master Colm Ryan told the meeting that the marina would create 40 jobs and open in the spring of 2029.\n\n"
    "{stance}\n\n"
    "The board will take a final decision on the marina at its meeting on 9 October.\n",
    "Dunmore Harbour Board met on Wednesday to weigh plans for a €14 million, 180-berth marina on the north quay.\n\n"
    "Harbour master Colm Ryan told members the marina would create 40 jobs and open in spring 2029.\n\n"
    "{stance}\n\n"
    "A final decision on the marina is due at the board's meeting on 9 October.\n",
)
_PAY = (
    "Members of the Harbour Workers Guild (HWG) have voted to accept a 4% pay offer from the Port of Carrick, the "
    "union announced on Monday.\n\n"
    "The union said turnout in the ballot was 71% and that the new rates would apply from 1 January.\n\n"
    "{stance}\n\n"
    "Talks on pensions between the port and the HWG will resume in November, the union said.\n",
    "Workers at the Port of Carrick have voted to accept a 4% pay offer, their union announced on Monday.\n\n"
    "Turnout in the ballot was 71%, and the new rates will apply from 1 January.\n\n"
    "{stance}\n\n"
    "Talks on pensions will resume in November.\n",
)
_FRAMES = {"marina": _MARINA, "pay": _PAY}


def _flags(frame: str, source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's sentence in the frame's source and rewrite."""
    texts = _FRAMES[frame]
    found = rewrite_findings("stance-conflict", texts[0].format(stance=source), texts[1].format(stance=rewrite))
    return any(rewrite.rstrip(".")[:40] in e.text for f in found for e in f.evidence)


_HITS: list[_Case] = [
    (
        "marina",
        "The Dunmore Sailing Club objected, saying the berths would be too costly for its members.",
        "The Dunmore Sailing Club backed the scheme, saying the berths would suit its members.",
        "an objection with no object, then backing",
    ),
    (
        "marina",
        "The Quayside Traders Association, on the other hand, rejected it.",
        "The Quayside Traders Association welcomed the marina plan.",
        "a rejection of 'it' after a multi-word aside",
    ),
    (
        "marina",
        "The Fishermen's Co-operative, for its part, objected strongly.",
        "The Fishermen's Co-operative supported the plan for the marina.",
        "an objection after 'for its part'",
    ),
    (
        "marina",
        "The organising committee voted against the proposal by five votes to two.",
        "The organising committee voted in favour of the proposal by five votes to two.",
        "a group named by a participle and a noun",
    ),
    (
        "marina",
        "The ruling panel backed the marina plan on Wednesday.",
        "The ruling panel rejected the marina plan on Wednesday.",
        "'the ruling panel' as written",
    ),
    (
        "marina",
        "The Association des plaisanciers de Bretagne (APB) rejected the marina plan on Wednesday.",
        "The boat owners' group APB welcomed the marina plan on Wednesday.",
        "a short name after a name ending in a place",
    ),
    (
        "pay",
        "The HWG rejected the port's proposal to change shift patterns on the container terminal.",
        "The union accepted the port's proposal to change shift patterns on the container terminal.",
        "'the union' the source's own word for the HWG",
    ),
    (
        "marina",
        "The trustees voted against the marina plan, by four votes to one.",
        "The trustees voted in favour of the marina plan by four votes to one, according to the letter.",
        "a letter cited as the source is no party",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _HITS, ids=[c[3] for c in _HITS])
def test_the_opposite_stance_of_one_holder_is_flagged(frame: str, source: str, rewrite: str, why: str) -> None:
    assert _flags(frame, source, rewrite), why


_NEAR_MISSES: list[_Case] = [
    (
        "marina",
        "The Dunmore Sailing Club objected, saying the berths would be too costly for its members.",
        "The Dunmore Sailing Club opposed the scheme, saying the berths would be too costly for its members.",
        "objected = opposed",
    ),
    (
        "marina",
        "The Dunmore Sailing Club objected, saying the berths would be too costly for its members.",
        "The Quayside Traders Association backed the scheme, saying the berths would bring visitors.",
        "another holder",
    ),
    (
        "marina",
        "The Dunmore Sailing Club welcomed the new slipway but objected, saying the berths would cost too much.",
        "The Dunmore Sailing Club backed the new slipway.",
        "two stances in the source: the one on the slipway is kept",
    ),
    (
        "marina",
        "The Quayside Traders Association, on the other hand, rejected it.",
        "The Quayside Traders Association turned down the marina plan.",
        "rejected = turned down",
    ),
    (
        "marina",
        "The organising committee voted against the proposal by five votes to two.",
        "The organising committee opposed the proposal by five votes to two.",
        "voted against = opposed",
    ),
    (
        "marina",
        "The organising committee voted against the proposal by five votes to two.",
        "The harbour committee voted in favour of the proposal by five votes to two.",
        "another committee",
    ),
    (
        "marina",
        "The Dunmore Sailing Club objected on the grounds that the berths would cost too much.",
        "The Dunmore Sailing Club spoke against the marina, citing the cost of the berths.",
        "objected on the grounds = spoke against",
    ),
    (
        "pay",
        "The Port of Carrick rejected the union's proposal to change shift patterns on the container terminal.",
        "The union backed its proposal to change shift patterns on the container terminal.",
        "the port's stance, not the union's",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _NEAR_MISSES, ids=[c[3] for c in _NEAR_MISSES])
def test_a_stance_kept_or_another_holders_or_matters_is_silent(frame: str, source: str, rewrite: str, why: str) -> None:
    assert not _flags(frame, source, rewrite), why
