"""Claims a rewrite adds, and its own reporting, found by the held-out sets 44 to 46; sentences here are not the
held-out ones."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule
from _run import rewrite_findings as findings

from factcheck.checks.unsupported_claim import _TAGLINE, _direct_speech, _records
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text
from factcheck.models import Finding

_DEPOT = (
    "The regional transit board voted on Tuesday to close the Kelso Street bus depot by the end of next year.\n\n"
    "The depot employs 140 mechanics and drivers, and its 60 buses will move to a new site at Harlow Park.\n\n"
    "Board chair Ines Varga said the move would save about £2.3 million a year in rent and repairs.\n\n"
    '"The building is simply too old to keep running," Ms Varga told the meeting.\n\n'
    "The union representing the mechanics said it would seek talks with the board about shift patterns.\n"
)


def _depot_rewrite(added: str) -> str:
    return (
        "The regional transit board has voted to close the Kelso Street bus depot by the end of next year.\n\n"
        "The depot employs 140 mechanics and drivers, and its 60 buses will move to a new site at Harlow Park.\n\n"
        "Board chair Ines Varga said the move would save about £2.3 million a year in rent and repairs.\n\n"
        f"{added}\n\n"
        "The union representing the mechanics said it would seek talks with the board about shift patterns.\n"
    )


def _against(added: str, days_apart: int) -> list[Finding]:
    """unsupported-claim's findings on the depot rewrite given with its source (``--against``)."""
    day = dt.date(2027, 5, 12)
    docs = [
        from_text(_DEPOT, id="source.txt", published=day - dt.timedelta(days=days_apart)),
        from_text(_depot_rewrite(added), id="rewrite.txt", published=day),
    ]
    facts = build_facts(docs[1:], against=docs[:1])
    return list(run_rules([default_rule("unsupported-claim")], facts, strict=True).findings)


# --- direct speech of a voice no source quotes ----------------------------------------------------------------------

_NEW_VOICE = (
    'Driver Tomas Lindqvist, who has worked at Kelso Street for 22 years, was philosophical. "I learnt to drive a bus '
    'in that yard. It feels like the end of something," he said.'
)


@pytest.mark.parametrize(
    "added",
    [
        '"Nobody on the estate was asked what they thought," said Marta Quinn, who runs a cafe opposite the depot.',
        # a quote that runs over two sentences, its speaker named before it; a first-person figure is the voice's own
        'Marta Quinn, who runs a cafe opposite the depot, was not convinced. "I have served these drivers for nine '
        'years. Where will they eat now?" she said.',
    ],
)
def test_direct_speech_of_a_new_voice_is_a_next_day_story_s_own_reporting(added: str) -> None:
    assert not _against(added, 1)


def test_direct_speech_of_a_new_voice_on_the_same_day_is_info() -> None:
    added = '"Nobody on the estate was asked what they thought," said Marta Quinn, who runs a cafe opposite the depot.'
    found = _against(added, 0)
    assert [f.severity for f in found] == ["info"]
    assert "direct speech of a voice no source quotes" in found[0].message


@pytest.mark.parametrize(
    "added",
    [
        # a source's speaker given new words
        '"We looked at every other option before this one," Ms Varga said.',
        # a new voice's phrase quoted inside the reporter's own claim
        'Transport minister Olu Adeyemi told MPs the depot would "reopen as a training centre within two years".',
        # a new figure in a new voice's quote, not in the first person
        '"The council will lose 300 jobs across the borough," said Marta Quinn, who runs a cafe opposite the depot.',
    ],
)
def test_a_source_speaker_s_new_words_and_reported_claims_are_still_weighed(added: str) -> None:
    assert _against(added, 1)


def test_direct_speech_is_a_quoted_sentence_with_at_most_an_attribution() -> None:
    assert _direct_speech('"The yard floods every winter," she said.', inside=False) is not None
    assert _direct_speech('It floods every winter and nobody comes," he said.', inside=True) is not None
    assert _direct_speech('He said the yard was "a disgrace to the city" and left.', inside=False) is None
    assert _direct_speech('"A disgrace to the city", the report concluded, was fair.', inside=False) is None


# --- rankings: over a place or a field, and since a named year's event ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("The cut makes the city's bus fares the lowest in Western Europe.", "in western europe"),
        ("The depot was the busiest of its kind in the country.", "peers"),
        ("It is the lowest turnout at any council vote since the 2019 boundary review.", "since 2019"),
    ],
)
def test_a_ranking_over_a_place_or_since_a_year_s_event_is_a_record_claim(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ridership was the highest in January, when schools reopened.",  # a month: a time, no place
        "She was the first in line.",  # no ranking
    ],
)
def test_a_time_after_a_superlative_is_no_place(sentence: str) -> None:
    assert "peers" not in {m for m, _phrase in _records(sentence)}


