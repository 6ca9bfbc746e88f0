"""negation-flip: a purpose denied on both sides with different verbs ("is not designed to survive" → "is not built
to survive") flips nothing, even where the source affirms the second verb elsewhere ("the drill, built by a team at
…"); a purpose denied on one side only still flips."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_BEFORE = "The Halden observatory published its annual equipment report on Monday. "
_AFTER = " The report runs to 64 pages and is posted on the observatory's website."


def _flags(source: str, rewrite: str) -> bool:
    found = rewrite_findings("negation-flip", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, 1)
    return any(rewrite in e.text for f in found for e in f.evidence)


# the purpose denied on both sides, with another verb each time (the source also affirms the rewrite's verb)
_KEPT = [
    (
        "The probe, built by engineers in Toulouse, is not designed to survive the descent through the clouds.",
        "The probe is not built to survive the descent through the clouds.",
    ),
    (
        "The levee, raised by the county in 2019, was never meant to hold back a flood of that size.",
        "The levee was never raised to hold back a flood of that size.",
    ),
    (
        "The app, updated by the council last week, is not intended to replace the paper permit.",
        "The app was not updated to replace the paper permit.",
    ),
    (
        "The fund, set up by the three councils, was not created to cover running costs.",
        "The fund was not set up to cover running costs, the councils said.",
    ),
    (
        "The barrier, installed by contractors in March, is not designed to stop lorries.",
        "The barrier was not installed to stop lorries.",
    ),
    (
        "The review, commissioned by the board, was not meant to assign blame for the outage.",
        "The review was not commissioned to assign blame for the outage.",
    ),
]

# the purpose denied on one side only: a flip
_FLIPPED = [
    (
        "The probe, built by engineers in Toulouse, is designed to survive the descent through the clouds.",
        "The probe is not built to survive the descent through the clouds.",
    ),
    (
        "The levee was raised by the county in 2019 to hold back a flood of that size.",
        "The levee was not raised to hold back a flood of that size.",
    ),
    (
        "The app was updated by the council last week to replace the paper permit.",
        "The app was not updated to replace the paper permit.",
    ),
    (
        "The fund was set up by the three councils to cover running costs.",
        "The fund was not set up to cover running costs, the councils said.",
    ),
    (
        "The barrier was installed by contractors in March to stop lorries.",
        "The barrier was not installed to stop lorries.",
    ),
    (
        "The review was commissioned by the board to assign blame for the outage.",
        "The review was not commissioned to assign blame for the outage.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _KEPT)
def test_a_purpose_denied_with_another_verb_is_kept(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _FLIPPED)
def test_a_purpose_denied_on_one_side_only_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)
