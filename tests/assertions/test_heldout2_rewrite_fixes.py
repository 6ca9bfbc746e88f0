"""General causes of the rewrite checks' false alarms and misses found by the second held-out set
(bench/heldout2), each pinned with hand-written sentences that are not the held-out ones."""

from __future__ import annotations

import pytest

from factcheck.checks.unsupported_claim import UnsupportedClaimRule
from tests.assertions._helpers import run

# --- unsupported-claim: a rounded or hedged restatement of a source number is not a new number ------------------

UNSUP = UnsupportedClaimRule(id="t.unsupported-claim")

_ORBITER_SOURCE = (
    "The space agency said on Friday it had lost contact with its lunar orbiter, launched in 2020. "
    "The orbiter stopped sending data on Wednesday after a planned engine burn. "
    "Ground stations in Chile and Japan have tried to reach it every four hours since then. "
    "The mission has cost £86.4m so far. "
    "Its camera had mapped 61.7% of the far side of the moon before the fault. "
    "Engineers have not yet found the cause of the fault."
)
_ORBITER_REWRITE = (
    "The space agency has lost contact with its lunar orbiter, launched in 2020, it said on Friday. "
    "The orbiter stopped sending data on Wednesday after a planned engine burn. "
    "Ground stations in Chile and Japan have tried to reach it every four hours. "
    "Engineers have not yet found the cause of the fault. "
)


@pytest.mark.parametrize(
    ("added", "unsupported"),
    [
        # rounded, hedged money and share: their intervals hold the source's £86.4m and 61.7%
        ("The mission has cost in the region of £86m of public money, ministers told lawmakers on Thursday.", False),
        ("Its camera charted roughly 62% of the hidden far side, scientists told reporters and lawmakers.", False),
        # near-misses: a hedge does not stretch that far, and a count is not a share
        ("The mission has cost in the region of £120m of public money, ministers told lawmakers on Thursday.", True),
        ("Its camera charted roughly 75% of the hidden far side, scientists told reporters and lawmakers.", True),
        ("Its camera charted roughly 62 craters on the hidden far side, scientists told reporters.", True),
    ],
)
def test_unsupported_claim_reads_rounded_restatements_as_source_numbers(added: str, unsupported: bool) -> None:
    findings = run(UNSUP, _ORBITER_REWRITE + added, against=[_ORBITER_SOURCE])
    assert [f.evidence[0].text for f in findings] == ([added] if unsupported else [])
