"""percent-of: "Of (the) N …, <who> <gets> X, or Z%": a whole shared out, in plain numbers or in one currency."""

from __future__ import annotations

import pytest
from _run import fails, passes


@pytest.mark.parametrize(
    "text",
    [
        "Of the £412m, children's services will get £121m, or 35%, after a review.",
        "Of the $2.5bn, the navy receives $1.2bn, or 60%.",
        "Of the 1,200 ballots cast, Reyes received 456, or 45%.",
        "Of the 80 places, the medical school will take 30, or half.",
    ],
)
def test_a_wrong_share_of_a_whole_shared_out_is_flagged(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the £412m, children's services will get £121m, or 29%, after a review.",
        "Of the $2.5bn, the navy receives $0.9bn, or 36%.",
        "Of the 1,200 ballots cast, Reyes received 456, or 38%.",
        "Of the £412m, schools get £121m, or about 30%.",
    ],
)
def test_a_right_share_of_a_whole_shared_out_passes(text: str) -> None:
    assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 400 staff, the council will get £121m, or 35%.",  # a count and a sum: not one kind
        "Of the £412m, the council will get 121 new staff, or 35%.",
        "Of the €2.4bn, the army will receive €900m, or 37.5%.",  # bn and m: left alone rather than guessed
    ],
)
def test_part_and_whole_of_different_kinds_are_not_compared(text: str) -> None:
    assert not fails("percent-of", text)
