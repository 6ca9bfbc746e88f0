"""stance-conflict reads holders and stances in more wordings: a vote cast by its answer ("voted yes", "voted no"), a
stance by "was against", a holder who "joined" others "in voting no", a holder set off from its verb by an aside of
how or where ("The Harbour Trust, in a written submission, opposed …"), a refusal the holder declares ("said it would
not back …"), and a person named after a party and a title ("Green MP Ana Ruiz"). Near-misses stay silent: a role in
the plural ("Labour MPs") is no surname of another party's MPs, and a holder given stances on two matters in each
text is compared matter by matter."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_PLANNING = (
    "Members of Kestrel Bay's planning board met on Wednesday to decide the Saltmarsh Quay marina application, which "
    "would add 180 berths and a boatyard.\n\n"
    "Planning officers recommended refusal, saying the scheme would harm a protected wading-bird habitat.\n\n"
    "{stance}\n\n"
    "The board will publish its written decision within ten working days.\n",
    "Kestrel Bay's planning board met on Wednesday to decide the Saltmarsh Quay marina application, which would add "
    "180 berths and a boatyard.\n\n"
    "Planning officers had recommended refusal, saying the scheme would harm a protected wading-bird habitat.\n\n"
    "{stance}\n\n"
    "The board will publish its written decision within ten working days.\n",
)
_PARLIAMENT = (
    "The Senate passed the Coastal Fisheries Bill on Thursday night after a four-hour debate on quota transfers.\n\n"
    "The bill caps the share of any region's quota that can be sold to foreign-owned fleets at 15 per cent.\n\n"
    "{stance}\n\n"
    "The bill now goes to the lower house, which sits again on 3 March.\n",
    "The Senate passed the Coastal Fisheries Bill on Thursday night after four hours of debate on quota transfers.\n\n"
    "The bill caps at 15 per cent the share of any region's quota that can be sold to foreign-owned fleets.\n\n"
    "{stance}\n\n"
    "The bill now goes to the lower house, which next sits on 3 March.\n",
)
_FRAMES = {"planning": _PLANNING, "parliament": _PARLIAMENT}


def _flags(frame: str, source: str, rewrite: str) -> bool:
    """Whether stance-conflict quotes the rewrite's ``rewrite`` sentence or the source's ``source`` sentence."""
    a, b = _FRAMES[frame]
    found = rewrite_findings("stance-conflict", a.format(stance=source), b.format(stance=rewrite))
    quotes = (source.rstrip(".")[:25], rewrite.rstrip(".")[:25])
    return any(q in e.text for f in found for e in f.evidence for q in quotes)


_HITS = [
    # a vote cast by its answer
    ("planning", "Board member Ruth Ansell voted against the marina.", "Board member Ruth Ansell voted yes."),
    ("parliament", "Senator Wen Hollis supported the bill.", "Senator Wen Hollis voted no on the bill."),
    # "was against"
    ("planning", "Board member Ruth Ansell backed the marina.", "Board member Ruth Ansell was against the marina."),
    # "joined … in voting"
    (
        "parliament",
        "Senator Wen Hollis voted for the bill.",
        "Senator Wen Hollis joined the Greens in voting against the bill.",
    ),
    # an aside of how or where between the holder and its verb
    (
        "planning",
        "The Saltmarsh Sailing Club, in a written submission, opposed the marina.",
        "The Saltmarsh Sailing Club supported the marina.",
    ),
    (
        "parliament",
        "The Inshore Fishermen's Federation, at its conference in Hobart, backed the bill.",
        "The Inshore Fishermen's Federation rejected the bill.",
    ),
    # a refusal the holder declares
    (
        "parliament",
        "The Tasman Seafood Council said it would support the bill.",
        "The Tasman Seafood Council said it would not back the bill.",
    ),
    # a stance given or stated by its noun
    (
        "planning",
        "The Saltmarsh Sailing Club opposed the marina.",
        "The Saltmarsh Sailing Club gave its backing to the marina.",
    ),
    (
        "parliament",
        "The Inshore Fishermen's Federation supported the bill.",
        "The Inshore Fishermen's Federation voiced its objection to the bill.",
    ),
    # a bracketed role after the speaker, and a concession opening the clause the speaker reports
    (
        "planning",
        "Board member Ruth Ansell (Harbour ward) voted for the marina.",
        "Board member Ruth Ansell said that while she liked the boatyard, she could not support the marina.",
    ),
    (
        "parliament",
        "Senator Wen Hollis (Tasmania) spoke against the bill.",
        "Senator Wen Hollis (Greens) spoke in favour of the bill.",
    ),
    # a person after a party and a title
    (
        "parliament",
        "Senator Ana Ruiz voted for the bill.",
        "Green Senator Ana Ruiz voted against the bill.",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite"), _HITS)
def test_a_stance_read_in_more_wordings_conflicts(frame: str, source: str, rewrite: str) -> None:
    assert _flags(frame, source, rewrite)


_NEAR_MISSES = [
    # the same stance in other words
    ("planning", "Board member Ruth Ansell voted against the marina.", "Board member Ruth Ansell voted no."),
    ("planning", "Board member Ruth Ansell opposed the marina.", "Board member Ruth Ansell was against the marina."),
    (
        "parliament",
        "Senator Wen Hollis voted against the bill.",
        "Senator Wen Hollis joined the Greens in voting against the bill.",
    ),
    (
        "planning",
        "The Saltmarsh Sailing Club, in a written submission, opposed the marina.",
        "The Saltmarsh Sailing Club objected to the marina.",
    ),
    (
        "parliament",
        "The Tasman Seafood Council said it would not support the bill.",
        "The Tasman Seafood Council said it would not back the bill.",
    ),
    (
        "planning",
        "The Saltmarsh Sailing Club supported the marina.",
        "The Saltmarsh Sailing Club gave its backing to the marina.",
    ),
    (
        "planning",
        "Board member Ruth Ansell (Harbour ward) voted against the marina.",
        "Board member Ruth Ansell said that while she liked the boatyard, she could not support the marina.",
    ),
    # a concession's own subject is another holder: the speaker reports another's stance
    (
        "planning",
        "The Saltmarsh Sailing Club opposed the marina.",
        "Board member Ruth Ansell said that while the Saltmarsh Sailing Club backed the marina, she did not.",
    ),
    # another holder joined: only the subject of "joined" is read
    (
        "parliament",
        "The Greens voted for the bill.",
        "Senator Wen Hollis joined the Greens in voting for the bill.",
    ),
    # two parties' members: "Labour senators" are not the Greens' senators
    (
        "parliament",
        "Labour senators voted for the bill, and Green senators voted against it.",
        "The bill was backed by Labour senators and opposed by Green senators.",
    ),
    # stances on two matters in each text, each kept
    (
        "planning",
        "The Saltmarsh Sailing Club criticised the marina but endorsed the new slipway.",
        "The Saltmarsh Sailing Club spoke out against the marina, though it supported the new slipway.",
    ),
    # a stance on another matter: doing a second thing is not the matter
    (
        "planning",
        "Board member Ruth Ansell could not support the marina and moved to defer the decision.",
        "Board member Ruth Ansell opposed the marina and voted to defer the decision.",
    ),
]


@pytest.mark.parametrize(("frame", "source", "rewrite"), _NEAR_MISSES)
def test_the_same_stance_or_another_holder_or_matter_is_silent(frame: str, source: str, rewrite: str) -> None:
    assert not _flags(frame, source, rewrite)
