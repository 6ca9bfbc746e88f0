"""stance-conflict between a source and its rewrite where the holder or the stance is read in wordings no earlier test
used: an act "in opposition to" the matter; a speaker set off with whom they speak for ("Ms Ines Calder, on behalf of
the Dockside Traders' Group, spoke …": both hold the stance); a name tagged with the places it serves in a slashed
bracket ("(NSW/ACT)"); the agent of a passive written after a role in lower case ("was backed by board member Ruth
Obi"); a body's short form capitalised ("The Commission rejected …") standing for the one named in full however far
back. Near-misses stay silent: the stance kept in other words, another holder, another body of the same noun.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _run import rewrite_findings

from factcheck.engine import check
from factcheck.ingest import from_text

_Case = tuple[str, str, str, str]


def _flags(frame: tuple[str, str], source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's sentence in the source ``frame[0]`` and rewrite ``frame[1]`` (each
    with a ``{stance}`` slot)."""
    found = rewrite_findings("stance-conflict", frame[0].format(stance=source), frame[1].format(stance=rewrite))
    return any(e.document == "rewrite.txt" and e.text[:30] in rewrite for f in found for e in f.evidence)


_HEARING = (
    "Brackley District Council's licensing committee met on Wednesday to consider the application to extend opening "
    "hours at the Quayside market until midnight.\n\n"
    "The licensing officer said the extension would need four extra wardens at a cost of £52,000 a year.\n\n"
    "Stallholders said trade after 9pm had doubled since the market's summer trial in 2026.\n\n"
    "{stance}\n\n"
    "The committee will give its decision on 9 May.\n",
    "Brackley District Council's licensing committee met on Wednesday to weigh the application to keep the Quayside "
    "market open until midnight.\n\n"
    "The licensing officer said the longer hours would need four extra wardens, costing £52,000 a year.\n\n"
    "Stallholders said trade after 9pm had doubled since the market's summer trial in 2026.\n\n"
    "{stance}\n\n"
    "A decision is due on 9 May.\n",
)
_POLICY = (
    "CANBERRA, June 4 — The federal government on Tuesday released its draft plan to raise the age of criminal "
    "responsibility from 10 to 14 by 2029.\n\n"
    "The plan would be phased in over three years, the attorney-general said.\n\n"
    "About 600 children aged 10 to 13 were held in detention in the year to June 2026.\n\n"
    "{stance}\n\n"
    "Consultation on the draft closes on 30 August.\n",
    "The federal government has released a draft plan to lift the age of criminal responsibility from 10 to 14 by "
    "2029.\n\n"
    "It would be phased in over three years, according to the attorney-general.\n\n"
    "About 600 children aged 10 to 13 were held in detention in the year to June 2026.\n\n"
    "{stance}\n\n"
    "Submissions close on 30 August.\n",
)
_AGENCY = (
    "The Northern Rail Regulation Commission is the independent body that sets fares on the region's commuter "
    "lines.\n\n"
    "Its annual review was published on Monday and covers the twelve months to March.\n\n"
    "Two operators asked for permission to raise peak fares by 6 per cent from September.\n\n"
    "{stance}\n\n"
    "Off-peak fares will stay frozen until next year.\n",
    "The Northern Rail Regulation Commission, which sets fares on the region's commuter lines, published its annual "
    "review on Monday, covering the twelve months to March.\n\n"
    "Two operators had asked for permission to raise peak fares by 6 per cent from September.\n\n"
    "{stance}\n\n"
    "Off-peak fares stay frozen until next year.\n",
)
_PAY = (
    "Workers at the Halden Foods bakery in Leeds have voted to strike from 2 October in a dispute over pay.\n\n"
    "Talks at the conciliation service on Monday ended without agreement.\n\n"
    "The conciliation service proposed a rise of 4.5 per cent from January and a review of night-shift rosters.\n\n"
    "{stance}\n\n"
    "About 620 people work at the bakery, which supplies supermarkets across the north of England.\n",
    "Workers at the Halden Foods bakery in Leeds will strike from 2 October after talks over pay collapsed.\n\n"
    "Talks at the conciliation service on Monday ended without agreement.\n\n"
    "The conciliation service had proposed a rise of 4.5 per cent from January and a review of night-shift "
    "rosters.\n\n"
    "{stance}\n\n"
    "About 620 people work at the bakery, which supplies supermarkets across the north of England.\n",
)
_FRAMES = {"hearing": _HEARING, "policy": _POLICY, "agency": _AGENCY, "pay": _PAY}

