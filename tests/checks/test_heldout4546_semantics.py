"""Rewrite semantics from heldout45–46: hedges kept in other forms (a passive forecast, a schedule, a forecaster's
"sees"), a "may" of a right with a deadline, a party's case and a closing verb of speaking as attributions, a modal of
possibility made "will" on another verb of the same subject, a hedge of a later clause, a negation with a frequency
adverb, and a cause credited with a participle ("helped by")."""

from __future__ import annotations

import pytest
from _run import rewrite_findings, rewrite_flags

_FILLER_SOURCE = (
    "The Northfield district council met on Tuesday evening at the town hall. Councillors approved a budget of "
    "£4.2 million for road repairs in the coming year. The leader of the council, Ann Pike, chaired the meeting."
)
_FILLER_REWRITE = (
    "The Northfield district council met on Tuesday evening at the town hall. Councillors approved a budget of "
    "£4.2 million for road repairs in the coming year. The leader of the council, Ann Pike, chaired the meeting."
)


def _pair(source: str, rewrite: str) -> tuple[str, str]:
    return f"{_FILLER_SOURCE} {source}", f"{_FILLER_REWRITE} {rewrite}"


def _hedge_findings(source: str, rewrite: str) -> list[str]:
    return [f.message for f in rewrite_findings("hedge-dropped", *_pair(source, rewrite))]


def test_a_forecast_restated_in_the_passive_keeps_its_hedge() -> None:
    source = "Forecasters expect 30 to 40cm of snow across the moorland plateau overnight."
    assert not _hedge_findings(
        source, "Between 30cm and 40cm of snow is expected across the moorland plateau overnight."
    )


def test_a_forecast_restated_as_certain_is_flagged() -> None:
    source = "Forecasters said the storm could bring down power lines across the moorland plateau overnight."
    assert _hedge_findings(source, "The storm will bring down power lines across the moorland plateau overnight.")


def test_a_schedule_keeps_an_expectation() -> None:
    source = "A final report from the highways inspector is expected within six weeks."
    assert not _hedge_findings(source, "A final report from the highways inspector is due within six weeks.")


def test_a_may_of_a_right_with_a_deadline_is_no_hedge() -> None:
    source = "Objectors may lodge an appeal with the planning tribunal within 21 days of the decision."
    rewrite = (
        "Objectors have 21 days from the decision to lodge an appeal with the planning tribunal, the council said."
    )
    assert not _hedge_findings(source, rewrite)


def test_a_may_of_a_step_with_no_deadline_stays_a_hedge() -> None:
    source = "The developer may lodge an appeal with the planning tribunal against the refusal of the scheme."
    assert _hedge_findings(
        source, "The developer will lodge an appeal with the planning tribunal against the refusal of the scheme."
    )


_DEFENCE = (
    "Mr Varley, 61, denies stealing the trophy from the golf club in 2023. He has lodged a special defence claiming "
    "that the trophy was a gift from the club captain."
)


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        (
            "Mr Varley denies the charge and has lodged a special defence that the trophy was a gift from the captain.",
            False,
        ),
        ("Mr Varley has lodged a special defence, and the trophy was a gift from the club captain.", True),
    ],
)
def test_a_partys_case_restated_as_its_case_keeps_the_attribution(rewrite: str, flagged: bool) -> None:
    assert bool(_hedge_findings(_DEFENCE, rewrite)) is flagged


_NOTED = (
    "The trust noted that the night bus service is not the responsibility of the district council; the county pays."
)


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        (
            "The night bus service is not the district council's responsibility, the trust pointed out; a county pays.",
            False,
        ),
        ("The night bus service is not the district council's responsibility; a county pays.", True),
    ],
)
def test_a_clause_closed_by_a_verb_of_speaking_keeps_the_attribution(rewrite: str, flagged: bool) -> None:
    assert bool(_hedge_findings(_NOTED, rewrite)) is flagged


_TAY = (
    "On current forecasts, the River Severn at Worcester could approach the levels seen in July 2007, although that "
    "will depend on exactly where the heaviest rain falls and how quickly the ground drains."
)


def test_a_modal_made_will_on_another_verb_of_the_same_subject_is_flagged() -> None:
    rewrite = "The River Severn at Worcester will reach its highest level since July 2007, the agency said."
    assert rewrite_flags("hedge-dropped", *_pair(_TAY, rewrite), "will reach")


def test_will_on_another_predicate_of_the_same_subject_is_not_that_hedge() -> None:
    rewrite = "The River Severn at Worcester will be closed to boats from Friday, the agency said."
    assert not _hedge_findings(_TAY, rewrite)


