"""hedge-dropped: a forecast the source hedges ("could top", "is likely to reach", "a possible further rise") that the
rewrite states with "will", however loosely it paraphrases the rest (another verb, a reason added after a comma); a
rewrite that keeps the hedge, a "will" the hedge does not govern, a plainly stated future, a kept condition and a
quoted forecast stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.hedge_dropped import DEFAULT_DROPS

_BEFORE = (
    "The Wyke and Carrow joint committee published its quarterly outlook on Tuesday. Committee chair Elspeth Harrow "
    "said the figures had been checked by auditors from Denholm University. "
)
_AFTER = (
    " The committee meets again in the Carrow civic hall on 14 November. Its full report runs to 86 pages and is "
    "published on the Wyke council website."
)


def _text(sentence: str) -> str:
    return _BEFORE + sentence + _AFTER


def _flags(source: str, rewrite: str) -> bool:
    """Whether hedge-dropped, reporting its default kinds (forecasts and allegations), quotes the rewrite sentence."""
    found = rewrite_findings("hedge-dropped", _text(source), _text(rewrite), report=list(DEFAULT_DROPS))
    return any(rewrite in e.text for f in found for e in f.evidence)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Health officials project that hospital admissions could top 2,400 a week by March if the outbreak keeps "
            "growing at its present rate.",
            "Hospital admissions will climb past 2,400 a week by March, as the winter outbreak spreads.",
        ),
        (
            "Forecasters say temperatures are likely to reach 34C in Carrow on Thursday, with thunderstorms possible "
            "later in the evening.",
            "Carrow will hit 34C on Thursday, before thunderstorms roll in.",
        ),
        (
            "Budget papers seen by the committee point to a potential increase of 4.5% in council tax next April.",
            "Council tax will go up 4.5% next April, budget papers show.",
        ),
        (
            "Early ticket data indicate a possible further rise of about 12 pence in bus fares in January.",
            "Bus fares will rise a further 12p in January.",
        ),
        (
            "The operator anticipates that the new timetable might shave around nine minutes off journeys between "
            "Wyke and Carrow.",
            "The new timetable will cut nine minutes from journeys between Wyke and Carrow, the operator says.",
        ),
        (
            "Under the regulator's proposals, a typical household bill could drop by about £120 from October.",
            "A typical household bill will be £120 lower from October under the regulator's proposals.",
        ),
    ],
)
def test_a_hedged_forecast_restated_with_will_is_flagged(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


_SOURCE = (
    "Health officials project that hospital admissions could top 2,400 a week by March if the outbreak keeps growing "
    "at its present rate."
)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the hedge kept in other words
        (_SOURCE, "Health officials expect hospital admissions to top 2,400 a week by March."),
        (_SOURCE, "Hospital admissions are forecast to pass 2,400 a week by March, officials say."),
        (_SOURCE, "Hospital admissions are set to pass 2,400 a week by March."),
        (_SOURCE, "Hospital admissions should pass 2,400 a week by March if the outbreak keeps growing."),
        # a condition the source does not state makes the future no fact; a conditional future kept
        (
            "Hospital admissions could top 2,400 a week by March, health officials project.",
            "Hospital admissions will top 2,400 a week by March if the outbreak keeps growing at this rate.",
        ),
        (
            "Hospital admissions will top 2,400 a week by March if the outbreak keeps growing, officials said.",
            "If the outbreak keeps growing, hospital admissions will top 2,400 a week by March.",
        ),
        # a hope or a proviso keeps the forecast
        (
            "Work on the Carrow depot is expected to be completed before the end of June, subject to funding.",
            "The committee hopes the Carrow depot work will be complete by the end of June.",
        ),
        (
            "Work on the Carrow depot is expected to be completed before the end of June.",
            "The Carrow depot work will be complete by the end of June, provided funding arrives.",
        ),
        # a quoted forecast
        (_SOURCE, '"Admissions will top 2,400 a week by March," a health official said.'),
        # "will" in a clause the hedge does not govern
        (
            "Ticket sales could rise by a fifth next season, and Carrow Rovers will open a new 2,000-seat stand in "
            "August.",
            "Carrow Rovers will open a new 2,000-seat stand in August, while ticket sales could rise by a fifth.",
        ),
        # a future the source states plainly
        (
            "The new Denholm bridge will open to traffic in May, the county engineer said.",
            "The Denholm bridge will open to traffic in May.",
        ),
        # a plan kept as a plan
        (
            "The airline plans to add 12 routes from Carrow next summer.",
            "The airline plans to add 12 routes from Carrow next summer.",
        ),
    ],
)
def test_a_forecast_kept_or_not_hedged_is_silent(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(
    "source",
    [
        "The council named a possible site for the school, and the firm reported a decrease in orders.",
        "Shops reported an increase of 4.5% in sales last month, the expected level for the season.",
    ],
)
def test_a_possible_thing_or_a_past_change_is_no_forecast(source: str) -> None:
    rewrite = source.replace("4.5%", "4.5 per cent")
    assert not _flags(source, rewrite)
