"""cross-document-number: a rewrite figure that has the role of a source figure (the same named quantity, the same
label, the same count on the same day) but another value is a changed figure; a figure of another role (a clock
time, a threshold said of part of a group, a figure the rewrite moved to another sentence) is none. Hand-written
sentences in several registers: each rule with hits and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks._numeric import scan
from factcheck.checks.cross_document_number import _label, clock_time

_CHECK = "cross-document-number"

# A story frame the rewrite shares with its source (so that it is detected as rewriting it), with two slots.
_FRAME = (
    "{first}\n\n"
    "The figures were published by the regional statistics office in its quarterly bulletin on Thursday.\n\n"
    "Officials said the bulletin would be followed by a fuller survey of household spending in the autumn.\n\n"
    "{second}\n\n"
    "The opposition spokesman, Tobias Wren, said ministers had been slow to respond to the slowdown.\n\n"
    "The next bulletin is due to be published in the first week of the new year.\n"
)


def _found(source: tuple[str, str], rewrite: tuple[str, str]) -> list[str]:
    """The cross-document-number messages on a source and its rewrite, each given as the frame's two slots."""
    first, second = source
    mine, theirs = rewrite
    found = rewrite_findings(
        _CHECK, _FRAME.format(first=first, second=second), _FRAME.format(first=mine, second=theirs)
    )
    return [f.message for f in found]


# --- the level of a named quantity -------------------------------------------------------------------------------

_LEVEL_HITS = [
    # the same change, the level changed; another word for the quantity ("jobless")
    (
        ("The unemployment rate for women aged 25 to 34 rose 0.4 percentage points to 8.2% in May.", ""),
        ("", "The jobless rate for women aged 25 to 34 rose 0.4 points to 8.7 per cent in May, the office said."),
    ),
    # a quantity named in another order, a verb in another tense
    (
        ("Inflation in the eurozone eased to 2.4% in March, the statistics office said.", ""),
        ("", "Eurozone inflation has eased to 2.9 per cent, figures showed."),
    ),
    # an amount of money, the rewrite's figure in a clause of its own
    (
        ("The club's wage bill climbed to £48.6m last season.", ""),
        ("Accounts filed at Companies House show the club's wage bill climbed to £52.1m last season.", ""),
    ),
    # a level the quantity stood at
    (
        ("Across the region, the vacancy rate for office space stood at 14.2% at the end of June.", ""),
        ("", "The office vacancy rate stood at 12.9 per cent across 40 towns, agents said."),
    ),
    # the name within the other's ("youth unemployment" / "the youth unemployment rate")
    (
        ("The youth unemployment rate rose to 14.1% in the three months to September.", ""),
        ("", "Youth unemployment climbed to 15.3% in the three months to September."),
    ),
    # an amount after the size of its change, the quantity after a clause of the rewrite's own
    (
        ("Average weekly earnings in the private sector rose 3.8% to $1,204, the office said.", ""),
        ("In the private sector, average weekly earnings climbed 3.8 per cent to $1,420.", ""),
    ),
]

