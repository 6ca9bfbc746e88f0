"""cross-document-number between a source and its follow-up, hand-written sentences (a council meeting, a road crash,
protest arrests, a clinic's cases, a strike ballot):

- a count whose noun a defining relative clause restricts ("the three councillors who abstained") counts those that
  did it, a part of the group: no contradiction of the group's size ("Eleven councillors attended"), unless the other
  sentence tells of the same act ("14 passengers were injured" / "the 19 passengers who were injured");
- a running total an increment makes ("bringing the total to 49 men and 12 women", "taking the tally of arrests to
  61") is an update in a later story, however many counts the total lists;
- a number joined to a noun by a copula ("two are tourists") counts the sentence's subject, a part of a group named
  before it, not the noun ("six tourists").
"""

from __future__ import annotations

import pytest
from _run import framed_messages

from factcheck.checks.cross_document_number import _counted_after

_CHECK = "cross-document-number"


def _found(source: str, rewrite: str) -> list[str]:
    return framed_messages(_CHECK, source, rewrite)


# --- a count restricted by a relative clause ------------------------------------------------------------------------

_PART_BY_CLAUSE = [
    (
        "Eleven councillors attended the planning meeting at Harwick town hall on Monday evening.",
        "At the planning meeting at Harwick town hall on Monday evening, the three councillors who abstained asked "
        "for a site visit.",
    ),
    (
        "The Dunmore branch has 48 members and the ballot closed on Friday, the union said.",
        "The ballot at the Dunmore branch closed on Friday, and the 17 members who rejected the offer will meet "
        "again next week, the union said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _PART_BY_CLAUSE)
def test_a_count_restricted_by_a_relative_clause_is_a_part_of_the_group(source: str, rewrite: str) -> None:
    assert _found(source, rewrite) == []


_SAME_ACT = [
    (
        "Fourteen passengers were injured when the coach left the A68 near Lauder on Sunday.",
        "The 19 passengers who were injured when the coach left the A68 near Lauder on Sunday were treated in Melrose.",
    ),
    (
        "The 14 passengers who were injured when the coach left the A68 near Lauder were treated in Melrose.",
        "The 19 passengers who were injured when the coach left the A68 near Lauder were treated in Melrose.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SAME_ACT)
def test_a_restricted_count_of_the_same_act_is_still_compared(source: str, rewrite: str) -> None:
    assert len(_found(source, rewrite)) == 1


# --- a running total an increment makes -----------------------------------------------------------------------------


def test_bringing_the_total_to_a_list_of_counts_is_an_update() -> None:
    source = "Those held after the protests in Corran include 40 men and 12 women, police said on Saturday."
    rewrite = (
        "Nine more men were held in Corran overnight, bringing the total to 49 men and 12 women, police said on Sunday."
    )
    assert _found(source, rewrite) == []


def test_the_same_list_with_no_cue_of_an_update_is_reported() -> None:
    source = "Those held after the protests in Corran include 40 men and 12 women, police said on Saturday."
    rewrite = "Those held after the protests in Corran include 49 men and 12 women, police said on Saturday."
    assert len(_found(source, rewrite)) == 1


# --- a number joined to its noun by a copula ------------------------------------------------------------------------


def test_a_number_before_is_or_are_counts_the_subject_not_the_noun() -> None:
    source = (
        "Of the 26 people treated at the Lochside clinic, 20 live in the town and six tourists had stayed at the "
        "campsite."
    )
    rewrite = (
        "Five of the new patients at the Lochside clinic live in the town and two are tourists who had stayed at "
        "the campsite."
    )
    assert _found(source, rewrite) == []


def test_the_same_noun_counted_directly_is_still_compared() -> None:
    source = "Six tourists who had stayed at the campsite were treated at the Lochside clinic, staff said."
    rewrite = "Two tourists who had stayed at the campsite were treated at the Lochside clinic, staff said."
    assert len(_found(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("£740,000 towards the new primary school", None),
        ("$2m afterwards for repairs", None),
        ("12 overseas students", "student"),
        ("300 plus staff", "worker"),
        ("40 nurses", "nurse"),
    ],
)
def test_a_word_ending_in_s_is_a_counted_noun_only_when_it_is_one(text: str, noun: str | None) -> None:
    got = _counted_after(text, text.index(" "))
    assert (got[0] if got else None) == noun
