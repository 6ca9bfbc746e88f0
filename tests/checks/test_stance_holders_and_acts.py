"""stance-conflict between a source and its rewrite, in wordings and registers no earlier test used: a stance stated as
an act for or against the matter ("had written in support of", "argued in favour of", "lobbied against"); a speaker
after a heading label ("Discussion: Commissioner Vance stated he opposed …") or set off after an office ("The Cabinet
Member for Housing, Cllr Osei, said that she could not support …"); a party whose one stance in each text names the
matter by a general noun ("rejected the deal", "backed the scheme"); a body named by its common noun in minutes ("the
Board had … and had rejected it", reported by its chair) and in the story ("The club board has accepted …"); a union
named with a word fewer ("the Harbour teachers' union" / "the Harbour secondary teachers' union"); a councillor by
title and surname in minutes and in full in the story. Near-misses stay silent: the stance kept in other words,
another holder's stance, another body of the same noun, a holder the source gives no stance."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_Case = tuple[str, str, str, str]


def _flags(frame: tuple[str, str], source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's sentence in the source ``frame[0]`` and rewrite ``frame[1]`` (each
    with a ``{stance}`` slot)."""
    found = rewrite_findings("stance-conflict", frame[0].format(stance=source), frame[1].format(stance=rewrite))
    return any(rewrite.rstrip(".")[:40] in e.text for f in found for e in f.evidence)


_MINUTES = (
    "Hartwell Town Council's planning committee met on Tuesday evening to consider the proposal to close Market "
    "Street to traffic between 10am and 4pm.\n\n"
    "The Clerk presented the proposal, noting that the closure would cost £86,000 to be met from the town centre "
    "reserve.\n\n"
    "{stance}\n\n"
    "The committee will consider the traffic survey at its meeting on 13 April.\n",
    "Hartwell's planning committee met on Tuesday night to weigh the proposal to close Market Street to traffic "
    "between 10am and 4pm.\n\n"
    "The Clerk presented the proposal, saying the closure would cost £86,000 from the town centre reserve.\n\n"
    "{stance}\n\n"
    "The committee meets again on 13 April to look at the traffic survey.\n",
)
_BUDGET = (
    "EDINBURGH, Thursday — The Scottish Government's £41 billion budget passed its final stage at Holyrood on "
    "Thursday after ministers agreed to spend £30 million on ferry repairs.\n\n"
    "MSPs voted by 66 votes to 59 to pass the Budget Bill in the evening.\n\n"
    "{stance}\n\n"
    "The budget takes effect on 1 April, the finance secretary said.\n",
    "Holyrood has passed the Scottish Government's £41bn budget after ministers agreed to put £30m into ferry "
    "repairs.\n\n"
    "MSPs backed the Budget Bill by 66 votes to 59 on Thursday evening.\n\n"
    "{stance}\n\n"
    "The budget comes into force on 1 April.\n",
)
_CLUB = (
    "The Elmbridge Supporters' Club held its annual meeting at the Riverside Stand on Monday evening, with 214 "
    "members present, to hear about the offer from Marlow Sports Ltd for a stake in the club.\n\n"
    "The offer would give Marlow Sports 40 per cent of the club's shares in exchange for £2.5 million of new "
    "investment in the ground.\n\n"
    "{stance}\n\n"
    "The Treasurer reported that membership had risen to 2,340 over the year, up from 2,105.\n\n"
    "The next meeting of the club will be held on Wednesday 12 April at the Riverside Stand.\n",
    "The Elmbridge Supporters' Club held its annual meeting at the Riverside Stand on Monday night, with 214 "
    "members present, to hear about the Marlow Sports offer for a stake in the club.\n\n"
    "The offer would give Marlow Sports 40 per cent of the club's shares for £2.5 million of new investment in the "
    "ground.\n\n"
    "{stance}\n\n"
    "The treasurer reported that membership had risen to 2,340 over the year, up from 2,105.\n\n"
    "The club's next meeting will be held on Wednesday 12 April at the Riverside Stand.\n",
)
_SCHOOLS = (
    "PARIS, Sept 12 — The education ministry on Tuesday published the results of every lycée in the Baccalauréat "
    "for the first time, school by school.\n\n"
    "The ministry said the tables would help families choose schools and would be updated every July.\n\n"
    "{stance}\n\n"
    "The tables cover 4,200 schools in mainland France.\n",
    "France's education ministry has published the Baccalauréat results of every lycée for the first time, school by "
    "school.\n\n"
    "The tables are meant to help families choose schools and will be updated each July, the ministry said.\n\n"
    "{stance}\n\n"
    "They cover 4,200 schools in mainland France.\n",
)
_FRAMES = {"minutes": _MINUTES, "budget": _BUDGET, "club": _CLUB, "schools": _SCHOOLS}