_LEVEL_NEAR_MISSES = [
    # a rounding
    (
        ("The unemployment rate rose to 6.94% in May, its highest since 2021.", ""),
        ("", "The unemployment rate rose to 6.9 per cent in May."),
    ),
    # a hedge that holds the source's figure
    (
        ("The unemployment rate rose to 7.1% in May.", ""),
        ("", "The jobless rate climbed to about 7 per cent in May."),
    ),
    # an update told as such
    (
        ("The unemployment rate rose to 6.9% in May.", ""),
        ("", "The unemployment rate has now climbed to 7.4 per cent, the latest figures show."),
    ),
    # another quantity with only a general word in common
    (
        ("The unemployment rate rose to 6.9% in May.", ""),
        ("", "The participation rate rose to 65.2 per cent in May."),
    ),
    # one end of a range
    (
        ("The central bank expects inflation to ease to 2.4% next year.", ""),
        ("", "The central bank expects inflation to ease to between 2.1 and 2.6 per cent next year."),
    ),
    # a count that rose to a number: a running tally
    (
        ("The death toll from the floods rose to 32 on Monday, officials said.", ""),
        ("", "The death toll from the floods rose to 45, officials said."),
    ),
    # the rewrite gives the source's figure elsewhere (figures moved between sentences)
    (
        ("Wage growth slowed to 3.1% in May.", "Inflation eased to 2.4%, the lowest in three years."),
        ("Wage growth slowed to 2.4% in May.", "Wage growth, at 3.1%, still outpaces inflation."),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _LEVEL_HITS)
def test_a_named_quantity_at_another_level_is_a_changed_figure(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _LEVEL_NEAR_MISSES)
def test_a_named_level_restated_updated_or_of_another_quantity_is_silent(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert not _found(source, rewrite)


# --- a label: the name a figure's clause opens with --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("By city: Toronto logged 4,130 actual starts.", "4,130", "Toronto"),
        ("The Standard plan rises to $18.99 a month.", "18.99", "Standard"),
        ("- Standard: $17.99 (currently $15.49)", "17.99", "Standard"),
        ("Lisbon averaged €1,485 per square metre.", "1,485", "Lisbon"),
        ("The Northern Line ran 94.6% of its trains on time.", "94.6%", "Line"),
        ("Harwick polled 4,713 votes in the ward.", "4,713", "Harwick"),
        ("Premium climbs $2 to $24.99.", "24.99", None),  # another figure between
        ("The company logged 4,130 starts.", "4,130", None),  # a word that opens sentences
        ("In March prices rose to 4.2%.", "4.2%", None),  # a month
        ("- Toronto: 4,310 units, up 22% year over year", "22%", None),  # a break between
        ("Sales and 4,130 units.", "4,130", None),  # a conjunction between
        ("Leeds saw sales of 4,130 units.", "4,130", None),  # "of": the figure's own phrase
    ],
)
def test_the_label_of_a_figure(text: str, figure: str, label: str | None) -> None:
    n = next(n for n in scan(text) if n.text == figure.rstrip("%") or n.text == figure)
    assert _label(text, n) == label


_LABEL_HITS = [
    # a city's figure from a list of bullets, merged into one sentence with a verb and another noun
    (
        ("- Leeds: 2,318 cases\n- Bradford: 1,204 cases\n- York: 806 cases", ""),
        ("Leeds logged 2,138 new infections, Bradford 1,204 and York 806.", ""),
    ),
    # a price tier, the rewrite telling its rise
    (
        (
            "- Family: $21.99 a month (currently $19.99)\n- Solo: $11.99 a month (currently $10.99)\n"
            "- Duo: $16.99 a month (currently $14.99)",
            "",
        ),
        ("The Family plan climbs to $22.99, Duo to $16.99 and Solo to $11.99.", ""),
    ),
    # a price per square metre
    (
        ("- Lisbon: €1,845 per square metre\n- Porto: €1,320 per square metre\n- Faro: €1,610 per square metre", ""),
        ("", "Lisbon homes fetched €1,945 a square metre on average, against €1,320 in Porto."),
    ),
    # a table's rows
    (
        ("| Kent | 3,462 | 12% |\n| Essex | 2,910 | 8% |\n| Surrey | 2,115 | 5% |", ""),
        ("", "Kent received 3,492 applications, Essex 2,910 and Surrey 2,115."),
    ),
    # a share of trains on time, the label the last word of a name
    (
        ("- Northern Line: 96.4% on time\n- Central Line: 91.2% on time\n- Victoria Line: 94.8% on time", ""),
        ("", "The Northern Line ran 95.4% of its trains to time, ahead of the Victoria Line at 94.8%."),
    ),
    # a candidate's votes
    (
        ("- Harwick: 4,731 votes (Green)\n- Osei: 4,102 votes (Labour)\n- Lind: 2,966 votes (Conservative)", ""),
        ("", "Harwick took 4,781 votes, Osei 4,102 and Lind 2,966."),
    ),
]

