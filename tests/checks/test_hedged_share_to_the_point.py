"""A hedged share written to the point ("about 31 per cent") commits to within 1.5 points of its number; a round one
("about 30 per cent") keeps the ±10 % reading."""

from __future__ import annotations

import pytest
from _run import fails, passes

from factcheck.checks._numeric import scan


def test_a_share_to_the_point_reads_within_a_point_and_a_half() -> None:
    (n,) = scan("about 31 per cent")
    assert (n.bounds.low, n.bounds.high) == (29.5, 32.5)
    (r,) = scan("about 30 per cent")
    assert (r.bounds.low, r.bounds.high) == pytest.approx((27.0, 33.0))


def test_a_share_three_points_off_its_hedged_figure_is_flagged() -> None:
    assert fails("percent-of", "Of the 1,200 members, 334 — about 31 per cent — voted for the motion.")  # 27.8 %


@pytest.mark.parametrize("share", ["about 28 per cent", "about 30 per cent", "roughly 27%", "nearly 30 per cent"])
def test_a_share_it_rounds_to_passes(share: str) -> None:
    assert passes("percent-of", f"Of the 1,200 members, 334 — {share} — voted for the motion.")
