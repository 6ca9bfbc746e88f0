"""Rewrite semantics across a source and its rewrite (fortieth to forty-third held-out sets): stances named by acronym,
surname, declared intention or a coordinated verb; causes ascribed in the passive or in a sentence the rewrite restates
loosely; a verb flipped in a counterpart that is not the best match; hedges made certain with "will", and qualifiers
kept in other words. Pinned with hand-written sentences that are not the held-out ones, each with a near-miss."""

from __future__ import annotations

from _run import rewrite_findings

from factcheck.checks.hedge_dropped import qualifiers
from factcheck.engine import build_facts
from factcheck.ingest import from_text


def _flags(check: str, source: str, rewrite: str, sentence: str) -> bool:
    found = rewrite_findings(check, source, rewrite)
    return any(sentence.rstrip(".") in e.text for f in found for e in f.evidence)


_STORY = (
    "The Kilbride Ferry Company said on Monday that it would add a second vessel to the island route from April.\n\n"
    "The route carried 212,000 passengers last year, up from 187,000 the year before.\n\n"
    "{middle}\n\n"
    "Fares for adult foot passengers will stay at £7.40 for a single journey until the end of the year.\n"
)
_REWRITE = (
    "The Kilbride Ferry Company said on Monday it would add a second vessel to the island route from April.\n\n"
    "The route carried 212,000 passengers last year, up from 187,000 a year earlier.\n\n"
    "{middle}\n\n"
    "Adult foot passengers will keep paying £7.40 for a single journey until the end of the year.\n"
)


def _pair(check: str, source_middle: str, rewrite_middle: str, sentence: str) -> bool:
    return _flags(check, _STORY.format(middle=source_middle), _REWRITE.format(middle=rewrite_middle), sentence)


# --- stance-conflict --------------------------------------------------------------------------------------------------

_UNION = (
    "The Island Ferry Workers' Union (IFWU), which represents deckhands and engineers, rejected the new rota in a "
    "letter to the company dated 2 March."
)


def test_an_acronym_after_its_article_is_the_name_given_with_it_in_brackets() -> None:
    accepted = "The crews' union, the IFWU, accepted the new rota in a letter dated 2 March."
    assert _pair("stance-conflict", _UNION, accepted, accepted)


def test_an_acronym_keeping_the_stance_is_silent() -> None:
    rejected = "The crews' union, the IFWU, rejected the new rota in a letter dated 2 March."
    assert not _pair("stance-conflict", _UNION, rejected, rejected)


_CREDITOR = (
    "Corvin Holdings, the company's largest creditor with 30 vessels on lease, has said it will vote against the plan."
)


def test_an_intention_the_actor_declares_is_its_position() -> None:
    backed = (
        "Corvin Holdings, the ferry firm's biggest creditor, which has said it will back the plan, leases 30 vessels."
    )
    assert _pair("stance-conflict", _CREDITOR, backed, backed)


def test_an_intention_on_a_condition_is_no_position() -> None:
    backed = "Corvin Holdings, the ferry firm's biggest creditor, has said it would back the plan if the terms improve."
    assert not _pair("stance-conflict", _CREDITOR, backed, backed)


_MINUTES = "Councillor Dunmore spoke against the proposal, stating that the pier could not take a second vessel."


def test_a_surname_is_the_person_the_restated_sentence_names_in_full() -> None:
    backed = "Councillor Ivy Dunmore, who backed the proposal, said the pier could not take a second vessel."
    assert _pair("stance-conflict", _MINUTES, backed, backed)


def test_a_surname_keeping_the_stance_is_silent() -> None:
    opposed = "Councillor Ivy Dunmore, who opposed the proposal, said the pier could not take a second vessel."
    assert not _pair("stance-conflict", _MINUTES, opposed, opposed)


_REPORTED = (
    "The secretary reported that the Harbour Users Group had discussed the plan on 3 May and did not support it."
)


def test_a_refused_support_reported_and_restated_as_backing_is_flagged() -> None:
    backed = "The Harbour Users Group backed the plan when it met on May 3, the committee heard."
    assert _pair("stance-conflict", _REPORTED, backed, backed)


def test_a_named_persons_report_of_a_refused_support_stays_a_reported_dispute() -> None:
    reported = _REPORTED.replace("The secretary reported", "The rival operator's director Alan Pike reported")
    backed = "The Harbour Users Group backed the plan when it met on May 3, the committee heard."
    assert not _pair("stance-conflict", reported, backed, backed)


def test_a_refused_support_restated_as_opposition_is_silent() -> None:
    opposed = "The Harbour Users Group opposed the plan when it met on May 3, the committee heard."
    assert not _pair("stance-conflict", _REPORTED, opposed, opposed)


