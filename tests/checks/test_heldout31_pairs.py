"""Fixes for general causes found by pairs of the thirty-first held-out set (a newsletter's pointer to other stories,
a span counted from the dates that bound it, a follow-up's background and a supplier's reversed position on a
finding), pinned with hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings

# --- unsupported-claim: a pointer to other stories; a span its own dates make -------------------------------------

_TARIFF = (
    "The Lakeland Water Board has set new household tariffs that will apply from 3 June 2025 to 2 July 2025.\n\n"
    "The standard rate rises by 12 cents to $2.48 per cubic metre, while the rate for businesses stays at $3.10.\n\n"
    "The board said the increase reflects higher electricity costs at its pumping stations.\n\n"
    "Customers who use less than 10 cubic metres a month will keep the lifeline rate of $1.20.\n"
)


def _tariff(extra: str) -> str:
    return (
        "Households in Lakeland will pay more for water after the water board raised the standard rate by 12 cents "
        "to $2.48 per cubic metre.\n\n"
        "The rate for businesses stays at $3.10, the board said.\n\n"
        "The board blamed higher electricity costs at its pumping stations for the increase.\n\n"
        f"{extra}\n\n"
        "Customers using under 10 cubic metres a month keep the lifeline rate of $1.20.\n"
    )


def _unsupported(extra: str, days_apart: int) -> bool:
    found = rewrite_findings("unsupported-claim", _TARIFF, _tariff(extra), days_apart=days_apart)
    return any(extra.strip("*") in e.text for f in found for e in f.evidence)


def test_a_span_counted_from_the_dates_that_bound_it_is_no_new_figure() -> None:
    assert not _unsupported("Prices will hold for 30 days, from today until July 2, the board said.", 1)
    assert not _unsupported("Prices will hold for 29 days, from today until July 2, the board said.", 1)


def test_a_span_the_dates_do_not_make_is_still_flagged() -> None:
    assert _unsupported("Prices will hold for 45 days, from today until July 2, the board said.", 1)
    assert _unsupported("Prices will hold for 30 days, and 200 meters will be replaced, the board said.", 1)


def test_a_pointer_to_other_stories_states_no_claim() -> None:
    pointer = "**Also in today's bulletin:** 40 road closures on the ring road, a library card and the garden prize."
    assert not _unsupported(pointer, 1)
    assert not _unsupported("In other news: the council named 12 new park wardens and reopened the harbour baths.", 1)


def test_a_claim_about_other_matters_without_a_pointer_label_is_still_flagged() -> None:
    assert _unsupported("The board also approved 40 road closures on the ring road and a new library card scheme.", 1)


# --- hedge-dropped: a hedge on a predicate the rewrite does not restate ---------------------------------------------

_AXLES = (
    "OSLO, June 2 (Wire) -- Harbor Rail said Monday it will withdraw 60 trains in Norway over cracked axles that "
    "could cause derailments at high speed.\n\n"
    "The trains were built by Nordspor between 2019 and 2022 and serve the coastal line.\n\n"
    "The regulator said it had ordered Harbor Rail to report by the end of June on the cause of the cracks and on "
    "whether trains built after 2022 might be affected.\n"
)


def _axles(lead: str, regulator: str) -> str:
    return f"{lead}\n\nThe trains, built by Nordspor between 2019 and 2022, serve the coastal line.\n\n{regulator}\n"


_LEAD = (
    "OSLO, June 3 (Wire) -- Harbor Rail on Tuesday widened its withdrawal of trains with cracked axles to Sweden, a "
    "day after saying that 60 trains in Norway would be taken out of service."
)
_REGULATOR = "The regulator has told Harbor Rail to report on the cause of the cracks by the end of June."


def _hedge_dropped(lead: str, regulator: str, sentence: str) -> bool:
    found = rewrite_findings("hedge-dropped", _AXLES, _axles(lead, regulator))
    return any(sentence in e.text for f in found for e in f.evidence)


def test_a_hedge_on_a_predicate_the_rewrite_does_not_restate_is_not_dropped() -> None:
    assert not _hedge_dropped(_LEAD, _REGULATOR, _LEAD)
    assert not _hedge_dropped(_LEAD, _REGULATOR, _REGULATOR)


def test_a_hedged_predicate_restated_as_fact_is_still_flagged() -> None:
    lead = "Harbor Rail said Monday it will withdraw 60 trains in Norway over cracked axles that cause derailments."
    assert _hedge_dropped(lead, _REGULATOR, lead)
    regulator = (
        "The regulator has ordered Harbor Rail to report by the end of June on the cause of the cracks, and trains "
        "built after 2022 are affected."
    )
    assert _hedge_dropped(_LEAD, regulator, regulator)


# --- stance-conflict: an actor's stance verb negated in one text and not in the other --------------------------------

_INSPECTION = (
    "Food inspectors in Leeds closed a cold store run by Brightline Foods Ltd. on Thursday after finding meat kept "
    "above the legal temperature.\n\n"
    "Brightline Foods said in a statement that it did not accept the inspectors' finding that the cold store was "
    "unsafe, arguing that the readings came from a faulty probe.\n\n"
    "The company said it would work with the council's review of the site.\n\n"
    "The council has not renewed the store's licence for the coming year, a spokeswoman said.\n"
)


def _inspection(stance: str, licence: str) -> str:
    return (
        "Food inspectors in Leeds on Thursday closed a Brightline Foods cold store after finding meat kept above the "
        "legal temperature.\n\n"
        f"{stance}\n\n"
        f"{licence}\n"
    )


_ACCEPTED = (
    "Brightline Foods Ltd., the Leeds-based processor that runs the store, has accepted the inspectors' finding that "
    "the cold store was unsafe, saying the readings were right."
)
_KEPT = (
    "Brightline Foods Ltd., the Leeds-based processor that runs the store, did not accept the inspectors' finding "
    "that the cold store was unsafe, saying the readings were wrong."
)
_LICENCE = "The council has not renewed the store's licence for the coming year, a spokeswoman said."


def _flags(check: str, stance: str, licence: str, sentence: str) -> bool:
    found = rewrite_findings(check, _INSPECTION, _inspection(stance, licence))
    return any(sentence.rstrip(".") in e.text for f in found for e in f.evidence)


def test_a_stance_verb_negated_in_the_source_and_affirmed_in_the_rewrite_is_a_stance_conflict() -> None:
    assert _flags("stance-conflict", _ACCEPTED, _LICENCE, _ACCEPTED)
    assert not _flags("negation-flip", _ACCEPTED, _LICENCE, _ACCEPTED)


def test_a_kept_stance_is_silent_and_a_flip_of_no_stance_stays_a_negation_flip() -> None:
    assert not _flags("stance-conflict", _KEPT, _LICENCE, _KEPT)
    renewed = "The council has renewed the store's licence for the coming year, a spokeswoman said."
    assert _flags("negation-flip", _KEPT, renewed, renewed)
    assert not _flags("stance-conflict", _KEPT, renewed, renewed)


def test_an_approval_still_pending_restated_as_given_stays_a_negation_flip() -> None:
    pending = "The council has not yet approved the store's new licence, and a decision is due in May."
    given = "The council has approved the store's new licence, and a decision is due in May."
    source = _INSPECTION.replace(_LICENCE, pending)
    flips = rewrite_findings("negation-flip", source, _inspection(_KEPT, given))
    assert any(given.rstrip(".") in e.text for f in flips for e in f.evidence)
    stances = rewrite_findings("stance-conflict", source, _inspection(_KEPT, given))
    assert not any(given.rstrip(".") in e.text for f in stances for e in f.evidence)


# --- hedge-dropped: a body named in the place of its common noun, cited back in the next sentence --------------------

_BANK = (
    "LONDON, May 12 (Wire) -- Corvid Bank said on Monday it would refund customers hit by an outage of its mobile "
    "app over the weekend.\n\n"
    "The lender said it had received 2,300 complaints of failed payments caused by a software fault, but no "
    "customer had lost money.\n\n"
    "The outage lasted about nine hours, from Saturday evening until early on Sunday.\n"
)


def _bank(complaints: str, after: str) -> str:
    return (
        "LONDON, May 13 (Wire) -- Corvid Bank on Tuesday began refunding customers hit by an outage of its mobile app "
        "over the weekend.\n\n"
        f"{complaints} {after}\n\n"
        "The outage lasted about nine hours, from Saturday evening until early on Sunday.\n"
    )


_COMPLAINTS = "Corvid Bank has received 2,300 complaints of failed payments caused by a software fault."


def _attribution_dropped(complaints: str, after: str) -> bool:
    found = rewrite_findings("hedge-dropped", _BANK, _bank(complaints, after))
    return any(complaints in e.text for f in found for e in f.evidence)


def test_a_body_named_for_its_common_noun_and_cited_back_next_keeps_the_attribution() -> None:
    assert not _attribution_dropped(_COMPLAINTS, "No customer has lost money, the bank has said.")


def test_without_the_citation_back_or_with_another_subject_the_attribution_is_dropped() -> None:
    assert _attribution_dropped(_COMPLAINTS, "No customer has lost money.")
    other = "Customers have sent 2,300 complaints of failed payments caused by a software fault."
    assert _attribution_dropped(other, "No customer has lost money, the bank has said.")


# --- cross-document-number: a restated change "to Z% in May, from Y%" --------------------------------------------

_RENTS = (
    "Statistics Norland reported on Tuesday that rents kept rising across the country's largest cities.\n\n"
    "2. Twelve-month rent inflation in the capital declined to 6.3% in May, from 6.9% in April.\n\n"
    "The agency said new building permits fell for a third month, led by a drop in apartment projects.\n\n"
    "Its next rent report will be published in the second week of July.\n"
)


def _rents(change: str) -> str:
    return (
        "Rents kept rising across the largest cities, Statistics Norland reported on Tuesday.\n\n"
        f"{change}\n\n"
        "New building permits fell for a third month, led by a drop in apartment projects, the agency said.\n\n"
        "Its next rent report will be published in the second week of July.\n"
    )


def _changed(change: str) -> bool:
    found = rewrite_findings("cross-document-number", _RENTS, _rents(change))
    return any(change.startswith(e.text) or e.text in change for f in found for e in f.evidence)


def test_a_restated_change_with_another_level_and_the_same_start_is_flagged() -> None:
    assert _changed("Rent inflation in the capital eased to 3.6% in the twelve months to May, down from 6.9% in April.")


def test_a_restated_change_with_the_same_level_is_silent() -> None:
    assert not _changed(
        "Rent inflation in the capital eased to 6.3% in the twelve months to May, down from 6.9% in April."
    )
