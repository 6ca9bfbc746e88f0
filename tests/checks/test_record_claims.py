"""Record claims a rewrite adds (a superlative over a span of months, a first since a year or within a season, a
ranking owned by a place) and the sources' records that vouch for them; every sentence here is new."""

from __future__ import annotations

import pytest
from _run import rewrite_findings as findings

from factcheck.checks._numeric import stem
from factcheck.checks.unsupported_claim import _records

# --- recognising a record claim and its scope ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Turnout was the lowest in nine months.", "span"),
        ("Sales posted their steepest fall in six weeks, the retailer said.", "span"),
        ("Wheat futures closed at their highest level in 14 months on Friday.", "span"),
        ("The index logged its biggest one-day drop in more than 18 months.", "span"),
        ("Rainfall in the catchment was the heaviest for a month.", "span"),
        ("Shares of the miner hit their weakest price in over two years.", "span"),
    ],
)
def test_a_superlative_over_weeks_or_months_is_a_record_over_a_span(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("It was the club's first away victory since 2016.", "since 2016"),
        ("Saturday's result was the Rovers' first league double over them since 2011.", "since 2011"),
        ("It is the brewer's first drop in sales since it floated on the exchange in 2009.", "since 2009"),
        ("The bank booked its first annual loss since the financial crisis began.", "span"),
        ("Officials confirmed the region's first measles case of the year on Monday.", f"first {stem('case')}"),
        ("The airline reported its first quarterly profit this year.", f"first {stem('profit')}"),
        (
            "Police said it was their first seizure of cocaine at the harbour so far this season.",
            f"first {stem('seizure')}",
        ),
        ("She is the first woman since 1987 to lead the party.", "since 1987"),
    ],
)
def test_a_first_since_a_year_or_within_a_season_is_a_record(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("The merger would create Tasmania's largest dairy processor by volume.", "in tasmania"),
        ("The new terminal makes Lisbon's airport Europe's busiest hub by passengers.", "in europe"),
        ("Kenya became the world's largest exporter of black tea last year.", "in world"),
        ("The vote would make it the country's largest public-sector union.", "peers"),
        ("With the upgrade, Brightwater is now New Zealand's fastest-growing port.", "in new zealand"),
        ("The site remains Wales's oldest working slate quarry.", "in wales"),
    ],
)
def test_a_ranking_a_place_owns_stated_of_the_subject_is_a_record(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The first 3,000 doses of the season arrive on Monday.",
        "Their first home game of the season is on Saturday against Leeds.",
        "In the first half of the year, sales rose 4 per cent.",
        "The vote was held in the first week of the season.",
        "The first time she visited the site, it rained.",
        "Lagos, Nigeria's largest city, hosted the summit.",
        "Ministers visited Britain's largest port on Friday.",
        "Critics say the plan makes the city's poorest families pay more.",
        "Of the three contracts, the dredging contract was the largest.",
        "The authority's first board meeting of the year is on Friday.",
        "The largest gains came in the first six months.",
        "Revenue in the 12 months to June was the largest item.",
        "The agency is still waiting for data for the first three months of the year.",
    ],
)
def test_an_ordinal_of_a_sequence_or_a_described_ranking_is_no_record(sentence: str) -> None:
    assert not _records(sentence), sentence


# --- a rewrite's record that no source makes ------------------------------------------------------------------------

_PORT = (
    "The Port of Harwell handled 1.9 million containers in the year to June, the port authority said on Tuesday.\n\n"
    "Volumes rose 6 per cent from a year earlier as two new shipping lines began calling at the port.\n\n"
    "Chief executive Mara Lind said a third crane would be installed at the eastern terminal next spring.\n\n"
    "The authority will spend 40 million euros on dredging the harbour channel over the next two years.\n"
)


def _port_rewrite(added: str) -> str:
    return (
        "The Port of Harwell handled 1.9 million containers in the year to June, its port authority said on Tuesday."
        "\n\n"
        "Volumes were up 6 per cent on a year earlier after two new shipping lines started calling at the port.\n\n"
        f"{added}\n\n"
        "Chief executive Mara Lind said a third crane would be installed at the eastern terminal next spring.\n\n"
        "The authority plans to spend 40 million euros dredging the harbour channel over the next two years.\n"
    )


