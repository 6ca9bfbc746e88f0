"""Fixes for general causes found by the eighth held-out set (rewrite and multi-document checks), pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule
from _run import rewrite_fails as fails

from factcheck.engine import build_facts, run_rules
from factcheck.extract.assertions import tokenize, verb_polarities
from factcheck.ingest import from_text


def _polarity(sentence: str, lemma: str) -> str:
    tokens = tokenize(sentence)
    verbs, _orphans = verb_polarities(tokens)
    return next(p for _i, v, p in verbs if v == lemma)


# --- negation: a manner adverb between the negation and its verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The new filter did not significantly reduce emissions at the plant.", "reduce"),
        ("The merger has not materially changed the outlook for jobs.", "change"),
        ("Officials said the curfew had not substantially reduced the violence.", "reduce"),
        ("The vaccine didn't meaningfully improve survival among older patients.", "improve"),
    ],
)
def test_an_adverb_between_not_and_the_verb_keeps_the_negation(sentence: str, lemma: str) -> None:
    assert _polarity(sentence, lemma) == "negated"
    assert verb_polarities(tokenize(sentence))[1] == 0  # the "not" governs the verb: no orphan negation


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The new filter significantly reduced emissions at the plant.", "reduce"),
        ("Her family later moved the business to Leeds.", "move"),  # "family" is a noun, not an adverb
        ("It was not the plan that quickly changed the outcome.", "change"),  # the "not" is another verb's
    ],
)
def test_adverbs_without_a_negation_before_them_stay_affirmed(sentence: str, lemma: str) -> None:
    assert _polarity(sentence, lemma) == "affirmed"


_FILTER_SOURCE = (
    "Engineers at the Dunmore cement works said on Monday that the new dust filter did not significantly reduce "
    "emissions during a six-month trial. The plant, which employs 420 people, plans to test a second design next "
    "year. The regional environment agency said it would publish its own measurements in the spring."
)


def test_negation_flip_through_an_adverb() -> None:
    rewrite = (
        "The new dust filter at the Dunmore cement works reduced emissions during a six-month trial, engineers said "
        "on Monday. The plant, which employs 420 people, plans to test a second design next year. The regional "
        "environment agency will publish its own measurements in the spring, it said."
    )
    kept = rewrite.replace("reduced emissions", "did not noticeably reduce emissions")
    assert fails("negation-flip", _FILTER_SOURCE, rewrite)
    assert not fails("negation-flip", _FILTER_SOURCE, kept)


# --- cross-document-number: a restated sentence's one count of a noun, with no shared name ------------------------

_SURVEY_SOURCE = (
    "The survey questioned 2,350 nurses at 40 hospitals in six regions. Most said staffing had worsened since "
    "last year. The results will be presented to ministers next month."
)


def test_a_restated_count_differs_without_a_shared_name() -> None:
    rewrite = (
        "The study, which polled 3,250 nurses across 40 hospitals in six regions, ran for a month. Most said "
        "staffing had got worse since last year. Ministers will see the results next month."
    )
    assert fails("cross-document-number", _SURVEY_SOURCE, rewrite)


@pytest.mark.parametrize(
    "first",
    [
        "The study, which polled nearly 2,400 nurses across 40 hospitals in six regions, ran for a month.",  # rounded
        "The study, which polled 2,350 nurses across 40 hospitals in six regions, ran for a month.",  # kept
        # an update in the rewrite
        "The number of nurses polled rose to 3,250 across 40 hospitals in six regions after the deadline moved.",
    ],
)
def test_a_restated_count_that_agrees_or_updates_is_silent(first: str) -> None:
    rewrite = f"{first} Most said staffing had got worse since last year. Ministers will see the results next month."
    assert not fails("cross-document-number", _SURVEY_SOURCE, rewrite)


def test_two_counts_of_one_vote_are_two_slots_not_a_disagreement() -> None:
    source = (
        "The board of the Ravensworth housing trust voted 7-2 to sell the site, with two members preferring a "
        "delay. The sale of the former depot is expected to raise about £4m for new flats. Tenants were told of "
        "the decision at a meeting in the community hall on Friday."
    )
    rewrite = (
        "Seven members of the Ravensworth housing trust board voted to sell the site and two wanted a delay. The "
        "sale of the former depot is expected to raise about £4m for new flats. Tenants heard of the decision at a "
        "meeting in the community hall on Friday."
    )
    assert not fails("cross-document-number", source, rewrite)


def test_a_day_added_in_the_rewrite_pins_the_count_but_a_running_total_does_not() -> None:
    source = (
        "About 210 flights were cancelled at Kestrel airport after snow closed both runways, the operator said on "
        "Sunday. Passengers whose flights were cancelled were told to stay at home and rebook online. Both runways "
        "reopened late on Sunday evening after crews cleared the snow."
    )
    rewrite = (
        "Snow closed both runways at Kestrel airport, and {} were cancelled, the operator said. Passengers whose "
        "flights were cancelled were asked to stay at home and rebook online. Both runways reopened late on Sunday "
        "evening once crews had cleared the snow."
    )
    assert fails("cross-document-number", source, rewrite.format("some 120 flights on Saturday"))
    assert not fails("cross-document-number", source, rewrite.format("some 520 flights since Friday"))


# --- stance-conflict: an actor's own report ("X said it accepted") and its board ("X's board") -----------------------

_INQUIRY_SOURCE = (
    "Harbour Water said on Monday that it accepted the ombudsman's findings on billing errors and would refund 9,000 "
    "customers. Its chief executive apologised to the customers affected. The refunds will be paid by the end of "
    "June, the ombudsman said."
)


@pytest.mark.parametrize(
    "stance",
    [
        "Harbour Water rejected the ombudsman's findings on billing errors",
        "Harbour Water's board rejected the ombudsman's findings on billing errors",
    ],
)
def test_a_reported_own_stance_conflicts_with_its_opposite(stance: str) -> None:
    rewrite = (
        f"{stance}, though it said it would refund 9,000 customers. Its chief executive apologised to the customers "
        "affected. The refunds will be paid by the end of June, according to the ombudsman."
    )
    assert fails("stance-conflict", _INQUIRY_SOURCE, rewrite)


@pytest.mark.parametrize(
    "stance",
    [
        "Harbour Water has accepted the ombudsman's findings on billing errors",
        "The board of Harbour Water accepted the ombudsman's findings on billing errors",
        "Harbour Water's board accepted the ombudsman's findings on billing errors",
    ],
)
def test_a_reported_own_stance_kept_in_other_words_is_silent(stance: str) -> None:
    rewrite = (
        f"{stance} and will refund 9,000 customers. Its chief executive apologised to the customers affected. The "
        "refunds will be paid by the end of June, according to the ombudsman."
    )
    assert not fails("stance-conflict", _INQUIRY_SOURCE, rewrite)


def test_the_pronoun_of_someone_elses_report_is_not_the_actor() -> None:
    # the regulator said "it" (the regulator) rejected the appeal: not the company's stance
    source = (
        "Harbour Water accepted the ombudsman's findings on billing errors and will refund 9,000 customers. Its "
        "chief executive apologised to the customers affected. The refunds will be paid by the end of June."
    )
    rewrite = (
        "Harbour Water accepted the ombudsman's findings on billing errors and will refund 9,000 customers, and a "
        "spokesman for the regulator said it rejected the firm's separate request for more time. Its chief "
        "executive apologised to the customers affected. The refunds will be paid by the end of June."
    )
    assert not fails("stance-conflict", source, rewrite)


# --- hedge-dropped: a forecast, a vouching attribution, an unnamed source -----------------------------------------

_FORECAST_SOURCE = (
    "The Norland central bank held its deposit rate at 3.5% on Wednesday. Most analysts surveyed by Bloomberg "
    "expect the bank to raise rates in June, citing stubborn wage growth. The currency rose 0.3% after the decision."
)


def _rewrite_with(middle: str) -> str:
    return (
        f"The Norland central bank kept its deposit rate at 3.5% on Wednesday. {middle} The currency gained 0.3% "
        "after the decision."
    )


def test_a_forecast_stated_as_fact_is_a_dropped_hedge() -> None:
    assert fails(
        "hedge-dropped", _FORECAST_SOURCE, _rewrite_with("The bank will raise rates in June, citing wage growth.")
    )


@pytest.mark.parametrize(
    "middle",
    [
        "Analysts polled by Bloomberg expect a rate rise in June, citing stubborn wage growth.",
        "The bank is expected to raise rates in June because of stubborn wage growth, analysts say.",
        "A June rate rise is likely, according to most analysts surveyed by Bloomberg.",
    ],
)
def test_a_forecast_kept_in_other_words_is_silent(middle: str) -> None:
    assert not fails("hedge-dropped", _FORECAST_SOURCE, _rewrite_with(middle))


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation rose as expected to 2.4% in May, the statistics office said.",  # "as expected": no forecast
        "The forecasts for growth were cut to 1.1% in May, the statistics office said.",  # a noun
    ],
)
def test_expected_and_forecast_nouns_are_no_forecast(sentence: str) -> None:
    from factcheck.checks.hedge_dropped import _forecast

    assert _forecast(tokenize(sentence)) is None


_OFFICER = "The officer, who has worked in the planning department for eleven years, has not been named."
_LEAK_SOURCE = (
    "A council planning officer in Brackley has been suspended after allegedly accepting payments from a developer, "
    "the council said on Thursday. " + _OFFICER + " An independent review of recent decisions has "
    "been ordered by the council's chief executive."
)


def test_a_vouching_attribution_does_not_keep_allegedly() -> None:
    rewrite = (
        "A Brackley council planning officer accepted payments from a developer and has been suspended, the council "
        "confirmed on Thursday. " + _OFFICER + " An independent review of recent planning decisions has "
        "been ordered by the council's chief executive."
    )
    assert fails("hedge-dropped", _LEAK_SOURCE, rewrite)


def test_allegedly_kept_by_a_reporting_attribution_is_silent() -> None:
    rewrite = (
        "A Brackley council planning officer has been suspended over claims that he accepted payments from a "
        "developer, the council said on Thursday. " + _OFFICER + " An independent review of recent "
        "planning decisions has been ordered by the council's chief executive."
    )
    assert not fails("hedge-dropped", _LEAK_SOURCE, rewrite)


def _severities(source: str, rewrite: str, **params: object) -> list[str]:
    docs = [
        from_text(source, id="source.txt", published=dt.date(2025, 3, 12)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 3, 13)),
    ]
    facts = build_facts(docs)
    return [f.severity for f in run_rules([default_rule("hedge-dropped", **params)], facts, strict=True).findings]


_BID_REST = (
    " The club's owner has been trying to sell since the end of last season. The buyer would need to pass the "
    "league's ownership test before any deal could be completed."
)


def test_an_unnamed_sources_claim_is_not_routine() -> None:
    source = "According to people familiar with the talks, the group has offered about £95m for the club." + _BID_REST
    rewrite = "The group has offered about £95m for the club." + _BID_REST
    assert _severities(source, rewrite) == ["warning"]


def test_a_named_bodys_routine_claim_stays_info() -> None:
    source = "According to the club, the group has offered about £95m for the stadium lease." + _BID_REST
    rewrite = "The group has offered about £95m for the stadium lease." + _BID_REST
    assert _severities(source, rewrite) == []  # routine notes are off by default
    assert _severities(source, rewrite, routine_severity="info") == ["info"]
