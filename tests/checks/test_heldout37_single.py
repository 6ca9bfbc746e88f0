"""Fixes for general causes found by the single articles of the thirty-seventh held-out set, pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- unit-conversion: a measure of something restated after ", or about" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 250 mm = 9.8 in
        "The town recorded 250 millimetres of snow in February, or about 14 inches.",
        # 30 km = 18.6 miles
        "Volunteers cleared 30 kilometres of hiking trail, or roughly 25 miles.",
    ],
)
def test_a_measure_restated_after_comma_or_about_is_checked(text: str) -> None:
    assert fails("unit-conversion", text)


def test_a_measure_restated_after_comma_or_about_that_matches_passes() -> None:
    assert passes("unit-conversion", "The town recorded 250 millimetres of snow in February, or about 10 inches.")


@pytest.mark.parametrize(
    "text",
    [
        # an alternative, not a restatement: no comma and no hedge
        "Crews will lay 30 kilometres of cable or 12 miles of pipe this year.",
        "Crews will lay 30 kilometres of cable, or 12 miles of pipe if the permit is late.",
    ],
)
def test_an_alternative_measure_after_or_is_not_a_conversion(text: str) -> None:
    assert silent("unit-conversion", text)
