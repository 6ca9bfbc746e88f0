"""stance-conflict between a source and its rewrite where the stance is read in forms of decisions and outcomes no
earlier test used: a decision's verb in capitals in minutes ("the trust REFUSED the request"); the first of two
subjects joined by "and" ("The committee and manager accepted …"); a matter a source sentence names and a stance a
few sentences on takes up by its noun ("… considered a request from … . The board rejected the request"); a verb of
telling ("has informed the authority that it …"); a company named by the first word of its name; a verb of how
things turned out ("ended up voting for", "went on to back"); one position stated twice; vote lists followed by the
vote's tally; a declared intention ("intends to vote against"); advice ("recommended against"). Near-misses stay
silent: the stance kept, another matter, another holder, a person's first name, a headline in capitals.
"""

from __future__ import annotations

import pytest
from _run import rewrite_findings
from test_stance_holders_read_wider import _HEARING

from factcheck.checks._stance import DEFAULT_STANCES, compile_phrases, document_stances
from factcheck.checks._votes import recorded_votes
from factcheck.engine import build_facts
from factcheck.ingest import from_text


def _flags(frame: tuple[str, str], source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's sentence in the source ``frame[0]`` and rewrite ``frame[1]`` (each
    with a ``{stance}`` slot; a source's paragraphs are split at " | ")."""
    found = rewrite_findings(
        "stance-conflict", frame[0].format(stance=source.replace(" | ", "\n\n")), frame[1].format(stance=rewrite)
    )
    return any(e.document == "rewrite.txt" and e.text[:30] in rewrite for f in found for e in f.evidence)


def _stances(text: str) -> list[tuple[str, str]]:
    facts = build_facts([from_text(text, id="one.txt")])
    found = document_stances(facts, "one.txt", compile_phrases(DEFAULT_STANCES), {"accepted": "undecided"})
    return [(m.actor, m.stance) for m in found]


_TRUST = (
    "Minutes of the Harbour Trust board meeting held on 4 March.\n\n"
    "Present: the chair, five trustees and the chief executive.\n\n"
    "3. Ferry terminal lease\n\n"
    "The board considered a request from Tidewater Ferries to extend its lease on the north quay for ten years.\n\n"
    "Trustees noted the operator had paid its rent on time since 2019.\n\n"
    "{stance}\n\n"
    "4. Dredging programme\n\n"
    "The chief executive reported that dredging of the inner basin would start in May at a cost of £410,000.\n",
    "The Harbour Trust board met on 4 March.\n\n"
    "{stance}\n\n"
    "Trustees noted the operator had paid its rent on time since 2019.\n\n"
    "The chief executive said dredging of the inner basin would start in May at a cost of £410,000.\n",
)
_LEASE = "a request from Tidewater Ferries to extend its lease on the north quay for ten years."
_INQUIRY = (
    "The Maritime Authority on Tuesday published its inquiry into the grounding of the ferry Saltire Star off Oban in "
    "March.\n\n"
    "Inspectors found that the crew had not been trained on the new chart plotter and that the bridge was "
    "short-staffed.\n\n"
    "The authority ordered the operator to retrain all deck officers within six months.\n\n"
    "{stance}\n\n"
    "The full report will be published on the authority's website next month.\n",
    "The Maritime Authority has published its inquiry into the grounding of the ferry Saltire Star off Oban in "
    "March.\n\n"
    "Inspectors found the crew had not been trained on the new chart plotter and the bridge was short-staffed.\n\n"
    "The authority ordered the operator to retrain all deck officers within six months.\n\n"
    "{stance}\n\n"
    "The report will appear on the authority's website next month.\n",
)
_SHIRE = (
    "Minutes of the Ordinary Meeting of Kelso Shire Council, 12 May.\n\n"
    "Item 4: Library relocation\n\n"
    "The Director of Community Services presented a report on moving the central library to the old courthouse.\n\n"
    "The move would cost $3.2 million and take 18 months.\n\n"
    "{stance}\n\n"
    "The motion was carried.\n\n"
    "Item 5: Footpath renewals\n\n"
    "Council noted the footpath renewal program for 2028.\n",
    "Kelso Shire Council has voted to move its central library to the old courthouse.\n\n"
    "The move will cost $3.2 million and take 18 months.\n\n"
    "{stance}\n\n"
    "Council also noted its footpath renewal program for 2028.\n",
)
# her word against the motion and her name in the vote's list against it: one position
_PRYCE_AGAINST = (
    "Cr Imogen Pryce spoke against the motion, saying the site was too small. | "
    "For: Crs Holt, Munro, Varga | Against: Crs Pryce, Dunn"
)

FLAGGED = [
    # a decision's verb in capitals in minutes; the matter named two sentences before and taken up by its noun
    (_TRUST, "Resolved: the board REFUSED the request by 4 votes to 2.", f"The board voted 4-2 to approve {_LEASE}"),
    (_TRUST, "The board rejected the request after discussion.", f"The board backed {_LEASE}"),
    # the first of two subjects joined by "and"
    (_HEARING, "The committee and manager accepted the proposal.", "The committee rejected the proposal."),
    (_HEARING, "The committee and the market manager accepted the proposal.", "The committee rejected the proposal."),
    # a verb of telling reports its subject's stance; a company by the first word of its name
    (
        _INQUIRY,
        "Harbourline Ferries Ltd has informed the authority that it does not accept the findings.",
        "Harbourline said it accepted the findings.",
    ),
    (_INQUIRY, "Harbourline Ferries Ltd has rejected the findings.", "Harbourline accepted the findings."),
    # how things turned out
    (
        _HEARING,
        "Cllr Ann Hale spoke against the extension.",
        "Cllr Ann Hale, who ended up voting for the extension, spoke about noise.",
    ),
    # one position stated twice on one matter
    (_SHIRE, _PRYCE_AGAINST, "Cr Imogen Pryce, who voted for the move, asked officers to study traffic nearby."),
    # a declared intention; advice against
    (
        _HEARING,
        "The Quayside Traders Guild has said it intends to vote against the extension.",
        "The Quayside Traders Guild has backed the extension.",
    ),
    (
        _HEARING,
        "The Quayside Traders Guild recommended against the extension.",
        "The Quayside Traders Guild backed the extension.",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite"), FLAGGED)
def test_a_stance_read_in_a_decision_or_an_outcome_is_flagged(
    frame: tuple[str, str], source: str, rewrite: str
) -> None:
    assert _flags(frame, source, rewrite)


SILENT = [
    # the stance kept
    (_TRUST, "Resolved: the board REFUSED the request by 4 votes to 2.", f"The board voted 4-2 to reject {_LEASE}"),
    (_TRUST, "The board rejected the request after discussion.", f"The board rejected {_LEASE}"),
    (_HEARING, "The committee and manager accepted the proposal.", "The committee accepted the proposal."),
    (
        _INQUIRY,
        "Harbourline Ferries Ltd has informed the authority that it does not accept the findings.",
        "Harbourline said it did not accept the findings.",
    ),
    (
        _HEARING,
        "Cllr Ann Hale spoke against the extension.",
        "Cllr Ann Hale, who ended up voting against the extension, spoke about noise.",
    ),
    (_SHIRE, _PRYCE_AGAINST, "Cr Imogen Pryce, who voted against the move, asked officers to study traffic nearby."),
    # another matter taken up ("the rent review" was never named in the sentence the rewrite restates)
    (_TRUST, "The board rejected the rent review after discussion.", f"The board backed {_LEASE}"),
    # another holder: the second of two subjects, the one told, another body of the inquiry
    (_HEARING, "The committee and manager accepted the proposal.", "The manager rejected the proposal."),
    (
        _INQUIRY,
        "Harbourline Ferries Ltd has informed the authority that it does not accept the findings.",
        "The Maritime Authority said it accepted the findings.",
    ),
    # a person's first name is no body's short name
    (
        _INQUIRY,
        "Captain Moira Kerr told the inquiry that she could not accept the findings.",
        "Moira said she accepted the findings.",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite"), SILENT)
def test_a_stance_kept_or_held_by_another_is_silent(frame: tuple[str, str], source: str, rewrite: str) -> None:
    assert not _flags(frame, source, rewrite)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee REJECTED the application by 5 votes to 2.", [("the committee", "rejected")]),
        ("Cllr Ann Hale went on to back the extension.", [("Ann Hale", "accepted")]),
        ("The Traders Guild recommended rejection of the extension.", [("Traders Guild", "opposed")]),
        # a headline in capitals states no one's stance
        ("BOARD REJECTS OFFER FROM TRADERS", []),
        # the first of two subjects must open the clause: "members of the committee" are no committee
        ("Members of the committee and staff accepted the proposal.", []),
    ],
)
def test_stances_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(text) == expected


def test_vote_lists_before_the_tally_record_that_vote() -> None:
    text = (
        "Item 6: Dog park at Reeve Street\n\n"
        "Cr Ines Varga moved that the dog park be fenced.\n\n"
        "For: Crs Varga, Holt, Munro\n\n"
        "Against: Cr Pell\n\n"
        "Motion carried.\n"
    )
    facts = build_facts([from_text(text, id="one.txt")])
    votes = [(m.actor, m.stance) for m in recorded_votes(facts, "one.txt")]
    assert votes == [("Varga", "supported"), ("Holt", "supported"), ("Munro", "supported"), ("Pell", "opposed")]


def test_lists_with_no_vote_recorded_are_no_votes() -> None:
    text = (
        "Item 6: Dog park at Reeve Street\n\n"
        "Residents asked for a fence around the dog park.\n\n"
        "For: Ms Ellis, Mr Brand\n\n"
        "Against: Mr Stone\n\n"
        "Submissions closed on Friday after six weeks of consultation with residents.\n"
    )
    facts = build_facts([from_text(text, id="one.txt")])
    assert recorded_votes(facts, "one.txt") == []
