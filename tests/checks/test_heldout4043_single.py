"""Fixes for general causes found by the single articles of the fortieth to forty-third held-out sets, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, fails, passes, run, silent

from factcheck.extract.sentences import sentence_bounds

# --- percent-of: "X of the N …, or Z of them" with a share of something else in between -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 9 / 30 = 30%
        "Only 9 of the 30 schools met the 80% attendance target, or 40 per cent of them.",
        # 14 / 56 = 25%
        "Just 14 of the 56 wards hit the 90 per cent screening goal, or about a third of them.",
    ],
)
def test_a_share_of_them_after_a_share_of_something_else_is_checked(text: str) -> None:
    assert fails("percent-of", text)


def test_a_share_of_them_after_a_share_of_something_else_that_matches_passes() -> None:
    assert passes("percent-of", "Only 9 of the 30 schools met the 80% attendance target, or 30 per cent of them.")


def test_a_count_of_other_things_before_of_them_is_not_read() -> None:
    # "them" may be the 400 pupils: the share's whole is not said
    assert silent("percent-of", "Only 9 of the 30 schools enrolled 400 pupils, or 40 per cent of them.")


# --- percent-of: "Of N …, X ⟨predicate⟩, or Z," and a dash aside renaming the whole --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 27 / 45 = 60%
        "Of the 45 grants the fund will make this year, 27 are to go to rural charities and trusts, or more than "
        "two-thirds, the trustees said.",
        # 40 / 160 = 25%
        "Of the 160 runners who started, 40 came from clubs in Leeds, York or Hull — about a third of the field.",
        # 10 / 40 = 25%
        "Of the 40 bands on the programme, 10 are from abroad — half the line-up — the organisers said.",
    ],
)
def test_a_share_after_the_part_s_predicate_is_checked(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 45 grants the fund will make this year, 27 are to go to rural charities, or 60 per cent, the "
        "trustees said.",
        "Of the 40 bands on the programme, 20 are from abroad — half the line-up — the organisers said.",
    ],
)
def test_a_share_after_the_part_s_predicate_that_matches_passes(text: str) -> None:
    assert passes("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        # a share with no "or" may be of something else
        "Of the 160 runners who started, 40 came from Leeds, a third of the county's clubs.",
        # commas in the predicate before a comma: which comma opens the share is not said
        "Of the 160 runners who started, 40 came from Leeds, York, or a third of the field.",
        # "a third the size": only "half" names its whole without "of"
        "Of the 40 bands on the programme, 10 are from abroad — a third the fee — the organisers said.",
    ],
)
def test_a_share_after_a_predicate_that_names_no_whole_is_not_read(text: str) -> None:
    assert silent("percent-of", text)


# --- sum-of-parts: a total closed through its parts, "splits into", and "a €N loan" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 4.1 + 2.2 + 1.5 = 7.8
        "The £8.6m shortfall will be closed through £4.1m of efficiency savings, £2.2m from higher parking fees "
        "and £1.5m from reserves.",
        # 300,000 + 150,000 + 90,000 = 540,000
        "The €600,000 cost is made up of €300,000 from the sports grant, €150,000 raised by members and a €90,000 "
        "loan from the bank.",
    ],
)
def test_a_breakdown_that_does_not_add_up_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


def test_a_breakdown_closing_a_gap_that_adds_up_passes() -> None:
    text = (
        "The £7.8m shortfall will be closed through £4.1m of efficiency savings, £2.2m from higher parking fees "
        "and £1.5m from reserves."
    )
    assert passes("sum-of-parts", text)


def test_a_gap_closed_partly_through_its_parts_is_not_read() -> None:
    text = "The £8.6m shortfall will be partly closed through £4.1m of savings and £2.2m from higher parking fees."
    assert silent("sum-of-parts", text)


def test_a_year_named_subject_splits_the_amount_of_the_sentence_before() -> None:
    before = "The utility set its 2029 capital budget at $900 million, up from $750 million last year."
    wrong = "The 2029 budget splits into $500 million for pipes, $250 million for pumps and $100 million for meters."
    right = "The 2029 budget splits into $500 million for pipes, $300 million for pumps and $100 million for meters."
    assert fails("sum-of-parts", f"{before} {wrong}")
    assert passes("sum-of-parts", f"{before} {right}")


def test_a_change_s_start_is_never_the_total() -> None:
    # the parts add up to the start ($850 million), never the total: the end ($1.2 billion) is
    before = "The utility's budget rose to $1.2 billion, up from $850 million last year."
    after = "The budget splits into $500 million for pipes, $250 million for pumps and $100 million for meters."
    report = run(default_rule("sum-of-parts"), f"{before} {after}")
    assert [f.message for f in report.findings] == [
        "500 million + 250 million + 100 million = 0.85 billion, not 1.2 billion"
    ]


# --- sentences: a hard-wrapped line that ends on a word no sentence ends on ------------------------------------------


def test_a_line_ending_on_a_preposition_goes_on_to_the_next_line() -> None:
    text = (
        "The £8.6m shortfall will be closed through\n£4.1m of savings, £2.2m from higher fees and £1.5m from reserves."
    )
    assert [text[s:e] for s, e in sentence_bounds(text)] == [text]


def test_a_short_line_ending_on_a_name_keeps_its_break() -> None:
    text = "Report by Anna Price\nThe council will meet on Monday to agree the budget for next year."
    assert len(list(sentence_bounds(text))) == 2


# --- count-vs-list: phrases to the end of the sentence, an "of" kind, capitalised plurals -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a serial comma: every comma ends an item, the last may hold "and"
        "The study enrolled three groups of older adults: people living alone, people in care homes, people "
        "with dementia, and people who had been discharged from hospital and lived with family.",
        # items that open alike, each with a gerund
        "The board set out two aims for the coming year: cutting waiting times, widening access to clinics "
        "and recruiting more nurses.",
        # items that open with the same word
        "The festival added four new prizes: best short film, best debut feature and best animated documentary.",
        # a capitalised plural after a determiner
        "She spoke on behalf of the three member Nations — Tonga, Samoa, Fiji and Vanuatu — at the summit.",
    ],
)
def test_a_list_that_disagrees_with_its_count_is_flagged(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The board set out three aims for the coming year: cutting waiting times, widening access to clinics "
        "and recruiting more nurses.",
        "She spoke on behalf of the four member Nations — Tonga, Samoa, Fiji and Vanuatu — at the summit.",
    ],
)
def test_a_list_that_matches_its_count_passes(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # items that do not open alike, no serial comma: "raising prices and wages" may be one item
        "The plan has two goals: cutting costs, higher prices and wages.",
        # a clause after the list: the list does not run to the end of the sentence
        "The firm set three goals: to cut costs, raise prices and hire staff, the chief executive said.",
        # a capitalised plural with no determiner
        "Three Lions — Kane, Rice, Saka and Foden — were rested.",
    ],
)
def test_a_list_whose_items_are_not_clear_is_not_read(text: str) -> None:
    assert silent("count-vs-list", text)


# --- duration-dates: N weeks of a weekly event ----------------------------------------------------------------------


def _duration(text: str) -> tuple[list[str], list[str]]:
    report = run(default_rule("duration-dates"), text, published=dt.date(2027, 6, 7))
    return [f.message for f in report.findings], [f.message for f in report.passed]


def test_n_weeks_of_a_weekly_event_on_its_weekday_passes() -> None:
    # 17 June and 5 August 2027 are Thursdays, 49 days apart: eight Thursdays
    found, passed = _duration("The Thursday film club will run for eight weeks, June 17 through August 5, at the hall.")
    assert not found and passed and "8 Thursdays" in passed[0]


@pytest.mark.parametrize(
    "text",
    [
        # no weekday named, no weekly rhythm: counted in days
        "The exhibition will run for eight weeks, June 17 through August 5, at the hall.",
        # another weekday named than the dates'
        "The Monday film club will run for eight weeks, June 17 through August 5, at the hall.",
        # dates on two weekdays: 14 October 2027 is a Thursday, 18 January 2028 a Tuesday
        "The weekly course runs for ten weeks, from 14 October to 18 January.",
    ],
)
def test_n_weeks_that_are_not_n_weekly_occurrences_are_flagged(text: str) -> None:
    found, _ = _duration(text)
    assert found


# --- entity-spelling: ee/i and demonyms inside names ----------------------------------------------------------------


def test_ee_and_i_are_one_transliteration() -> None:
    report = run(
        default_rule("entity-spelling"),
        "Opposition leader Tariq Rasheedi walked out of the session. Later, Mr Rashidi told reporters the budget "
        "was a fraud.",
    )
    assert [f.severity for f in report.findings] == ["info"]


def test_lee_and_li_are_two_names() -> None:
    text = "Lee Min-ho met Li Wei in Seoul. Lee said the talks went well, and Li agreed."
    assert silent("entity-spelling", text)


def test_a_demonym_in_a_place_s_name_is_never_a_misspelt_place() -> None:
    text = (
        "The pact is the first with a Latin American partner. The minister called Mexico a gateway to the "
        "Americas for exporters."
    )
    assert silent("entity-spelling", text)


# --- change-arithmetic: an end written in the initials of the start's magnitude and unit ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 1.5 / 1.2 = +25%
        "Output rose from 1.2 million barrels a day in the first half of 2026 to 1.5 mb/d a year later, an increase "
        "of 40 percent.",
        # 3.3 / 3.0 = +10%
        "Exports rose from 3.0 billion cubic metres to 3.3 bcm, an increase of 25 percent.",
    ],
)
def test_an_end_in_the_start_s_initials_is_read_in_its_magnitude(text: str) -> None:
    assert fails("change-arithmetic", text)


def test_an_end_in_the_start_s_initials_that_matches_passes() -> None:
    text = "Output rose from 1.2 million barrels a day in the first half of 2026 to 1.5 mb/d a year later, up 25%."
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        # another unit after the end
        "Output rose from 1.2 million barrels a day to 1.5 mt, an increase of 40 percent.",
        # an absolute size in the initials is not read
        "Output rose from 1.2 million barrels a day to 1.5 mb/d, an increase of 0.4 mb/d.",
    ],
)
def test_an_end_in_other_letters_is_not_read(text: str) -> None:
    assert silent("change-arithmetic", text)


# --- near-misses the fixes above must leave alone -------------------------------------------------------------------


def test_a_count_of_sources_is_no_sum_of_money() -> None:
    text = "The hall is funded from three sources: an $8 million bond, a $2 million grant and $1.5 million in gifts."
    assert silent("sum-of-parts", text)


def test_a_capitalised_count_opens_a_name() -> None:
    text = "The coach named a 30-strong squad for the Six Nations: Ann Byrne, Cara Doyle and Orla Keane."
    assert silent("count-vs-list", text)
