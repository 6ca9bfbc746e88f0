"""General causes of missed negation flips and dropped hedges, and of false alarms, read across many blind sets: a
"may" that invites contact or defines a permitted amount is no hedge; "expects that … will" and "expects a deficit of
…" forecast; a hedge in a subordinate clause keeps no hedge of the main claim; a figure given as someone's estimate
under a modal is a forecast when stated as fact; a verb group's adverb shows a noun-or-verb word to be a verb ("also
bans", "do not yet read"); a body's "heard" attributes, it is no act of hearing; a quoted promise is the speaker's
word. Every sentence is new."""

from __future__ import annotations

import pytest

from factcheck.checks.hedge_dropped import HedgeDroppedRule
from factcheck.checks.negation_flip import NegationFlipRule
from tests.assertions._helpers import run as run_pair

NEG = NegationFlipRule(id="t.negation-flip")
HEDGE = HedgeDroppedRule(id="t.hedge-dropped")


def _flipped(source: str, rewrite: str) -> list[str]:
    return [f.message for f in run_pair(NEG, rewrite, against=[source])]


def _dropped(source: str, rewrite: str) -> list[str]:
    return [f.message for f in run_pair(HEDGE, rewrite, against=[source])]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Tenants who have questions about the rent review may call the housing office on 0800 555.",
            "Tenants will have questions about the rent review, and the housing office is on 0800 555.",
        ),
        (
            "Readers with information about the fire may email the newsroom at tips@example.org.",
            "Readers with information about the fire will email the newsroom at tips@example.org.",
        ),
        (
            "Voters who need help may contact the electoral office before polling day.",
            "Voters who need help will contact the electoral office before polling day.",
        ),
        (
            "The regulation caps the total a single household may claim at £2,400 a year.",
            "Households will be able to claim no more than £2,400 a year under the regulation.",
        ),
        (
            "The new rules set the maximum each angler may keep at three fish a day.",
            "Each angler will keep no more than three fish a day under the new rules.",
        ),
        (
            "The order limits the amount a landlord may charge for a deposit to five weeks' rent.",
            "Landlords will be able to charge no more than five weeks' rent for a deposit under the order.",
        ),
    ],
)
def test_an_invitation_or_a_permitted_amount_is_no_hedge(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The total may reach £2,400 a household this year.", "The total will reach £2,400 a household this year."),
        (
            "Residents may call for a public inquiry into the closure next year.",
            "Residents will call for a public inquiry into the closure next year.",
        ),
        (
            "The union may call off the strike at the port next week.",
            "The union will call off the strike at the port next week.",
        ),
        (
            "The amount may rise to £3,000 a year for each household by 2030.",
            "The amount will rise to £3,000 a year for each household by 2030.",
        ),
        (
            "Visitors may double at the museum once the new wing opens in June.",
            "Visitors will double at the museum once the new wing opens in June.",
        ),
        (
            "The number of anglers may fall to 300 a season after the rule change.",
            "The number of anglers will fall to 300 a season after the rule change.",
        ),
    ],
)
def test_a_may_of_possibility_before_will_is_still_a_dropped_forecast(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The hospital trust expects that about 40 of the night nurses will be moved to the new ward in March.",
            "About 40 of the night nurses will be moved to the new ward in March.",
        ),
        (
            "Forecasters predict that the river will burst its banks at Henley by Sunday evening.",
            "The river will burst its banks at Henley by Sunday evening.",
        ),
        (
            "The airline anticipates that most of its grounded jets will return to service before Easter.",
            "Most of the airline's grounded jets will return to service before Easter.",
        ),
        (
            "For 2031, the treasury expects a deficit of around NZD 120 million, mainly because of lower dairy prices.",
            "The treasury will post a deficit of NZD 120 million in 2031, mainly because of lower dairy prices.",
        ),
        (
            "The club expects a surplus of about 2.4 million euros this season after the stadium sale.",
            "The club will make a surplus of 2.4 million euros this season after the stadium sale.",
        ),
        (
            "Next year the council forecasts an increase of roughly 6 per cent in bin collections.",
            "Bin collections will rise by 6 per cent next year, the council said.",
        ),
    ],
)
def test_a_that_clause_or_an_amount_forecast_stated_with_will_is_a_dropped_forecast(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The hospital trust expects that about 40 of the night nurses will be moved to the new ward in March.",
            "The hospital trust expects about 40 of the night nurses to be moved to the new ward in March.",
        ),
        (
            "Forecasters predict that the river will burst its banks at Henley by Sunday evening.",
            "Forecasters warn the river will burst its banks at Henley by Sunday evening.",
        ),
        (
            "The airline said that most of its grounded jets will return to service before Easter.",
            "Most of the airline's grounded jets will return to service before Easter.",
        ),
        (
            "The treasury expects a deficit of around NZD 120 million in 2031.",
            "The treasury expects to post a deficit of about NZD 120 million in 2031.",
        ),
        (
            "The club expects that the stadium, which was sold in May, will be demolished.",
            "The club's stadium was sold in May.",
        ),
        (
            "The council reported an increase of roughly 6 per cent in bin collections last year.",
            "Bin collections rose by 6 per cent last year, the council said.",
        ),
    ],
)
def test_a_forecast_kept_or_no_forecast_stays_silent(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The operator expects the new ferry to carry 900 passengers a day from April.",
            "The new ferry will carry 900 passengers a day from April, where a second berth is expected to open soon.",
        ),
        (
            "Analysts expect the bank to cut its rate to 3.5% in June.",
            "The bank will cut its rate to 3.5% in June, chiefly because inflation is expected to fall.",
        ),
        (
            "The company expects the plant to reopen in May with 200 staff.",
            "The plant will reopen in May with 200 staff, while a second site is due to open in 2030.",
        ),
        (
            "Organisers expect the festival to draw 30,000 visitors over the weekend.",
            "The festival will draw 30,000 visitors this weekend, mainly because the line-up is likely to sell out.",
        ),
        (
            "The board expects the merger to save 14 million dollars a year.",
            "The merger will save 14 million dollars a year, which the board hopes to spend on wages.",
        ),
        (
            "Engineers expect the tunnel to open to traffic in October.",
            "The tunnel will open to traffic in October, although the second bore is expected to take longer.",
        ),
    ],
)
def test_a_hedge_in_a_subordinate_clause_keeps_no_hedge_of_the_main_claim(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The operator expects the new ferry to carry 900 passengers a day from April.",
            "The new ferry is expected to carry 900 passengers a day from April, when a second berth opens.",
        ),
        (
            "Analysts expect the bank to cut its rate to 3.5% in June.",
            "The bank is expected to cut its rate to 3.5% in June, chiefly because inflation has fallen.",
        ),
        (
            "The company expects the plant to reopen in May with 200 staff.",
            "The plant is due to reopen in May with 200 staff, while a second site opened in 2024.",
        ),
        (
            "Organisers expect the festival to draw 30,000 visitors over the weekend.",
            "Organisers expect the festival to draw 30,000 visitors over the weekend, because the line-up sold out.",
        ),
        (
            "The board expects the merger to save 14 million dollars a year.",
            "The merger should save 14 million dollars a year, which the board will spend on wages.",
        ),
        (
            "Engineers expect the tunnel to open to traffic in October.",
            "The tunnel is likely to open to traffic in October, although the second bore will take longer.",
        ),
    ],
)
def test_a_hedge_in_the_restating_clause_still_keeps_it(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Hoteliers believe the closure could cost the town about 40,000 pounds a week in lost trade.",
            "The closure is costing the town about 40,000 pounds a week in lost trade.",
        ),
        (
            "The union estimates the new rota could save each driver up to 3,200 dollars a year.",
            "The new rota saves each driver up to 3,200 dollars a year.",
        ),
        (
            "Growers reckon the frost may have wiped out 60 per cent of the apricot crop in the valley.",
            "The frost wiped out 60 per cent of the apricot crop in the valley.",
        ),
        (
            "Officials think the outage might have affected 12,000 homes across the county on Tuesday.",
            "The outage affected 12,000 homes across the county on Tuesday.",
        ),
        (
            "Economists calculate that the levy could raise 850 million rand in its first year.",
            "The levy raises 850 million rand in its first year.",
        ),
        (
            "Campaigners believe the scheme could cut traffic on Mill Lane by 35 per cent at peak times.",
            "The scheme cuts traffic on Mill Lane by 35 per cent at peak times.",
        ),
    ],
)
def test_a_figure_given_as_an_estimate_under_a_modal_stated_as_fact_is_reported(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Hoteliers said the closure could cost the town about 40,000 pounds a week in lost trade.",
            "The closure is costing the town about 40,000 pounds a week in lost trade.",
        ),
        (
            "The union estimates the new rota could save each driver up to 3,200 dollars a year.",
            "The union estimates the new rota could save each driver up to 3,200 dollars a year.",
        ),
        (
            "Growers reckon the frost may have wiped out 60 per cent of the apricot crop in the valley.",
            "Growers fear the frost may have wiped out 60 per cent of the apricot crop in the valley.",
        ),
        (
            "Officials think the outage affected 12,000 homes across the county on Tuesday.",
            "The outage affected 12,000 homes across the county on Tuesday.",
        ),
        (
            "Economists calculate that the levy could raise 850 million rand in its first year.",
            "The levy could raise 850 million rand in its first year, economists calculate.",
        ),
        (
            "Campaigners believe the scheme could cut traffic on Mill Lane at peak times.",
            "The scheme cuts traffic on Mill Lane at peak times.",
        ),
    ],
)
def test_an_estimate_kept_or_no_figure_estimated_stays_silent(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The new code does not ban dogs from the northern beaches.",
            "The new code also bans dogs from the northern beaches.",
        ),
        (
            "The insurance policy does not cover flood damage to outbuildings.",
            "The insurance policy also covers flood damage to outbuildings.",
        ),
        (
            "Year 6 pupils do not yet read aloud to the younger classes.",
            "Year 6 pupils read aloud to the younger classes.",
        ),
        (
            "The treaty still limits catches of bluefin in the Adriatic.",
            "The treaty no longer limits catches of bluefin in the Adriatic.",
        ),
        (
            "The app does not yet support contactless payments on older phones.",
            "The app now supports contactless payments on older phones.",
        ),
        (
            "Most members do not always attend the monthly meetings in person.",
            "Most members always attend the monthly meetings in person.",
        ),
    ],
)
def test_a_verb_group_adverb_shows_a_noun_or_verb_word_to_be_a_verb(source: str, rewrite: str) -> None:
    assert len(_flipped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The new code does not ban dogs from the northern beaches.",
            "The new code does not ban dogs from the beaches.",
        ),
        (
            "The insurance policy also covers flood damage to outbuildings.",
            "The insurance policy covers flood damage to outbuildings and sheds.",
        ),
        ("Year 6 pupils do not yet read aloud to the younger classes.", "Year 6 pupils are not yet reading aloud."),
        (
            "The treaty also bans drift nets in the Adriatic.",
            "The treaty's bans on drift nets in the Adriatic are not new.",
        ),
        (
            "The app does not yet support contactless payments on older phones.",
            "Support for contactless payments on older phones is not yet in the app.",
        ),
        (
            "Most members do not always attend the monthly meetings in person.",
            "Most members do not attend the monthly meetings in person every time.",
        ),
    ],
)
def test_a_verb_read_by_its_adverb_kept_or_made_a_noun_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The driver told paramedics he had not seen the cyclist, the court heard.",
            "A paramedic told the court she did not hear the driver say he had not seen the cyclist.",
        ),
        (
            "The patient said she felt dizzy before the fall, an inquest has heard.",
            "A nurse told the inquest she did not hear the patient say she felt dizzy before the fall.",
        ),
        (
            "The pilot radioed that the engine had failed, a tribunal heard on Monday.",
            "A controller did not hear the pilot radio that the engine had failed, he told a tribunal on Monday.",
        ),
        (
            "The victim shouted for help from the flat, the jury was told.",
            "A neighbour said she did not hear the victim shout for help from the flat, the jury was told.",
        ),
        (
            "The banker warned colleagues the fund was insolvent, the inquiry heard.",
            "A colleague did not hear the banker warn that the fund was insolvent, she told the inquiry.",
        ),
        (
            "The boy cried out that he was trapped, the hearing has heard.",
            "A firefighter told the hearing he did not hear the boy cry out that he was trapped.",
        ),
    ],
)
def test_a_body_hearing_evidence_is_no_act_of_hearing(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The officer heard the man say he could not breathe, the inquest was told.",
            "The officer did not hear the man say he could not breathe, the inquest was told.",
        ),
        (
            "Neighbours heard shouting from the flat before the fire, the court heard.",
            "Neighbours did not hear shouting from the flat before the fire, the court heard.",
        ),
        (
            "The guard did not hear the alarm during the night shift.",
            "The guard heard the alarm during the night shift.",
        ),
        (
            "Residents heard the explosion across the valley on Sunday.",
            "Residents did not hear the explosion across the valley on Sunday.",
        ),
        (
            "The pilot did not hear the warning from the tower before take-off.",
            "The pilot heard the warning from the tower before take-off.",
        ),
        (
            "The panel did not hear evidence from the police on Tuesday.",
            "The panel heard evidence from the police on Tuesday.",
        ),
    ],
)
def test_hearing_as_an_act_still_flips(source: str, rewrite: str) -> None:
    assert len(_flipped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            'The scheme took in $90 million, promising savers their deposits were "never invested in crypto."',
            "Records showed the savers' deposits had been invested in crypto by the scheme.",
        ),
        (
            'The landlord assured tenants the flats "would never be sold to developers."',
            "The flats were sold to developers, the landlord's tenants said.",
        ),
        (
            'The club pledged that the ground "will not be moved out of the city."',
            "The ground will be moved out of the city, the club announced on Friday.",
        ),
        (
            'The firm guaranteed buyers the cars had "never been used as taxis."',
            "Logbooks show the firm's cars had been used as taxis.",
        ),
        (
            'The minister vowed the hospital "will not close its maternity unit."',
            "The hospital will close its maternity unit, the health board said.",
        ),
        (
            'The charity promised donors their gifts were "not spent on salaries."',
            "An audit found the charity's gifts from donors were spent on salaries.",
        ),
    ],
)
def test_a_quoted_promise_is_the_speakers_word(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Records showed the savers' deposits were never invested in crypto.",
            "Records showed the savers' deposits had been invested in crypto.",
        ),
        (
            'The landlord told tenants the flats "would not be sold to developers."',
            'The landlord told tenants the flats "would be sold to developers."',
        ),
        (
            "The club said the ground will not be moved out of the city.",
            "The club said the ground will be moved out of the city.",
        ),
        (
            "The firm's cars had never been used as taxis, logbooks show.",
            "The firm's cars had been used as taxis, logbooks show.",
        ),
        (
            "The hospital will not close its maternity unit, the health board said.",
            "The hospital will close its maternity unit, the health board said.",
        ),
        (
            "An audit found the charity's gifts were not spent on salaries.",
            "An audit found the charity's gifts were spent on salaries.",
        ),
    ],
)
def test_an_unquoted_or_unpromised_claim_still_flips(source: str, rewrite: str) -> None:
    assert len(_flipped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Planning officers confirmed the field is not within the green belt.",
            "The field lies within the green belt, planning officers confirmed.",
        ),
        ("The quarry does not lie within the national park.", "The quarry lies within the national park."),
        (
            "The late ballots were not within the statutory deadline, the returning officer said.",
            "The late ballots were within the statutory deadline, the returning officer said.",
        ),
        (
            "The new depot sits inside the flood zone, the agency's map shows.",
            "The new depot is not inside the flood zone, the agency's map shows.",
        ),
        (
            "The cottage is outside the conservation area boundary.",
            "The cottage does not sit outside the conservation area boundary.",
        ),
        (
            "The farm falls within the nitrate vulnerable zone and must keep records.",
            "The farm does not fall within the nitrate vulnerable zone and must keep records.",
        ),
    ],
)
def test_a_limit_denied_is_its_other_side(source: str, rewrite: str) -> None:
    assert len(_flipped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Planning officers confirmed the field is not within the green belt.",
            "The field lies outside the green belt, planning officers confirmed.",
        ),
        ("The quarry does not lie within the national park.", "The quarry is not within the national park."),
        (
            "The late ballots were not within the statutory deadline, the returning officer said.",
            "The late ballots were outside the statutory deadline, the returning officer said.",
        ),
        (
            "The new depot sits inside the flood zone, the agency's map shows.",
            "The new depot lies within the flood zone, the agency's map shows.",
        ),
        (
            "The cottage is outside the conservation area but inside the parish boundary.",
            "The cottage is inside the parish boundary but not within the conservation area.",
        ),
        (
            "The farm does not fall within the nitrate vulnerable zone and need not keep records.",
            "The farm lies beyond the nitrate vulnerable zone and need not keep records.",
        ),
    ],
)
def test_a_limit_on_the_same_side_in_other_words_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Tan will keep training at the academy in Kiara and may be paired with another player in sessions.",
            "Tan will keep training at the academy in Kiara, where he may partner other players in sessions.",
        ),
        (
            "The ferry will keep sailing from Oban and could call at Mull on some summer weekends.",
            "The ferry will keep sailing from Oban, which could call at Mull on some summer weekends.",
        ),
    ],
)
def test_a_subordinate_clause_that_restates_the_hedged_predicate_keeps_its_hedge(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)
