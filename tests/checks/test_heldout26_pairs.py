"""Fixes for general causes found by the pairs of the twenty-sixth held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

from _run import rewrite_findings as findings

from factcheck.engine import build_facts
from factcheck.ingest import from_text

# --- hedge-dropped: a forecast kept as "is seen …" or as the forecaster's word about the future ---------------------

_WATER = (
    "The regional water utility reported on Tuesday that reservoir levels had fallen to 41% of capacity after the "
    "driest summer on record. "
    "The utility expects consumption to stay above 300 million litres a day until the autumn rains arrive. "
    "Its chief engineer Marta Solberg said a hosepipe ban covering 1.2 million homes would begin on Friday. "
    "Farmers in the valley have already cut irrigation by a third."
)


def _water_rewrite(forecast: str) -> str:
    return (
        "Reservoir levels have fallen to 41% of capacity after the driest summer on record, the regional water "
        "utility reported on Tuesday.\n\n"
        f"{forecast}\n\n"
        "Chief engineer Marta Solberg said a hosepipe ban covering 1.2 million homes would begin on Friday.\n\n"
        "Farmers in the valley have already cut irrigation by a third.\n"
    )


def test_a_forecast_restated_as_is_seen_keeps_its_hedge() -> None:
    kept = "Consumption is seen staying above 300 million litres a day until the autumn rains arrive."
    assert not findings("hedge-dropped", _WATER, _water_rewrite(kept))


def test_a_forecast_restated_as_the_forecasters_warning_keeps_its_hedge() -> None:
    for kept in (
        "The utility warns consumption will stay above 300 million litres a day until the autumn rains arrive.",
        "The water utility warned that consumption would stay above 300 million litres a day until the autumn rains "
        "arrive.",
    ):
        assert not findings("hedge-dropped", _WATER, _water_rewrite(kept)), kept


def test_a_forecast_stated_flatly_or_as_someone_elses_word_is_still_dropped() -> None:
    for dropped in (
        "Consumption will stay above 300 million litres a day until the autumn rains arrive.",
        "Consumption was seen at more than 300 million litres a day until the autumn rains arrived.",
        "Farmers warn consumption will stay above 300 million litres a day until the autumn rains arrive.",
        "The utility said consumption would stay above 300 million litres a day until the autumn rains arrive.",
    ):
        assert findings("hedge-dropped", _WATER, _water_rewrite(dropped)), dropped


# --- causal-reversal: a degree adverb inside a causal connective ("due largely to") ----------------------------------

_HARVEST = (
    "The co-operative said on Monday that its olive oil output fell 18% this season. "
    "Prices at the mill gate rose to 9.40 euros a litre, due mainly to a late frost and a dry spring. "
    "Members voted to draw on the reserve fund to support growers. "
    "The co-operative expects a normal harvest next year."
)


def _harvest_rewrite(link: str) -> str:
    return (
        "The co-operative said on Monday that its olive oil output fell 18% this season.\n\n"
        f"Prices at the mill gate rose to 9.40 euros a litre {link} a late frost and a dry spring.\n\n"
        "Members voted to draw on the reserve fund to support growers.\n\n"
        "The co-operative expects a normal harvest next year.\n"
    )


def test_a_cause_with_a_degree_adverb_turned_concessive_is_a_reversal() -> None:
    assert findings("causal-reversal", _HARVEST, _harvest_rewrite("despite"))
    assert findings("causal-reversal", _HARVEST, _harvest_rewrite("in spite of"))


def test_a_cause_restated_with_or_without_its_adverb_stays_silent() -> None:
    for link in ("because of", "due to", "thanks in part to", "largely because of"):
        assert not findings("causal-reversal", _HARVEST, _harvest_rewrite(link)), link


# --- unsupported-claim: bracketed conversions, rounded amounts, and records in the source's own words -----------------

_RESULTS = (
    "Harbour Cold Stores today announced its audited results for the year ended 31 March 2027. "
    "Group revenue rose 6.1% to NZ$1,482.6 million from NZ$1,397.4 million in the prior year. "
    "Cold Chain revenue was NZ$612.4 million and Port Services revenue was NZ$870.2 million. "
    "Net profit after tax was NZ$96.3 million, compared with NZ$88.0 million a year earlier. "
    "The Board declared a final dividend of 9.5 cents per share, payable on 14 July 2027. "
    "Harbour Cold Stores has been listed on the NZX since 2004 and employs about 3,100 people."
)


def _results_rewrite(claim: str) -> str:
    return (
        "Harbour Cold Stores said on Thursday its annual net profit rose to NZ$96.3 million from NZ$88.0 million a "
        "year earlier.\n\n"
        f"{claim}\n\n"
        "The board declared a final dividend of 9.5 cents per share, payable on July 14.\n\n"
        "The company, listed on the NZX since 2004, employs about 3,100 people.\n"
    )


def test_a_bracketed_conversion_restates_its_amount() -> None:
    assert not findings(
        "unsupported-claim", _RESULTS, _results_rewrite("Sales climbed to NZ$1.48 billion ($890 million).")
    )
    for claim in (
        "Sales climbed to NZ$1.52 billion ($890 million).",  # the amount itself is new
        "Sales climbed to NZ$1.48 billion ($890 million), or $3 a share.",  # a new figure beside the conversion
    ):
        assert findings("unsupported-claim", _RESULTS, _results_rewrite(claim)), claim


def test_a_whole_number_of_millions_rounds_a_source_amount() -> None:
    for claim in (
        "Cold stores, its biggest arm, brought in NZ$612 million last year.",
        "Its cold stores took NZ$612 million, the bigger share going to ports.",
    ):
        assert not findings("unsupported-claim", _RESULTS, _results_rewrite(claim)), claim
    wrong = "Cold stores, its biggest arm, brought in NZ$613 million last year."  # 612.4 does not round to 613
    assert findings("unsupported-claim", _RESULTS, _results_rewrite(wrong))


def test_a_superlative_since_an_event_in_a_year_is_a_record_claim() -> None:
    claim = "It was the group's best annual result since it joined the NZX in 2004."
    assert findings("unsupported-claim", _RESULTS, _results_rewrite(claim))
    plain = "Harbour Cold Stores joined the NZX in 2004 and employs about 3,100 people."
    assert not findings("unsupported-claim", _RESULTS, _results_rewrite(plain))


# --- unsupported-claim: a tally after a possessive name ("the Harbour Board's second this year") ----------------------

_LEVY = (
    "The Harbour Board raised its berthing levy by 4% on Tuesday, the board's second increase this year after a rise "
    "in March. "
    "Chair Ana Ruiz said higher dredging costs had left the board no choice. "
    "Shipping lines said the levy would add about NZ$40 to the cost of each container. "
    "The new levy takes effect on 1 September."
)


def _levy_rewrite(lead: str) -> str:
    return (
        f"{lead}\n\n"
        "Chair Ana Ruiz said higher dredging costs had left the board no choice.\n\n"
        "Shipping lines said the levy would add about NZ$40 to the cost of each container.\n\n"
        "The new levy takes effect on 1 September.\n"
    )


def test_a_tally_the_source_gives_after_a_possessive_name_supports_the_rewrites() -> None:
    kept = "The Harbour Board lifted its berthing levy by 4% on Tuesday, its second increase this year."
    assert not findings("unsupported-claim", _LEVY, _levy_rewrite(kept))
    new = "The Harbour Board lifted its berthing levy by 4% on Tuesday, its third increase this year."
    assert findings("unsupported-claim", _LEVY, _levy_rewrite(new))


# --- rewrite detection: a wire's credit line restates nothing and does not count --------------------------------------

_PLANT = (
    "Norrland Paper said on Monday it would close its Ostra mill by June, cutting 310 jobs. "
    "The company blamed weak demand for newsprint and high energy prices in northern Sweden. "
    "Chief executive Karin Vik said the decision had been difficult but unavoidable. "
    "The mill has produced newsprint since 1962 and supplies publishers across Scandinavia. "
    "Norrland will move part of its production to its Sundsvall plant. "
    "Its shares rose 2% in Stockholm after the announcement. "
    "Norrland employs about 4,200 people at nine sites and reported sales of 11 billion crowns last year. "
    "The closure will cost about 450 million crowns, to be booked in the second quarter."
)
_PLANT_WIRE = (
    "Norrland Paper said on Monday it would close its Ostra mill by June, cutting 310 jobs.\n\n"
    "The company blamed weak demand for newsprint and high energy prices in northern Sweden.\n\n"
    "Chief executive Karin Vik said the decision had been difficult but unavoidable.\n\n"
    "Union leaders in the region called for talks with the government over retraining money.\n\n"
    "Local officials fear knock-on effects for hauliers and sawmills that depend on the site.\n\n"
    "Rival Baltic Board reported a wider quarterly loss last week, citing similar pressures.\n\n"
    "(Reporting by Lena Holm in Stockholm; Editing by Mark Potter)\n"
)


def test_a_wire_credit_line_does_not_count_against_a_rewrite() -> None:
    docs = [
        from_text(_PLANT, id="release.txt", published=dt.date(2025, 3, 3)),
        from_text(_PLANT_WIRE, id="wire.txt", published=dt.date(2025, 3, 3)),
    ]
    facts = build_facts(docs, needs={"assertions", "sentences"})
    assert facts.sources.get("wire.txt") == ["release.txt"]


def test_a_record_since_a_year_that_the_source_words_otherwise_is_supported() -> None:
    source = _RESULTS.replace(
        "Net profit after tax was NZ$96.3 million,",
        "Net profit after tax was NZ$96.3 million, the highest for the group, which listed in 2004,",
    )
    claim = "It was the group's best annual result since it joined the NZX in 2004."
    assert not findings("unsupported-claim", source, _results_rewrite(claim))
