"""Weekdays of a year-less date the sentence places in the year before publication ("last summer"), and two weekdays
named in turn by a bracket of two days ("Monday and Tuesday (June 12 and 13)")."""

from __future__ import annotations

import datetime as dt

from _run import default_rule, run

_RULE = default_rule("weekday-date")


def _messages(text: str, published: dt.date) -> tuple[list[str], list[str]]:
    report = run(_RULE, text, published=published)
    return [f.message for f in report.findings], [p.message for p in report.passed]


def test_last_summer_reads_a_yearless_date_in_the_year_before() -> None:
    # published 14 March 2028: 8 July 2027 is a Thursday, 8 July 2028 a Saturday
    failed, passed = _messages("Last summer, on Thursday 8 July, the choir sang at the abbey.", dt.date(2028, 3, 14))
    assert failed == []
    assert passed == ["8 July 2027 is a Thursday"]


def test_last_summer_never_turns_a_right_weekday_wrong_or_hides_a_wrong_one() -> None:
    published = dt.date(2028, 3, 14)
    # 8 July 2028 is a Saturday (and 8 July 2027 a Thursday): the weekday fits the nearest year, which stays
    assert _messages("Last summer, on Saturday 8 July, the choir sang.", published)[0] == []
    # a Monday fits neither year: still a slip
    assert _messages("Last summer, on Monday 8 July, the choir sang.", published)[0] == [
        "8 July 2028 is a Saturday, not a Monday"
    ]


def test_two_weekdays_before_a_bracket_of_two_days_name_them_in_turn() -> None:
    published = dt.date(2028, 6, 16)
    # 12 June 2028 is a Monday, 13 June a Tuesday
    text = "On Monday and Tuesday (June 12 and 13), inspectors walked the whole line."
    assert _messages(text, published)[0] == []
    # the weekdays swapped: 12 June is no Tuesday
    swapped = "On Tuesday and Wednesday (June 12 and 13), inspectors walked the whole line."
    assert _messages(swapped, published)[0] == ["12 June 2028 is a Monday, not a Tuesday"]
    # one weekday with a bracketed date is that date's weekday, as before
    assert _messages("On Tuesday (June 12), inspectors walked the line.", published)[0] == [
        "12 June 2028 is a Monday, not a Tuesday"
    ]


def test_a_date_told_as_past_is_read_in_the_year_before_when_the_nearest_puts_it_months_ahead() -> None:
    published = dt.date(2027, 11, 4)  # 5 April 2028 is a Wednesday, 5 April 2027 a Monday
    for text in [
        "Volunteers were enrolled from Monday 5 April to Friday 28 May.",
        "The pilot ran on Monday 5 April, and the results were published in the summer.",
        "Ms Okoye had signed the lease on Monday, 5 April, the court heard.",
        "Crews did the survey on Monday 5 April and Tuesday 6 April.",
        "The strike, which was called on Monday 5 April, lasted three weeks.",
        "Entries were opened on Monday 5 April.",
    ]:
        assert _messages(text, published)[0] == [], text


def test_a_date_ahead_or_wrong_in_both_years_is_still_checked() -> None:
    published = dt.date(2027, 11, 4)
    # something still to come stays in the nearest year
    assert _messages("Trials were halted and will resume on Monday 5 April.", published)[0] == [
        "5 April 2028 is a Wednesday, not a Monday"
    ]
    assert _messages("The next round is due on Monday 5 April, officials said.", published)[0] == [
        "5 April 2028 is a Wednesday, not a Monday"
    ]
    # no verb of the past: the nearest year
    assert _messages("Enrolment opens on Monday 5 April.", published)[0] == [
        "5 April 2028 is a Wednesday, not a Monday"
    ]
    # a weekday that fits neither year is a slip in the nearest
    assert _messages("Volunteers were enrolled on Friday 5 April.", published)[0] == [
        "5 April 2028 is a Wednesday, not a Friday"
    ]
    # a date only weeks ahead may be upcoming even in a past-tense sentence (20 December 2026 was a Sunday)
    assert _messages("Tickets were sold out for Sunday 20 December.", published)[0] == [
        "20 December 2027 is a Monday, not a Sunday"
    ]
