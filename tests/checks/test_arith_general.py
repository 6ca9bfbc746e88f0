"""Single-document arithmetic in wordings of every register: wholes with an owner or pointed back to, hedged shares in
dash asides, the group "those" points back to, counts placed in a ranking, lists after a clause, and breakdowns of an
amount stated in the sentence before. Each rule: hits that must be flagged, near-misses that must stay silent or
pass."""

from __future__ import annotations

import pytest
from _run import default_rule, run


def findings(check: str, text: str) -> list[str]:
    return [f.message for f in run(default_rule(check), text).findings]


# --- percent-of: the whole owned by a name of several words, or pointed back to by "those"/"these" -----------------

OWNED_HITS = [
    "Only 40 of New Zealand's 67 councils – about a third – met the deadline.",
    "Some 12 of Los Angeles County's 88 cities, or roughly 40 per cent, have adopted the rule.",
    "Of those 1,500 applicants, 300 — more than half — were offered a place.",
    "Of these 640 households, 160, or nearly two-thirds, said they had cut back on heating.",
    "Barely 9 of the United Kingdom's 46 cathedrals (about 45%) charge for entry.",
    "Of those 2,000 respondents, 900 — under a third — said they trusted the council.",
]
OWNED_NEAR_MISSES = [
    # the share fits
    "Only 22 of New Zealand's 67 councils – about a third – met the deadline.",
    "Of those 1,500 applicants, 800 — more than half — were offered a place.",
    "Of these 640 households, 410, or nearly two-thirds, said they had cut back on heating.",
    # the possessive owns another figure: no whole of the part in the sentence
    "The mayor said 40 of the bids came from New Zealand's largest firms – about a third.",
    # "more than half" of a whole the part exceeds the half of
    "Of those 2,000 respondents, 1,150 — more than half — said they trusted the council.",
    # a share of another whole, named after it
    "Just 38 of South Africa's 257 municipalities, or 12% of the national budget, were audited.",
]


@pytest.mark.parametrize("text", OWNED_HITS)
def test_a_share_of_an_owned_or_pointed_back_whole_that_does_not_fit_is_flagged(text: str) -> None:
    assert len(findings("percent-of", text)) == 1


@pytest.mark.parametrize("text", OWNED_NEAR_MISSES)
def test_an_owned_whole_whose_share_fits_or_is_of_another_whole_is_silent(text: str) -> None:
    assert findings("percent-of", text) == []


def test_the_message_states_the_part_the_whole_and_the_computed_share() -> None:
    assert findings("percent-of", OWNED_HITS[0]) == ["40 of 67 is 59.7%, not about a third"]


def test_those_opening_the_next_paragraph_points_back_to_the_sentence_before() -> None:
    text = (
        "The trust had 48,000 people on its list in May, up from 45,000 a year earlier.\n\nOf those, 11,000 – "
        "nearly a third – had waited more than 18 weeks."
    )
    assert findings("percent-of", text) == ["11,000 of 48,000 (the sentence before) is 22.92%, not nearly a third"]
    named = "The college enrolled 2,400 students this autumn.\n\nOf those students, 900 study at night, or 45 percent."
    assert findings("percent-of", named) == ["900 of 2,400 (the sentence before) is 37.5%, not 45 percent"]


# --- percent-of: "Of those" points back to the level the sentence before states, not its earlier level or change ---

