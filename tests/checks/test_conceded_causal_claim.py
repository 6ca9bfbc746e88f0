"""causal-reversal: a concession that takes in a source's whole causal claim, cause and effect ("though the board
warns against reading a trend into such small numbers" for "Because the numbers are small, changes should not be
read as a trend"), concedes it against something else and reverses nothing; a cause restated as a concession of
the same effect still does. Every sentence here is new."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_SOURCE = (
    "The Marlow Valley water board published its quarterly figures on Thursday.\n\n"
    "The board supplies 96,000 homes across the valley and the two market towns at its southern end.\n\n"
    "{middle}\n\n"
    "The next figures are due in January, the board's finance director said.\n"
)
_REWRITE = (
    "The Marlow Valley water board published its quarterly figures on Thursday.\n\n"
    "The board supplies 96,000 homes across the valley and the two market towns at its southern end.\n\n"
    "{middle}\n\n"
    "The next figures are due in January, the board's finance director said.\n"
)


def _reversed(source: str, rewrite: str) -> bool:
    found = rewrite_findings("causal-reversal", _SOURCE.format(middle=source), _REWRITE.format(middle=rewrite))
    return bool(found)


# the rewrite's concession restates the source's cause and its effect: the whole claim conceded
_WHOLE_CLAIM_CONCEDED = [
    (
        "Burst mains fell to 31 in the quarter. Because the numbers are small, quarterly changes should not be read "
        "as evidence of a trend.",
        "Burst mains fell to 31 in the quarter, though the board cautions against reading a trend into such small "
        "numbers.",
    ),
    (
        "Complaints dropped to 212. Due to the change in how calls are logged, the figures cannot be compared with "
        "last year's.",
        "Complaints dropped to 212, although the board says the change in how calls are logged means the figures "
        "cannot be compared with last year's.",
    ),
    (
        "Two reservoirs were below half capacity. Because of the dry autumn, the board will keep the hosepipe ban in "
        "place until spring.",
        "Two reservoirs were below half capacity, even though the board plans to keep the hosepipe ban in place until "
        "spring after the dry autumn.",
    ),
    (
        "Leakage fell by 4%. Thanks to the new sensors, crews now find leaks within a day of them starting.",
        "Leakage fell by 4%, despite crews now finding leaks within a day of them starting with the new sensors.",
    ),
    (
        "Bills will rise by £14. As a result of higher energy costs, pumping the valley's water now costs twice as "
        "much as in 2023.",
        "Bills will rise by £14, although pumping the valley's water now costs twice as much as in 2023 with higher "
        "energy costs.",
    ),
    (
        "Customer satisfaction held at 81%. Because the survey sample was small, the board said the result should be "
        "treated with caution.",
        "Customer satisfaction held at 81%, though the board said the result should be treated with caution given the "
        "small survey sample.",
    ),
]

# the cause restated as a concession of the same effect: a reversal
_CAUSE_CONCEDED = [
    (
        "Burst mains fell to 31 in the quarter because of the new pressure valves.",
        "Burst mains fell to 31 in the quarter despite the new pressure valves.",
    ),
    (
        "Complaints dropped to 212 due to the change in how calls are logged.",
        "Complaints dropped to 212 in spite of the change in how calls are logged.",
    ),
    (
        "Because of the dry autumn, the board will keep the hosepipe ban in place until spring.",
        "Despite the dry autumn, the board will keep the hosepipe ban in place until spring.",
    ),
    (
        "Leakage fell by 4% thanks to the new acoustic sensors on the older mains.",
        "Leakage fell by 4% despite the new acoustic sensors on the older mains.",
    ),
    (
        "Bills will rise by £14 as a result of higher energy costs for pumping.",
        "Bills will rise by £14 despite higher energy costs for pumping.",
    ),
    (
        "Customer satisfaction held at 81% despite the long outage in Denby in August.",
        "Customer satisfaction held at 81% because of the long outage in Denby in August.",
    ),
    # the rewrite's link also restates the source's first clause and its other link, not the effect it is given for
    (
        "Engineers reopened the old Denby main on Friday, but bills stayed high despite the reopening, because the "
        "old main loses about a fifth of the water it carries.",
        "Engineers got the old Denby main running on Friday, but bills stayed high because of the reopening of the old "
        "main, which loses about a fifth of the water it carries.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _WHOLE_CLAIM_CONCEDED)
def test_a_concession_of_the_whole_causal_claim_reverses_nothing(source: str, rewrite: str) -> None:
    assert not _reversed(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _CAUSE_CONCEDED)
def test_a_cause_restated_as_a_concession_is_a_reversal(source: str, rewrite: str) -> None:
    assert _reversed(source, rewrite)
