"""Fixes of the single-document checks for general causes found by the fifteenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- change-arithmetic: the day of a date is no end value -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The survey of the reservoir closed on Friday, Feb. 7, up from 2,310 a year earlier, an increase of 190.",
        "Inspectors finished their rounds on 14 March, down from 320 visits a year ago, a fall of 12.",
        "The tally was published on Sept 3, up from 1,200 in 2024, a rise of 8%.",
        "Membership rose to 28 March from 940, an increase of 12%.",
    ],
)
def test_a_day_of_a_date_is_not_read_as_an_end(text: str) -> None:
    assert silent("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers counted 2,500 birds, up from 2,310 a year earlier, an increase of 190.",
        "Profits rose 12% to 560 in the six months to 30 June, from 500.",
        "Revenue rose 10% to $550 million in the quarter to Dec. 31, from $500 million.",
    ],
)
def test_ends_next_to_a_date_are_still_read(text: str) -> None:
    assert passes("change-arithmetic", text)


def test_a_wrong_change_next_to_a_date_is_still_flagged() -> None:
    assert fails(
        "change-arithmetic",
        "Volunteers counted 2,500 birds on Jan. 9, up from 2,310 a year earlier, an increase of 290.",
    )
