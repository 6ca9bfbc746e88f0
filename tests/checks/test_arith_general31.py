"""percent-of and change-arithmetic, general causes of blind misses, pinned with new sentences (other topics, names
and numbers than the benchmark's): a hedge on a precise figure; words between a verb of change and its ends; the
start named as the same point a year before; a change whose end a sentence before gives; "compared with" without
a comma; "D more than B"; "X …, out of N …, or Z"; a share of the whole's owner or of a noun of the whole's phrase; a
breakdown after a share does not explain it; a bound the part is counted by; "of the cohort" after "Of N …"; ",
which … described as" and a hedge in a quotation; "X of the ⟨things⟩" counted before; "Of those ⟨verb⟩ing"."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- change-arithmetic ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a hedge on a figure given to three significant digits is its last digit, not a tenth
        "Some 734 flights were cancelled on Friday, up from 652 on the same day last week, an increase of 92.",
        "Claimants fell to about 2.46 million from 2.51 million, a drop of 20,000, the department said.",
        # words between the verb and its ends
        "Its subscriber base grew steadily over the winter from 312.5 million to 318.1 million, up 4.6 million.",
        # the start's time named as the same point a year before
        "Reservoir storage fell from 6,215 gigalitres on the same date last year to 5,874 gigalitres, a drop of 441.",
        "Weekly sales rose from 1,845 a year earlier to 2,106, an increase of 361.",
        # "compared with" without a comma
        "Rangers counted 2,318 nesting pairs this spring compared with 2,047 in 2025, an increase of 371.",
        # "D more than B"
        "The fun run drew 8,214 entrants, a club record and 914 more than the previous high of 7,600 set in 2024.",
        "The depot handled 12,480 parcels, 1,100 fewer than the 13,280 it moved a week earlier.",
    ],
)
def test_a_change_that_does_not_match_its_ends_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 734 flights were cancelled on Friday, up from 652 on the same day last week, an increase of 82.",
        "Claimants fell to about 2.46 million from 2.51 million, a drop of 50,000, the department said.",
        "Its subscriber base grew steadily over the winter from 312.5 million to 318.1 million, up 5.6 million.",
        "Reservoir storage fell from 6,215 gigalitres on the same date last year to 5,874 gigalitres, a drop of 341.",
        "Weekly sales rose from 1,845 a year earlier to 2,106, an increase of 261.",
        "Rangers counted 2,318 nesting pairs this spring compared with 2,047 in 2025, an increase of 271.",
        "The fun run drew 8,214 entrants, a club record and 614 more than the previous high of 7,600 set in 2024.",
        "The depot handled 12,480 parcels, 800 fewer than the 13,280 it moved a week earlier.",
    ],
)
def test_a_change_that_matches_its_ends_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


def test_a_round_hedged_end_keeps_the_hedges_slack() -> None:
    # "about 1,200" is no precise figure: 1,200 − 1,000 may well be 250 by the hedge
    assert not fails("change-arithmetic", "About 1,200 people came, up from 1,000 last year, an increase of 250.")


def test_a_change_whose_end_the_sentence_before_gives_is_checked() -> None:
    before = "The ferry line carried 4.82 million passengers in the year to June, its busiest on record."
    wrong = before + " Traffic grew from 4.31 million in the year before, an increase of 0.61 million passengers."
    right = before + " Traffic grew from 4.31 million in the year before, an increase of 0.51 million passengers."
    assert fails("change-arithmetic", wrong)
    assert passes("change-arithmetic", right)


def test_a_start_only_change_of_another_subject_is_not_read() -> None:
    # the figure before counts passengers on all routes; "International traffic" is another subject
    text = (
        "The ferry line carried 4.82 million passengers in the year to June. "
        "International traffic grew from 1.31 million in the year before, an increase of 0.2 million."
    )
    assert silent("change-arithmetic", text)


def test_a_comparison_with_no_count_after_than_is_not_read() -> None:
    assert silent("change-arithmetic", "The shelter rehomed 2,310 dogs, 190 fewer than in 2024.")


# --- percent-of -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "X …, out of N …, or Z"
        "The clinic carried out 318 scans last month, out of 4,120 across the trust, or about 12 percent.",
        # a share of the whole's owner named again
        "Inspectors found that 27 of the ferry's 140 lifejackets, roughly 30% of the ferry, were faulty.",
        # a share naming a noun of the whole's own phrase
        "Organic lines make up 450 of the 2,000 products on the shop's range — 30% of the range — this year.",
        # a breakdown after the share does not explain it
        "Of the 80 grants awarded, 26 went to Leeds – more than 40 per cent – with 21 to York and 17 to Hull.",
        # "which … described as" and a hedge opening a quotation
        "The mill employs 2,150 staff, and 520 of them are part-time, which the union described as"
        ' "about 40 per cent of the workforce".',
        # "X of the ⟨things⟩" counted before
        "The theatre sold 12,600 tickets for the run. Students bought 4,100 of the tickets, or about 45 percent.",
        # "Of those ⟨verb⟩ing" after "N ⟨verb⟩ed"
        "Of the 9,600 tenants surveyed, 3,200 responded, a response rate of 33.3 per cent. Of those responding,"
        " 1,120 said repairs were slow – about half.",
        # a magnitude glued to both
        "The maker sold 12.2m phones, or a fifth of the 73.4m total.",
    ],
)
def test_a_share_that_does_not_match_its_part_and_whole_is_flagged(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        "The clinic carried out 318 scans last month, out of 4,120 across the trust, or about 8 percent.",
        "Inspectors found that 42 of the ferry's 140 lifejackets, roughly 30% of the ferry, were faulty.",
        "Organic lines make up 600 of the 2,000 products on the shop's range — 30% of the range — this year.",
        "The theatre sold 12,600 tickets for the run. Students bought 5,700 of the tickets, or about 45 percent.",
        "The maker sold 14.7m phones, or a fifth of the 73.4m total.",
    ],
)
def test_a_share_that_matches_its_part_and_whole_passes(text: str) -> None:
    assert passes("percent-of", text)


def test_a_share_of_the_cohort_takes_the_whole_of_of_n_in_a_sentence_before() -> None:
    head = "Of the 340 students who sat the exam, 251 passed. The results pleased staff. "
    assert fails("percent-of", head + "Some 58 students earned a distinction, roughly 30 per cent of the cohort.")
    assert not fails("percent-of", head + "Some 58 students earned a distinction, about 17 per cent of the cohort.")


def test_a_bound_the_part_is_counted_by_is_no_part() -> None:
    # "five" and "grade 7 or above" are bounds; the part is the 58 students
    text = (
        "Of the 340 students who sat exams, 251 passed. Some 58 students got grade 7 or above in at least five"
        " subjects, roughly 30 per cent of the cohort."
    )
    assert fails("percent-of", text)


def test_a_share_of_another_whole_is_not_read() -> None:
    # "of the county" is neither the whole's owner nor a noun of its phrase
    assert silent("percent-of", "Crews repaired 42 of the 300 bridges on the road network, 30% of the county.")


def test_the_things_counted_before_must_be_one_count() -> None:
    # two counts of tickets before the part: which one is the whole is not said
    text = (
        "The theatre sold 12,600 tickets for the run and 6,000 tickets for the gala. "
        "Students bought 4,100 of the tickets, or about 45 percent."
    )
    assert not fails("percent-of", text)


def test_a_part_of_a_qualified_subset_takes_no_whole_counted_before() -> None:
    # "of the members in the north" is a subset: the 6,200 members counted before are not its whole
    text = (
        "The union has 6,200 members across the region. "
        "In the ballot, 410 of the members in the north (9.8%) voted to strike."
    )
    assert not fails("percent-of", text)
