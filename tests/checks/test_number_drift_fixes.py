"""False alarms of cross-document-number and duration-dates found by bench/drift_planted.py, pinned with
hand-written sentences (positives and near-miss negatives)."""

from __future__ import annotations

import pytest
from _run import PUBLISHED, default_rule, fails


# cross-document-number: a day of a date is not a count of the noun that follows
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "DUNMORE, Oct. 3 — Nine coastal villages in Dunmore lost power overnight, the Dunmore grid said.",
            "Nine coastal villages in Dunmore lost power overnight, the Dunmore grid operator said.",
        ),
        (
            "OSLO, 12 May — Four masked men robbed a Oslo bank on Friday, Oslo police said.",
            "Four masked men robbed a bank in Oslo on Friday, Oslo police said.",
        ),
        (
            "The Calder ward, March 21 — Six nurses at Calder ward resigned, the Calder trust said.",
            "Six nurses at Calder ward resigned this week, the Calder trust said.",
        ),
    ],
)
def test_a_dateline_day_is_not_a_count(first: str, second: str) -> None:
    assert not fails("cross-document-number", first, second)


# cross-document-number: a number inside a name ("COVID-19 deaths") counts nothing
def test_a_number_in_a_name_is_not_a_count() -> None:
    assert not fails(
        "cross-document-number",
        "Fifty COVID-19 deaths were reported in Ostrava hospitals on Monday, Ostrava officials said.",
        "Ostrava hospitals reported 50 deaths from COVID-19 on Monday, Ostrava officials said.",
    )


# cross-document-number: a count still fails when a date sits elsewhere in the sentence
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "BRENT, June 4 — About 300 flights were cancelled at Heathrow on Monday.",
            "LONDON, June 4 — More than 500 flights were cancelled at Heathrow on Monday.",
        ),
        (
            "On 2 March, police in Tarvo arrested 40 protesters outside the Tarvo city hall.",
            "On 2 March, police in Tarvo arrested 90 protesters outside the Tarvo city hall.",
        ),
    ],
)
def test_counts_next_to_dates_still_fail(first: str, second: str) -> None:
    assert fails("cross-document-number", first, second)


# cross-document-number: when a document counts one noun twice with different numbers, only restating sentences pair
_STORY = (
    "The Farmers League won 41 of the 96 seats in the Vellan assembly, the Liberals 30 and the Greens 25. "
    "A coalition of the Farmers League and the Greens would hold 66 seats in the Vellan assembly. "
    "The Liberals, with 30 seats, said they would not join talks with the Farmers League in Vellan."
)


@pytest.mark.parametrize(
    "rewrite",
    [
        # the same counts in another order and wording: 96 vs 66, 30 vs 66 are different things
        "Together the Farmers League and the Greens would have 66 seats in the Vellan assembly. "
        "The Farmers League took 41 of the 96 seats in the Vellan assembly.",
        "The Liberals, holding 30 seats in the Vellan assembly, refused talks with the Farmers League. "
        "A Farmers League and Greens coalition in Vellan would have a majority.",
    ],
)
def test_different_counts_of_one_noun_are_not_compared_across(rewrite: str) -> None:
    assert not fails("cross-document-number", _STORY, rewrite)


@pytest.mark.parametrize(
    "rewrite",
    [
        # the restating sentence changes the count
        "A coalition of the Farmers League and the Greens would hold 71 seats in the Vellan assembly.",
        "The Liberals, with 35 seats, said they would not join talks with the Farmers League in Vellan.",
    ],
)
def test_restated_sentence_with_another_count_still_fails(rewrite: str) -> None:
    assert fails("cross-document-number", _STORY, rewrite)


def test_single_count_documents_need_no_alignment() -> None:
    # each document counts the noun once: the shared names and words are enough, as before
    assert fails(
        "cross-document-number",
        "Rescuers in Marlow said 12 climbers were missing on the Marlow ridge after the storm.",
        "After the storm on the Marlow ridge, 20 climbers were missing, according to Marlow rescuers.",
    )


