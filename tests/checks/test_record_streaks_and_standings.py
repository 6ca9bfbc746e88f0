"""Record claims a rewrite adds in forms the earlier patterns did not read, every sentence new: a streak of three
periods or more, counted by a cardinal or an ordinal ("have now fallen for 11 consecutive quarters", "for the sixth
straight year"), and a record broken that belongs to someone ("breaking the league's attendance record"). Near-misses
stay silent: a run of two (a follow-up's next day), a standing in a table ("the fifth place obtained this season"),
"for the first time since" an event of the story ("reached the village for the first time since the river
peaked"), and a source making the same streak in other words."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.unsupported_claim import _records


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Mortgage approvals have now fallen for 11 consecutive quarters.", "11th"),
        ("Wheat exports rose for the sixth straight year, the ministry said.", "sixth"),
        ("The index has gained for 14 successive weeks.", "14th"),
        ("Sales at the chain fell for four months in a row, according to the filing.", "fourth"),
        ("It was the third consecutive season that the club finished in the top half.", "third"),
        ("The reservoir has been below half full for five years running.", "fifth"),
        ("The crowd of 61,000 broke the league's attendance record, the club said.", "record"),
        ("The signing, breaking the club's transfer record, was confirmed on Friday.", "record"),
        ("Her time smashed the region's course record by 40 seconds.", "record"),
    ],
)
def test_a_streak_or_a_record_broken_is_a_record_claim(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Delhi's air stayed severe for a second straight day on Wednesday.",
        "For the second day running, crews worked through the night.",
        "Prices were flat for two consecutive months before the rise.",
        "On the pitch, the fifth place obtained this season now counts for nothing.",
        "Their third spot in the table this season earned them a European place.",
        "The side's fourth position this year was its best finish, the coach said.",
        "Assessors reached the village for the first time since the river peaked.",
        "Families returned to the estate for the first time since the fire, police said.",
        "He set the record straight on Tuesday.",
        "She was running for the seat in the consecutive elections she had promised.",
    ],
)
def test_a_repeat_a_standing_or_a_story_step_is_no_record(sentence: str) -> None:
    assert not _records(sentence), sentence


_MARKET = (
    "Mortgage approvals fell to 41,300 in the third quarter, the central bank said on Tuesday.\n\n"
    "Lenders approved 2,100 fewer loans than in the second quarter, as higher rates kept buyers away.\n\n"
    "{added}\n\n"
    "The bank will publish its next figures on 14 January.\n\n"
    "Economists expect approvals to stabilise in the first half of next year.\n"
)


def _record_flagged(source_adds: str, added: str) -> bool:
    source = _MARKET.format(added=source_adds) if source_adds else _MARKET.replace("{added}\n\n", "")
    rewrite = _MARKET.format(added=added)
    return any("record claim" in f.message for f in rewrite_findings("unsupported-claim", source, rewrite))


@pytest.mark.parametrize(
    "added",
    [
        "Approvals have now fallen for 11 consecutive quarters.",
        "It was the sixth straight quarter of falling approvals.",
        "Approvals have dropped for three quarters in a row.",
    ],
)
def test_a_streak_no_source_counts_is_reported(added: str) -> None:
    assert _record_flagged("", added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        (
            "Approvals have fallen in each of the past 11 quarters, for the 11th quarter in a row.",
            "Approvals have now fallen for 11 consecutive quarters.",
        ),
        ("It was the sixth consecutive quarter of falls.", "Approvals fell for a sixth straight quarter."),
        ("Approvals fell for three straight quarters.", "Approvals have dropped for three quarters in a row."),
    ],
)
def test_a_source_counting_the_same_streak_vouches_for_it(source_adds: str, added: str) -> None:
    assert not _record_flagged(source_adds, added), added


# A source's run counted with a cardinal of whatever it counts, marked "consecutive", "straight" or "successive"
# ("for 11 consecutive periods", "at 12 successive releases"), vouches for the ordinal a rewrite restates it by; a run
# of another length does not.
_COUNTED_RUNS = [
    ("Approvals have fallen on the quarter for 11 consecutive periods.", "It was the {n} quarterly fall in a row.", 11),
    (
        "The approvals index has now fallen for 14 straight readings.",
        "Approvals fell for the {n} quarter in a row.",
        14,
    ),
    ("Approvals have fallen at 12 successive releases of the survey.", "That makes it the {n} drop in a row.", 12),
    ("Lenders cut approvals for nine consecutive surveys.", "It was the {n} straight quarter of cuts.", 9),
    (
        "The bank has held its rate for seven consecutive meetings.",
        "The bank held its rate for the {n} time in a row.",
        7,
    ),
    ("Approvals have fallen for 20 consecutive periods.", "Approvals fell for the {n} consecutive quarter.", 20),
]
_ORDINAL_WORDS = {7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}


def _ordinal(n: int) -> str:
    return _ORDINAL_WORDS.get(n, f"{n}th")


@pytest.mark.parametrize(("source_adds", "added", "n"), _COUNTED_RUNS, ids=[c[0][:40] for c in _COUNTED_RUNS])
def test_a_source_run_of_any_counted_noun_vouches_for_the_same_ordinal(source_adds: str, added: str, n: int) -> None:
    assert not _record_flagged(source_adds, added.format(n=_ordinal(n)))


@pytest.mark.parametrize(("source_adds", "added", "n"), _COUNTED_RUNS, ids=[c[0][:40] for c in _COUNTED_RUNS])
def test_a_source_run_of_another_length_vouches_for_no_streak(source_adds: str, added: str, n: int) -> None:
    assert _record_flagged(source_adds, added.format(n=_ordinal(n + 1)))