def test_a_hedge_of_a_later_clause_is_weighed_on_its_own() -> None:
    source = (
        "Shop prices are likely to stabilise by the spring, and rents are likely to climb during the summer months."
    )
    assert _hedge_findings(source, "Rents will climb during the summer months.")


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("The clerk had not kept written minutes of every meeting of the parish committee.", False),
        ("Written minutes of the parish committee's meetings were always kept by the clerk.", True),
    ],
)
def test_a_negation_with_a_frequency_adverb_is_a_negation(rewrite: str, flagged: bool) -> None:
    source = "Written minutes of the parish committee's meetings were not always kept by the clerk."
    assert bool(rewrite_findings("negation-flip", *_pair(source, rewrite))) is flagged


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("Car sales in the region rose 4% last quarter despite lower interest rates on loans.", True),
        ("Car sales in the region rose 4% last quarter, boosted by lower interest rates on loans.", False),
    ],
)
def test_a_cause_credited_with_a_participle_is_causal(rewrite: str, flagged: bool) -> None:
    source = "Car sales in the region rose 4% last quarter, helped by lower interest rates on loans."
    assert bool(rewrite_findings("causal-reversal", *_pair(source, rewrite))) is flagged


# --- heldout47–50 ---------------------------------------------------------------------------------------------------


def test_a_speaker_subject_after_an_auxiliary_keeps_the_attribution() -> None:
    source = "According to Norland Rail, the signal failure was caused by a damaged cable near the Kelso depot."
    assert not _hedge_findings(source, "Norland Rail has blamed a damaged cable near the Kelso depot for the failure.")


def test_a_body_reporting_its_results_is_no_attribution() -> None:
    source = "Harbour Opera has reported an operating deficit of $2.4 million, in spite of two cancelled galas."
    assert not _hedge_findings(source, "The deficit of $2.4 million came because of two cancelled galas.")


def test_a_may_restated_as_can_keeps_the_permission() -> None:
    source = "Holders of a resident permit may continue to park in the Marlow Street bays during the works."
    assert not _hedge_findings(source, "Holders of a resident permit can keep parking in the Marlow Street bays.")


def test_a_meeting_someone_said_he_would_hold_restated_as_due_is_no_fact() -> None:
    source = "He also confirmed that he would meet representatives of the Harbour Traders Guild before Christmas."
    assert not _hedge_findings(
        source, "Representatives of the Harbour Traders Guild are due to meet Mr Osei before Christmas."
    )


def test_an_own_forecast_restated_as_will_is_flagged() -> None:
    source = "The firm said it expects to become profitable in 2030, depending on the pace of its expansion abroad."
    assert _hedge_findings(source, "Brightwave will become profitable in 2030.")


def test_a_forecast_in_another_clause_does_not_keep_the_hedge() -> None:
    source = "The count could finish on Monday, and the result could be declared on Tuesday afternoon."
    rewrite = "The board expects to finish the count on Monday, and the result will be declared on Tuesday afternoon."
    assert _hedge_findings(source, rewrite)


def test_will_after_an_aside_restates_a_could_after_an_aside() -> None:
    source = (
        "The trust expects that the new cardiac unit at St Anne's, scheduled to open in spring 2029, could cut waiting "
        "lists by up to a third, although it cautioned that demand keeps rising."
    )
    rewrite = "The new cardiac unit at St Anne's, due to open in 2029, will cut waiting lists by a third."
    assert _hedge_findings(source, rewrite)


@pytest.mark.parametrize(
    ("rewrite", "flagged"),
    [
        ("Residents will not have to register for the new bins.", False),
        ("Residents will have to register for the new bins.", True),
    ],
)
def test_not_needing_to_is_a_negation_of_the_verb(rewrite: str, flagged: bool) -> None:
    source = "Residents do not need to register for the new bins."
    assert bool(rewrite_findings("negation-flip", *_pair(source, rewrite))) is flagged


def test_a_position_stated_by_its_noun_and_a_clause_of_its_own_are_stances() -> None:
    source = (
        "The nurses' council has indicated its support for the rota in principle. The Kestrel Nurses Union has "
        "indicated its opposition to the rota, citing concerns about night shifts."
    )
    rewrite = (
        "The nurses' council has said it supports the rota in principle, and the Kestrel Nurses Union has endorsed "
        "the rota."
    )
    assert rewrite_findings("stance-conflict", *_pair(source, rewrite))


def test_one_common_noun_subject_in_restating_sentences_is_one_body() -> None:
    source = (
        "Motion by Harlow, second by Greene, to adopt a later start time. Motion failed 2-3 (Harlow and Greene in "
        "favour; Patel, Okafor and Byrne opposed). The board rejected the later start time for 2029-30."
    )
    rewrite = "Trustee Dana Mills spoke at length. In the end, the board approved the later start time for 2029-30."
    assert rewrite_findings("stance-conflict", *_pair(source, rewrite))