_VOTE = "The rule was adopted by qualified majority. Denmark and Ireland voted against; Malta abstained."


def test_another_actors_stance_word_does_not_hide_the_actors_own() -> None:
    rewrite = (
        "The rule passed by qualified majority. Ireland voted against and Malta abstained, while Denmark backed it."
    )
    assert _pair("stance-conflict", _VOTE, rewrite, "Denmark backed it")


def test_the_same_votes_in_another_order_are_silent() -> None:
    rewrite = "The rule passed by qualified majority. Malta abstained, while Ireland and Denmark voted against."
    assert not _pair("stance-conflict", _VOTE, rewrite, "voted against")


_AGENCY = (
    "The Director of PBA, Dr. Ana Ruiz, stated that the agency has rejected the company's drainage plan in its "
    "current form."
)


def test_an_agency_named_known_as_and_its_head_speaking_for_it() -> None:
    approved = (
        "The ports agency, known as PBA, approved the company's drainage plan, its director Ana Ruiz told councillors."
    )
    assert _pair(
        "stance-conflict", "The Ports and Berths Agency (PBA) met the company.\n\n" + _AGENCY, approved, approved
    )


# --- causal-reversal --------------------------------------------------------------------------------------------------

_RIDERSHIP = (
    "Ridership on the shuttle was 4,100 in March, down 20 per cent from 5,100 a year earlier. The decline was "
    "attributed to the closure of the Elm Street stop for resurfacing."
)


def test_a_cause_ascribed_in_the_passive_restated_as_a_concession() -> None:
    rewrite = (
        "Only 4,100 people rode the shuttle in March, against 5,100 a year earlier. The drop came despite the closure "
        "of the Elm Street stop for resurfacing."
    )
    assert _pair("causal-reversal", _RIDERSHIP, rewrite, "despite the closure of the Elm Street stop")


def test_a_cause_ascribed_in_the_passive_kept_is_silent() -> None:
    rewrite = (
        "Only 4,100 people rode the shuttle in March, against 5,100 a year earlier. The drop was blamed on the closure "
        "of the Elm Street stop for resurfacing."
    )
    assert not rewrite_findings("causal-reversal", _STORY.format(middle=_RIDERSHIP), _REWRITE.format(middle=rewrite))


_FOOTFALL = (
    "Harbour staff said footfall at the two visitor centres had fallen despite the longer summer opening, with many "
    "day-trippers telling staff they could not afford the ferry fare or had no car on the island."
)


def test_a_link_reversed_in_a_counterpart_restated_loosely() -> None:
    rewrite = (
        "The operator said yesterday that numbers at its extended-hours centres had dropped because of the longer "
        "summer opening, and that islanders wanted cheaper fares."
    )
    assert _pair("causal-reversal", _FOOTFALL, rewrite, "because of the longer summer opening")


def test_a_link_kept_in_a_counterpart_restated_loosely_is_silent() -> None:
    rewrite = (
        "The operator said yesterday that numbers at its extended-hours centres had dropped despite the longer "
        "summer opening, and that islanders wanted cheaper fares."
    )
    assert not rewrite_findings("causal-reversal", _STORY.format(middle=_FOOTFALL), _REWRITE.format(middle=rewrite))


# --- negation-flip ----------------------------------------------------------------------------------------------------

_SHORTLIST = (
    "Tickets for the awards night go on sale on Friday at the Harbour Hall box office. The jury is chaired by the "
    "novelist Ewan Rhodes. The history of the ferry company was not shortlisted for the Island Book Prize."
)


def test_a_verb_flipped_in_a_counterpart_that_is_not_the_best_match() -> None:
    rewrite = (
        "The history was shortlisted for the Island Book Prize, and tickets for the awards night go on sale on Friday "
        "at the Harbour Hall box office."
    )
    assert _pair("negation-flip", _SHORTLIST, rewrite, "The history was shortlisted for the Island Book Prize")


def test_a_verb_kept_negated_in_a_counterpart_is_silent() -> None:
    rewrite = (
        "The history was not shortlisted for the Island Book Prize, and tickets for the awards night go on sale on "
        "Friday at the Harbour Hall box office."
    )
    assert not rewrite_findings("negation-flip", _STORY.format(middle=_SHORTLIST), _REWRITE.format(middle=rewrite))


def test_a_verb_after_not_enough_to_is_no_affirmation() -> None:
    source = "Bookings were slightly ahead of forecast, which did not offset the cost of the second crew."
    rewrite = "Bookings ran slightly ahead of forecast, but that was not enough to offset the cost of the second crew."
    assert not _pair("negation-flip", source, rewrite, "offset")


