"""sum-of-parts and count-vs-list read breakdowns and lists more generally: a total after its parts with "together",
"combined" or "between them"; a part's label with an apposition; "it" after an attribution; a relative clause that
traces a total to its counted parts; a counted subject that stays in a state, or that holds a standing or a
restriction, before its list of names. Sentences written for these tests, in several registers."""

from __future__ import annotations

import pytest
from _run import fails, passes


@pytest.mark.parametrize(
    "text",
    [
        "Rice at 4.1 million tonnes, maize at 2.2 million tonnes and sorghum at 0.9 million tonnes together made up"
        " 7.6 million tonnes of the harvest.",
        "Grants of $3.5 million, loans of $2.25 million and donations of $1 million combined total $7.25 million.",
        "Smith took 14 wickets, Patel 11 and Jones 9, claiming 36 between them.",
        "Exports to Kenya of $41m, to Uganda of $27m and to Rwanda of $12m together amount to $85m.",
        "The maternity unit's 38 beds, the children's ward's 24 and the day unit's 12 jointly account for 80 of the"
        " hospital's beds.",
        "Aid pledges of €2.1bn from Germany, €1.4bn from France and €0.8bn from Italy together total €4.7bn.",
        "The three shelters, with 140, 95 and 60 beds, held 310 beds between them.",
    ],
)
def test_a_total_after_its_parts_with_together(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # the parts add up (or round to the total)
        "Rice at 4.1 million tonnes, maize at 2.2 million tonnes and sorghum at 0.9 million tonnes together made up"
        " 7.2 million tonnes of the harvest.",
        "The three shelters, with 140, 95 and 60 beds, held 295 beds between them.",
        # a total of another kind: a share, people against beds, an open-ended figure
        "Wheat at 4.1 million tonnes and barley at 2.2 million tonnes together account for 60 per cent of the harvest.",
        "The three shelters, with 140, 95 and 60 beds, held 310 people between them.",
        "The two firms, with 4,100 and 2,300 staff, together employ more than 6,000 people.",
        # another period, and parts joined to something unstated
        "The three councils spent £4m, £3m and £2m last year and together plan to spend £12m next year.",
        "Tickets brought in £2.4m, sponsorship £1.1m and catering £0.6m, and together with grants they account for"
        " £5.3m.",
    ],
)
def test_together_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


