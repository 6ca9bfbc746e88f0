"""Documents with no publication date: a span between two day dates needs no year, and year-less weekday dates are
read in the year the document's own other weekday dates vouch for (hand-written texts)."""

from __future__ import annotations

import pytest
from _run import default_rule, run


def _messages(check: str, text: str) -> tuple[list[str], list[str]]:
    report = run(default_rule(check), text, published=None)
    return [f.message for f in report.findings], [f.message for f in report.passed]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The six-week dig, running from Monday 6 July to Friday 14 August, found two kilns.", False),
        ("The three-week dig, running from Monday 6 July to Friday 14 August, found two kilns.", True),
        # over the end of February: 28 or 29 days to 10 March, whatever the year
        ("The 29-day exhibition ran from 10 February to 10 March.", False),
        ("The 27-day exhibition ran from 10 February to 10 March.", True),
    ],
)
def test_a_span_between_two_day_dates_needs_no_year(text: str, wrong: bool) -> None:
    findings, passed = _messages("duration-dates", text)
    assert bool(findings) is wrong and bool(passed) is not wrong


BUDGET = (
    "The board meets on Thursday, 26 February, to set the 2026-27 fares. A public hearing follows on {day}, "
    "9 March, at the town hall."
)


def test_a_weekday_date_is_read_in_the_year_the_other_dates_vouch_for() -> None:
    findings, passed = _messages("weekday-date", BUDGET.format(day="Tuesday"))
    assert findings == [
        "9 March 2026 is a Monday, not a Tuesday (the document gives no year; 2026 is the year its other weekday "
        "dates fall in)"
    ]
    assert len(passed) == 1  # Thursday, 26 February 2026
    findings, passed = _messages("weekday-date", BUDGET.format(day="Monday"))
    assert findings == [] and len(passed) == 2


@pytest.mark.parametrize(
    "text",
    [
        # no year written: nothing vouches for one
        "The board meets on Thursday, 26 February. A hearing follows on Tuesday, 9 March.",
        # a year is written but no weekday date falls in it: the document's year is unknown
        "The hall, built in 1998, reopens on Thursday, 26 February. A hearing follows on Tuesday, 9 March.",
    ],
)
def test_without_a_vouched_year_year_less_weekday_dates_are_left_alone(text: str) -> None:
    assert _messages("weekday-date", text) == ([], [])


def test_a_story_over_the_new_year_may_date_january_in_the_next_year() -> None:
    text = "Sales opened on Monday, 29 December 2025 and on Wednesday, 31 December, then closed on Friday, 2 January."
    findings, _ = _messages("weekday-date", text)
    assert findings == []


# A full date beside a month of a year whose calendar agrees ("March 2021" and 2027 share a calendar):
# the year written as a full date breaks the tie, and a year-less date near it is read in its year, not the next.
COURT = (
    "LEEDS, March 20, 2027 - The tribunal on Friday (March 19) struck off a solicitor who had overcharged "
    "clients between March 2021 and June 2022. Evidence was heard on {day} (March 3), when the firm's partners gave "
    "evidence."
)


def test_a_full_date_breaks_a_tie_between_years_with_one_calendar() -> None:
    text = COURT.replace("LEEDS, March 20, 2027 - The tribunal", "The tribunal, sitting in Leeds on March 20, 2027,")
    findings, passed = _messages("weekday-date", text.format(day="Thursday"))
    assert findings == [
        "3 March 2027 is a Wednesday, not a Thursday (the document gives no year; 2027 is the year its other weekday "
        "dates fall in)"
    ]
    assert len(passed) == 1


def test_a_dateline_year_confirms_a_right_weekday() -> None:
    findings, passed = _messages("weekday-date", COURT.format(day="Wednesday"))
    assert findings == []
    assert len(passed) == 2


def test_a_wire_dateline_opening_the_lead_dates_the_document() -> None:
    findings, _ = _messages("weekday-date", COURT.format(day="Thursday"))
    assert findings == ["3 March 2027 is a Wednesday, not a Thursday"]


def test_a_dateline_on_a_line_of_its_own_dates_the_document() -> None:
    text = COURT.replace("LEEDS, March 20, 2027 - The", "*Leeds, March 20, 2027*\n\nThe")
    findings, _ = _messages("weekday-date", text.format(day="Thursday"))
    assert findings == ["3 March 2027 is a Wednesday, not a Thursday"]


def test_tied_years_with_no_full_date_stay_silent() -> None:
    text = COURT.replace("LEEDS, March 20, 2027", "LEEDS").replace("2022", "2027")
    findings, passed = _messages("weekday-date", text.format(day="Thursday"))
    assert findings == [] and passed == []
