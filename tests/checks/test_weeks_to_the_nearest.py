"""A span of weeks is counted to the nearest week: "two weeks" is 10.5 to 17.5 days, so 19 days is not two weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.checks._run import default_rule, run


def _durations(text: str) -> tuple[list[str], list[str]]:
    report = run(default_rule("duration-dates"), text, published=dt.date(2028, 3, 30))
    return [f.message for f in report.findings], [f.message for f in report.passed]


@pytest.mark.parametrize(
    "text",
    [
        "The two-week course runs from Monday 6 March to Friday 24 March at the college.",
        "A two-week overtime ban began on 1 March and ended on 19 March.",
        "The three-week festival opened on 1 March and closed on 26 March.",
        "Staff held a week-long stoppage from 2 March to 14 March.",
        "The exhibition ran for four weeks, from 1 February to 6 March.",
        "The ferry was out of service for two weeks, from 8 March to 26 March.",
    ],
)
def test_a_span_nearer_another_count_of_weeks_is_flagged(text: str) -> None:
    assert _durations(text)[0], text


@pytest.mark.parametrize(
    "text",
    [
        "The two-week course runs from Monday 6 March to Friday 17 March at the college.",
        "A two-week overtime ban began on 1 March and ended on 15 March.",
        "The three-week festival opened on 1 March and closed on 22 March.",
        "Staff held a week-long stoppage from 2 March to 8 March.",
        "The exhibition ran for four weeks, from 7 February to 6 March.",
        "The ferry was out of service for more than two weeks, from 8 March to 26 March.",
    ],
)
def test_a_span_of_about_that_many_weeks_passes(text: str) -> None:
    assert _durations(text)[0] == [], text
