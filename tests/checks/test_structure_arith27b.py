"""Single-article structure (sum-of-parts, count-vs-list, unit-conversion), general causes of blind misses and false
alarms, pinned with new sentences in several registers: a verb of composition as a breakdown's main verb; one
duration in two units is one amount; contributions in points that make up a rate; dimensions "A by B, or C by D"
paired in order; people named in full after their roles; a gerund list whose last item is a noun phrase."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run, silent

# --- sum-of-parts: "comprised", "consists of" as the main verb ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 161 casualties comprised 70 drivers, 40 passengers, 30 pedestrians and 11 cyclists.",
        "The 240 new homes comprise 90 flats, 100 terraced houses and 40 bungalows.",
        "Last year's 58 complaints consisted of 30 about noise, 20 about parking and 5 about litter.",
        "The squad of 23 consists of 3 goalkeepers, 8 defenders, 7 midfielders and 6 forwards.",
        "Its 1,200 staff comprise 700 nurses, 300 doctors and 150 porters.",
        "The board's 15 seats comprise nine elected members, four appointees and one ex-officio member.",
    ],
)
def test_a_breakdown_after_comprised_that_does_not_add_up_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The 161 casualties comprised 70 drivers, 40 passengers, 40 pedestrians and 11 cyclists.",
        "The 240 new homes comprise 90 flats, 100 terraced houses and 50 bungalows.",
        "The squad of 23 consists of 3 goalkeepers, 8 defenders, 7 midfielders and 5 forwards.",
    ],
)
def test_a_breakdown_after_comprised_that_adds_up_passes(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The 500 jobs comprise 300 in Leeds and 150 in York, among others.",
        "The panel of 12 comprises four judges, including two retired ones.",
        "The 90 exhibits comprise paintings and sculptures from 14 countries.",
    ],
)
def test_a_partial_or_uncounted_composition_stays_silent(text: str) -> None:
    assert not run(default_rule("sum-of-parts"), text).findings


# --- sum-of-parts: one duration written in two units ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ban of 10 years was extended by three years and six months, making a total of 13 years and six months.",
        "He was jailed for two years and four months, for a total of 28 months.",
        "The voyage lasted 2 weeks and 3 days, a combined 17 days at sea.",
        "The flight took 11 hours and 40 minutes, totalling 700 minutes.",
        "She served five years and two months, bringing her service to a total of 62 months.",
        "The works ran for one year, 5 months, making a total of 17 months.",
    ],
)
def test_a_duration_in_two_units_is_one_amount_never_two_parts(text: str) -> None:
    assert not run(default_rule("sum-of-parts"), text).findings


@pytest.mark.parametrize(
    "text",
    [
        "The 30 weeks were split into 12 weeks of training, 10 weeks of fieldwork and 9 weeks of writing.",
        "The 12 months break down as 8 months at sea and 5 months ashore.",
    ],
)
def test_periods_of_one_unit_still_add_up(text: str) -> None:
    assert fails("sum-of-parts", text)


# --- sum-of-parts: contributions in points that make up a rate ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Housing contributed 1.4 percentage points, food 0.6 points, transport 0.5 points and everything else 0.4 "
        "points — the four components that together make up the 3.1% rate.",
        "Energy added 0.9 points, services 1.1 points and goods 0.7 points, which together make up the 2.5% "
        "inflation rate.",
        "Exports contributed 1.2 percentage points, consumer spending 0.8 and investment 0.3, which together "
        "accounted for the economy's 2.7% growth.",
        "Rents added 2.1 points and utilities 0.4 points, which together account for the 3.0 per cent rise.",
        "Services contributed 1.6 percentage points, goods 0.3 points and energy 0.2 points, the three parts that "
        "make up the 2.4% rate.",
        "Fuel contributed 0.8 percentage points, food 0.9 points and clothing 0.1 points, which between them make "
        "up the 1.4% headline rate.",
    ],
)
def test_contributions_in_points_that_miss_their_rate_are_flagged(text: str) -> None:
    report = run(default_rule("sum-of-parts"), text)
    assert report.findings and "points" in report.findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Energy added 0.9 points, services 1.1 points and goods 0.5 points, which together make up the 2.5% "
        "inflation rate.",
        "Housing contributed 1.4 percentage points, food 0.6 points, transport 0.5 points and everything else 0.5 "
        "points — the four components that together make up the 3.1% rate.",
    ],
)
def test_contributions_that_round_to_their_rate_pass(text: str) -> None:
    assert passes("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Energy added 0.9 points, services 1.1 points and goods 0.5 points, which helped push the rate to 3.1%.",
        "Shelter added 1.4 points and food 0.6 points, which together make up most of the 3.1% rate.",
        "Energy rose 4%, services 3% and goods 2%, which together make up 9% of the basket.",
        "Shelter added 1.4 points, food 0.6 points and goods 0.5 points, among others, which together make up the "
        "3.1% rate.",
        "Energy added about 0.9 points, services 1.1 points and goods 0.5 points, which together make up roughly "
        "the 3% rate.",
        "Of the rise, 1.4 points came from rents and 0.6 points from food; the rate is 3.1%.",
    ],
)
def test_contributions_that_are_not_all_of_a_rate_stay_silent(text: str) -> None:
    assert not run(default_rule("sum-of-parts"), text).findings


# --- unit-conversion: "A by B, or C by D" pairs in order --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The panels measure 1.2 metres by 2.5 metres, or roughly 4 feet by 8 feet.",
        "Each sheet is 2 metres by 3 metres, or about 6.5 feet by 10 feet.",
        "The rug is 6 feet by 9 feet, or roughly 1.8 metres by 2.7 metres.",
        "A court of 18 metres by 9 metres, or about 59 feet by 30 feet, was marked out.",
        "The field, 100 yards by 60 yards, or about 91 metres by 55 metres, flooded.",
        "Plots are 10 metres by 20 metres, or roughly 33 feet by 66 feet.",
    ],
)
def test_dimensions_restated_in_order_are_not_crossed(text: str) -> None:
    assert not run(default_rule("unit-conversion"), text).findings


@pytest.mark.parametrize(
    "text",
    [
        "The room is 3 metres by 4 metres, or about 13 feet by 10 feet.",
        "The panels measure 1.2 metres by 2.5 metres, or roughly 6 feet by 8 feet.",
        "The rug is 6 feet by 9 feet, or roughly 1.8 metres by 3.5 metres.",
        "Plots are 10 metres by 20 metres, or roughly 33 feet by 90 feet.",
        "The pool is 25 metres by 10 metres, or about 82 feet by 50 feet.",
        "Each bay is 5 metres by 2.5 metres, or about 16 feet by 12 feet.",
    ],
)
def test_a_dimension_that_does_not_convert_is_flagged(text: str) -> None:
    assert fails("unit-conversion", text)


# --- count-vs-list: people named in full after their roles --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The club said it had made four new signings: prop Ieuan Kelleher, centre Tomos Llewellyn and scrum-half "
            "Gethin ap Dafydd, and two of them start on Saturday.",
            3,
        ),
        ("The board made three appointments: chief executive Maria Costa and finance director Tom Reilly.", 2),
        ("The orchestra named four new soloists: violinist Hana Mori, cellist Pablo Ruiz, and pianist Ada Klein.", 3),
        ("United have made two signings this summer: winger Leon Bailey, striker Ivan Toney and Dean Henderson.", 3),
        ("The paper hired five reporters: Ann Bell, court reporter Sam Otieno, and sports writer Kim Park.", 3),
        ("The party picked three candidates: councillor Ruth Mbeki, teacher Li Wei, nurse Ola Sanni and Joe Daly.", 4),
    ],
)
def test_people_named_after_their_roles_are_counted(text: str, listed: int) -> None:
    report = run(default_rule("count-vs-list"), text)
    assert report.findings and f"{listed} items" in report.findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "The board made three appointments: chief executive Maria Costa, finance director Tom Reilly and company "
        "secretary Ann Low.",
        "United have made two signings this summer: winger Leon Bailey and goalkeeper Dean Henderson.",
    ],
)
def test_people_named_after_their_roles_matching_the_count_pass(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The club has made four signings: prop Ieuan Kelleher and centre Tomos Llewellyn among them.",
        "The club has made four signings, including prop Ieuan Kelleher, centre Tomos Llewellyn and lock Rhys Jones.",
        "Three players were injured: prop Ieuan Kelleher, centre Tomos Llewellyn and the team's captain.",
        "The club has made four signings: prop Ieuan Kelleher, centre Tomos Llewellyn and others.",
        "The firm made five hires: analyst Jo Kim from Leeds and engineer Raj Patel.",
        "The trust named four new wards after nurses: Mary Seacole and Edith Cavell.",
    ],
)
def test_partial_or_unclosed_lists_of_people_stay_silent(text: str) -> None:
    assert silent("count-vs-list", text) or not run(default_rule("count-vs-list"), text).findings


# --- count-vs-list: gerund items, the last a noun phrase ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The budget makes three changes to income tax: indexing the brackets to inflation, raising the personal "
        "amount to $12,000, cutting the lowest rate to 8.5 per cent and a new credit for volunteer firefighters.",
        "The plan sets out three steps: hiring 40 nurses, opening a night clinic, extending visiting hours and a new "
        "helpline for carers.",
        "The bill has two parts: banning disposable vapes, taxing sugary drinks and a levy on airport parking.",
        "Ministers agreed four measures: freezing fuel duty, extending the rail cap, scrapping the toll, widening "
        "free school meals and an inquiry into bus fares.",
        "The council backed three ideas: closing the bridge to cars, planting 500 trees, lowering speed limits and "
        "a new cycle lane along the river.",
        "The report makes five proposals: merging two trusts, cutting waiting lists and an audit of agency spending.",
    ],
)
def test_a_gerund_list_ending_on_a_noun_phrase_is_counted(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan sets out four steps: hiring 40 nurses, opening a night clinic, extending visiting hours and a new "
        "helpline for carers.",
        "The council agreed three measures: raising parking fees to $4, cutting grass less often and closing two "
        "libraries.",
    ],
)
def test_a_gerund_list_matching_its_count_passes(text: str) -> None:
    assert passes("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan sets out three steps: hiring nurses, opening a clinic and a new helpline among other ideas.",
        "The budget makes three changes, including indexing the brackets, raising the amount and a new credit.",
        "The plan has three aims: cutting costs, raising wages and a fairer tax among others.",
        "Ministers agreed two measures: freezing fuel duty, extending the rail cap and so on.",
        "The plan sets out three steps: hiring nurses, opening a clinic, and the like.",
        "The report makes three proposals: merging two trusts, cutting waiting lists, etc.",
    ],
)
def test_partial_gerund_lists_stay_silent(text: str) -> None:
    assert not run(default_rule("count-vs-list"), text).findings


# --- sum-of-parts: a counted subject's members in a dash aside, then the amount they made -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Going the other way, the club's two sales — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — "
        "brought in £17.3m.",
        "The council's three disposals — the old depot (£2.1m), Mill House (£0.9m) and the Crown car park (£1.4m) — "
        "raised £5.4m.",
        "Its two new hires — analyst Jo Kim ($90,000) and engineer Raj Patel ($110,000) — cost $230,000.",
        "The two schemes — the bypass ($40m) and the bridge ($25m) — cost $75m, the council said.",
        "The fund's three grants — the library (€120,000), the pool (€300,000) and the hall (€80,000) — came to "
        "€540,000.",
        "The two auctions — the Paris sale (€4.2m) and the Geneva sale (€3.1m) — fetched €8.3m.",
    ],
)
def test_members_of_a_counted_aside_that_miss_their_sum_are_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The two sales — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — earned £8m each.",
        "The two schemes — the bypass ($40m) and the bridge ($25m) — cost $65m a year.",
        "The three sales — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — brought in £17.3m.",
        "The two stars — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — earn £90,000 a week.",
        "The two sales — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — came after a £17.3m bid.",
        "The two sales — striker Ana Lopes (£9.5m) and defender Jon Berg (£6.1m) — brought in about £17m.",
    ],
)
def test_amounts_that_are_no_sum_of_the_aside_stay_silent(text: str) -> None:
    assert not run(default_rule("sum-of-parts"), text).findings


# --- sum-of-parts: labels first after a verb written once, then the total; one unit in two spellings ----------------


@pytest.mark.parametrize(
    "text",
    [
        "The Tshwene complex produced 312,000 ounces of metals, Rooikop 248,000oz and the smaller Kliprand shaft "
        "96,000oz, bringing group production to a total of 676,000 ounces.",
        "The north field yielded 42,000 tonnes of wheat, the Ridge farm 18,000t and the river meadows 9,000t, for a "
        "total of 71,000 tonnes.",
        "Leeds recorded 4,100 claims, York 2,300 and Hull 1,900, for a total of 8,500.",
        "The Atlantic fleet landed 9,400 tonnes, the North Sea boats 3,100 and the inshore vessels 700, a combined "
        "13,900 tonnes.",
        "Northgate collected 1,250 kilograms, the Eastfield team 830kg and Southmoor 410kg, totalling 2,600 kg.",
        "Ward A treated 310 patients, Ward B 280 and the day unit 150, for a total of 760.",
    ],
)
def test_a_gapped_list_before_its_total_is_added(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Exports reached 3.2 million tonnes, up from 2.9 million, and imports 1.1 million, totalling 4.3 million.",
        "Exports reached 3.2 million tonnes, compared with 2.9 million, and imports 1.1 million, totalling 4.3 "
        "million.",
        "The north field yielded 42,000 tonnes of wheat, the Ridge farm 18,000t and the river meadows 9,000t, for a "
        "total of 69,000 tonnes.",
        "The new line runs 12km, the spur 900m and the depot link 400m, for a total of 13.3km.",
        "Leeds recorded 4,100 claims, including York 2,300 and Hull 1,900, for a total of 8,500.",
        "The plant produced 312,000 ounces in 2024, Rooikop 248,000oz and Kliprand 96,000oz, bringing its squad to "
        "a total of 31.",
    ],
)
def test_a_gapped_list_that_is_no_breakdown_stays_silent(text: str) -> None:
    assert not run(default_rule("sum-of-parts"), text).findings


# --- count-vs-list: places of a counted kind after a clause with an object; markup before the colon ----------------


@pytest.mark.parametrize(
    "text",
    [
        "- **Four markets supplied more than two-thirds of stays**: mainland Portugal, Germany, the US, Spain and "
        "the UK.",
        "Four markets supplied more than two-thirds of stays: mainland Portugal, Germany, the US, Spain and the UK.",
        "Three countries supplied most visitors: France, Italy, Japan and Brazil.",
        "*Two nations provided most troops*: Poland, Estonia and Latvia.",
        "The four regions — northern Italy, southern Spain and central France — reported gains.",
        "Five states received 40% of grants: Texas, Ohio, Utah and Iowa.",
    ],
)
def test_places_listed_after_a_counted_kind_are_compared(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "Three countries supplied most of the visitors: France, Italy and Japan.",
        "Five members supplied most of the funds: France, Germany and Italy.",
        "Three countries supplied most visitors: tourists, students and pilgrims.",
        "Four markets supplied 12 of the shops: Leeds, York and Hull.",
        "Four markets supplied most stays, including Portugal, Germany and Spain.",
        "Four markets supplied most stays: Portugal, Germany and Spain among them.",
    ],
)
def test_lists_of_other_things_after_a_counted_kind_stay_silent(text: str) -> None:
    assert not run(default_rule("count-vs-list"), text).findings
