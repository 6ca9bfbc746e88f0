"""Fixes for general causes found by the single articles of the twenty-third held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes

# --- unit-conversion: a hedged value converts its written number; a sign that was read is not flipped ------------


@pytest.mark.parametrize(
    "text",
    [
        "The probe will cruise about 310 miles (610 kilometres) above the surface.",
        "Roughly 740 miles (1,400 km) of coastline was surveyed.",
        "The lake freezes at around 40 degrees Fahrenheit (10 Celsius) in spring.",
    ],
)
def test_a_hedged_value_whose_conversion_is_wrong_fails(text: str) -> None:
    assert fails("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        "The probe will cruise about 310 miles (500 kilometres) above the surface.",
        "Roughly 740 miles (1,190 km) of coastline was surveyed.",
        "The ferry covers about 12 km (7 miles) each way.",
        "Some 3 million acres (1.2 million hectares) were burned.",
        "The crate weighs roughly 880 pounds (400 kilograms).",
    ],
)
def test_a_hedged_value_converted_within_rounding_passes(text: str) -> None:
    assert passes("unit-conversion", text)


def test_two_minus_signs_that_were_read_are_not_flipped() -> None:
    # -250F is -156.7C; 250F is 121.1C: the pair matches only with both signs dropped
    assert fails("unit-conversion", "Liquid nitrogen boils near minus 250 degrees Fahrenheit (minus 121 Celsius).")
    assert passes("unit-conversion", "The gas liquefies at minus 250 degrees Fahrenheit (minus 157 Celsius).")


def test_a_minus_read_on_one_side_only_is_still_checked() -> None:
    assert passes("unit-conversion", "Overnight it fell to minus 40 degrees Celsius (minus 40 Fahrenheit).")
    assert fails("unit-conversion", "Overnight it fell to minus 10 degrees Celsius (minus 14 Fahrenheit).")


# --- sum-of-parts: ", made up of" / ", consisting of" after the total; a long label ------------------------------


def test_a_participle_breakdown_after_a_comma_is_checked() -> None:
    text = (
        "The charity raised £{}, made up of £6,000 from a sponsored walk through the hills of County Down and £2,500"
        " from a raffle."
    )
    assert fails("sum-of-parts", text.format("9,500"))
    assert passes("sum-of-parts", text.format("8,500"))


def test_consisting_of_after_a_comma_is_checked() -> None:
    assert fails("sum-of-parts", "The fleet has 40 buses, consisting of 25 diesel buses and 12 electric ones.")
    assert passes("sum-of-parts", "The fleet has 37 buses, consisting of 25 diesel buses and 12 electric ones.")


# --- change-arithmetic: clock times of the two readings; a size in the ends' unit --------------------------------


def test_readings_at_two_times_of_day_are_compared() -> None:
    text = "The mercury climbed from 11.2C at 7am to 29.6C by 3:30pm, a rise of {} degrees."
    assert fails("change-arithmetic", text.format("16.4"))
    assert passes("change-arithmetic", text.format("18.4"))


def test_a_size_glued_like_its_ends_is_compared() -> None:
    assert fails("change-arithmetic", "The river rose from 2.1m to 3.4m, a rise of 1.5m.")
    assert passes("change-arithmetic", "The river rose from 2.1m to 3.4m, a rise of 1.3m.")


@pytest.mark.parametrize(
    "text",
    [
        "The river rose from 2.1m to 3.4m, a rise of 130cm.",  # another unit: not compared
        "It rose from 12C to 30C, a rise of 18 degrees Fahrenheit.",  # another scale
        "Prices rose from 12 at 4 to 30 at 9, a rise of 20.",  # "at 4" is no clock time
    ],
)
def test_sizes_in_other_units_or_without_clock_times_stay_silent(text: str) -> None:
    assert not fails("change-arithmetic", text)


# --- count-vs-list: a count of people and ", with" their full names -----------------------------------------------


def test_more_names_than_the_count_after_with_fails() -> None:
    text = "Kenya had two women in the top eight, with Mary Wanjiru, Grace Chebet and Ruth Akinyi all under 2:22."
    assert fails("count-vs-list", text)


def test_as_many_names_as_the_count_after_with_passes() -> None:
    text = "Kenya had three women in the top eight, with Mary Wanjiru, Grace Chebet and Ruth Akinyi all under 2:22."
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # fewer names: some of the group
        "Kenya had four women in the top eight, with Mary Wanjiru and Grace Chebet both under 2:22.",
        # places, not people's full names
        "The party gained three seats, with Leeds, York and Hull all changing hands.",
        # the list does not end its clause
        "Kenya had two women in the top eight, with Mary Wanjiru, Grace Chebet and Ruth Akinyi pacing them early.",
    ],
)
def test_partial_or_other_lists_after_with_stay_silent(text: str) -> None:
    assert not fails("count-vs-list", text)


# --- percent-of: the share named as a rate, after a short predicate of the part -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,400 applicants, 360 were offered places, an acceptance rate of 20 per cent.",
        "Of the 3.2 lakh candidates who sat the test, 2.1 lakh qualified, a success rate of 75 per cent.",
        "Some 90 of the 1,500 patients treated relapsed within a year, a relapse rate of 9%.",
    ],
)
def test_a_share_named_as_a_rate_that_disagrees_fails(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,400 applicants, 360 were offered places, an acceptance rate of 15 per cent.",
        "Of the 3.2 lakh candidates who sat the test, 2.1 lakh qualified, a success rate of 65.6 per cent.",
        "Some 90 of the 1,500 patients treated relapsed within a year, a relapse rate of 6%.",
    ],
)
def test_a_share_named_as_a_rate_that_agrees_passes(text: str) -> None:
    assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 400 loans, 100 were refinanced, an interest rate of 5%.",  # a price, not a share
        "Of the 400 loans, 100 were refinanced, an annual rate of 5%.",
        "Of the 400 staff, 100 were moved and 40 retired, a turnover of 5%.",  # no rate noun
    ],
)
def test_rates_that_are_no_share_stay_silent(text: str) -> None:
    assert not fails("percent-of", text)
