"""Fixes for general causes found by a court release and its local rewrite (twenty-eighth held-out set), pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

from factcheck.extract.sentences import sentence_bounds

# --- sentences: a clock time's "a.m." before a new sentence --------------------------------------------------------


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def test_a_sentence_ends_after_a_clock_time_before_a_capitalised_subject() -> None:
    assert _split("The alarm sounded just after 4 a.m. Firefighters reached the mill within minutes.") == [
        "The alarm sounded just after 4 a.m.",
        "Firefighters reached the mill within minutes.",
    ]
    assert len(_split("Polls closed at 9 p.m. Counting began at once.")) == 2


def test_a_day_month_or_zone_after_a_clock_time_stays_in_the_sentence() -> None:
    for text in (
        "The ferry leaves at 6 a.m. Saturday from the north pier.",
        "Voting ends at 8 p.m. EST in most states.",
        "The launch is set for 7 a.m. Pacific time on the coast.",
        "Talks resume at 10 a.m. Tokyo time, the ministry said.",
        "The market opens at 9 a.m. June 3 for the first time.",
    ):
        assert _split(text) == [text]


# --- hedge-dropped: an accusation stated as fact ------------------------------------------------------------------

_CHARGE = (
    "A federal grand jury on Tuesday indicted Mara Ostrow, 44, of Dunmore on two counts of bank fraud.\n\n"
    "Ostrow is accused of forging the loan papers that cost the Valley Credit Union its main branch.\n\n"
    "She was released on bond and is scheduled to appear in court on June 30.\n"
)


def _charge_story(claim: str) -> str:
    return (
        "A Dunmore woman was indicted on Tuesday on two counts of bank fraud by a federal grand jury.\n\n"
        f"{claim}\n\n"
        "She was released on bond and is scheduled to appear in court on June 30.\n"
    )


def test_an_accusation_restated_as_fact_is_flagged() -> None:
    flat = "Mara Ostrow, 44, forged the loan papers that cost the Valley Credit Union its main branch."
    assert findings("hedge-dropped", _CHARGE, _charge_story(flat))


def test_an_accusation_kept_in_other_words_is_silent() -> None:
    for kept in (
        "Mara Ostrow, 44, is accused of forging the loan papers that cost the Valley Credit Union its main branch.",
        "Prosecutors say Mara Ostrow, 44, forged the loan papers that cost the Valley Credit Union its main branch.",
        "Mara Ostrow, 44, was charged with forging the loan papers that cost the Valley Credit Union its main branch.",
    ):
        assert not findings("hedge-dropped", _CHARGE, _charge_story(kept)), kept


def test_a_fact_beside_an_accusation_is_no_dropped_hedge() -> None:
    # the release date is a fact of the case, not part of what she is accused of
    source = _CHARGE.replace(
        "She was released", "Ostrow, who is accused of forging the loan papers, was released"
    ).replace("is scheduled", "she is scheduled")
    rewrite = _charge_story("Ostrow is accused of forging the loan papers that cost the credit union its branch.")
    assert not findings("hedge-dropped", source, rewrite)


# --- hedge-dropped: a hedge kept in other words ---------------------------------------------------------------------

_LICENCE = (
    "The state board revoked the licence of the Harbor Point nursing home on Monday.\n\n"
    "Under the order, the home's owner may not operate any care facility in the state for five years.\n\n"
    "Repairs to the flood-damaged east wing were estimated at $2.4 million by the board's inspectors.\n"
)


def _licence_story(ban: str, repairs: str) -> str:
    return f"The state board revoked the licence of the Harbor Point nursing home on Monday.\n\n{ban}\n\n{repairs}\n"


_BAN = "The home's owner is barred from operating any care facility in the state for five years."
_REPAIRS = "The flood damaged the east wing, which needs $2.4 million in repairs, the board's inspectors said."


def test_a_may_not_restated_as_a_ban_is_no_dropped_hedge() -> None:
    assert not findings("hedge-dropped", _LICENCE, _licence_story(_BAN, _REPAIRS))
    for ban in ("The home's owner cannot operate any care facility in the state for five years.",):
        assert not findings("hedge-dropped", _LICENCE, _licence_story(ban, _REPAIRS)), ban


def test_a_may_not_of_possibility_restated_as_fact_is_still_flagged() -> None:
    source = _LICENCE.replace(
        "Under the order, the home's owner may not operate any care facility in the state for five years.",
        "Inspectors said the new sprinklers may not protect the east wing from another flood this winter.",
    )
    flat = "The new sprinklers do not protect the east wing from another flood this winter."
    assert findings("hedge-dropped", source, _licence_story(flat, _REPAIRS))


def test_an_estimated_amount_keeps_the_estimate() -> None:
    source = _LICENCE.replace(" by the board's inspectors", "")  # "were estimated at": an agentless estimate
    kept = "The flood damaged the east wing, causing an estimated $2.4 million in damage."
    assert not findings("hedge-dropped", source, _licence_story(_BAN, kept))


# --- cross-document-number: an amount whose sentence aligns best with the release's letterhead -----------------------

_NOTICE = (
    "RIVERBEND HARBOR AUTHORITY\n"
    "PRESS NOTICE\n\n"
    "The harbor board approved a dredging contract for the north basin on Tuesday.\n\n"
    "The board awarded Coastline Marine Works a contract worth $742,600 for the dredging and set aside a $25,000 "
    "contingency.\n\n"
    "Work will begin in September and take about ten weeks.\n"
)


def _notice_story(award: str) -> str:
    return (
        "The harbor board approved a contract on Tuesday to dredge the north basin.\n\n"
        f"{award}\n\n"
        "Work will begin in September and take about ten weeks.\n"
    )


def test_a_changed_amount_is_compared_past_a_letterhead_the_attribution_matches() -> None:
    changed = (
        "Coastline Marine Works will be paid $724,600 for the dredging, with a $25,000 contingency, according to "
        "the Riverbend Harbor Authority."
    )
    got = findings("cross-document-number", _NOTICE, _notice_story(changed))
    assert any("724,600" in e.text for f in got for e in f.evidence)
    faithful = changed.replace("$724,600", "$742,600")
    assert not findings("cross-document-number", _NOTICE, _notice_story(faithful))
