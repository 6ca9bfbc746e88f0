"""Fixes for general causes found by the single articles of the forty-fourth held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run, silent

# --- sum-of-parts: a head that counts the list's items in words is no total ------------------------------------------


def test_a_count_of_the_items_takes_the_total_before_it() -> None:
    # 410 + 300 + 250 = 960
    text = (
        "Inspectors visited 960 farms in the county's three districts: 410 in the east, 300 in the west and 250 in "
        "the south."
    )
    report = run(default_rule("sum-of-parts"), text)
    assert not report.findings
    assert [p.message for p in report.passed] == ["410 + 300 + 250 = 960, matching 960"]


def test_a_count_of_the_items_before_a_wrong_sum_is_flagged_against_the_total() -> None:
    # 410 + 300 + 250 = 960, not 990
    assert fails(
        "sum-of-parts",
        "Inspectors visited 990 farms in the county's three districts: 410 in the east, 300 in the west and 250 in "
        "the south.",
    )


def test_a_count_of_the_items_after_a_participle_takes_the_total_before_the_comma() -> None:
    # 520 + 310 + 240 = 1,070, not 1,120; "2031" is a year, no total
    report = run(
        default_rule("sum-of-parts"),
        "The board has promised 1,120 new flats by 2031, spread across three estates: 520 in Easton, 310 in Redfield "
        "and 240 in Lawrence Hill.",
    )
    assert [f.message for f in report.findings] == ["520 + 310 + 240 = 1,070, not 1,120"]


def test_a_count_of_the_items_after_another_clause_is_silent() -> None:
    assert silent(
        "sum-of-parts",
        "The board sold 1,120 flats last year, and it owns three estates: 520 in Easton, 310 in Redfield and 240 in "
        "Lawrence Hill.",
    )


def test_a_count_of_the_items_with_no_total_before_it_is_silent() -> None:
    assert silent(
        "sum-of-parts",
        "Inspectors visited farms in three districts: 410 in the east, 300 in the west and 250 in the south.",
    )


# --- sum-of-parts: "was split as" heads a breakdown, across a hard-wrapped line ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 5.1 + 2.2 + 1.6 = 8.9, not 9.4
        "The $9.4 million grant was split as $5.1 million for the library, $2.2 million for the pool and $1.6 "
        "million for parks.",
        "The $9.4 million grant was split as $5.1 million for the library, $2.2\nmillion for the pool and $1.6 "
        "million for parks.",
    ],
)
def test_split_as_heads_a_breakdown(text: str) -> None:
    assert fails("sum-of-parts", text)


def test_split_as_that_adds_up_passes() -> None:
    assert passes(
        "sum-of-parts",
        "The $8.9 million grant was split as $5.1 million for the library, $2.2 million for the pool and $1.6 "
        "million for parks.",
    )


# --- percent-of: "Of those, X ⟨noun⟩ — Z of all those …" takes the count of its noun just before -------------------

_SURVEY = "Inspectors checked 960 rural schools in the region last year."


@pytest.mark.parametrize("sep", [" ", "\n\n"])
def test_a_share_of_all_those_named_again_takes_the_count_before(sep: str) -> None:
    # 240 / 960 = 25%, not "nearly half"; the whole's noun ("schools") comes after a modifier ("rural")
    assert fails("percent-of", f"{_SURVEY}{sep}Of those, 240 schools — nearly half of all those inspected — failed.")
    assert passes("percent-of", f"{_SURVEY}{sep}Of those, 240 schools — a quarter of all those inspected — failed.")


def test_of_those_opening_a_paragraph_points_back_across_it() -> None:
    # "Of those, …" opening a paragraph can only mean the count that closes the paragraph before
    assert fails("percent-of", f"{_SURVEY}\n\nOf those, 240 schools — nearly half — failed.")


def test_a_share_without_of_all_or_of_those_does_not_cross_a_paragraph() -> None:
    assert silent("percent-of", f"{_SURVEY}\n\nNearly half of them, 240 schools, failed.")


def test_a_share_of_all_those_counting_other_things_is_silent() -> None:
    assert silent("percent-of", f"{_SURVEY}\n\nOf those, 240 pupils — nearly half of all those inspected — failed.")


# --- count-vs-list: titles in italics or bold are items ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okoye wrote two novels: *Red Earth*, *The Long Dry* and *Salt Roads*.",
        "Okoye wrote two novels: _Red Earth_, _The Long Dry of the Plains_ and _Salt Roads_.",
        # titles are no readers: the phrase's plural object is not what they name
        "Okoye wrote two novels for young readers: *Red Earth*, *The Long Dry* and *Salt Roads*.",
    ],
)
def test_titles_in_italics_are_counted(text: str) -> None:
    assert fails("count-vs-list", text)


def test_titles_in_italics_that_match_the_count_pass() -> None:
    assert passes(
        "count-vs-list", "Okoye wrote three novels for young readers: *Red Earth*, *The Long Dry* and *Salt Roads*."
    )


@pytest.mark.parametrize(
    "text",
    [
        # plain names after a plural object may name the readers
        "Okoye thanked two novels' young readers: Ama Lee, Kofi Dunn and Efua Mensah.",
        "Okoye wrote three novels for young readers: *Red Earth*, *The Long Dry*, *Salt Roads* and others.",
    ],
)
def test_open_or_unmarked_lists_after_a_plural_object_are_silent(text: str) -> None:
    assert not fails("count-vs-list", text)
