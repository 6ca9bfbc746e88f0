"""Fixes for general causes found by trade, transport and council rewrites (thirty-fifth and thirty-sixth held-out
sets), pinned with hand-written sentences that are not the held-out ones, and catches that must stay."""

from __future__ import annotations

from _run import rewrite_findings as findings

# --- unsupported-claim: names with digits, credit lines, records over all time --------------------------------------

_FUEL = (
    "The energy ministry said on Monday that the E15 ethanol blend would be sold at 2,400 stations by June.\n\n"
    "Refiners had asked for a delay because storage tanks at many depots still needed to be refitted.\n\n"
    '"Blending faster than planned would leave less petrol for the export market," deputy minister Aiko Tanaka '
    "said.\n\n"
    "The ministry will review the rollout in September, after the summer driving season.\n"
)


def test_a_name_with_digits_is_no_number() -> None:
    rewrite = _FUEL + "\nTanaka warned, however, that pushing the E15 programme ahead of schedule would hit exports.\n"
    assert not findings("unsupported-claim", _FUEL, rewrite)


def test_a_new_figure_beside_a_name_with_digits_is_still_flagged() -> None:
    rewrite = _FUEL + "\nTanaka warned that pushing the E15 programme ahead of schedule would cut exports by 14%.\n"
    assert findings("unsupported-claim", _FUEL, rewrite)


def test_a_credit_line_is_no_claim() -> None:
    rewrite = _FUEL + "\n*Adapted from a ministry statement of 2 June.*\n"
    assert not findings("unsupported-claim", _FUEL, rewrite)


def test_a_sentence_that_only_mentions_compiling_is_still_weighed() -> None:
    rewrite = _FUEL + "\nInspectors compiled from 40 harbour warehouses a register of leaking pipes.\n"
    assert findings("unsupported-claim", _FUEL, rewrite)


def test_a_superlative_since_a_founding_is_a_record_claim() -> None:
    rewrite = _FUEL + "\nIt is the biggest change to fuel policy since the founding of the ministry.\n"
    found = findings("unsupported-claim", _FUEL, rewrite)
    assert found and "since the founding" in found[0].message


def test_a_superlative_in_a_history_is_a_record_claim() -> None:
    rewrite = _FUEL + "\nThe blend would be the largest fuel switch in the country's history, the ministry said.\n"
    assert findings("unsupported-claim", _FUEL, rewrite)


def test_a_source_s_history_vouches_for_the_same_record() -> None:
    source = _FUEL.replace("by June.", "by June, the largest fuel switch in the country's history.")
    rewrite = _FUEL + "\nThe blend would be the largest fuel switch in the country's history, the ministry said.\n"
    assert not findings("unsupported-claim", source, rewrite)


# --- unsupported-claim: a length of time in other units, days since a source's date, the month a source is dated ----

_DETOUR = (
    "The coast road has been closed since a landslide on 14 May, the transport agency said.\n\n"
    "Traffic is being sent inland through the hill towns, a detour that adds about 90 minutes to a trip between the "
    "two ports.\n\n"
    "Engineers expect to finish clearing the slip by the end of the month, weather permitting.\n\n"
    "About 3,800 vehicles a day used the road before it closed, including 700 trucks.\n"
)


def test_an_hour_and_a_half_restates_ninety_minutes() -> None:
    rewrite = _DETOUR + "\nHauliers say each of their drivers loses an extra hour and a half on every run.\n"
    assert not findings("unsupported-claim", _DETOUR, rewrite)


def test_another_length_of_time_is_new() -> None:
    rewrite = _DETOUR + "\nHauliers say each of their drivers loses an extra three hours on every run.\n"
    assert findings("unsupported-claim", _DETOUR, rewrite)


def test_days_since_a_source_s_date_are_counted_from_it() -> None:
    # the rewrite is published on 3 June 2025: 14 May to 3 June is 20 days
    rewrite = _DETOUR + "\nTwenty days after the hillside gave way, freight firms are counting the detour's cost.\n"
    assert not findings("unsupported-claim", _DETOUR, rewrite)


def test_days_that_do_not_count_from_a_source_s_date_are_new() -> None:
    rewrite = _DETOUR + "\nTwelve days after the hillside gave way, freight firms are counting the detour's cost.\n"
    assert findings("unsupported-claim", _DETOUR, rewrite)


def test_the_month_a_source_is_dated_in_is_no_new_date() -> None:
    # the source is published on 2 June 2025
    rewrite = _DETOUR + "\nFreight firms say the detour has been the worst of their problems this June, and heavy.\n"
    assert not findings("unsupported-claim", _DETOUR, rewrite)


