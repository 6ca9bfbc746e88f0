"""Fixes for general causes found by government, court and policing releases and their rewrites (thirtieth held-out
set), pinned with hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

# --- negation-flip: a noun's infinitive is no act affirmed ----------------------------------------------------------

_BRIDGES = (
    "State inspectors found serious defects at 14 of the county's 212 bridges, the transport department said on "
    "Monday.\n\n"
    "{claim}\n\n"
    "The county has set aside $2.4 million for repairs over the next two years.\n\n"
    "The worst defects were found on the Mill Creek bridge, which carries about 9,000 vehicles a day.\n"
)


def _bridges(claim: str) -> str:
    return _BRIDGES.format(claim=claim)


def test_a_lost_act_is_a_flip() -> None:
    source = _bridges("County engineers closed the Mill Creek bridge after the inspection found cracked beams.")
    rewrite = _bridges(
        "County engineers failed to close the Mill Creek bridge after the inspection found cracked beams."
    )
    assert findings("negation-flip", source, rewrite)


def test_an_adjective_s_infinitive_keeps_its_polarity() -> None:
    source = _bridges("County engineers said they were no longer able to close the Mill Creek bridge to lorries.")
    rewrite = _bridges("County engineers said they could still close the Mill Creek bridge to lorries.")
    assert findings("negation-flip", source, rewrite)


def test_a_power_to_act_is_not_negated_by_a_failure_to_act() -> None:
    source = _bridges("County engineers have the authority to close any bridge that fails an inspection.")
    rewrite = _bridges(
        "The department said it would step in where county engineers failed to close a bridge that fails an inspection."
    )
    assert not findings("negation-flip", source, rewrite)


# --- cross-document-number: the whole of a ratio counts nothing ----------------------------------------------------

_NURSES = (
    "The health board released its annual workforce report on Tuesday.\n\n"
    "{claim}\n\n"
    "The board spent £3.2 million on agency staff to cover the gaps, up from £2.6 million a year earlier.\n\n"
    "It plans to recruit 150 nurses from overseas by the end of the year.\n"
)


def _nurses(claim: str) -> str:
    return _NURSES.format(claim=claim)


_VACANT = "Against an approved strength of 1,240 nurses, 1,010 are in post, leaving 230 posts vacant."


def test_a_ratio_of_posts_is_no_count_of_posts() -> None:
    rewrite = _nurses(
        "Nearly one in five approved posts is vacant, with 1,010 nurses in post against an approved strength of 1,240."
    )
    assert not findings("cross-document-number", _nurses(_VACANT), rewrite)


def test_a_changed_count_of_posts_is_still_flagged() -> None:
    rewrite = _nurses("Against an approved strength of 1,240 nurses, 1,010 are in post, leaving 320 posts vacant.")
    assert findings("cross-document-number", _nurses(_VACANT), rewrite)


# --- unsupported-claim: the gap in points between two source shares is computed ------------------------------------

_SCREENING = (
    "The screening programme reached 61.3 per cent of eligible women in 2027, the agency said in its annual report.\n\n"
    "In rural districts the figure was 41.2 per cent, compared with 55.8 per cent in the capital.\n\n"
    "The agency said it would send mobile units to 40 rural towns next year.\n\n"
    "The programme's budget for the year is €18.5 million.\n"
)
_REWRITE = (
    "The screening programme reached 61.3% of eligible women in 2027, according to the agency's annual report.\n\n"
    "Rural women fare worst: 41.2% were screened, {gap} behind the capital (55.8%).\n\n"
    "The agency will send mobile units to 40 rural towns next year.\n\n"
    "The programme's budget for the year is €18.5 million.\n"
)


def test_a_gap_in_points_between_two_source_shares_is_supported() -> None:
    for gap in ("about 15 points", "almost 15 percentage points"):
        assert not findings("unsupported-claim", _SCREENING, _REWRITE.format(gap=gap)), gap


def test_a_gap_no_two_shares_make_is_unsupported() -> None:
    assert findings("unsupported-claim", _SCREENING, _REWRITE.format(gap="about 25 points"))


# --- hedge-dropped: a caveat restated beside the claim, in its own sentence -----------------------------------------

_TRIAGE = (
    "The inspectorate published its review of the county's emergency call service on Thursday.\n\n"
    "The nurse advice line diverted about 52,000 calls from ambulance dispatch in 2027.\n\n"
    "The service estimates this saved 30 crews a shift, but we found its records could not confirm how many of those "
    "crews reached urgent cases.\n\n"
    "The review makes five recommendations, all of which the service has accepted.\n"
)


def _triage(*middle: str) -> str:
    return (
        "The inspectorate reviewed the county's emergency call service, in a report published on Thursday.\n\n"
        + "".join(m + "\n\n" for m in middle)
        + "The review makes five recommendations, and the service has accepted all of them.\n"
    )


_DIVERTED = "About 52,000 calls were diverted from ambulance dispatch by the nurse advice line in 2027."


def test_a_caveat_restated_in_the_next_sentence_stays_with_its_claim() -> None:
    caveat = (
        "The service reckons this saved 30 crews a shift, but inspectors say its records may not show how many of "
        "those crews reached urgent cases."
    )
    assert not findings("hedge-dropped", _TRIAGE, _triage(_DIVERTED, caveat))


def test_a_caveat_dropped_with_its_sentence_is_flagged() -> None:
    assert findings("hedge-dropped", _TRIAGE, _triage(_DIVERTED))


# --- unsupported-claim: a first time stated, a superlative over every single year ----------------------------------

_TRIBUNAL = (
    "The employment tribunal ruled on Friday that the city council had unfairly dismissed 14 refuse collectors.\n\n"
    "The judge said the council had failed to consult the workers before ending their contracts in March.\n\n"
    "The council was ordered to pay compensation to each of the 14 workers, to be set at a later hearing.\n\n"
    "Over the year the tribunal decided 3,410 claims, up from 2,980 the year before.\n"
)


def _tribunal(extra: str) -> str:
    return (
        "A tribunal ruled on Friday that the city council unfairly dismissed 14 refuse collectors.\n\n"
        "The judge found the council had failed to consult the workers before ending their contracts in March.\n\n"
        f"{extra}\n\n"
        "The council must pay compensation to each of the 14 workers, to be set at a later hearing.\n\n"
        "The tribunal decided 3,410 claims over the year, up from 2,980 the year before.\n"
    )


def test_a_first_time_the_source_does_not_claim_is_unsupported() -> None:
    claim = "It is the first time the council has lost an unfair dismissal case at the tribunal."
    assert findings("unsupported-claim", _TRIBUNAL, _tribunal(claim))


def test_a_first_time_as_a_clause_of_time_is_no_record() -> None:
    claim = "The first time the workers heard of the plan, the council had already ended their contracts."
    assert not findings("unsupported-claim", _TRIBUNAL, _tribunal(claim))


def test_a_superlative_over_a_single_year_is_a_record_claim() -> None:
    claim = "It is the largest number of claims decided by the tribunal in a single year."
    assert findings("unsupported-claim", _TRIBUNAL, _tribunal(claim))


def test_a_single_year_superlative_the_source_makes_is_supported() -> None:
    source = _TRIBUNAL.replace(
        "up from 2,980 the year before.", "up from 2,980 the year before, the most it has ever decided."
    )
    claim = "It is the largest number of claims decided by the tribunal in a single year."
    assert not findings("unsupported-claim", source, _tribunal(claim))


# --- hedge-dropped: a figure merged in from the next, hedged source sentence ----------------------------------------

_BACKLOG = (
    "The state court service published its annual report on Thursday.\n\n"
    "Some 41,000 civil claims have been waiting more than two years for a hearing.\n\n"
    "The service expects that, if 30 new judges are appointed, the backlog could be cleared by June 2030.\n\n"
    "It spent $12.5 million on remote hearing rooms last year.\n"
)


def _backlog(claim: str) -> str:
    return (
        "The state court service released its annual report on Thursday.\n\n"
        f"{claim}\n\n"
        "The service spent $12.5 million on remote hearing rooms last year.\n"
    )


def test_a_forecast_merged_in_as_fact_is_flagged() -> None:
    claim = "Civil claims waiting more than two years for a hearing, now some 41,000, will be cleared by June 2030."
    assert findings("hedge-dropped", _BACKLOG, _backlog(claim))


def test_a_forecast_merged_in_with_its_hedge_is_silent() -> None:
    claim = "Civil claims waiting more than two years for a hearing, now some 41,000, could be cleared by June 2030."
    assert not findings("hedge-dropped", _BACKLOG, _backlog(claim))


def test_a_fact_with_no_figure_of_the_hedged_sentence_is_silent() -> None:
    claim = "Some 41,000 civil claims have been waiting more than two years for a hearing, the report shows."
    assert not findings("hedge-dropped", _BACKLOG, _backlog(claim))


# --- cross-document-number: amounts in letter currencies, one per statement of a sentence ---------------------------

_ARREARS = (
    "The Treasury published its review of municipal finances in Cape Town on Tuesday.\n\n"
    "Unpaid water bills owed to municipalities amounted to R4.2 billion, while electricity arrears were R9.7 "
    "billion.\n\n"
    "The review found that 64 municipalities had adopted budgets they could not fund.\n\n"
    "The minister said a new collection unit would start work in April.\n"
)


def _arrears(claim: str) -> str:
    return (
        "The Treasury released its review of municipal finances in Cape Town on Tuesday.\n\n"
        f"{claim}\n\n"
        "According to the review, 64 municipalities had adopted budgets they could not fund.\n\n"
        "A new collection unit will start work in April, the minister said.\n"
    )


def test_a_changed_amount_of_one_statement_is_flagged() -> None:
    claim = (
        "Unpaid water bills owed to municipalities came to R2.4 billion, while electricity arrears were R9.7 billion."
    )
    found = findings("cross-document-number", _ARREARS, _arrears(claim))
    assert [e.text for f in found for e in f.evidence] == ["R2.4 billion", "R4.2 billion"]


def test_the_same_amounts_in_either_order_are_silent() -> None:
    for claim in (
        "Unpaid water bills owed to municipalities came to R4.2 billion, while electricity arrears stood at R9.7 "
        "billion.",
        "Electricity arrears were R9.7 billion, while unpaid water bills owed to municipalities came to R4.2 billion.",
    ):
        assert not findings("cross-document-number", _ARREARS, _arrears(claim)), claim


_METALS = (
    "Metal prices fell in London on Friday as traders weighed weaker factory data from China.\n\n"
    "Copper settled at $9,412 a tonne on Friday, down 1.8% for the week, while aluminium settled at $2,318.\n\n"
    "Nickel was little changed after a volatile session.\n"
)


def test_a_second_figure_of_a_statement_takes_no_subject() -> None:
    rewrite = (
        "Metal prices fell in London on Friday as traders weighed weak factory data from China.\n\n"
        "Copper settled at $9,142 a tonne on Friday, down 1.8% on the week.\n\n"
        "Nickel was little changed after a volatile session.\n"
    )
    found = findings("cross-document-number", _METALS, rewrite)
    assert [e.text for f in found for e in f.evidence] == ["$9,142", "$9,412"]