# duration-dates: a duration of each repeated event is not the span since a date
@pytest.mark.parametrize(
    "text",
    [
        "Dock workers have held a string of one-day strikes since March.",
        "Nurses have worked 12-hour shifts since 3 February.",
        "Activists have staged two-day protests since January across the city.",
        "The minister has made week-long visits to the region since 2023.",
    ],
)
def test_duration_of_repeated_events_is_not_a_span(text: str) -> None:
    assert not fails("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        # the same durations naming one period still count
        "Dock workers have been on a two-day strike since 2 February.",
        "The one-week strike, which began on 1 March and ended on 20 March, closed the port.",
        "The plant has been idle for two years since June 2024.",
    ],
)
def test_duration_of_one_period_still_checked(text: str) -> None:
    assert fails("duration-dates", text)


# cross-document-number: a rewrite sentence that changes the one percentage or year of the sentence it restates
def _rewrite_fails(rewrite: str, source: str) -> bool:
    from factcheck.engine import build_facts, run_rules
    from factcheck.ingest import from_text

    docs = [from_text(rewrite, id="rewrite.txt", published=PUBLISHED)]
    facts = build_facts(docs, [from_text(source, id="source.txt", published=PUBLISHED)])
    return bool(run_rules([default_rule("cross-document-number")], facts, strict=True).findings)


@pytest.mark.parametrize(
    ("rewrite", "source"),
    [
        (
            "The teachers' union said 64% of its 900 members voted for the strike.",
            "Of the 900 members of the teachers' union, 71% voted for the strike, the union said.",
        ),
        (
            "The Tarvo bridge, which opened in 1987, will close for repairs.",
            "The Tarvo bridge, opened in 1985, will close for repairs, the city said.",
        ),
        (
            "Bus fares in Halden will rise by 4.1% in May, the operator said.",
            "The operator said bus fares in Halden would rise by 4.6% in May.",
        ),
    ],
)
def test_changed_share_or_year_in_a_restated_sentence_fails(rewrite: str, source: str) -> None:
    assert _rewrite_fails(rewrite, source)


@pytest.mark.parametrize(
    ("rewrite", "source"),
    [
        # the same value, differently written
        (
            "The teachers' union said 71 percent of its 900 members voted for the strike.",
            "Of the 900 members of the teachers' union, 71% voted for the strike, the union said.",
        ),
        # a bound is not a changed year
        (
            "The Tarvo bridge, which opened before 1990, will close for repairs.",
            "The Tarvo bridge, opened in 1985, will close for repairs, the city said.",
        ),
        # the sentences differ in more than one number: not one changed slot
        (
            "Bus fares in Halden will rise by 4.1% in May on 12 routes, the operator said.",
            "The operator said bus fares in Halden would rise by 4.6% in May on 12 routes and 3 ferry lines.",
        ),
        # a change sentence holds a before and an after
        (
            "Bus fares in Halden rose from 3% last year, the operator said, to 4.1% in May.",
            "The operator said bus fares in Halden would rise by 4.6% in May.",
        ),
    ],
)
def test_restated_sentence_near_misses_pass(rewrite: str, source: str) -> None:
    assert not _rewrite_fails(rewrite, source)


# cross-document-number: the day a statement was made is not a window of the count it gives
def test_the_day_of_the_announcement_is_not_the_counts_window() -> None:
    first = "Dunlow Foods said on Monday it would shut its Carrick bakery in June, putting about 300 jobs at risk."
    second = "Dunlow Foods will shut its Carrick bakery in June with the loss of more than 450 jobs, it announced."
    assert fails("cross-document-number", first, second)
    assert not fails("cross-document-number", first, second.replace("more than 450", "nearly 300"))
    # a window the count itself has still keeps two counts apart
    assert not fails("cross-document-number", first.replace("said on Monday", "said that on Monday"), second)
