"""Fixes of the single-document checks for general causes found by the seventeenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import fails, passes
from hypothesis import given, settings
from hypothesis import strategies as st

# --- weekday-date: a year the sentence writes is the year of its year-less date ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 2026 tournament opens on Saturday, 14 March, the federation said.",
        "Next season's festival, in 2026, will close on Friday, March 20.",
        "In 2024 the vote was held on Thursday, 14 March.",
        "The 2026 congress is planned for Thursday 2 April in Durban.",
    ],
)
def test_a_year_written_in_the_sentence_dates_a_yearless_weekday(text: str) -> None:
    assert passes("weekday-date", text)


@pytest.mark.parametrize(
    "text",
    [
        # the weekday falls in neither the nearest year nor the written one
        "The 2026 tournament opens on Sunday, 14 March, the federation said.",
        # a year written for another reason never turns the date into that year unless the weekday falls there
        "The club, founded in 2019, played its first match on Monday, 14 March.",
        # two years written: neither is the date's
        "Between 2024 and 2026 the market opened on Tuesday, 20 March.",
    ],
)
def test_a_weekday_wrong_in_the_written_year_is_still_flagged(text: str) -> None:
    assert fails("weekday-date", text)


@pytest.mark.parametrize(
    "text",
    [
        # the nearest year holds: a year written elsewhere in the sentence changes nothing
        "The club, founded in 2019, played its first match on Friday, 14 March.",
        "The 2025/26 budget was tabled on Friday, 14 March.",
        "Turnout rose 2026 per cent, officials said on Friday, 14 March.",
    ],
)
def test_the_nearest_year_still_confirms_a_weekday(text: str) -> None:
    assert passes("weekday-date", text)


@settings(max_examples=40, deadline=None)
@given(offset=st.integers(1, 3), day=st.integers(1, 300))
def test_any_year_written_confirms_its_own_weekday(offset: int, day: int) -> None:
    when = dt.date(2025, 1, 1) + dt.timedelta(days=day)
    year = 2025 + offset
    try:
        there = when.replace(year=year)
    except ValueError:
        return
    stated = there.strftime("%A")
    text = f"The {year} edition is scheduled for {stated}, {there.day} {there.strftime('%B')}."
    if stated == when.strftime("%A"):
        return
    assert passes("weekday-date", text)
    wrong = (there + dt.timedelta(days=1)).strftime("%A")
    if wrong != when.strftime("%A"):
        day = f"{there.day} {there.strftime('%B')}"
        assert fails("weekday-date", f"The {year} edition is scheduled for {wrong}, {day}.")