def test_together_passes_when_it_adds_up() -> None:
    assert passes("sum-of-parts", "Grants of $3.5 million, loans of $2.25 million and donations of $1 million combined"
                  " total $6.75 million.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Donors gave £3.1m in the appeal, made up of £1.8m for the lead charity, a children's cancer fund, £0.9m for"
         " the hospice and £0.6m for smaller causes.", True),
        ("Donors gave £3.3m in the appeal, made up of £1.8m for the lead charity, a children's cancer fund, £0.9m for"
         " the hospice and £0.6m for smaller causes.", False),
        ("The $96 million grant is split into $50 million for Route 9, the coastal highway, $30 million for bridges"
         " and $20 million for rail.", True),
        ("The 410 new homes are made up of 210 flats, the first phase, 150 terraced houses and 50 bungalows.", False),
        ("The 410 new homes are made up of 200 flats, the first phase, 160 terraced houses and 60 bungalows.", True),
        ("The budget of €12m is split between €7m for the main hall, an 18th-century building, €3m for the wing and"
         " €1m for fittings.", True),
    ],
)  # fmt: skip
def test_an_apposition_in_a_label(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # an item with no number of its own is no apposition: the list is not read
        "The 410 new homes are made up of 200 flats, a community hall and 150 houses.",
        # "the rest" is a part, never an apposition
        "The $96 million grant is split into $50 million for roads, the rest, $30 million, for bridges and $20 million"
        " for rail.",
    ],
)
def test_apposition_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The minister announced a $1.2 billion relief package on Tuesday. According to the ministry, it is made up of"
         " $450 million for cash grants, $380 million for road repairs and $250 million for shelter.", True),
        ("The minister announced a $1.08 billion relief package on Tuesday. According to the ministry, it is made up"
         " of $450 million for cash grants, $380 million for road repairs and $250 million for shelter.", False),
        ("The trust has agreed a £64m rebuild. Its chief executive said it is made up of £40m from the government,"
         " £16m of borrowing and £4m from reserves.", True),
        ("The club has raised €18m for its new stand. In all, it is made up of €10m of loans, €2m of gifts and"
         " €4m of grants.",
         True),
        ("The club has raised €16m for its new stand. In all, it is made up of €10m of loans, €2m of gifts and"
         " €4m of grants.",
         False),
        ("The county set a £75m capital plan. Officials said that it is made up of £40m for schools, £20m for roads"
         " and £10m for parks.", True),
    ],
)  # fmt: skip
def test_it_after_an_attribution(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before holds two amounts: which one "it" is cannot be told
        "The minister announced a $1.2 billion package and a $400 million loan. According to the ministry, it is made"
        " up of $450 million for grants, $380 million for roads and $250 million for shelter.",
        # a number before "it" in its sentence: the subject is not the earlier amount
        "The board approved a £64m plan. In 2025, it was made up of £40m from the state and £16m of borrowing.",
    ],
)
def test_it_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The district faces a $14.6 million shortfall, which the treasurer traced to three causes: $6.2 million in"
         " lost grants, $5.1 million in insurance premiums and $2.8 million from lower state aid.", True),
        ("The district faces a $14.1 million shortfall, which the treasurer traced to three causes: $6.2 million in"
         " lost grants, $5.1 million in insurance premiums and $2.8 million from lower state aid.", False),
        ("Police logged 930 complaints, which they put down to two sources: 610 from residents and 300 from"
         " businesses.", True),
        ("The hospital's £22m overspend, which managers blamed on three pressures: £12m on agency staff, £6m on"
         " drugs and £2m on energy, alarmed the board.", True),
    ],
)  # fmt: skip
def test_a_relative_clause_that_traces_a_total_to_its_parts(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Four clubs have now clinched playoff spots: Vancouver, Toronto and Calgary.", True),
        ("Three clubs have clinched playoff spots: Vancouver, Toronto and Calgary.", False),
        ("Four communities remain under evacuation orders: Foresthill, Iowa Hill and Michigan Bluff.", True),
        ("Five councils now face spending restrictions: Harlow, Basildon and Thurrock.", True),
        ("Three districts remain under curfews: Ardmore, Belcourt, Caddon and Drisk.", True),
        ("Two parishes still await planning permits: Eastwick, Fernley and Gorse Hill.", True),
        ("Three hauliers have received fines: Kestrel Freight, Morrow Logistics and Tay Transport.", False),
        ("Six schools stay in special measures: Ashby, Birchwood, Corley, Dunmore, Elm Park and Fenwick.", False),
    ],
)  # fmt: skip
def test_a_counted_subject_that_holds_a_standing(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # the object is a thing names may enumerate
        "Four clubs have signed strikers: Tom Ames, Ben Brook and Carl Cole.",
        "Three councils have opened new libraries: Northgate, Eastfield, Southmoor and Westby.",
        "Three schools need new roofs: Ashby, Birch Lane, Corley and Dunmore.",
        # partial lists and parts of a group
        "Four communities remain under evacuation orders, including Foresthill and Iowa Hill.",
        "Four communities remain under evacuation orders: Foresthill and Iowa Hill among them.",
        "Two of the four communities remain under evacuation orders: Foresthill, Iowa Hill and Michigan Bluff.",
    ],
)
def test_standing_near_misses(text: str) -> None:
    assert not fails("count-vs-list", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The team has 24 players. They are split into 10 forwards, 8 midfielders and 4 defenders.", True),
        ("Officers made 120 arrests at the weekend. They break down as 70 for theft, 30 for assault and 12 for public"
         " order offences.", True),
        ("The agency found 64 wrecks in the bay. They break down as 31 fishing boats, 19 yachts and 14 barges.", False),
        ("Inspectors visited 48 farms in May. They were split between 20 dairy farms, 15 arable farms and 13 mixed.",
         False),
        ("The assessment counts 58 homes destroyed. They break down as 31 houses, 19 cabins and six caravans.", True),
        ("Crews rescued 37 walkers over the holiday. They break down as 20 adults, 12 teenagers and 4 children.",
         True),
    ],
)  # fmt: skip
def test_they_breaks_down_the_one_count_before(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # two counts before: which one "they" are cannot be told
        "The survey counted 412 nests and 30 colonies this spring. They are made up of 200 of gulls, 150 of terns"
        " and 52 of puffins.",
        # a number before "they" in its sentence: another subject
        "The firm employs 800 people in Leeds. In 2025, they were split into 400 engineers, 300 drivers and 90 clerks.",
        # parts far from the count count other things
        "The charity runs 12 shops. They are split into 40 volunteers, 30 staff and 20 trainees.",
    ],
)
def test_they_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The club sold 1,200 season tickets, 800 half-season passes and 300 family passes, for 2,400 passes in"
         " total.", True),
        ("Leeds reported 310 cases, York 220 and Hull 140, giving 690 altogether.", True),
        ("She ran 12 miles on Monday, 8 on Tuesday and 10 on Friday, making 32 in all.", True),
        ("The appeal raised £1.9m from members, £480,000 from businesses and £140,000 from events, making £2.7m in"
         " all.", True),
        ("Leeds reported 310 cases, York 220 and Hull 140, giving 670 altogether.", False),
        ("He scored 12 goals in the league, 4 in the cup and 3 in Europe, making 19 in all this season.", False),
    ],
)  # fmt: skip
def test_a_total_in_all_after_its_parts(text: str, wrong: bool) -> None:
    assert fails("sum-of-parts", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # a sum of money of counted things
        "The shop sold 40 kettles, 30 toasters and 20 irons, making £4,500 in all.",
        # a partial list
        "Leeds reported 310 cases, including 220 in the city and 40 in Otley, making 690 in all.",
        # parts that round to the total
        "The appeal raised £1.9m from members, £480,000 from businesses and £140,000 from events, making £2.5m in all.",
    ],
)
def test_in_all_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Four provinces accounted for the bulk of the arrests: Limpopo, Free State and North West.", True),
        ("Three countries account for most of the orders: Chile, Peru, Bolivia and Ecuador.", True),
        ("Two regions attracted the majority of visitors: Tuscany, Umbria and Liguria.", True),
        ("Three counties handled half of the cargo: Suffolk, Hampshire and Lincolnshire.", False),
        ("Four states received a third of the grants: Ohio, Utah and Iowa.", True),
        ("Three counties produced the lion's share of the apples: Kent, Herefordshire and Worcestershire.", False),
    ],
)  # fmt: skip
def test_a_share_of_something_is_no_object(text: str, wrong: bool) -> None:
    assert fails("count-vs-list", text) is wrong


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case list after a share names what the share is of
        "Four firms won the bulk of the contracts: roads, bridges and tunnels.",
        "Four provinces accounted for the bulk of the killings: shootings, stabbings and beatings.",
        # partial lists, parts of a group
        "Four firms won most of the contracts, including Acme, Birchall and Cotton.",
        "Two of the firms won most of the contracts: Acme, Birchall and Cotton.",
        "Three countries account for most of the orders: Chile and Peru among them.",
        "Three countries account for most of the orders: Chile, Peru, Bolivia and others.",
        # a count of contributors that are no places may name the few who gave most
        "Three suppliers account for most of the orders: Acme, Birchall, Cotton and Dyer.",
        "Five members supplied most of the funds: France, Germany and Italy.",
    ],
)
def test_share_near_misses(text: str) -> None:
    assert not fails("count-vs-list", text)
