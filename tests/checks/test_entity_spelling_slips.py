"""entity-spelling: a surname after an Irish patronymic particle, and names whose vowels slip (new sentences)."""

from __future__ import annotations

import pytest

from factcheck.checks._registry import get_check
from factcheck.checks.entity_spelling import EntitySpellingRule, consonants, vowel_slip
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

RULE = EntitySpellingRule(id="generic.entity-spelling")
NEEDS = get_check("entity-spelling").requires | {"sentences"}


def findings(*texts: str) -> list[str]:
    docs = [from_text(t, id=f"{i:03d}_doc.txt") for i, t in enumerate(texts)]
    report = run_rules([RULE], build_facts(docs, needs=NEEDS), strict=True)
    return [f.message for f in report.findings if f.severity != "info"]


HITS = [
    # a surname after "Ní", "Ó", "Nic": the particle is no given name
    (
        "The festival director, Aoife Ní Bhraonáin, opened the programme on Friday. Ticket sales were strong.\n\n"
        "Ms Ní Bhraonáinn thanked the volunteers who had run the box office all week.",
    ),
    (
        "Judge Cathal Ó Súilleabháin adjourned the case until next month. The defendant was remanded in custody.\n\n"
        "Judge Ó Súilleabhán said he wanted a probation report before sentencing.",
    ),
    # vowels misheard, a letter doubled: the consonants kept
    (
        "The ship's master, Captain Erik Thorvaldsen, radioed the coastguard at 3am. The crew were safe.\n\n"
        "Captain Thorvoldsen later said the swell had been the worst of his career.",
    ),
    (
        "Headteacher Gwen Pemberton told parents the school would reopen on Monday.\n\n"
        "Parents praised Mrs Pembertin for keeping them informed through the flood.",
    ),
    (
        "Dr Priya Ramasubramanian led the trial at the city's teaching hospital.\n\n"
        "Results published by Dr Ramasubramaniam showed fewer readmissions among patients given the drug.",
    ),
    (
        "Detective Inspector Colin Macallister said officers had traced the van to a yard in Leith.\n\n"
        "Mr Macalister appealed for anyone with dashcam footage to come forward.",
    ),
    # across a source and its rewrite (one story)
    (
        "Councillor Brenda Abernathy said the central library would stay open on Saturdays from next month. "
        "The council voted to fund the extra opening hours from its reserves. Staff will be paid overtime for the "
        "weekend shifts. The mobile library will also visit three more villages.",
        "The central library will stay open on Saturdays from next month, Councillor Brenda Abernethy said. "
        "The council voted to fund the extra opening hours from its reserves. Staff will be paid overtime for the "
        "weekend shifts.",
    ),
]

NEAR_MISSES = [
    # two people: different given names before similar surnames
    (
        "The bench included Judge Maria Patterson and Judge Colin Peterson. Judge Patterson wrote the opinion; "
        "Judge Peterson dissented.",
    ),
    # a name and its possessive
    ("Coach Ingrid Haldorsen named her squad on Tuesday. Haldorsen's side travel to Bergen next week.",),
    # siblings: short given names whose vowels differ
    ("The twins, Karin and Karen Lindahl, both reached the final. Karin Lindahl won in three sets.",),
    # transliterations a story uses for two different people
    (
        "Mohammed Rahimi chairs the committee, while Muhammad Karzai represents the northern provinces. "
        "Mohammed Rahimi spoke first.",
    ),
    # initials are no spelling
    ("A. J. Fairweather and Alan Fairweather are not related, the club said. Fairweather scored twice.",),
    # common words whose vowels differ
    ("The Ministry of Defence said the Department of Transport would help. The Commission met on Monday.",),
    # a short name whose vowels differ: a man and a woman of one family
    ("Paolo Bertini and his sister Paola Bertini founded the restaurant in 1998. Paolo Bertini still cooks.",),
]


@pytest.mark.parametrize("texts", HITS)
def test_slip_is_reported(texts: tuple[str, ...]) -> None:
    assert findings(*texts), texts


@pytest.mark.parametrize("texts", NEAR_MISSES)
def test_near_miss_is_silent(texts: tuple[str, ...]) -> None:
    assert findings(*texts) == []


def test_consonants_merge_doubles() -> None:
    assert consonants("linkletter") == consonants("linklater") == "lnkltr"


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("halvorsen", "halverson", True),
        ("linklater", "linkletter", True),
        ("karin", "karen", False),  # too short
        ("robertson", "robinson", False),  # consonants differ
        ("patterson", "peterson", True),  # the rule alone: given names tell two people apart
        ("andersen", "anderssonn", False),  # three edits
        ("wisniewski", "wisnewska", False),  # another last letter: a man's and a woman's form
    ],
)
def test_vowel_slip(a: str, b: str, slip: bool) -> None:
    assert vowel_slip(a, b) is slip


def test_a_man_s_form_is_no_variant_of_a_woman_s_slip() -> None:
    text = (
        "Joanna Nowakowska opened the gallery with her husband, Tomasz Nowakowski, in 2019. "
        "Joanna Nowakowska curates every show.\n\nMs Nowakwska thanked the volunteers."
    )
    found = findings(text)
    assert len(found) == 1 and "'Nowakwska'" in found[0] and "Nowakowski" not in found[0]