THOSE_HITS = [
    "The hospital had 8,400 patients waiting at the end of June, up from 7,900 a year before. Of those, 1,200 — about "
    "a third — had waited longer than a year.",
    "Enrolment reached 3,600 students this autumn, an increase of 400. Of those, 2,100 – nearly a quarter – study "
    "part-time.",
    "Police logged 920 thefts in the quarter, down from 1,050 in the spring. Of those, 600, or about a fifth, were "
    "of bicycles.",
    "The charity housed 5,200 families last winter, a rise of 700 on the year before. Of those, 1,000 — roughly half "
    "— had children under five.",
    "The airline carried 48,000 passengers in March, up from 41,000 a year earlier. Of those, 30,000 - about a third "
    "- flew on business.",
    "The library lent 12,000 e-books in 2025, an increase of 3,000. Of those, 2,400 — nearly two-thirds — were novels.",
]
THOSE_NEAR_MISSES = [
    # the share fits the level
    "The hospital had 8,400 patients waiting at the end of June, up from 7,900 a year before. Of those, 2,800 — about "
    "a third — had waited longer than a year.",
    "Enrolment reached 3,600 students this autumn, an increase of 400. Of those, 880 – nearly a quarter – study "
    "part-time.",
    "Police logged 920 thefts in the quarter, down from 1,050 in the spring. Of those, 180, or about a fifth, were "
    "of bicycles.",
    # two levels, neither a change's start: which one "those" points back to is not said
    "The hospital had 8,400 patients waiting in June and 7,900 in July. Of those, 1,200 — about a third — had "
    "waited longer than a year.",
    # "Of those" opening the next paragraph, whose sentence before holds two levels
    "The charity housed 5,200 families last winter and 4,500 the winter before.\n\nOf those, 1,000 — roughly half "
    "— had children under five.",
    # a level after "rose to … from": nothing is read as the whole when two figures stay
    "Membership rose to 9,000 from 7,500 last year. Of those, 3,000 — about a half — are under 30.",
]


@pytest.mark.parametrize("text", THOSE_HITS)
def test_a_share_of_the_level_those_points_back_to_is_checked(text: str) -> None:
    assert len(findings("percent-of", text)) == 1


@pytest.mark.parametrize("text", THOSE_NEAR_MISSES)
def test_a_fitting_share_or_an_unclear_whole_of_those_is_silent(text: str) -> None:
    assert findings("percent-of", text) == []


def test_the_whole_of_those_is_the_level_not_the_earlier_level() -> None:
    expected = "1,200 of 8,400 (the sentence before) is 14.29%, not about a third"
    assert findings("percent-of", THOSE_HITS[0]) == [expected]


# --- count-vs-list: a count placed in a ranking, a count with a short phrase of place, a reduced clause with an adverb

COUNT_HITS = [
    "Four British films made the top 50 this year – Aftersun, Rye Lane and Scrapper.",
    "Three clubs from the region now rank among the country's top 20: Ashby, Belper, Crich and Denby.",
    "Five schools in the county entered the top 100: Alder, Beech, Cedar and Damson.",
    "The two towns worst affected by the storm – Carlisle, Cockermouth and Keswick – will get extra funds.",
    "Aid will go first to the three districts badly damaged by the storm – Ardee, Baltray, Collon and Dunleer – "
    "officials said.",
    "Two players broke into the top 10 this season: Ana Ruiz, Bea Lind and Cara Moss.",
]
COUNT_NEAR_MISSES = [
    # the count agrees
    "Four British films made the top 50 this year – Aftersun, Rye Lane, Scrapper and Polite Society.",
    "Five schools in the county entered the top 100: Alder, Beech, Cedar, Damson and Elm.",
    "The two towns worst affected by the storm – Carlisle and Cockermouth – will get extra funds.",
    # "made" with an object, not a rank: the list may name the offers' makers or the offers
    "Three firms made offers: Acme, Bolt, Crane and Dune.",
    # a partial list
    "Four British films made the top 50 this year, among them Aftersun and Rye Lane.",
    # the rank's number is no count of the list
    "Three clubs now rank among the top 20: Ashby, Belper and Crich.",
]


@pytest.mark.parametrize("text", COUNT_HITS)
def test_a_count_followed_by_a_list_of_another_length_is_flagged(text: str) -> None:
    assert len(findings("count-vs-list", text)) == 1


@pytest.mark.parametrize("text", COUNT_NEAR_MISSES)
def test_a_matching_or_partial_list_is_silent(text: str) -> None:
    assert findings("count-vs-list", text) == []


def test_a_name_opening_on_a_click_letter_is_one_item() -> None:
    text = "Relief goes first to the four regions hardest hit – Kunene, Omusati, Erongo and //Karas – this month."
    assert findings("count-vs-list", text) == []
    assert findings("count-vs-list", text.replace("Erongo and", "Erongo, Hardap and")) == [
        "'four regions' are followed by 5 items"
    ]


