"""Fixes for general causes found by the pairs of the twenty-third held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

from _run import rewrite_findings as findings

from factcheck.ingest import date_line

# --- unsupported-claim: a hedged four-digit count written without a comma ----------------------------------------

_POLL = (
    "Of the 8,240 tenants balloted by the housing association, 5,310 returned a vote, a turnout of 64 per cent. "
    "Of those, 3,412 (64 per cent) backed the new rent settlement and 1,898 (36 per cent) opposed it. "
    "The settlement freezes rents for two years and funds a repairs backlog of about 2,000 homes. "
    "Tenants' group chair Rosa Lind said the vote showed members wanted certainty. "
    "The association board will formally adopt the settlement at its next meeting."
)


def _poll_rewrite(added: str) -> str:
    return (
        "Tenants of the housing association have backed a new rent settlement that freezes rents for two years, "
        "the tenants' group said. "
        f"{added} "
        "Tenants' group chair Rosa Lind said the result showed members wanted certainty. "
        "The association board will formally adopt the settlement at its next meeting."
    )


def test_a_hedged_four_digit_count_rounds_a_source_count() -> None:
    text = "Almost two-thirds of members took part, with about 3400 in favour and just under 1900 against."
    assert not findings("unsupported-claim", _POLL, _poll_rewrite(text), days_apart=0)


def test_a_hedged_four_digit_number_no_source_count_holds_is_new() -> None:
    text = "About 3400 people voted yes and just under 1850 voted no, Lind told a meeting on the estate."
    assert findings("unsupported-claim", _POLL, _poll_rewrite(text), days_apart=0)


def test_a_hedged_year_is_still_a_year() -> None:
    """ "in about 1990" is a year, though "about 1990" would hold the source's 2,000 homes as a count."""
    text = "Rents were last frozen in about 1990, when the estate was still owned by the council."
    assert findings("unsupported-claim", _POLL, _poll_rewrite(text), days_apart=0)


# --- unsupported-claim: a run counted with a cardinal vouches for its ordinal --------------------------------------

_RATES = (
    "The central bank raised its main rate by a quarter point to 4.5 per cent on Thursday, having now raised it for "
    "three consecutive meetings after increases in March and May. "
    "Governor Ida Berg said inflation of 5.2 per cent was still far above the bank's 2 per cent target. "
    "Markets had expected the move and the currency barely changed. "
    "The bank said further increases could follow if price pressures persisted."
)


def _rates_rewrite(run: str) -> str:
    return (
        f"The central bank raised its main rate by a quarter point to 4.5 per cent on Thursday, {run}. "
        "Governor Ida Berg said inflation of 5.2 per cent was still far above the bank's 2 per cent target. "
        "Markets had expected the move and the currency barely changed. "
        "The bank said further increases could follow if price pressures persisted."
    )


def test_a_cardinal_run_vouches_for_the_ordinal_tally() -> None:
    source = _RATES.replace("for three consecutive meetings", "for three straight months")
    assert not findings("unsupported-claim", source, _rates_rewrite("its third monthly rise in a row"), days_apart=0)
    weeks = _RATES.replace("for three consecutive meetings", "three months in a row")
    assert not findings("unsupported-claim", weeks, _rates_rewrite("its third monthly rise in a row"), days_apart=0)


def test_a_tally_of_another_count_stays_a_record_claim() -> None:
    source = _RATES.replace("for three consecutive meetings", "for three straight months")
    assert findings("unsupported-claim", source, _rates_rewrite("its fifth monthly rise in a row"), days_apart=0)
    no_run = _RATES.replace("for three consecutive meetings", "for three months of talks")
    assert findings("unsupported-claim", no_run, _rates_rewrite("its third monthly rise in a row"), days_apart=0)


# --- ingest: more forms of a date line; unsupported-claim reads none as a claim ------------------------------------


def test_more_date_line_forms() -> None:
    assert date_line("Published - March 3, 2026 09:40 pm IST") == dt.date(2026, 3, 3)
    assert date_line("The Courier · Posted: Mar 3, 2026 6:00 AM EST") == dt.date(2026, 3, 3)
    assert date_line("3 March 2026 — for immediate release") == dt.date(2026, 3, 3)
    assert date_line("Updated - March 4, 2026 09:40 pm IST") is None
    assert date_line("Published - March 3, 2026, a week after the vote") is None


def test_a_date_line_is_no_unsupported_claim() -> None:
    rewrite = "Published - June 4, 2025 08:10 pm IST\n\n" + _poll_rewrite("")
    assert not findings("unsupported-claim", _POLL, rewrite)


# --- unsupported-claim: a superlative measured from a year is a record claim --------------------------------------

_FLOOD = (
    "Heavy rain flooded about 1,200 homes in the valley over the weekend, the county council said on Sunday. "
    "Council leader Tom Harris said crews had pumped water from 40 streets and that the clean-up would take weeks. "
    "The Environment Agency said river levels were falling but warned that more rain was forecast for Wednesday. "
    "Residents in the worst-hit streets were offered rooms in local hotels."
)


def _flood_rewrite(added: str) -> str:
    return (
        "River levels in the valley were falling on Monday after heavy rain flooded about 1,200 homes over the "
        "weekend, the county council said. "
        "Council leader Tom Harris said crews had pumped water from 40 streets and the clean-up would take weeks. "
        f"{added} "
        "The Environment Agency warned that more rain was forecast for Wednesday."
    )


