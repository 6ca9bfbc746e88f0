"""stance-conflict in a rewrite and its source, whatever the wording: one holder's stance on one matter in the source
against the same holder's stance on it in the rewrite. The stance may be a verb a vote, a plea or a refusal embeds
("voted 6-1 to reject", "urged the board to reject", "declined to back", "was not in a position to endorse",
"recommended that its members accept"), a phrase ("came out against", "spoke in support of"), a criticism set against
support, or a participle after the name of who sent it ("a submission from the Harbour Trust, opposing the plan,");
the holder may be written with no name read in it ("The Confédération paysanne", "Galicia's regional government,
however, …"), by title and surname in one and in full in the other ("Cllr Moreau" / "Councillor Ines Moreau"), and the
rewrite may give the stance to unnamed officials. Near-misses stay silent: the stance kept in other words, another
holder, a change over time the rewrite states, another matter, a holder whose stance the source does not give."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_Case = tuple[str, str, str, str]


def _flags(frame: tuple[str, str], source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's sentence on the source ``frame[0]`` and rewrite ``frame[1]``
    (each with a ``{stance}`` slot)."""
    found = rewrite_findings("stance-conflict", frame[0].format(stance=source), frame[1].format(stance=rewrite))
    return any(rewrite.rstrip(".")[:40] in e.text for f in found for e in f.evidence)


_COUNCIL = (
    "Marlow Vale District Council's planning committee met on Tuesday evening to consider the proposed riverside "
    "car park at Ferry Lane, which would provide 240 spaces.\n\n"
    "Officers recommended approval, noting that the scheme would cost £3.2 million and take 14 months to build.\n\n"
    "{stance}\n\n"
    "The committee will meet again on 14 May to consider the town centre parking strategy.\n",
    "Marlow Vale's planning committee met on Tuesday night to weigh the proposed 240-space riverside car park at Ferry "
    "Lane.\n\n"
    "Council officers recommended approval, saying the scheme would cost £3.2 million and take 14 months to build.\n\n"
    "{stance}\n\n"
    "The committee meets again on 14 May to look at the town centre parking strategy.\n",
)
_TALKS = (
    "Ministers from eleven Pacific states met in Suva on Thursday to discuss a regional framework on deep-sea "
    "mining licences, which would impose a ten-year moratorium on new permits.\n\n"
    "Fiji's foreign minister said the talks had been constructive and that a final text could be ready by March.\n\n"
    "{stance}\n\n"
    "The next round of talks is due to take place in Apia in February.\n",
    "Ministers from 11 Pacific states met in Suva on Thursday to discuss a regional framework on deep-sea mining "
    "licences that would impose a ten-year moratorium on new permits.\n\n"
    "Fiji's foreign minister called the talks constructive and said a final text could be ready by March.\n\n"
    "{stance}\n\n"
    "The next round of talks will be held in Apia in February.\n",
)
_FARM = (
    "The agriculture ministry on Monday announced a vaccination plan against bluetongue disease covering 4.1 "
    "million cattle and sheep in eleven departments, at a cost of €38 million.\n\n"
    "Vaccination will start on 1 June and be free for breeders, agriculture minister Claire Vautrin said in Lyon.\n\n"
    "{stance}\n\n"
    "The disease has been detected on 212 farms since January, according to the ministry.\n",
    "The agriculture ministry on Monday unveiled a vaccination plan against bluetongue disease covering 4.1 million "
    "cattle and sheep in eleven departments, at a cost of €38 million.\n\n"
    "Vaccination will start on 1 June and be free for breeders, agriculture minister Claire Vautrin said in Lyon.\n\n"
    "{stance}\n\n"
    "The disease has been found on 212 farms since January, the ministry said.\n",
)


# --- the stance in any wording: embedded under a vote, a plea or a refusal, a phrase, a criticism ------------------

