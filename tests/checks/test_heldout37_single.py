"""Fixes for general causes found by the single articles of the thirty-seventh held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, rewrite_findings, silent

# --- unit-conversion: a measure of something restated after ", or about" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 250 mm = 9.8 in
        "The town recorded 250 millimetres of snow in February, or about 14 inches.",
        # 30 km = 18.6 miles
        "Volunteers cleared 30 kilometres of hiking trail, or roughly 25 miles.",
    ],
)
def test_a_measure_restated_after_comma_or_about_is_checked(text: str) -> None:
    assert fails("unit-conversion", text)


def test_a_measure_restated_after_comma_or_about_that_matches_passes() -> None:
    assert passes("unit-conversion", "The town recorded 250 millimetres of snow in February, or about 10 inches.")


@pytest.mark.parametrize(
    "text",
    [
        # an alternative, not a restatement: no comma and no hedge
        "Crews will lay 30 kilometres of cable or 12 miles of pipe this year.",
        "Crews will lay 30 kilometres of cable, or 12 miles of pipe if the permit is late.",
    ],
)
def test_an_alternative_measure_after_or_is_not_a_conversion(text: str) -> None:
    assert silent("unit-conversion", text)


# --- percent-of: a share of a whole stated right after the part ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 4,120 / 17,530 = 23.5%
        "The Green candidate polled 4,120 votes, 28.5 per cent of the 17,530 cast in the ward.",
        # 312 / 1,040 = 30%
        "The agency approved 312 applications, 35% of the 1,040 applications it received.",
    ],
)
def test_a_share_stated_right_after_its_part_is_checked(text: str) -> None:
    assert fails("percent-of", text)


def test_a_share_stated_right_after_its_part_that_matches_passes() -> None:
    assert passes("percent-of", "The Green candidate polled 4,120 votes, 23.5 per cent of the 17,530 cast in the ward.")


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole: seats against votes
        "The party won 12 seats, 40% of the 30,000 votes counted in the city.",
        "The party won 12 seats, 40% of the 30,000 ballots in the city.",
    ],
)
def test_a_share_of_another_whole_after_a_part_is_not_checked(text: str) -> None:
    assert silent("percent-of", text)


# --- count-vs-list: an idiom's object ("changed hands") names nothing the list could ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three wards changed hands: Northfield, Lower Marsh, Kingsmead and Oakley Park.",
        "Two councillors switched sides: Anna Berg, Tom Price and Lee Cho.",
    ],
)
def test_a_count_before_an_idiom_and_a_longer_list_is_flagged(text: str) -> None:
    assert fails("count-vs-list", text)


def test_a_count_before_an_idiom_and_its_list_passes() -> None:
    assert passes("count-vs-list", "Three wards changed hands: Northfield, Lower Marsh and Kingsmead.")


def test_a_plural_object_that_is_no_idiom_may_be_what_the_list_names() -> None:
    assert silent("count-vs-list", "Three unions changed rules: pay, leave, pensions and overtime.")


# --- sum-of-parts: a total joined by a hyphen to what its noun is made of ("the 45-member council") ------------------


@pytest.mark.parametrize(
    "text",
    [
        # 20 + 12 + 9 + 3 = 44
        "The 45-member council is made up of 20 Labour, 12 Conservative, nine Green and three independent members.",
        # 6 + 4 + 3 = 13
        "The 12-seat board is now made up of six elected, four appointed and three staff representatives.",
    ],
)
def test_a_hyphenated_total_whose_parts_miss_it_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


def test_a_hyphenated_total_whose_parts_add_up_passes() -> None:
    text = "The 45-member council is made up of 20 Labour, 13 Conservative, nine Green and three independent members."
    assert passes("sum-of-parts", text)


def test_a_hyphenated_measure_of_something_else_is_not_a_total() -> None:
    # the parts count rooms, not years
    assert silent("sum-of-parts", "The 150-year-old school is made up of 12 classrooms, four labs and two halls.")


# --- cross-document-number: a magnitude glued to a count ("4.3m households") is the same figure ---------------------

_GRID = (
    "The regulator said the upgrade programme was running ahead of schedule in most regions. "
    "Engineers completed work on 212 substations over the year, it added. "
    "Network operators expect to finish the programme by the end of 2029. "
)
_GRID_SOURCE = (
    _GRID + "\n\n- 4.3 million households now have a smart meter fitted and working — 61% of those that were offered "
    "one;\n"
)


def _grid_rewrite(count: str) -> str:
    return (
        _GRID + f"\n\n- **Uptake rises.** {count} households actually have a smart meter fitted and working, about "
        "three in five of those offered one.\n"
    )


def test_a_count_with_a_glued_magnitude_restates_the_figure_written_in_words() -> None:
    assert rewrite_findings("cross-document-number", _GRID_SOURCE, _grid_rewrite("4.3m")) == []


def test_a_count_with_a_glued_magnitude_that_differs_is_flagged() -> None:
    found = rewrite_findings("cross-document-number", _GRID_SOURCE, _grid_rewrite("2.1m"))
    assert [f.message for f in found] == [
        "rewrite says 2.1m households (2,050,000–2,150,000) where the source sentence it restates says 4.3 million "
        "(4,250,000–4,350,000)"
    ]


# --- entity-spelling: an English word in another language is no misspelling of it ----------------------------------


def test_an_english_word_in_another_language_is_no_misspelling() -> None:
    text = (
        "Lusa — Natura\n\nThe Portuguese Minister of Nature, Ana Costa, opened the reserve on Tuesday. "
        "Costa said the reserve would grow."
    )
    assert silent("entity-spelling", text)


def test_a_name_one_vowel_from_an_english_word_is_still_compared_within_a_full_name() -> None:
    text = (
        "Coach Anna Grace picked the squad on Monday. Anna Grace said the players were ready. "
        "Anna Graca added that two were injured."
    )
    assert fails("entity-spelling", text)
