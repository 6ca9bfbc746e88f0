"""hedge-dropped: a rewrite that qualifies the noun as reported or alleged ("no reported deaths", "the alleged
bribes") keeps the source's attribution or hedge; the verb of the same word does not ("Police reported …")."""

from __future__ import annotations

import pytest
from _run import rewrite_report

_STORY = (
    "A gas leak forced the evacuation of a shopping centre in Dunmore on Saturday afternoon. {claim} Engineers "
    "from the gas network isolated the main pipe by early evening. The centre will stay closed on Sunday while the "
    "building is checked."
)


def _findings(source_claim: str, rewrite_claim: str) -> int:
    source, rewrite = _STORY.format(claim=source_claim), _STORY.format(claim=rewrite_claim)
    return len(rewrite_report("hedge-dropped", source, rewrite).findings)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("No casualties have been reported.", "There have been no reported casualties."),
        (
            "Three shoppers were treated for breathing problems. No deaths have been reported.",
            "Three shoppers were treated for breathing problems. There have been no reported deaths.",
        ),
        (
            "The leak was apparently caused by a contractor drilling nearby.",
            "The suspected cause of the leak was a contractor drilling nearby.",
        ),
    ],
)
def test_a_reported_or_alleged_noun_keeps_the_qualifier(source: str, rewrite: str) -> None:
    assert _findings(source, rewrite) == 0


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The leak may have been caused by a contractor drilling nearby, police said.",
            "The leak was caused by a contractor drilling nearby, who reported it to the police.",
        ),
        (
            "The leak may have been caused by a contractor drilling nearby, police said.",
            "The leak was caused by a contractor drilling nearby.",
        ),
    ],
)
def test_the_verb_or_no_qualifier_still_drops_it(source: str, rewrite: str) -> None:
    assert _findings(source, rewrite) == 1