def _record_flagged(source: str, added: str) -> bool:
    return any("record claim" in f.message for f in findings("unsupported-claim", source, _port_rewrite(added)))


@pytest.mark.parametrize(
    "added",
    [
        "The annual rise was the sharpest in 18 months.",
        "It was the port's first increase in volumes since 2019.",
        "Harwell recorded its first collision between two ships of the year in May.",
        "The new lines make Harwell Scandinavia's busiest container port.",
        "Volumes posted their first gain since the pandemic began.",
        "The growth made it the world's fastest-growing port in the year.",
    ],
)
def test_a_record_no_source_makes_is_reported(added: str) -> None:
    assert _record_flagged(_PORT, added), added


def _with(sentence: str) -> str:
    return _PORT.replace("next spring.\n\n", f"next spring.\n\n{sentence}\n\n")


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        # the same record in other words
        ("It was the highest annual total in the port's history.", "The total was the highest ever for the port."),
        ("Harwell is the busiest container port in Scandinavia.", "Harwell remains Scandinavia's busiest port."),
        ("Harwell is now the region's busiest container port.", "Harwell is now Scandinavia's busiest port."),
        ("Harwell is Scandinavia's biggest container port.", "It is the largest container port in Scandinavia."),
        ("Harwell became the first port in the country to ban diesel lorries.", "It is the first port to ban trucks."),
        ("It was the first rise in volumes since 2019.", "It was the port's first increase in volumes since 2019."),
        ("Harwell saw its first ship collision this year in May.", "Its first collision of the year came in May."),
        # a quoted opinion the source quotes
        (
            '"This is the best year the port has ever had," Lind said.',
            '"This is the best year the port has ever had," Lind said.',
        ),
    ],
)
def test_a_source_making_the_same_record_vouches_for_it(source_adds: str, added: str) -> None:
    assert not _record_flagged(_with(source_adds), added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        ("Harwell is the busiest container port in Scandinavia.", "Harwell is now the world's busiest port."),
        ("Harwell is the busiest container port in Scandinavia.", "It is now Europe's busiest container port."),
        ("It was the first rise in volumes since 2012.", "It was the port's first increase in volumes since 2019."),
        ("Lind said it was the first crane bought since 2010.", "Harwell recorded its first strike of the year."),
        ("Harwell is Scandinavia's largest container port.", "Harwell is the fastest-growing port in Scandinavia."),
        (
            "It was the first port in the country to install electric cranes.",
            "Harwell became the first operator to ban diesel trucks at its gates.",
        ),
    ],
)
def test_a_source_record_of_another_scope_or_subject_does_not_vouch(source_adds: str, added: str) -> None:
    assert _record_flagged(_with(source_adds), added), added


@pytest.mark.parametrize(
    "added",
    [
        "The first 200 containers from the new lines were unloaded in March.",
        "The authority's first board meeting of the year is on Friday.",
        "In the first half of the year, volumes rose faster.",
        "The eastern terminal handled the most of the port's three terminals.",
        "Harwell, Scandinavia's busiest container port, added the two lines in March.",
        "The first phase of the dredging will start in the autumn.",
    ],
)
def test_no_record_claim_is_reported_for_a_sequence_or_a_description(added: str) -> None:
    assert not _record_flagged(_PORT, added), added