_LABEL_NEAR_MISSES = [
    # the same figure
    (("- Leeds: 2,318 cases, up 4% on the week", ""), ("", "Leeds logged 2,318 cases in the week.")),
    # a rounding
    (("- Leeds: 2,318 cases, up 4% on the week", ""), ("", "Leeds logged about 2,300 cases in the week.")),
    # an update told as such
    (
        ("- Leeds: 2,318 cases, up 4% on the week", ""),
        ("", "Leeds has now logged 2,381 cases, the latest count shows."),
    ),
    # one digit changed and another noun: another figure of the city
    (("- Leeds: 2,318 cases, up 4% on the week", ""), ("", "Leeds carried out 2,319 tests in the week.")),
    # another city
    (("- Leeds: 2,318 cases, up 4% on the week", ""), ("", "Bradford carried out 2,381 tests in the week.")),
    # another figure between the name and the figure
    (("- Premium: $24.99 (currently $22.99)", ""), ("", "Premium climbs $2 to $24.99.")),
]


@pytest.mark.parametrize(("source", "rewrite"), _LABEL_HITS)
def test_a_labelled_figure_slipped_is_a_changed_figure(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _LABEL_NEAR_MISSES)
def test_a_labelled_figure_restated_or_of_another_thing_is_silent(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert not _found(source, rewrite)


# --- a time of day is no figure -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "is_clock"),
    [
        ("in force until 21:00 GMT on Friday", "21", True),
        ("the gates shut at 4.15pm", "4.15", True),
        ("opening from 9am on Saturday", "9", True),
        ("polls close by 6 p.m. tonight", "6", True),
        ("the 18:30 sailing to Cherbourg", "18", True),
        ("at 10:45, the second train arrived", "10", True),
        ("covering 21 council areas", "21", False),
        ("a budget of 4.15 million euros", "4.15 million", False),
        ("paid £9.30 an hour", "9.30", False),
        ("won 3-1 at home", "3", False),
        ("an average of 6.5 goals", "6.5", False),
        ("about 18 minutes later", "18", False),
    ],
)
def test_a_time_of_day(text: str, figure: str, is_clock: bool) -> None:
    n = next(n for n in scan(text) if n.text == figure)
    assert clock_time(text, n) is is_clock


_CLOCK_HITS = [
    # a clock hour equal to the source's count
    (
        ("A wind warning covers 21 council areas from 06:00 to 21:00 on Friday.", ""),
        ("", "A wind warning covers 27 council areas from 06:00 until 21:00 on Friday."),
    ),
    # the hours of a span adding up to the rewrite's count
    (
        ("The ferry will carry 14 lorries on the sailing from 09:00 to 14:00 on Sunday.", ""),
        ("", "The ferry will carry 23 lorries on the sailing from 09:00 to 14:00 on Sunday."),
    ),
    # the rewrite's count, the hour the source's stalls close
    (
        ("Gates open at 10:00 and 12 stalls will trade until 18:00 on Saturday.", ""),
        ("", "Gates open at 10:00 and 18 stalls will trade until 18:00 on Saturday."),
    ),
    (
        ("The museum will admit 16 school groups between 09:00 and 16:00 on Friday.", ""),
        ("", "The museum will admit 9 school groups between 09:00 and 16:00 on Friday."),
    ),
    # the source's count, an hour of the rewrite
    (
        ("Engineers will close 22 level crossings from 22:00 on Saturday.", ""),
        ("", "Engineers will close 12 level crossings from 22:00 on Saturday."),
    ),
    (
        ("Between 13:00 and 15:00 on Sunday, 13 lifeboats were launched off Cornwall.", ""),
        ("", "Between 13:00 and 15:00 on Sunday, 15 lifeboats were launched off Cornwall."),
    ),
]

