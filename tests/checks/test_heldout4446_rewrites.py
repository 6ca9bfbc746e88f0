"""Claims a rewrite adds, and its own reporting, found by the held-out sets 44 to 46; sentences here are not the
held-out ones."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule
from _run import rewrite_findings as findings

from factcheck.checks.unsupported_claim import _direct_speech, _records
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
        ("The cut makes the city's bus fares the lowest in Western Europe.", "peers"),
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
