"""Fixes for general causes found by the single articles of the twenty-first and twenty-second held-out sets, pinned
with hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- count-vs-list: an item that holds "and", a hard-wrapped list, "this fall" ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the first item holds "and", more items follow: the list is not the first "A and B"
        "Growth came from three industries: arts and crafts, food and drink, and tourism.",
        "Growth came from three industries: arts and crafts,\nfood and drink, and tourism.",
        "The grants went to two fields: science and engineering, medicine, and law.",
    ],
)
def test_a_list_whose_items_hold_and_is_not_cut_at_the_first_and(text: str) -> None:
    assert not fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The shop sells three fruits: apples, pears, plums\nand figs.",  # a hard-wrapped list is still read
        "The college opened three new institutes this fall - robotics, ecology, law and design.",
    ],
)
def test_a_wrapped_or_seasonal_list_that_miscounts_fails(text: str) -> None:
    assert fails("count-vs-list", text)


def test_a_seasonal_list_that_counts_right_passes() -> None:
    assert passes("count-vs-list", "The college opened three new institutes this fall - robotics, ecology and law.")


def test_a_closed_list_followed_by_a_clause_still_passes() -> None:
    assert passes("count-vs-list", "The bakery sells three breads: rye, spelt and sourdough, and it plans more.")


# --- percent-of: one magnitude glued to part and whole; "representing Z%" ------------------------------------------


def test_a_share_of_a_glued_magnitude_is_checked() -> None:
    assert fails("percent-of", "Of the 3.2m passengers who flew in May, 2.4m – 90 per cent – arrived on time.")
    assert passes("percent-of", "Of the 3.2m passengers who flew in May, 2.4m – 75 per cent – arrived on time.")


def test_different_glued_letters_are_not_compared() -> None:
    assert silent("percent-of", "Of the 3.2m passengers who flew in May, 2.4k – 90 per cent – arrived on time.")


def test_a_share_named_by_representing_is_checked() -> None:
    text = "By noon, 1,500 of the 6,000 registered members had voted, representing {} per cent turnout."
    assert fails("percent-of", text.format(40))
    assert passes("percent-of", text.format(25))


def test_representing_a_share_of_another_whole_is_not_compared() -> None:
    text = "By noon, 1,500 of the 6,000 registered members had voted, representing 40 per cent of the county's vote."
    assert silent("percent-of", text)


# --- change-arithmetic: the end's noun before ", up by D from Y", a day's value as the start -----------------------


def test_an_end_with_its_noun_then_up_by_from_a_days_value_is_checked() -> None:
    text = "The shelters now hold 1,240 people, up by {} from Friday's 960, the council said."
    assert fails("change-arithmetic", text.format(380))
    assert passes("change-arithmetic", text.format(280))


def test_a_start_that_counts_another_thing_is_not_compared() -> None:
    assert silent("change-arithmetic", "The chain now has 1,240 staff, up 40 on its 300 stores.")


# --- duration-dates: "which began on A, ends on B" ------------------------------------------------------------------


def test_a_relative_clause_start_and_a_main_verb_end_bound_the_duration() -> None:
    text = "The {}-day exhibition, which opened on 3 March, closes on 16 March."
    assert fails("duration-dates", text.format(10))
    assert passes("duration-dates", text.format(14))


def test_a_first_date_of_another_event_does_not_bound_the_duration() -> None:
    text = "The 10-day inquiry into the crash, which happened on 3 March, ended on 16 March."
    assert silent("duration-dates", text)


# --- sum-of-parts: a change split between a group and its complement; "The total breaks down to …" ---------------


def test_a_change_split_between_a_group_and_its_complement_must_add_up() -> None:
    assert fails("sum-of-parts", "Union membership rose by 2,400, with men up 1,500 and women up 1,300.")
    assert passes("sum-of-parts", "Union membership rose by 2,400, with men up 1,500 and women up 900.")
    assert fails("sum-of-parts", "Payrolls grew by 5,000, with citizens up 3,100 and non-citizens up 2,300.")


def test_a_change_split_between_two_named_groups_is_not_read() -> None:
    # other regions, not named, may have moved either way
    assert silent("sum-of-parts", "Union membership rose by 2,400, with Leeds up 1,500 and York up 1,300.")


_TOTAL_BEFORE = "Total attendance at the show was 8,200 this year, up from 7,900.\n\nThe total breaks down to {}."


def test_the_total_of_the_sentence_before_is_broken_down() -> None:
    assert fails("sum-of-parts", _TOTAL_BEFORE.format("5,100 adults, 2,300 children and 900 pensioners"))
    assert passes("sum-of-parts", _TOTAL_BEFORE.format("5,100 adults, 2,300 children and 800 pensioners"))


def test_a_breakdown_of_other_things_is_not_compared_with_the_total_before() -> None:
    # parts far from the total count something else
    assert silent("sum-of-parts", _TOTAL_BEFORE.format("51 stalls, 23 food vans and 9 stages"))
    # no "total" in the sentence before: nothing to refer to
    text = (
        "Attendance at the show was 8,200 this year.\n\n"
        "The total breaks down to 5,100 adults, 2,300 children and 900 pensioners."
    )
    assert silent("sum-of-parts", text)


# --- entity-spelling: a particle before a surname is no given name --------------------------------------------------


def test_a_surname_after_a_particle_is_compared_with_the_full_name() -> None:
    text = "“Rates held,” said Dr Karim Al Mansouri, the bank's governor. Al Mansoury said inflation was easing."
    assert fails("entity-spelling", text)


def test_one_surname_after_a_particle_with_two_given_names_is_two_people() -> None:
    text = "Omar Al Mansouri chairs the board. Salma Al Mansoury, a rival bidder, said the vote was rigged."
    assert not fails("entity-spelling", text)