_CLOCK_NEAR_MISSES = [
    (
        ("A wind warning covers 21 council areas from 06:00 to 21:00 on Friday.", ""),
        ("", "A wind warning covers 21 council areas from 6am until 9pm on Friday."),
    ),
    (
        ("Polls close at 10pm, and 12 wards are expected to declare overnight.", ""),
        ("", "Polls close at 10pm, and a dozen wards are expected to declare overnight."),
    ),
    (
        ("At 16:00 on Monday, 48 flights had been cancelled at the airport.", ""),
        ("", "By 4pm on Monday, nearly 50 flights had been cancelled at the airport."),
    ),
    (
        ("The 7.45pm screening drew 212 guests to the festival's opening night.", ""),
        ("", "More than 200 guests came to the 7.45pm screening on the festival's opening night."),
    ),
    (
        ("Trading resumed at 11.30am after 30 stocks were suspended on Tuesday.", ""),
        ("", "Trading resumed at 11.30am on Tuesday, the exchange said."),
    ),
    (
        ("The ferry will carry 14 lorries on the sailing from 09:00 to 14:00 on Sunday.", ""),
        ("", "The ferry will carry 14 lorries on Sunday's sailing, which leaves at 9am."),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _CLOCK_HITS)
def test_a_time_of_day_holds_no_count_of_the_other_sentence(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _CLOCK_NEAR_MISSES)
def test_counts_beside_times_of_day_restated_are_silent(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert not _found(source, rewrite)


# --- the same count on the same day -------------------------------------------------------------------------------
# (the frame's source is dated Monday 2 June 2025, its rewrite Tuesday 3 June: "today" in the source is Monday)

_SAME_DAY_HITS = [
    # "today" in the source is the rewrite's Monday; "these three donors" is no other count of all donors
    (
        (
            "Forty-one donors today pledged $1.4 billion for flood relief at a conference in Lisbon.",
            "Together these three donors account for half of the total pledged.",
        ),
        ("The pledges, made by 44 donors at a conference in Lisbon on Monday, topped $1.4 billion.", ""),
    ),
    (
        ("Rescuers today freed 38 miners trapped at the Kestrel pit in Silesia.", ""),
        ("Rescuers on Monday freed 33 miners trapped at the Kestrel pit in Silesia.", ""),
    ),
    (
        ("Yesterday 120 volunteers cleared litter from the beaches of Brighton.", ""),
        ("On Sunday 150 volunteers cleared litter from the beaches of Brighton, the council said.", ""),
    ),
    (
        ("Police today arrested 17 people after clashes in Marseille.", "Those two men were later released."),
        ("", "Police arrested 27 people after clashes in Marseille on Monday."),
    ),
    # two windows that share the day they pin, each with a date of its own
    (
        ("An amber warning is in force on Friday 6 June, covering 21 coastal districts.", ""),
        ("The forecaster on Monday issued an amber warning for 27 coastal districts on Friday.", ""),
    ),
    (
        ("On Saturday 31 May, 212 boats took part in the regatta at Cowes.", ""),
        ("The regatta at Cowes drew 236 boats on Saturday, organisers said on Sunday.", ""),
    ),
]

_SAME_DAY_NEAR_MISSES = [
    # another day
    (
        ("Rescuers today freed 38 miners trapped at the Kestrel pit in Silesia.", ""),
        ("Rescuers on Sunday freed 33 miners trapped at the Kestrel pit in Silesia.", ""),
    ),
    (
        ("Police today arrested 17 people after clashes in Marseille.", ""),
        ("", "Police arrested 27 people after clashes in Marseille on Tuesday."),
    ),
    # the donors just named are no count of all donors
    (
        (
            "Forty-one donors today pledged $1.4 billion for flood relief at a conference in Lisbon.",
            "Together these three donors account for half of the total pledged.",
        ),
        ("", "Three donors account for half of the total pledged at the conference in Lisbon."),
    ),
    # the same count
    (
        ("Forty-one donors today pledged $1.4 billion for flood relief at a conference in Lisbon.", ""),
        ("The pledges, made by 41 donors at a conference in Lisbon on Monday, topped $1.4 billion.", ""),
    ),
    # an update
    (
        ("Rescuers today freed 38 miners trapped at the Kestrel pit in Silesia.", ""),
        ("Rescuers have now freed 45 miners trapped at the Kestrel pit in Silesia.", ""),
    ),
    # two windows with no day in common
    (
        ("An amber warning is in force on Friday 6 June, covering 21 coastal districts.", ""),
        ("The forecaster on Monday issued an amber warning for 27 coastal districts on Saturday.", ""),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SAME_DAY_HITS)
def test_one_count_on_one_day_told_two_ways_is_compared(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _SAME_DAY_NEAR_MISSES)
def test_counts_of_other_days_or_parts_are_silent(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert not _found(source, rewrite)


# --- a place's count with the whole's digits swapped --------------------------------------------------------------

_PLACE_SWAP_HITS = [
    (
        ("The film opened in 4,120 cinemas across the UK and Ireland on Friday.", ""),
        ("", "The film opened in 4,210 cinemas on Friday, its distributor said."),
    ),
    (
        ("The group employs 2,475 staff in France at its three plants.", ""),
        ("", "Its 2,745 staff work at three plants."),
    ),
    (
        ("The tour sold 18,350 tickets across Europe in its first week.", ""),
        ("", "In its first week the tour sold 18,530 tickets, promoters said."),
    ),
    (
        ("Storm damage left 6,840 households in Cornwall without power.", ""),
        ("", "About 6,480 households lost power after the storm."),
    ),
    (
        ("Inspectors rated 1,264 schools in Ontario as needing repairs.", ""),
        ("", "Inspectors found 1,624 schools needing repairs, the report said."),
    ),
    (
        ("Hospitals reported 3,715 beds in Scotland occupied by flu patients.", ""),
        ("", "Flu patients occupied 3,175 beds, hospitals reported."),
    ),
]

_PLACE_SWAP_NEAR_MISSES = [
    # a part of the whole, no slip of its digits
    (("The group employs 1,100 staff in France at its three plants.", ""), ("", "Its 15,000 staff work worldwide.")),
    (("The group employs 2,475 staff in France at its three plants.", ""), ("", "Its 2,485 staff work worldwide.")),
    (("The group employs 2,400 staff in France at its three plants.", ""), ("", "Its 4,200 staff work worldwide.")),
    # a rounding
    (
        ("The tour sold 18,350 tickets across Europe in its first week.", ""),
        ("", "In its first week the tour sold about 18,000 tickets, promoters said."),
    ),
    # the same figure
    (
        ("Storm damage left 6,840 households in Cornwall without power.", ""),
        ("", "Some 6,840 households lost power after the storm."),
    ),
    # one digit changed: a place's count may be near its whole's
    (
        ("Hospitals reported 3,715 beds in Scotland occupied by flu patients.", ""),
        ("", "Flu patients occupied 3,725 beds, hospitals reported."),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _PLACE_SWAP_HITS)
def test_a_count_with_the_digits_swapped_is_a_slip_whatever_its_place(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _PLACE_SWAP_NEAR_MISSES)
def test_a_place_still_tells_a_part_from_its_whole(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert not _found(source, rewrite)


# --- a threshold said of part of a group ---------------------------------------------------------------------------

_SOME_SILENT = [
    (
        ("Thousands of fans were left queuing on the road, some for more than two hours.", ""),
        ("", "Fans who spent up to two hours queuing on the road have complained."),
    ),
    (
        ("Passengers were stranded at the terminal, many for over three hours.", ""),
        ("", "Passengers stranded at the terminal for up to three hours were offered vouchers."),
    ),
    (
        ("Patients waited on trolleys in corridors, several for more than 12 hours.", ""),
        ("", "Patients waited up to 12 hours on trolleys in corridors."),
    ),
    (
        ("Drivers sat in traffic on the bridge, a few for more than four hours.", ""),
        ("", "Drivers sat in traffic on the bridge for up to four hours."),
    ),
    (
        ("Hundreds of pupils were kept at school, most of them for over two hours.", ""),
        ("", "Pupils were kept at school for as long as two hours."),
    ),
    (
        ("Residents of the valley were left without power, some for more than three days.", ""),
        ("", "Residents of the valley were left without power for up to three days."),
    ),
]

_SOME_FLAGGED = [
    # another number of periods
    (
        ("Thousands of fans were left queuing on the road, some for more than five hours.", ""),
        ("", "Fans who spent up to two hours queuing on the road have complained."),
    ),
    (
        ("Residents of the valley were left without power, some for more than six days.", ""),
        ("", "Residents of the valley were left without power for up to three days."),
    ),
    # no part of a group: one duration bounded two ways
    (
        ("The closure of the bridge lasted more than four months.", ""),
        ("", "The closure of the bridge lasted under four months."),
    ),
    (
        ("Repairs to the pier took more than six weeks, the council said.", ""),
        ("", "Repairs to the pier took less than six weeks, the council said."),
    ),
    (
        ("Passengers were stranded at the terminal, many for over nine hours.", ""),
        ("", "Passengers stranded at the terminal for up to three hours were offered vouchers."),
    ),
    (
        ("Patients waited on trolleys in corridors, several for more than 20 hours.", ""),
        ("", "Patients waited up to 12 hours on trolleys in corridors."),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SOME_SILENT)
def test_the_longest_waits_of_some_and_a_bound_of_all_are_one_threshold(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert not _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _SOME_FLAGGED)
def test_bounds_of_another_length_or_of_one_duration_still_disagree(
    source: tuple[str, str], rewrite: tuple[str, str]
) -> None:
    assert _found(source, rewrite)


# --- figures moved between sentences ------------------------------------------------------------------------------

_MOVED_SILENT = [
    (
        (
            "Korvex is the fifth-largest phone maker by shipments, with a share of about 6% last year.",
            "Korvex shares closed 1.8% lower in Seoul after the launch.",
        ),
        (
            "Korvex, the fifth-biggest phone maker by shipments, saw its shares fall 1.8% in Seoul.",
            "The company held about 6% of the market last year.",
        ),
    ),
    (
        ("The ruling party won 41% of the vote in the capital.", "Turnout in the capital was 63%."),
        ("In the capital, where the ruling party won, turnout was 63%.", "The party took 41% of the vote there."),
    ),
    (
        ("The bank's core capital ratio was 14.2% in June.", "Its cost-to-income ratio improved to 52%."),
        ("The bank's cost-to-income ratio was 52% in June.", "Its core capital ratio stood at 14.2%."),
    ),
    (
        ("About 38% of the region's farms grow barley.", "Wheat covers 45% of the arable land in the region."),
        ("Wheat, grown on 45% of the region's farms' arable land, leads.", "Barley is grown by about 38% of farms."),
    ),
    (
        ("Renewables supplied 31% of the country's power last year.", "Coal's share fell to 9%."),
        ("Coal supplied 9% of the country's power last year.", "Renewables took 31%."),
    ),
    (
        ("The museum's visitor numbers rose 12% in the summer.", "Ticket prices went up 4% in April."),
        ("The museum's ticket prices went up 4% in the summer.", "Visitor numbers rose 12%."),
    ),
]

_MOVED_FLAGGED = [
    # the rewrite's figure is the source's, but the source's is nowhere in the rewrite
    (
        ("Korvex is the fifth-largest phone maker by shipments, with a share of about 6% last year.", ""),
        ("Korvex is the fifth-largest phone maker by shipments, with a share of about 9% last year.", ""),
    ),
    (
        ("The ruling party won 41% of the vote in the capital.", "Turnout in the capital was 63%."),
        ("The ruling party won 47% of the vote in the capital.", "Turnout in the capital was 63%."),
    ),
    (
        ("The bank's core capital ratio was 14.2% in June.", ""),
        ("The bank's core capital ratio was 12.8% in June.", ""),
    ),
    (
        ("About 38% of the region's farms grow barley.", ""),
        ("About 58% of the region's farms grow barley.", ""),
    ),
    (
        ("Renewables supplied 31% of the country's power last year.", "Coal's share fell to 9%."),
        ("Renewables supplied 9% of the country's power last year.", "Coal's share fell to 9%."),
    ),
    (
        ("School groups made up 12% of the museum's visitors in the summer.", ""),
        ("School groups made up 21% of the museum's visitors in the summer.", ""),
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _MOVED_SILENT)
def test_figures_moved_between_sentences_are_not_changed(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert not _found(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _MOVED_FLAGGED)
def test_a_changed_share_is_still_flagged(source: tuple[str, str], rewrite: tuple[str, str]) -> None:
    assert _found(source, rewrite)
