"""percent-of: shares of a total stated earlier, checked when a stated share fits that total (a hedged one only for
shares hedged as well)."""

from __future__ import annotations

import pytest
from _run import default_rule, run
from hypothesis import given, settings
from hypothesis import strategies as st

RULE = default_rule("percent-of")


def messages(text: str, held: bool = False) -> list[str]:
    report = run(RULE, text)
    return [f.message for f in (report.passed if held else report.findings) if "of the total" in f.message]


BUDGET = (
    "The county will spend £412m in the coming year, its council said on Tuesday.\n\n"
    "Adult social care takes £180m, or 43.7% of the total. Children's services get £95m, or about 30%."
)


def test_a_share_that_does_not_fit_the_total_its_sibling_fits_is_flagged() -> None:
    assert messages(BUDGET) == ["£95m of the total £412m (which £180m is 43.7% of, as stated) is 23.06%, not about 30%"]


def test_hedged_shares_fix_the_total_for_each_other() -> None:
    text = "The trust spent £90m last year. Wages took £54m, or about 60%. Drugs took £20m, or about 30%."
    assert messages(text) == ["£20m of the total £90m (which £54m is about 60% of, as stated) is 22.22%, not about 30%"]


def test_a_hedged_share_does_not_check_an_exact_one() -> None:
    text = "The trust spent £90m last year. Wages took £54m, or about 70%. Drugs took £20m, or 25%."
    assert messages(text) == []


def test_the_evidence_names_the_total_and_the_share_that_fits_it() -> None:
    finding = run(RULE, BUDGET).findings[0]
    assert [(e.text, e.role) for e in finding.evidence] == [
        ("£95m, or about 30%", "stated"),
        ("£412m", "whole"),
        ("£180m, or 43.7%", "fitting share"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # both shares fit the total
        "Of 52,000 registered voters, 31,200 voted.\n\nThe Greens took 12,480 votes, or 40% of the total. Labour's "
        "9,360 votes gave it a share of 30 per cent.",
        # a change and its percentage: its whole is the old level, not the total
        "Sales reached $840 million in the year. Food sales rose $40 million, or 5%, and clothing rose $60 million, or "
        "25%.",
        # hedged shares that both fit the one total stated before them
        "The trust spent £90m last year. Wages took £54m, or about 60%. Drugs took £20m, or about 22%.",
        # the shares' total is not stated before them
        "Wages took £54m, or 60% of the total. Drugs took £20m, or 30%. The trust spent £90m last year.",
        # another currency than the total's
        "The fund holds €900m. It put $450m, or 50%, into bonds and $90m, or 30%, into shares.",
    ],
)
def test_near_misses_are_silent(text: str) -> None:
    assert messages(text) == []


def test_a_share_fitting_the_total_passes() -> None:
    text = (
        "Of 52,000 registered voters, 31,200 voted.\n\nThe Greens took 12,480 votes, or 40% of the total. Labour's "
        "9,360 votes gave it a share of 30 per cent."
    )
    assert any("is 30%, matching 30 per cent" in m for m in messages(text, held=True))


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(min_value=2_000, max_value=900_000),
    first=st.integers(min_value=5, max_value=60),
    second=st.integers(min_value=5, max_value=35),
)
def test_shares_computed_from_the_total_are_never_flagged(total: int, first: int, second: int) -> None:
    a, b = total * first // 100, total * second // 100
    if a < 1 or b < 1:
        return
    text = (
        f"In all, {total:,} ballots were counted on Sunday.\n\n"
        f"The Reds won {a:,} votes, or {a / total * 100:.1f}% of the total. "
        f"The Blues won {b:,} votes, or {b / total * 100:.1f}%."
    )
    assert messages(text) == []
