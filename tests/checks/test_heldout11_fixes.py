"""Fixes for general causes found by the eleventh held-out set, pinned with hand-written sentences that are not the
held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, run

from factcheck.checks._numeric import scan


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


@pytest.mark.parametrize(("phrase", "low"), [("more than half", 47.5), ("over half", 47.5), ("almost half", None)])
def test_half_with_a_hedge_is_read_as_a_share(phrase: str, low: float | None) -> None:
    (n,) = scan(f"Sales rose, and {phrase} came from abroad.")
    assert n.is_share and n.value == 50
    if low is not None:
        assert n.bounds.low >= low - 1e-9 and n.bounds.low_open
