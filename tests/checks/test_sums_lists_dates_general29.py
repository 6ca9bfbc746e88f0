"""Sums, lists and durations read more generally (sentences written for these tests, in several registers):

- sum-of-parts: a total after its parts in a clause of its own ("…; together they accounted for N", "— together N",
  a next sentence opening "Together, …"); "Of those, A, B and the remaining C" breaking down the count that ends the
  sentence before; a part given per member of a group ("eight from each side") is never summed once.
- count-vs-list: two names joined by an unspaced en dash or slash are one item (a route, a pairing); a count above
  the most items a colon's list of lower-case phrases can hold, however its "and"s are read; "and others" ends an
  open list.
- duration-dates: "a day" after a count is a rate and "a year earlier" an offset, never a span; "N days later" beside
  a date counts from the one date told before it; "for the N months since his arrest on <date>"; a yearless wire
  dateline dates an undated story's spans since a yearless date."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run


@pytest.mark.parametrize(
    "text",
    [
        "Ports in Rotterdam handled 14.2 million containers, Antwerp 12.1 million and Hamburg 7.7 million; together"
        " they accounted for 35 million of Europe's container traffic.",
        "Wind farms supplied 4,200 gigawatt hours, solar 1,900 and hydro 800 — together 7,400 gigawatt hours.",
        "The airline flew 310,000 passengers in June, 284,000 in July and 297,000 in August. Together, the carrier"
        " said, those months accounted for 921,000 journeys.",
        "The festival sold 8,400 day tickets, 2,150 weekend passes and 640 VIP packages, together 11,890 tickets.",
        "Donations from members came to $48,000, corporate gifts to $31,500 and grants to $20,000. Combined, they made"
        " up the $109,500 the shelter raised.",
        "Three hospitals took the injured: St Mary's received 41, the Royal 37 and Westgate 19; between them they"
        " accounted for 107 of the casualties.",
        "The liquidators recovered £1.2m from property sales, £640,000 from debtors and £95,000 in cash — combined"
        " £2.1m.",
    ],
)
def test_a_total_in_a_clause_after_its_parts(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        # the parts round to the total
        "Ports in Rotterdam handled 14.2 million containers, Antwerp 12.1 million and Hamburg 7.7 million; together"
        " they accounted for 34 million of Europe's container traffic.",
        # a total of another kind, or of another period
        "Wind farms supplied 4,200 gigawatt hours, solar 1,900 and hydro 800 — together 45 per cent of the country's"
        " supply.",
        "The three plants emit 40 tonnes, 25 tonnes and 15 tonnes of soot a day — together 29,200 tonnes a year.",
        # a partial list, and parts joined to something not stated
        "Sales included 8,400 day tickets, 2,150 weekend passes and 640 VIP packages; together they accounted for"
        " 14,000 of the 20,000 tickets sold.",
        "Donations from members came to $48,000, corporate gifts to $31,500 and grants to $20,000. Together with a"
        " bequest, they made up the $109,500 the shelter raised.",
        # the next sentence sums something else
        "Smith scored 14, Patel 11 and Jones 9. Together the club's forwards have 41 goals this season.",
        # a part given for each member of a group
        "The board has 48 seats: 16 for the unions, 16 for employers and eight for each of the two governments.",
        "The council has 16 members from the north, 16 from the south and four from each of the island wards, 48 in"
        " all.",
    ],
)
def test_together_clause_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Storms cut power to 4,600 households overnight. Of those, 2,100 were in Carlow, 1,700 in Kilkenny and the"
        " remaining 600 in Wexford.",
        "Police made 84 arrests over the weekend. Of them, 51 were for public order offences, 22 for drink-driving and"
        " seven for assault.",
        "The charity received 1,240 applications. Of these, 610 came from single parents, 395 from pensioners and the"
        " rest, 285, from students.",
        "Last year the tribunal heard 312 appeals. Of those, 190 were upheld, 98 dismissed and 31 withdrawn.",
        "At its peak, at 9.15am on Saturday, the fire service had 27 crews at the scene. Of those, 12 came from Leeds,"
        " 9 from Bradford and 8 from Wakefield.",
        "Rail firms cancelled 1,850 trains in March. Of those, 1,020 were on Northern routes, 960 on TransPennine"
        " services and 40 on Avanti.",
    ],
)
def test_of_those_breaks_down_the_count_before(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Storms cut power to 4,600 households overnight. Of those, 2,100 were in Carlow, 1,900 in Kilkenny and the"
        " remaining 600 in Wexford.",
        # the count that ends the sentence before, not the first one
        "The survey covered 12 towns and 4,800 residents. Of those, 2,000 were renters, 1,900 owners and 900 lived"
        " with family.",
        # a part per member of a group, a total in money against counts, properties rather than a split
        "The panel has 30 members. Of those, 10 are judges, 10 are lawyers and five come from each of the two"
        " chambers.",
        "The fund paid out £2.4m last year. Of those payments, 140 went to families, 85 to pensioners and 30 to"
        " students.",
        "Inspectors checked 400 lorries a day. Of those, 120 were overweight, 45 had faulty brakes and 30 lacked"
        " permits.",
        "The club has 900 members. Of those, including 40 life members, 500 are adults, 300 juniors and 100 seniors.",
    ],
)
def test_of_those_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


def test_of_those_passes_when_it_adds_up() -> None:
    assert passes("sum-of-parts", "The survey covered 12 towns and 4,800 residents. Of those, 2,000 were renters,"
                  " 1,900 owners and 900 lived with family.")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator will run four new crossings this summer: Dover–Calais, Hull–Rotterdam and"
        " Newcastle–Amsterdam.",
        "The bank financed three pipelines: Tema–Kumasi, Accra–Takoradi, Lagos–Cotonou and Abuja–Kaduna.",
        "The rail firm said the two routes — Leeds–Hull, York–Scarborough and Sheffield–Lincoln — will close in May.",
        "Officials named the five twinning links: Bristol–Bordeaux, Bristol–Hanover, Bristol–Porto and"
        " Bristol–Tbilisi.",
        "The league confirmed the six fixtures: Ajax–PSV, Feyenoord–AZ, Utrecht–Twente, Heerenveen–Vitesse and"
        " Groningen–Sparta.",
        "The tournament has three seeded pairs: Nadal/Alcaraz, Murray/Raducanu, Swiatek/Hurkacz and Gauff/Fritz.",
    ],
)
def test_names_joined_by_a_dash_are_one_item(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The review weighed six factors: the cost of housing, access to transport, the quality of schools and local"
        " crime rates.",
        "The inspectors found five failings: poor record keeping, unsafe storage of medicines and a lack of staff"
        " training.",
        "The coroner listed four causes: driver fatigue, a worn brake disc and the absence of street lighting.",
        "The trust named six pressures: rising demand from an ageing population, delayed discharges and staff"
        " vacancies.",
        "Researchers tested five hypotheses: reduced inflammation in older mice, improved sleep and a lower resting"
        " heart rate.",
        "The union tabled five demands: higher overtime rates, an end to zero-hours contracts and paid breaks.",
    ],
)
def test_a_count_above_what_its_phrases_can_hold(text: str) -> None:
    assert fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator will run three new crossings this summer: Dover–Calais, Hull–Rotterdam and"
        " Newcastle–Amsterdam.",
        "The airline has 40 routes, including Dover–Calais and Hull–Rotterdam.",
        "The club won three seasons: 2019–20, 2020–21 and 2022–23.",
        # four items if each "and" joins two, three otherwise: never flagged
        "The review weighed four factors: the cost of housing and transport, the quality of schools and crime.",
        "The review weighed six factors, among them the cost of housing, access to transport and crime.",
        "The report made three points: the economy is weak.",
        "The minister listed five priorities: lower bills, faster planning and others.",
        # a comma inside an item makes the list look longer: a count below it is never flagged
        "The plan has two goals: cutting costs, which rose last year, and raising wages.",
    ],
)
def test_list_near_misses(text: str) -> None:
    assert not fails("count-vs-list", text)


@pytest.mark.parametrize(
    "text",
    [
        "The first complaint was lodged on 3 March. On 30 March — three weeks later — the regulator opened an inquiry.",
        "Voting closed on June 4, and the result was certified on June 19, 12 days later.",
        "The ship left Southampton on 2 September. Eleven days later, on 16 September, she docked in New York.",
        "The patient was admitted on Jan. 8. By Jan. 30, 10 days later, she had recovered.",
        "The bridge closed for repairs on 14 April. It reopened on 2 June, five weeks later.",
        "Ms Ortega was charged on 1 October 2024 and convicted on 20 December 2024, a month later.",
        "He has been in custody for the three months since his arrest on 2 June.",
        "Talks have stalled in the six weeks since the election on 9 November.",
        "Kerrigan, who has spent the four months since his arrest on 2 October in jail, faces up to 10 years.",
    ],
)
def test_offsets_and_spans_since_an_event(text: str) -> None:
    assert fails("duration-dates", text)


@pytest.mark.parametrize(
    "text",
    [
        "The first complaint was lodged on 3 March. On 24 March — three weeks later — the regulator opened an inquiry.",
        # two dates before the offset: which one it counts from is not told
        "Talks began on 3 May and paused on 9 May. On 30 May, ten days later, they resumed.",
        "The plant opened on 3 May. Ten days later the first shipment left, and on 30 May a second followed.",
        # rates and offsets are no spans
        "Counters logged 12,000 cars a day from 3 June to 16 June, the survey's fortnight.",
        "An average of 38,400 vehicles a day crossed the bridge between 6 September and 19 September.",
        "Prices have risen 4% since March 2024, against 6% a year earlier.",
        "The club has met twice a week since 1 May.",
        "He has been in custody for the nine months since his arrest on 2 June.",
        "He said on 2 October that he had been ill for five months.",
    ],
)
def test_duration_near_misses(text: str) -> None:
    assert not fails("duration-dates", text)


def test_a_rate_leaves_the_span_to_its_stated_duration() -> None:
    assert passes("duration-dates", "Counters logged an average of 38,400 vehicles a day over the two weeks from"
                  " 6 September to 19 September.")  # fmt: skip


@pytest.mark.parametrize(("months", "wrong"), [("five", True), ("seven", False)])
def test_a_yearless_wire_dateline_dates_a_span_since(months: str, wrong: bool) -> None:
    text = f"DUBLIN, Feb. 20 (Reuters) –\n\nMurphy, who has been held for the {months} months since his arrest on" \
        " July 4, will be sentenced next week."  # fmt: skip
    report = run(default_rule("duration-dates"), text, published=None)
    assert bool(report.findings) is wrong
    assert bool(report.passed) is not wrong


def test_an_undated_story_without_a_dateline_stays_silent() -> None:
    text = "Murphy, who has been held for the five months since his arrest on July 4, will be sentenced next week."
    report = run(default_rule("duration-dates"), text, published=None)
    assert not report.findings and not report.passed


@pytest.mark.parametrize(
    "text",
    [
        "Entries came from Leeds (412), York (358), Hull (276) and Ripon (194), a total of 1,214 entries.",
        "The fleet is split across buses (220), trams (45) and ferries (12), a total of 287 vehicles.",
        "Spending went on staff ($4.1m), buildings ($2.2m) and IT ($0.9m), a total of $7.7m.",
        "The clinic saw 1,420 adults, 860 children and 310 infants, a total of 2,690 patients.",
        "Bids were lodged by Ørsted (14), Vattenfall (9), RWE (6) and SSE (4), a total of 35 bids.",
        "She was convicted on 14 of the 16 counts — nine of fraud and four of money laundering.",
    ],
)
def test_a_bare_total_after_its_parts(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize(
    "text",
    [
        "Entries came from Leeds (412), York (358), Hull (276) and Ripon (194), a total of 1,240 entries.",
        # a total of another kind, a partial list, the part of "N of the M" broken down
        "Entries came from Leeds (412), York (358), Hull (276) and Ripon (194), a total of 14 towns.",
        "Entries came from towns including Leeds (412) and York (358), a total of 900 entries.",
        "She was convicted on 14 of the 16 counts — nine of fraud and five of money laundering.",
        "The squad used 23 of its 30 players — 14 forwards and nine backs.",
        "The clinic saw 1,420 adults, 860 children and 310 infants, a total of 2,590 patients.",
    ],
)
def test_bare_total_near_misses(text: str) -> None:
    assert not fails("sum-of-parts", text)


def test_a_bare_total_sums_every_count_of_its_clause() -> None:
    assert not fails("sum-of-parts", "Ms Okoro won with 1,054 votes against 987 for the Conservatives and 212 for"
                     " the Greens, a total of 2,253.")  # fmt: skip


@pytest.mark.parametrize(("died", "wrong"), [("9 August", False), ("19 August", True)])
def test_a_yearless_end_is_in_the_start_s_year(died: str, wrong: bool) -> None:
    text = f"He was restrained at the station on 6 August 2024. He died in hospital on {died}, three days later."
    assert fails("duration-dates", text) is wrong
    assert passes("duration-dates", text) is not wrong