CHANGES = (
    "City won again.\n\nThe coach made {n} changes to the side beaten in Cork, bringing in Ross Kyle, Aidan Moore "
    "and Jack Dunne, and the new back row gave them a platform.\n\nIt worked."
)


def test_the_players_brought_in_end_where_a_new_clause_opens() -> None:
    assert findings("count-vs-list", CHANGES.format(n="four")) == ["'four changes' bring in 3 players"]
    assert findings("count-vs-list", CHANGES.format(n="three")) == []


# --- sum-of-parts: an amount of one unit, or a count after "the breakdown was", stated in the sentence before --------

SUM_HITS = [
    "A total of 6.4 million kilograms was offered at the sale. The offering was made up of 3.1 million kg of "
    "low-grown tea, 1.6 million kg of medium-grown tea and 1.2 million kg of high-grown tea.",
    "The district harvested 82,000 tonnes of grain this year. The crop was split between 40,000 tonnes of wheat, "
    "25,000 tonnes of barley and 12,000 tonnes of oats.",
    "The firm sold 14.6 lakh vehicles in the quarter. The breakdown given in its filing was 11.2 lakh motorcycles, "
    "2.1 lakh scooters and 0.8 lakh mopeds.",
    "Turnout reached 61,200 voters on Thursday. The breakdown was 30,100 city voters, 20,400 suburban voters and "
    "9,800 rural voters.",
    "Of the mine's 6,100 employees, 3,420 work underground, 1,760 in the plant and the remaining 1,020 in "
    "administration.",
    "Of Kenya's 47 counties, 20 voted yes, 15 voted no and 10 abstained.",
    # of two sums before, the one the subject's noun follows
    "The council approved a £412m budget that includes £14m of savings. The net budget is split between £180m for "
    "care, £95m for schools and £60m for everything else.",
]
SUM_NEAR_MISSES = [
    # the parts add up
    "A total of 6.4 million kilograms was offered at the sale. The offering was made up of 3.1 million kg of "
    "low-grown tea, 1.9 million kg of medium-grown tea and 1.4 million kg of high-grown tea.",
    "The firm sold 14.6 lakh vehicles in the quarter. The breakdown given in its filing was 11.2 lakh motorcycles, "
    "2.6 lakh scooters and 0.8 lakh mopeds.",
    # two amounts in the parts' unit before: which one they break down is not said
    "The district harvested 82,000 tonnes of grain this year and 75,000 tonnes last year. The crop was split between "
    "40,000 tonnes of wheat, 25,000 tonnes of barley and 12,000 tonnes of oats.",
    # plain counts after a verb head other than "the breakdown was": the counts before may be of other things
    "The firm employs 900 staff at 12 sites. The workforce is made up of 500 engineers, 300 drivers and 50 cleaners.",
    # the amount before is in another unit than the parts
    "The district harvested 82,000 hectares this year. The crop was split between 40,000 tonnes of wheat, 25,000 "
    "tonnes of barley and 12,000 tonnes of oats.",
    # two sums before, neither followed by the subject's noun
    "The council approved £412m of spending and £14m of savings. The plan is split between £180m for care, £95m for "
    "schools and £60m for everything else.",
    # the parts add up with a remainder
    "Of the mine's 6,100 employees, 3,420 work underground, 1,760 in the plant and the remaining 920 in "
    "administration.",
]


@pytest.mark.parametrize("text", SUM_HITS)
def test_parts_that_do_not_add_up_to_the_total_are_flagged(text: str) -> None:
    assert len(findings("sum-of-parts", text)) == 1


@pytest.mark.parametrize("text", SUM_NEAR_MISSES)
def test_parts_that_add_up_or_of_an_unclear_total_are_silent(text: str) -> None:
    assert findings("sum-of-parts", text) == []


def test_the_message_shows_the_sum_and_the_total_before() -> None:
    expected = "11.2 lakh + 2.1 lakh + 0.8 lakh = 13.95–14.25 lakh, not 14.6 lakh"
    assert findings("sum-of-parts", SUM_HITS[2]) == [expected]
