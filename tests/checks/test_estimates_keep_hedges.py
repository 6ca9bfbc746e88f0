"""hedge-dropped: a rewrite that gives the claim as an estimate or expectation keeps the source's modal hedge."""

from __future__ import annotations

import pytest
from test_heldout10_fixes import _CONTEXT, fails

_SOURCE = "Closing the four depots could save the council £1.2m a year, the finance director said."


@pytest.mark.parametrize(
    "rewrite",
    [
        "Closing the four depots should save the council around £1.2m a year, the finance director said.",
        "Closing the four depots is expected to save the council £1.2m a year, the finance director estimates.",
        "Closing the four depots is likely to save the council £1.2m a year, the finance director said.",
    ],
)
def test_an_estimate_keeps_the_hedge(rewrite: str) -> None:
    assert not fails("hedge-dropped", _CONTEXT.format(_SOURCE), _CONTEXT.format(rewrite))


@pytest.mark.parametrize(
    "rewrite",
    [
        "Closing the four depots will save the council £1.2m a year, the finance director said.",
        "Closing the four depots saves the council £1.2m a year, as expected by the finance director.",
    ],
)
def test_a_claim_stated_as_certain_is_still_flagged(rewrite: str) -> None:
    assert fails("hedge-dropped", _CONTEXT.format(_SOURCE), _CONTEXT.format(rewrite))
