"""hedge-dropped: a negated "could" states what was not possible ("as the ward could not be safely staffed"), no hedge
to drop; a possibility ahead ("may extend the cuts to …") told as done ("has extended the cuts to …") is a forecast
made certain on the day, reported by default (a later follow-up may report that it came to pass); a possibility about
the past ("may have extended") stays an opt-in hedge."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.hedge_dropped import DEFAULT_DROPS

_BEFORE = "The county transport board met on Thursday to discuss the winter timetable and its budget. "
_AFTER = " The board will meet again in January to review how the timetable has worked."


def _flags(source: str, rewrite: str, days_apart: int = 1, **params: object) -> bool:
    found = rewrite_findings(
        "hedge-dropped", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, days_apart, **params
    )
    return any(rewrite in e.text for f in found for e in f.evidence)


# "could not": an inability stated, restated as fact
_INABILITY = [
    (
        "The board agreed not to run the late bus this winter, as the route could not be safely staffed.",
        "The late bus will not run this winter because the route cannot be staffed safely.",
    ),
    (
        "Rescuers could not reach the stranded walkers until the river level fell on Friday.",
        "Rescuers were unable to reach the stranded walkers until the river level fell on Friday.",
    ),
    (
        "The contractor couldn't finish the depot roof before the first frost, the board heard.",
        "The contractor failed to finish the depot roof before the first frost.",
    ),
    (
        "The operator could not find enough drivers for the Sunday services in the autumn.",
        "The operator did not find enough drivers for the Sunday services in the autumn.",
    ),
    (
        "Engineers could never fully repair the old signalling system at the junction.",
        "Engineers never fully repaired the old signalling system at the junction.",
    ),
    (
        "The council could not afford to keep the park-and-ride open on weekdays last year.",
        "The council was unable to afford to keep the park-and-ride open on weekdays last year.",
    ),
]

# a hedge of possibility, or a verification caveat: still weighed
_STILL_HEDGED = [
    (
        "The late bus could be withdrawn this winter if the route cannot be safely staffed.",
        "The late bus will be withdrawn this winter because the route cannot be staffed safely.",
    ),
    (
        "The board said the claim that drivers had walked out could not be independently verified.",
        "Drivers walked out, the board said at its meeting.",
    ),
    (
        "Fares on the coastal route could rise by 8% from April, the board said.",
        "Fares on the coastal route will rise by 8% from April.",
    ),
    (
        "The new depot may open in the spring of next year, officials said.",
        "The new depot will open in the spring of next year.",
    ),
    (
        "The operator might cut three rural routes in the new year, the board heard.",
        "The operator will cut three rural routes in the new year.",
    ),
    (
        "Delays on the bridge could last until March, engineers warned.",
        "Delays on the bridge will last until March.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _INABILITY)
def test_an_inability_is_no_hedge(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _STILL_HEDGED)
def test_a_possibility_or_a_caveat_is_still_a_hedge(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


# a possibility ahead stated as done: a forecast made certain, reported by default
_DONE = [
    (
        "The board said it may extend the night fares to Ashby and Corley, depending on demand.",
        "The board has extended the night fares to Ashby and Corley.",
    ),
    (
        "The operator could close the Elm Street depot after the winter, the board heard.",
        "The operator has closed the Elm Street depot.",
    ),
    (
        "Officials said the board might add two buses to the school route in the spring.",
        "The board added two buses to the school route, officials said.",
    ),
    (
        "The regulator may yet fine the operator over the missed services, the board was told.",
        "The regulator has fined the operator over the missed services.",
    ),
    (
        "The council could soon approve the bus lane on the ring road, members were told.",
        "The council approved the bus lane on the ring road.",
    ),
]

# still undone in the rewrite, or a possibility about the past: not a forecast made certain
_NOT_DONE = [
    (
        "The board said it may extend the night fares to Ashby and Corley, depending on demand.",
        "The board is considering whether to extend the night fares to Ashby and Corley.",
    ),
    (
        "The operator may have closed the Elm Street depot before the board met, members heard.",
        "The operator closed the Elm Street depot before the board met.",
    ),
    (
        "The regulator may yet fine the operator over the missed services, the board was told.",
        "The regulator has not fined the operator over the missed services.",
    ),
    (
        "The council could soon approve the bus lane on the ring road, members were told.",
        "The council may approve the bus lane on the ring road, members were told.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _DONE)
def test_a_possibility_told_as_done_is_reported_by_default(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite, 0, report=list(DEFAULT_DROPS))


@pytest.mark.parametrize(("source", "rewrite"), _DONE)
def test_a_follow_up_may_report_the_possible_as_done(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite, 1, report=list(DEFAULT_DROPS))


@pytest.mark.parametrize(("source", "rewrite"), _NOT_DONE)
def test_a_possibility_kept_undone_or_about_the_past_is_silent_by_default(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite, 0, report=list(DEFAULT_DROPS))
