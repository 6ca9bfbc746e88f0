"""stance-conflict: an actor that "has not said whether" it will accept something is undecided, and the verb its
open question is about ("whether it will accept") is no stance of its own."""

from __future__ import annotations

import pytest
from test_heldout10_fixes import _CONTEXT, fails


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The shipping firm Caldera has not yet said whether it will accept the terms set by the regulator.",
            "Caldera has accepted the terms set by the regulator.",
        ),
        (
            "Hartwell Logistics has not indicated whether it will accept the new offer from the drivers.",
            "Hartwell Logistics has accepted the new offer from the drivers.",
        ),
        (
            "Ferrovia did not say if it would accept the conditions of the state loan.",
            "Ferrovia accepted the conditions of the state loan.",
        ),
    ],
)
def test_an_open_question_restated_as_a_decision_is_a_stance_conflict(source: str, rewrite: str) -> None:
    assert fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The shipping firm Caldera has not yet said whether it will accept the terms set by the regulator.",
            "Caldera has still not said whether it will accept the terms set by the regulator.",
        ),
        (
            "The shipping firm Caldera has not yet said whether it will accept the terms set by the regulator.",
            "It is unclear whether Caldera will accept the terms set by the regulator.",
        ),
        (  # the rewrite's own sentence gives both stances to other things: no flip
            "Caldera accepted the fee cap but rejected the new inspection rules set by the regulator.",
            "Caldera accepted the fee cap but rejected the new inspection rules, the regulator said.",
        ),
    ],
)
def test_an_open_question_kept_open_is_no_conflict(source: str, rewrite: str) -> None:
    assert not fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))
