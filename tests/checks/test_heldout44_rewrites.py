"""Claims a rewrite adds, found by the forty-fourth held-out set; sentences here are not the held-out ones."""

from __future__ import annotations

import pytest
from _run import default_rule, run
from _run import rewrite_findings as findings

_FERRY = (
    "The harbour authority said on Monday the new cross-bay ferry carried 41,000 passengers in its first month.\n\n"
    "Crossings now run every 20 minutes at peak times, up from every 30 minutes at launch.\n\n"
    "The authority said 68 per cent of passengers paid with a contactless card.\n\n"
    "A second vessel is due to enter service in September, the authority said.\n"
)


def _ferry_rewrite(added: str) -> str:
    return (
        "The new cross-bay ferry carried 41,000 passengers in its first month, the harbour authority said on "
        "Monday.\n\n"
        "Crossings now run every 20 minutes at peak times, up from every 30 minutes at launch.\n\n"
        "Passengers on the quay on Tuesday morning were mostly pleased with the service.\n\n"
        f"{added}\n\n"
        "The authority said 68 per cent of passengers paid with a contactless card.\n\n"
        "A second vessel is due to enter service in September, the authority said.\n"
    )


@pytest.mark.parametrize(
    "added",
    [
        '"The boat gets me to work in eighteen minutes, then I walk another ten," said Priya Nair, a nurse.',
        'Tom Welsh, a retired teacher, said: "I used to drive 45 minutes round the bay every morning."',
    ],
)
def test_a_new_voice_s_own_experience_in_the_first_person_is_its_own_reporting(added: str) -> None:
    assert not findings("unsupported-claim", _FERRY, _ferry_rewrite(added))


@pytest.mark.parametrize(
    "added",
    [
        # the speaker's experience, but a number outside the quote is the rewrite's claim
        '"The boat gets me to work in eighteen minutes," said Priya Nair, one of 300 nurses at the hospital.',
        # no first person: a claim about the service, not the speaker's experience
        '"The ferry will carry 90,000 passengers a month by the summer," said Priya Nair, a nurse.',
    ],
)
def test_a_new_voice_s_claims_are_still_weighed(added: str) -> None:
    assert findings("unsupported-claim", _FERRY, _ferry_rewrite(added))


_RULES = _FERRY.replace(
    "A second vessel",
    "The authority must refund any booking for a group of more than 12 people that bad weather cancels.\n\nA second "
    "vessel",
)


def _undated_findings(added: str) -> list[str]:
    """unsupported-claim's findings on the source and a rewrite, neither dated (which one is the rewrite is guessed)."""
    report = run(default_rule("unsupported-claim"), _RULES, _ferry_rewrite(added), published=None)
    return [f.message for f in report.findings]


def test_a_source_s_threshold_in_other_words_is_no_new_number() -> None:
    assert not _undated_findings("In storms, parties of more than twelve travellers get a full refund.")


@pytest.mark.parametrize(
    "added",
    [
        # another value with the same comparator
        "In storms, parties of more than 15 travellers get a full refund.",
        # the same threshold, but nothing else of the source's sentence: another rule
        "Cyclists with more than 12 kilograms of luggage pay an extra fare.",
    ],
)
def test_a_threshold_no_source_sentence_gives_is_still_weighed(added: str) -> None:
    assert _undated_findings(added)
