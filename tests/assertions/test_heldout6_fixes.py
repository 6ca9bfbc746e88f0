"""Fixes for general causes found by the sixth held-out set in the rewrite checks, with hand-written texts (not the
held-out ones) and near-misses that must still fire or stay silent."""

from __future__ import annotations

import pytest

from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.checks.stance_conflict import StanceConflictRule
from tests.assertions._helpers import run

HEDGE = HedgeDroppedRule(id="t.hedge-dropped", routine_severity="info", report=EVERY_DROP)  # every kind, routine too

# --- hedge-dropped: a cited speaker kept as the subject of a verb of judging, or of "put … at" -----------------------


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Fire investigators said the warehouse blaze resembled the one that destroyed a depot in Hull in 2019.",
            "Investigators likened the warehouse blaze to the one that destroyed a depot in Hull in 2019.",
        ),
        (
            "Economists said the slowdown was similar to the downturn that followed the 2008 banking crash.",
            "Economists compared the slowdown with the downturn that followed the 2008 banking crash.",
        ),
        (
            "The county coroner said the number of drowning deaths on the coast had reached 41 this summer.",
            "The coroner put the number of drowning deaths on the coast at 41 this summer.",
        ),
    ],
)
def test_a_speaker_who_judges_keeps_the_attribution(source: str, rewrite: str) -> None:
    assert run(HEDGE, rewrite, against=[source]) == []


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # "put" without "at": an act, not an estimate
            "The county coroner said the bodies of the drowned fishermen had been put in the chapel at Wells.",
            "The coroner put the bodies of the drowned fishermen in the chapel.",
        ),
        (  # the judging verb has another subject than the cited source
            "Economists said the slowdown was caused by the downturn that followed the 2008 banking crash.",
            "Ministers compared the slowdown, caused by the downturn that followed the 2008 banking crash.",
        ),
    ],
)
def test_a_dropped_attribution_with_another_verb_or_subject_still_fires(source: str, rewrite: str) -> None:
    assert [f.check for f in run(HEDGE, rewrite, against=[source])] == ["hedge-dropped"]


# --- negation-flip: a verb both negated and affirmed in one sentence, compared clause by clause --------------------

NEGATION = NegationFlipRule(id="t.negation-flip")
_MIXED = (
    "The two unions agreed on Monday to suspend their overtime ban for a month, but they have not agreed to call off "
    "the strike planned for May."
)


@pytest.mark.parametrize(
    "rewrite",
    [
        "The unions have agreed to call off the strike planned for May, their leaders said.",
        "The two unions have not agreed to suspend their overtime ban.",
    ],
)
def test_the_clause_with_the_same_complement_is_compared(rewrite: str) -> None:
    assert [f.check for f in run(NEGATION, rewrite, against=[_MIXED])] == ["negation-flip"]


@pytest.mark.parametrize(
    "rewrite",
    [
        "The unions have not agreed to call off the strike planned for May, their leaders said.",
        "The two unions agreed on Monday to suspend their overtime ban for a month.",
        # the complement matches neither clause better than the other: not compared
        "The two unions have agreed to talks, their leaders said on Monday.",
    ],
)
def test_a_kept_or_undecidable_clause_stays_silent(rewrite: str) -> None:
    assert run(NEGATION, rewrite, against=[_MIXED]) == []


# --- stance-conflict: "the company" and the unwritten subject of a second verb, in restated sentences --------------

STANCE = StanceConflictRule(id="t.stance-conflict")
_DENIAL = (
    "Kestrel Freight said on Monday that a fire had damaged two of its cranes at Tilbury, but denied that any "
    "containers had been lost."
)


@pytest.mark.parametrize(
    "rewrite",
    [
        # the organisation referred back to by a common noun
        "A fire damaged two cranes belonging to Kestrel Freight at Tilbury on Monday, and the company confirmed that "
        "containers had been lost.",
        # the unwritten subject of the second verb, in both sentences
        "Kestrel Freight said on Monday that a fire had damaged two of its cranes at Tilbury, but confirmed that "
        "containers had been lost.",
    ],
)
def test_a_resolved_actor_in_a_restated_sentence_conflicts(rewrite: str) -> None:
    assert [f.check for f in run(STANCE, rewrite, against=[_DENIAL])] == ["stance-conflict"]


@pytest.mark.parametrize(
    "rewrite",
    [
        # the stance kept
        "A fire damaged two cranes belonging to Kestrel Freight at Tilbury on Monday, and the company denied that "
        "any containers had been lost.",
        # the resolved sentence restates nothing of the source: another matter
        "A fire damaged two Kestrel Freight cranes at Tilbury on Monday. The company confirmed it had hired extra "
        "staff for the night shift.",
        # a subordinate clause before the name: the name is not the subject of the second verb
        "When Kestrel Freight said on Monday that a fire had damaged two cranes at Tilbury, rivals confirmed that "
        "containers had been lost.",
    ],
)
def test_a_kept_or_unrestated_resolved_stance_stays_silent(rewrite: str) -> None:
    assert run(STANCE, rewrite, against=[_DENIAL]) == []


# --- attribution: a name opening the sentence, an appositive, then the reporting verb -----------------------------

_SUPPLIED = (
    "Tidewell, the water supplier, said a burst main caused the loss of water to 5,000 homes in Harwick on Sunday."
)


def test_an_attribution_across_an_appositive_is_read_in_the_source() -> None:
    dropped = "A burst main caused the loss of water to 5,000 homes in Harwick on Sunday."
    assert [f.check for f in run(HEDGE, dropped, against=[_SUPPLIED])] == ["hedge-dropped"]


def test_an_attribution_across_an_appositive_is_kept_in_the_rewrite() -> None:
    source = "About 5,000 homes in Harwick lost water on Sunday, according to the supplier Tidewell."
    kept = "Tidewell, the water supplier, said about 5,000 homes in Harwick lost water on Sunday."
    assert run(HEDGE, kept, against=[source]) == []


def test_a_place_with_an_appositive_is_no_attribution() -> None:
    source = "About 5,000 homes in Harwick lost water on Sunday, according to the supplier Tidewell."
    # "Harwick, the county town, saw …": no reporting verb after the appositive, the drop is still reported
    dropped = "Harwick, the county town, saw about 5,000 homes lose water on Sunday."
    assert [f.check for f in run(HEDGE, dropped, against=[source])] == ["hedge-dropped"]


# --- hedge-dropped: a claim attributed with a verb of allegation is never routine ------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "Prosecutors allege that the accountant hid the payments in a trust registered in Jersey.",
        "The landlord claimed that the accountant hid the payments in a trust registered in Jersey.",
    ],
)
def test_a_dropped_allegation_is_not_routine(source: str) -> None:
    (finding,) = run(HEDGE, "The accountant hid the payments in a trust registered in Jersey.", against=[source])
    assert finding.severity != "info"


def test_a_dropped_plain_report_stays_routine() -> None:
    source = "The accountant's firm said the payments were held in a trust registered in Jersey."
    (finding,) = run(HEDGE, "The payments were held in a trust registered in Jersey.", against=[source])
    assert finding.severity == "info"
