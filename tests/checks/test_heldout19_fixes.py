"""Fixes for general causes found by the nineteenth held-out set, pinned with hand-written sentences that are not
the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run
from _run import rewrite_findings as findings
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.entity_spelling import EntitySpellingRule
from factcheck.extract.assertions import find_attribution, tokenize

# --- a name with a title in apposition before the reporting verb is an attribution ---------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The chief inspector, Dr. Ruth Obi, said 12 herds were tested.", "Ruth Obi"),
        ("The ship's captain, Capt. Lars Eide, told reporters the hull was intact.", "Lars Eide"),
        ("Her solicitor, Mr Paul Grant, said the appeal would be lodged.", "Paul Grant"),
        ("The head teacher, Ms. Amara Diallo, said 310 pupils sat the exam.", "Amara Diallo"),
        ("Her lawyer, Maria Costa, said the deal was off.", "Maria Costa"),
    ],
)
def test_a_titled_name_in_apposition_is_a_source(text: str, source: str) -> None:
    found = find_attribution(tokenize(text), [])
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ruth Obi tested 12 herds on Monday.",  # no reporting verb
        "The report, by Dr. Ruth Obi, found 12 herds infected.",  # "found" is no reporting verb here
    ],
)
def test_a_titled_name_without_a_report_is_no_source(text: str) -> None:
    assert find_attribution(tokenize(text), []) is None


# --- "the first two days" picks part of a sequence: no count of the whole ------------------------------------------

_FAIR_SOURCE = (
    "The Harrowgate county fair closed on Sunday after drawing record crowds. Judges awarded 62 rosettes across the "
    "four days of the fair, more than last year. The prize for the best heifer went to a farm near Ellerby. "
    "Organisers said the fair would return next August with a new show ring."
)
_FAIR_REWRITE = (
    "The Harrowgate county fair ended on Sunday with record crowds. Judges awarded 62 rosettes at the fair, {} "
    "The prize for the best heifer went to a farm near Ellerby. Organisers said the fair would return next August "
    "with a new show ring."
)


def test_a_count_of_the_first_days_is_no_count_of_all_the_days() -> None:
    rewrite = _FAIR_REWRITE.format("with 40 handed out over the first three days of the fair.")
    assert not findings("cross-document-number", _FAIR_SOURCE, rewrite)


def test_a_changed_count_of_the_whole_still_fails() -> None:
    rewrite = _FAIR_REWRITE.format("handed out across the three days of the fair.")
    assert findings("cross-document-number", _FAIR_SOURCE, rewrite)


# --- a place's accents kept inside an institution's own name are not the writer's spelling -------------------------


def _spelling(text: str) -> list[str]:
    return [f.severity for f in run(EntitySpellingRule(id="generic.entity-spelling"), text).findings]


def test_an_accented_name_inside_a_foreign_institution_name_is_not_flagged() -> None:
    text = (
        "Researchers at the Universidad de Bogotá mapped the river basin. The study was presented in Bogota on "
        "Tuesday, where the city's water utility said it would use the maps."
    )
    assert _spelling(text) == []


def test_a_place_spelled_both_ways_by_the_writer_is_still_noted() -> None:
    text = (
        "The summit opened in Bogotá on Monday with 40 delegations. By Tuesday, talks in Bogota had stalled over the "
        "wording of the final statement."
    )
    assert _spelling(text) == ["info"]


# --- change arithmetic: a time word after the ends, the rupee written "Rs" -------------------------------------------


def _change(text: str) -> list[str]:
    return [f.message for f in run(default_rule("change-arithmetic"), text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "The reservoir level rose from 41 metres to 58 metres overnight, an increase of 19 metres.",
        "Membership fell from 2,400 to 1,900 last year, a drop of 30%.",
        "The hospital's budget grew by 40%, from Rs 450 crore to Rs 520 crore.",
        "Exports rose by 9%, from Rs 12,000 crore to Rs 14,600 crore.",
    ],
)
def test_a_wrong_change_is_read_through_a_time_word_or_a_rupee_prefix(text: str) -> None:
    assert _change(text)


@pytest.mark.parametrize(
    "text",
    [
        "The reservoir level rose from 41 metres to 58 metres overnight, an increase of 17 metres.",
        "Membership fell from 2,400 to 1,900 last year, a drop of 21%.",
        "The hospital's budget grew by 15.6%, from Rs 450 crore to Rs 520 crore.",
        "Sales rose from 500 to 560 last year, 10 more stores opened in March.",  # no size after the time word
    ],
)
def test_a_right_change_or_no_size_stays_silent(text: str) -> None:
    assert not _change(text)


# --- unit-conversion: a temperature after "at" or "to" is a reading, not a difference -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Probes put the moon's night-side temperature at about -170 C (-306 F), cold even by lunar standards.",
        "The freezer was set to -18C (-32F) by the inspectors.",
    ],
)
def test_a_reading_after_at_or_to_is_no_difference(text: str) -> None:
    assert fails("unit-conversion", text)


@pytest.mark.parametrize(
    "text",
    [
        "Probes put the moon's night-side temperature at about -170 C (-274 F), cold even by lunar standards.",
        "Global temperatures have risen to 1.5C (2.7F) above the pre-industrial average.",
        "The lake warmed by 2C (3.6F) over the decade, the survey found.",
    ],
)
def test_readings_and_differences_that_convert_pass(text: str) -> None:
    assert passes("unit-conversion", text)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-200, max_value=-20))
def test_a_reading_converted_as_a_difference_is_flagged(celsius: int) -> None:
    wrong = round(celsius * 9 / 5)  # the difference's conversion, no 32 added
    text = f"Sensors put the crater floor at about {celsius} C ({wrong} F), cold by any standard."
    assert fails("unit-conversion", text)


def test_a_verb_before_the_temperature_is_no_reading() -> None:
    text = "It was the first decade to exceed 1.2C (2.2F) of warming, the agency said."
    assert passes("unit-conversion", text)


# --- duration-dates: an age is no duration --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 54-year-old pier closed on Monday, March 1, and will reopen on Friday, April 30.",
        "The pier, now 54 years old, closed on Monday, March 1, and will reopen on Friday, April 30.",
    ],
)
def test_an_age_beside_a_span_is_no_duration(text: str) -> None:
    assert not fails("duration-dates", text)


def test_a_wrong_duration_beside_an_age_is_still_flagged() -> None:
    text = "The 54-year-old pier was shut for 40 days, from Monday, March 1, to Friday, April 30."
    assert fails("duration-dates", text)
