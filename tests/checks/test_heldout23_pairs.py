"""Fixes for general causes found by the pairs of the twenty-third held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

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
