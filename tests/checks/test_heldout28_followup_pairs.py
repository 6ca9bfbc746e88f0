"""Fixes for general causes found by pairs of the twenty-eighth held-out set (a next-day follow-up's updates and
background, stances given as backing or as urging a vote, a transfer brief's changed count and record claim),
pinned with hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

from factcheck.checks._numeric import scan
from factcheck.checks.cross_document_number import _counted
from factcheck.checks.unsupported_claim import _records

# --- unsupported-claim: a next-day update named with its own day; an age from a founding year ----------------------

_LIBRARY = (
    "Flooding has shut the municipal library in Halden since Friday, May 30, forcing the cancellation of 23 events "
    "so far, the city said.\n\n"
    "Water entered the basement archive after a pipe burst during the night, and volunteers moved rare maps "
    "upstairs.\n\n"
    "The city has estimated the repair bill at €210,000, and readers holding reservations are being offered home "
    "delivery.\n\n"
    "The union of library staff said the closure could last until the end of June if repairs were delayed.\n\n"
    "The library was founded in 1875 by a local merchant and lends about 400,000 books a year to local readers.\n"
)


def _library(update: str, background: str) -> str:
    return (
        f"{update}\n\n"
        "Water entered the basement archive after a pipe burst, and volunteers moved the rare maps upstairs.\n\n"
        "The repair bill, estimated by the city at €210,000, and readers with reservations are offered home "
        "delivery.\n\n"
        "The union of library staff said the closure may last until the end of June if repairs were delayed.\n\n"
        f"{background}\n"
    )


_UPDATE = (
    "The closure of the Halden library entered its fifth day on Tuesday, June 3, and the number of cancelled events "
    "rose to 31, the city said on Tuesday morning, up from 23 on Monday."
)
_BACKGROUND = "Founded in 1875, the library is now 150 years old, and the merchant's family still sits on its board."


def _flagged(rewrite: str, sentence: str) -> bool:
    return any(sentence in e.text for f in findings("unsupported-claim", _LIBRARY, rewrite) for e in f.evidence)


def test_an_attributed_update_dated_to_the_follow_ups_own_day_is_no_new_claim() -> None:
    assert not _flagged(_library(_UPDATE, _BACKGROUND), _UPDATE)


def test_an_update_with_another_new_figure_is_still_flagged() -> None:
    more = _UPDATE.replace("on Monday.", "on Monday, and 40 staff were sent home.")
    assert _flagged(_library(more, _BACKGROUND), more)
    old_day = _UPDATE.replace("on Tuesday, June 3", "on Tuesday, June 24")  # a day the follow-up could not report
    assert _flagged(_library(old_day, _BACKGROUND), old_day)


def test_an_age_from_a_source_founding_year_is_background_arithmetic() -> None:
    assert not _flagged(_library(_UPDATE, _BACKGROUND), _BACKGROUND)
    one_less = _BACKGROUND.replace("150", "149")  # the anniversary may not have come yet
    assert not _flagged(_library(_UPDATE, one_less), one_less)


def test_a_wrong_age_or_one_from_a_year_no_source_states_is_flagged() -> None:
    wrong = _BACKGROUND.replace("150", "162")
    assert _flagged(_library(_UPDATE, wrong), wrong)
    other_year = "Rebuilt in 1921, the room is now 104 years old, and the merchant's family still sits on its board."
    assert _flagged(_library(_UPDATE, other_year), other_year)


# --- stance-conflict: "backed" is a stance taken ---------------------------------------------------------------------

_DEPOT = (
    "Bus drivers in Tarnow stopped work on Thursday over a plan to scrap their overtime rates, the drivers' union "
    "said.\n\n"
    "The city transport company said the plan had been discussed with staff for more than a year.\n\n"
    "About 140 drivers joined the stoppage, and most routes in the city centre were cancelled.\n\n"
    "The Regional Transport Office declined to comment on Friday.\n\n"
    "The union said the stoppage could last until the end of the month.\n"
)


def _depot(office: str) -> str:
    return (
        "Bus drivers in Tarnow stopped work on Thursday over a plan to scrap their overtime rates, the union said.\n\n"
        "The city transport company said the plan had been discussed with staff for over a year.\n\n"
        "About 140 drivers joined the stoppage, and most routes in the city centre were cancelled.\n\n"
        f"{office}\n\n"
        "The union said the stoppage may last until the end of the month.\n"
    )


def test_backing_where_the_source_has_no_comment_is_a_conflict() -> None:
    backed = "On Friday, the Regional Transport Office backed the drivers' claims."
    assert findings("stance-conflict", _DEPOT, _depot(backed))


def test_no_comment_kept_or_a_retreat_is_no_conflict() -> None:
    kept = "On Friday, the Regional Transport Office declined to comment."
    assert not findings("stance-conflict", _DEPOT, _depot(kept))
    retreat = "On Friday, the Regional Transport Office backed away from the dispute."
    assert not findings("stance-conflict", _DEPOT, _depot(retreat))


# --- unsupported-claim: a record named as a noun ---------------------------------------------------------------------

_SIGNING = (
    "COPENHAGEN, March 3 -- Danish defender Mads Holm has joined Dutch club Feyenoord on a three-year contract, his "
    "club Brondby said Wednesday.\n\n"
    "Holm, 22, passed his medical in Rotterdam on Tuesday and signed the contract later that day, Brondby said.\n\n"
    "The clubs did not disclose the fee, but Dutch media put it at about 4 million euros.\n\n"
    "Holm made 71 appearances for Brondby over three seasons and has two caps for Denmark.\n"
)


def _signing(fee: str) -> str:
    return (
        "COPENHAGEN, March 3 -- Danish defender Mads Holm has joined Feyenoord on a three-year contract, his club "
        "Brondby said Wednesday.\n\n"
        "The 22-year-old passed his medical in Rotterdam on Tuesday and signed the contract later that day.\n\n"
        f"{fee}\n\n"
        "Holm made 71 appearances for Brondby over three seasons and has two caps for Denmark.\n"
    )


def test_a_record_noun_no_source_claims_is_unsupported() -> None:
    fee = "The fee was not disclosed but was put at about 4 million euros, a record for a defender sold by a Dane."
    got = findings("unsupported-claim", _SIGNING, _signing(fee))
    assert any("record" in f.message for f in got)
    club = _SIGNING.replace("about 4 million euros.", "about 4 million euros, a club record.")
    assert not findings("unsupported-claim", club, _signing(fee))  # the source's record vouches for it


def test_a_record_that_is_no_record_claim_is_not_one() -> None:
    for text in (
        "He has a criminal record and a record of 12 wins in 20 fights.",
        "The band signed a record deal and the club kept a record of every sale.",
        "The city recorded 40 crimes, and the office keeps records.",
        "She ran on a record as a reformer and a record on housing that voters liked.",
    ):
        assert not [m for m, _p in _records(text) if m == "record"], text
    for text in ("It sold for a record 9 million euros.", "a new club record", "prices hit record highs"):
        assert [m for m, _p in _records(text) if m == "record"], text


# --- cross-document-number: a count after a name with a number; a statistics line tied by an agreeing count ---------

_MOVE = (
    "PARIS, July 2 -- Striker Karim Dahou has joined Belgian club Anderlecht on a four-year contract, his club Lens "
    "announced Friday.\n\n"
    "Dahou, 26, passed his medical in Brussels on Thursday and signed the contract later that day, Lens said.\n\n"
    "He had his best season last year, scoring 14 goals and adding six assists in 31 Ligue 1 appearances as Lens "
    "finished fifth.\n\n"
    "Dahou made 120 appearances for Lens over five seasons, scoring 40 goals.\n"
)


def _move(season: str) -> str:
    return (
        "PARIS, July 2 -- Striker Karim Dahou has joined Anderlecht on a four-year contract, his club Lens said "
        "Friday.\n\n"
        f"{season}\n\n"
        "Dahou scored 40 goals in 120 appearances for Lens over five seasons.\n"
    )


def test_a_changed_count_beside_an_agreeing_one_is_flagged() -> None:
    changed = (
        "The 26-year-old, who scored 14 goals in 35 Ligue 1 appearances last season, passed a medical on Thursday."
    )
    got = findings("cross-document-number", _MOVE, _move(changed))
    assert any("35" in e.text for f in got for e in f.evidence)


def test_the_same_line_or_another_season_is_silent() -> None:
    kept = "The 26-year-old, who scored 14 goals in 31 Ligue 1 appearances last season, passed a medical on Thursday."
    assert not findings("cross-document-number", _MOVE, _move(kept))
    other = "The 26-year-old, who scored 9 goals in 35 Ligue 1 appearances in 2023, passed a medical on Thursday."
    assert not findings("cross-document-number", _MOVE, _move(other))


def test_a_name_with_a_number_does_not_hide_the_counted_noun() -> None:
    text = "She made 31 Ligue 1 appearances and sold 40 Windows 11 laptops before May 5 meetings."
    nums = {n.text: n for n in scan(text)}
    assert _counted(text, nums["31"]) is not None and _counted(text, nums["31"])[0] == "appearance"
    assert _counted(text, nums["40"]) is not None and _counted(text, nums["40"])[0] == "laptop"
