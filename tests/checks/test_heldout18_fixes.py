"""Fixes for general causes found by the eighteenth held-out set, pinned with hand-written sentences that are not
the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import fails, passes, silent
from _run import rewrite_findings as findings
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.change_arithmetic import _CLAUSE_BREAK

# --- change-arithmetic: "The X package is up 35% from Y", a copula end with its size --------------------------------


def test_a_subject_count_up_by_a_size_from_its_start() -> None:
    assert fails("change-arithmetic", "The 48 closures are up 60% from 40 last winter.")
    assert passes("change-arithmetic", "The 48 closures are up 20% from 40 last winter.")
    assert fails("change-arithmetic", "The £9.6 million grant is up 40% from £8 million last year and runs to 2030.")
    assert passes("change-arithmetic", "The £9.6 million grant is up 20% from £8 million last year and runs to 2030.")


def test_a_letter_prefixed_currency_sign_is_read() -> None:
    """ "NZ$", "A$", "US$": capitals glued before the sign belong to the currency, not to the clause."""
    assert fails("change-arithmetic", "The NZ$3.3 billion fund is up 50% from NZ$3 billion last year.")
    assert passes("change-arithmetic", "The NZ$3.3 billion fund is up 10% from NZ$3 billion last year.")


def test_a_bold_lead_in_ends_its_clause() -> None:
    """A newsletter's bold lead-in glued to its stop ("… families.** The …") ends a clause the splitter kept."""
    text = "**2. $5.4 billion for schools.** The $5.4 billion plan is up 50% from $4.5 billion last year."
    assert fails("change-arithmetic", text)
    assert _CLAUSE_BREAK.split("for schools.** The ")[-1] == "The "
    assert _CLAUSE_BREAK.split("Mr. Smith and the ")[-1] == "Mr. Smith and the "  # a plain stop is no break here


def test_a_count_inside_a_phrase_is_still_no_subject() -> None:
    assert silent("change-arithmetic", "Sales at the 14 stores are up 5% from 300 last year.")
    assert silent("change-arithmetic", "Three of the 14 branches are up 40% from nine.")
    assert silent("change-arithmetic", "The 300 stores are up 5% from 280 stores and 12 depots.")


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 500), st.integers(1, 400), st.integers(1, 300))
def test_a_subject_change_with_its_size_agrees_with_its_ends(start: int, rise: int, pct: int) -> None:
    end = start + rise
    actual = 100 * rise / start
    text = f"The {end:,} claims are up {pct}% from {start:,} last year."
    if abs(actual - pct) <= 0.5:
        assert passes("change-arithmetic", text)
    elif abs(actual - pct) > 1.5:
        assert fails("change-arithmetic", text)


# --- unsupported-claim: figures a follow-up computes, updates, new voices, runs of periods --------------------------

_RENTS = (
    "Average rents in Leeds rose to £1,020 a month in the year to June, the letting agency Parkway said. "
    "The average across England was £1,360 a month, Parkway said in its quarterly report. "
    "Rents rose for the third quarter in a row, the agency's research director, Sunita Rao, said. "
    "Demand from students and young professionals kept the market tight in the city centre, she said. "
    "Parkway said the number of homes listed to let in the city fell by a fifth over the year. "
    '"Tenants are competing for fewer homes than at any time in the past decade," Ms Rao said.'
)


def _rewrite(added: str) -> str:
    return (
        "Average rents in Leeds rose to £1,020 a month in the year to June, according to the letting agency Parkway. "
        "Across England the average was £1,360 a month, Parkway said in its quarterly report. "
        f"{added} "
        "Demand from students and young professionals kept the market in the city centre tight, Parkway said. "
        "The number of homes listed to let in the city fell by a fifth over the year, the agency said. "
        '"Tenants are competing for fewer homes than at any time in the past decade," Ms Rao said.'
    )


def test_a_ratio_or_difference_of_figures_at_hand_is_no_new_number() -> None:
    assert not findings("unsupported-claim", _RENTS, _rewrite("A typical Leeds home rents for 75% of the average."))
    assert not findings("unsupported-claim", _RENTS, _rewrite("That is roughly £340 a month less than the average."))


def test_a_figure_no_computation_gives_stays_new() -> None:
    assert findings("unsupported-claim", _RENTS, _rewrite("A typical Leeds home rents for 62% of the average."))
    assert findings("unsupported-claim", _RENTS, _rewrite("That is roughly £415 a month less than the average."))


def test_a_source_run_of_periods_vouches_for_its_tally() -> None:
    assert not findings(
        "unsupported-claim", _RENTS, _rewrite("It was the third quarterly rise in a row, Parkway said.")
    )
    assert findings("unsupported-claim", _RENTS, _rewrite("It was the fifth quarterly rise in a row, Parkway said."))


def test_a_new_voice_in_a_next_day_story_is_its_own_reporting() -> None:
    named = (
        "Tom Hale, a tenants' union organiser, said the figures matched what members were seeing. "
        '"Students are sleeping on friends\' sofas," Mr Hale said.'
    )
    anonymous = 'A letting agent, who asked not to be named, said: "Landlords are selling up fast this year."'
    assert not findings("unsupported-claim", _RENTS, _rewrite(named))
    assert not findings("unsupported-claim", _RENTS, _rewrite(anonymous))


def test_a_new_quote_given_to_a_source_speaker_is_flagged() -> None:
    """A quote whose attribution names anyone the sources quote is no new voice."""
    assert findings("unsupported-claim", _RENTS, _rewrite('"Landlords are selling up fast this year," Ms Rao said.'))


def test_direct_speech_of_a_voice_first_named_in_its_attribution_is_reported() -> None:
    """Direct speech of a voice no source quotes, first named in its own attribution, is a next-day story's own
    reporting."""
    first_named = "\"Students are sleeping on friends' sofas,\" said Tom Hale, a tenants' union organiser."
    assert not findings("unsupported-claim", _RENTS, _rewrite(first_named))


_VOTE = (
    "Of the club's 2,410 members, 1,615 voted in the ballot on the new stadium, the club said on Sunday. "
    "The plan was approved by 1,102 votes to 498, with 15 ballots spoiled. "
    "The club's chairman, Paul Stead, said the result gave the board a clear mandate to start work. "
    "Building is due to begin next spring and take about two years, the club said in a statement. "
    "Opponents of the plan said they would keep campaigning against the move from the old ground."
)


def _vote_rewrite(added: str) -> str:
    return (
        "The club's members voted by 1,102 votes to 498 to approve the plan for a new stadium, the club said. "
        "Chairman Paul Stead said the result gave the board a clear mandate to start work. "
        f"{added} "
        "Building is due to begin next spring and should take about two years, the club said in a statement. "
        "Opponents of the plan said they would keep campaigning against the move from the old ground."
    )


def test_a_next_day_update_and_the_total_it_makes_is_no_new_claim() -> None:
    update = "The club said on Monday that 12 postal votes had since been counted, taking the turnout to 1,627 members."
    assert not findings("unsupported-claim", _VOTE, _vote_rewrite(update))


def test_an_update_whose_total_no_source_figure_gives_is_flagged() -> None:
    update = "The club said on Monday that 12 postal votes had since been counted, taking the turnout to 1,690 members."
    assert findings("unsupported-claim", _VOTE, _vote_rewrite(update))
