"""Fixes for general causes found by the fifty-first held-out set, pinned with hand-written sentences that are not the
held-out ones, and near-misses that must stay silent: a "could" or "can" of a right with a dated deadline, and the
parties' stances on one matter, each after the first naming it by a pronoun, restated in one sentence; a body
saying "that it" took a stance; a year that dates the clause a count is the subject of before its list."""

from __future__ import annotations

import pytest
from _run import default_rule, passes, rewrite_findings, run, silent

_FILLER_SOURCE = (
    "The Eastvale water board met on Tuesday afternoon at its offices in the town centre. Members approved a budget "
    "of £2.6 million for pipe renewals in the coming year. The chair of the board, Priya Lal, opened the meeting."
)
_FILLER_REWRITE = (
    "The Eastvale water board met on Tuesday afternoon at its offices in the town centre. Members approved a budget "
    "of £2.6 million for pipe renewals in the coming year. The chair of the board, Priya Lal, opened the meeting."
)


def _messages(check: str, source: str, rewrite: str) -> list[str]:
    return [f.message for f in rewrite_findings(check, f"{_FILLER_SOURCE} {source}", f"{_FILLER_REWRITE} {rewrite}")]


# --- hedge-dropped: a right with a dated deadline ----------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "The operator said passengers whose trains were cancelled during the strike could still claim refunds "
        "until 30 April.",
        "Passengers whose trains were cancelled during the strike can apply for refunds within 28 days of travel.",
    ],
)
def test_a_could_or_can_of_a_right_with_a_dated_deadline_is_no_hedge(source: str) -> None:
    rewrite = "Passengers whose trains were cancelled during the strike have until 30 April to claim refunds."
    assert not _messages("hedge-dropped", source, rewrite)


def test_a_could_of_a_step_with_an_undated_limit_stays_a_hedge() -> None:
    source = "Analysts said the struggling retailer could file for bankruptcy protection within weeks."
    rewrite = "The struggling retailer will file for bankruptcy protection within weeks, analysts said."
    assert _messages("hedge-dropped", source, rewrite)


# --- stance-conflict: parties' stances on one matter, restated in one sentence ------------------------------------

_STANCES = (
    "The board proposed closing the Millbrook pumping station next spring. The Anglers' Trust welcomed the "
    "proposal. The Riverside Residents Association, which represents homes near the station, opposed it, citing "
    "flood risk."
)


def test_a_party_whose_stance_refers_back_to_the_matter_is_restated_in_the_merged_sentence() -> None:
    rewrite = (
        "The Anglers' Trust welcomed the plan to close the Millbrook pumping station, and the Riverside Residents "
        "Association also backed it."
    )
    messages = _messages("stance-conflict", _STANCES, rewrite)
    assert len(messages) == 1
    assert "Riverside Residents Association" in messages[0]


def test_the_same_stances_restated_in_one_sentence_are_silent() -> None:
    rewrite = (
        "The Anglers' Trust welcomed the plan to close the Millbrook pumping station, but the Riverside Residents "
        "Association opposed it."
    )
    assert not _messages("stance-conflict", _STANCES, rewrite)


def test_a_party_on_another_named_matter_in_the_next_sentence_is_not_restated() -> None:
    source = (
        "The board proposed closing the Millbrook pumping station next spring. The Anglers' Trust welcomed the "
        "proposal. The Riverside Residents Association, which has campaigned for cheaper bills since 2019, opposed "
        "compulsory water meters in a ballot of its members last year."
    )
    rewrite = (
        "The Anglers' Trust welcomed the plan to close the Millbrook pumping station, and the Riverside Residents "
        "Association also backed it."
    )
    assert not _messages("stance-conflict", source, rewrite)


# --- count-vs-list: a year dates the clause a count is the subject of ---------------------------------------------


def test_a_clause_dated_by_a_year_before_its_list_is_read() -> None:
    report = run(
        default_rule("count-vs-list"),
        "Five schemes will be delayed until 2029: the Harbour Rd seawall, the Kowhai St footbridge, the Ferry "
        "Lane cycleway and the Mill St depot.",
    )
    assert [f.message for f in report.findings] == ["'Five schemes' are followed by 4 items"]
    assert passes(
        "count-vs-list",
        "Four schemes will be delayed until 2029: the Harbour Rd seawall, the Kowhai St footbridge, the Ferry "
        "Lane cycleway and the Mill St depot.",
    )


def test_a_number_that_is_no_year_in_the_clause_leaves_the_list_unread() -> None:
    assert silent(
        "count-vs-list",
        "Five schemes will be cut to 2 lanes: the Harbour Rd seawall, the Kowhai St footbridge, the Ferry Lane "
        "cycleway and the Mill St depot.",
    )


# --- stance-conflict: a body that says "that it" took a stance states its own --------------------------------------

_OFFER_SOURCE = (
    "The Tenants Union of Marlow (TUM) said on Friday morning that it accepted the rent settlement as a fair "
    "compromise, but asked the landlord to repair the lifts before winter."
)


def test_a_body_saying_that_it_took_a_stance_is_its_own_stance() -> None:
    rewrite = (
        "The Tenants Union of Marlow (TUM), which rejected the rent settlement on Friday morning, asked the "
        "landlord again to repair the lifts before winter."
    )
    messages = _messages("stance-conflict", _OFFER_SOURCE, rewrite)
    assert len(messages) == 1
    assert "Tenants Union of Marlow" in messages[0]


def test_a_body_saying_that_it_took_the_same_stance_is_silent() -> None:
    rewrite = (
        "The Tenants Union of Marlow (TUM), which accepted the rent settlement on Friday morning, asked the "
        "landlord again to repair the lifts before winter."
    )
    assert not _messages("stance-conflict", _OFFER_SOURCE, rewrite)


def test_another_name_before_the_pronoun_leaves_it_unread() -> None:
    source = (
        "The Tenants Union of Marlow told Harcourt Estates on Friday morning that it accepted the rent settlement "
        "as a fair compromise, but asked for the lifts to be repaired before winter."
    )
    rewrite = (
        "The Tenants Union of Marlow, which rejected the rent settlement on Friday morning, asked again for the "
        "lifts to be repaired before winter."
    )
    assert not _messages("stance-conflict", source, rewrite)
