"""Fixes for general causes found by the tenth held-out set (sources and rewrites), pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule

from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

_CONTEXT = "The talks in Oslo ended on Friday. {} The next round will be held in May in Bergen, the mediator said."


def fails(check: str, source: str, rewrite: str) -> bool:
    """The default ``check`` reports a finding on a source and its rewrite, published a day apart, extracted as a
    full run extracts them (rewrite detection included)."""
    docs = [
        from_text(source, id="source.txt", published=dt.date(2025, 3, 12)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 3, 13)),
    ]
    facts = build_facts(docs)
    assert facts.sources.get("rewrite.txt") == ["source.txt"]
    return bool(run_rules([default_rule(check)], facts, strict=True).findings)


# --- stance: "has not (yet) decided whether" is undecided ---------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "Norway has agreed to join the coalition, its foreign minister told reporters.",
        ),
        (
            "The Borel Group has not decided if it will accept the bid from its rival, the chairman said.",
            "The Borel Group has accepted the bid from its rival, the chairman said.",
        ),
    ],
)
def test_an_undecided_actor_restated_as_agreeing_is_a_stance_conflict(source: str, rewrite: str) -> None:
    assert fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "Norway is still undecided on whether to join the coalition, its foreign minister told reporters.",
        ),
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "It is not yet known whether Norway will join the coalition, its foreign minister told reporters.",
        ),
        (  # a later decision the rewrite marks as such
            "Norway had initially not decided whether to join the coalition, its foreign minister told reporters.",
            "Norway later agreed to join the coalition, its foreign minister told reporters.",
        ),
    ],
)
def test_an_undecided_actor_kept_undecided_is_no_conflict(source: str, rewrite: str) -> None:
    assert not fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))


# --- cross-document-number: one amount of money in a restated sentence pair ---------------------------------------

_BUDGET = "The county approved its budget on Monday. {} Councillors voted 31 to 12 in favour after a long debate."


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The county expects the new parking charges to bring in about £3.4m in their first full year.",
            "The county expects the new parking charges to bring in about £4.3m in their first full year.",
        ),
        (
            "Officials estimate the road scheme will cost $640m over a decade.",
            "The road scheme will cost $460m over a decade, officials estimate.",
        ),
    ],
)
def test_a_changed_amount_in_a_restated_sentence_is_flagged(source: str, rewrite: str) -> None:
    assert fails("cross-document-number", _BUDGET.format(source), _BUDGET.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # rounded
            "The county expects the new parking charges to bring in £3.43m in their first full year.",
            "The county expects the new parking charges to bring in about £3.4m in their first full year.",
        ),
        (  # another currency: a conversion, not a restatement of the amount
            "Officials estimate the road scheme will cost $640m over a decade.",
            "The road scheme will cost £500m over a decade, officials estimate.",
        ),
        (  # a change sentence holds a before and an after
            "The county expects parking income to rise to £3.4m next year.",
            "Parking income will rise from £2.1m to £3.4m next year, the county expects.",
        ),
    ],
)
def test_a_rounded_converted_or_changed_amount_is_not_flagged(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _BUDGET.format(source), _BUDGET.format(rewrite))
