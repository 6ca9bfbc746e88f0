"""Fixes for general causes found by the single articles of the twenty-sixth held-out set (company results, markets
and the economy), pinned with hand-written sentences that are not the held-out ones, and near-misses that must stay
silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- percent-of: "X, or Z% of group sales" against the total stated before ----------------------------------------

_SALES = "Revenue grew 5% to 12.0 billion kronor in the quarter from 11.4 billion, the brewer said. "


def test_a_share_of_the_group_total_after_or_is_checked_against_the_total_stated_before() -> None:
    text = _SALES + "The Nordic region brought in 4.8 billion kronor, or 46% of group revenue."
    assert fails("percent-of", text)  # 4.8 / 12.0 = 40%


@pytest.mark.parametrize(
    "share",
    [
        "The Nordic region brought in 4.8 billion kronor, or 40% of group revenue.",
        "The Nordic region brought in 4.8 billion kronor, or about 40% of total revenue, while the Baltics added "
        "2.1 billion.",
    ],
)
def test_a_fitting_share_of_the_group_total_passes(share: str) -> None:
    assert passes("percent-of", _SALES + share)


@pytest.mark.parametrize(
    "share",
    [
        # the total is narrowed by a phrase after its noun: a part of another whole
        "The Nordic region brought in 4.8 billion kronor, or 46% of group revenue in Europe.",
        # the share has a whole of its own after it
        "The Nordic region brought in 4.8 billion kronor, or 46% of group revenue, estimated at 10.4 billion.",
    ],
)
def test_a_share_of_a_narrowed_or_restated_total_is_not_read_against_the_earlier_total(share: str) -> None:
    assert not fails("percent-of", _SALES + share)


def test_an_amount_given_as_a_share_itself_is_never_the_total() -> None:
    text = (
        "The pharma arm led the group again. Its sales rose 14% to €3.0 billion, or half of the group total. Crop "
        "science made €0.9 billion, or 15% of group sales."
    )
    assert silent("percent-of", text)  # €0.9bn is 15% of the group's €6bn, not of the pharma arm's €3.0bn
