"""Readings that are no bound and no flip, found by the sixty-sixth to sixty-eighth blind sets and pinned with
hand-written sentences: "up to" after a verb of movement and "over" after one of movement over a place are no hedges;
"could top N" is a lower bound as "could exceed N" is; a negation bounded by "before"/"until" says when, not whether;
a verb after "should have" states what did not happen."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, rewrite_findings, run

from factcheck.checks._numeric import scan

_FILLER = (
    "The Eastvale water board met on Tuesday afternoon at its offices in the town centre. Members approved a budget "
    "of £2.6 million for pipe renewals in the coming year. The chair of the board, Priya Lal, opened the meeting. "
)


def _checks(source: str, rewrite: str) -> set[str]:
    found = set()
    for check in ("cross-document-number", "negation-flip"):
        if rewrite_findings(check, _FILLER + source, _FILLER + rewrite):
            found.add(check)
    return found


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        ("The survey plane flew over 1,080 reefs.", False),
        ("Divers sailed over 40 wrecks in the bay.", False),
        ("Sales were over 1,080 last week.", True),
        ("Demand could top 89,000 megawatts on Friday.", True),
        ("Revenue is set to top $2 billion.", True),
        ("The top 10 clubs all gained.", False),
        ("The rate crept up to 4.2% in May.", False),
        ("Fares will rise by up to 4.2% in May.", True),
    ],
)
def test_which_words_bound_a_number(text: str, bounded: bool) -> None:
    (n,) = scan(text)
    assert (n.hedge is not None) == bounded


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Officials said ridership could exceed 5 million boardings in September as students return.",
            "Officials said ridership could top 5 million boardings in September as students return.",
        ),
        (
            "The survey crew inspected 1,080 reefs between February and April for signs of bleaching.",
            "The survey crew flew over 1,080 reefs between February and April looking for signs of bleaching.",
        ),
        (
            "The judge said sentencing would probably not take place before March, after a report is prepared.",
            "Sentencing will take place in March, after a report is prepared, the judge said.",
        ),
        (
            "The new bridge will not open until October, the council said on Monday.",
            "The new bridge will open in October, the council said on Monday.",
        ),
        (
            "Councillor Reid voted against the deal because the council had not sought other bids for the site.",
            "Councillor Reid voted against the deal, saying the council should have sought other bids for the site.",
        ),
    ],
)
def test_near_misses_stay_silent(source: str, rewrite: str) -> None:
    assert _checks(source, rewrite) == set()


@pytest.mark.parametrize(
    ("source", "rewrite", "check"),
    [
        (
            "Officials said ridership could exceed 5 million boardings in September as students return.",
            "Officials said ridership could top 7 million boardings in September as students return.",
            "cross-document-number",
        ),
        (
            "The council said the new bridge will not open in October, because of delays to the steel deliveries.",
            "The council said the new bridge will open in October, because of delays to the steel deliveries.",
            "negation-flip",
        ),
        (
            "Export demand for the region's lamb is not expected to recover before 2030, the analyst said on Monday.",
            "Export demand for the region's lamb is expected to recover before 2030, the analyst said on Monday.",
            "negation-flip",
        ),
        (
            "The inquiry found the council had not sought other bids for the depot site before the sale.",
            "The inquiry found the council had sought other bids for the depot site before the sale.",
            "negation-flip",
        ),
    ],
)
def test_flips_and_changes_still_found(source: str, rewrite: str, check: str) -> None:
    assert check in _checks(source, rewrite)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # published 3 November 2027: 9 August 2027 (a Monday) is three months back, 9 August 2028 a Wednesday
        ("If the probe leaves in March it would reach Mars orbit on Wednesday 9 August, the agency said.", False),
        ("The new timetable will start on Wednesday 9 August, the operator said.", False),
        # no verb of what is to come: the nearest year, whose 9 August is a Monday
        ("The probe reached Mars orbit on Wednesday 9 August, the agency said.", True),
        # a weekday that fits neither year is wrong either way
        ("If the probe leaves in March it would reach Mars orbit on Friday 9 August, the agency said.", True),
    ],
)
def test_a_date_told_ahead_is_read_in_the_next_year(text: str, flagged: bool) -> None:
    report = run(default_rule("weekday-date"), text, published=dt.date(2027, 11, 3))
    assert bool(report.findings) == flagged
