"""Fixes for general causes found by the fourteenth held-out set (rewrite checks), pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import rewrite_findings as findings
from _run import rewrite_flags as flagged

from factcheck.checks._rewrite import correction_notices
from factcheck.engine import build_facts
from factcheck.extract.assertions import find_attribution, tokenize
from factcheck.ingest import from_text

# --- a follow-up that revises its source's figure in so many words is an update ---------------------------------------


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Crews said the slide had buried 2.3 km of the highway, revising down an earlier estimate of 3 km.", True),
        ("The ministry put the death toll at nine, lowering its earlier count of 12 after a recount.", True),
        ("Organisers said 61,000 people attended, raising the initial estimate of 48,000.", True),
        ("The utility said 18,400 homes were without power, down from an earlier estimate of 25,000.", True),
        ("The damage is higher than previously reported, the insurer said, at about $40 million.", True),
        ("The utility said 18,400 homes were without power, down from 25,000 on Monday night.", False),  # over time
        ("Jobless claims rose to 5.6 per cent, up from the previous figure of 5.1 per cent.", False),  # over time
        ("The council is revising its timetable and will publish it on Friday.", False),  # no earlier figure
        ("The earlier estimate of 3 km came from a drone survey.", False),  # no revision
    ],
)
def test_revision_wordings_are_notices(text: str, notice: bool) -> None:
    facts = build_facts([from_text(text, id="a.txt", published=dt.date(2025, 6, 2))])
    assert bool(correction_notices(facts, "a.txt")) is notice


_SLIDE_SOURCE = (
    "A landslide closed the coastal highway north of Port Alder on Monday, cutting off about 1,400 residents of "
    "three villages. Crews said the slide had buried about 3 km of the road under mud and rock. The transport "
    "ministry said the road would stay closed for at least a week while engineers inspected the cliff. A ferry "
    "will carry residents and supplies between Port Alder and the villages twice a day. No one was hurt in the "
    "slide, which followed four days of heavy rain."
)
_SLIDE_FOLLOW_UP = (
    "The coastal highway north of Port Alder stayed closed on Tuesday, a day after a landslide cut off about 1,400 "
    "residents of three villages. {} The transport ministry said the road would stay closed for at least a week "
    "while engineers inspected the cliff. A ferry is carrying residents and supplies between Port Alder and the "
    "villages twice a day. No one was hurt in the slide, which followed four days of heavy rain."
)


def test_a_follow_up_revising_the_source_figure_is_no_unsupported_claim() -> None:
    revised = (
        "Highway engineers put the buried stretch at 2.3 km, revising down an earlier estimate of about 3 km after a "
        "survey flight."
    )
    assert not findings("unsupported-claim", _SLIDE_SOURCE, _SLIDE_FOLLOW_UP.format(revised))


def test_a_new_figure_without_naming_the_earlier_one_is_still_unsupported() -> None:
    added = "Engineers said 42 homes in the three villages had been damaged by cracks since the slide."
    assert flagged("unsupported-claim", _SLIDE_SOURCE, _SLIDE_FOLLOW_UP.format(added), added)


# --- a short source fragment ("N95 masks help.") does not vouch for a new number --------------------------------------

_FLOOD_SOURCE = (
    "The River Wend burst its banks in Castlebridge on Saturday, flooding about 90 homes and forcing the closure of "
    "the town's two bridges. The Environment Agency issued a severe flood warning for the lower town on Saturday "
    "night. About 300 residents spent the night at a rest centre in the town hall. "
    '"Water rises faster than people think," said fire officer Dana Okafor. "Sandbag walls help. Plastic sheeting '
    'does not." The river is expected to peak on Sunday afternoon.'
)
_FLOOD_REWRITE = (
    "The River Wend burst its banks in Castlebridge on Saturday, flooding about 90 homes and closing both of the "
    "town's bridges. The Environment Agency issued a severe flood warning for the lower town on Saturday night. "
    "About 300 residents spent the night at a rest centre in the town hall. {} The river is expected to peak on "
    "Sunday afternoon."
)


def test_a_new_number_sharing_words_only_with_a_fragment_is_unsupported() -> None:
    added = "The county has sent 60 deputies to build sandbag walls in Castlebridge."
    assert flagged("unsupported-claim", _FLOOD_SOURCE, _FLOOD_REWRITE.format(added), added)


@pytest.mark.parametrize(
    "restated",
    [
        '"Sandbag walls help," said fire officer Dana Okafor. "Plastic sheeting does not."',  # the quote restated
        "Fire officer Dana Okafor said sandbag walls helped and plastic sheeting did not.",  # no number at all
        "About 90 homes were flooded, and fire officer Dana Okafor said sandbag walls help.",  # the source's number
    ],
)
def test_restating_a_fragment_without_a_new_number_stays_silent(restated: str) -> None:
    assert not findings("unsupported-claim", _FLOOD_SOURCE, _FLOOD_REWRITE.format(restated))


# --- hedge-dropped: a claim the source attributes to a name set off after a common noun, and calls inflated --------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The operator, Northwind Energy, claims the turbines would power 40,000 homes.", "Northwind Energy"),
        ("Her lawyer, Maria Costa, said the ruling would be appealed.", "Maria Costa"),
        ("Norvik's finance chief, Ann Lee, told analysts the plant would close.", "Ann Lee"),
        ("The ruling, Maria Costa said, would be appealed.", "Maria Costa"),  # a name before its verb, as before
        ("Apples, pears, Granny Smiths, claims nobody.", None),  # a list, not a subject and its name
        ("In the end, Maria Costa, claims the ruling was fair.", None),  # no noun phrase opening the sentence
        ("Brightwater Ferries, which runs the route, said sailings would resume.", "Brightwater Ferries"),
        ("The operator, which runs the route, said sailings would resume.", "operator"),
        ("Ann Lee, who chairs the board, told analysts the plant would close.", "Ann Lee"),
    ],
)
def test_a_name_in_apposition_before_the_verb_is_the_source(sentence: str, source: str | None) -> None:
    found = find_attribution(tokenize(sentence), [])
    assert (found.source if found else None) == source


_WIND_SOURCE = (
    "A planning inquiry into a 24-turbine wind farm on Carrow Moor opened in Bodmin on Tuesday. "
    "The operator, Northwind Energy, claims the turbines would power 40,000 homes, a figure that campaigners say is "
    "exaggerated. Cornwall Council refused permission in March, citing the effect on the moor's landscape. The "
    "inquiry is due to sit for eight days, and the planning inspector's report is expected in the autumn."
)
_WIND_REWRITE = (
    "A planning inquiry into a 24-turbine wind farm on Carrow Moor began in Bodmin on Tuesday. {} Cornwall Council "
    "refused permission in March, citing the effect on the moor's landscape. The inquiry is due to sit for eight "
    "days, and the planning inspector's report is expected in the autumn."
)


@pytest.mark.parametrize(
    ("restated", "flagged_"),
    [
        ("The new vessel will cut the crossing by 40 minutes.", True),
        (
            "Brightwater Ferries, which runs the route, claims the new vessel would cut the crossing by 40 minutes.",
            False,
        ),
    ],
)
def test_a_claim_kept_with_its_claimant_in_a_relative_clause(restated: str, flagged_: bool) -> None:
    source = (
        "A new ferry entered service between Oban and Craignure on Friday. The operator, Brightwater Ferries, claims "
        "the new vessel would cut the crossing by 40 minutes. The ferry can carry 250 passengers and 60 cars. "
        "Islanders have complained for years about breakdowns on the route."
    )
    rewrite = (
        f"A new ferry entered service between Oban and Craignure on Friday. {restated} The ferry can carry 250 "
        "passengers and 60 cars. Islanders have complained for years about breakdowns on the route."
    )
    assert flagged("hedge-dropped", source, rewrite, restated) is flagged_


def test_a_disputed_claim_stated_as_fact_is_flagged() -> None:
    stated = "The turbines will power 40,000 homes."
    assert flagged("hedge-dropped", _WIND_SOURCE, _WIND_REWRITE.format(stated), stated)


@pytest.mark.parametrize(
    "kept",
    [
        "Northwind Energy says the turbines would power 40,000 homes, a figure campaigners call exaggerated.",
        "The operator claims the turbines could power 40,000 homes.",
        "According to Northwind Energy, the turbines would power 40,000 homes.",
    ],
)
def test_the_disputed_claim_kept_attributed_stays_silent(kept: str) -> None:
    assert not findings("hedge-dropped", _WIND_SOURCE, _WIND_REWRITE.format(kept))


_BRIDGE_SOURCE = (
    "A footbridge over the River Tam in Welford will close for repairs on Monday. The owner, Tam Valley Estates, "
    "said the bridge would reopen on 14 July{}. Pedestrians will be diverted over the road bridge, about 400 metres "
    "downstream, while the work is done. The repairs are expected to cost £180,000."
)
_BRIDGE_REWRITE = (
    "A footbridge over the River Tam in Welford will close for repairs on Monday. The bridge will reopen on 14 "
    "July. Pedestrians will be diverted over the road bridge, about 400 metres downstream, while the work is done. "
    "The repairs are expected to cost £180,000."
)


def test_a_routine_claim_of_a_named_owner_dropped_stays_silent_by_default() -> None:
    assert not findings("hedge-dropped", _BRIDGE_SOURCE.format(""), _BRIDGE_REWRITE)
    accurate = _BRIDGE_SOURCE.format(", a date the ramblers' club says is accurate")
    assert not findings("hedge-dropped", accurate, _BRIDGE_REWRITE)


def test_a_routine_claim_someone_calls_wrong_is_disputable() -> None:
    source = _BRIDGE_SOURCE.format(", a date the ramblers' club says is unrealistic")
    assert flagged("hedge-dropped", source, _BRIDGE_REWRITE, "The bridge will reopen on 14 July.")


# --- unsupported-claim: a record claim no source makes ---------------------------------------------------------------

_SHOTS_SOURCE = (
    "HALIFAX — Nova Scotia will offer free shingles shots to everyone aged 65 and older from Monday, Health Minister "
    "Paul Arsenault announced Thursday. About 210,000 Nova Scotians are eligible, and the province has bought "
    "150,000 doses at a cost of $24 million. The first 40,000 doses arrived this week and are going to 300 "
    "pharmacies. New Brunswick and Quebec already offer the shots free to people 65 and older. Pharmacies will be "
    "paid $15 for each shot they give."
)
_SHOTS_REWRITE = (
    "HALIFAX — Nova Scotians aged 65 and older can get a free shingles shot from Monday, Health Minister Paul "
    "Arsenault said Thursday. The province has bought 150,000 doses at a cost of $24 million for the roughly "
    "210,000 people who qualify. The first 40,000 doses arrived this week and are going to 300 pharmacies. {} "
    "Pharmacies will be paid $15 per shot."
)


@pytest.mark.parametrize(
    "record",
    [
        "The program makes Nova Scotia the first province to offer the shots free to everyone 65 and older.",
        "Nova Scotia is the only Atlantic province to pay for the shots for everyone 65 and older.",
        "For the first time, Nova Scotians 65 and older will not pay for the shots.",
    ],
)
def test_a_record_claim_no_source_makes_is_unsupported(record: str) -> None:
    assert flagged("unsupported-claim", _SHOTS_SOURCE, _SHOTS_REWRITE.format(record), record)


@pytest.mark.parametrize(
    "restated",
    [
        "New Brunswick and Quebec already offer the shots free to people 65 and older.",
        "Like New Brunswick and Quebec, the province will now offer the shots free to people 65 and older.",
        "The first shots will be given at pharmacies from Monday.",  # an ordinal of a sequence
        # a manner of speaking, not a record of an actor
        "The minister said free shots were the only way to protect people 65 and older from shingles.",
        "The minister called the free shots the first step to protect people 65 and older from shingles.",
    ],
)
def test_no_record_claim_stays_silent(restated: str) -> None:
    assert not findings("unsupported-claim", _SHOTS_SOURCE, _SHOTS_REWRITE.format(restated))


def test_an_ordinal_of_a_sequence_is_no_record_claim() -> None:
    added = "The first appointments will go to residents of long-term care homes, the minister said."
    # (published the same day: a next-day story's own reporting of an action is not flagged)
    found = findings("unsupported-claim", _SHOTS_SOURCE, _SHOTS_REWRITE.format(added), days_apart=0)
    assert found == []  # no record, and a plan ("will go to") is no act the source should hold


def test_a_record_claim_the_source_makes_is_supported() -> None:
    source = _SHOTS_SOURCE.replace(
        "New Brunswick and Quebec already offer the shots free to people 65 and older.",
        "Nova Scotia is the first province to offer the shots free to everyone 65 and older.",
    )
    record = "The program makes Nova Scotia the first province to offer the shots free to everyone 65 and older."
    assert not findings("unsupported-claim", source, _SHOTS_REWRITE.format(record))
