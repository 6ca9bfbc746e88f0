"""Fixes of the single-document checks for general causes found by the sixteenth held-out set, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent (the same
construction used correctly). Texts are published on Thursday 13 March 2025 (``_run.PUBLISHED``)."""

from __future__ import annotations

import pytest
from _run import fails, passes
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks._numeric import scan

# --- basis points are hundredths of a percentage point ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the yield rose eight basis points", 0.08),
        ("a cut of 25bp", 0.25),
        ("a cut of 50 bps", 0.5),
        ("a 75-basis-point increase", 0.75),
        ("by one basis point", 0.01),
    ],
)
def test_basis_points_are_read_in_points(text: str, value: float) -> None:
    n = scan(text)[-1]
    assert n.points and not n.is_count
    assert n.value == pytest.approx(value)


def test_a_company_named_bp_is_no_unit() -> None:
    n = scan("Shell bought 40 BP forecourts")[0]
    assert n.is_count and n.value == 40


@pytest.mark.parametrize(
    "text",
    [
        "The ten-year Treasury yield climbed nine basis points to 4.52% from 4.43%.",
        "Mortgage rates eased 15bp to 5.10 per cent from 5.25 per cent.",
        "The deposit rate rose by 50 bps to 2.75% from 2.25%.",
        "The jobless rate fell to 3.9 per cent from 4.2 per cent, a drop of 30 basis points.",
        "The spread over Bunds widened to 185 basis points from 160 basis points, an increase of 25 basis points.",
        "The rate fell to 3.9 per cent from 4.2 per cent, a drop of 0.3 percentage points.",
    ],
)
def test_a_change_in_basis_points_that_adds_up_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The ten-year Treasury yield climbed 19 basis points to 4.52% from 4.43%.",
        "Mortgage rates eased 1.5bp to 5.10 per cent from 5.25 per cent.",
        "The jobless rate fell to 3.9 per cent from 4.2 per cent, a drop of three basis points.",
        "The spread over Bunds widened to 185 basis points from 160 basis points, an increase of 35 basis points.",
    ],
)
def test_a_wrong_change_in_basis_points_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@settings(max_examples=40, deadline=None)
@given(start=st.integers(100, 900), change=st.integers(1, 99), up=st.booleans())
def test_basis_points_agree_with_the_two_rates(start: int, change: int, up: bool) -> None:
    end = start + change if up else start - change
    verb = "rose" if up else "fell"
    text = f"The yield {verb} {change} basis points to {end / 100:.2f}% from {start / 100:.2f}%."
    assert passes("change-arithmetic", text)
    wrong = change * 10 if change < 10 else change + 20
    assert fails(
        "change-arithmetic", f"The yield {verb} {wrong} basis points to {end / 100:.2f}% from {start / 100:.2f}%."
    )
