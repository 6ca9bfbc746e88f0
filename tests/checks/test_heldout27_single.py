"""Fixes for general causes found by the single articles of the twenty-seventh held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.entity_spelling import swapped_apart

# --- percent-of: "N …, and X of them, or Z" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The clinic saw 400 patients last week, and 100 of them, or 40%, were children.",
        "Police stopped 250 drivers on the motorway, and 60 of them, or about a half, were over the limit.",
    ],
)
def test_a_wrong_share_in_a_clause_of_its_own_is_flagged(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic saw 400 patients last week, and 100 of them, or a quarter, were children.",
        "Police stopped 250 drivers on the motorway, and 60 of them, or about 24 percent, were over the limit.",
    ],
)
def test_a_right_share_in_a_clause_of_its_own_passes(text: str) -> None:
    assert passes("percent-of", text)


def test_a_share_after_another_count_in_the_clause_is_not_read() -> None:
    # the part's whole is not the first count: 30 of the 12 stations is no share
    assert not fails("percent-of", "Crews fought 400 fires at 12 stations, and 30 of them, or 40%, were arson.")


# --- change-arithmetic: "X things on ⟨day⟩, up Z on the Y things it … on ⟨day⟩" --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The helpline answered 1,860 calls from parents on Friday, up 30 per cent on the 1,550 calls it took on"
        " Thursday.",
        "The bakery sold 480 loaves, up 40% on the 400 loaves it baked last Saturday.",
    ],
)
def test_a_wrong_rise_on_a_day_before_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The helpline answered 1,860 calls from parents on Friday, up 20 per cent on the 1,550 calls it took on"
        " Thursday.",
        "The bakery sold 480 loaves, up 20% on the 400 loaves it baked last Saturday.",
    ],
)
def test_a_right_rise_on_a_day_before_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # the start counts other things: no change of one series
        "The bakery sold 480 loaves on Friday, up 40% on the 400 cakes it baked on Thursday.",
        "The chain sold 480 loaves, up 40% on its 400 stores.",
        # a long phrase after the start that does not name the end's things again
        "The bakery sold 480 loaves, up 40% on the 400 its rival sold in the whole of May.",
    ],
)
def test_a_start_of_another_kind_is_not_compared(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- duration-dates: "held over N days, from A to B" is across N days -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The census was conducted over eight days, from 2 to 13 June 2026, in every district.",
        "The talks, held over three days from 4 to 9 May, ended without a deal.",
    ],
)
def test_an_event_held_over_too_few_days_is_flagged(text: str) -> None:
    assert fails("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        "The census was conducted over 12 days, from 2 to 13 June 2026, in every district.",
        "The talks, held over three days from 4 to 6 May, ended without a deal.",
        # "over" after a word of length is "more than": 12 days is over eight
        "The census lasted over eight days, from 2 to 13 June 2026.",
        # "over" after a verb of change is "across" or "more than"
        "Prices rose 5% over three days, from 12 to 16 May.",
    ],
)
def test_an_event_held_over_its_span_passes(text: str) -> None:
    assert passes("duration-dates", text)


# --- count-vs-list: a lower-case list with an acronym item ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The programme rests on three strands: HIV testing, nutrition, TB care and maternal health.",
        "The charity works across five areas: housing, PTSD support and employment.",
    ],
)
def test_a_list_with_an_acronym_item_is_counted(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The programme rests on four strands: HIV testing, nutrition, TB care and maternal health.",
        "The charity works across three areas: housing, PTSD support and employment.",
    ],
)
def test_a_list_with_an_acronym_item_that_matches_passes(text: str) -> None:
    assert passes("count-vs-list", text)


def test_an_open_list_with_an_acronym_stays_silent() -> None:
    assert not fails("count-vs-list", "The kits hold 20 items, including PPE, soap and gloves.")


# --- entity-spelling: two letters swapped a letter apart --------------------------------------------------------


def test_a_name_with_two_letters_swapped_a_letter_apart_is_flagged() -> None:
    text = (
        '"The roads are still cut," said Marisol Venterola, who heads the provincial relief office.\n\n'
        "Ventelora said two bridges had been washed away."
    )
    assert fails("entity-spelling", text)


@pytest.mark.parametrize(
    "text",
    [
        # two people with different given names
        "Carla Moreno met Luis Morone in Lima on Friday. Moreno said the talks went well.",
        # short names: too often two names
        "Talks between Sarin and Sanir ended on Friday.",
    ],
)
def test_names_with_swapped_letters_that_are_other_names_stay_silent(text: str) -> None:
    assert not fails("entity-spelling", text)


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        ("monterola", "montelora", True),
        ("venterola", "ventelora", True),
        ("abcdef", "abcdef", False),
        ("bertinal", "bretinal", False),  # adjacent: one edit already
        ("abcdefg", "abfdecg", False),  # three letters apart
        ("moreno", "morone", True),
        ("sarin", "sanir", False),  # too short
    ],
)
def test_swapped_apart(a: str, b: str, swapped: bool) -> None:
    assert swapped_apart(a, b) is swapped


@given(st.text(alphabet="abcdefghij", min_size=6, max_size=12), st.data())
def test_swapped_apart_is_symmetric_and_exact(word: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(word) - 3))
    other = word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :]
    assert swapped_apart(word, other) is (word[i] != word[i + 2])
    assert swapped_apart(other, word) is swapped_apart(word, other)


# --- change-arithmetic: "The number of ⟨participle⟩ rose by D from A" after "B people were ⟨participle⟩" -----------


@pytest.mark.parametrize(
    "text",
    [
        "Police say 41 people were arrested after the match.\n\nThe number of arrested rose by nine from the 35 held"
        " at midnight.",
        "Officials said 30 people were evacuated. Most of them were elderly. The number of evacuated rose by 12 from"
        " 22 on Sunday.",
    ],
)
def test_a_wrong_change_to_the_count_before_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


def test_a_right_change_to_the_count_before_passes() -> None:
    text = "Police say 41 people were arrested after the match.\n\nThe number of arrested rose by six from the 35 held."
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # the count before is of other things
        "Police say 41 people were injured after the match.\n\nThe number of arrested rose by nine from the 35 held.",
        # two counts of the participle before: which is the end is not said
        "In Leeds 12 people were injured and in York 30 people were injured.\n\nThe number of injured rose by nine"
        " from 35.",
        # too far back
        "Police say 41 people were arrested. The match ended 2-1. The fans left at 10pm. Four trains ran late."
        " The number of arrested rose by nine from the 35 held.",
    ],
)
def test_a_change_with_no_one_end_before_stays_silent(text: str) -> None:
    assert silent("change-arithmetic", text)
