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


# --- sum-of-parts: "X, of which A were €a and B €b" (labels first; the parts may not exceed the total) -----------


@pytest.mark.parametrize(
    "text",
    [
        "Lending reached ₹3.80 lakh crore, of which home loans were ₹2.10 lakh crore and car loans ₹1.90 lakh crore.",
        "The fund raised $840 million, of which pension schemes put in $520 million, insurers $250 million and family "
        "offices $95 million.",
    ],
)
def test_parts_after_of_which_that_exceed_their_total_are_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # the parts add up
        "Lending reached ₹3.80 lakh crore, of which home loans were ₹2.10 lakh crore and car loans ₹1.70 lakh crore.",
        # the parts name only some of the total: falling short is no error
        "The fund raised $840 million, of which pension schemes put in $420 million and insurers $250 million.",
    ],
)
def test_parts_after_of_which_within_their_total_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # "including" makes it an open list of examples, and other currencies are not one sum
        "The fund raised $840 million, of which backers including pension schemes put in $520 million and insurers "
        "$350 million.",
        "The fund raised $840 million, of which pension schemes put in €520 million and insurers €350 million.",
        # counts of people may overlap (women, part-timers): only sums of money are read
        "The plant employs 1,200 people, of which women make up 700 and part-timers 600.",
    ],
)
def test_other_of_which_lists_stay_silent(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- change-arithmetic: the end first, a size in cents, the size given twice --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bus ticket now costs €2.40, up from €2.15 last spring, a rise of 35 cent.",
        "Unleaded sold at $3.62 a gallon, down from $3.90 a month earlier, a drop of 18 cents or 7.2%.",
        # the cents are right, the percentage is not: 28 / 390 = 7.2%
        "Unleaded sold at $3.62 a gallon, down from $3.90 a month earlier, a drop of 28 cents or 9%.",
    ],
)
def test_a_size_in_cents_after_both_ends_is_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "A bus ticket now costs €2.40, up from €2.15 last spring, a rise of 25 cent.",
        "Unleaded sold at $3.62 a gallon, down from $3.90 a month earlier, a drop of 28 cents or 7.2%.",
        "Tickets were £14.50, up from £13.00, an increase of 150 pence or 11.5%.",
    ],
)
def test_a_size_in_cents_that_fits_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


def test_the_first_day_of_a_span_of_days_is_never_an_end() -> None:
    text = (
        "Some 9,800 visitors came to the show, which ran from 4 to 9 June in Harrogate, up from 8,700 last year, a "
        "rise of 1,100 or about 13 per cent."
    )
    assert not fails("change-arithmetic", text)


# --- unit-conversion: a currency pair against the rate the article states -----------------------------------------

_RATE_LINE = "\n\n($1 = 7.20 Norwegian crowns)"


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit rose to 2.16 billion Norwegian crowns ($350 million) from 1.9 billion." + _RATE_LINE,
        "The insurer paid ₩1.2 trillion ($1.1 billion) for the stake.\n\nDollar amounts in this story are "
        "converted at ₩1,380 to the dollar.",
        "The pound was steady at $1.25. Brightwell agreed a £800m ($1.2bn) sale of its bus unit.",
    ],
)
def test_a_conversion_that_misses_the_stated_rate_is_flagged(text: str) -> None:
    assert fails("unit-conversion", text)  # 2.16bn / 7.20 = $300m; 1.2tn / 1,380 = $0.87bn; £800m x 1.25 = $1.0bn


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit rose to 2.16 billion Norwegian crowns ($300 million) from 1.9 billion." + _RATE_LINE,
        "The insurer paid ₩1.2 trillion ($870 million) for the stake.\n\nDollar amounts in this story are "
        "converted at ₩1,380 to the dollar.",
        # rounded as papers do: £800m x 1.25 = $1.0bn
        "The pound was steady at $1.25. Brightwell agreed a £800m ($1bn) sale of its bus unit.",
    ],
)
def test_a_conversion_at_the_stated_rate_passes(text: str) -> None:
    assert passes("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        # no rate stated: exchange rates are never invented
        "Operating profit rose to 2.16 billion Norwegian crowns ($350 million) from 1.9 billion.",
        # a rate assumed for a forecast is not the rate the article converts at
        "The insurer paid ₩1.2 trillion ($1.1 billion). Its plan assumes an average rate of ₩1,380 to the dollar.",
        # a rate for another pair of currencies
        "Brightwell agreed a €800m ($1.2bn) sale of its bus unit." + "\n\n(£1 = $1.25)",
        # two different rates for one pair: which one converts is unknown
        "Profit was 2.16 billion Norwegian crowns ($350 million).\n\n($1 = 7.20 Norwegian crowns)\n\n"
        "($1 = 6.20 Norwegian crowns)",
    ],
)
def test_conversions_without_one_stated_rate_for_their_pair_stay_silent(text: str) -> None:
    assert silent("unit-conversion", text)


# --- sum-of-parts: a passive head before the colon, a count of places inside a label --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last year 8,450 questionnaires were returned to the council: 5,120 by post, 2,900 online and 330 in person.",
        "In March, 9,300 samples were tested: 6,100 by labs in 42 towns, 2,050 at the central lab and 900 abroad.",
    ],
)
def test_a_breakdown_after_a_passive_head_that_does_not_add_up_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)  # 8,350 and 9,050


@pytest.mark.parametrize(
    "text",
    [
        "Last year 8,450 questionnaires were returned to the council: 5,120 by post, 3,000 online and 330 in person.",
        "In March, 9,300 samples were tested: 6,350 by labs in 42 towns, 2,050 at the central lab and 900 abroad.",
    ],
)
def test_a_breakdown_after_a_passive_head_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


def test_a_list_of_examples_after_a_passive_head_stays_silent() -> None:
    text = "Some 8,450 questionnaires were returned, including: 5,120 by post and 2,900 online."
    assert silent("sum-of-parts", text)
