"""Fixes for general causes found by the single articles of the twenty-fifth held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- percent-of: a turnout named after the part and its whole ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 40,210 members eligible to vote, 17,904 voted, a turnout of 52 per cent.",
        "Of the 8,000 residents on the roll, 3,100 turned out to vote, a record turnout of 46%.",
        "In all, 6,240 of the 15,600 registered electors cast a ballot, a turnout of 45 percent.",
    ],
)
def test_a_wrong_turnout_is_flagged(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 40,210 members eligible to vote, 17,904 voted, a turnout of 44.5 per cent.",
        "In all, 6,240 of the 15,600 registered electors cast a ballot, a turnout of 40 percent.",
    ],
)
def test_a_right_turnout_passes(text: str) -> None:
    assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        # the turnout is a share of the electorate, not of the votes the winner's part is taken from
        "Ms Ortega won 5,210 of the 9,840 votes cast, a turnout of 38 per cent.",
        # the part is not said to take part: no telling what it counts
        "Of the 12,000 registered voters, 4,000 live abroad, a turnout of 61%.",
        # a turnout given as a number of people, not a share
        "Of the 12,000 registered voters, 7,300 voted, a turnout of 7,300.",
    ],
)
def test_a_turnout_of_another_whole_is_not_checked(text: str) -> None:
    assert silent("percent-of", text)


# --- sum-of-parts: "breaks down as follows:", a small count in words in a part's label -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The £12m grant breaks down as follows: £7m for the bypass, £3.5m for lighting on three bridges and £2m for"
        " cycle lanes.",
        "The 640 new posts are split as follows: 300 in nursing, 200 at five regional hubs and 90 in admin.",
        "The $2.2 billion package is divided into $1.1 billion for ports, $800 million for rail in six states and"
        " $600 million for roads.",
    ],
)
def test_a_breakdown_that_does_not_add_up_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The £12m grant breaks down as follows: £7m for the bypass, £3m for lighting on three bridges and £2m for"
        " cycle lanes.",
        "The 640 new posts are split as follows: 340 in nursing, 200 at five regional hubs and 100 in admin.",
    ],
)
def test_a_breakdown_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # a number in digits inside a label may be a count of another thing, or a part: not read
        "The £12m grant breaks down as follows: £7m for the bypass, £3.5m for lighting on 30 bridges and £2m for"
        " cycle lanes.",
        # "as follows" with no colon and list: nothing to add up
        "The 640 new posts break down as follows.",
    ],
)
def test_a_breakdown_with_other_numbers_is_not_read(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- change-arithmetic: when the start stood, between "from A" and "to B"; a set value raised or lowered ----------


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate fell from 6.4% at the 2022 census to 5.1%, a drop of 1.1 percentage points.",
        "Turnout climbed from 61.2 per cent in 2019 to 66.0 per cent in 2024, a rise of 5.2 points.",
        "The council raised the parking charge from £2.40 to £3.00, an increase of 20%.",
        "The district cut its levy from 4.5 mills to 3.9 mills, a reduction of 0.5 mills.",
        "The board lowered the cap from 90 pupils to 80 pupils, a decrease of 12 pupils.",
    ],
)
def test_a_wrong_change_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate fell from 6.4% at the 2022 census to 5.1%, a drop of 1.3 percentage points.",
        "Turnout climbed from 61.2 per cent in 2019 to 66.0 per cent in 2024, a rise of 4.8 points.",
        "The council raised the parking charge from £2.40 to £3.00, an increase of 25%.",
        "The district cut its levy from 4.5 mills to 3.9 mills, a reduction of 0.6 mills.",
    ],
)
def test_a_right_change_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # a count between the start and "to" is no time: the ends may be per site
        "Output fell from 5,000 at 12 sites to 4,500, a drop of 5%.",
        # the size names the other direction: nothing to compare
        "The council raised the charge from £2.40 to £3.00, a cut of 20%.",
        # a size in another unit than the ends'
        "The district raised its levy from 4.5 mills to 5.1 mills, an increase of 12 dollars.",
    ],
)
def test_a_change_that_cannot_be_read_is_not_checked(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- sum-of-parts: a total's parts in an aside, each after a possessive name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The coalition's 88 seats — Labour's 60 and the Greens' 26 — give it a working majority.",
        "The group's 1,200 staff (Acme's 700, Bolt's 300 and Crane's 150) will move to one site.",
        "Together they hold 64 seats — the Liberals' 41 and the Nationals' 22.",
    ],
)
def test_possessive_parts_that_do_not_add_up_are_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition's 88 seats — Labour's 60 and the Greens' 28 — give it a working majority.",
        "The group's 1,200 staff (Acme's 700, Bolt's 350 and Crane's 150) will move to one site.",
    ],
)
def test_possessive_parts_that_add_up_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # an aside that is no breakdown, then possessive counts after it
        "The party won 14 seats — its best since 1997 — and Labour's 9 and the SNP's 4 trailed.",
        # shares are not read as a possessive breakdown
        "Turnout was 64% — Leeds's 30% and York's 31% — across the region.",
        # a bracket opened and a dash closing: not one aside
        "The bloc holds 88 seats (Labour's 60 and the Greens' 26 — a majority.",
    ],
)
def test_other_possessive_asides_are_not_read(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- duration-dates: an event dated first ended a span whose start a relative clause dates -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The deal, struck on 3 March, ended a 45-day strike that began on 22 January.",
        "The accord, signed on June 12, ended a three-week standoff that started with the May 2 vote.",
    ],
)
def test_an_ended_span_that_disagrees_with_its_dates_is_flagged(text: str) -> None:
    assert fails("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        "The deal, struck on 3 March, ended a 40-day strike that began on 22 January.",
        "The accord, signed on June 12, ended a six-week standoff that started with the May 2 vote.",
    ],
)
def test_an_ended_span_that_matches_its_dates_passes(text: str) -> None:
    assert passes("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        # the first date is not the ending event's: a clause of its own
        "On 3 March talks resumed; a 45-day strike that began on 22 January goes on.",
        # the start date is not tied to the span by a clause of starting
        "The deal, struck on 3 March, ended a 45-day strike over pay agreed on 22 January.",
    ],
)
def test_dates_not_tied_to_an_ended_span_are_not_read(text: str) -> None:
    assert silent("duration-dates", text)
