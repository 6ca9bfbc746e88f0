"""stance-conflict: who speaks for an actor (its titled officers, a lawyer for a client, a pronoun, an unowned
statement), support and opposition as stances, and a relative clause's or a list's subject."""

from __future__ import annotations

import pytest
from _run import fails

from factcheck.checks._stance import bare_name

# --- a titled officer speaks for the body in their title ----------------------------------------------------------

_AGREED = (
    "The Harbour Board has agreed to the port authority's dredging plan for the inner basin, according to a statement "
    "released on Friday."
)


@pytest.mark.parametrize(
    "said",
    [
        "Harbour Board chair Dr Alan Price told reporters on Saturday that the Harbour Board had not yet decided "
        "whether to accept the dredging plan for the inner basin.",
        "Alan Price, the Harbour Board's chief executive, said the Harbour Board had not decided whether to accept "
        "the dredging plan for the inner basin.",
    ],
)
def test_the_bodys_own_officer_leaving_open_what_it_agreed_to_is_flagged(said: str) -> None:
    assert fails("stance-conflict", f"{_AGREED} {said}")


@pytest.mark.parametrize(
    "said",
    [
        # a third party with a role elsewhere: a reported dispute
        "Opposition councillor Alan Price said the Harbour Board had not yet decided whether to accept the dredging "
        "plan for the inner basin.",
        # another body's officer
        "Port authority chief executive Alan Price said the Harbour Board had not decided whether to accept the "
        "dredging plan for the inner basin.",
        # the officer agrees with the writer
        "Harbour Board chair Alan Price said the Harbour Board had accepted the dredging plan for the inner basin.",
    ],
)
def test_a_voice_that_is_not_the_bodys_or_that_agrees_is_silent(said: str) -> None:
    assert not fails("stance-conflict", f"{_AGREED} {said}")


def test_a_statement_from_a_named_third_party_stays_a_reported_dispute() -> None:
    text = (
        "The Harbour Board has agreed to the dredging plan for the inner basin, according to a statement from the "
        "Port Users Group. Harbour Board chair Alan Price said the Harbour Board had not yet decided whether to "
        "accept the dredging plan for the inner basin."
    )
    assert not fails("stance-conflict", text)


# --- a lawyer speaks for the client ----------------------------------------------------------------------------------

_SETTLED = "The tribunal heard that Mensah has accepted a settlement offered by the Energy Regulator."


def test_a_lawyer_leaving_open_what_the_client_is_said_to_have_accepted_is_flagged() -> None:
    said = (
        "Outside the tribunal, Mensah's lawyer, Ms Ama Boateng, said her client had not decided whether to accept "
        "the regulator's settlement offer."
    )
    assert fails("stance-conflict", f"{_SETTLED} {said}")


@pytest.mark.parametrize(
    "said",
    [
        "Mensah's lawyer, Ms Ama Boateng, said her client would study the regulator's settlement offer.",
        "A lawyer for the Energy Regulator said his client had not decided whether to sign the settlement.",
    ],
)
def test_a_lawyer_who_does_not_contradict_or_speaks_for_another_client_is_silent(said: str) -> None:
    assert not fails("stance-conflict", f"{_SETTLED} {said}")


# --- support and opposition ----------------------------------------------------------------------------------------

_SUPPORTS = "Mayor Joanne Hart supports the new cycle lane on Bridge Street. Traders are divided."


def test_a_rewrite_turning_support_into_opposition_is_flagged() -> None:
    rewrite = (
        "Mayor Joanne Hart opposes the new cycle lane on Bridge Street, which she said would hurt traders. Traders "
        "are divided."
    )
    assert fails("stance-conflict", _SUPPORTS, rewrite)


@pytest.mark.parametrize(
    "rewrite",
    [
        "Mayor Joanne Hart supports the new cycle lane on Bridge Street, which she said would help traders.",
        # another actor opposes it
        "Councillor Ben Ruiz opposes the new cycle lane on Bridge Street, which he said would hurt traders.",
        # a noun, not a stance taken
        "The new cycle lane on Bridge Street has the support of Mayor Joanne Hart, though traders are divided.",
    ],
)
def test_kept_support_another_opponent_or_a_noun_is_silent(rewrite: str) -> None:
    assert not fails("stance-conflict", _SUPPORTS, rewrite)


def test_support_and_opposition_on_different_matters_are_silent() -> None:
    text = "Mayor Joanne Hart supports the new cycle lane on Bridge Street. Joanne Hart opposes the parking levy."
    assert not fails("stance-conflict", text)


# --- the subject of a relative clause, of a list ---------------------------------------------------------------------

_REFUSED = (
    "Mr Osei refused to accept the provisional results on Sunday night, alleging that his agents were turned away. "
    "The commission said turnout was 41 per cent."
)


def test_a_relative_clause_giving_the_actor_the_opposite_stance_is_flagged() -> None:
    rewrite = (
        "Mr Osei, who had accepted the provisional results on Sunday night, said on Monday he would study the "
        "final count. The commission said turnout was 41 per cent."
    )
    assert fails("stance-conflict", _REFUSED, rewrite)


def test_a_relative_clause_keeping_the_stance_is_silent() -> None:
    rewrite = (
        "Mr Osei, who had rejected the provisional results on Sunday night, said on Monday he would study the "
        "final count. The commission said turnout was 41 per cent."
    )
    assert not fails("stance-conflict", _REFUSED, rewrite)


_VOTES = (
    "The council approved the transport budget by six votes to three on Tuesday. Councillors Ann Lee, Bob Kerr "
    "and Cat Ng voted against the transport budget."
)


def test_a_voter_in_the_middle_of_a_list_is_an_actor() -> None:
    rewrite = (
        "The council approved the transport budget on Tuesday. Councillor Bob Kerr, who voted for the transport "
        "budget, said bus fares would still rise."
    )
    assert fails("stance-conflict", _VOTES, rewrite)


def test_a_voter_not_in_the_list_is_silent() -> None:
    rewrite = (
        "The council approved the transport budget on Tuesday. Councillor Dan Roe, who voted for the transport "
        "budget, said bus fares would still rise."
    )
    assert not fails("stance-conflict", _VOTES, rewrite)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Council Members Dana Whitfield", "Dana Whitfield"),
        ("Mr Bhatti", "Bhatti"),
        ("Police Chief Ann Roe", "Ann Roe"),
        ("Council Leader", "Council Leader"),
        ("Ministry of Health", "Ministry of Health"),
        ("Stirling Council", "Stirling Council"),
    ],
)
def test_bare_name_drops_titles_and_bodies_before_a_name(name: str, bare: str) -> None:
    assert bare_name(name) == bare