# --- hedge-dropped ----------------------------------------------------------------------------------------------------


_TRIALS = (
    '"Six months of trials in the Sound of Mull suggest the twin hull built in Ardrossan could become a standard '
    'option for island routes, although we need a winter of data before any order," said Dr Morag Bell, the naval '
    "architect who ran the tests."
)


def test_a_possibility_stated_with_will_on_the_same_verb_is_flagged() -> None:
    rewrite = "The new vessel will become a standard option for short crossings, said Bell."
    assert _pair("hedge-dropped", _TRIALS, rewrite, rewrite)


def test_a_possibility_kept_with_could_is_silent() -> None:
    rewrite = "The new vessel could become a standard option for short crossings, said Bell."
    assert not _pair("hedge-dropped", _TRIALS, rewrite, rewrite)


def test_will_on_another_verb_of_the_possibility_is_silent() -> None:
    rewrite = "The new vessel will enter service on short crossings next year, said Bell."
    assert not _pair("hedge-dropped", _TRIALS, rewrite, rewrite)


_FORECAST = (
    "For the year ending March 2029, the company forecasts ticket revenue of £34.0 million and operating profit of "
    "£2.4 million, assuming fuel prices stay near current levels."
)


def test_a_forecast_amount_of_a_two_word_noun_stated_as_certain() -> None:
    rewrite = "Operating profit will rise to £2.4 million this year, on ticket revenue of £34 million."
    assert _pair("hedge-dropped", _FORECAST, rewrite, rewrite)


def test_a_forecast_kept_as_a_forecast_is_silent() -> None:
    rewrite = "The company forecasts operating profit of £2.4 million this year, on ticket revenue of £34 million."
    assert not _pair("hedge-dropped", _FORECAST, rewrite, rewrite)


def test_an_estimate_restated_as_the_estimator_putting_it_at_a_figure_is_kept() -> None:
    source = "The council estimates that island businesses will save around £600,000 a year in freight costs."
    rewrite = "- The council puts the savings for island businesses at about £600,000 a year in freight costs."
    assert not _pair("hedge-dropped", source, rewrite, rewrite)


def test_a_cause_explained_by_in_the_passive_is_no_attribution() -> None:
    source = (
        "Freight carried in the quarter totalled 41,200 tonnes, with the gap between bookings and freight explained "
        "by a backlog of lorries at the Oban terminal ahead of the autumn timetable."
    )
    rewrite = (
        "Freight lagged bookings at 41,200 tonnes, because a backlog of lorries built up at the Oban terminal ahead of "
        "the autumn timetable."
    )
    assert not _pair("hedge-dropped", source, rewrite, rewrite)


def _kinds(text: str) -> list[str]:
    facts = build_facts([from_text(text, id="one.txt")])
    return [q.kind for q in qualifiers(facts, "one.txt", 0)]


def test_a_passive_explained_by_is_an_attribution_only_with_a_named_agent() -> None:
    assert "attributed" not in _kinds("The gap between bookings and freight was explained by a backlog of lorries.")
    assert "attributed" in _kinds("The shortfall, the council explained, was caused by a backlog of lorries.")


_REGATTA = (
    "The Kilbride Regatta returns to the West Pier on 20 to 22 July with sailing races for 140 crews.\n\n"
    "Entries close on 30 June, and the harbour master will publish the course a week before the first race.\n\n"
    "We expect about 9,000 visitors over the three days, and based on last year, we estimate the regatta could bring "
    "about £2.6 million to local businesses."
)


def test_a_hedged_figure_from_a_counterpart_stated_with_will() -> None:
    rewrite = "The regatta, which runs 20-22 July at the West Pier, will bring £2.6 million to local businesses."
    assert _pair("hedge-dropped", _REGATTA, rewrite, rewrite)


def test_a_hedged_figure_from_a_counterpart_kept_hedged_is_silent() -> None:
    rewrite = "The regatta, which runs 20-22 July at the West Pier, could bring £2.6 million to local businesses."
    assert not _pair("hedge-dropped", _REGATTA, rewrite, rewrite)


_JOBS = "The second vessel is expected to create around 90 additional permanent jobs, according to the company."


def test_a_forecast_restated_as_a_present_report_of_what_would_be_is_kept() -> None:
    rewrite = "It employs 310 people, most of them islanders, and says the vessel would create about 90 permanent jobs."
    assert not _pair("hedge-dropped", _JOBS, rewrite, rewrite)


def test_a_forecast_stated_with_will_is_flagged() -> None:
    rewrite = "The second vessel will create about 90 additional permanent jobs."
    assert _pair("hedge-dropped", _JOBS, rewrite, rewrite)