# --- the scopes of a record: broken records, firsts over a span, since a named event, within a season -------------


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("The sloop broke the record for a single-handed Atlantic crossing.", "record"),
        ("Kerrigan set a new national record in the 400 metres hurdles on Sunday.", "record"),
        ("Her debut album smashed streaming records across South America.", "record"),
        ("The index closed at an all-time high on Friday.", "record"),
        ("It was the steepest quarterly fall in output since the pandemic.", "span"),
        ("Exports had their worst month since the Second World War, the ministry said.", "span"),
        ("The county posted its first budget surplus since the miners' strike.", "span"),
        ("It is the first secondary school approved in the borough in more than a decade.", "span"),
        ("The vote marked the council's first rate rise in four years.", "span"),
        ("It was the biggest crowd at the ground this season.", "year"),
        ("It is the first time since 1987 that the harbour has frozen over.", "since 1987"),
        ("It was the first time since the flood, the miller said.", "span"),
        ("The Rowan mill, the oldest working in the south of Scotland, reopened on Monday.", "in scotland"),
        ("It is now the busiest in the north-west of England, its owners said.", "in england"),
    ],
)
def test_a_record_broken_or_over_a_span_or_season_is_a_record(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said she wanted to set the record straight on funding.",
        "The band set up a record company in a Leeds basement.",
        "Prosecutors showed the jury his criminal record.",
        "Sales were the strongest since the start of the year.",
        "The index had its best week since the previous quarter.",
        "The team's first home game in three weeks is on Saturday.",
        "The crew's first task in five months was to repair the roof.",
        "Their first meeting in two years is planned for May.",
    ],
)
def test_a_straightened_record_a_time_or_a_fixture_is_no_record(sentence: str) -> None:
    assert not _records(sentence), sentence


@pytest.mark.parametrize(
    "added",
    [
        "It broke the record for a spring cargo season at the port.",
        "It was the sharpest rise in volumes since the pandemic.",
        "It is the first new berth approved at the port in more than a decade.",
        "The volumes set a new Scandinavian record for a mid-sized port.",
        "Throughput hit an all-time high in June.",
        "It was the busiest month at the terminal this season.",
    ],
)
def test_a_broken_record_or_a_record_over_a_span_no_source_makes_is_reported(added: str) -> None:
    assert _record_flagged(_PORT, added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        ("The total beat the port's previous record, set in 2019.", "It broke the record for the port."),
        (
            "It was the biggest rise in volumes since the pandemic.",
            "It was the sharpest rise in volumes since the pandemic.",
        ),
        (
            "It is the first new berth approved at the port since 2012.",
            "It is the first new berth approved at the port in more than a decade.",
        ),
        ("Volumes were the highest on record in June.", "Throughput hit an all-time high in June."),
        (
            "June was the busiest month at the terminal so far this year.",
            "It was the busiest month at the terminal this season.",
        ),
        (
            "Volumes were the highest since records began in 1961.",
            "It was the sharpest rise in volumes since the pandemic.",
        ),
    ],
)
def test_a_source_record_over_the_same_or_a_longer_scope_vouches(source_adds: str, added: str) -> None:
    assert not _record_flagged(_with(source_adds), added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        # a record over time of another measure in the source does not vouch
        ("Crane breakdowns were the fewest since 2015.", "It was the sharpest rise in volumes since the pandemic."),
        ("Staff turnover was the lowest in a decade.", "Volumes posted their biggest gain in ten years."),
        ("Dredging costs were the highest on record.", "It is the first new berth approved at the port in 20 years."),
        (
            "Lind said ticket sales at the ferry terminal were the best since 2011.",
            "Volumes grew at the fastest pace in a decade.",
        ),
        (
            "Harbour fees rose the most since the port was sold in 2002.",
            "Container volumes were the highest since the war.",
        ),
        ("Rainfall at the port was the heaviest since records began.", "The volumes were the largest in 30 years."),
    ],
)
def test_a_source_record_of_another_measure_does_not_vouch(source_adds: str, added: str) -> None:
    assert _record_flagged(_with(source_adds), added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        ("Volumes were the highest since 2009.", "Volumes were the highest in more than 15 years."),
        ("The rise in volumes was the steepest in a decade.", "It was the sharpest increase in volumes for ten years."),
        ("The container count was the largest on record.", "Its container count was the biggest in 40 years."),
        (
            "The port's volumes were the strongest since the pandemic.",
            "Volumes had their best year since the pandemic.",
        ),
        (
            "It was the first new berth approved at the port since 2012.",
            "The port got its first new berth in a decade.",
        ),
        ("Harwell's volumes were its highest since records began.", "Volumes were the highest in 50 years at Harwell."),
    ],
)
def test_a_source_record_over_time_of_the_same_measure_vouches(source_adds: str, added: str) -> None:
    assert not _record_flagged(_with(source_adds), added), added
