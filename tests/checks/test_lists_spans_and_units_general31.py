"""count-vs-list, sum-of-parts, duration-dates, weekday-date, unit-conversion and entity-spelling: general readings
behind blind misses and false alarms, pinned with new sentences (other topics, names and numbers than the bench's):
a contrasting clause closes a list, a name placed by its town is one item, a count of days against the days listed,
a measure in the subject's clause;
days of a month are no parts, a part's label may end on a span, terms in years and months add up in months; nights
count as days, an AP-style range closes its first date with a comma, a span "between" two dated events; a date set by
a past order is still to come, an undated rewrite reads its dates in its undated source's year; a hyphenated unit of
two words; organisations' names one word apart, a region and its adjective in -n."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, fails, passes, run, silent

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

# --- count-vs-list -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Five ferry operators raised fares in March: Calmara, Westline, Isleway and Orkney Sound, while Hebrida held "
        "its prices.",
        "Three councils missed the deadline: Ashby, Corley, Denholme and Fenwick, although Ashby later filed its plan.",
        "The board runs three clinics in the valley: Hollins Health Centre, St. Agnes's in Brackwater, Tarnside Clinic "
        "and Mill Lane Surgery.",
        "Ferries will not sail on four days: 3, 9 and 17 July.",
        "The pool will be shut on two days: 4, 5 and 6 May.",
        "Three villages were cut off for more than 12 days: Ardno, Bellmore, Carrick and Dunmore.",
        "Five reservoirs dropped more than four metres below capacity: Loch Arn, Glenfarg and Carron Valley.",
    ],
)
def test_a_list_closed_by_a_contrast_or_holding_placed_names_or_days_is_compared(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "Four ferry operators raised fares in March: Calmara, Westline, Isleway and Orkney Sound, while Hebrida held "
        "its prices.",
        "The board runs three clinics in the valley: Hollins Health Centre, St. Agnes's in Brackwater and Mill Lane "
        "Surgery.",
        "Ferries will not sail on three days: 3, 9 and 17 July.",
        "Three villages were cut off for more than 12 days: Ardno, Bellmore and Carrick.",
    ],
)
def test_a_list_that_matches_its_count_passes(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        # the clause after the comma adds to the group: the list may be partial
        "Five ferry operators raised fares in March: Calmara, Westline, Isleway and Orkney Sound, while Hebrida also "
        "put up its prices.",
        # a range of days is no list of days
        "Ferries will not sail on four days: 3-6 July.",
    ],
)
def test_a_list_that_may_go_on_or_a_range_of_days_is_not_compared(text: str) -> None:
    assert not fails("count-vs-list", text)


# --- sum-of-parts ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The nine-year sentence is made up of five years for the robbery, two years for the assault and 18 months "
        "for the weapon.",
        "The 30-month programme is made up of two years of classroom study and eight months on placement.",
        "The £12.5m refit was paid for by £7m from the port authority, £3.1m from the council and £1.9m raised by "
        "local businesses over two years of appeals.",
    ],
)
def test_terms_in_years_and_months_or_a_label_ending_on_a_span_are_summed(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The eight-year sentence is made up of five years for the robbery, two years for the assault and 12 months "
        "for the weapon.",
        "The 30-month programme is made up of two years of classroom study and six months on placement.",
        "The £12.5m refit was paid for by £7m from the port authority, £3.6m from the council and £1.9m raised by "
        "local businesses over two years of appeals.",
    ],
)
def test_terms_that_add_up_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Bin collections are suspended on four days: 2, 9, 16 and 23 August.",
        "The library will open late on three days: 5, 6 and 12 March.",
    ],
)
def test_days_of_a_month_are_no_parts(text: str) -> None:
    assert silent("sum-of-parts", text)


# --- duration-dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close overnight for 14 nights from 3 March to 21 March.",
        "Pupils get a nine-day half-term break running from Saturday, Feb. 10, through Sunday, Feb. 25.",
        "She spent 19 days in intensive care between her admission on 3 March and her transfer to a ward on 15 March.",
    ],
)
def test_nights_an_ap_range_and_a_span_between_two_dated_events_are_counted(text: str) -> None:
    assert fails("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close overnight for 18 nights from 3 March to 21 March.",
        "Pupils get a nine-day half-term break running from Saturday, Feb. 17, through Sunday, Feb. 25.",
        "She spent 12 days in intensive care between her admission on 3 March and her transfer to a ward on 15 March.",
    ],
)
def test_spans_that_match_their_dates_pass(text: str) -> None:
    assert passes("duration-dates", text)


def test_a_shorter_stay_within_the_window_between_two_dates_is_never_flagged() -> None:
    assert not fails("duration-dates", "The crew took a two-week break between their return on 1 June and 30 August.")


# --- weekday-date ----------------------------------------------------------------------------------------------------


def _weekday_messages(text: str, published: dt.date) -> list[str]:
    return [f.message for f in run(default_rule("weekday-date"), text, published=published).findings]


def test_a_date_set_by_a_past_order_is_still_to_come() -> None:
    published = dt.date(2027, 11, 10)  # 11 January 2028 is a Tuesday, 11 January 2027 a Monday
    text = "The former treasurer was bailed and was told to report to the probation office on Monday, January 11."
    assert _weekday_messages(text, published) == ["11 January 2028 is a Tuesday, not a Monday"]
    right = "The former treasurer was bailed and was told to report to the probation office on Tuesday, January 11."
    assert _weekday_messages(right, published) == []
    # a past event with no order before it is still read in the year before
    done = "The trial was held over two weeks and ended on Monday, January 11."
    assert _weekday_messages(done, published) == []


def test_an_undated_rewrite_reads_its_dates_in_the_year_its_undated_source_writes() -> None:
    source = (
        "Minutes of the meeting held on Wednesday 8 March 2028.\n\n"
        "The committee approved the closure of the Harbour Road depot from Monday 3 July 2028, with staff moving to "
        "the new site at Kelso Park.\n\n"
        "The committee noted that the Kelso Park site would need a new access road before the move."
    )
    rewrite = (
        "Councillors approved the closure of the Harbour Road depot from Tuesday 3 July, with staff moving to the "
        "new site at Kelso Park.\n\n"
        "The committee noted that the Kelso Park site would need a new access road before the move."
    )
    docs = [from_text(source, id="source.txt", published=None), from_text(rewrite, id="rewrite.txt", published=None)]
    facts = build_facts(docs)
    facts.sources["rewrite.txt"] = ["source.txt"]  # (as alignment or --against finds it on a full story)
    report = run_rules([default_rule("weekday-date")], facts, strict=True)
    assert [f.message for f in report.findings] == [
        "3 July 2028 is a Monday, not a Tuesday (the document gives no year; 2028 is the year its source's weekday "
        "dates fall in)"
    ]


# --- unit-conversion -------------------------------------------------------------------------------------------------


def test_a_hyphenated_unit_of_two_words_is_converted() -> None:
    assert fails("unit-conversion", "The council approved a 4,000-square-metre (22,000-square-foot) depot.")
    assert passes("unit-conversion", "The council approved a 4,000-square-metre (43,000-square-foot) depot.")


# --- entity-spelling -------------------------------------------------------------------------------------------------


def test_an_organisation_spelled_two_ways_in_one_word_is_flagged() -> None:
    text = (
        "The contract went to the Merriden Rail Partnership, a joint venture formed in 2024.\n\n"
        "Meriden Rail Partnership did not respond to questions about the delay."
    )
    assert fails("entity-spelling", text)


def test_two_organisations_that_differ_in_a_common_word_or_a_region_and_its_adjective_are_not_flagged() -> None:
    assert not fails("entity-spelling", "The Mid Kent Water Company and the South Kent Water Company share a pipeline.")
    assert not fails(
        "entity-spelling",
        "The Umbrian government said visitors to Umbria rose this year.\n\nUmbria expects more in the spring.",
    )