def test_another_month_is_still_a_new_date() -> None:
    rewrite = _DETOUR + "\nFreight firms say the detour has been the worst of their problems this August, and heavy.\n"
    assert findings("unsupported-claim", _DETOUR, rewrite)


# --- unsupported-claim: a follow-up's change from a source figure to its new one ------------------------------------

_QUOTA = (
    "The trade ministry plans to import up to 800,000 tonnes of sugar before the end of the year, its director said "
    "on Monday.\n\n"
    "Refinery stocks stood at 410,000 tonnes last week, below the level the ministry considers safe.\n\n"
    "The sugar would be bought from Brazil and Thailand, with the first cargoes expected in November.\n"
)


def _quota(change: str) -> str:
    return (
        "The trade ministry has cut its planned sugar imports for the rest of the year to 650,000 tonnes, a day after "
        "saying up to 800,000 tonnes would be brought in.\n\n"
        f"A ministry spokesman said on Tuesday the quota had been reduced by {change} tonnes after refiners confirmed "
        "that cargoes bought last year would arrive in October.\n\n"
        "Refinery stocks stood at 410,000 tonnes last week, below the level the ministry considers safe.\n\n"
        "The sugar would be bought from Brazil and Thailand, with the first cargoes expected in November.\n"
    )


def test_a_follow_up_s_change_to_its_new_figure_is_its_arithmetic() -> None:
    found = findings("unsupported-claim", _QUOTA, _quota("150,000"))
    assert not any("reduced by" in f.message for f in found)


def test_a_change_that_does_not_make_the_new_figure_is_flagged() -> None:
    found = findings("unsupported-claim", _QUOTA, _quota("250,000"))
    assert any("reduced by" in f.message for f in found)


# --- stance-conflict: an acronym in brackets, a relative clause dated by its day, a title's office ------------------

_PORT = (
    "The port authority published its plan for a second container terminal on Monday.\n\n"
    "{claim}\n\n"
    "The terminal would add capacity for 1.2 million containers a year and open in 2031.\n\n"
    "The authority said it would consult residents on the plan until the end of March.\n"
)


def _port(claim: str) -> str:
    return _PORT.format(claim=claim)


def test_a_name_with_its_acronym_in_brackets_is_the_actor() -> None:
    source = _port("The Coastal Fishers Federation (CFF) has opposed the authority's plan to dredge the bay channel.")
    rewrite = _port("The Coastal Fishers Federation (CFF) has backed the authority's plan to dredge the bay channel.")
    assert findings("stance-conflict", source, rewrite)


def test_the_same_stance_with_an_acronym_is_no_conflict() -> None:
    source = _port("The Coastal Fishers Federation (CFF) has opposed the authority's plan to dredge the bay channel.")
    rewrite = _port("The Coastal Fishers Federation (CFF) has opposed the authority's plan to dredge the channel.")
    assert not findings("stance-conflict", source, rewrite)


def test_a_relative_clause_dated_by_its_day_gives_the_stance() -> None:
    source = _port("The Coastal Fishers Federation (CFF) rejected the dredging plan, saying it would ruin the beds.")
    rewrite = _port(
        "The Coastal Fishers Federation (CFF), which on Monday welcomed the dredging plan, said a smaller channel was "
        "a step forward."
    )
    assert findings("stance-conflict", source, rewrite)


def test_a_title_s_office_is_one_actor_in_both_sentences() -> None:
    source = _port(
        "The Harbour Master's office rejected a request by several councillors to halt the dredging, stating "
        "that the work had been licensed."
    )
    rewrite = _port("The Harbour Master's office backed a call by several councillors to halt the dredging.")
    assert findings("stance-conflict", source, rewrite)


def test_a_title_s_office_with_the_same_stance_is_no_conflict() -> None:
    source = _port(
        "The Harbour Master's office rejected a request by several councillors to halt the dredging, stating "
        "that the work had been licensed."
    )
    rewrite = _port("The Harbour Master's office turned down a call by several councillors to halt the dredging.")
    assert not findings("stance-conflict", source, rewrite)


# --- causal-reversal: a close restatement needs one shared word in the link -----------------------------------------

_HARVEST = (
    "The grain board published its weekly crop report on Thursday.\n\n"
    "{claim}\n\n"
    "Harvesting of soybeans reached 71% of the planted area, ahead of the five-year average.\n\n"
    "The board will publish its next report on Thursday, May 18.\n"
)


def test_a_close_restatement_reverses_its_cause_with_one_shared_word() -> None:
    source = _HARVEST.format(
        claim="The wheat forecast was cut by 0.8 million tonnes, to 17.2 million tonnes, due to losses caused by the "
        "stem rust in the southern districts."
    )
    rewrite = _HARVEST.format(
        claim="The wheat forecast was cut by 0.8 million tonnes, to 17.2 million tonnes, in spite of outbreaks of rust "
        "in the southern districts."
    )
    assert findings("causal-reversal", source, rewrite)


