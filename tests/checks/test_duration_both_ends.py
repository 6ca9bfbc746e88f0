"""duration-dates: "through", "up to and including" and "inclusive" count both end days (new sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.checks._run import default_rule, run

PUBLISHED = dt.date(2028, 1, 10)


def _findings(text: str) -> list[str]:
    return [f.message for f in run(default_rule("duration-dates"), text, published=PUBLISHED).findings]


@pytest.mark.parametrize(
    "text",
    [
        "The three-day stretch from Friday, Feb. 4, through Monday, Feb. 7, will be the coldest of the winter.",
        "Road crews will work a five-day shift, March 6 through March 11, to clear the pass.",
        "The exhibition runs for two days, from 14 April up to and including 16 April, at the town hall.",
        "Jury service lasts ten days, from 3 to 13 February inclusive, the court said.",
        "A 30-day comment period runs May 1 thru May 31 on the county's website.",
        "The festival is a four-day event, Thursday, June 8, through Monday, June 12, in Grant Park.",
        "Schools will close for a seven-day break from Saturday 12 February through Sunday 20 February.",
    ],
)
def test_an_inclusive_span_counts_both_ends(text: str) -> None:
    found = _findings(text)
    assert found and "counting both ends" in found[0]


@pytest.mark.parametrize(
    "text",
    [
        # the right inclusive count
        "The four-day stretch from Friday, Feb. 4, through Monday, Feb. 7, will be the coldest of the winter.",
        "A four-day weekend from Friday, Feb. 4, to Monday, Feb. 7, gives families a break.",
        # "to" may count either way: three days from Friday to Monday is one reading
        "The three-day stretch from Friday, Feb. 4, to Monday, Feb. 7, will be the coldest of the winter.",
        # nights are not days
        "Guests stay three nights, Friday, Feb. 4, through Monday, Feb. 7, at the lodge.",
        "Road crews will work a six-day shift, March 6 through March 11, to clear the pass.",
        "Jury service lasts 11 days, from 3 to 13 February inclusive, the court said.",
        # a weekly event counted in its days of one weekday
        "The Thursday lecture series runs for six weeks, Feb. 3 through March 9.",
    ],
)
def test_a_right_or_loose_count_is_silent(text: str) -> None:
    assert _findings(text) == []


# A span ended by the event a bare weekday dates, its start in a relative clause: the weekday is the latest such day
# on or before publication (Monday 10 January 2028 here).
@pytest.mark.parametrize(
    "text",
    [
        "Nurses voted Friday to accept the offer, ending a 30-day strike that began Dec. 12.",
        "The council reopened the bridge on Saturday, ending a two-week closure that began on 14 December.",
        "Lawmakers passed the budget Thursday, ending the 40-day shutdown that started Nov. 20.",
        "Dockers returned to work on Monday, bringing an end to a 12-day stoppage that began on 31 December.",
        "The rebels withdrew on Sunday, ending a four-week siege that began on 2 December.",
        "Ministers lifted the order on Wednesday, putting an end to a 10-day lockdown that had begun on 22 December.",
    ],
)
def test_a_span_ended_on_a_weekday_counts_to_that_day(text: str) -> None:
    found = _findings(text)
    assert found and "on or before publication" in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        # the right count (Friday 7 January; 12 December to 7 January is 26–27 days)
        "Nurses voted Friday to accept the offer, ending a 26-day strike that began Dec. 12.",
        # a weekday ahead or qualified
        "Nurses will vote Friday on the offer, which would end a 30-day strike that began Dec. 12.",
        "Nurses vote next Friday on ending a 30-day strike that began Dec. 12.",
        # the day a statement was made dates the report, not the end
        "The union said Friday it was ending a 30-day strike that began Dec. 12.",
        # no relative clause of starting: the date may be anything
        "Nurses voted Friday to accept the offer, ending a 30-day strike over the pay deal agreed Dec. 12.",
        # two weekdays: which one ends the span is unclear
        "Talks resumed Tuesday and a deal was signed Friday, ending a 30-day strike that began Dec. 12.",
    ],
)
def test_a_span_ended_on_a_weekday_near_miss_is_silent(text: str) -> None:
    assert _findings(text) == []
