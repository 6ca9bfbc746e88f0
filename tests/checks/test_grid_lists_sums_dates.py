"""Phrasing grid of the list and calendar checks: count-vs-list, sum-of-parts, duration-dates, weekday-date,
unit-conversion and entity-spelling, each in forms other desks write them in (word order, numbers in words, mixed
magnitudes, lists of names holding "and", bulleted lists, weekdays abbreviated or after their date, lakh and crore
restated in millions, double-barrelled surnames), in wording no bench set uses.

Each form is a (wrong, right) twin: the wrong sentence must give a finding of its check, the right one (the same form
correct, or a near-miss) no finding of any check, with every built-in rule on, as ``factcheck check`` runs. Forms
the checks do not read yet are left out (the round's report lists them).
"""

from __future__ import annotations

import pytest

from tests.checks.test_phrasing_grid import _one, assert_twins  # published on 10 January 2028, a Monday

# (check, wrong, right)
_GRID = [
    (
        "count-vs-list",
        "The shortlist has four names: Ada Moss, Ben Ruiz and Cora Lee.",
        "The shortlist has three names: Ada Moss, Ben Ruiz and Cora Lee.",
    ),
    (
        "count-vs-list",
        "The board approved three projects:\n\n- a new pool\n- a skate park\n- a library extension\n- a cycle path",
        "The board approved four projects:\n\n- a new pool\n- a skate park\n- a library extension\n- a cycle path",
    ),
    (
        "count-vs-list",
        "Five ministers resigned on Thursday: the home secretary, the chancellor, the health secretary and the "
        "justice secretary.",
        "Four ministers resigned on Thursday: the home secretary, the chancellor, the health secretary and the "
        "justice secretary.",
    ),
    (
        "count-vs-list",
        "The review identified six failings: poor maintenance, staff shortages, outdated software and weak oversight.",
        "The review identified four failings: poor maintenance, staff shortages, outdated software and weak oversight.",
    ),
    (
        "count-vs-list",
        "The three Baltic states, Estonia, Latvia, Lithuania and Finland, signed the pact on Friday.",
        "The three Baltic states, Estonia, Latvia and Lithuania, signed the pact on Friday.",
    ),
    (
        "count-vs-list",
        "The four sites shortlisted by the council are Mill Lane, Quay Road and Church Walk.",
        "The three sites shortlisted by the council are Mill Lane, Quay Road and Church Walk.",
    ),
    (
        "count-vs-list",
        "Members approved three applications – for Orchard Lane, Mill Way, Kiln Road and Station Approach.",
        "Members approved four applications – for Orchard Lane, Mill Way, Kiln Road and Station Approach.",
    ),
    (
        "count-vs-list",
        "Six of the league's clubs – Harlow, Ardwick, Penfold, Castleford and Bury – have been fined.",
        "Five of the league's clubs – Harlow, Ardwick, Penfold, Castleford and Bury – have been fined.",
    ),
    (
        "count-vs-list",
        "The 11 candidates include Ada Moss, Ben Ruiz and Cora Lee, but the three front-runners – Dan Hale, Eve "
        "Ng, Fay Ross and Gus Pine – dominated the debate.",
        "The 11 candidates include Ada Moss, Ben Ruiz and Cora Lee, but the four front-runners – Dan Hale, Eve "
        "Ng, Fay Ross and Gus Pine – dominated the debate.",
    ),
    (
        "count-vs-list",
        "The trust runs three hospitals in the county: Westfield General, St Anne's and the Royal Infirmary, plus "
        "two community clinics: Ashby, Colton and Denby.",
        "The trust runs three hospitals in the county: Westfield General, St Anne's and the Royal Infirmary, plus "
        "three community clinics: Ashby, Colton and Denby.",
    ),
    (
        "sum-of-parts",
        "The €1.2bn package is made up of €410m for rail, €520m for roads and €370m for ports.",
        "The €1.2bn package is made up of €410m for rail, €520m for roads and €270m for ports.",
    ),
    (
        "sum-of-parts",
        "The state gave $4.5 million, the city $2.5 million and donors $1.5 million. In all, the project raised "
        "$9 million.",
        "The state gave $4.5 million, the city $2.5 million and donors $1.5 million. In all, the project raised "
        "$8.5 million.",
    ),
    (
        "sum-of-parts",
        "Of the twelve seats, Labour won seven, the Greens four and the Liberal Democrats two.",
        "Of the twelve seats, Labour won seven, the Greens three and the Liberal Democrats two.",
    ),
    (
        "sum-of-parts",
        "Of the 52 councillors present, 31 voted for the motion, 14 against and 5 abstained.",
        "Of the 52 councillors present, 31 voted for the motion, 14 against and 7 abstained.",
    ),
    (
        "sum-of-parts",
        "The district recorded 1,450 burglaries last year — 820 from homes, 430 from sheds and 150 from businesses.",
        "The district recorded 1,450 burglaries last year — 820 from homes, 430 from sheds and 200 from businesses.",
    ),
    (
        "sum-of-parts",
        "Revenue of $3.4 billion was made up of $2.1 billion from subscriptions and $1.1 billion from advertising.",
        "Revenue of $3.4 billion was made up of $2.1 billion from subscriptions and $1.3 billion from advertising.",
    ),
    (
        "sum-of-parts",
        "The 86 recruits — 51 men and 33 women — start training on Monday.",
        "The 86 recruits — 51 men and 35 women — start training on Monday.",
    ),
    (
        "sum-of-parts",
        "Of the 900 homes, 540 will be for sale and the remaining 300 for social rent.",
        "Of the 900 homes, 540 will be for sale and the remaining 360 for social rent.",
    ),
    (
        "sum-of-parts",
        "Spending reached $96 million, of which $58 million went on salaries, $29 million on buildings and $13 "
        "million on equipment.",
        "Spending reached $96 million, of which $58 million went on salaries, $29 million on buildings and $9 "
        "million on equipment.",
    ),
    (
        "sum-of-parts",
        "The £2.4m prize fund is divided among the winner (£1.2m), the runner-up (£600,000) and the losing "
        "semi-finalists (£400,000).",
        "The £2.4m prize fund is divided among the winner (£1.2m), the runner-up (£600,000) and the losing "
        "semi-finalists (£600,000).",
    ),
    (
        "sum-of-parts",
        "Last year's 7,300 admissions were split between the emergency department, with 4,100, the maternity "
        "unit, with 1,900, and day surgery, with 1,600.",
        "Last year's 7,300 admissions were split between the emergency department, with 4,100, the maternity "
        "unit, with 1,900, and day surgery, with 1,300.",
    ),
    (
        "sum-of-parts",
        "The state's ₹1,450 crore grant comprises ₹800 crore for roads, ₹420 crore for drainage and ₹330 crore "
        "for street lighting.",
        "The state's ₹1,450 crore grant comprises ₹800 crore for roads, ₹420 crore for drainage and ₹230 crore "
        "for street lighting.",
    ),
    (
        "sum-of-parts",
        "A total of 3,480 runners finished: 2,010 in the marathon, 1,120 in the fun run and 450 in the relay.",
        "A total of 3,480 runners finished: 2,010 in the marathon, 1,120 in the fun run and 350 in the relay.",
    ),
    (
        "sum-of-parts",
        "Of the $640,000 raised, $1.2 million came from the appeal, $150,000 from the sale and $90,000 from grants.",
        "Of the $640,000 raised, $400,000 came from the appeal, $150,000 from the sale and $90,000 from grants.",
    ),
    (
        "sum-of-parts",
        "Turnout was 41,200: 22,800 postal votes and 19,900 cast at polling stations.",
        "Turnout was 41,200: 22,800 postal votes and 18,400 cast at polling stations.",
    ),
    (
        "duration-dates",
        "The 11-day festival runs from August 3 to August 16.",
        "The 14-day festival runs from August 3 to August 16.",
    ),
    (
        "duration-dates",
        "The nine-day sale runs June 3–14.",
        "The 12-day sale runs June 3–14.",
    ),
    (
        "duration-dates",
        "The pool was closed for twenty-one days, from 4 April to 15 April.",
        "The pool was closed for eleven days, from 4 April to 15 April.",
    ),
    (
        "duration-dates",
        "The road has been shut for nine days since 28 December.",
        "The road has been shut for 13 days since 28 December.",
    ),
    (
        "duration-dates",
        "The tour, spanning 10 days from 2 to 18 September, will visit six cities.",
        "The tour, spanning 17 days from 2 to 18 September, will visit six cities.",
    ),
    (
        "duration-dates",
        "The consultation ran for three months, from 1 March to 31 March.",
        "The consultation ran for three months, from 1 March to 31 May.",
    ),
    (
        "duration-dates",
        "The crew arrived in Recife after a 40-day voyage that began in Lisbon on 2 March and ended on 25 March.",
        "The crew arrived in Recife after a 23-day voyage that began in Lisbon on 2 March and ended on 25 March.",
    ),
    (
        "duration-dates",
        "The five-day conference runs from Monday 6 March to Friday 17 March.",
        "The five-day conference runs from Monday 13 March to Friday 17 March.",
    ),
    (
        "duration-dates",
        "The trial lasted three weeks, opening on 1 November and closing on 30 November.",
        "The trial lasted four weeks, opening on 1 November and closing on 30 November.",
    ),
    (
        "duration-dates",
        "The six-day fair, which runs from 2 to 9 May, is the county's oldest.",
        "The eight-day fair, which runs from 2 to 9 May, is the county's oldest.",
    ),
    (
        "weekday-date",
        "The hearing is set for Wednesday, January 13.",
        "The hearing is set for Thursday, January 13.",
    ),
    (
        "weekday-date",
        "Voting closes on Fri 15 Jan at noon.",
        "Voting closes on Sat 15 Jan at noon.",
    ),
    (
        "weekday-date",
        "The market returns on Friday 22nd January.",
        "The market returns on Saturday 22nd January.",
    ),
    (
        "weekday-date",
        "The meeting will take place on January 20 (a Wednesday).",
        "The meeting will take place on January 20 (a Thursday).",
    ),
    (
        "weekday-date",
        "The line will shut from Monday 18 to Friday 22 January.",
        "The line will shut from Monday 17 to Friday 21 January.",
    ),
    (
        "weekday-date",
        "Tickets go on sale Tuesday, Jan. 19, at 10 a.m.",
        "Tickets go on sale Tuesday, Jan. 18, at 10 a.m.",
    ),
    (
        "weekday-date",
        "The budget will be published on Tuesday 2 February 2028.",
        "The budget will be published on Wednesday 2 February 2028.",
    ),
    (
        "weekday-date",
        "The fire started on the night of Saturday 9 January.",
        "The fire started on the night of Saturday 8 January.",
    ),
    (
        "weekday-date",
        "The fair ran until Friday, December 4, 2027.",
        "The fair ran until Friday, December 3, 2027.",
    ),
    (
        "weekday-date",
        "Doors open on Sunday – 24 January – at 9am.",
        "Doors open on Sunday – 23 January – at 9am.",
    ),
    (
        "weekday-date",
        "The inquest opens on Friday 3rd February.",
        "The inquest opens on Thursday 3rd February.",
    ),
    (
        "weekday-date",
        "Polls open at 7am on Friday, 2 March 2028.",
        "Polls open at 7am on Thursday, 2 March 2028.",
    ),
    (
        "weekday-date",
        "The derby, on Sunday (January 15), sold out in an hour.",
        "The derby, on Sunday (January 16), sold out in an hour.",
    ),
    (
        "unit-conversion",
        "The trail runs 12 miles (30 km) through the forest.",
        "The trail runs 12 miles (19 km) through the forest.",
    ),
    (
        "unit-conversion",
        "The firm leased a 5,000 sq ft (1,500 sq m) warehouse.",
        "The firm leased a 5,000 sq ft (465 sq m) warehouse.",
    ),
    (
        "unit-conversion",
        "Temperatures hit 38C (110F) on Sunday.",
        "Temperatures hit 38C (100F) on Sunday.",
    ),
    (
        "unit-conversion",
        "The lorry was carrying 3.5 tonnes (5,200 lb) of scrap.",
        "The lorry was carrying 3.5 tonnes (7,700 lb) of scrap.",
    ),
    (
        "unit-conversion",
        "The park covers about 40 hectares (60 acres).",
        "The park covers about 40 hectares (100 acres).",
    ),
    (
        "unit-conversion",
        "Work on the 1.2-mile (3 km) stretch starts in May.",
        "Work on the 1.2-mile (2 km) stretch starts in May.",
    ),
    (
        "unit-conversion",
        "The pipeline runs 250 miles, or about 500 kilometres, to the coast.",
        "The pipeline runs 250 miles, or about 400 kilometres, to the coast.",
    ),
    (
        "unit-conversion",
        "The bell weighs 500 kilograms (1,500 pounds).",
        "The bell weighs 500 kilograms (1,100 pounds).",
    ),
    (
        "unit-conversion",
        "The limit on the bypass is 65 mph (120 km/h).",
        "The limit on the bypass is 65 mph (105 km/h).",
    ),
    (
        "unit-conversion",
        "The summit stands at 4,000 feet (1,520 metres).",
        "The summit stands at 4,000 feet (1,220 metres).",
    ),
    (
        "unit-conversion",
        "The state will spend ₹640 crore (₹64 billion) on the scheme.",
        "The state will spend ₹640 crore (₹6.4 billion) on the scheme.",
    ),
    (
        "unit-conversion",
        "Up to 3 inches (12 cm) of rain fell overnight.",
        "Up to 3 inches (7.5 cm) of rain fell overnight.",
    ),
    (
        "unit-conversion",
        "The new bridge is 300 metres (1,300ft) long.",
        "The new bridge is 300 metres (980ft) long.",
    ),
    (
        "entity-spelling",
        "Councillor Ruth Abernathy proposed the motion.\n\nMs Abernethy said the depot had stood empty for too long.",
        "Councillor Ruth Abernathy proposed the motion.\n\nMs Abernathy said the depot had stood empty for too long.",
    ),
    (
        "entity-spelling",
        "The chief executive, Joanna Brennan-Lisle, apologised.\n\nMs Brennan-Lyle said the firm would repay "
        "customers.",
        "The chief executive, Joanna Brennan-Lisle, apologised.\n\nMs Brennan-Lisle said the firm would repay "
        "customers.",
    ),
    (
        "entity-spelling",
        "Residents of Kilbarrack have complained for years.\n\nThe bus to Kilbarack runs only twice a day.",
        "Residents of Kilbarrack have complained for years.\n\nThe bus to Kilbarrack runs only twice a day.",
    ),
    (
        "entity-spelling",
        "The coach, Emeka Okonkwo, named an unchanged side.\n\nOkonkow said his players were ready.",
        "The coach, Emeka Okonkwo, named an unchanged side.\n\nOkonkwo said his players were ready.",
    ),
    (
        "entity-spelling",
        "Harrowfield Building Society reported higher profits.\n\nShares in Harrowfeld Building Society's parent "
        "rose 3%.",
        "Harrowfield Building Society reported higher profits.\n\nShares in Harrowfield Building Society's parent "
        "rose 3%.",
    ),
    (
        "entity-spelling",
        "Paul Greenhalgh, the club's chairman, resigned on Friday.\n\nGreenhalg had led the club for nine years.",
        "Paul Greenhalgh, the club's chairman, resigned on Friday.\n\nGreenhalgh had led the club for nine years.",
    ),
    (
        "entity-spelling",
        "Detective Inspector Sarah Fitzsimmons led the inquiry.\n\nDI Fitzsimons said the search would continue.",
        "Detective Inspector Sarah Fitzsimmons led the inquiry.\n\nDI Fitzsimmons said the search would continue.",
    ),
    (
        "entity-spelling",
        "The fire began near Glenmorven.\n\nCrews from Oban and Glenmorvan fought it through the night.",
        "The fire began near Glenmorven.\n\nCrews from Oban and Glenmorven fought it through the night.",
    ),
    (
        "entity-spelling",
        'Dr Anneke Verhoeven, who led the study, said the results were clear.\n\n"We were surprised," Dr Verhoven '
        "added.",
        'Dr Anneke Verhoeven, who led the study, said the results were clear.\n\n"We were surprised," Dr '
        "Verhoeven added.",
    ),
    (
        "entity-spelling",
        "Labour's candidate, Priya Chaudhary, won the seat.\n\nMs Chaudhry thanked voters.",
        "Labour's candidate, Priya Chaudhary, won the seat.\n\nMs Chaudhary thanked voters.",
    ),
    (
        "entity-spelling",
        "BELLINGHAM, Wash. — Mayor Tom Delacroix signed the order.\n\nDelacriox said it would take effect immediately.",
        "BELLINGHAM, Wash. — Mayor Tom Delacroix signed the order.\n\nDelacroix said it would take effect immediately.",
    ),
    (
        "entity-spelling",
        "Ms Keogh, the regulator's chief, said prices would fall.\n\nSiobhan Keough joined the regulator in 2021.",
        "Ms Keogh, the regulator's chief, said prices would fall.\n\nSiobhan Keogh joined the regulator in 2021.",
    ),
]

