"""hedge-dropped: a rewrite that keeps a source's hedge as someone's expectation ("expects to", "expects … to"), as
or as a possibility ("is possible if"), states nothing as fact."""

from __future__ import annotations

import pytest
from _run import rewrite_findings as findings

_SOURCE = (
    "The regional water company reported a loss of $84 million for the quarter on Thursday. The company is expected to "
    "finish repairs to the Miller Creek pipeline by March. Analysts said the company could return to profit next year "
    "if rainfall is normal. The board approved a new dividend policy."
)
_KEPT = (
    "The regional water company reported a loss of $84 million for the quarter on Thursday. {repairs} {profit} The "
    "board approved a new dividend policy."
)
_ANALYSTS = "Analysts said the company could return to profit next year if rainfall is normal."
_PIPELINE = "The company is expected to finish repairs to the Miller Creek pipeline by March."


@pytest.mark.parametrize(
    "repairs",
    [
        "The company, which has hired 40 contractors, expects to finish repairs to the Miller Creek pipeline by March.",
        "The company expects repairs to the Miller Creek pipeline to be finished by March.",
        "The company expects the crews working on the Miller Creek pipeline to finish repairs by March.",
    ],
)
def test_an_expectation_in_other_words_keeps_the_hedge(repairs: str) -> None:
    assert not findings("hedge-dropped", _SOURCE, _KEPT.format(repairs=repairs, profit=_ANALYSTS))


def test_a_possibility_keeps_a_could() -> None:
    profit = "Analysts say a return to profit next year is possible if rainfall is normal."
    assert not findings("hedge-dropped", _SOURCE, _KEPT.format(repairs=_PIPELINE, profit=profit))


@pytest.mark.parametrize(
    ("repairs", "profit"),
    [
        ("The company will finish repairs to the Miller Creek pipeline by March.", _ANALYSTS),
        (_PIPELINE, "The company will return to profit next year if rainfall is normal, analysts said."),
    ],
)
def test_a_hedge_turned_into_fact_is_still_flagged(repairs: str, profit: str) -> None:
    assert findings("hedge-dropped", _SOURCE, _KEPT.format(repairs=repairs, profit=profit))
