"""stance-conflict: a stance held by names listed with their titles ("Mr Stroud and Ms Pike voted against", "Cllr
Rowe, Cllr Hart and Dr. Osei opposed", "Ms Rowe and the Greens backed") belongs to each of them, not only to the last
name; near-misses stay silent: each listed holder's stance kept, another listed holder's flipped stance not put on
someone else.
"""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_FRAME = (
    "Members of the Harbour Board met on Tuesday to decide whether to merge the pilotage service with the port's "
    "towage company.\n\n"
    "The chief executive said the merger would save about £400,000 a year.\n\n"
    "Twelve pilots and 31 tug crew would move to a single roster under the plan.\n\n"
    "{stance}\n\n"
    "The board's chair, Ms Helen Graves, said the vote had been close.\n\n"
    "The merger will take effect in April.\n",
    "The Harbour Board decided on Tuesday whether to fold the pilotage service into the port's towage company.\n\n"
    "The chief executive said the merger would save about £400,000 a year.\n\n"
    "Twelve pilots and 31 tug crew would move to one roster under the plan.\n\n"
    "{stance}\n\n"
    "The board's chair, Ms Helen Graves, said the vote had been close.\n\n"
    "It takes effect in April.\n",
)


def _flags(source: str, rewrite: str) -> bool:
    found = rewrite_findings("stance-conflict", _FRAME[0].format(stance=source), _FRAME[1].format(stance=rewrite))
    return any(e.document == "rewrite.txt" and e.text[:20] in rewrite for f in found for e in f.evidence)


_HITS = [
    ("Mr Stroud and Ms Pike voted against the merger.", "Mr Stroud voted for the merger.", "first of two titled"),
    ("Ms Rowe, Mr Stroud and Dr. Pike voted against the merger.", "Ms Rowe voted for the merger.", "first of three"),
    ("Ms Rowe, Mr Stroud and Dr. Pike voted against the merger.", "Mr Stroud backed the merger.", "middle of three"),
    ("Cllr Amy Rowe and Cllr Tom Hart opposed the merger.", "Cllr Amy Rowe supported the merger.", "full names"),
    (
        "Captain Ian Moss and the Marine Pilots Association backed the merger.",
        "Captain Ian Moss opposed the merger.",
        "a body",
    ),
    ("Ms Joan Dale and Mr Peter Obi supported the merger.", "Ms Joan Dale voted against the merger.", "supported"),
]


@pytest.mark.parametrize(("source", "rewrite", "why"), _HITS, ids=[h[2] for h in _HITS])
def test_each_listed_holder_keeps_the_stance(source: str, rewrite: str, why: str) -> None:
    assert _flags(source, rewrite), why


_NEAR_MISSES = [
    ("Mr Stroud and Ms Pike voted against the merger.", "Mr Stroud voted against the merger.", "kept"),
    ("Mr Stroud and Ms Pike voted against the merger.", "Mr Stroud opposed the merger.", "kept in other words"),
    ("Ms Rowe, Mr Stroud and Dr. Pike voted against the merger.", "Mr Stroud came out against it.", "kept, middle"),
    ("Cllr Amy Rowe and Cllr Tom Hart opposed the merger.", "Cllr Tom Hart voted against the merger.", "second"),
    (
        "Captain Ian Moss and the Marine Pilots Association backed the merger.",
        "The Marine Pilots Association supported it.",
        "the body",
    ),
    (
        "Ms Joan Dale supported the merger and Mr Peter Obi opposed it.",
        "Ms Joan Dale backed the merger.",
        "two stances",
    ),
]


@pytest.mark.parametrize(("source", "rewrite", "why"), _NEAR_MISSES, ids=[m[2] for m in _NEAR_MISSES])
def test_a_listed_holders_kept_stance_is_silent(source: str, rewrite: str, why: str) -> None:
    assert not _flags(source, rewrite), why
