"""stance-conflict against a recorded vote: minutes that list members as voting for or against a motion ("For: Cllrs
Ashby and Tate.", "- Voting against: Mr Fenwick, Ms Doyle.", "Ayes: …  Noes: …", "YEAS: … — 3;", a roll call, "(…
dissenting)") give each listed member that stance on the motion the record names just before the list (or the item
heading above it), so a story that has a listed member vote the other way conflicts with the record. Near-misses stay
silent: the same stance in other words, a member who voted for one motion and against another, an abstention, a
change of mind the story states, another member, another matter, a stance kept under attribution."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_COUNCIL = (
    "# Eastholm Borough Council: minutes of the Transport Committee, 4 March\n\n"
    "## Item 4: Evening parking charges at Quayside\n\n"
    "Officers said the new tariff would raise £310,000 a year for highway repairs.\n\n"
    "The motion to raise evening parking charges at the Quayside car park was carried 5-3.\n\n"
    "For: Cllrs Ashby, Ferrier, Quill, Munro and Tate.\n\n"
    "Against: Cllrs Dobson, Everett and Lyle.\n\n"
    "## Item 5: Mill Road bus lane\n\n"
    "The bus lane on Mill Road was approved 6-2. Against: Cllrs Tate and Lyle.\n\n"
    "The meeting closed at 9.10pm.\n",
    "Eastholm councillors have voted to raise evening parking charges at the Quayside car park.\n\n"
    "Officers told the transport committee the new tariff would raise £310,000 a year for highway repairs.\n\n"
    "{stance}\n\n"
    "The committee also approved the Mill Road bus lane.\n",
)
_HEALTH = (
    "# Northmere Community Health Trust: board minutes, 12 June\n\n"
    "The chief executive said the Harbour Road clinic saw fewer than 40 patients a week.\n\n"
    "Its services would move to the Northmere health centre from September.\n\n"
    "The resolution to close the Harbour Road clinic was passed 3-2, with one abstention.\n\n"
    "- Voting for: Dr Okonjo, Ms Lindqvist, Mr Abara.\n"
    "- Voting against: Mr Fenwick, Ms Doyle.\n"
    "- Abstaining: Dr Sato.\n",
    "The Harbour Road clinic in Northmere will close after the health trust's board voted 3-2 to shut it.\n\n"
    "The chief executive told the board that the Harbour Road clinic saw fewer than 40 patients a week.\n\n"
    "Its services will move to the Northmere health centre from September.\n\n"
    "{stance}\n",
)
_SCHOOL = (
    "# Pinecrest Unified School District: Board of Education minutes, May 9\n\n"
    "Item 9.2: Four-day school week pilot\n\n"
    "Staff proposed a four-day week pilot at Lakeview and Ridgeway elementary schools from August 2028.\n\n"
    "The district's finance director said the pilot would save about $180,000 a year in transport costs.\n\n"
    "The motion was approved 4-1.\n"
    "Ayes: Castellanos, Whitmore, Ibarra, Nguyen. Noes: Halvorsen.\n",
    "Two Pinecrest elementary schools will pilot a four-day week from August after the school board approved the "
    "plan 4-1 on Thursday.\n\n"
    "Staff had proposed a four-day week pilot at Lakeview and Ridgeway elementary schools from August 2028.\n\n"
    "The district's finance director said the pilot would save about $180,000 a year in transport costs.\n\n"
    "{stance}\n",
)
_COMMITTEE = (
    "# Standing Committee on Rural Affairs: minutes of proceedings, April 3\n\n"
    "Ms. Raman moved, — That the Committee endorse the report on rural broadband and present it to the House.\n\n"
    'Mr. Ebert moved, — That the motion be amended by deleting the word "rural".\n\n'
    "The question being put on the amendment, it was negatived on division.\n\n"
    "The question being put on the main motion, it was agreed to on the following recorded division:\n\n"
    "YEAS: Priya Raman, Tomas Ebert, Olu Adeyemi — 3;\n\n"
    "NAYS: Henrik Solberg, Ada Mwangi — 2.\n",
    "The Standing Committee on Rural Affairs has endorsed a report on rural broadband by three votes to two.\n\n"
    "Ms. Raman moved that the Committee endorse the report on rural broadband and present it to the House.\n\n"
    'An amendment by Mr. Ebert to delete the word "rural" was negatived on division.\n\n'
    "{stance}\n",
)
_ROLL_CALL = (
    "# Cedar Falls City Council: regular meeting minutes, October 2\n\n"
    "Residents spoke for and against the ordinance for an hour.\n\n"
    "The ordinance bars the felling of oaks wider than 24 inches on private land without a permit.\n\n"
    "The council voted 4-2 to adopt the tree-protection ordinance.\n\n"
    "Roll call: Barlow, aye; Kincaid, aye; Moreno, nay; Sato, aye; Pruitt, nay; Hale, aye.\n",
    "Cedar Falls has adopted a tree-protection ordinance after the city council voted 4-2 on Tuesday.\n\n"
    "Residents spoke for and against the ordinance for an hour before the vote.\n\n"
    "The ordinance bars the felling of oaks wider than 24 inches on private land without a permit.\n\n"
    "{stance}\n",
)
_DISSENT = (
    "# Brackley Town Council: minutes of the full council, 21 January\n\n"
    "The clerk reported that the Mill Lane depot had stood empty since 2026.\n\n"
    "Harcastle Homes plans to build 24 flats on the site, the clerk said.\n\n"
    "The motion to sell the Mill Lane depot to Harcastle Homes was carried 7-2 (Councillors Greaves and Ostrowski "
    "dissenting).\n",
    "Brackley's Mill Lane depot will be sold to Harcastle Homes after the town council voted 7-2 to sell it.\n\n"
    "The clerk told councillors that the Mill Lane depot had stood empty since 2026.\n\n"
    "Harcastle Homes plans to build 24 flats on the site, the clerk said.\n\n"
    "{stance}\n",
)
_DASHED = (
    "# Lakeport City Commission: minutes, October 11\n\n"
    "Staff said the mural grant of $84,500 would cover design, materials and a ten-year maintenance plan.\n\n"
    "The mural would cover the north wall of the Harbor Street parking garage, about 2,100 square feet.\n\n"
    "MOTION by Delgado, SECOND by Pruitt, to adopt the public mural resolution. Roll call: Yeas — Delgado, Pruitt, "
    "Hollis. Nays — Kowalczyk, Reyes. MOTION CARRIED 3-2.\n",
    "Lakeport commissioners voted 3-2 on Monday to adopt a public mural resolution.\n\n"
    "Staff said the mural grant of $84,500 would cover design, materials and a ten-year maintenance plan.\n\n"
    "The mural would cover the north wall of the Harbor Street parking garage, about 2,100 square feet.\n\n"
    "{stance}\n",
)
_FRAMES = {
    "dashed": _DASHED,
    "council": _COUNCIL,
    "health": _HEALTH,
    "school": _SCHOOL,
    "committee": _COMMITTEE,
    "roll call": _ROLL_CALL,
    "dissent": _DISSENT,
}


def _flags(frame: str, stance: str) -> bool:
    """Whether stance-conflict quotes the rewrite's ``stance`` sentence against the minutes of ``frame``."""
    source, rewrite = _FRAMES[frame]
    found = rewrite_findings("stance-conflict", source, rewrite.format(stance=stance))
    return any(stance.rstrip(".")[:30] in e.text for f in found for e in f.evidence)


