"""General causes of the rewrite checks' false alarms and misses found by the second held-out set
(bench/heldout2), each pinned with hand-written sentences that are not the held-out ones."""

from __future__ import annotations

import pytest

from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule, new_numbers
from factcheck.engine import build_facts
from factcheck.ingest import from_text
from tests.assertions._helpers import run

# --- unsupported-claim: a rounded or hedged restatement of a source number is not a new number ------------------

UNSUP = UnsupportedClaimRule(id="t.unsupported-claim", claims=EVERY_CLAIM)  # the opt-in kinds too

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
        # (a changed amount of the restated sentence: cross-document-number's, see the test below)
        ("The mission has cost in the region of £120m of public money, ministers told lawmakers on Thursday.", False),
        ("Its camera charted roughly 75% of the hidden far side, scientists told reporters and lawmakers.", False),
        ("Its camera charted roughly 62 craters on the hidden far side, scientists told reporters.", True),
    ],
)
def test_unsupported_claim_reads_rounded_restatements_as_source_numbers(added: str, unsupported: bool) -> None:
    findings = run(UNSUP, _ORBITER_REWRITE + added, against=[_ORBITER_SOURCE])
    assert [f.evidence[0].text for f in findings] == ([added] if unsupported else [])


@pytest.mark.parametrize(
    ("added", "changed"),
    [
        ("The mission has cost in the region of £120m of public money, ministers told lawmakers on Thursday.", "£120m"),
        ("Its camera charted roughly 75% of the hidden far side, scientists told reporters and lawmakers.", "75%"),
    ],
)
def test_a_hedge_does_not_stretch_to_a_changed_amount(added: str, changed: str) -> None:
    """ "in the region of £120m" does not restate £86.4m, nor "roughly 75%" 61.7%: cross-document-number reports the
    changed amount (unsupported-claim leaves a changed number of a restated sentence to it)."""
    rule = CrossDocumentNumberRule(id="t.cross-document-number")
    findings = run(rule, _ORBITER_REWRITE + added, against=[_ORBITER_SOURCE])
    assert len(findings) == 1 and changed in findings[0].evidence[0].text


# --- hedge-dropped: a dropped attribution of a routine claim is a note, of a disputable one a warning ------------

HEDGE = HedgeDroppedRule(id="t.hedge-dropped", severity="warning", routine_severity="info", report=EVERY_DROP)


@pytest.mark.parametrize(
    ("source", "rewrite", "severity"),
    [
        # routine: what the attributed body runs, counts or observes
        (
            "The ferry terminal will stay shut until Thursday and 14 sailings have been cancelled, the port authority "
            "said.",
            "The ferry terminal will stay shut until Thursday and 14 sailings have been cancelled.",
            "info",
        ),
        (
            "Some 61,300 people finished this year's city marathon, the organisers said.",
            "Some 61,300 people finished this year's city marathon.",
            "info",
        ),
        (  # a crime named only as the reason for an arrest is not asserted
            "Three teenagers were detained on suspicion of burglary at the depot overnight, the police said.",
            "Three teenagers were detained on suspicion of burglary at the depot overnight.",
            "info",
        ),
        # near-misses: a cause, wrongdoing, deaths and injuries, a military claim stay warnings
        (
            "The blaze at the depot was caused by a faulty heater, fire investigators said.",
            "The blaze at the depot was caused by a faulty heater.",
            "warning",
        ),
        (
            "The mayor's office misled inspectors about the state of the depot, the auditors said.",
            "The mayor's office misled inspectors about the state of the depot.",
            "warning",
        ),
        (
            "Eleven villagers were killed in the raid on Tuesday, the provincial governor said.",
            "Eleven villagers were killed in the raid on Tuesday.",
            "warning",
        ),
        (
            "Dozens of protesters were wounded by rubber bullets outside the depot, a medical charity said.",
            "Dozens of protesters were wounded by rubber bullets outside the depot.",
            "warning",
        ),
        (
            "Government troops retook the hilltop village of Marsk on Monday, a military spokesman said.",
            "Government troops retook the hilltop village of Marsk on Monday.",
            "warning",
        ),
    ],
)
def test_hedge_dropped_lowers_routine_attributions_to_a_note(source: str, rewrite: str, severity: str) -> None:
    findings = run(HEDGE, rewrite, against=[source])
    assert [(f.check, f.severity) for f in findings] == [("hedge-dropped", severity)]
    assert ("routine claim" in findings[0].message) is (severity == "info")


def test_hedge_dropped_keeps_warning_for_a_dropped_hedge_of_a_routine_claim() -> None:
    source = "The ferry terminal could stay shut until Thursday, the port authority said."
    findings = run(HEDGE, "The ferry terminal will stay shut until Thursday.", against=[source])
    assert [(f.check, f.severity) for f in findings] == [("hedge-dropped", "warning")]


