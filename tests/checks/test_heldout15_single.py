"""Fixes of the single-document checks for general causes found by the fifteenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- change-arithmetic: no verb of direction, the size's noun names it; a size in cents or pence ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The annual permit will go to $240 from $210, an increase of $20.",
        "Parking at the station goes to £9 from £6, a rise of £4.",
        "The cap on class sizes is set to change to 28 from 32, a reduction of 6.",
        "A single ticket will go to $2.90 from $2.75, an increase of 25 cents.",
        "Second-class stamps move to 85p from 75p, a rise of 20 per cent.",
    ],
)
def test_a_change_without_a_verb_of_direction_is_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The annual permit will go to $240 from $210, an increase of $30.",
        "Parking at the station goes to £9 from £6, a rise of £3.",
        "The cap on class sizes is set to change to 28 from 32, a reduction of 4.",
        "A single ticket will go to $2.90 from $2.75, an increase of 15 cents.",
        "The fare rose to $3.30 from $3.10, an increase of 20 cents.",
        "A pint will go to £4.70 from £4.50, a rise of 20 pence.",
    ],
)
def test_a_change_without_a_verb_of_direction_that_adds_up_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # the ends count other things: no change of one amount
        "Flights will go to 12 cities from 3 airports, an increase of 4.",
        # a noun that is no change ("a delay of"), dates as ends
        "The hearing was moved to 40 from 30, a delay of a week.",
        "The vote was moved to 14 May from 2 May, an increase of 12 days.",
        # end last with no verb: a range, not a change
        "Season tickets cost from £300 to £420, an increase of 10%.",
        # another count before the ends in their clause: they may count per branch
        "Membership grew in 14 clubs to 700 from 600, a rise of 5%.",
    ],
)
def test_no_change_to_check_stays_silent(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- change-arithmetic: end first, a determiner and a longer description after the start ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council will receive £9.6m a year, up from the £7.2m a year granted under the old settlement, a rise of"
        " 40 per cent.",
        "Rail ridership reached 820,000, down from last year's 900,000 before the strike began, a fall of 15%.",
        "The charity raised $5.5 million, up from its $5 million total the previous spring, an increase of 20%.",
    ],
)
def test_a_described_start_value_is_read(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The council will receive £9.6m a year, up from the £7.2m a year granted under the old settlement, a rise of"
        " a third.",
        "Rail ridership reached 820,000, down from last year's 900,000 before the strike began, a fall of 9%.",
    ],
)
def test_a_described_start_value_that_adds_up_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # a long description and no comma: the size may be another change's
        "Arrests reached 640, up from 600 in the months before the new unit saw a rise of 30%.",
        # a number in the description that is no year: another count
        "The club sold 9,000 shirts, up from the 7,000 sold in 12 shops last season, a rise of 40%.",
    ],
)
def test_a_described_start_value_with_another_change_or_count_is_not_read(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- sum-of-parts: age bands in the parts' labels ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,200 voters polled, 700 were aged under 35, 900 were aged 35 to 64 and 500 were aged 65 and over.",
        "Of the 640 cyclists injured, 120 were aged over 60, 390 were aged 18-59 and 100 were younger.",
        "Of the 310 new members, 80 were aged under 25, 150 aged between 25 and 49 and 90 were older.",
    ],
)
def test_a_breakdown_by_age_band_is_read(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,200 voters polled, 700 were aged under 35, 1,000 were aged 35 to 64 and 500 were aged 65 and over.",
        # "over 60" written for "60 and over"
        "Of the 640 cyclists injured, 120 were aged over 60, 420 were aged 18-59 and 100 were younger.",
    ],
)
def test_a_breakdown_by_age_band_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # the bands leave ages out: the parts need not add up
        "Of the 2,200 voters polled, 700 were aged under 35 and 500 were aged over 65.",
        "Of the 2,200 voters polled, 700 were aged under 35, 600 were aged 45 to 64 and 500 were aged 65 and over.",
        "Of the 640 cyclists injured, 120 were aged 60 to 69, 390 were aged 18 to 59 and 100 were older.",
        # an age and another kind of part
        "Of the 640 cyclists injured, 120 were aged over 60, 390 were women and 100 were children.",
        # an age written "about": no band
        "Of the 640 cyclists injured, 120 were aged about 60, 390 were aged 18 to 59 and 100 were younger.",
    ],
)
def test_age_bands_that_leave_a_gap_are_not_read(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- percent-of: "N …, of which X, or Z%" with a period between the whole and "of which" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lifeguards made 1,240 rescues over the three weeks, of which 410, or 40 per cent, involved children.",
        "The helpline took 8,600 calls during the 12 days of the strike, of which 2,100 — about a third — were"
        " complaints.",
        "The fund paid out £6m in 2025, of which £2.5m, or 30%, went to schools.",
    ],
)
def test_a_whole_followed_by_its_period_is_read(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Lifeguards made 1,240 rescues over the three weeks, of which 410, or 33 per cent, involved children.",
        "The helpline took 8,600 calls during the 12 days of the strike, of which 2,100 — about a quarter — were"
        " complaints.",
        # the nearer whole is taken when the farther one's phrase holds another count
        "Officials counted 12,000 votes across 300 polling stations, of which 120, or 40%, reported late.",
    ],
)
def test_a_whole_followed_by_its_period_that_matches_passes(text: str) -> None:
    assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        # a count of other things between the whole and "of which": the part may count those
        "Crews attended 2,940 callouts in 12 suburbs, of which 1,130, or 47 per cent, were classed as urgent.",
        "The 12,000 runners from 40 countries, of whom 3,000, or 35%, were women.",
    ],
)
def test_a_whole_followed_by_another_count_is_not_read(text: str) -> None:
    assert silent("percent-of", text)


# --- weekday-date: the date in brackets after its weekday ("Tuesday (Jan 20)") ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nominations close at noon on Friday (March 13).",
        "The ministry said the ban takes effect from midnight on Monday (Mar 16).",
        "The minister visited the site on Sunday (March 8, 2025).",
    ],
)
def test_a_bracketed_date_after_its_weekday_is_checked(text: str) -> None:
    assert fails("weekday-date", text)


@pytest.mark.parametrize(
    "text",
    [
        "Nominations close at noon on Thursday (March 13).",
        "The ministry said the ban takes effect from midnight on Monday (Mar 17).",
        "The minister visited the site on Saturday (March 8, 2025).",
    ],
)
def test_a_bracketed_date_after_its_weekday_that_agrees_passes(text: str) -> None:
    assert passes("weekday-date", text)


@pytest.mark.parametrize(
    "text",
    [
        # the bracket holds more than the date: not an apposition of the weekday
        "The team trained on Friday (and flew out on March 15 to play in the final).",
    ],
)
def test_a_bracket_that_is_not_the_weekdays_date_is_not_read(text: str) -> None:
    assert not fails("weekday-date", text)


@settings(max_examples=40, deadline=None)
@given(st.integers(50, 2000), st.integers(1, 300), st.integers(-3, 3), st.sampled_from(["$", "£", "€"]))
def test_a_size_in_cents_is_flagged_exactly_when_it_is_not_the_difference(
    start: int, rise: int, slip: int, sign: str
) -> None:
    """Prices in cents; the size in cents (or pence) is wrong exactly when it is not the end minus the start."""
    minor = "pence" if sign == "£" else "cents"
    said = rise + slip
    if said <= 0:
        return
    text = (
        f"The fare will go to {sign}{(start + rise) / 100:.2f} from {sign}{start / 100:.2f}, an increase of"
        f" {said} {minor}."
    )
    assert fails("change-arithmetic", text) is (slip != 0)
