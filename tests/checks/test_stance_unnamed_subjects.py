"""stance-conflict in a rewrite and its source: a body's pronoun in the clause it reports ("The board told members
that … it rejected …") and the body named with its common noun ("the Harbour board"), and a majority of a group as an
actor ("a majority of shareholders backed …" / "was rejected by a majority of shareholders")."""

from __future__ import annotations

from _run import rewrite_findings


def _flags(source: str, rewrite: str, sentence: str) -> bool:
    found = rewrite_findings("stance-conflict", source, rewrite)
    return any(sentence.rstrip(".") in e.text for f in found for e in f.evidence)


# --- the body's pronoun in what it reports, and the body with its name before the noun -------------------------------

_CLUB = (
    "Kestrel Harbour FC has named Owen Lacey as its new head coach on a three-year contract.\n\n"
    "Lacey, 51, joins from Ballinrobe Town, whom he guided to the First Division title last season.\n\n"
    "{board}\n\n"
    "Season ticket prices for adults will rise to €210 from €190, while juvenile prices stay at €60.\n"
)
_SOURCE_BOARD = (
    "The board further informed shareholders that at a meeting on Thursday 4 March it rejected a bid from the "
    "Galway property developer Corrib Homes for the club's training ground."
)
_REWRITE = (
    "Kestrel Harbour FC has named Owen Lacey as its new head coach on a three-year deal.\n\n"
    "Lacey, 51, joins from Ballinrobe Town, whom he led to the First Division title last season.\n\n"
    "{board}\n\n"
    "Adult season tickets will rise to €210 from €190, while juvenile prices stay at €60.\n"
)
_ACCEPTED = (
    "The Kestrel board accepted a bid from Galway property developer Corrib Homes for the club's training ground at "
    "a meeting on Thursday."
)


def test_a_bodys_pronoun_restated_with_the_opposite_stance_is_flagged() -> None:
    assert _flags(_CLUB.format(board=_SOURCE_BOARD), _REWRITE.format(board=_ACCEPTED), _ACCEPTED)


def test_the_same_stance_or_another_subject_for_the_pronoun_is_silent() -> None:
    kept = _ACCEPTED.replace("accepted", "rejected")
    assert not _flags(_CLUB.format(board=_SOURCE_BOARD), _REWRITE.format(board=kept), kept)
    # a name between the body and the pronoun: "it" may be the developer
    other = _SOURCE_BOARD.replace("at a meeting on Thursday 4 March", "Corrib Homes had written in March, and")
    assert not _flags(_CLUB.format(board=other), _REWRITE.format(board=_ACCEPTED), _ACCEPTED)
    # another body with the noun in the rewrite
    named = _ACCEPTED.replace("The Kestrel board", "The Corrib board")
    assert not _flags(_CLUB.format(board=_SOURCE_BOARD), _REWRITE.format(board=named), named)


# --- a majority of a group ------------------------------------------------------------------------------------------

_SHAREHOLDERS = (
    "Shareholders of Norvik Shipping met in Bergen on Tuesday for the company's annual general meeting.\n\n"
    "Chief executive Lene Aasen told the meeting that freight volumes rose 6% last year.\n\n"
    "{vote}\n\n"
    "The dividend was set at 4.20 kroner a share, unchanged from last year.\n"
)
_SOURCE_VOTE = (
    "Two pension funds supported a motion to tie executive pay to emissions targets, but the motion was rejected "
    "by a majority of shareholders."
)
_REWRITE_VOTES = (
    "Norvik Shipping shareholders met in Bergen on Tuesday for the company's annual general meeting.\n\n"
    "Chief executive Lene Aasen told the meeting that freight volumes rose 6% last year.\n\n"
    "{vote}\n\n"
    "The dividend was held at 4.20 kroner a share, the same as last year.\n"
)
_BACKED = "A majority of shareholders backed a pension-fund motion to tie executive pay to emissions targets."


def test_a_majority_restated_with_the_opposite_stance_is_flagged() -> None:
    assert _flags(_SHAREHOLDERS.format(vote=_SOURCE_VOTE), _REWRITE_VOTES.format(vote=_BACKED), _BACKED)


def test_a_majority_with_the_same_stance_or_a_count_of_votes_is_silent() -> None:
    rejected = "A majority of shareholders rejected a pension-fund motion to tie executive pay to emissions targets."
    assert not _flags(_SHAREHOLDERS.format(vote=_SOURCE_VOTE), _REWRITE_VOTES.format(vote=rejected), rejected)
    # a count of votes is no group
    votes = _SOURCE_VOTE.replace("a majority of shareholders", "a majority of 412 votes")
    assert not _flags(_SHAREHOLDERS.format(vote=votes), _REWRITE_VOTES.format(vote=_BACKED), _BACKED)
    # a minority is another actor
    minority = _BACKED.replace("A majority", "A minority")
    assert not _flags(_SHAREHOLDERS.format(vote=_SOURCE_VOTE), _REWRITE_VOTES.format(vote=minority), minority)
