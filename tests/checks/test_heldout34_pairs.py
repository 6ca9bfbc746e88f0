"""Fixes for general causes found by environment and energy releases and their rewrites (thirty-fourth held-out set),
pinned with hand-written sentences that are not the held-out ones, and catches that must stay."""

from __future__ import annotations

from _run import rewrite_findings as findings

# --- unsupported-claim: a clock time in another format, an energy unit with another prefix ---------------------------

_GRID = (
    "The regional grid operator published its annual report on Wednesday.\n\n"
    "{claim}\n\n"
    "Wind farms in the south produced 2,340 GWh over the year, up from 1,980 GWh the year before.\n\n"
    "The operator said it would open two new control rooms by the end of the decade.\n"
)


def _grid(claim: str) -> str:
    return _GRID.format(claim=claim)


def test_a_time_on_the_twelve_hour_clock_restates_the_24_hour_one() -> None:
    source = _grid("Demand peaked between 18:00 and 21:30 hours on weekdays in the coastal districts of the region.")
    rewrite = _grid("Demand was highest from 6pm to 9.30pm on weekdays in the region's coastal districts.")
    assert not findings("unsupported-claim", source, rewrite)


def test_another_time_is_still_new() -> None:
    source = _grid("Demand peaked between 18:00 and 21:30 hours on weekdays in the coastal districts of the region.")
    rewrite = _grid("Demand was highest from 4pm to 9.30pm on weekdays in the region's coastal districts.")
    assert findings("unsupported-claim", source, rewrite)


def test_an_energy_figure_in_a_larger_unit_restates_the_source() -> None:
    source = _grid("Wind farms in the south produced 2,340 GWh over the year, the report said.")
    rewrite = _grid("Southern wind farms generated roughly 2.3TWh over the year, the report showed.")
    assert not findings("unsupported-claim", source, rewrite)


def test_an_energy_figure_that_differs_is_still_new() -> None:
    source = _grid("Wind farms in the south produced 2,340 GWh over the year, the report said.")
    rewrite = _grid("Southern wind farms generated roughly 3.1TWh over the year, the report showed.")
    assert findings("unsupported-claim", source, rewrite)


# --- unsupported-claim: a next-day revision from a source figure, its change stated ---------------------------------

_SURVEY = (
    "The wetland bird survey recorded 1,240 wintering flocks across the country, the trust said on Monday.\n\n"
    "Numbers of wigeon fell by 12 per cent, while teal numbers were unchanged.\n\n"
    "The trust blamed drier winters and the drainage of grazing marshes for the decline.\n\n"
    "Volunteers carried out the counts between November and February.\n"
)


def test_a_revision_that_states_its_change_is_an_update() -> None:
    rewrite = _SURVEY + (
        "\nOn Tuesday the trust revised the number of flocks in the survey from 1,240 to 1,265, after 25 late "
        "returns from upland counters were included.\n"
    )
    assert not findings("unsupported-claim", _SURVEY, rewrite)


def test_a_revision_whose_change_does_not_add_up_is_still_flagged() -> None:
    rewrite = _SURVEY + (
        "\nOn Tuesday the trust revised the number of flocks in the survey from 1,240 to 1,295, after 25 late "
        "returns from upland counters were included.\n"
    )
    assert findings("unsupported-claim", _SURVEY, rewrite)


# --- cross-document-number: a measure of power is compared as an amount ---------------------------------------------

_OUTAGE = (
    "The transmission company issued a red alert for the northern grid on Thursday.\n\n"
    "{claim}\n\n"
    "Rotating outages of up to two hours were imposed on about 210,000 households in four provinces.\n\n"
    "The company said the alert would be lifted once the repaired units returned to service.\n"
)


def _outage(claim: str) -> str:
    return _OUTAGE.format(claim=claim)


_UNITS_OFF = "About 1,420 MW of capacity was offline after three coal units tripped during the afternoon peak."


def test_a_changed_measure_of_power_is_flagged() -> None:
    rewrite = _outage("Around 1,940MW of capacity was offline after three coal units tripped in the afternoon peak.")
    found = findings("cross-document-number", _outage(_UNITS_OFF), rewrite)
    assert found and "1,940 MW" in found[0].message


def test_a_rounded_measure_of_power_agrees() -> None:
    rewrite = _outage("Some 1,400 MW of capacity was offline after three coal units tripped in the afternoon peak.")
    assert not findings("cross-document-number", _outage(_UNITS_OFF), rewrite)


# --- unsupported-claim: a superlative closed by "yet" is a record over all time --------------------------------------

_AID = (
    "The development bank approved $4.2 billion in loans to small island states in 2027, up from $3.6 billion in "
    "2026, its annual report said.\n\n"
    "Most of the money went to sea walls, water storage and early-warning systems.\n\n"
    "The bank said demand for adaptation loans had outstripped its lending capacity for the third year.\n"
)


def test_a_superlative_closed_by_yet_is_a_new_record_claim() -> None:
    rewrite = _AID.replace("its annual report said.", "its annual report said, the largest yearly sum yet.")
    assert findings("unsupported-claim", _AID, rewrite)


def test_a_yet_to_come_is_no_record_claim() -> None:
    rewrite = _AID.replace(
        "Most of the money went to sea walls,",
        "The bank said the hardest work was yet to come. Most money went to sea walls,",
    )
    assert not findings("unsupported-claim", _AID, rewrite)


def test_a_source_s_so_far_vouches_for_a_rewrite_s_yet() -> None:
    source = _AID.replace("its annual report said.", "its annual report said, its largest yearly sum so far.")
    rewrite = _AID.replace("its annual report said.", "its annual report said, the largest yearly sum yet.")
    assert not findings("unsupported-claim", source, rewrite)
