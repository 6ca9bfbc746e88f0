"""Fixes for general causes found by the sixth held-out set (multi-document checks), pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes
from test_entity_spelling import ACROSS
from test_entity_spelling import run as run_spelling

from factcheck.checks.entity_spelling import plain, unmarked

# --- entity-spelling: letters whose mark does not decompose, a doubled last letter, South Slavic -ija ----------------


def test_unmarked_folds_letters_that_do_not_decompose() -> None:
    assert unmarked("Bjørn Łęcki Æsir Strauß") == "Bjorn Lecki Aesir Strauss"
    assert plain("Søndergaard") == plain("Sondergaard")


@pytest.mark.parametrize(
    "texts",
    [
        ("Coach Bjørn Halvorsen praised the defence.", "Coach Bjorn Halvorsen praised the defence again."),
        ("Striker Łukasz Wrona scored twice.", "Striker Lukasz Wrona scored again."),
        ("Floods cut off the village of Dubravija.", "Floods cut off the village of Dubravia overnight."),
    ],
)
def test_unmarked_letters_and_ija_are_info_not_warnings(texts: tuple[str, ...]) -> None:
    assert [f.severity for f in run_spelling(*texts, rule=ACROSS).findings] == ["info"]


@pytest.mark.parametrize(
    "texts",
    [
        ("Professor Ruth Kaufmann led the survey.", "Professor Ruth Kaufman, who led the survey, spoke."),
        ("Ambassador Tomas Lindell arrived in Oslo.", "Ambassador Tomas Lindel arrived in Oslo on Monday."),
    ],
)
def test_a_dropped_doubled_last_letter_is_flagged(texts: tuple[str, ...]) -> None:
    findings = run_spelling(*texts).findings
    assert [f.severity for f in findings] == ["error"], [f.message for f in findings]  # the rule's severity


@pytest.mark.parametrize(
    "texts",
    [
        ("Peter Hoffman chaired the meeting. Laura Hoffmann took notes.",),  # different given names: two people
        ("Troops entered Pokrovsk. Villagers left Pokrovske.",),  # one name extends the other by a new letter
        ("Olga Ivanova and Pavel Ivanov arrived.",),
    ],
)
def test_extensions_other_than_doubling_stay_silent(texts: tuple[str, ...]) -> None:
    assert run_spelling(*texts).findings == []


# --- cross-document-number: the whole of a partitive against a restated part --------------------------------------

_WHOLE = "Exit polls gave the Green Party 14 of the 60 seats on the Halden regional council, the broadcaster NRK said."


def test_a_partitive_whole_is_not_compared_with_its_restated_part() -> None:
    restated = "The Green Party won 14 seats on the 60-member Halden regional council, exit polls shown by NRK said."
    assert not fails("cross-document-number", _WHOLE, restated)


def test_a_partitive_whole_still_disagrees_with_another_part() -> None:
    changed = "The Green Party won 19 seats on the 60-member Halden regional council, exit polls shown by NRK said."
    assert fails("cross-document-number", _WHOLE, changed)


# --- cross-document-number: capitalised modifiers between a number and its counted noun ---------------------------

_TELLERS = "About 1,800 bank tellers employed by Harlow Mutual struck on Friday over pay and pensions, the union said."


def test_capitalised_modifiers_do_not_hide_the_counted_noun() -> None:
    changed = "Some 8,100 Harlow Mutual bank tellers struck on Friday over pay and pensions, the union said."
    kept = "Some 1,800 Harlow Mutual bank tellers struck on Friday over pay and pensions, the union said."
    assert fails("cross-document-number", _TELLERS, changed)
    assert passes("cross-document-number", _TELLERS, kept)


def test_four_capitalised_words_are_a_name_not_modifiers() -> None:
    # more than three capitalised words before the noun: a long name, the number is not read as counting the noun
    other = "Some 8,100 Harlow Mutual Savings Bank North tellers struck on Friday over pay and pensions, the union said"
    assert not fails("cross-document-number", _TELLERS, other)
