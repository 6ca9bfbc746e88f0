"""cross-document-number: a number right after a capitalised word is a model or series number, never a count."""

from __future__ import annotations

import pytest
from test_heldout10_fixes import _CONTEXT, fails


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Medora is recalling about 86,000 insulin pumps sold in Europe since 2023.",
            "Medora is recalling its VitaFlow 3 insulin pumps sold in Europe since 2023.",
        ),
        (
            "The airline will retire 14 jets from its fleet by the end of the year, the company said.",
            "The airline will retire its Boeing 737 jets from its fleet by the end of the year, the company said.",
        ),
    ],
)
def test_a_model_number_is_not_a_count(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _CONTEXT.format(source), _CONTEXT.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Medora is recalling about 86,000 insulin pumps sold in Europe since 2023.",
            "Medora is recalling about 68,000 insulin pumps sold in Europe since 2023.",
        ),
        (  # a month before the number: a date, then the count is read as before
            "By March 14 the airline had retired 14 jets from its fleet, the company said.",
            "By March 14 the airline had retired 41 jets from its fleet, the company said.",
        ),
    ],
)
def test_a_changed_count_is_still_flagged(source: str, rewrite: str) -> None:
    assert fails("cross-document-number", _CONTEXT.format(source), _CONTEXT.format(rewrite))
