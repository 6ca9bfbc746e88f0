"""stance-conflict on rewrites: a relative clause after the holder's name may hold verbless asides of its own ("which
controls 19.6 per cent, or about 12 million shares, has accepted"); the named speaker of a verb of saying is the
holder when the reported clause's subject is a pronoun ("X, which owns 9 per cent, said in a statement that it had
rejected …", "Councillor Y told the meeting she supported …"); "declined the offer" refuses it. Hand-written sentences
in several registers, with near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_FILLER = (
    "The committee met on Tuesday evening at the civic centre in front of about forty residents. The meeting lasted "
    "a little over two hours and was streamed online."
)


def _messages(source: str, rewrite: str) -> list[str]:
    return [f.message for f in rewrite_findings("stance-conflict", f"{_FILLER} {source}", f"{_FILLER} {rewrite}")]


# --- a relative clause with verbless asides leaves the name the subject ----------------------------------------------

_RELATIVE_CASES = [
    (
        "The Dockers' Union rejected the port's pay offer on Monday.",
        "The Dockers' Union, which represents 9,000 workers, mostly in Tilbury, accepted the port's pay offer on "
        "Monday.",
    ),
    (
        "The Dockers' Union rejected the port's pay offer on Monday.",
        "The Dockers' Union, which speaks for about 9,000 workers, or roughly half the port's staff, has accepted "
        "the port's pay offer.",
    ),
    (
        "The Haverford Family Trust opposed the Norcott takeover bid.",
        "The Haverford Family Trust, whose stake is worth £40m, or 12% of the company, has backed the Norcott "
        "takeover bid.",
    ),
    (
        "The Lakeside Residents Association opposed the marina scheme.",
        "The Lakeside Residents Association, which represents 400 households, most of them on the east bank, "
        "supported the marina scheme.",
    ),
    (
        "Councillor Joan Mercer voted against the cycle lane scheme.",
        "Councillor Joan Mercer, who chairs the transport committee, formerly the highways board, voted for the "
        "cycle lane scheme.",
    ),
    (
        "The Ostberg Pension Fund rejected the merger terms at the general meeting.",
        "The Ostberg Pension Fund, which holds 8.2% of the shares, about 40 million in all, approved the merger "
        "terms at the general meeting.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _RELATIVE_CASES)
def test_a_relative_clause_with_asides_leaves_the_name_the_holder(source: str, rewrite: str) -> None:
    messages = _messages(source, rewrite)
    assert len(messages) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the stance kept
        (
            "The Dockers' Union rejected the port's pay offer on Monday.",
            "The Dockers' Union, which represents 9,000 workers, mostly in Tilbury, rejected the port's pay offer on "
            "Monday.",
        ),
        # kept in other words
        (
            "The Dockers' Union rejected the port's pay offer on Monday.",
            "The Dockers' Union, which represents 9,000 workers, mostly in Tilbury, turned down the port's pay offer "
            "on Monday.",
        ),
        # a verb of saying in the aside: another clause, whose subject is not the union
        (
            "The Dockers' Union rejected the port's pay offer on Monday.",
            "The Dockers' Union, which represents 9,000 workers, said the port, a private company, had accepted "
            "the pay offer.",
        ),
        # an aside with a verb of its own: a clause, not the relative clause's
        (
            "The Dockers' Union rejected the port's pay offer on Monday.",
            "The Dockers' Union, which represents 9,000 workers, met the port, whose owners have accepted the pay "
            "offer.",
        ),
        # two different holders
        (
            "The Dockers' Union rejected the port's pay offer. The Pilots' Guild accepted it.",
            "The Pilots' Guild, which represents 300 pilots, mostly at Tilbury, accepted the port's pay offer.",
        ),
        # the same stance, a vote recorded
        (
            "Councillor Joan Mercer voted for the cycle lane scheme.",
            "Councillor Joan Mercer, who chairs the transport committee, formerly the highways board, backed the "
            "cycle lane scheme.",
        ),
    ],
)
def test_a_relative_clause_with_asides_keeping_the_stance_is_silent(source: str, rewrite: str) -> None:
    assert not _messages(source, rewrite)


# --- the named speaker of a reported clause with a pronoun subject ----------------------------------------------------

_SPEAKER_CASES = [
    (
        "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
        "The Harwell Tenants Federation said in a brief statement that it had accepted the landlord's rent settlement.",
    ),
    (
        "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
        "The Harwell Tenants Federation, which represents 2,000 households, said on Friday it accepted the "
        "landlord's rent settlement.",
    ),
    (
        "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
        "The town's largest residents' group, the Harwell Tenants Federation, announced that it had accepted the "
        "landlord's rent settlement.",
    ),
    (
        "Councillor Priya Nair opposed the bus lane scheme at Tuesday's meeting.",
        "Councillor Priya Nair told the meeting on Tuesday that she supported the bus lane scheme.",
    ),
    (
        "Councillor Priya Nair opposed the bus lane scheme at Tuesday's meeting.",
        "Councillor Priya Nair confirmed she had voted for the bus lane scheme.",
    ),
    (
        "Brightwater Utilities accepted the regulator's price cap for 2031.",
        "Brightwater Utilities insisted in a statement on Monday that it rejected the regulator's price cap for 2031.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SPEAKER_CASES)
def test_the_speaker_of_a_pronoun_subject_is_the_holder(source: str, rewrite: str) -> None:
    assert len(_messages(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the same stance
        (
            "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
            "The Harwell Tenants Federation said in a brief statement that it had rejected the landlord's rent "
            "settlement.",
        ),
        # another name before the pronoun: whose stance is unclear
        (
            "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
            "The Harwell Tenants Federation told Marlow Estates on Friday that it had accepted the rent settlement.",
        ),
        # the reported clause's subject is a name of its own
        (
            "Councillor Priya Nair opposed the bus lane scheme at Tuesday's meeting.",
            "Councillor Priya Nair said the Greenway Trust supported the bus lane scheme.",
        ),
        # no verb of saying before the pronoun: whose stance is unclear
        (
            "Brightwater Utilities accepted the regulator's price cap for 2031.",
            "Brightwater Utilities met the regulator after it rejected the price cap for 2031.",
        ),
        # no verb of saying: the pronoun's clause is a time, not a report
        (
            "The Harwell Tenants Federation rejected the landlord's rent settlement on Friday.",
            "The Harwell Tenants Federation met the landlord after it had accepted the rent settlement.",
        ),
        # another holder named as the reported subject
        (
            "Councillor Priya Nair opposed the bus lane scheme at Tuesday's meeting.",
            "Councillor Priya Nair said Councillor Tom Reed supported the bus lane scheme.",
        ),
    ],
)
def test_a_pronoun_that_is_not_the_speakers_stance_is_silent(source: str, rewrite: str) -> None:
    assert not _messages(source, rewrite)


# --- "declined the offer" refuses it ----------------------------------------------------------------------------------

_DECLINED_CASES = [
    (
        "Norvik Airlines declined the unions' offer of a pay freeze.",
        "Norvik Airlines accepted the unions' offer of a pay freeze.",
    ),
    (
        "The Marden Club declined an approach from Halvorsen Capital.",
        "The Marden Club accepted an approach from Halvorsen Capital.",
    ),
    (
        "Governor Ellen Park declined the legislature's request for a special session.",
        "Governor Ellen Park approved the legislature's request for a special session.",
    ),
    (
        "Tovak Mining declined any role in the Hale Creek clean-up plan.",
        "Tovak Mining accepted a role in the Hale Creek clean-up plan.",
    ),
    (
        "Dr Samuel Osei declined the panel's invitation to chair the inquiry.",
        "Dr Samuel Osei accepted the panel's invitation to chair the inquiry.",
    ),
    (
        "The Ferrovia Workers Federation declined the arbitration proposal.",
        "The Ferrovia Workers Federation endorsed the arbitration proposal.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _DECLINED_CASES)
def test_declining_an_offer_conflicts_with_accepting_it(source: str, rewrite: str) -> None:
    assert len(_messages(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Norvik Airlines declined the unions' offer of a pay freeze.",
            "Norvik Airlines turned down the unions' offer of a pay freeze.",
        ),
        (
            "Norvik Airlines declined the unions' offer of a pay freeze.",
            "Norvik Airlines rejected the unions' offer of a pay freeze.",
        ),
        (
            "The Marden Club declined an approach from Halvorsen Capital.",
            "The Marden Club refused an approach from Halvorsen Capital.",
        ),
        # a fall, no stance
        (
            "Norvik Airlines' passenger numbers declined sharply in the spring, and the airline accepted the unions' "
            "offer of a pay freeze.",
            "Norvik Airlines accepted the unions' offer of a pay freeze after passenger numbers declined sharply in "
            "the spring.",
        ),
        # another holder declined
        (
            "Halvorsen Capital declined an approach from the Marden Club.",
            "The Marden Club accepted an approach from Halvorsen Capital.",
        ),
        # declined the offer, then accepted a revised one: a different object
        (
            "Tovak Mining declined the first offer but accepted the revised offer in June.",
            "Tovak Mining accepted the revised offer in June.",
        ),
    ],
)
def test_declining_kept_or_another_holders_is_silent(source: str, rewrite: str) -> None:
    assert not _messages(source, rewrite)


# --- "cannot" or "could not" support: a position refused ---------------------------------------------------------

_UNABLE_CASES = [
    (
        "Councillor Ruth Okafor said she could not support the library closures.",
        "Councillor Ruth Okafor backed the library closures.",
    ),
    (
        "The Marden Club said it cannot accept the stadium lease terms.",
        "The Marden Club accepted the stadium lease terms.",
    ),
    ("Tovak Mining can't accept the new royalty rate.", "Tovak Mining has accepted the new royalty rate."),
    ("The Dockers' Union could not back the port's pay offer.", "The Dockers' Union backed the port's pay offer."),
    (
        "Supervisor Lena Brandt stated that she could not support the quarry application.",
        "Supervisor Lena Brandt voted for the quarry application.",
    ),
    (
        "Senator Alma Ruiz could not support the amended water bill.",
        "Senator Alma Ruiz supported the amended water bill.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _UNABLE_CASES)
def test_a_stance_refused_with_could_not_conflicts_with_taking_it(source: str, rewrite: str) -> None:
    assert len(_messages(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Councillor Ruth Okafor said she could not support the library closures.",
            "Councillor Ruth Okafor opposed the library closures.",
        ),
        (
            "Councillor Ruth Okafor said she could not support the library closures.",
            "Councillor Ruth Okafor voted against the library closures.",
        ),
        # on a condition
        (
            "Tovak Mining could not accept the royalty rate unless the state cut its fees.",
            "Tovak Mining accepted the royalty rate.",
        ),
        # another holder
        (
            "Councillor Ruth Okafor said the mayor could not support the library closures.",
            "Councillor Ruth Okafor backed the library closures.",
        ),
        # an ability now, no refusal
        ("The Dockers' Union can now support the port's pay offer.", "The Dockers' Union backed the port's pay offer."),
        # a change over time the rewrite states
        (
            "The Marden Club said it cannot accept the stadium lease terms.",
            "The Marden Club initially refused but later accepted the stadium lease terms.",
        ),
    ],
)
def test_could_not_kept_or_conditional_or_anothers_is_silent(source: str, rewrite: str) -> None:
    assert not _messages(source, rewrite)


# --- a councillor's or supervisor's title, a sentence continuing the account, a possessed participle --------------

_TITLED_CASES = [
    (
        "Supervisor Lena Brandt voted against the quarry application.",
        "Supervisor Lena Brandt, who voted for the quarry application, said the creek worried her.",
    ),
    (
        "Cllr Tom Reeve opposed the Mill Road bus gate.",
        "Cllr Tom Reeve, who supported the Mill Road bus gate, said traders had been heard.",
    ),
    (
        "Cllr Reeve spoke against the Mill Road bus gate. He said traders had not been consulted.",
        "Cllr Tom Reeve, who backed the Mill Road bus gate, said traders had not been consulted.",
    ),
    (
        "Councillor Quinn spoke against the motion. She said the cost review should come first.",
        "Councillor Mara Quinn, who backed the motion, said the cost review should come first.",
    ),
    (
        "Supervisor Hale opposed the feedlot permit. He said the creek was too close to the site.",
        "Supervisor Dan Hale, who supported the feedlot permit, said the creek was too close to the site.",
    ),
    (
        "Councillor Mara Quinn spoke against the ferry motion.",
        "Councillor Mara Quinn, who backed the ferry motion, asked that the ferry's estimated cost be reviewed.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _TITLED_CASES)
def test_a_titled_holder_named_in_full_is_the_one_named_by_surname(source: str, rewrite: str) -> None:
    assert len(_messages(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the same stance
        (
            "Cllr Reeve spoke against the Mill Road bus gate. He said traders had not been consulted.",
            "Cllr Tom Reeve, who opposed the Mill Road bus gate, said traders had not been consulted.",
        ),
        # kept in other words
        (
            "Supervisor Lena Brandt voted against the quarry application.",
            "Supervisor Lena Brandt, who opposed the quarry application, said the creek worried her.",
        ),
        # another holder's stance in the sentence before
        (
            "Cllr Reeve spoke against the Mill Road bus gate. Cllr Anna Webb backed it. She said traders had been "
            "consulted.",
            "Cllr Anna Webb, who backed the Mill Road bus gate, said traders had been consulted.",
        ),
        # two people with one surname
        (
            "Councillor Mara Quinn moved the motion. Councillor Ann Quinn spoke against the motion. She said the "
            "cost review should come first.",
            "Councillor Mara Quinn, who backed the motion, said the cost review should come first.",
        ),
        # a change of mind the source states
        (
            "Supervisor Hale first opposed the feedlot permit. He said on Monday that he now supports it.",
            "Supervisor Dan Hale, who now supports the feedlot permit, said so on Monday.",
        ),
        # the possessed participle with the stance kept
        (
            "Councillor Mara Quinn spoke against the ferry motion.",
            "Councillor Mara Quinn, who opposed the ferry motion, asked that the ferry's estimated cost be reviewed.",
        ),
    ],
)
def test_a_titled_holder_keeping_the_stance_or_another_holder_is_silent(source: str, rewrite: str) -> None:
    assert not _messages(source, rewrite)
