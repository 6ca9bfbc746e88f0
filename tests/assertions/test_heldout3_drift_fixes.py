"""False alarms of the cross-document checks found by bench/heldout3 (article pairs), pinned with hand-written
texts: headlines are no body claims, a count of part of a whole is not the whole's count, and the rewrite
direction of two same-day documents."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.align import detect_rewrites
from factcheck.checks._rewrite import is_headline
from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule
from factcheck.engine import build_facts, run_rules
from factcheck.extract.sentences import split_sentences
from factcheck.ingest import from_text
from tests.assertions._helpers import run

UNSUP = UnsupportedClaimRule(id="t.unsupported-claim", claims=EVERY_CLAIM)  # the opt-in kinds too
CDN = CrossDocumentNumberRule(id="t.cross-document-number")
HEDGE = HedgeDroppedRule(id="t.hedge-dropped", routine_severity="info", report=EVERY_DROP)  # every kind, routine too

# --- unsupported-claim: a headline is not a body claim -------------------------------------------------------------

_SOURCE = (
    "The Harwell city council voted on Monday to close three branch libraries from April. "
    "The council said the closures would save about £2m a year. "
    "Library staff will be offered jobs at the central library in Harwell. "
    "Campaigners said they would challenge the decision in the courts."
)
_BODY = (
    "Harwell city council voted on Monday to shut three branch libraries from April.\n\n"
    "The council said closing them would save about £2m a year.\n\n"
    "Staff at the branches will be offered jobs at the central library in Harwell.\n\n"
    "Campaigners vowed to take the decision to the courts."
)

_HEAD = "Dozens of jobs at risk as Harwell council wields the axe"


@pytest.mark.parametrize(
    "rewrite",
    [
        f"# {_HEAD}\n\n{_BODY}",
        f"---\ntitle: {_HEAD}\n---\n\n{_HEAD}\n\n{_BODY}",
        f"{_HEAD}\n\n{_BODY}",
        f"---\ntitle: Libraries axed\n---\n\n## {_HEAD}\n\n{_BODY}",
    ],
)
def test_a_headline_is_not_an_unsupported_claim(rewrite: str) -> None:
    assert run(UNSUP, rewrite, against=[_SOURCE]) == []


@pytest.mark.parametrize(
    "rewrite",
    [
        # the same words as a body sentence (ends with a full stop, not the title): still a claim
        f"# Libraries axed\n\n{_BODY}\n\nThe council takes the axe to a string of local libraries in a dozen towns.",
        # a first line that is a full sentence is the body, not a headline
        f"Officials said a string of 14 local libraries would also lose their mobile vans.\n\n{_BODY}",
    ],
)
def test_a_body_sentence_is_still_checked(rewrite: str) -> None:
    assert len(run(UNSUP, rewrite, against=[_SOURCE])) == 1


def test_is_headline_reads_the_line_and_the_title() -> None:
    doc = from_text("---\ntitle: Storm shuts ports\n---\nStorm shuts ports\n\n# Second heading here\n\nA body line.")
    kinds = [(s.span.text, is_headline(doc, s.span)) for s in split_sentences(doc)]
    assert kinds == [("Storm shuts ports", True), ("# Second heading here", True), ("A body line.", False)]
    # a sentence that is only part of the title's line is not the headline
    doc = from_text("Ports shut. Storm hits coast\n\nMore text follows here.")
    assert [is_headline(doc, s.span) for s in split_sentences(doc)] == [False, False, False]


# --- cross-document-number: a count of part of a whole ------------------------------------------------------------


def _cdn(first: str, second: str) -> list[str]:
    docs = [from_text(t, id=f"d{i}.txt", published=dt.date(2025, 6, 2)) for i, t in enumerate((first, second))]
    facts = build_facts(docs, needs={"sentences", "dates"})
    return [f.message for f in run_rules([CDN], facts, strict=True).findings]


_WHOLE = "Maritex Shipping said on Monday it would close its Rotterdam depot, which employs 8,400 workers."


@pytest.mark.parametrize(
    "part",
    [
        "Maritex Shipping, which has 650 workers in the Netherlands, will close its Rotterdam depot, it said Monday.",
        "Maritex Shipping will close its Rotterdam depot; the firm has 650 workers across Europe, it said Monday.",
        "Maritex Shipping will close its Rotterdam depot, putting 650 Dutch workers at risk, it said on Monday.",
    ],
)
def test_a_restricted_count_is_not_the_whole(part: str) -> None:
    assert _cdn(_WHOLE, part) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same restriction on both sides: compared
        (
            "Maritex Shipping said on Monday it would close its Rotterdam depot, with 650 workers in Rotterdam.",
            "Maritex Shipping will close its Rotterdam depot, with 900 workers in Rotterdam, it said on Monday.",
        ),
        # the place is named elsewhere in the other sentence: compared
        (
            "Maritex Shipping said on Monday its Rotterdam depot would close, with 650 workers in Rotterdam.",
            "In Rotterdam, Maritex Shipping will close its depot with 900 workers, it said on Monday.",
        ),
        # a modifier the other sentence names elsewhere: compared
        (
            "Maritex Shipping said on Monday its Rotterdam depot would close, with 650 Dutch workers.",
            "Maritex Shipping will close its Dutch depot in Rotterdam, with 900 workers, it said on Monday.",
        ),
        # a capitalised modifier that is a label, not a place: compared
        (
            "Health officials in Varna reported 340 COVID-19 cases in the city hospital on Monday.",
            "Health officials in Varna reported 520 cases in the city hospital on Monday.",
        ),
        # unrestricted on both sides: compared
        (_WHOLE, "Maritex Shipping said on Monday it would close its Rotterdam depot, which employs 9,900 workers."),
    ],
)
def test_counts_of_the_same_scope_still_fail(first: str, second: str) -> None:
    assert len(_cdn(first, second)) == 1


# --- rewrite direction: same day, as many sentences of its own ----------------------------------------------------

_WIRE = (
    "A cargo train derailed near the town of Ellby on Thursday morning, blocking the main line to the coast. "
    "Eleven wagons carrying grain left the track at low speed, the rail operator Northline said. "
    "No one was hurt in the derailment, Northline said. "
    "The driver was taken to hospital as a precaution. "
    "Engineers expect the line to reopen on Saturday after the wagons are lifted by crane. "
    "Northline said passenger trains would be replaced by buses between Ellby and Carrow until then. "
    "The cause of the derailment is being investigated by the rail accident branch. "
    "A similar derailment closed the same line for four days in 2019. "
    "Northline runs about 400 freight trains a week on the route, mostly grain and timber."
)
_LOCAL = (
    "Eleven grain wagons came off the rails near Ellby on Thursday morning, closing the line to the coast. "
    "The rail operator Northline said the train was travelling at low speed. "
    "No one was hurt in the derailment, though the driver went to hospital as a precaution. "
    "Engineers hope to reopen the line on Saturday once cranes have lifted the wagons. "
    "Buses will replace passenger trains between Ellby and Carrow until then, Northline said. "
    "Ellby parish council chairman Tom Reeve said residents had long warned about the state of the track. "
    "Pupils at Ellby primary school were sent home early because of the disruption. "
    "The village shop ran out of bread by lunchtime as commuters stocked up."
)


def _direction(wire: str, local: str) -> dict[str, list[str]]:
    day = dt.date(2025, 9, 4)
    docs = [from_text(wire, id="a-wire.txt", published=day), from_text(local, id="b-local.txt", published=day)]
    return detect_rewrites(build_facts(docs, needs={"sentences", "assertions"}))


def test_same_day_the_text_with_fewer_sentences_of_its_own_is_the_rewrite() -> None:
    # each has three sentences the other does not restate; the local rewrite's share is the smaller one (5 of 8
    # against the wire's 6 of 9: one of its sentences merges two), but it adds no more than the wire story has
    # beyond it, and it is shorter
    assert _direction(_WIRE, _LOCAL) == {"b-local.txt": ["a-wire.txt"]}


def test_same_day_a_text_that_adds_more_than_it_drops_is_the_source() -> None:
    # near miss: a short text with the wire's core and nothing else is the rewrite of a longer one that adds a lot
    core = ". ".join(_WIRE.split(". ")[:5]) + "."
    assert _direction(_WIRE, core) == {"b-local.txt": ["a-wire.txt"]}
    padded = _LOCAL + (
        " Residents said lorries had used the lane beside the track for months."
        " The Ellby bakery said deliveries would be late on Friday."
        " A petition calling for a new footbridge has 300 names."
    )
    assert _direction(_WIRE, padded) == {"a-wire.txt": ["b-local.txt"]}


# --- hedge-dropped: a claim the source calls disputed, and "contributed to" as a cause -----------------------------


@pytest.mark.parametrize(
    ("source", "rewrite", "grade"),
    [
        (  # the source says the claim is disputed: dropping its attribution is a warning
            "The landlord said the flats had passed every fire inspection, a claim disputed by the tenants' union.",
            "The flats had passed every fire inspection.",
            "disputable",
        ),
        (
            "The club said ticket prices had risen by only 3%, a figure the supporters' trust rejects.",
            "Ticket prices at the club had risen by only 3%.",
            "disputable",
        ),
        (  # a cause, stated with "contributed to"
            "Poor drainage contributed to the flooding of the stadium car park, the council said.",
            "Poor drainage contributed to the flooding of the stadium car park.",
            "disputable",
        ),
        # near misses: routine claims stay a note
        (
            "The council said the car park would reopen on Friday after a pay dispute with contractors ended.",
            "The car park will reopen on Friday after a pay dispute with contractors ended.",
            "routine",
        ),
        (
            "Local firms contributed £40,000 to the stadium car park repairs, the council said.",
            "Local firms contributed £40,000 to the stadium car park repairs.",
            "routine",
        ),
    ],
)
def test_hedge_dropped_grades_disputed_and_caused_claims(source: str, rewrite: str, grade: str) -> None:
    found = run(HEDGE, rewrite, against=[source])
    expected = HEDGE.routine_severity if grade == "routine" else HEDGE.severity
    assert [(f.check, f.severity) for f in found] == [("hedge-dropped", expected)]
    assert ("routine claim" in found[0].message) is (grade == "routine")
