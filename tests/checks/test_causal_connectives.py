"""causal-reversal reads a cause or a concession in the forms editors write it: a cause named as the effect's origin
("was largely a result of", "stemmed from", "on the back of"), a concession "in the face of", and a cause that only
describes the conceded thing ("despite the disruption caused by the strike") as part of the concession. Every
sentence here is new."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_SOURCE = (
    "The Marlow Valley water board said on Thursday that it would spend £18 million on new mains over three years.\n\n"
    "The board supplies 96,000 homes across the valley and the two market towns at its southern end.\n\n"
    "{middle}\n\n"
    "Customers will see the average annual bill rise by £14 from April, the board's finance director said.\n"
)
_REWRITE = (
    "The Marlow Valley water board said on Thursday it would spend £18 million on new mains over the next three years."
    "\n\n"
    "The board supplies 96,000 homes across the valley and the two market towns at its southern end.\n\n"
    "{middle}\n\n"
    "The average annual bill will rise by £14 from April, the board's finance director said.\n"
)


def _links_reversed(source_middle: str, rewrite_middle: str) -> list[str]:
    found = rewrite_findings(
        "causal-reversal", _SOURCE.format(middle=source_middle), _REWRITE.format(middle=rewrite_middle)
    )
    return [f.message for f in found]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # a cause named as the origin, restated as a concession
        (
            "The fall in leaks last winter was largely a result of the pressure sensors fitted on the older mains.",
            "Leaks fell last winter despite the pressure sensors fitted on the older mains.",
        ),
        (
            "The jump in complaints stemmed from the switch to a new billing system in January.",
            "Complaints jumped even though the board switched to a new billing system in January.",
        ),
        (
            "Reservoir levels recovered on the back of heavy rainfall in the upper valley during March.",
            "Reservoir levels recovered in spite of heavy rainfall in the upper valley during March.",
        ),
        (
            "The hosepipe ban was the result of a dry spring across the upper valley catchment.",
            "The hosepipe ban came despite a dry spring across the upper valley catchment.",
        ),
        # a concession in other words, restated as a cause
        (
            "Demand held steady in the face of a summer heatwave across the southern towns.",
            "Demand held steady because of a summer heatwave across the southern towns.",
        ),
        # a cause that describes the conceded thing belongs to the concession
        (
            "Supply held up despite the disruption caused by the pumping station fire at Esher Mill.",
            "Supply held up because of the pumping station fire at Esher Mill.",
        ),
        (
            "Meter readings were completed on time, notwithstanding the delays due to the contractor's strike in May.",
            "Meter readings were completed on time thanks to the contractor's strike in May.",
        ),
    ],
)
def test_a_cause_or_concession_in_any_form_reversed_is_flagged(source: str, rewrite: str) -> None:
    assert _links_reversed(source, rewrite), rewrite


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the connective kept in other words
        (
            "The fall in leaks last winter was largely a result of the pressure sensors fitted on the older mains.",
            "The fall in leaks last winter was mostly due to the pressure sensors fitted on the older mains.",
        ),
        (
            "Leaks fell last winter despite the cold snap that burst pipes across the older mains.",
            "Leaks fell last winter even though a cold snap burst pipes across the older mains.",
        ),
        (
            "Demand held steady in the face of a summer heatwave across the southern towns.",
            "Demand held steady despite a summer heatwave across the southern towns.",
        ),
        (
            "Supply held up despite the disruption caused by the pumping station fire at Esher Mill.",
            "Supply held up in spite of the pumping station fire at Esher Mill.",
        ),
        # "amid" sets a scene: it neither gives a cause nor concedes one
        (
            "Reservoir levels recovered despite heavy rainfall in the upper valley during March.",
            "Reservoir levels recovered amid heavy rainfall in the upper valley during March.",
        ),
        (
            "Complaints jumped because of the switch to a new billing system in January.",
            "Complaints jumped amid the switch to a new billing system in January.",
        ),
        # a cause of another effect, which the source gives too
        (
            "Demand held steady despite a summer heatwave in the southern towns. Garden centres sold out of water "
            "butts because of the summer heatwave in the southern towns.",
            "Demand held steady despite a summer heatwave in the southern towns. Garden centres ran out of water "
            "butts because of the summer heatwave in the southern towns.",
        ),
        # "the result of" as a noun, no link
        (
            "The result of the customer survey will be published in June, the board said.",
            "The result of the customer survey will be out in June despite the survey's delays, the board said.",
        ),
    ],
)
def test_a_link_kept_in_other_words_or_no_link_is_silent(source: str, rewrite: str) -> None:
    assert not _links_reversed(source, rewrite), rewrite
