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