_WORDING_HITS: list[_Case] = [
    # a vote embeds the stance it takes
    (
        "council",
        "The Ferry Lane Traders' Group opposed the car park at the meeting.",
        "The Ferry Lane Traders' Group voted 6-1 to approve the car park at the meeting.",
        "vote",
    ),
    # a plea to others is the pleader's own position
    (
        "council",
        "Councillor Dawn Okafor spoke in support of the car park at the meeting.",
        "Councillor Dawn Okafor urged the committee to reject the car park at the meeting.",
        "plea",
    ),
    # a refusal to back is a rejection
    (
        "talks",
        "Samoa accepted the framework on Thursday.",
        "Samoa declined to back the framework on Thursday.",
        "refusal",
    ),
    # saying it cannot take it is no acceptance
    (
        "talks",
        "Tonga said it was not in a position to endorse the framework at this stage.",
        "Tonga endorsed the framework at this stage.",
        "unable",
    ),
    # a recommendation to one's own members
    (
        "farm",
        "The Young Farmers Union said on Monday it would recommend that its members accept the vaccination plan.",
        "The Young Farmers Union has come out against the vaccination plan.",
        "recommendation",
    ),
    # criticism against a welcome
    (
        "farm",
        "The National Sheep Federation welcomed the vaccination plan but asked for compensation for lost stock.",
        "The National Sheep Federation criticised the vaccination plan and asked for compensation for lost stock.",
        "criticism",
    ),
    # a phrase of opposition against one of support
    (
        "council",
        "The Marlow Cycling Campaign came out in favour of the car park at the meeting.",
        "The Marlow Cycling Campaign spoke out against the car park at the meeting.",
        "phrase",
    ),
]

_FRAMES = {"council": _COUNCIL, "talks": _TALKS, "farm": _FARM}


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _WORDING_HITS, ids=[c[3] for c in _WORDING_HITS])
def test_a_stance_reversed_in_other_words_is_flagged(frame: str, source: str, rewrite: str, why: str) -> None:
    assert _flags(_FRAMES[frame], source, rewrite), why


_WORDING_NEAR_MISSES: list[_Case] = [
    # the same stance in other words
    (
        "council",
        "The Ferry Lane Traders' Group backed the car park at the meeting.",
        "The Ferry Lane Traders' Group voted 6-1 to approve the car park at the meeting.",
        "backed = voted to approve",
    ),
    (
        "council",
        "Councillor Dawn Okafor opposed the car park at the meeting.",
        "Councillor Dawn Okafor urged the committee to reject the car park at the meeting.",
        "opposed = urged to reject",
    ),
    (
        "talks",
        "Samoa rejected the framework on Thursday.",
        "Samoa turned down the framework on Thursday.",
        "rejected = turned down",
    ),
    (
        "farm",
        "The Young Farmers Union said on Monday it would recommend that its members accept the vaccination plan.",
        "The Young Farmers Union has come out in favour of the vaccination plan.",
        "recommends accepting = in favour",
    ),
    # another holder urged, not the one urging
    (
        "council",
        "The planning committee rejected the car park at the meeting.",
        "Councillor Dawn Okafor urged the committee to approve the car park at the meeting.",
        "the pleader is not the committee",
    ),
    # one urged is no holder: the subject is the one urged
    (
        "talks",
        "Samoa rejected the framework on Thursday.",
        "Samoa was urged to endorse the framework on Thursday.",
        "a passive plea",
    ),
    # a change over time the rewrite states
    (
        "talks",
        "Tonga said it was not in a position to endorse the framework at this stage.",
        "Tonga, which initially declined to back the framework, later endorsed it.",
        "changed over time",
    ),
    # criticism of one part beside acceptance
    (
        "farm",
        "The National Sheep Federation accepted the vaccination plan.",
        "The National Sheep Federation accepted the vaccination plan but criticised its start date.",
        "criticism of another matter beside acceptance",
    ),
]


@pytest.mark.parametrize(
    ("frame", "source", "rewrite", "why"), _WORDING_NEAR_MISSES, ids=[c[3] for c in _WORDING_NEAR_MISSES]
)
def test_a_stance_kept_or_another_holders_is_silent(frame: str, source: str, rewrite: str, why: str) -> None:
    assert not _flags(_FRAMES[frame], source, rewrite), why


# --- the holder: written with no name read in it, by title and surname, after "from" with a participle -----------

