"""negation-flip, causal-reversal, hedge-dropped, unsupported-claim: a rewrite against its source."""

from __future__ import annotations

import pytest

from factcheck.checks.causal_reversal import CausalReversalRule
from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule
from factcheck.rules.loader import load_rules
from tests.assertions._helpers import run

NEG = NegationFlipRule(id="t.negation-flip")
CAUSAL = CausalReversalRule(id="t.causal-reversal")
HEDGE = HedgeDroppedRule(id="t.hedge-dropped", routine_severity="info", report=EVERY_DROP)  # every kind, routine too
UNSUP = UnsupportedClaimRule(id="t.unsupported-claim", claims=EVERY_CLAIM)  # the opt-in kinds too

NEGATION_FLAGS = [
    (
        "The finance minister did not resign after the budget vote on Monday.",
        "The finance minister resigned after the budget vote on Monday.",
    ),
    (
        "The harbour authority approved the new terminal plan last week.",
        "The harbour authority did not approve the new terminal plan last week.",
    ),
    (
        "Rebel fighters never reached the provincial capital during the offensive.",
        "Rebel fighters reached the provincial capital during the offensive.",
    ),
    (
        "The striking nurses accepted the hospital's revised pay offer on Friday.",
        "The striking nurses didn't accept the hospital's revised pay offer on Friday.",
    ),
    (
        "The central bank raised interest rates at its March meeting.",
        "The central bank did not raise interest rates at its March meeting.",
    ),
    (
        "Inspectors found no traces of the banned pesticide in the river samples.",
        "Inspectors found traces of the banned pesticide in the river samples.",
    ),
    (
        "The senator voted for the infrastructure bill in the final reading.",
        "The senator did not vote for the infrastructure bill in the final reading.",
    ),
    (
        "The airline cancelled its morning flights to the island because of the storm.",
        "The airline has not cancelled its morning flights to the island because of the storm.",
    ),
    (
        "The mayor no longer supports the stadium project in the east district.",
        "The mayor supports the stadium project in the east district.",
    ),
    (
        "Police arrested the driver of the delivery van near the station.",
        "Police failed to arrest the driver of the delivery van near the station.",
    ),
    (
        "The committee published the audit of the city's water utility.",
        "The committee never published the audit of the city's water utility.",
    ),
]
NEGATION_PASSES = [
    (
        "The finance minister did not resign after the budget vote on Monday.",
        "After the budget vote on Monday, the finance minister did not resign.",
    ),
    (
        "The harbour authority approved the new terminal plan last week.",
        "Last week the harbour authority approved the new terminal plan.",
    ),
    (
        "Rebel fighters never reached the provincial capital during the offensive.",
        "During the offensive rebel fighters failed to reach the provincial capital.",
    ),
    (
        "The striking nurses accepted the hospital's revised pay offer on Friday.",
        "On Friday the striking nurses accepted the revised pay offer from the hospital.",
    ),
    (
        "The central bank raised interest rates at its March meeting.",
        "Interest rates were raised by the central bank at its March meeting.",
    ),
    (
        "The senator voted for the infrastructure bill in the final reading.",
        "In the final reading, the senator voted for the infrastructure bill.",
    ),
    (
        "The airline cancelled its morning flights to the island.",
        "Morning flights to the island were cancelled by the airline.",
    ),
    (
        "The mayor no longer supports the stadium project in the east district.",
        "The stadium project in the east district no longer has the mayor's support.",
    ),
    (
        "Police did not arrest the driver of the delivery van near the station.",
        "Police failed to arrest the driver of the delivery van near the station.",
    ),
    (
        "The committee published the audit of the city's water utility.",
        "The audit of the city's water utility was published by the committee.",
    ),
    (
        "The committee published the audit of the city's water utility.",
        "Farmers in the valley expect a late harvest this autumn.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_FLAGS)
def test_negation_flip_flags(source: str, rewrite: str) -> None:
    found = run(NEG, rewrite, against=[source])
    assert len(found) == 1, found
    assert found[0].evidence[0].document == "000.txt" and found[0].evidence[1].document == "src0.txt"


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_PASSES)
def test_negation_flip_passes(source: str, rewrite: str) -> None:
    assert run(NEG, rewrite, against=[source]) == []


CAUSAL_FLAGS = [
    (
        "The club won the league despite the loss of its captain to injury.",
        "The club won the league because of the loss of its captain to injury.",
    ),
    (
        "Exports grew in the second quarter despite the strong currency.",
        "Exports grew in the second quarter thanks to the strong currency.",
    ),
    (
        "The rebels advanced despite heavy government air strikes on their positions.",
        "The rebels advanced due to heavy government air strikes on their positions.",
    ),
    (
        "Sales of electric cars rose although the state subsidy program ended.",
        "Sales of electric cars rose because the state subsidy program ended.",
    ),
    (
        "The bridge reopened on time in spite of the winter flooding of the river.",
        "The bridge reopened on time as a result of the winter flooding of the river.",
    ),
    (
        "Turnout fell even though the polling stations stayed open longer.",
        "Turnout fell because the polling stations stayed open longer.",
    ),
    (
        "The shares climbed due to strong quarterly profits at the mining group.",
        "The shares climbed despite strong quarterly profits at the mining group.",
    ),
    (
        "The harvest failed because of the long summer drought in the south.",
        "The harvest failed despite the long summer drought in the south.",
    ),
    (
        "The school closed thanks to falling pupil numbers in the village.",
        "The school closed despite falling pupil numbers in the village.",
    ),
    (
        "Prices rose as a result of the new fuel tax on transport firms.",
        "Prices rose in spite of the new fuel tax on transport firms.",
    ),
    (
        "The army regained ground despite deploying fresh reserve brigades from the north.",
        "The army regained ground in part due to the addition of fresh reserve brigades from the north.",
    ),
]
CAUSAL_PASSES = [
    (
        "The club won the league despite the loss of its captain to injury.",
        "Despite losing its captain to injury, the club won the league.",
    ),
    (
        "Exports grew in the second quarter despite the strong currency.",
        "Exports grew in the second quarter even though the currency was strong.",
    ),
    (
        "The rebels advanced despite heavy government air strikes.",
        "In spite of heavy government air strikes, the rebels advanced.",
    ),
    (
        "Sales of electric cars rose because of the state subsidy program.",
        "Sales of electric cars rose thanks to the state subsidy program.",
    ),
    (
        "The bridge reopened on time despite the winter flooding of the river.",
        "The bridge reopened on time after the winter flooding of the river.",
    ),
    (
        "Turnout fell even though the polling stations stayed open longer.",
        "Turnout fell although the polling stations stayed open longer.",
    ),
    (
        "The shares climbed due to strong quarterly profits at the mining group.",
        "The shares climbed on strong quarterly profits at the mining group.",
    ),
    (
        "The harvest failed because of the long summer drought in the south.",
        "The long summer drought in the south led to a failed harvest.",
    ),
    (
        "The school closed despite protests by parents in the village.",
        "The school closed due to falling pupil numbers, despite protests by parents in the village.",
    ),
    (
        "Prices rose as a result of the new fuel tax on transport firms.",
        "Prices rose because of the new fuel tax on transport firms.",
    ),
    (
        "The club won the league despite the loss of its captain to injury.",
        "The club won the league because of its new striker, despite the loss of its captain.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), CAUSAL_FLAGS)
def test_causal_reversal_flags(source: str, rewrite: str) -> None:
    found = run(CAUSAL, rewrite, against=[source])
    assert len(found) == 1, found


@pytest.mark.parametrize(("source", "rewrite"), CAUSAL_PASSES)
def test_causal_reversal_passes(source: str, rewrite: str) -> None:
    assert run(CAUSAL, rewrite, against=[source]) == []


HEDGE_FLAGS = [
    (
        "The suspect fled the country on a forged passport, police said.",
        "The suspect fled the country on a forged passport.",
    ),
    (
        "The minister reportedly accepted gifts from the construction firm.",
        "The minister accepted gifts from the construction firm.",
    ),
    (
        "The director allegedly destroyed the company's tax records.",
        "The director destroyed the company's tax records.",
    ),
    (
        "According to the ministry, forty soldiers died in the ambush near the pass.",
        "Forty soldiers died in the ambush near the pass.",
    ),
    (
        "The drone strike may have killed the militia commander in his convoy.",
        "The drone strike killed the militia commander in his convoy.",
    ),
    (
        "The fire could have started in the basement kitchen of the hotel.",
        "The fire started in the basement kitchen of the hotel.",
    ),
    (
        "Rebels seized the airport on Sunday. The claim could not be independently verified.",
        "Rebels seized the airport on Sunday.",
    ),
    (
        "The company likely overstated its revenue in the annual filing.",
        "The company overstated its revenue in the annual filing.",
    ),
    (
        "The vaccine appears to reduce hospital admissions among older patients.",
        "The vaccine reduces hospital admissions among older patients.",
    ),
    ("The governor told reporters that the dam had been breached overnight.", "The dam had been breached overnight."),
    (
        "The coach probably broke league rules by paying the young players.",
        "The coach broke league rules by paying the young players.",
    ),
]
HEDGE_PASSES = [
    (
        "The suspect fled the country on a forged passport, police said.",
        "Police said the suspect fled the country on a forged passport.",
    ),
    (
        "The minister reportedly accepted gifts from the construction firm.",
        "The minister allegedly accepted gifts from the construction firm.",
    ),
    (
        "The director allegedly destroyed the company's tax records.",
        "Prosecutors claim the director destroyed the company's tax records.",
    ),
    (
        "According to the ministry, forty soldiers died in the ambush near the pass.",
        "Forty soldiers died in the ambush near the pass, the ministry said.",
    ),
    (
        "The drone strike may have killed the militia commander in his convoy.",
        "The drone strike might have killed the militia commander in his convoy.",
    ),
    ("The fire started in the basement kitchen of the hotel.", "The fire started in the hotel's basement kitchen."),
    (
        "Rebels seized the airport on Sunday. The claim could not be independently verified.",
        "Rebels seized the airport on Sunday, although this could not be verified.",
    ),
    (
        "The company likely overstated its revenue in the annual filing.",
        "The company is likely to have overstated its revenue in the annual filing.",
    ),
    (
        "The vaccine appears to reduce hospital admissions among older patients.",
        "“The vaccine reduces hospital admissions among older patients,” one doctor added.",
    ),
    (
        "The governor told reporters that the dam had been breached overnight.",
        "According to the governor, the dam had been breached overnight.",
    ),
    (
        "The coach broke league rules by paying the young players.",
        "The coach broke league rules by paying the young players.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), HEDGE_FLAGS)
def test_hedge_dropped_flags(source: str, rewrite: str) -> None:
    found = run(HEDGE, rewrite, against=[source])
    assert len(found) == 1, found
    assert found[0].severity == "error" or found[0].values["source"] in ("attributed", "hedged")


@pytest.mark.parametrize(("source", "rewrite"), HEDGE_PASSES)
def test_hedge_dropped_passes(source: str, rewrite: str) -> None:
    assert run(HEDGE, rewrite, against=[source]) == []


SOURCE = (
    "The city council approved the new budget on Monday evening. The budget raises spending on schools and "
    "public transport. Council member Ana Ruiz voted against the plan, citing the cost of the tram extension."
)
UNSUPPORTED_FLAGS = [
    "The mayor said 40 new teachers will be hired next year.",
    "Taxes on property will rise by 12% from January.",
    "The opposition leader Karl Weber announced a referendum on the plan.",
    "“This is the worst budget in a generation,” a local shopkeeper told the newspaper.",
    "Three council members were absent from the Monday meeting because of illness.",
    "Governor Lina Park threatened to veto the spending plan within days.",
    "The new stadium will cost about $250 million over five years.",
    "Police Chief Omar Said resigned after the vote in protest.",
    "The regional auditor Maria Stone opened an inquiry into the council's accounts.",
    "Local unions called a two-day strike at the central bus depot.",
    "Hospital director Paul Brand fired two surgeons on Tuesday.",
]
UNSUPPORTED_PASSES = [
    "On Monday evening the city council approved its new budget.",
    "The new budget raises spending on schools and public transport.",
    "Ana Ruiz voted against the plan because of the cost of the tram extension.",
    "Council member Ana Ruiz opposed the budget over the tram extension's cost.",
    "Schools and public transport get more money in the budget.",
    "The council approved the budget.",
    "It was a long evening.",
    "It was a long evening for everyone in the chamber.",
    "The vote came on Monday evening after a long debate on the new budget.",
    "Spending on public transport and schools rises under the new budget approved by the city council.",
    "Council member Ana Ruiz voted against the new budget plan on Monday.",
]


@pytest.mark.parametrize("sentence", UNSUPPORTED_FLAGS)
def test_unsupported_claim_flags(sentence: str) -> None:
    rewrite = "The city council approved the new budget on Monday evening. " + sentence
    found = run(UNSUP, rewrite, against=[SOURCE])
    assert [f.evidence[-1].text for f in found] == [sentence]  # (a record claim's own words are quoted first)


@pytest.mark.parametrize("sentence", [s for s in UNSUPPORTED_FLAGS if "in a generation" not in s])  # that one: a record
def test_the_default_unsupported_claim_leaves_new_figures_quotes_and_acts_to_an_opt_in(sentence: str) -> None:
    """Measured blind, a rewrite's new number, quote, date or act was the rewrite's own reporting 60 times in 63."""
    default = next(r for r in load_rules(None).rules if r.type == "unsupported-claim")
    rewrite = "The city council approved the new budget on Monday evening. " + sentence
    assert run(default, rewrite, against=[SOURCE]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first budget in the city's history to pass without a single amendment.",
        "The vote made the council the only one in the region to raise spending on trams this year.",
        "The budget is the largest the city has ever passed.",
    ],
)
def test_the_default_unsupported_claim_flags_a_record_no_source_makes(sentence: str) -> None:
    default = next(r for r in load_rules(None).rules if r.type == "unsupported-claim")
    rewrite = "The city council approved the new budget on Monday evening. " + sentence
    assert [f.evidence[-1].text for f in run(default, rewrite, against=[SOURCE])] == [sentence]


@pytest.mark.parametrize("sentence", UNSUPPORTED_PASSES)
def test_unsupported_claim_passes(sentence: str) -> None:
    rewrite = "The city council approved the new budget on Monday evening. " + sentence
    assert run(UNSUP, rewrite, against=[SOURCE]) == []


def test_unsupported_claim_needs_a_source_in_corpus_mode() -> None:
    """Without --against and with no detected rewrite, original reporting is never flagged."""
    assert run(UNSUP, ["The mayor said 40 new teachers will be hired.", "Rain is expected on Sunday."]) == []


# near misses: a faithful rewrite that qualifies the claim in its own words, or whose source's qualifier bears on
# another part of the sentence
HEDGE_NEAR_MISSES = [
    (
        "The labels of oat drinks may soon carry a statement comparing their protein with cow's milk.",
        "Oat drinks are expected to soon carry a label statement comparing their protein with cow's milk.",
    ),
    (
        "The founder of the bankrupt courier firm was arrested on Friday, weeks after it closed amid reports of "
        "possibly forged invoices.",
        "The founder of the bankrupt courier firm was arrested on Friday.",
    ),
    (
        "A survey by the Statistics Office found that rents rose by a fifth in the capital last year.",
        "A survey by the Statistics Office showed that rents rose by a fifth in the capital last year.",
    ),
    (
        "On 2 June, the rail operator Nordbahn announced that it had cancelled all night trains to the coast.",
        "Nordbahn cancelled all night trains to the coast in June.",
    ),
    (
        "The ferry entered service on 6 May 2019, carrying the premier on its first crossing to the islands.",
        "The ferry carried the premier on its first crossing to the islands in 2019.",
    ),
    (
        "The museum reopened its east wing on Monday; its director said the west wing would follow in spring.",
        "The museum reopened its east wing on Monday.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), HEDGE_NEAR_MISSES)
def test_hedge_dropped_near_misses(source: str, rewrite: str) -> None:
    assert run(HEDGE, rewrite, against=[source]) == []


def test_hedge_dropped_still_flags_a_dropped_attribution_to_another_party() -> None:
    """Naming the announcer keeps an announcement; a claim by someone else that the rewrite drops is still flagged."""
    source = "The port of Varna closed its grain terminal on Sunday, the transport ministry said."
    found = run(HEDGE, "The port of Varna closed its grain terminal on Sunday.", against=[source])
    assert len(found) == 1 and found[0].values["source"] == "attributed"


# a claim from another outlet, or an original report, is not a rewrite of the text it is checked against
UNSUPPORTED_NOT_A_REWRITE = [
    (SOURCE, "The mayor said 40 new teachers will be hired next year."),
    (SOURCE, "Governor Lina Park threatened to veto the spending plan. Three unions called a strike on Friday."),
    (
        "Rebels took the northern border crossing on Tuesday, officials said.",
        "The central bank cut its main interest rate to 4% on Thursday, the third cut this year.",
    ),
    (
        SOURCE,
        "Hospital director Paul Brand fired two surgeons on Tuesday. The surgeons plan to appeal within 30 days. "
        "The council approved the budget on Monday evening.",
    ),
]


@pytest.mark.parametrize(("source", "text"), UNSUPPORTED_NOT_A_REWRITE)
def test_unsupported_claim_needs_a_document_that_restates_its_source(source: str, text: str) -> None:
    assert run(UNSUP, text, against=[source]) == []


def test_unsupported_claim_in_a_longer_rewrite_names_what_restates() -> None:
    rewrite = (
        "The city council approved the new budget on Monday evening. It raises spending on schools and public "
        "transport. Council member Ana Ruiz voted against it over the cost of the tram extension. "
        "The mayor said 40 new teachers will be hired next year."
    )
    found = run(UNSUP, rewrite, against=[SOURCE])
    assert [f.evidence[0].text for f in found] == ["The mayor said 40 new teachers will be hired next year."]
    assert "though 3 of its 3 other sentences restate src0" in found[0].message


NEGATION_NEAR_MISSES = [
    # a negator that is part of a title, inside a "with no …" phrase, or a litotes is not the clause's negation
    (
        "The belt was first shown at All or Nothing in Leeds on 23 May 2019.",
        "The belt was first shown in Leeds on 23 May 2019.",
    ),
    (
        "The single peaked at number 12 on the national chart with no radio play.",
        "The single peaked at number 12 on the national chart.",
    ),
    (
        "It was not uncommon for village boys to be sent to the city before they turned 14.",
        "Many village boys were sent to the city before they turned 14.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_NEAR_MISSES)
def test_negation_flip_near_misses(source: str, rewrite: str) -> None:
    assert run(NEG, rewrite, against=[source]) == []


@pytest.mark.parametrize(
    ("source", "rewrite", "reported"),
    [
        ("Prices could rise 4% next year, the bank said.", "Prices will rise 4% next year, the bank said.", True),
        (
            "The man allegedly took £40,000 from the charity's accounts.",
            "The man took £40,000 from the charity's accounts.",
            True,
        ),
        ("Prosecutors allege the man took £40,000 from the charity.", "The man took £40,000 from the charity.", True),
        # opt-in kinds: another hedge before a plain past, and an attribution
        ("The plane may have hydroplaned on ice as it landed.", "The plane hydroplaned on ice as it landed.", False),
        (
            "The warehouse fire was started deliberately, police said.",
            "The warehouse fire was started deliberately.",
            False,
        ),
    ],
)
def test_the_default_hedge_dropped_reports_forecasts_and_allegations(source: str, rewrite: str, reported: bool) -> None:
    """Measured blind: a forecast's dropped hedge right 19 times in 20, other hedges 5 in 21, attributions 0 in 7."""
    default = next(r for r in load_rules(None).rules if r.type == "hedge-dropped")
    found = run(default, rewrite, against=[source])
    assert bool(found) == reported
    assert bool(run(HEDGE, rewrite, against=[source])) is True  # every kind on: each is a drop