def test_a_next_day_superlative_since_a_year_is_a_claim() -> None:
    added = "Mr Harris had said on Sunday that it was the worst flooding in the valley since 1998."
    assert findings("unsupported-claim", _FLOOD, _flood_rewrite(added))


def test_a_superlative_its_source_makes_is_supported() -> None:
    source = _FLOOD.replace("over the weekend,", "over the weekend, the worst flooding there since 1998,")
    added = "Mr Harris had said on Sunday that it was the worst flooding in the valley since 1998."
    assert not findings("unsupported-claim", source, _flood_rewrite(added))


# --- unsupported-claim: a next-day change and the level it reaches --------------------------------------------------

_MARKET = (
    "Wheat futures rose 3 per cent on Monday to $6.20 a bushel as dry weather threatened the harvest, traders said. "
    "Exporters said shipments from the Black Sea had slowed over the past week. "
    "Forecasters expect little rain across the plains until the end of the month. "
    "Analysts said prices could climb further if the dry spell lasted."
)


def _market_rewrite(added: str) -> str:
    return (
        "Wheat futures had risen 3 per cent on Monday as dry weather threatened the harvest, traders said. "
        f"{added} "
        "Exporters said shipments from the Black Sea had slowed. "
        "Forecasters expect little rain across the plains until the end of the month."
    )


def test_a_next_day_change_to_the_level_it_makes_is_the_update_s_arithmetic() -> None:
    assert not findings(
        "unsupported-claim", _MARKET, _market_rewrite("They gained another 2 per cent on Tuesday to $6.32.")
    )


def test_a_next_day_level_the_change_does_not_make_is_new() -> None:
    assert findings(
        "unsupported-claim", _MARKET, _market_rewrite("They gained another 2 per cent on Tuesday to $6.90.")
    )


# --- unsupported-claim: a bold line is a subheading -----------------------------------------------------------------


def test_a_bold_line_is_a_heading() -> None:
    heading = "\n\n**The key points for Tuesday, June 3**\n\n"
    assert not findings("unsupported-claim", _POLL, _poll_rewrite(heading), days_apart=0)
    sentence = "\n\n**Members will vote again on 14 August.**\n\n"
    assert findings("unsupported-claim", _POLL, _poll_rewrite(sentence), days_apart=0)


# --- hedge-dropped: a hedge on one predicate does not bear on a second after "but" ------------------------------------

_GRID = (
    "The water board declared a drought emergency for the county on Friday after the driest spring in its records. "
    "The water board said it expected to meet demand through the heatwave but asked households to stop watering "
    "gardens between noon and 6 p.m. until further notice. "
    "Reservoirs were at 61 per cent of capacity on Friday, the board said. "
    "Farmers in the east of the county have been told to cut their abstraction by a fifth."
)


def _grid_rewrite(added: str) -> str:
    return (
        "The water board declared a drought emergency for the county on Friday after the driest spring in its "
        f"records. {added} Reservoirs were at 61 per cent of capacity on Friday, the board said. "
        "Farmers in the east of the county have been told to cut their abstraction by a fifth."
    )


def test_a_request_after_but_is_not_under_the_hedge() -> None:
    added = (
        "The water board is asking households to stop watering gardens between noon and 6 p.m. until further notice."
    )
    assert not findings("hedge-dropped", _GRID, _grid_rewrite(added), days_apart=0)


def test_the_hedged_predicate_itself_still_fails() -> None:
    added = "The water board is meeting demand through the heatwave but is asking households to stop watering gardens."
    assert findings("hedge-dropped", _GRID, _grid_rewrite(added), days_apart=0)


# --- unsupported-claim: a loose rewording that states its best source sentence's figure ----------------------------

_FREIGHT = (
    "The airport handled 412,000 tonnes of cargo in the quarter, 3.1 per cent more than a year earlier. "
    "Express parcels accounted for 118,000 tonnes, or 28.6 per cent of the total, and mail for 9,000 tonnes. "
    "The airport said new routes to Asia had lifted volumes. "
    "Its chief executive said the cargo terminal would be extended next year."
)


def _freight_rewrite(added: str) -> str:
    return (
        "The airport handled 412,000 tonnes of cargo in the quarter, up 3.1 per cent on a year earlier. "
        f"{added} "
        "The airport said new routes to Asia had lifted volumes. "
        "Its chief executive said the cargo terminal would be extended next year."
    )


def test_a_loose_rewording_of_a_source_figure_is_supported() -> None:
    added = "Express deliveries made up about 29 per cent of everything flown in."
    assert not findings("unsupported-claim", _FREIGHT, _freight_rewrite(added), days_apart=0)


def test_a_share_the_best_source_sentence_does_not_hold_is_flagged() -> None:
    added = "Express deliveries made up about 35 per cent of everything flown in."
    assert findings("unsupported-claim", _FREIGHT, _freight_rewrite(added), days_apart=0)


def test_a_small_whole_count_of_the_best_sentence_is_no_rewording() -> None:
    """ "40 new lorries" after "118,000 tonnes" and "40 flights": a whole count under a thousand tells nothing apart."""
    source = _FREIGHT.replace("The airport said new routes", "The airport said 40 new weekly flights on routes")
    added = "The airport plans to buy 40 new lorries for express deliveries."
    assert findings("unsupported-claim", source, _freight_rewrite(added), days_apart=0)
