"""fix4: hedge-dropped takes a cited speaker kept as the subject of a verb of speaking or deciding as attribution
("The minister denied …"), with hand-written texts (not the held-out ones) and near-misses that must still fire."""

from __future__ import annotations

import pytest

from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from tests.assertions._helpers import run

HEDGE = HedgeDroppedRule(id="t.hedge-dropped", routine_severity="info", report=EVERY_DROP)  # every kind, routine too


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Club chairman Martin Ellery said the ground would not be sold to developers before the end of the season.",
            "Chairman Martin Ellery ruled out selling the ground to developers before the end of the season.",
        ),
        (
            "The health minister said there were no plans to close the maternity unit at Redbridge hospital.",
            "The minister denied plans to close the maternity unit at Redbridge hospital.",
        ),
        (
            "Ellery said the club would not raise season ticket prices for next season.",
            "Ellery promised the club would not raise season ticket prices for next season.",
        ),
    ],
)
def test_a_speaker_kept_as_subject_keeps_the_attribution(source: str, rewrite: str) -> None:
    assert run(HEDGE, rewrite, against=[source]) == []


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # the speaker is named, but not as the subject of the restated claim
            "The health minister said the maternity unit at Redbridge hospital would close in the spring.",
            "The maternity unit at Redbridge hospital will close in the spring, after the minister denied a delay.",
        ),
        (  # the speaker is the subject of a verb that is not speech or a decision
            "Club chairman Martin Ellery said the ground had been sold to developers before the end of the season.",
            "Martin Ellery sold the ground to developers before the end of the season.",
        ),
        (  # "ruled" without "out" / "that" (governed, not a decision on the claim)
            "The council said the old town hall was run by a private trust for twenty years after the war.",
            "The council ruled the old town hall through a private trust for twenty years after the war.",
        ),
    ],
)
def test_a_dropped_attribution_still_fires(source: str, rewrite: str) -> None:
    assert [f.check for f in run(HEDGE, rewrite, against=[source])] == ["hedge-dropped"]