def test_a_close_restatement_keeping_its_cause_is_no_reversal() -> None:
    source = _HARVEST.format(
        claim="The wheat forecast was cut by 0.8 million tonnes, to 17.2 million tonnes, due to losses caused by the "
        "stem rust in the southern districts."
    )
    rewrite = _HARVEST.format(
        claim="The wheat forecast was cut by 0.8 million tonnes, to 17.2 million tonnes, because of outbreaks of rust "
        "in the southern districts."
    )
    assert not findings("causal-reversal", source, rewrite)


# --- negation-flip: the sentence next to the best match negates the same verb and object ----------------------------

_MINUTES = (
    "Planning director Omar Reyes presented the staff report on the riverside library.\n\n"
    "Mr. Reyes confirmed, in answer to a question from Councillor Aho, that the parcel is already zoned for civic use "
    "and that the project would not need a variance. He said the project would need a small change to the "
    "riverfront design code, which staff will bring back in May.\n\n"
    "The council approved the report 6-1.\n"
)


def test_a_lost_not_in_the_sentence_beside_the_best_match_is_a_flip() -> None:
    rewrite = _MINUTES.replace(
        "Mr. Reyes confirmed, in answer to a question from Councillor Aho, that the parcel is already zoned for civic "
        "use and that the project would not need a variance. He said the project would need a small change to the "
        "riverfront design code, which staff will bring back in May.",
        "Reyes said the project would need a variance, along with a small change to the riverfront design code that "
        "staff will bring back in May.",
    )
    assert findings("negation-flip", _MINUTES, rewrite)


def test_the_same_verb_with_another_object_beside_the_best_match_is_no_flip() -> None:
    rewrite = _MINUTES.replace(
        "Mr. Reyes confirmed, in answer to a question from Councillor Aho, that the parcel is already zoned for civic "
        "use and that the project would not need a variance. He said the project would need a small change to the "
        "riverfront design code, which staff will bring back in May.",
        "Reyes said the project would need a small change to the riverfront design code that staff will bring back "
        "in May.",
    )
    assert not findings("negation-flip", _MINUTES, rewrite)


# --- hedge-dropped: a refused position is no hedge; a forecast's figure stated as certain ---------------------------

_VOTE = (
    "Council minutes, regular meeting of March 4.\n\n"
    "Councillor Ruth Amsel stated that the town had 640 rent-capped flats against a target of 900 by 2032. "
    "Councillor Dev Osei stated he {position} the lease because of the higher subsidy and asked that it wait until the "
    "grant is confirmed.\n\n"
    "The motion carried 6-1.\n"
)


def test_could_not_support_is_a_position_not_a_hedge() -> None:
    source = _VOTE.format(position="could not support")
    rewrite = source.replace(
        "Councillor Ruth Amsel stated that the town had 640 rent-capped flats against a target of 900 by 2032.",
        "Councillor Ruth Amsel said the town has 640 rent-capped flats, well short of its target of 900 by 2032.",
    ).replace("Councillor Dev Osei stated he could not support", "Councillor Dev Osei voted against")
    assert not findings("hedge-dropped", source, rewrite)


_EXPORTS = (
    "The ministry set the cocoa reference price for March at USD 3,120 per tonne on Monday.\n\n"
    "Shipments last year totalled 612,000 tonnes, with a value of USD 1.9 billion.\n\n"
    "For this year, the ministry projects that exports could reach 655.5 thousand tonnes, provided that grinding "
    "capacity at home does not grow faster than planned.\n\n"
    "The export duty stays at USD 210 per tonne.\n"
)


def test_a_forecast_s_figure_stated_as_certain_drops_its_hedge() -> None:
    rewrite = _EXPORTS.replace(
        "For this year, the ministry projects that exports could reach 655.5 thousand tonnes, provided that grinding "
        "capacity at home does not grow faster than planned.",
        "Exports will climb to 655.5 thousand tonnes in the current season.",
    )
    found = findings("hedge-dropped", _EXPORTS, rewrite)
    assert found and "655.5" in found[0].message


def test_a_forecast_s_figure_kept_as_a_forecast_keeps_its_hedge() -> None:
    rewrite = _EXPORTS.replace(
        "For this year, the ministry projects that exports could reach 655.5 thousand tonnes, provided that grinding "
        "capacity at home does not grow faster than planned.",
        "Exports could climb to 655.5 thousand tonnes in the current season.",
    )
    assert not findings("hedge-dropped", _EXPORTS, rewrite)
