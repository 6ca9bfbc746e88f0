"""Fixes for general causes found by the eleventh held-out set, pinned with hand-written sentences that are not the
held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import math

import pytest
from _run import default_rule, run
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._numeric import FRACTION_SLACK, fraction_interval, scan
from factcheck.extract.hedges import direction, hedge_interval, load_table


def _verdicts(text: str) -> tuple[int, int]:
    """(findings, passes) of the default percent-of rule on ``text``."""
    report = run(default_rule("percent-of"), text)
    return len(report.findings), len(report.passed)


# --- percent-of: "N …, of whom / of which X — Z —" and "N …, X of it — Z —" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union has 8,000 members, of whom 3,000 — a quarter — work in schools.",
        "The union has 8,000 members, of whom 3,000 (a quarter) work in schools.",
        "The union has 8,000 members, of whom 3,000, or 25%, work in schools.",
        "The charity raised £12m last year, of which £5m - about a quarter - came from a single donor.",
        "The port handled 640 ships in March, of which 410 — fewer than half — flew a foreign flag.",
        "The appeal brought in €90m, €20m of it — more than half — from corporate donors.",
        "The film earned $230m abroad, $70m of it (almost half) in China, the studio said.",
    ],
)
def test_a_share_aside_after_of_whom_or_of_it_is_checked(text: str) -> None:
    assert _verdicts(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The union has 8,000 members, of whom 2,000 — a quarter — work in schools.",
        "The union has 8,000 members, of whom 1,950 (about a quarter) work in schools.",
        "The charity raised £12m last year, of which £4m, or a third, came from a single donor.",
        "The appeal brought in €90m, €50m of it — more than half — from corporate donors.",
    ],
)
def test_a_correct_share_aside_after_of_whom_or_of_it_passes(text: str) -> None:
    assert _verdicts(text) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        # the share is of another whole
        "The union has 8,000 members, of whom 3,000 — 12% of the national total — work in schools.",
        "The appeal brought in €90m, €20m of it — 40% of the group's annual giving — from corporate donors.",
        # a breakdown or a list after "of whom"
        "The union has 8,000 members, of whom 3,000 — 1,800 women and 1,200 men — work in schools.",
        "The union has 8,000 members, of whom 3,000 are teachers, 2,000 nurses and the rest cleaners.",
        # a change, not a share
        "The union has 8,000 members, of whom 3,000 — a third more than last year — work in schools.",
        # part and whole not one kind of amount
        "The appeal brought in $90m, £20m of it — more than half — from corporate donors.",
        "The appeal brought in €90m, €20bn of it — more than half — from corporate donors.",
        "The league has 8,000 players, of whom 3,000 — a quarter of the clubs' squads — are under 18.",
    ],
)
def test_near_misses_after_of_whom_or_of_it_stay_silent(text: str) -> None:
    assert _verdicts(text)[0] == 0


@pytest.mark.parametrize("phrase", ["more than half", "over half", "almost half", "half"])
def test_half_with_a_hedge_is_read_as_a_share(phrase: str) -> None:
    (n,) = scan(f"Sales rose, and {phrase} came from abroad.")
    assert n.is_share and n.value == 50


# --- a fraction word with a hedge of direction: the strict reading starts at the fraction itself ------------------


@pytest.mark.parametrize(
    ("hedge", "share", "low", "high"),
    [
        ("more than", 100 / 3, 100 / 3, None),  # "more than a third"
        ("just over", 25.0, 25.0, None),  # "just over a quarter"
        ("at least", 20.0, 20.0, None),  # "at least one in five"
        ("less than", 50.0, None, 50.0),  # "less than half"
        ("under", 20.0, None, 20.0),  # "under a fifth"
    ],
)
def test_a_directed_fraction_is_strictly_beyond_the_fraction(
    hedge: str, share: float, low: float | None, high: float | None
) -> None:
    interval, bounds = fraction_interval(share, hedge)
    if low is not None:
        assert math.isclose(bounds.low, low) and bounds.high == math.inf
        assert interval.low < low  # the agreement reading keeps the fraction word's slack
    if high is not None:
        assert math.isclose(bounds.high, high) and interval.high > high


def test_a_fraction_about_the_fraction_keeps_its_slack() -> None:
    (n,) = scan("About a third of the staff left.")
    assert n.bounds.low < 100 / 3 - 2 and n.bounds.high > 100 / 3 + 2


@pytest.mark.parametrize(
    "text",
    [
        "Some 2.4 million pensioners, of whom 650,000 — more than a third — live alone, will get the payment.",
        "Of the roughly 90,000 entries, 15,000 — more than a fifth — came from abroad.",
        "About 5,000 homes were flooded, of which 2,900 — less than half — were insured.",
    ],
)
def test_a_hedged_whole_does_not_hide_a_share_on_the_wrong_side_of_its_fraction(text: str) -> None:
    assert _verdicts(text)[0] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Some 2.4 million pensioners, of whom 850,000 — more than a third — live alone, will get the payment.",
        "Of 1,000 staff, 330 — more than a third — were laid off.",  # 33.0%: within the rule's tolerance
        "Of the roughly 90,000 entries, 17,500 — almost a fifth — came from abroad.",
        "About 5,000 homes were flooded, of which 2,400 — less than half — were insured.",
    ],
)
def test_a_share_on_the_right_side_of_its_fraction_passes(text: str) -> None:
    assert _verdicts(text) == (0, 1)


@given(
    share=st.sampled_from([50.0, 100 / 3, 25.0, 20.0, 10.0, 200 / 3, 75.0]),
    hedge=st.sampled_from(sorted(load_table().by_phrase)),
)
def test_a_fraction_strict_reading_only_narrows_to_the_hedged_side(share: float, hedge: str) -> None:
    """The strict reading never widens the fraction word's slack, and a share beyond the fraction on the hedge's side
    stays within it."""
    interval, bounds = fraction_interval(share, hedge)
    old = hedge_interval(share - FRACTION_SLACK, hedge, value_high=share + FRACTION_SLACK)[1]
    assert interval == hedge_interval(share - FRACTION_SLACK, hedge, value_high=share + FRACTION_SLACK)[0]
    assert old.low <= bounds.low and bounds.high <= old.high
    side = direction(hedge)
    if side == ">":
        assert bounds.low == max(old.low, share) and bounds.contains(share + 1)
    elif side == "<":
        assert bounds.high == min(old.high, share) and bounds.contains(share - 1)
    else:
        assert bounds == old
