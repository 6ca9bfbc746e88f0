"""percent-of: a share of a total named by its noun ("… now make up 31% of total revenue"), whose amount an earlier
sentence states with that noun as its subject."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

_LEAD = "Turnover climbed 9% to £2.40bn in the year to March, from £2.20bn, the retailer said on Tuesday. "


def test_a_share_that_does_not_fit_the_total_stated_before_is_flagged() -> None:
    text = _LEAD + "Online sales rose to £720m from £610m and now account for 38% of total turnover."
    assert fails("percent-of", text)  # 720 / 2,400 = 30%


@pytest.mark.parametrize(
    "share",
    [
        "Online sales rose to £720m from £610m and now account for 30% of total turnover.",
        "Online sales of £720m now represent about 30 per cent of overall turnover.",
    ],
)
def test_a_share_that_fits_the_total_stated_before_passes(share: str) -> None:
    assert passes("percent-of", _LEAD + share)


@pytest.mark.parametrize(
    "text",
    [
        # the total's noun is not an earlier sentence's subject
        "The retailer said on Tuesday that it had a good year. Online sales rose to £720m and now account for 38% of "
        "total turnover.",
        # another currency: not the same kind of amount
        _LEAD + "Online sales rose to $720m and now account for 38% of total turnover.",
        # the earlier sentence states two candidate totals
        "Turnover was £2.40bn in Britain and £3.1bn in Europe. Online sales of £720m account for 38% of total "
        "turnover.",
    ],
)
def test_no_single_total_of_that_name_stays_silent(text: str) -> None:
    assert silent("percent-of", text)
