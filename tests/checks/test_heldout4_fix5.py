"""fix5: general causes of heldout4 misses (a period between a change's ends, the size as an aside after both ends, a
period before a breakdown's colon, a phrasal verb's lost "not"), pinned with hand-written sentences that are not the
held-out ones, and near-misses that must not fire."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- change-arithmetic: a period between "to A" and "(, up) from B" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Operating income climbed 30% to 560 in the year to March, from 500 a year before.", True),
        ("Operating income climbed 12% to 560 in the year to March, from 500 a year before.", False),
        ("Net revenue rose 25% to $4.2bn in the nine months ending September, up from $3.5bn.", True),
        ("Net revenue rose 20% to $4.2bn in the nine months ending September, up from $3.5bn.", False),
        ("Arrivals fell 5% to 400 in March 2025, down from 500 in February.", True),
        ("Arrivals fell 20% to 400 in March 2025, down from 500 in February.", False),
        ("Claims dropped 10% to 1,200 in 2024, down from 1,500 the year before.", True),
        ("Claims dropped 20% to 1,200 in 2024, down from 1,500 the year before.", False),
        # no period: ", up from" alone
        ("Turnover rose 18% to £3.3m, up from £3.1m.", True),
        ("Turnover rose 6% to £3.3m, up from £3.1m.", False),
    ],
)  # fmt: skip
def test_change_arithmetic_period_between_ends(text: str, wrong: bool) -> None:
    assert fails("change-arithmetic", text) is wrong
    if not wrong:
        assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # the directions disagree: not one change
        "Arrivals rose 20% to 400 in the six months to June, down from 500.",
        # the start value counts something else
        "Sales rose 18% to 2,900 in the six months to June, up from 12 branches a year earlier.",
        # the number in the phrase is no year or count of periods: not a period
        "Sales rose 18% to 2,900 in the 14 stores to June, up from 2,700.",
        "Sales rose 18% to 2,900 in 14 stores, up from 2,700.",
        # a rate per period is not read
        "Fares rose 2% a year to £500 in the decade to 2024, up from £300.",
    ],
)
def test_change_arithmetic_period_between_ends_near_misses(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- change-arithmetic: the size as an aside after both ends, words between the verb and its ends --------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The grant was cut sharply from £900,000 to £600,000, a reduction of 40%.", True),
        ("The grant was cut sharply from £900,000 to £600,000, a reduction of a third.", False),
        ("The painting rose in value from £2m to £3m, an increase of 20%, by the time of the sale.", True),
        ("The painting rose in value from £2m to £3m, an increase of 50%, by the time of the sale.", False),
        ("Fares rose this year from £10 to £12, a rise of 30% that angered commuters.", True),
        ("Fares rose this year from £10 to £12, a rise of 20% that angered commuters.", False),
    ],
)  # fmt: skip
def test_change_arithmetic_size_aside_after_ends(text: str, wrong: bool) -> None:
    assert fails("change-arithmetic", text) is wrong
    if not wrong:
        assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # the aside names the other direction
        "The painting rose in value from £2m to £3m, a fall of 20%.",
        # the size has its own base or period: not this change
        "The award, cut on review from £8m to £6m, a reduction of a fifth on the original claim.",
        "Shares fell in trading from 500p to 400p, a fall of 25% in a day.",
        # a number between the verb and the ends: another count
        "Membership rose in 12 branches from 500 to 560, a rise of 20%.",
        # no change verb before the ends: a price range
        "Tickets, up again this year, cost from £10 to £20, an increase of 5%.",
    ],
)
def test_change_arithmetic_size_aside_near_misses(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- sum-of-parts: a period between the total's noun and the colon ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The zoo counted 950,000 visitors in 2025: 500,000 adults, 300,000 children and 120,000 pensioners.", True),
        ("The zoo counted 950,000 visitors in 2025: 500,000 adults, 300,000 children and 150,000 pensioners.", False),
        ("The council logged 412 complaints in the 12 months to June: 210 about noise, 150 about bins and 40 about"
         " parking.", True),
        ("The council logged 412 complaints in the 12 months to June: 210 about noise, 150 about bins and 52 about"
         " parking.", False),
        ("The port handled 90 ships in March 2025: 41 tankers, 30 container ships and 12 ferries.", True),
        ("The port handled 90 ships in March 2025: 41 tankers, 30 container ships and 19 ferries.", False),
    ],
)  # fmt: skip
def test_sum_of_parts_period_before_colon(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong
    if not wrong:
        assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # a partial list
        "The council logged 412 complaints in 2025: 210 about noise, 150 about bins, among others.",
        "The zoo counted 950,000 visitors in 2025, including 500,000 adults, 300,000 children and 120,000 pensioners.",
        # no colon: the period opens a new clause, not a breakdown
        "The zoo counted 950,000 visitors in 2025, and 500,000 adults, 300,000 children and 120,000 pensioners came"
        " back in 2026.",
    ],
)
def test_sum_of_parts_period_before_colon_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)
