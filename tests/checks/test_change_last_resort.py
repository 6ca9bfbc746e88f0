"""change-arithmetic's last resort: a relative change and its two ends in a sentence no catalogue form reads."""

from __future__ import annotations

import pytest

from tests.checks.test_phrasing_grid import _one

_WRONG_RIGHT = [
    (
        "Membership of the club stood at 4,120, some 12% higher than the 3,880 a year earlier.",
        "Membership of the club stood at 4,120, some 6% higher than the 3,880 a year earlier.",
    ),
    (
        "Takings reached €61.3m, against €58.9m the year before, an increase of 9%.",
        "Takings reached €61.3m, against €58.9m the year before, an increase of 4%.",
    ),
    (
        "At $1,480, the average weekly wage in the town is now 15 per cent lower than last year's $1,610.",
        "At $1,480, the average weekly wage in the town is now 8 per cent lower than last year's $1,610.",
    ),
]

_SILENT = [
    # the base is a forecast, a budget or an average: no earlier value of the same thing
    "Sales rose 9% to $84.2m, compared with the $80.5m analysts had expected.",
    "Costs of £52m were 20 per cent lower than the £65m budgeted for the year.",
    # a size that fits one end as its base: the other reading is the writer's choice
    "The fare is $2.50, 20% more than the $2.08 charged in 2019.",
    # the two amounts are of different things
    "Exports were worth $4.1bn, 6% higher than a year ago, compared with imports of 3.2 million tonnes.",
]


@pytest.mark.parametrize(("wrong", "right"), _WRONG_RIGHT)
def test_a_relative_change_that_fits_neither_end_is_reported(wrong: str, right: str) -> None:
    assert "change-arithmetic" in {f.check for f in _one(wrong).findings}, wrong
    assert not _one(right).findings, right


@pytest.mark.parametrize("text", _SILENT)
def test_a_change_against_another_kind_of_base_or_a_fitting_one_is_silent(text: str) -> None:
    assert not _one(text).findings, text