_HOLDER_HITS: list[_Case] = [
    (
        "farm",
        "The Confédération paysanne rejected the vaccination plan as too late.",
        "The Confédération paysanne endorsed the vaccination plan, although it called it late.",
        "a name not read as one",
    ),
    (
        "talks",
        "Fiji's maritime affairs office, however, rejected the framework in a statement issued in Suva.",
        "Fiji's maritime affairs office also welcomed the framework in a statement issued in Suva.",
        "a possessive body with an aside",
    ),
    (
        "council",
        "Cllr Moreau said she could not support the car park on this site.",
        "Councillors Ines Moreau and Tom Reid both supported the car park.",
        "a title and surname against a list of full names",
    ),
    (
        "council",
        "Written objections were received from the Ferry Lane Residents' Association, opposing the car park, and "
        "from two local shops.",
        "The Ferry Lane Residents' Association supported the car park in a written submission.",
        "a participle after the sender's name",
    ),
    (
        "talks",
        "Vanuatu said it was not in a position to endorse the framework at this stage.",
        "Vanuatu also endorsed the framework, officials said.",
        "unnamed officials in the rewrite",
    ),
    (
        "farm",
        "Breeders' cooperative Terres d'Oc, however, opposed the vaccination plan at a meeting in Albi.",
        "Breeders' cooperative Terres d'Oc backed the vaccination plan at a meeting in Albi.",
        "a name with an aside between it and the verb",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite", "why"), _HOLDER_HITS, ids=[c[3] for c in _HOLDER_HITS])
def test_one_holder_in_other_words_with_the_opposite_stance_is_flagged(
    frame: str, source: str, rewrite: str, why: str
) -> None:
    assert _flags(_FRAMES[frame], source, rewrite), why


_HOLDER_NEAR_MISSES: list[_Case] = [
    (
        "farm",
        "The Confédération paysanne rejected the vaccination plan as too late.",
        "The Coordination rurale endorsed the vaccination plan, although it called it late.",
        "two holders not read as names",
    ),
    (
        "talks",
        "Fiji's maritime affairs office, however, rejected the framework in a statement issued in Suva.",
        "Fiji's maritime affairs office, however, turned down the framework in a statement issued in Suva.",
        "the same stance",
    ),
    (
        "council",
        "Cllr Moreau said she could not support the car park on this site.",
        "Councillors Ines Moreau and Tom Reid both opposed the car park.",
        "the same stance for the person in full",
    ),
    (
        "council",
        "Cllr Moreau said she could not support the car park on this site.",
        "Councillors Anna Moreau and Ines Moreau both supported the car park.",
        "two people of one surname",
    ),
    (
        "council",
        "Written objections were received from the Ferry Lane Residents' Association, opposing the car park, and "
        "from two local shops.",
        "The Ferry Lane Business Forum supported the car park in a written submission.",
        "another sender",
    ),
    (
        "talks",
        "Vanuatu said it was not in a position to endorse the framework at this stage.",
        "Vanuatu has endorsed the framework, Fiji's foreign minister claimed.",
        "a named party's claim stays a reported dispute",
    ),
    (
        "farm",
        "The agriculture ministry's plan was rejected by the breeders.",
        "The agriculture ministry's plan was backed by several regional councils.",
        "a passive's subject is the matter, not a holder",
    ),
]


@pytest.mark.parametrize(
    ("frame", "source", "rewrite", "why"), _HOLDER_NEAR_MISSES, ids=[c[3] for c in _HOLDER_NEAR_MISSES]
)
def test_another_holder_or_the_same_stance_is_silent(frame: str, source: str, rewrite: str, why: str) -> None:
    assert not _flags(_FRAMES[frame], source, rewrite), why


# --- the matter named back by "this" in the source sentence after the one the rewrite restates --------------------

_BOARD_SOURCE = (
    "At its meeting of 12 March, the board of the Welsh Rugby Union examined the proposal of World Rugby to cut "
    "the Six Nations window to six weeks from 2030."
)


def test_a_stance_on_this_proposal_in_the_next_source_sentence_is_flagged() -> None:
    source = f"{_BOARD_SOURCE} The board rejected this proposal, saying it would leave too little rest for players."
    rewrite = (
        "Off the pitch, the Welsh Rugby Union board accepted the World Rugby proposal to cut the Six Nations window "
        "to six weeks from 2030."
    )
    assert _flags(_TALKS_SHAPE, source, rewrite)


def test_the_same_stance_on_this_proposal_is_silent() -> None:
    source = f"{_BOARD_SOURCE} The board rejected this proposal, saying it would leave too little rest for players."
    rewrite = (
        "Off the pitch, the Welsh Rugby Union board rejected the World Rugby proposal to cut the Six Nations window "
        "to six weeks from 2030."
    )
    assert not _flags(_TALKS_SHAPE, source, rewrite)


_TALKS_SHAPE = (
    "Wales will play their autumn internationals at the Principality Stadium in Cardiff, the union confirmed.\n\n"
    "Tickets for the four matches go on sale on 2 June, priced from £25 to £110.\n\n"
    "{stance}\n\n"
    "The union's chief executive will present its position to World Rugby's council in May.\n",
    "Wales will play their autumn internationals at the Principality Stadium in Cardiff, the union said.\n\n"
    "Tickets for the four games go on sale on 2 June at prices from £25 to £110.\n\n"
    "{stance}\n\n"
    "The union's chief executive is due to put its position to World Rugby's council in May.\n",
)


# --- a titled surname is the one person of that surname the story names in full -------------------------------------

_SURNAME_HITS = [
    (
        "Cllr Moreau said she could not support the car park on this site.",
        "Councillor Ines Moreau backed the car park.",
    ),
    ("Ms Moreau opposed the car park at the meeting.", "Ines Moreau, a local shopkeeper, supported the car park."),
    ("Trustee Moreau spoke against the car park.", "Trustee Ines Moreau voted for the car park."),
    ("Dr Moreau told the meeting she opposed the car park.", "Dr Ines Moreau spoke in favour of the car park."),
    ("Cr Moreau voted against the car park.", "Cr Ines Moreau, who backed the car park, left early."),
    ("Supervisor Moreau objected to the car park.", "Supervisors Ines Moreau and Tom Reid supported the car park."),
]


@pytest.mark.parametrize(("source", "rewrite"), _SURNAME_HITS)
def test_a_titled_surname_and_the_full_name_with_opposite_stances_are_flagged(source: str, rewrite: str) -> None:
    assert _flags(_COUNCIL, source, rewrite)


_SURNAME_NEAR_MISSES = [
    # the same stance
    (
        "Cllr Moreau said she could not support the car park on this site.",
        "Councillor Ines Moreau opposed the car park.",
    ),
    ("Ms Moreau opposed the car park at the meeting.", "Ines Moreau, a local shopkeeper, spoke against the car park."),
    # two people of the surname: which one is not told
    ("Trustee Moreau spoke against the car park.", "Trustees Ines Moreau and Paul Moreau voted for the car park."),
    # another person
    ("Dr Moreau told the meeting she opposed the car park.", "Dr Ines Morel spoke in favour of the car park."),
    # a stance on another matter
    ("Cr Moreau voted against the car park.", "Cr Ines Moreau backed the new cycle lanes on Mill Road."),
    # a change the rewrite states
    ("Supervisor Moreau objected to the car park.", "Supervisor Ines Moreau, who initially objected, later backed it."),
]


@pytest.mark.parametrize(("source", "rewrite"), _SURNAME_NEAR_MISSES)
def test_the_same_stance_or_another_person_of_the_surname_is_silent(source: str, rewrite: str) -> None:
    assert not _flags(_COUNCIL, source, rewrite)


# --- a participle after the name of who sent it --------------------------------------------------------------------

_SENT = "Written representations were received from the {sender}, {stance} the car park, and from two local shops."
_PARTICIPLE_CASES = [
    (
        "Ferry Lane Residents' Association",
        "opposing",
        "The Ferry Lane Residents' Association backed the car park.",
        True,
    ),
    ("Marlow Traders Guild", "supporting", "The Marlow Traders Guild opposed the car park.", True),
    ("Ferry Lane Residents' Association", "objecting to", "The Ferry Lane Residents' Association supported it.", True),
    (
        "Ferry Lane Residents' Association",
        "opposing",
        "The Ferry Lane Residents' Association opposed the car park.",
        False,
    ),
    ("Marlow Traders Guild", "supporting", "The Marlow Traders Guild welcomed the car park.", False),
    ("Ferry Lane Residents' Association", "opposing", "The Marlow Traders Guild backed the car park.", False),
]


@pytest.mark.parametrize(("sender", "stance", "rewrite", "flag"), _PARTICIPLE_CASES)
def test_a_participle_after_the_senders_name_is_its_stance(sender: str, stance: str, rewrite: str, flag: bool) -> None:
    assert _flags(_COUNCIL, _SENT.format(sender=sender, stance=stance), rewrite) is flag
