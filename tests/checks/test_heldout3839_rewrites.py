"""Fixes for general causes found by court, policing and finance rewrites (thirty-eighth and thirty-ninth held-out
sets), pinned with hand-written sentences that are not the held-out ones, and catches that must stay."""

from __future__ import annotations

from _run import rewrite_findings as findings

from factcheck.checks.unsupported_claim import _unnamed_speaker

# --- hedge-dropped: a law's maximum penalty is no hedge; a tally of reports names no source ---------------------------

_FERRY = (
    "The harbour authority said on Monday that 14 ferries had been inspected since the accident in March.\n\n"
    "Under the new port rules, operators who overload a vessel may be fined up to $20,000 for each trip.\n\n"
    "Two operators have already lost their licences, the authority said.\n\n"
    "The total amount reported lost by passengers was about $310,000, of which $45,000 has been repaid.\n"
)


def test_a_maximum_penalty_restated_with_can_keeps_no_hedge_to_drop() -> None:
    rewrite = _FERRY.replace(
        "Under the new port rules, operators who overload a vessel may be fined up to $20,000 for each trip.",
        "Operators who overload a vessel can be fined up to $20,000 per trip under the new port rules.",
    )
    assert not findings("hedge-dropped", _FERRY, rewrite)


def test_a_possible_fine_stated_as_certain_still_drops_its_hedge() -> None:
    source = _FERRY.replace(
        "Two operators have already lost their licences, the authority said.",
        "The operator of the Cape Rose may have carried twice its licensed load on the day of the accident.",
    )
    rewrite = source.replace(
        "The operator of the Cape Rose may have carried twice its licensed load on the day of the accident.",
        "The operator of the Cape Rose carried twice its licensed load on the day of the accident.",
    )
    found = findings("hedge-dropped", source, rewrite)
    assert found and "Cape Rose" in found[0].message


def test_a_tally_of_reports_is_no_attribution() -> None:
    rewrite = _FERRY.replace(
        "The total amount reported lost by passengers was about $310,000, of which $45,000 has been repaid.",
        "Passengers lost about $310,000; $45,000 has been repaid.",
    )
    assert not findings("hedge-dropped", _FERRY, rewrite, routine_severity="info")


# --- unsupported-claim: records within a year or a place, reactions from new voices -------------------------------

_RATES = (
    "Harbour Mutual said on Tuesday it would cut the rate on its Everyday Saver account from 3.90% to 3.60% from 1 "
    "March.\n\n"
    "The account, one of the larger instant-access products on the market, holds about £2.1bn for 310,000 savers.\n\n"
    "The society said the cut reflected lower swap rates since the start of the year.\n\n"
    "Its fixed-rate bonds are not affected, chief executive Alan Moss said.\n"
)


def _rates_rewrite(added: str) -> str:
    return (
        "Harbour Mutual is cutting the rate on its Everyday Saver account to 3.60% from 3.90% from 1 March, the "
        "society said on Tuesday.\n\n"
        "The account, one of the larger instant-access products on the market, holds about £2.1bn for 310,000 "
        "savers.\n\n"
        f"{added}\n\n"
        "The society said the cut reflected lower swap rates since the start of the year.\n\n"
        "Its fixed-rate bonds are not affected, chief executive Alan Moss said.\n"
    )


def test_a_superlative_within_a_year_is_a_record_claim() -> None:
    for added in (
        "It is the largest cut to an instant-access account by any mutual so far this year.",
        "This is the biggest savings rate cut of 2026.",
    ):
        found = findings("unsupported-claim", _RATES, _rates_rewrite(added))
        assert found and "record claim" in found[0].message, added


def test_a_source_record_over_all_time_vouches_for_one_within_the_year() -> None:
    source = _RATES.replace("on the market,", "on the market and the largest cut in the society's history,")
    added = "It is the largest cut to an instant-access account by any mutual so far this year."
    assert not findings("unsupported-claim", source, _rates_rewrite(added))


def test_a_year_as_a_unit_of_money_makes_no_record() -> None:
    added = "Savers now get the lowest real returns in 2019 prices."
    assert not any("record claim" in f.message for f in findings("unsupported-claim", _RATES, _rates_rewrite(added)))


def test_a_first_with_its_place_is_a_record_claim() -> None:
    added = "Harbour Mutual is the first building society in the north-east to cut its rate since the new year."
    found = findings("unsupported-claim", _RATES, _rates_rewrite(added))
    assert found and "the first building society in the north-east to cut" in found[0].message


def test_a_reaction_from_an_unnamed_voice_is_the_rewrite_s_own_reporting() -> None:
    added = (
        '"Savers are getting squeezed from both sides," said a planner at a Newcastle advice firm. '
        '"Rates are falling faster than anyone expected this spring."'
    )
    assert not findings("unsupported-claim", _RATES, _rates_rewrite(added))


def test_a_quote_given_to_the_source_s_speaker_is_still_flagged() -> None:
    added = '"We had no choice but to pass the cut on to our members," Mr Moss said.'
    assert findings("unsupported-claim", _RATES, _rates_rewrite(added))


def test_a_described_voice_of_an_organisation_is_no_new_voice() -> None:
    assert _unnamed_speaker(" , said an economist at a Leeds bank.")
    assert _unnamed_speaker("A retired teacher said: ")
    assert not _unnamed_speaker(" , said a spokesman for Harbour Mutual.")
    assert not _unnamed_speaker(" , a society spokeswoman said.")


def test_a_new_figure_in_an_unnamed_voice_s_quote_is_still_weighed() -> None:
    added = '"Savers will lose about £90 a year each," said a planner at a Newcastle advice firm.'
    assert findings("unsupported-claim", _RATES, _rates_rewrite(added))


# --- causal-reversal: a cause the source gives in the sentence after the claim -------------------------------------

_TRAMS = (
    "The transit authority published its quarterly punctuality report on Friday.\n\n"
    "Tram punctuality on the east line rose to 92 per cent from 84 per cent in the quarter. The operations director "
    "said the gain was due to the new signal priority system at 60 junctions, which holds green lights for trams.\n\n"
    "Bus punctuality was unchanged at 78 per cent.\n"
)


def _trams_rewrite(link: str) -> str:
    return (
        "The transit authority published its quarterly punctuality report on Friday.\n\n"
        f"Tram punctuality on the east line rose to 92 per cent from 84 per cent in the quarter {link}, officials "
        "said.\n\n"
        "Bus punctuality was unchanged at 78 per cent.\n"
    )


def test_a_cause_given_in_the_next_source_sentence_made_a_concession_is_a_reversal() -> None:
    found = findings("causal-reversal", _TRAMS, _trams_rewrite("despite the new signal priority system"))
    assert found and "due to the new signal priority system" in found[0].message


def test_the_next_source_sentence_s_cause_kept_is_no_reversal() -> None:
    assert not findings("causal-reversal", _TRAMS, _trams_rewrite("thanks to the new signal priority system"))


def test_a_concession_on_other_things_than_the_next_sentence_s_cause_is_no_reversal() -> None:
    assert not findings("causal-reversal", _TRAMS, _trams_rewrite("despite roadworks on the ring road"))
