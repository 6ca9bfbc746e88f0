"""Fixes of the single-document checks for general causes found by the seventeenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import fails, passes, silent
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


# --- sum-of-parts: an "of" head whose noun runs on ("Of the 9 judges on the bench, …") -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 9 judges on the appeal bench, five upheld the ruling, three dissented and two recused themselves.",
        "Of the 15 trustees of the museum board, eight backed the sale, five opposed it and four abstained.",
    ],
)
def test_an_of_head_with_a_longer_noun_is_read(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 9 judges on the appeal bench, five upheld the ruling, three dissented and one recused herself.",
        "Of the 15 trustees of the museum board, eight backed the sale, five opposed it and two abstained.",
    ],
)
def test_an_of_head_with_a_longer_noun_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


# --- sum-of-parts: the first part number first, the others named after ", with" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 52,000 students, 21,000 study in Aberdeen, with Dundee at 17,500, Perth 9,800 and Inverness 6,100.",
        "Of the county's 640 schools, 250 are in North Ayr, with South Ayr at 230 and Central Ayr 190.",
    ],
)
def test_named_parts_after_with_that_exceed_the_total_are_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 52,000 students, 21,000 study in Aberdeen, with Dundee at 17,500, Perth 7,800 and Inverness 5,700.",
        # the named parts may leave some of the total to places not named
        "Of the county's 640 schools, 250 are in North Ayr, with South Ayr at 230 and Central Ayr 100.",
    ],
)
def test_named_parts_after_with_within_the_total_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # lowercase labels after "with" may break the first part down, not the total
        "Of the 1,000 voters polled, 600 said yes, with men at 320 and women at 280.",
        # the first part names no place or group
        "Of the 800 flats, 500 were sold, with Block A at 300 and Block B 200.",
    ],
)
def test_with_parts_that_may_break_down_the_first_part_are_not_read(text: str) -> None:
    assert silent("sum-of-parts", text)


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(st.integers(100, 9000), min_size=3, max_size=4), extra=st.integers(1, 500))
def test_with_parts_are_flagged_exactly_when_they_exceed_the_total(parts: list[int], extra: int) -> None:
    names = ["Northgate", "Eastfield", "Southmoor", "Westbury"]
    rest = ", ".join(f"{n} {p:,}" for n, p in zip(names[1:-1], parts[1:-1], strict=False))
    last = f"{names[len(parts) - 1]} {parts[-1]:,}"
    listed = f"{rest} and {last}" if rest else last
    head = f"{parts[0]:,} lived in {names[0]}, with {listed.replace(' ', ' at ', 1)}"
    total = sum(parts)
    assert passes("sum-of-parts", f"Of the {total + extra:,} residents, {head}.")
    assert fails("sum-of-parts", f"Of the {total - min(extra, parts[0] - 1):,} residents, {head}.")


# --- change-arithmetic: a spaced hyphen written for a dash before the size ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wheat traded at $262 a tonne over the quarter, up from $230 in the previous quarter - a rise of 8.7%.",
        "Ticket sales rose from 4,000 to 4,600 - an increase of 25%.",
        "The average rent was £1,150 a month in the year to June, down from £1,240 - a fall of 12%.",
    ],
)
def test_a_size_after_a_spaced_hyphen_is_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Wheat traded at $250 a tonne over the quarter, up from $230 in the previous quarter - a rise of 8.7%.",
        "Ticket sales rose from 4,000 to 4,600 - an increase of 15%.",
        "The average rent was £1,150 a month in the year to June, down from £1,240 - a fall of 7.3%.",
    ],
)
def test_a_right_size_after_a_spaced_hyphen_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


def test_a_number_after_a_spaced_hyphen_that_is_no_size_is_not_read() -> None:
    # the number after the dash is a count of something else, not the change
    assert silent("change-arithmetic", "Membership was 4,600 last year, up from 4,000 - 12 clubs closed.")


@settings(max_examples=40, deadline=None)
@given(start=st.integers(100, 5000), pct=st.integers(1, 60))
def test_a_dashed_size_agrees_with_its_ends(start: int, pct: int) -> None:
    end = round(start * (1 + pct / 100))
    size = (end - start) / start * 100
    text = f"The index stood at {end:,} in March, up from {start:,} - a rise of {size:.1f}%."
    assert passes("change-arithmetic", text)
    assert fails(
        "change-arithmetic", f"The index stood at {end:,} in March, up from {start:,} - a rise of {size + 5:.1f}%."
    )


# --- count-vs-list: a count as the subject of a past verb of placing, its phrase holding a rank --------------------


@pytest.mark.parametrize(
    "text",
    [
        "At the nationals, two club swimmers finished in the top 20: Ana Ruiz of Leon, Mia Costa and Lara Pike.",
        "Four Irish boxers reached the last 16 — Kelly, Walsh, Byrne, Doyle and Nolan.",
        "Three juniors qualified for the final: Okafor, Lindqvist, Haddad and Moreau of Lyon.",
    ],
)
def test_a_placed_count_with_another_number_of_names_is_flagged(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "At the nationals, two club swimmers finished in the top 20: Ana Ruiz of Leon and Mia Costa.",
        "Four Irish boxers reached the last 16 — Kelly, Walsh, Byrne and Doyle.",
        "Three juniors qualified for the final: Okafor, Lindqvist and Moreau of Lyon.",
    ],
)
def test_a_placed_count_with_as_many_names_passes(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # the list is of what they won, not of them
        "Three local riders finished in the top 20 and won prizes: cash, medals and trophies.",
        # a number in the clause that is no rank
        "Two runners finished in 12 minutes: Okafor, Lindqvist and Moreau.",
        # no list after the colon
        "She had entered four times before and finished second in three of them.",
    ],
)
def test_a_placed_count_without_its_list_is_not_read(text: str) -> None:
    assert silent("count-vs-list", text)


# --- stance-conflict: a body's own spokesperson speaks for it, no reported dispute --------------------------------

_APPROVED = "Falkirk Council has approved the marina scheme for the old docks."


@pytest.mark.parametrize(
    "said",
    [
        "A council spokesman said the local authority had not yet decided whether to approve the marina scheme.",
        "A spokeswoman for the council said the authority had not decided whether to back the marina scheme.",
    ],
)
def test_a_spokesperson_leaving_open_what_the_writer_says_was_decided_is_flagged(said: str) -> None:
    assert fails("stance-conflict", f"{_APPROVED} {said}")


@pytest.mark.parametrize(
    "said",
    [
        # a third party's word: a reported dispute
        "Campaigners said the council had not yet decided whether to approve the marina scheme.",
        # another body's spokesperson
        "A police spokesman said the force had not yet decided whether to approve the marina scheme.",
        # the spokesperson agrees with the writer
        "A council spokesman said the authority had already approved the marina scheme.",
        # another matter
        "A council spokesman said the local authority had not yet decided whether to approve the ferry terminal.",
    ],
)
def test_a_spokesperson_that_does_not_contradict_the_writer_is_silent(said: str) -> None:
    assert not fails("stance-conflict", f"{_APPROVED} {said}")


def test_a_spokesperson_of_one_of_two_councils_is_not_resolved() -> None:
    text = (
        "Falkirk Council has approved the marina scheme. Perth Council objected to it. A council spokesman said "
        "the local authority had not yet decided whether to approve the marina scheme."
    )
    assert not fails("stance-conflict", text)
