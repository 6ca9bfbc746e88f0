"""Fixes for general causes found by the thirteenth held-out set (rewrite and multi-document checks), pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import rewrite_findings as findings

from factcheck.checks._rewrite import correction_notices
from factcheck.engine import build_facts
from factcheck.extract.assertions import copula_polarities, find_attribution, tokenize, verb_polarities
from factcheck.ingest import from_text


def fails(check: str, source: str, rewrite: str) -> bool:
    return bool(findings(check, source, rewrite))


def polarity(sentence: str, word: str) -> str:
    tokens = tokenize(sentence)
    verbs, _ = verb_polarities(tokens)
    return next(p for i, _, p in verbs if tokens[i].lower == word)


# --- negation: the answer "no" of a vote, and "nowhere near" --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Two senators, who voted no, left the chamber early.", "voted", "affirmed"),
        ("The mayor voted no and then walked out of the meeting.", "voted", "affirmed"),
        ("Residents voted no on the proposed levy.", "voted", "affirmed"),
        ("The minister answered no, then changed the subject.", "answered", "affirmed"),
        ("The minister answered no questions from reporters.", "answered", "negated"),  # a negative object
        ("The inspectors found no traces of asbestos.", "found", "negated"),
        ("The blaze on the ridge was nowhere near contained on Sunday.", "contained", "negated"),
        ("The contractors are nowhere close to finishing the bridge.", "finishing", "negated"),
    ],
)
def test_answer_no_and_nowhere_near(sentence: str, verb: str, expected: str) -> None:
    assert polarity(sentence, verb) == expected


_VOTE_SOURCE = (
    "The county board approved the new jail budget by five votes to two on Monday. Supervisor Carla Mendes, who "
    "voted no, said the cost had doubled since the plan was first drawn up. The jail is due to open in 2028."
)
_VOTE_REWRITE = (
    "The county board approved the new jail budget by five votes to two on Monday. Supervisor Carla Mendes, one of "
    "the two members who voted against it, said the cost had doubled since the plan was first drawn up. The jail is "
    "due to open in 2028."
)


def test_voted_no_restated_as_voted_against_is_no_flip() -> None:
    assert not fails("negation-flip", _VOTE_SOURCE, _VOTE_REWRITE)


_BLAZE_SOURCE = (
    "A grass fire north of Dunmore burnt through farmland for a second day on Tuesday, forcing the closure of the "
    "Dunmore to Kellet road. The fire service said the blaze was nowhere near contained and asked residents of three "
    "roads to stay alert. Four water bombers and 60 firefighters worked through the afternoon along the eastern "
    "flank. No homes have been lost, and the cause of the fire is under investigation."
)


@pytest.mark.parametrize(
    ("restated", "flagged"),
    [
        (
            "The fire service said the blaze was still not contained and asked residents of three roads to stay alert.",
            False,
        ),
        ("The fire service said the blaze was contained and asked residents of three roads to stay alert.", True),
    ],
)
def test_nowhere_near_contained_is_a_negation(restated: str, flagged: bool) -> None:
    rewrite = _BLAZE_SOURCE.replace(
        "The fire service said the blaze was nowhere near contained and asked residents of three roads to stay alert.",
        restated,
    )
    assert fails("negation-flip", _BLAZE_SOURCE, rewrite) is flagged


# --- negation-flip: a copula compared with its complement ------------------------------------------------------------

_DAM_SOURCE = (
    "Engineers inspected the Carrow reservoir dam on Thursday after a week of heavy rain raised the water level by "
    "two metres. The water authority said the houses below the dam were not at risk of flooding, but it closed the "
    "footpath along the spillway as a precaution. Residents of Carrow Lane were given sandbags by the district "
    "council on Wednesday evening. The reservoir, built in 1898, supplies drinking water to about 40,000 homes in the "
    "district. A further inspection of the dam wall is planned for Monday, when the rain is expected to ease."
)


@pytest.mark.parametrize(
    ("restated", "flagged"),
    [
        (
            "The houses below the dam are at risk of flooding, the water authority said, but it closed the footpath "
            "along the spillway as a precaution.",
            True,
        ),
        (
            "The houses below the dam are not at risk of flooding, the water authority said, but it closed the "
            "footpath along the spillway as a precaution.",
            False,
        ),
        # the copula's polarity with another complement is another statement
        (
            "The houses below the dam are in good repair, the water authority said, but it closed the footpath along "
            "the spillway as a precaution.",
            False,
        ),
    ],
)
def test_a_negated_copula_is_compared_with_its_complement(restated: str, flagged: bool) -> None:
    rewrite = _DAM_SOURCE.replace(
        "The water authority said the houses below the dam were not at risk of flooding, but it closed the "
        "footpath along the spillway as a precaution.",
        restated,
    )
    assert fails("negation-flip", _DAM_SOURCE, rewrite) is flagged


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The tenants were not at fault for the leak.", [(("fault", "leak"), "negated")]),
        ("The tenants were at fault for the leak.", [(("fault", "leak"), "affirmed")]),
        ("There were no casualties in the collision.", [(("casualty", "collision"), "negated")]),
        ("The school is no longer under review by inspectors.", [(("review", "inspector"), "negated")]),
        ("The road was not closed on Friday.", []),  # an auxiliary: "close" is the verb
        ("The divers were no longer able to reach the wreck.", []),  # in the group of "reach"
    ],
)
def test_copula_polarities(sentence: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    tokens = tokenize(sentence)
    verbs, _ = verb_polarities(tokens)
    got = copula_polarities(tokens, [i for i, _, _ in verbs])
    assert [(words, polarity) for _, words, polarity, _ in got] == expected


# --- attribution: "think" reports, a passive "told to" is an order ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Health officials think the outbreak began at a poultry market.", "Health officials"),
        ("The mayor told reporters the bridge would reopen in May.", "mayor"),
        ("Residents of the valley were told to boil their water until Friday.", None),
        ("Shop owners had been repeatedly told to move their stalls.", None),
    ],
)
def test_attribution_reading(sentence: str, source: str | None) -> None:
    found = find_attribution(tokenize(sentence), [])
    assert (found.source if found else None) == source


# --- follow-up corrections: an explicit revision of an earlier figure is an update ------------------------------------


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Yesterday's report said 40 homes had been lost; the fire service now puts the figure at 52.", True),
        ("The earlier estimate of 300 jobs has been revised to 260, the company said.", True),
        ("The toll, previously reported as 11, was revised up to 14 on Monday.", True),
        ("The fire service now puts the number of homes lost at 52.", False),  # no earlier figure named
        ("The earlier estimate of 300 jobs came from the company.", False),  # no revision
    ],
)
def test_follow_up_revisions_are_notices(text: str, notice: bool) -> None:
    doc = from_text(text, id="a.txt", published=dt.date(2025, 6, 2))
    facts = build_facts([doc])
    assert bool(correction_notices(facts, "a.txt")) is notice


# --- cross-document-number: a merged sentence restating a count and adding another -----------------------------------

_FLOOD_SOURCE = (
    "Flash floods swept through the village of Aldbury on Sunday after a month's rain fell in four hours. About 40 "
    "homes were evacuated as the river burst its banks. Twelve homes were later declared unsafe by building "
    "inspectors. The parish council has opened the village hall as a rest centre, and the county council said "
    "repairs to the bridge would take several weeks."
)


@pytest.mark.parametrize(
    ("merged_sentence", "flagged"),
    [
        ("About 40 homes were evacuated as the river burst its banks, and 12 homes were later declared unsafe.", False),
        ("About 40 homes were evacuated as the river burst its banks, and 21 homes were later declared unsafe.", True),
    ],
)
def test_a_merged_sentence_restating_a_count_is_two_slots(merged_sentence: str, flagged: bool) -> None:
    rewrite = _FLOOD_SOURCE.replace(
        "About 40 homes were evacuated as the river burst its banks. Twelve homes were later declared unsafe by "
        "building inspectors.",
        merged_sentence,
    )
    assert fails("cross-document-number", _FLOOD_SOURCE, rewrite) is flagged