# --- hedge-dropped: a rewrite sentence merging two adjacent source sentences is weighed against both -------------

_BRIDGE_SOURCE = (
    "A freight train derailed near the Larch Creek bridge early on Tuesday, the rail operator said. "
    "Eleven wagons carrying grain left the track at about 5:40 a.m. in heavy rain and strong wind. "
    "Early findings suggested the embankment may have been undermined by floodwater, engineers said. "
    "The line will stay closed until at least Friday."
)
_BRIDGE_REWRITE = (
    "A freight train came off the rails near the Larch Creek bridge on Tuesday morning, the rail operator said. "
    "{merged} "
    "The line will stay closed until at least Friday."
)


@pytest.mark.parametrize(
    ("merged", "flagged"),
    [
        (  # the hedged half's "may have been undermined" is dropped
            "Floodwater had undermined the embankment when eleven grain wagons left the track at around 5.40am in "
            "heavy rain.",
            True,
        ),
        (  # near-miss: the merged sentence keeps the hedge
            "Floodwater may have undermined the embankment when eleven grain wagons left the track at around 5.40am "
            "in heavy rain.",
            False,
        ),
        (  # near-miss: only the unhedged source sentence is restated
            "Eleven grain wagons left the track at around 5.40am in heavy rain and strong wind.",
            False,
        ),
    ],
)
def test_hedge_dropped_weighs_a_merged_sentence_against_both_sources(merged: str, flagged: bool) -> None:
    findings = run(HEDGE, _BRIDGE_REWRITE.format(merged=merged), against=[_BRIDGE_SOURCE])
    assert [f.evidence[0].text for f in findings] == ([merged] if flagged else [])


@pytest.mark.parametrize(
    ("rewrite", "new"),
    [
        ("About 60 climbers were still missing on Friday.", set()),  # holds the source's 57
        ("Nearly 60 climbers were still missing on Friday.", set()),
        ("Over 60 climbers were still missing on Friday.", {"60"}),  # near-miss: (60, 90] holds neither 50 nor 57
        ("About 60% of the climbers were still missing on Friday.", {"60"}),  # near-miss: a share, not a count
        ("About 60 climbers were still missing in 2057.", {"2057"}),  # a year is never rounded
    ],
)
def test_new_numbers_need_a_source_number_inside_the_hedged_interval(rewrite: str, new: set[str]) -> None:
    source = "More than 50 climbers were missing after the avalanche. Later reports put the number missing at 57."
    docs = [from_text(rewrite, id="000.txt")]
    facts = build_facts(docs, [from_text(source, id="src0.txt")], needs={"sentences"})
    assert new_numbers(facts, rewrite, ["src0.txt"]) == new


# --- unsupported-claim: a lead that sums up a few source sentences is supported by them read together ------------

_FERRY_SOURCE = (
    "Lindqvist Marine said on Monday it had won an order for four ferries from the island authority. "
    "The vessels will run on batteries charged from a wind farm on the island. "
    "Construction will start at the company's yard in Gdansk next spring. "
    "The first ferry is due to enter service in two years. "
    "The island authority said the order was the largest in its history. "
    "Lindqvist shares were little changed."
)
_FERRY_BODY = (
    "The vessels will run on batteries charged from a wind farm on the island. "
    "Construction will start at the company's yard in Gdansk next spring. "
    "The island authority said the order was the largest in its history."
)


@pytest.mark.parametrize(
    ("lead", "unsupported"),
    [
        (  # draws on three source sentences, none of which alone shares enough of its words
            "Shipbuilder Lindqvist will begin work next spring on wind-charged battery vessels, in what the island "
            "authority called its biggest deal ever.",
            False,
        ),
        (  # near-miss: a claim none of them makes
            "Lindqvist Marine has been sued by a rival shipbuilder over the design of its hull, lawyers for the rival "
            "said.",
            True,
        ),
        (  # near-miss: read together they support the words, not a number none of them states
            "Shipbuilder Lindqvist will begin work next spring on 12 wind-charged battery vessels, in what the island "
            "authority called its biggest deal ever.",
            True,
        ),
        (  # near-miss: nor one written in words
            "Shipbuilder Lindqvist will begin work next spring on twelve wind-charged battery vessels, in what the "
            "island authority called its biggest deal ever.",
            True,
        ),
    ],
)
def test_unsupported_claim_reads_a_summing_lead_against_its_best_sources_together(lead: str, unsupported: bool) -> None:
    findings = run(UNSUP, lead + " " + _FERRY_BODY, against=[_FERRY_SOURCE])
    assert [f.evidence[0].text for f in findings] == ([lead] if unsupported else [])