def test_a_ranking_no_source_makes_is_flagged() -> None:
    added = "The closure will leave the region's bus network the smallest in the country."
    assert [f.values["claim"] for f in findings("unsupported-claim", _DEPOT, _depot_rewrite(added))] == ["record"]


# --- a next-day story's own figure given again, or rounded ----------------------------------------------------------

_UPDATE = (
    "The board now says 1,140 staff across the network will be affected, up from the 140 it reported on Tuesday, "
    "after counting cleaners and office workers."
)


@pytest.mark.parametrize(
    "again", ["Managers will meet all 1,140 staff on Friday.", "Managers will meet about a thousand staff on Friday."]
)
def test_a_next_day_story_s_own_figure_given_again_or_rounded_is_weighed_once(again: str) -> None:
    found = findings("unsupported-claim", _DEPOT, _depot_rewrite(f"{_UPDATE} {again}"))
    assert not [f for f in found if "Managers" in f.message]


def test_a_figure_the_story_never_gave_is_still_flagged() -> None:
    found = findings("unsupported-claim", _DEPOT, _depot_rewrite(f"{_UPDATE} Managers will meet all 1,175 staff."))
    assert [f for f in found if "Managers" in f.message]


# --- the blind sets 47 to 50 ----------------------------------------------------------------------------------------


def test_he_said_after_a_named_voice_speaks_for_the_first_name_of_the_sentence_before() -> None:
    added = (
        "Ruairí Ó Bríain, secretary of the Kelso Street Residents' Association, said the estate would fight the plan. "
        '"We will not let the yard sit empty for years," he said.'
    )
    assert not _against(added, 1)


def test_a_source_s_plain_superlative_of_the_subject_vouches_for_its_ranking() -> None:
    source = (
        _DEPOT + "\nRepair bills are forecast to rise 9 per cent next year.\n\nRepairs will see the largest rise.\n"
    )
    ranked = "Repairs will cost about 9 per cent more next year, the biggest rise of any budget line."
    assert not [f for f in findings("unsupported-claim", source, _depot_rewrite(ranked)) if "biggest" in f.message]
    # another subject: no source sentence ranks it
    other = "Fuel will cost about 9 per cent more next year, the biggest rise of any budget line."
    assert [f for f in findings("unsupported-claim", source, _depot_rewrite(other)) if "biggest" in f.message]


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("It is the deepest cut to the fleet since the current quota system began.", "span"),
        ("The rover, the first U.S. vehicle to drive on the far side, stalled.", "first"),
    ],
)
def test_a_superlative_since_an_event_and_a_first_with_initials_are_record_claims(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}


def test_a_newsletter_line_about_its_own_format_is_a_tagline() -> None:
    assert _TAGLINE.match("**The week in courts, in three paragraphs or fewer per story.**")
    assert not _TAGLINE.match("The court heard three paragraphs of the letter read aloud.")


@pytest.mark.parametrize(
    "sentence",
    [
        # after a preposition: a description
        "Drivers at the busiest depot in the North East wait longest for repairs.",
        "Kelso Street is among the oldest depots in the country.",
    ],
)
def test_a_superlative_after_a_preposition_describes_and_ranks_nothing(sentence: str) -> None:
    assert "peers" not in {m for m, _phrase in _records(sentence)}


_VOTE = (
    "Councillors voted 9 to 2 to approve the depot closure.\n\n"
    "Cllr Ruth Mabey said she was not convinced by the rent savings and moved an amendment to delay the closure for "
    "a year; it was seconded by Cllr Dunn.\n\n"
    "The amendment was defeated by 9 votes to 2.\n\n"
    "The union said it would seek talks with the board about shift patterns.\n"
)


def _vote_rewrite(added: str) -> str:
    return (
        "Councillors voted by nine to two to approve the depot closure.\n\n"
        f"{added}\n\n"
        "The amendment was defeated by nine votes to two.\n\n"
        "The union said it would seek talks with the board about shift patterns.\n"
    )


def test_a_source_s_act_of_the_same_actor_in_other_words_is_restated() -> None:
    added = "Councillor Ruth Mabey tried to put the closure off, doubting the promised rent savings."
    assert not findings("unsupported-claim", _VOTE, _vote_rewrite(added), days_apart=0)


def test_an_act_the_source_never_tells_of_the_actor_is_flagged() -> None:
    added = "Councillor Dunn resigned from the planning committee on Thursday evening in protest."
    assert [f.values["claim"] for f in findings("unsupported-claim", _VOTE, _vote_rewrite(added), days_apart=0)] == [
        "action"
    ]