_HITS: list[_Case] = [
    # an act in opposition to the matter
    (
        "hearing",
        "The Quayside Residents' Association spoke in opposition to the extension, citing late-night noise.",
        "The Quayside Residents' Association spoke in favour of the extension at the hearing.",
        "spoke in opposition to / spoke in favour of",
    ),
    (
        "hearing",
        "The Brackley Night Economy Forum wrote in opposition to the extension before the meeting.",
        "The Brackley Night Economy Forum backed the extension in a letter before the meeting.",
        "wrote in opposition to / backed",
    ),
    (
        "policy",
        "The Law Council of Australia argued in opposition to the draft plan, saying it went too far.",
        "The Law Council of Australia welcomed the draft plan, saying it was overdue.",
        "argued in opposition to / welcomed",
    ),
    # a speaker and whom they speak for
    (
        "hearing",
        "Ms Ines Calder, on behalf of the Dockside Traders' Group, spoke against the extension.",
        "The Dockside Traders' Group supported the extension, its spokeswoman Ines Calder told the hearing.",
        "a speaker on behalf of a group, the group in the rewrite",
    ),
    (
        "hearing",
        "Mr Tomasz Wolny, representing the Brackley Licensees' Association, spoke in support of the extension.",
        "The Brackley Licensees' Association opposed the extension at the hearing.",
        "a speaker representing a guild",
    ),
    # a name tagged with the places it serves
    (
        "policy",
        "The Aboriginal Family Legal Service (WA/NT) welcomed the draft plan, calling it a long-awaited step.",
        "The Aboriginal Family Legal Service rejected the draft plan, calling it too slow.",
        "a slashed place tag after a name",
    ),
    (
        "policy",
        "The Youth Advocacy Network (QLD/NSW) opposed the draft plan at a briefing in Brisbane.",
        "The Youth Advocacy Network backed the draft plan at a briefing in Brisbane.",
        "a slashed tag, opposed / backed",
    ),
    # the agent of a passive after a role in lower case
    (
        "hearing",
        "Councillor Ruth Obi said she could not support the extension without a noise study.",
        "The extension was supported by committee member Ruth Obi, who said the market needed the trade.",
        "a passive's agent after her role",
    ),
    (
        "policy",
        "Northern Territory chief minister Dale Merritt rejected the draft plan on Wednesday.",
        "The draft plan was welcomed by chief minister Dale Merritt on Wednesday.",
        "a passive's agent after a two-word role",
    ),
    # a body's capitalised short form, named in full far back
    (
        "agency",
        "The Commission rejected both requests, saying wages had risen less than fares.",
        "The Commission approved both requests, saying wages had risen faster than fares.",
        "The Commission: the Northern Rail Regulation Commission",
    ),
    (
        "policy",
        "The Australian Medical Association wrote in opposition to the draft plan in March.",
        "The Australian Medical Association endorsed the draft plan in March.",
        "wrote in opposition to / endorsed",
    ),
    (
        "agency",
        "The Passenger Transport Users' Federation lobbied in opposition to both requests.",
        "The Passenger Transport Users' Federation backed both requests.",
        "lobbied in opposition to / backed",
    ),
    (
        "hearing",
        "The Brackley Taxi Drivers' Association campaigned in opposition to the extension all spring.",
        "The Brackley Taxi Drivers' Association supported the extension all spring.",
        "campaigned in opposition to / supported",
    ),
    (
        "hearing",
        "Mr Piet Mol, speaking for the Quayside Anglers' Club, spoke in support of the extension.",
        "The Quayside Anglers' Club objected to the extension at the hearing.",
        "a speaker speaking for a club",
    ),
    (
        "policy",
        "Ms Ada Kerr, on behalf of the National Youth Commission, welcomed the draft plan.",
        "The National Youth Commission opposed the draft plan.",
        "a speaker on behalf of a commission, welcomed / opposed",
    ),
    (
        "agency",
        "Mr Ravi Shah, representing the Commuter Action Network, backed both requests.",
        "The Commuter Action Network rejected both requests.",
        "a speaker representing a network, backed / rejected",
    ),
    (
        "agency",
        "The Rail Users Council (Tyne/Wear) backed both requests at the review.",
        "The Rail Users Council rejected both requests at the review.",
        "a slashed tag of two areas",
    ),
    (
        "hearing",
        "The Brackley Street Pastors (North/South) supported the extension, saying the patrols could cope.",
        "The Brackley Street Pastors opposed the extension, saying the patrols could not cope.",
        "a slashed tag of two directions",
    ),
    (
        "policy",
        "The Indigenous Justice Alliance (SA/TAS) welcomed the draft plan at a briefing in Adelaide.",
        "The Indigenous Justice Alliance criticised the draft plan at a briefing in Adelaide.",
        "a slashed tag, welcomed / criticised",
    ),
    (
        "hearing",
        "Councillor Sam Idowu spoke against the extension, citing noise from the car park.",
        "The extension was backed by ward councillor Sam Idowu, who said the car park would be patrolled.",
        "a passive's agent after a ward role",
    ),
    (
        "policy",
        "Shadow attorney-general Nia Grant welcomed the draft plan on Tuesday.",
        "The draft plan was opposed by shadow attorney-general Nia Grant on Tuesday.",
        "a passive's agent after a hyphenated role",
    ),
    (
        "agency",
        "Commission member Lena Park rejected both requests at the review.",
        "Both requests were approved by board member Lena Park at the review.",
        "a passive's agent after a two-word role, approved / rejected",
    ),
    (
        "hearing",
        "The Council rejected the application, citing late-night noise.",
        "The Council approved the application, citing late-night trade.",
        "The Council: Brackley District Council",
    ),
    (
        "agency",
        "Northline Trains told the review that fares had not kept pace with costs. The Commission rejected both "
        "requests, saying wages had risen less than fares.",
        "The operators told the review that fares had not kept pace with costs. The Commission approved both requests, "
        "saying wages had risen faster than fares.",
        "The Commission after another body named in the sentence before",
    ),
    (
        "agency",
        "The Commission endorsed both requests, saying wages had risen faster than fares.",
        "The Commission rejected both requests, saying wages had risen less than fares.",
        "The Commission: endorsed / rejected",
    ),
    # a conjunction opens the clause, and a body as a passive's agent
    (
        "pay",
        "The union accepted the proposal, but the management rejected it.",
        "The proposal was rejected by the union, while the management had accepted it.",
        "two parties swapped, one a passive's agent",
    ),
    (
        "pay",
        "The union rejected the proposal, but the company accepted it.",
        "The union accepted the proposal, but the company rejected it.",
        "two parties swapped, each after a conjunction",
    ),
    (
        "pay",
        "The proposal was accepted by the union, whereas the employer rejected it outright.",
        "The proposal was accepted by the union, whereas the employer also accepted it.",
        "whereas the employer",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _HITS, ids=[c[3] for c in _HITS])
def test_a_holders_opposite_stance_read_in_a_new_wording_is_flagged(
    frame: str, source: str, rewrite: str, why: str
) -> None:
    assert _flags(_FRAMES[frame], source, rewrite), why


_NEAR_MISSES: list[_Case] = [
    (
        "hearing",
        "The Quayside Residents' Association spoke in opposition to the extension, citing late-night noise.",
        "The Quayside Residents' Association opposed the extension, citing noise late at night.",
        "in opposition to = opposed",
    ),
    (
        "hearing",
        "The Quayside Residents' Association spoke in opposition to the extension, citing late-night noise.",
        "The Quayside Traders' Association spoke in favour of the extension at the hearing.",
        "another association in favour",
    ),
    (
        "hearing",
        "Ms Ines Calder, on behalf of the Dockside Traders' Group, spoke against the extension.",
        "The Dockside Traders' Group objected to the extension, its spokeswoman Ines Calder told the hearing.",
        "the group's same stance",
    ),
    (
        "hearing",
        "Ms Ines Calder, on behalf of the Dockside Traders' Group, spoke against the extension.",
        "The Brackley Licensees' Association supported the extension at the hearing.",
        "another group in favour",
    ),
    (
        "policy",
        "The Aboriginal Family Legal Service (WA/NT) welcomed the draft plan, calling it a long-awaited step.",
        "The Aboriginal Family Legal Service backed the draft plan, calling it overdue.",
        "the tagged name, the same stance",
    ),
    (
        "policy",
        "The Aboriginal Family Legal Service (WA/NT) welcomed the draft plan, calling it a long-awaited step.",
        "The Aboriginal Family Legal Service welcomed the draft plan, but the Police Federation of Australia rejected "
        "it.",
        "another body rejects beside the tagged holder's same stance",
    ),
    (
        "hearing",
        "Councillor Ruth Obi said she could not support the extension without a noise study.",
        "The extension was opposed by committee member Ruth Obi, who asked for a noise study first.",
        "the passive's agent, the same stance",
    ),
    (
        "hearing",
        "Councillor Ruth Obi said she could not support the extension without a noise study.",
        "The extension was supported by committee chair Alan Reeve, who said the market needed the trade.",
        "another member in the passive",
    ),
    (
        "agency",
        "The Commission rejected both requests, saying wages had risen less than fares.",
        "The Commission turned down both requests, saying wages had risen less than fares.",
        "the Commission's same stance",
    ),
    (
        "policy",
        "The Law Council of Australia argued in opposition to the draft plan, saying it went too far.",
        "The Law Council of Australia came out against the draft plan, saying it went too far.",
        "argued in opposition to = came out against",
    ),
    (
        "agency",
        "The Passenger Transport Users' Federation lobbied in opposition to both requests.",
        "The Rail Freight Association backed both requests.",
        "another body backs",
    ),
    (
        "hearing",
        "The Brackley Taxi Drivers' Association campaigned in opposition to the extension all spring.",
        "The Brackley Taxi Drivers' Association objected to the extension all spring.",
        "campaigned in opposition to = objected to",
    ),
    (
        "hearing",
        "Mr Piet Mol, speaking for the Quayside Anglers' Club, spoke in support of the extension.",
        "The Quayside Anglers' Club backed the extension at the hearing.",
        "the club's same stance",
    ),
    (
        "policy",
        "Ms Ada Kerr, on behalf of the National Youth Commission, welcomed the draft plan.",
        "The National Youth Commission endorsed the draft plan.",
        "the commission's same stance",
    ),
    (
        "agency",
        "Mr Ravi Shah, representing the Commuter Action Network, backed both requests.",
        "The Rail Freight Association rejected both requests.",
        "another body than the one represented",
    ),
    (
        "agency",
        "The Rail Users Council (Tyne/Wear) backed both requests at the review.",
        "The Rail Users Council endorsed both requests at the review.",
        "a slashed tag, the same stance",
    ),
    (
        "hearing",
        "The Brackley Street Pastors (North/South) supported the extension, saying the patrols could cope.",
        "The Brackley Street Pastors welcomed the extension, saying the patrols could cope.",
        "a slashed tag, supported = welcomed",
    ),
    (
        "policy",
        "The Indigenous Justice Alliance (SA/TAS) endorsed the draft plan at a briefing in Adelaide.",
        "The Indigenous Justice Alliance backed the draft plan, while the Police Federation of Australia "
        "criticised it.",
        "a slashed tag, another body criticises",
    ),
    (
        "hearing",
        "Councillor Sam Idowu spoke against the extension, citing noise from the car park.",
        "The extension was opposed by ward councillor Sam Idowu, who cited noise from the car park.",
        "the passive's agent, the same stance",
    ),
    (
        "policy",
        "Shadow attorney-general Nia Grant welcomed the draft plan on Tuesday.",
        "The draft plan was welcomed by shadow attorney-general Nia Grant on Tuesday.",
        "the passive's agent, welcomed both",
    ),
    (
        "agency",
        "Commission member Lena Park rejected both requests at the review.",
        "Both requests were approved by board member Tom Hale at the review.",
        "another member as the passive's agent",
    ),
    (
        "agency",
        "Northline Trains told the review that fares had not kept pace with costs. The Commission rejected both "
        "requests, saying wages had risen less than fares.",
        "The operators told the review that fares had not kept pace with costs. The Commission refused both requests, "
        "saying wages had risen less than fares.",
        "The Commission after another body, the same stance",
    ),
    (
        "hearing",
        "The Council rejected the application, citing late-night noise.",
        "The Council turned down the application, citing late-night noise.",
        "The Council's same stance",
    ),
    (
        "pay",
        "The union accepted the proposal, but the management rejected it.",
        "The proposal was accepted by the union, while the management had rejected it.",
        "the two parties' same stances",
    ),
    (
        "pay",
        "The union rejected the proposal, but the company accepted it.",
        "The union rejected the proposal, but the company accepted it after a ballot.",
        "the same stances after conjunctions",
    ),
    (
        "pay",
        "The proposal was accepted by the union, whereas the employer rejected it outright.",
        "The proposal was accepted by the union, whereas the employer turned it down outright.",
        "whereas the employer, the same stance",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _NEAR_MISSES, ids=[c[3] for c in _NEAR_MISSES])
def test_the_same_stance_or_another_holders_is_silent(frame: str, source: str, rewrite: str, why: str) -> None:
    assert not _flags(_FRAMES[frame], source, rewrite), why


def test_a_named_partys_flipped_stance_is_stance_conflicts_not_negation_flips() -> None:
    source, rewrite = (
        _HEARING[k].format(stance=s)
        for k, s in (
            (0, "Councillor Ruth Obi said she could not support the extension without a noise study."),
            (1, "The extension was supported by committee member Ruth Obi, who said the market needed the trade."),
        )
    )
    docs = [
        from_text(source, id="source.txt", published=dt.date(2027, 4, 14)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2027, 4, 15)),
    ]
    checks = {f.check for f in check(docs).findings}
    assert "stance-conflict" in checks
    assert "negation-flip" not in checks