_HITS: list[_Case] = [
    # an act for or against the matter
    (
        "minutes",
        "Letters were received from the Hartwell Business Association, opposing it, and from two residents.",
        "Letters were received from two residents and from the Hartwell Business Association, which had written in "
        "support of the scheme.",
        "written in support against a participle",
    ),
    (
        "minutes",
        "The Hartwell Cycling Group argued against the proposal, saying cyclists would lose their route.",
        "The Hartwell Cycling Group argued in favour of the proposal, saying cyclists would gain a route.",
        "argued against / argued in favour",
    ),
    (
        "minutes",
        "The Market Street Residents' Association supported the proposal to close Market Street.",
        "The Market Street Residents' Association lobbied against the proposal to close Market Street.",
        "supported / lobbied against",
    ),
    # a speaker after a heading label
    (
        "minutes",
        "Discussion: Councillor Vance stated he opposed using the reserve for this purpose.",
        "Councillor Piers Vance supported using the reserve for the closure.",
        "a label before the speaker",
    ),
    # a speaker set off after an office
    (
        "minutes",
        "The Chair of Finance, Cllr Osei, said that she could not support drawing on the town centre reserve.",
        "Finance chair Abena Osei backed drawing on the town centre reserve for the closure.",
        "a title's holder in apposition",
    ),
    # a party's one stance in each text, on the story's matter by a general noun
    (
        "budget",
        "The Scottish Liberal Democrats rejected the deal, saying it did nothing for island hospitals.",
        "The Scottish Greens and the Scottish Liberal Democrats backed the budget.",
        "two holders joined by and; the deal",
    ),
    (
        "minutes",
        "Hartwell Civic Trust objected to the application on the grounds of lost parking.",
        "Hartwell Civic Trust backed the scheme at the meeting, and shopkeepers raised fears over lost trade.",
        "objected to the application / backed the scheme",
    ),
    # a body by its common noun, reported by its chair
    (
        "club",
        "The Chair stated that the Board had considered the offer at two meetings and had unanimously rejected it in "
        "its present form.",
        "The club board has accepted the Marlow offer in its present form, chair Dana Whyte told members.",
        "the Board in minutes, the club board in the story",
    ),
    # a body named with a word fewer
    (
        "schools",
        "The SGEN-CFDT secondary teachers' union criticised the tables, saying they would encourage league tables.",
        "The SGEN-CFDT teachers' union welcomed the tables, saying they would help parents.",
        "a union's name with a word left out",
    ),
    # a councillor by title and surname in the minutes, in full in the story
    (
        "minutes",
        "Present: Councillors Joan Pike (Chair), Leah Marsh and Tom Ebbs.\n\nCllr Marsh spoke against the substantive "
        "proposal, citing lost parking for disabled drivers.",
        "Councillor Leah Marsh backed the scheme, saying disabled drivers had been properly considered.",
        "a titled surname's one stance, the general matter",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _HITS, ids=[c[3] for c in _HITS])
def test_one_holders_opposite_stance_in_a_new_wording_is_flagged(
    frame: str, source: str, rewrite: str, why: str
) -> None:
    assert _flags(_FRAMES[frame], source, rewrite), why


_NEAR_MISSES: list[_Case] = [
    (
        "minutes",
        "Letters were received from the Hartwell Business Association, supporting it, and from two residents.",
        "Letters were received from two residents and from the Hartwell Business Association, which had written in "
        "support of the scheme.",
        "the same stance as an act",
    ),
    (
        "minutes",
        "The Hartwell Cycling Group argued against the proposal, saying cyclists would lose their route.",
        "The Hartwell Cycling Group opposed the proposal, saying cyclists would lose their route.",
        "argued against = opposed",
    ),
    (
        "minutes",
        "The Market Street Residents' Association supported the proposal to close Market Street.",
        "The Hartwell Motorists' Forum lobbied against the proposal to close Market Street.",
        "another holder's act",
    ),
    (
        "minutes",
        "Discussion: Councillor Vance stated he opposed using the reserve for this purpose.",
        "Councillor Piers Vance spoke against using the reserve for the closure.",
        "the label's speaker, the same stance",
    ),
    (
        "minutes",
        "The Chair of Finance, Cllr Osei, said that she could not support drawing on the town centre reserve.",
        "Councillor Ruth Lam backed drawing on the town centre reserve for the closure.",
        "another councillor",
    ),
    (
        "budget",
        "The Scottish Liberal Democrats rejected the deal, saying it did nothing for island hospitals.",
        "The Scottish Greens backed the budget, while the Scottish Liberal Democrats voted against it.",
        "the same stance for the holder, another's beside it",
    ),
    (
        "minutes",
        "Hartwell Civic Trust objected to the application on the grounds of lost parking.",
        "Hartwell Chamber of Trade backed the scheme, while the civic trust raised fears over lost parking.",
        "a holder the source gives no stance",
    ),
    (
        "club",
        "The Chair stated that the Board had considered the offer at two meetings and had unanimously rejected it in "
        "its present form.",
        "The club board has turned down the Marlow offer in its present form, chair Dana Whyte told members.",
        "the body's same stance",
    ),
    (
        "club",
        "The Chair stated that the Board had considered the offer at two meetings and had unanimously rejected it in "
        "its present form.",
        "The members' forum has accepted the Marlow offer in its present form, chair Dana Whyte told members.",
        "another body",
    ),
    (
        "schools",
        "The SGEN-CFDT secondary teachers' union criticised the tables, saying they would encourage league tables.",
        "The SGEN-CFDT primary teachers' union welcomed the tables, saying they would help parents.",
        "another union of the same first and last words, another word",
    ),
    (
        "schools",
        "The SGEN-CFDT secondary teachers' union criticised the tables, saying they would encourage league tables.",
        "The SGEN-CFDT teachers' union condemned the tables, saying they would encourage league tables.",
        "the shortened name, the same stance",
    ),
    (
        "minutes",
        "Present: Councillors Joan Pike (Chair), Leah Marsh and Tom Ebbs.\n\nCllr Marsh spoke against the substantive "
        "proposal, citing lost parking for disabled drivers.",
        "Councillor Tom Ebbs backed the scheme, saying disabled drivers had been properly considered.",
        "another councillor of the minutes",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _NEAR_MISSES, ids=[c[3] for c in _NEAR_MISSES])
def test_a_stance_kept_or_another_holders_is_silent(frame: str, source: str, rewrite: str, why: str) -> None:
    assert not _flags(_FRAMES[frame], source, rewrite), why