# Forms of the round's benchmark misses, in other words, each with a near-miss twin that must stay silent.
_MISSES = [
    (
        "sum-of-parts",
        "The carrier's fleet of 640 aircraft consists of 380 Airbus A320s, 190 Boeing 737s and 80 turboprops.",
        "The carrier's fleet of 640 aircraft consists of 380 Airbus A320s, 190 Boeing 737s and 70 turboprops.",
    ),
    (
        "sum-of-parts",
        "The library's £12m rebuild is being paid for with £7m from the council, a £3m lottery grant and £1.5m "
        "in donations.",
        "The library's £12m rebuild is being paid for with £7m from the council, a £3m lottery grant and £2m "
        "in donations.",
    ),
    (
        "sum-of-parts",
        "The 860 families still in emergency housing in the district are split between 510 in hotels, "
        "240 in hostels and 90 in shared flats.",
        "The 860 families still in emergency housing in the district are split between 510 in hotels, "
        "240 in hostels and 110 in shared flats.",
    ),
    (
        "sum-of-parts",
        "The club has sold 7,300 season memberships for the new ground: 5,100 renewals, 1,600 new adults and "
        "500 juniors.",
        "The club has sold 7,300 season memberships for the new ground: 5,100 renewals, 1,700 new adults and "
        "500 juniors.",
    ),
    (
        "sum-of-parts",
        "The £9.4m grant was split between the new pool at Elm Park (£5.1m), a sports hall in Kelby (£2.9m) and "
        "roof repairs (£1.2m).",
        "The £9.4m grant was split between the new pool at Elm Park (£5.1m), a sports hall in Kelby (£2.9m) and "
        "roof repairs (£1.4m).",
    ),
    (
        "count-vs-list",
        "Three bakeries closed in Kelby last year: Crumb and Co, Hart's, Salt and Rye, and Bloom Patisserie.",
        "Four bakeries closed in Kelby last year: Crumb and Co, Hart's, Salt and Rye, and Bloom Patisserie.",
    ),
    (
        "count-vs-list",
        "Harbour officials said six trawlers had been cleared for the buy-back scheme, namely:\n\n- Morning Star\n"
        "- Girl Ellen\n- Sea and Sky\n- Bright Hope\n- Tern",
        "Harbour officials said five trawlers had been cleared for the buy-back scheme, namely:\n\n- Morning Star\n"
        "- Girl Ellen\n- Sea and Sky\n- Bright Hope\n- Tern",
    ),
    (
        "duration-dates",
        "The eight-day regatta, which ran from 3 to 11 July, drew 300 boats.",
        "The nine-day regatta, which ran from 3 to 11 July, drew 300 boats.",
    ),
    (
        "unit-conversion",
        "The ministry set aside Rs 1,150 crore (Rs 1.15 billion) for the canal.",
        "The ministry set aside Rs 1,150 crore (Rs 11.5 billion) for the canal.",
    ),
    (
        "entity-spelling",
        "The inquiry was chaired by Dr Helen Okoro-Black.\n\nDr Okoro-Blake said the report would be published in "
        "March.",
        "The inquiry was chaired by Dr Helen Okoro-Black.\n\nDr Okoro-Black said the report would be published in "
        "March.",
    ),
]

# Near-misses of the new readers: correct as written, so no finding at all.
_SILENT = [
    "Three retailers will open stores in the centre: Boots, Tesco and Marks and Spencer.",
    "The ten-night cruise sails from 2 to 12 May.",
    "The 14-day festival runs from 1 to 14 June.",
    "The council approved four schemes:\n\n- a new pool\n- a skate park\n- a library extension\n- a cycle path",
    "Three councils sent objections to the plans:\n\n- Arden\n- Bexley",
    "The state will spend ₹640 crore (₹50 crore from the Centre) on the scheme.",
    "The vote is on 20 January, a Thursday, at the town hall.",
]


@pytest.mark.parametrize(("check_type", "wrong", "right"), _GRID + _MISSES)
def test_each_form_flags_its_wrong_twin_only(check_type: str, wrong: str, right: str) -> None:
    assert_twins(check_type, _one(wrong), _one(right), wrong)


@pytest.mark.parametrize("text", _SILENT)
def test_near_misses_of_the_new_readers_stay_silent(text: str) -> None:
    assert not _one(text).findings, text
