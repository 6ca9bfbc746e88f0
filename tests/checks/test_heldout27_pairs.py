"""Fixes for general causes found by the pairs of the twenty-seventh held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

from factcheck.checks._numeric import scan
from factcheck.checks.cross_document_number import _converts
from factcheck.checks.unsupported_claim import _records

# --- cross-document-number: a bracketed conversion, a change's start, a raised floor ---------------------------------

_RIVER = (
    "Heavy rain pushed rivers across northern Ohio out of their banks on Monday, the weather service said. "
    "The Elm River at Carver peaked at 18.4 feet (5.6 meters) on Monday, more than 5 feet above its flood stage. "
    "Crews carried out more than 140 rescues by boat, county officials said Monday. "
    "More than 40,000 homes lost power at the height of the storm, the utility said. "
    "By Monday evening, about 9,000 homes were still without electricity. "
    "Schools in Carver and Milford were closed on Monday."
)


def _river(peak: str, rescues: str, power: str) -> str:
    return (
        "Heavy rain pushed rivers across northern Ohio out of their banks on Monday, the weather service said.\n\n"
        f"{peak}\n\n{rescues}\n\n{power}\n\n"
        "Schools in Carver and Milford were closed on Monday.\n"
    )


_PEAK = "The Elm River at Carver peaked on Monday more than 5 feet (1.5 meters) above its flood stage."
_RESCUES = "Crews carried out more than 140 rescues by boat, county officials said Monday."
_POWER = "About 9,000 homes were still without electricity on Monday evening, down from more than 40,000 at the height."


def test_a_bracketed_conversion_is_no_count_of_its_own() -> None:
    assert not findings("cross-document-number", _RIVER, _river(_PEAK, _RESCUES, _POWER))
    text = "It rose 7 feet (2 meters) and 20 people (12 adults) left, leaving 40 meters (30 of them dry)."
    nums = {n.text: n for n in scan(text)}
    assert _converts(text, nums["2"], "meter")  # a measure in another unit
    assert not _converts(text, nums["12"], "adult")  # a part of a count, no conversion
    assert not _converts(text, nums["7"], "foot")


def test_a_count_given_as_the_start_of_a_change_is_no_disagreement() -> None:
    assert not findings("cross-document-number", _RIVER, _river(_PEAK, _RESCUES, _POWER))
    peak = "About 9,000 homes lost power at the height of the storm, the utility said."
    assert findings("cross-document-number", _RIVER, _river(_PEAK, _RESCUES, peak))


def test_a_rewrite_that_raises_an_open_floor_is_flagged() -> None:
    raised = _RESCUES.replace("more than 140", "more than 410")
    got = findings("cross-document-number", _RIVER, _river(_PEAK, raised, _POWER))
    assert any("410" in e.text for f in got for e in f.evidence)
    lowered = _RESCUES.replace("more than 140", "more than 100")  # rounding the floor down is faithful
    assert not findings("cross-document-number", _RIVER, _river(_PEAK, lowered, _POWER))


# --- unsupported-claim: a next-day story's attributed updates; a record "ever" ---------------------------------------

_BLAST = (
    "A gas explosion tore through a four-story apartment block in Lodz early Monday, injuring 64 people, officials "
    "said. "
    "Firefighters searched the rubble through the morning, and the Polish Red Cross opened a shelter at a school. "
    "A total of 12 apartments were destroyed, the city's building inspector said. "
    "Investigators are examining a gas pipe in the basement. "
    "The mayor said the city would pay for temporary housing."
)


def _blast(added: str) -> str:
    return (
        "A gas explosion tore through a four-story apartment block in Lodz early Monday, officials said.\n\n"
        "Firefighters searched the rubble through the morning, and the Polish Red Cross opened a shelter at a "
        "school.\n\n"
        f"{added}\n\n"
        "Investigators are examining a gas pipe in the basement.\n\n"
        "The mayor said the city would pay for temporary housing.\n"
    )


def test_an_attributed_update_from_a_source_figure_is_no_new_claim() -> None:
    for added in (
        "The number of injured rose to 71 from 64, the regional health office said, an increase of seven.",
        "Inspectors have now found 19 apartments that must be demolished, up from the 12 destroyed apartments "
        "reported on Monday, the building inspector said.",
    ):
        assert not findings("unsupported-claim", _BLAST, _blast(added)), added
    made_up = "The blast also damaged 230 cars parked in the street outside the block of apartments."
    assert findings("unsupported-claim", _BLAST, _blast(made_up))
    unattributed = "The number of injured rose to 71 from 64 as more people sought treatment at local hospitals."
    assert findings("unsupported-claim", _BLAST, _blast(unattributed))


def test_a_known_speakers_statement_on_the_follow_ups_day_is_its_own_reporting() -> None:
    today = "The Polish Red Cross said on Tuesday it had handed out 900 blankets to families from the block."
    assert not findings("unsupported-claim", _BLAST, _blast(today))
    stranger = today.replace("The Polish Red Cross", "The charity Caritas Lodz")  # a speaker no source names
    assert findings("unsupported-claim", _BLAST, _blast(stranger))
    earlier = today.replace("on Tuesday", "on Monday")  # the source's own day: the source should hold it
    assert findings("unsupported-claim", _BLAST, _blast(earlier))


def test_a_superlative_over_all_time_is_a_record_claim() -> None:
    assert _records("The survey is the biggest study of sleep in teenagers ever carried out.")[0][0] == "ever"
    assert _records("It placed its largest-ever order for jets.")[0][0] == "ever"
    assert not _records("Did anyone ever find the largest piece?")
    assert not _records("She has never been the best, ever.")
    added = "The Polish Red Cross shelter at the school is the largest emergency shelter ever opened in the city."
    assert findings("unsupported-claim", _BLAST, _blast(added))
    vouched = _BLAST + " The mayor said it was the worst blast in the city's history."
    assert not findings("unsupported-claim", vouched, _blast(added))  # "in its history" vouches for "ever"


# --- hedge-dropped: the breakdown of a total the rewrite attributes elsewhere ----------------------------------------

_STORM = (
    "A line of tornadoes tore across central Alabama overnight, killing at least seven people, state officials said "
    "Wednesday. "
    "Hundreds of homes were damaged and power lines were down across four counties. "
    "The dead included three people in Bibb County and four in Shelby County, officials said. "
    "Governor Ann Reeves declared a state of emergency for the four counties."
)


def _storm(lead: str) -> str:
    return (
        f"{lead}\n\n"
        "Hundreds of homes were damaged and power lines were down across four counties.\n\n"
        "The dead included three people in Bibb County and four in Shelby County.\n\n"
        "Governor Ann Reeves declared a state of emergency for the four counties.\n"
    )


def test_a_breakdown_of_a_total_the_rewrite_attributes_keeps_the_attribution() -> None:
    lead = "Tornadoes tore across central Alabama overnight and killed at least seven people, officials said Wednesday."
    assert not findings("hedge-dropped", _STORM, _storm(lead))
    unattributed = "Tornadoes tore across central Alabama overnight and killed at least seven people on Wednesday."
    assert findings("hedge-dropped", _STORM, _storm(unattributed))
    other_total = lead.replace("at least seven", "at least 12")  # the parts do not make the attributed total
    assert findings("hedge-dropped", _STORM, _storm(other_total))


# --- stance-conflict: "not yet formed a position", a written record as the attribution --------------------------------

_MINUTES = (
    "The council considered the officers' report on the Brook Lane bypass. "
    "Correspondence: The Upper Valley Water Authority advised in a letter on 2 June 2025 that it has not yet formed a "
    "position on the proposed bypass route and will comment once it has reviewed the flood modelling. "
    "Councillors voted 5-2 to release the draft design for public comment. "
    "Public comment will close in August."
)


def _story(claim: str) -> str:
    return (
        "The council has released the draft design of the Brook Lane bypass for public comment after a 5-2 vote.\n\n"
        f"{claim}\n\n"
        "Public comment on the bypass will close in August.\n"
    )


def test_an_undecided_position_in_a_letter_conflicts_with_an_endorsement() -> None:
    endorsed = "The Upper Valley Water Authority has endorsed the proposed bypass route, according to council papers."
    assert findings("stance-conflict", _MINUTES, _story(endorsed))
    disputed = endorsed.replace("council papers", "local residents")  # a third party's word: a reported claim
    assert not findings("stance-conflict", _MINUTES, _story(disputed))
    kept = "The Upper Valley Water Authority is yet to form a view on the proposed bypass route, council papers show."
    assert not findings("stance-conflict", _MINUTES, _story(kept))


# --- hedge-dropped: a claim its source hedges both times it states it ------------------------------------------------

_RELEASE = (
    "# Nasal flu vaccine may halve hospital stays in older adults, study finds\n\n"
    "A nasal flu vaccine could cut hospital stays among adults over 70 by about half, according to a trial led by "
    "Northgate University and published today.\n\n"
    "The trial enrolled 2,400 adults at 30 clinics in Canada during the 2023 and 2024 flu seasons.\n\n"
    "Half received the nasal vaccine and half received the standard injected shot.\n\n"
    "Mild nasal congestion was more common among those given the nasal vaccine.\n\n"
    "A larger trial is planned for 2026, subject to funding.\n"
)


def _vaccine_story(lead: str) -> str:
    return (
        f"{lead}\n\n"
        "The trial enrolled 2,400 adults at 30 clinics in Canada during the 2023 and 2024 flu seasons.\n\n"
        "Half received the nasal vaccine and half received the standard injected shot.\n\n"
        "Mild nasal congestion was more common among those given the nasal vaccine.\n\n"
        "A larger trial is planned for 2026, subject to funding.\n"
    )


def test_a_plain_summary_of_a_claim_hedged_in_headline_and_lead_is_flagged() -> None:
    flat = "A nasal flu vaccine halves hospital stays in adults over 70, Canadian researchers reported on Monday."
    assert findings("hedge-dropped", _RELEASE, _vaccine_story(flat), days_apart=0)
    kept = flat.replace("halves", "may halve")
    assert not findings("hedge-dropped", _RELEASE, _vaccine_story(kept), days_apart=0)
