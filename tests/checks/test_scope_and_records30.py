"""Negations, hedges and record claims read as structure, on new sentences in several registers: a participle in the
scope of "without" ("without anyone being turned away") is denied; a verb of the same change ("cut" for "reduce")
with the same object is compared with the other; a follow-up that reports the ruling on an allegation still under
inquiry drops no hedge; a ranking of a group told without a superlative ("the pick of the bowlers"), a tally "of the
year", a superlative scoped by its relative clause ("the largest that the council gave this year") or by "on
record" are record claims read as such, in a source and in a rewrite."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.hedge_dropped import DEFAULT_DROPS

_BEFORE = "The regional council met in Harwick on Tuesday to review its spending plans for the coming year. "
_AFTER = " The council will publish the full minutes of the meeting on its website next week."


def _flags(check: str, source: str, rewrite: str, days_apart: int = 1) -> bool:
    found = rewrite_findings(check, _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, days_apart)
    return any(rewrite in e.text for f in found for e in f.evidence)


# --- "without" + subject + non-finite auxiliary + participle: the act denied ------------------------------------

_WITHOUT_FLIPS = [
    (
        "Voting at the school was delayed by an hour, and several electors were turned away.",
        "Voting at the school was delayed by an hour without anyone being turned away.",
    ),
    (
        "The plant closed in March and all 140 workers were laid off by the owners.",
        "The plant closed in March without a single worker being laid off by the owners.",
    ),
    (
        "The painting was sold at auction after it had been inspected by two experts.",
        "The painting was sold at auction without having been inspected by two experts.",
    ),
    (
        "The mayor signed the contract after residents were consulted on the route.",
        "The mayor signed the contract without residents being consulted on the route.",
    ),
    (
        "Fans left the stadium peacefully, although two supporters were arrested outside.",
        "Fans left the stadium peacefully without any supporters being arrested outside.",
    ),
    (
        "The ward was reopened on Friday and its patients were moved to the new wing.",
        "The ward was reopened on Friday without its patients being moved to the new wing.",
    ),
]

_WITHOUT_KEPT = [
    (
        "Voting at the school was delayed by an hour, and no elector was turned away.",
        "Voting at the school was delayed by an hour without anyone being turned away.",
    ),
    (
        "The plant closed in March but none of its 140 workers were laid off by the owners.",
        "The plant closed in March without a single worker being laid off by the owners.",
    ),
    (
        "The painting was sold at auction although it had never been inspected by experts.",
        "The painting was sold at auction without having been inspected by experts.",
    ),
    (
        "The mayor signed the contract, and residents were not consulted on the route.",
        "The mayor signed the contract without residents being consulted on the route.",
    ),
    (
        "Fans left the stadium peacefully and no supporters were arrested outside.",
        "Fans left the stadium peacefully without any supporters being arrested outside.",
    ),
    (
        "The ward reopened without delay on Friday, and its patients were moved to the new wing.",
        "The ward reopened without delay on Friday, and its patients were moved to the new wing later.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _WITHOUT_FLIPS)
def test_without_scope_denies_the_participle(source: str, rewrite: str) -> None:
    assert _flags("negation-flip", source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _WITHOUT_KEPT)
def test_without_scope_kept_is_silent(source: str, rewrite: str) -> None:
    assert not _flags("negation-flip", source, rewrite)


# --- a verb of the same change, the same object ------------------------------------------------------------------

_SAME_CHANGE_FLIPS = [
    (
        "The nasal spray did not reduce the number of hospital visits for migraine during the trial.",
        "The nasal spray also cut the number of hospital visits for migraine during the trial.",
    ),
    (
        "The new budget does not raise council tax for households in the district next year.",
        "The new budget will increase council tax for households in the district next year.",
    ),
    (
        "The bank did not lower its mortgage rates for first-time buyers in the spring.",
        "The bank cut its mortgage rates for first-time buyers in the spring.",
    ),
    (
        "The airline has not increased its fares on routes to the islands this summer.",
        "The airline has raised its fares on routes to the islands this summer.",
    ),
    (
        "The company did not halt production at its Ghent factory during the strike.",
        "The company stopped production at its Ghent factory during the strike.",
    ),
    (
        "The scheme has lowered bus fares in the county's two largest towns since last winter.",
        "The scheme has not reduced bus fares in the county's two largest towns since last winter.",
    ),
]

_SAME_CHANGE_KEPT = [
    (
        "The nasal spray reduced the number of hospital visits for migraine during the trial.",
        "The nasal spray also cut the number of hospital visits for migraine during the trial.",
    ),
    (
        "The new budget does not raise council tax for households in the district next year.",
        "The new budget does not lift council tax for households in the district next year.",
    ),
    (
        "The bank did not lower its mortgage rates for first-time buyers in the spring.",
        "The bank did not cut its mortgage rates for first-time buyers in the spring.",
    ),
    (
        "The airline has not increased its fares on routes to the islands this summer.",
        "The airline has raised its baggage charges on routes to the islands this summer.",
    ),
    (
        "The company did not halt production at its Ghent factory during the strike.",
        "The company stopped deliveries from its Ghent factory during the strike.",
    ),
    (
        "The scheme trimmed waiting times at the county's two hospitals last winter.",
        "The scheme reduced waiting times at the county's two hospitals last winter.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SAME_CHANGE_FLIPS)
def test_same_change_verb_flipped(source: str, rewrite: str) -> None:
    assert _flags("negation-flip", source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _SAME_CHANGE_KEPT)
def test_same_change_verb_kept_or_other_object(source: str, rewrite: str) -> None:
    assert not _flags("negation-flip", source, rewrite)


# --- an allegation under inquiry, settled by the ruling a follow-up reports ----------------------------------------

_DECIDED = [
    (
        "The disciplinary panel is investigating an alleged headbutt by the Millbrook captain, and a ruling is "
        "expected on Tuesday.",
        "The disciplinary panel on Tuesday gave the Millbrook captain a three-match ban for a headbutt.",
    ),
    (
        "Stewards are investigating an alleged unsafe release by the Velocity team during the second pit stop.",
        "The Velocity team was fined on Monday for an unsafe release during the second pit stop.",
    ),
    (
        "The league is reviewing the club's alleged breach of spending rules and will announce a decision this week.",
        "The league docked the club six points for a breach of spending rules.",
    ),
    (
        "The regulator has opened an investigation into the bank's alleged mis-selling of payment protection.",
        "The regulator fined the bank £12m for mis-selling payment protection.",
    ),
    (
        "A tribunal will hear the nurse's alleged falsification of patient records in June.",
        "A tribunal suspended the nurse for falsification of patient records in June.",
    ),
    (
        "Officials are examining an alleged handball by the goalkeeper outside his area, and a decision is due.",
        "Officials handed the goalkeeper a one-match suspension for a handball outside his area.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _DECIDED)
def test_follow_up_reports_the_ruling(source: str, rewrite: str) -> None:
    assert not _flags("hedge-dropped", source, rewrite)


# (the league's pair is left out: its hedge's stretch shares too few words with the rewrite to be weighed at all)
@pytest.mark.parametrize(("source", "rewrite"), _DECIDED[:2] + _DECIDED[3:])
def test_the_same_day_the_ruling_is_the_allegation_made_fact(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite, days_apart=0)


_NOT_DECIDED = [
    (
        "Stewards are investigating an alleged unsafe release by the Velocity team during the second pit stop.",
        "The Velocity team made an unsafe release during the second pit stop.",
    ),
    (
        "The Velocity team made an alleged unsafe release during the second pit stop.",
        "The Velocity team was fined on Monday for an unsafe release during the second pit stop.",
    ),
    (
        "The league is reviewing the club's alleged breach of spending rules and will announce a decision this week.",
        "The club breached the league's spending rules, and a decision is due this week.",
    ),
    (
        "The regulator is investigating the alleged mis-selling of payment protection by the bank.",
        "The bank mis-sold payment protection, and the regulator is investigating.",
    ),
    (
        "The council's auditors are reviewing the alleged overspending of the housing department.",
        "The housing department overspent, and the council's auditors are reviewing its accounts.",
    ),
    (
        "Police are investigating the alleged theft of two paintings from the gallery.",
        "Two paintings were stolen from the gallery, and police are investigating.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _NOT_DECIDED)
def test_no_ruling_reported_keeps_the_allegation(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite)


# --- record claims in other words ----------------------------------------------------------------------------------

_RECORD_BEFORE = (
    "The county published its annual report on Monday after a long review of the year's results. "
    "The report runs to 84 pages and was presented to councillors at the town hall. "
)
_RECORD_AFTER = " Councillors will debate the report at their next meeting in the spring."


def _claims(source: str, rewrite: str) -> bool:
    found = rewrite_findings(
        "unsupported-claim",
        _RECORD_BEFORE + source + _RECORD_AFTER,
        _RECORD_BEFORE + rewrite + _RECORD_AFTER,
        1,
        claims=("record",),
    )
    return any(rewrite in e.text for f in found for e in f.evidence)


_RECORDS_SUPPORTED = [
    (
        "Moore, the pick of the English spinners, took four wickets for 61 runs on the second day.",
        "Moore was England's best spinner, taking four wickets for 61 runs on the second day.",
    ),
    (
        "Okafor was the standout among the county's young sprinters, winning three titles in the season.",
        "Okafor was the county's best young sprinter, winning three titles in the season.",
    ),
    (
        "The launch from the base in Kourou was the rocket's sixth of the year, the agency said.",
        "The rocket lifted off from the base in Kourou, its sixth launch this year, the agency said.",
    ),
    (
        "The grant to the museum was the council's third of the year for its heritage fund.",
        "The council gave the museum its third heritage grant this year from the fund.",
    ),
    (
        "The award to the lab was the largest the foundation made in chemistry this year.",
        "The award to the lab was the largest that the foundation made in chemistry this year.",
    ),
    (
        "The margin of 21 votes was the narrowest in the borough's history, the returning officer said.",
        "The margin of 21 votes was the narrowest on record, the returning officer said.",
    ),
]

_RECORDS_UNSUPPORTED = [
    (
        "Moore took four wickets for 61 runs on the second day at the ground.",
        "Moore was England's best spinner, taking four wickets for 61 runs on the second day.",
    ),
    (
        "Okafor, one of the county's young sprinters, won three titles in the season.",
        "Okafor was the county's best young sprinter, winning three titles in the season.",
    ),
    (
        "The launch from the base in Kourou was the rocket's fifth of the year, the agency said.",
        "The rocket lifted off from the base in Kourou, its sixth launch this year, the agency said.",
    ),
    (
        "The foundation gave the lab an award of €2m to study catalysts in chemistry.",
        "The award of €2m is the largest that the foundation gave in chemistry this year.",
    ),
    (
        "The margin of 21 votes was confirmed after a recount, the returning officer said.",
        "The margin of 21 votes was the narrowest on record, the returning officer said.",
    ),
    (
        "The council's turnout of 41% was announced by the returning officer at midnight.",
        "The council's turnout of 41% was the fewest voters on record, the returning officer said at midnight.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _RECORDS_SUPPORTED)
def test_record_restated_in_other_words_is_supported(source: str, rewrite: str) -> None:
    assert not _claims(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _RECORDS_UNSUPPORTED)
def test_record_no_source_makes_is_flagged(source: str, rewrite: str) -> None:
    assert _claims(source, rewrite)


# --- an act a source projects for a named actor, told as done ------------------------------------------------------


def _flags_by_default(source: str, rewrite: str, days_apart: int) -> bool:
    found = rewrite_findings(
        "hedge-dropped", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, days_apart, report=DEFAULT_DROPS
    )
    return any(rewrite in e.text for f in found for e in f.evidence)


_PROJECTED = [
    (
        "With most ballots counted, Ms Ferris appears on track to win the Harwick seat.",
        "Labour's Joan Ferris has won the Harwick seat, with most ballots counted.",
    ),
    (
        "The Kestrels are on course to take the league title with two games left.",
        "The Kestrels took the league title with two games left.",
    ),
    (
        "Early returns suggest Mr Okoro is likely to keep his seat on the county board.",
        "Mr Okoro kept his seat on the county board, early returns show.",
    ),
    (
        "On the latest count Dr Amani is expected to win the chancellorship of Harwick University.",
        "Dr Amani has won the chancellorship of Harwick University on the latest count.",
    ),
    (
        "The Greens look likely to retain control of Harwick's planning committee after the recount.",
        "The Greens retained control of Harwick's planning committee after the recount.",
    ),
    (
        "Sorensen is on track to finish the Harwick marathon inside the course record, timing data show.",
        "Sorensen finished the Harwick marathon inside the course record, timing data show.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _PROJECTED)
def test_projected_act_told_as_done(source: str, rewrite: str) -> None:
    assert _flags_by_default(source, rewrite, days_apart=0)


_PROJECTION_KEPT = [
    # a later story may report the outcome the projection awaited
    (
        "With most ballots counted, Ms Ferris appears on track to win the Harwick seat.",
        "Labour's Joan Ferris has won the Harwick seat, with most ballots counted.",
        1,
    ),
    (
        "The Kestrels are on course to take the league title with two games left.",
        "The Kestrels took the league title on Saturday with a game to spare.",
        2,
    ),
    # a projection denied is no act ahead
    (
        "Early returns suggest Mr Okoro is not likely to keep his seat on the county board.",
        "Mr Okoro kept his seat on the county board, early returns show.",
        0,
    ),
    # another act than the one projected
    (
        "On the latest count Dr Amani is expected to win the chancellorship of Harwick University.",
        "Dr Amani has thanked the staff of Harwick University on the latest count.",
        0,
    ),
    # the act done by another actor than the one projected
    (
        "The Greens look likely to retain control of Harwick's planning committee after the recount.",
        "Labour retained control of Harwick's planning committee after the recount.",
        0,
    ),
    # another runner finished
    (
        "Sorensen is on track to finish the Harwick marathon inside the course record, timing data show.",
        "Halvorsen finished the Harwick marathon inside the course record, timing data show.",
        0,
    ),
]


@pytest.mark.parametrize(("source", "rewrite", "days_apart"), _PROJECTION_KEPT)
def test_projection_kept_or_settled_is_silent(source: str, rewrite: str, days_apart: int) -> None:
    assert not _flags_by_default(source, rewrite, days_apart)