@pytest.mark.parametrize(
    ("frame", "stance"),
    [
        ("council", "Cllr Lyle voted for the higher evening parking charges."),
        ("council", "Cllr Quill spoke against the evening charges, saying traders would suffer."),
        ("health", "Mr Fenwick also backed the clinic's closure."),
        ("health", "Dr Okonjo was against closing the clinic."),
        ("school", "Trustee Halvorsen voted in favor of the four-day week pilot."),
        ("committee", "Conservative MP Henrik Solberg supported the broadband report."),
        ("roll call", "Council member Moreno voted for the tree-protection ordinance."),
        ("dissent", "Councillor Greaves supported the sale of the depot."),
        ("dashed", "Commissioner Reyes voted for the mural resolution."),
    ],
)
def test_a_member_the_record_lists_on_the_other_side_conflicts(frame: str, stance: str) -> None:
    assert _flags(frame, stance)


@pytest.mark.parametrize(
    ("frame", "stance"),
    [
        # the same stance in other words
        ("council", "Cllr Lyle opposed the higher evening parking charges."),
        ("health", "Ms Lindqvist was among those who backed the clinic's closure."),
        # a member for one motion and against the other: the story's matter is the other motion
        ("council", "Cllr Tate voted against the Mill Road bus lane."),
        # an abstention is neither for nor against
        ("health", "Dr Sato opposed closing the clinic."),
        # a change of mind the story states (a member listed for: no record of the earlier stance)
        ("school", "Trustee Nguyen, who initially opposed the four-day week pilot, voted for it."),
        # another member
        ("committee", "Liberal MP Olu Adeyemi supported the broadband report."),
        # another matter
        ("roll call", "Council member Moreno voted for the new parking rules."),
        # a stance kept under attribution: a reported dispute
        ("dissent", "Local campaigners claimed that Councillor Greaves had supported the sale of the depot."),
        ("dashed", "Commissioner Reyes also voted no, asking that the maintenance plan come back to the commission."),
    ],
)
def test_a_story_that_agrees_with_the_record_or_is_about_something_else_is_silent(frame: str, stance: str) -> None:
    assert not _flags(frame, stance)


def test_two_listed_motions_each_keep_their_own_matter() -> None:
    """A member listed for the first motion and against the second conflicts only with a story that has them vote
    against the first."""
    assert _flags("council", "Cllr Tate voted against the higher evening parking charges.")
    assert not _flags("council", "Cllr Tate voted for the higher evening parking charges.")


def test_a_dissent_is_quoted_with_its_word() -> None:
    source, rewrite = _FRAMES["dissent"]
    stance = "Councillor Greaves supported the sale of the depot."
    found = rewrite_findings("stance-conflict", source, rewrite.format(stance=stance))
    assert "Councillors Greaves and Ostrowski dissenting" in [e.text for f in found for e in f.evidence]
