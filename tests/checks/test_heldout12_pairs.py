"""Fixes for general causes found by the twelfth held-out set (rewrite and multi-document checks), pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule
from _run import rewrite_findings as findings
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks._rewrite import correction_notices
from factcheck.checks._stance import DEFAULT_STANCES, compile_phrases, find_stances
from factcheck.checks.hedge_dropped import _conditioned, _head_noun, _intended
from factcheck.engine import build_facts, run_rules
from factcheck.extract.assertions import tokenize
from factcheck.ingest import from_text


def fails(check: str, source: str, rewrite: str) -> bool:
    return bool(findings(check, source, rewrite))


# --- cross-document-number: another sentence's number holds a count only if it is a like count, stated closed -------

_FIRE_SOURCE = (
    "Fire crews spent the night at the Hollins timber yard after a blaze broke out in a storage shed. A crew of 64 "
    "firefighters, six engines and a water tender fought the fire for more than three hours, the fire service said. "
    "Nobody was hurt, and the cause of the fire is not yet known."
)
_FIRE_REWRITE = (
    "Fire crews spent the night at the Hollins timber yard after a blaze broke out in a storage shed. {} fought the "
    "fire for more than three hours, according to the fire service. Nobody was hurt, and the cause of the fire is not "
    "yet known."
)


@pytest.mark.parametrize(
    "crew",
    [
        "Some 46 firefighters, six engines and a water tender",  # a changed count beside an open-ended duration
        "A crew of 46 firefighters, six engines and a water tender",
    ],
)
def test_an_open_ended_duration_does_not_hold_a_changed_count(crew: str) -> None:
    assert fails("cross-document-number", _FIRE_SOURCE, _FIRE_REWRITE.format(crew))


@pytest.mark.parametrize(
    "crew",
    [
        "Some 64 firefighters, six engines and a water tender",  # kept
        "More than 60 firefighters, six engines and a water tender",  # a bound that holds 64
        "About 60 firefighters, six engines and a water tender",  # rounded
    ],
)
def test_a_kept_or_rounded_count_beside_a_duration_is_silent(crew: str) -> None:
    assert not fails("cross-document-number", _FIRE_SOURCE, _FIRE_REWRITE.format(crew))


def test_a_changed_count_beside_an_open_ended_count_of_another_noun_is_flagged() -> None:
    source = (
        "The Marlow Street food bank handed out 380 parcels last week to more than 120 families, its manager said. "
        "Demand has risen sharply since the winter, and volunteers are working extra shifts. The food bank will "
        "open on Sundays from next month."
    )
    rewrite = (
        "The Marlow Street food bank gave out 830 parcels last week to more than 120 families, its manager said. "
        "Demand has climbed sharply since the winter, and volunteers are working extra shifts. The food bank will "
        "open on Sundays from next month."
    )
    assert fails("cross-document-number", source, rewrite)


# --- cross-document-number: a place restriction under the gazetteer's other names for the place ---------------------

_CHAIN_SOURCE = (
    "Harbor & Pine, the home-goods retailer, said on Monday that it would close {} by the end of March. The company "
    "blamed falling sales and higher rents. It will keep its online store and its distribution centers open."
)
_CHAIN_REWRITE = (
    "Harbor & Pine, the home-goods retailer, will shut {} by the end of March, it said on Monday. The company "
    "blamed falling sales and rising rents. Its online store and distribution centers will stay open."
)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("140 stores in the United States", "410 stores in the U.S."),
        ("140 stores across the U.S.", "410 stores across America"),
        ("140 stores in Britain", "410 stores across the UK"),
    ],
)
def test_a_restricted_count_is_compared_under_another_name_for_the_place(source: str, rewrite: str) -> None:
    assert fails("cross-document-number", _CHAIN_SOURCE.format(source), _CHAIN_REWRITE.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("140 stores in the United States", "410 stores"),  # a part and the whole
        ("140 stores in the United States", "410 stores in the UK"),  # two places
        ("140 stores in the U.S.", "about 150 stores in America"),  # rounded
    ],
)
def test_a_restricted_count_of_another_place_or_the_whole_is_silent(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _CHAIN_SOURCE.format(source), _CHAIN_REWRITE.format(rewrite))


# --- hedge-dropped: a neighbour's attribution to the same body, once by name and once by its common noun ------------

_WARD_SOURCE = (
    "A hospital ward in Westbrook was closed on Friday after an outbreak of a drug-resistant infection, the Westbrook "
    "health board said. Two patients died after catching the infection on the ward, the board said. Visiting has "
    "been suspended until further notice, and staff are being tested."
)
_WARD_REWRITE = (
    "A hospital ward in Westbrook has been shut since Friday after an outbreak of a drug-resistant infection, "
    "according to {}. Two patients died after catching the infection on the ward. Visiting has been suspended "
    "until further notice, and staff are being tested."
)


def test_a_neighbour_citing_the_body_by_name_and_noun_keeps_the_attribution() -> None:
    assert not fails("hedge-dropped", _WARD_SOURCE, _WARD_REWRITE.format("the Westbrook health board"))


def test_a_neighbour_citing_another_body_does_not_keep_the_attribution() -> None:
    found = findings("hedge-dropped", _WARD_SOURCE, _WARD_REWRITE.format("the Westbrook city council"))
    assert any("Two patients died" in f.message for f in found)


@given(
    st.sampled_from(["prefecture", "ministry", "board", "council", "regulator", "coroner", "police"]),
    st.sampled_from(["Savoie", "Westbrook", "Ohio", "Kent County"]),
)
def test_the_head_noun_of_a_source_is_the_same_in_every_form_of_attribution(noun: str, name: str) -> None:
    forms = [
        f"according to the {name} {noun}",
        f"the {name} {noun} said",
        f"said the {name} {noun}",
        f"the {noun} said",
        f"the {noun} told reporters",
        f"as reported by the {noun}",
    ]
    assert all(_head_noun(form) == {noun} for form in forms)
    assert _head_noun(f"{name} said") == set()


# --- hedge-dropped: a forecast restated as an intention or under a condition is still no fact ------------------------

_BRIDGE_SOURCE = (
    "Work began on Monday on a new road bridge over the River Alder between Eastham and Millbrook. {} The bridge "
    "will carry two lanes of traffic and a cycle path, and replaces a crossing closed in 2023."
)
_BRIDGE_REWRITE = (
    "Work started on Monday on a new road bridge over the River Alder between Eastham and Millbrook. {} It will "
    "carry two lanes of traffic and a cycle path, and replaces a crossing that was closed in 2023."
)
_FORECAST = "The two councils said they expect the bridge to open to traffic in the spring of 2028."


@pytest.mark.parametrize(
    "restated",
    [
        "They hope to open the bridge to traffic in the spring of 2028.",
        "The councils aim to open the bridge to traffic in the spring of 2028.",
        "The bridge will open to traffic in the spring of 2028, if the steel arrives on time.",
    ],
)
def test_a_forecast_restated_as_an_intention_or_a_condition_is_kept(restated: str) -> None:
    assert not fails("hedge-dropped", _BRIDGE_SOURCE.format(_FORECAST), _BRIDGE_REWRITE.format(restated))


@pytest.mark.parametrize(
    ("source", "restated"),
    [
        (_FORECAST, "The bridge will open to traffic in the spring of 2028."),  # the forecast as fact
        # a possibility made into someone's plan
        (
            "Engineers said the two councils could open the bridge to traffic in the spring of 2028.",
            "The two councils plan to open the bridge to traffic in the spring of 2028.",
        ),
    ],
)
def test_a_forecast_or_possibility_stated_as_fact_or_plan_is_flagged(source: str, restated: str) -> None:
    assert fails("hedge-dropped", _BRIDGE_SOURCE.format(source), _BRIDGE_REWRITE.format(restated))


@pytest.mark.parametrize(
    ("sentence", "unasserted"),
    [
        ("The museum intends to reopen its east wing next year.", True),
        ("If the vote passes, the museum will reopen its east wing.", True),
        ("The plan to reopen the east wing was shelved.", False),  # a noun
        ("Visitors asked if the east wing would reopen.", False),  # a question, no condition
        ("Repairs, if any, will be paid for by the insurer.", False),
        ("The east wing will reopen next year, even if the roof is unfinished.", False),  # a concession
        ("The museum will reopen its east wing next year.", False),
    ],
)
def test_an_intention_or_condition_states_no_fact(sentence: str, unasserted: bool) -> None:
    tokens = tokenize(sentence)
    assert (_intended(tokens) or _conditioned(tokens)) is unasserted


# --- correction notices: a follow-up that says it corrects an earlier version -------------------------------------

_FLOOD_SOURCE = (
    "Flooding along the River Wend forced the evacuation of 240 homes in Castleford Vale on Saturday, the county "
    "council said. Emergency shelters were opened at two schools. The river is expected to peak on Sunday morning."
)
_FLOOD_REWRITE = (
    "Flooding along the River Wend forced the evacuation of 420 homes in Castleford Vale on Saturday, the county "
    "council said. {}Emergency shelters were opened at two schools. The river is expected to peak on Sunday morning."
)


@pytest.mark.parametrize(
    "notice",
    [
        "An earlier version of this article said 240 homes had been evacuated; the council has since revised the "
        "figure to 420. ",
        "Correction: a previous report gave the wrong number of homes evacuated, which the council later revised. ",
    ],
)
def test_a_number_the_rewrite_says_it_corrected_is_not_flagged(notice: str) -> None:
    rewrite = _FLOOD_REWRITE.format(notice)
    assert not fails("cross-document-number", _FLOOD_SOURCE, rewrite)
    assert not fails("unsupported-claim", _FLOOD_SOURCE, rewrite)


@pytest.mark.parametrize(
    "notice",
    [
        "",  # no notice
        "An earlier version of this article misspelled the name of the council leader. ",  # another correction
    ],
)
def test_a_changed_number_without_its_correction_is_flagged(notice: str) -> None:
    assert fails("cross-document-number", _FLOOD_SOURCE, _FLOOD_REWRITE.format(notice))


@pytest.mark.parametrize(
    ("sentence", "notice"),
    [
        ("This story has been corrected to show that the bridge opened in 2019.", True),
        ("Clarification: the survey covered adults only.", True),
        ("The previous version of this report gave the wrong date for the hearing.", True),
        ("An earlier version of the bill would have capped rents.", False),  # a bill, not the text
        ("The agency corrected its forecast on Tuesday.", False),
    ],
)
def test_a_correction_notice_is_a_note_on_the_text_itself(sentence: str, notice: bool) -> None:
    facts = build_facts([from_text(f"The hearing was adjourned. {sentence}", id="doc.txt")])
    assert (correction_notices(facts, "doc.txt") == [1]) is notice


# --- stance-conflict: an open question composed of a negation or "yet to", a verb of saying or deciding, "whether" ---

_PAY_SOURCE = (
    "{} the pay offer for 3,400 bus drivers in the Marston region on Thursday. The offer is worth 5 per cent over two "
    "years, Halden Buses said. Drivers had held four one-day strikes since October."
)
_PAY_REWRITE = (
    "{} the pay offer for 3,400 bus drivers in the Marston region. The offer is worth 5 per cent over two years, "
    "Halden Buses said. Drivers had held four one-day strikes since October."
)


@pytest.mark.parametrize(
    "open_question",
    [
        "The Transit Workers union has yet to say whether it will accept",
        "The Transit Workers union has still to decide whether to accept",
        "The Transit Workers union declined to say if it would accept",
        "The Transit Workers union has not confirmed whether it will accept",
    ],
)
def test_an_open_question_in_any_wording_conflicts_with_an_acceptance(open_question: str) -> None:
    source = _PAY_SOURCE.format("The Transit Workers union has accepted")
    assert fails("stance-conflict", source, _PAY_REWRITE.format(open_question))


@pytest.mark.parametrize(
    "rewrite",
    [
        "The Transit Workers union has accepted",  # kept
        "The Transit Workers union has agreed to",
        "Officials have yet to say whether the Transit Workers union accepted",  # no actor of the open question
    ],
)
def test_a_kept_acceptance_or_another_actors_question_is_silent(rewrite: str) -> None:
    source = _PAY_SOURCE.format("The Transit Workers union has accepted")
    assert not fails("stance-conflict", source, _PAY_REWRITE.format(rewrite))


def test_refused_to_say_whether_is_an_open_question_not_a_refusal() -> None:
    text = "The Transit Workers union refused to say whether it would accept the pay offer for the bus drivers."
    facts = build_facts([from_text(text, id="doc.txt")])
    found = list(find_stances(facts, "doc.txt", compile_phrases(DEFAULT_STANCES), {"accepted": "undecided"}))
    assert [(m.actor, m.stance) for m in found] == [("Transit Workers", "undecided")]


def against_fails(check: str, claim: str, source: str) -> bool:
    """The default ``check`` reports a finding on a claim checked against a source (``--against``)."""
    facts = build_facts([from_text(claim, id="claim.txt")], [from_text(source, id="source.txt")])
    return bool(run_rules([default_rule(check)], facts, strict=True).findings)


def test_an_open_bound_on_a_part_of_the_count_still_holds_it() -> None:
    source = "Over 9,000 heaters were sold in Scandinavia, including 8,720 heaters sold in Norway and 310 in Denmark."
    claim = "More than 9,000 heaters were sold in Scandinavia, and over 8,500 of those were sold in Norway."
    assert not against_fails("cross-document-number", claim, source)
    assert against_fails("cross-document-number", claim.replace("over 8,500 of those", "5,800 heaters"), source)


# --- hedge-dropped: a past period's death count from a body that keeps statistics is a settled tally ----------------

_LAKE_SOURCE = (
    "Two swimmers were rescued from Lake Orren on Saturday after being caught in a strong current, the coastguard "
    "said. Both were treated in hospital and later released. {}"
)
_LAKE_REWRITE = (
    "Two swimmers were rescued from Lake Orren on Saturday after being caught in a strong current, the coastguard "
    "said. Both were treated in hospital and later released. {}"
)


def _severities(source: str, rewrite: str) -> list[str]:
    texts = _LAKE_SOURCE.format(source), _LAKE_REWRITE.format(rewrite)
    found = findings("hedge-dropped", *texts, routine_severity="info")
    return [f.severity for f in found]


def test_a_past_seasons_death_toll_from_a_statistics_body_is_routine() -> None:
    source = "Last summer, 31 people drowned or died in open water in the region, according to the water safety agency."
    rewrite = "Last summer, 31 people died in open water in the region."
    assert _severities(source, rewrite) == ["info"]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # a death count with blame in it
        (
            "Last summer, 31 people died in open water in the region because of missing lifeguards, according to "
            "the water safety agency.",
            "Last summer, 31 people died in open water in the region because of missing lifeguards.",
        ),
        # a count of deaths told by a party, not a body that keeps statistics
        (
            "Last summer, 31 people died in open water in the region, according to the campaign group Safe Shores.",
            "Last summer, 31 people died in open water in the region.",
        ),
        # no completed period
        (
            "So far, 31 people have died in open water in the region, according to the water safety agency.",
            "So far, 31 people have died in open water in the region.",
        ),
    ],
)
def test_a_death_count_with_blame_from_a_party_or_still_open_stays_a_warning(source: str, rewrite: str) -> None:
    assert _severities(source, rewrite) == ["warning"]
