"""Fixes for general causes found by the fifteenth held-out set (rewrite checks), pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings as findings
from _run import rewrite_flags as flagged

from factcheck.extract.assertions import find_hedge, tokenize

# --- a lower-case "may" after a road number or a year is the modal, not the month ------------------------------------


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Motorists on the M62 may see delays for a month.", "may"),
        ("Profits in 2026 may fall by a fifth.", "may"),
        ("Residents of flat 12 may not return until Friday.", "may"),
        ("The office closed on 6 May 2016.", None),  # the month
        ("It opened on 6 may 2016.", None),  # the month, lower-cased
        ("Results are due in May.", None),
    ],
)
def test_may_after_a_number(text: str, hedge: str | None) -> None:
    assert find_hedge(tokenize(text)) == hedge


_ROAD_SOURCE = (
    "A new bypass around Elmbridge will open to traffic next spring, the county council said on Tuesday. The "
    "2.1-mile road will take lorries away from the town centre, where about 9,000 vehicles pass each day. The "
    "council said the scheme had cost £31m, most of it from central government. {} Residents have campaigned for a "
    "bypass since the 1990s."
)
_ROAD_REWRITE = (
    "Elmbridge's long-awaited bypass will open next spring, the county council said. The 2.1-mile road will take "
    "lorries away from the town centre, where about 9,000 vehicles a day pass. The scheme cost £31m, mostly from "
    "central government, the council said. {} Residents have campaigned for a bypass since the 1990s."
)


@pytest.mark.parametrize(
    ("source", "rewrite", "flag"),
    [
        # the modal kept after a road number or a year
        (
            "Traffic on the B4071 could be diverted for up to three months while a roundabout is rebuilt.",
            "Drivers using the B4071 may be diverted for up to three months while a roundabout is rebuilt.",
            False,
        ),
        # a forecast kept in reported speech, in another verb and tense
        (
            '"We expect the whole road to be resurfaced by the end of 2027," said project manager Alan Hughes.',
            "Project manager Alan Hughes said the council anticipated resurfacing the whole road by the end of 2027.",
            False,
        ),
        (
            "The council expects the whole road to be resurfaced by the end of 2027.",
            "Project manager Alan Hughes said he expected the council to resurface the whole road by the end of 2027.",
            False,
        ),
        # the hedge really dropped: still flagged
        (
            "Traffic on the B4071 could be diverted for up to three months while a roundabout is rebuilt.",
            "Traffic on the B4071 will be diverted for up to three months while a roundabout is rebuilt.",
            True,
        ),
        (
            '"We expect the whole road to be resurfaced by the end of 2027," said project manager Alan Hughes.',
            "The whole road will be resurfaced by the end of 2027, project manager Alan Hughes said.",
            True,
        ),
    ],
)
def test_kept_hedges_in_other_words(source: str, rewrite: str, flag: bool) -> None:
    last = rewrite.split(",")[0][:20]
    assert flagged("hedge-dropped", _ROAD_SOURCE.format(source), _ROAD_REWRITE.format(rewrite), last) is flag


# --- a capitalised "No" inside a name ("the No campaign") negates nothing ---------------------------------------------

_COUNT_SOURCE = (
    "Voters in the county backed the new planning law by 41,200 votes to 37,900 on Thursday. Turnout was 58 per "
    "cent. Counting in Kilbride was held up for three hours when the No side asked for every ballot to be checked "
    "again. {} The county's chief executive said the result would be certified on Monday."
)
_COUNT_REWRITE = (
    "Voters in the county backed the new planning law by 41,200 votes to 37,900. Turnout was 58 per cent. {} The "
    "county's chief executive said the result would be certified on Monday."
)


@pytest.mark.parametrize(
    ("source", "rewrite", "flag"),
    [
        # the affirmed side names the "No" side, the negated side does not: still a flip
        (
            "The returning officer did not order a second count of the Kilbride ballots.",
            "In Kilbride the returning officer ordered a second count of the ballots, as the No side wanted.",
            True,
        ),
        # the same with "Yes"/"No" voters named on both sides: kept, silent
        (
            "The returning officer did not order a second count of the Kilbride ballots, despite No voters' calls.",
            "The returning officer did not order a second count of the Kilbride ballots, despite calls from No voters.",
            False,
        ),
    ],
)
def test_no_campaign_is_a_name(source: str, rewrite: str, flag: bool) -> None:
    found = flagged("negation-flip", _COUNT_SOURCE.format(source), _COUNT_REWRITE.format(rewrite), "second count")
    assert found is flag


def test_orphan_negations_skip_names() -> None:
    from factcheck.extract.assertions import verb_polarities

    _verbs, orphans = verb_polarities(tokenize("The officer ordered a recount, as the No campaign wanted."))
    assert orphans == 0
    _verbs, orphans = verb_polarities(tokenize("The officer ruled on the count, not on the recount."))
    assert orphans == 1


# --- a numbers follow-up restates its source's figures, and figures computed from them, in new words -----------------

_VOTE_SOURCE = (
    "Members of the Northern Rail union have accepted the pay offer, with 8,412 votes for and 5,236 against, a "
    "share of 61.6 per cent in favour. The union's general secretary, Mark Feeney, announced the result in Leeds "
    "on Friday afternoon. Turnout was 71 per cent of the 19,200 members balloted. The offer gives drivers a rise of "
    "4.5 per cent this year and 3 per cent next year. Talks on working hours will resume in the spring."
)


def _vote_rewrite(sentence: str) -> str:
    return (
        "Members of the Northern Rail union accepted the pay offer by 8,412 votes to 5,236, general secretary Mark "
        "Feeney announced in Leeds. " + sentence + " Turnout was 71 per cent of the 19,200 members balloted. The "
        "offer gives drivers a rise of 4.5 per cent this year and 3 per cent next year."
    )


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        # the source's figures and the complement of its share, reworded: supported
        ("That is a majority of roughly 3,200, or about 62 per cent to 38 per cent of those voting.", False),
        # a margin computed from the two counts of one source sentence
        ("The Yes camp's lead of 3,176 left about 62 per cent of voters in favour.", False),
        # a figure computed from no source number: unsupported
        ("That is a majority of roughly 3,200, or about 62 per cent, with 410 ballots rejected as void.", True),
        # one figure only, with a new claim around it: unsupported
        ("Drivers in the union had rejected an offer of about 62 per cent of their claim last autumn.", True),
    ],
)
def test_numbers_follow_up(sentence: str, flag: bool) -> None:
    assert flagged("unsupported-claim", _VOTE_SOURCE, _vote_rewrite(sentence), sentence[:30]) is flag


# --- a rewrite sentence merging two source sentences may take its link from its second-best match ---------------------

_PORT_SOURCE = (
    "The port of Valmar will close two of its four container berths from Monday, its operator said on Tuesday. "
    "{} The operator will also cut the night shift at the grain terminal and move its staff to the day shift. "
    "Shipping lines said the closures would add two days to waiting times at the port. The operator said the "
    "berths would reopen once the channel had been dredged."
)
_PORT_REWRITE = (
    "The port of Valmar will close two of its four container berths from Monday, its operator said. {} Shipping "
    "lines said the closures would add two days to waiting times at the port. The operator said the berths would "
    "reopen once the channel had been dredged."
)


@pytest.mark.parametrize(
    ("source", "rewrite", "flag"),
    [
        # the concession of the second-best source sentence turned into the cause
        (
            "Despite record cargo volumes last winter, the harbour channel has silted up to a depth of 11 metres.",
            "Because of record cargo volumes last winter, the operator will also cut the night shift at the grain "
            "terminal and move its staff to the day shift.",
            True,
        ),
        # the concession kept: silent
        (
            "Despite record cargo volumes last winter, the harbour channel has silted up to a depth of 11 metres.",
            "Despite record cargo volumes last winter, the operator will also cut the night shift at the grain "
            "terminal and move its staff to the day shift.",
            False,
        ),
        # the source gives the link both ways in two sentences the rewrite restates; it copies the causal one: silent
        (
            "Despite record cargo volumes last winter, the operator cut the night shift at the grain terminal. "
            "Because of record cargo volumes last winter, the operator will also cut the night shift at the grain "
            "terminal and move its staff to the day shift.",
            "Because of record cargo volumes last winter, the operator will also cut the night shift at the grain "
            "terminal and move its staff to the day shift.",
            False,
        ),
        # a cause the source gives as a cause: silent
        (
            "Because of record cargo volumes last winter, the harbour channel has silted up to a depth of 11 metres.",
            "Because of record cargo volumes last winter, the operator will also cut the night shift at the grain "
            "terminal and move its staff to the day shift.",
            False,
        ),
    ],
)
def test_link_from_second_best_source_sentence(source: str, rewrite: str, flag: bool) -> None:
    found = flagged("causal-reversal", _PORT_SOURCE.format(source), _PORT_REWRITE.format(rewrite), "record cargo")
    assert found is flag


# --- an unnamed body ("the city") keeps its identity between a rewrite sentence and the source sentence it restates ---

_LIBRARY_SOURCE = (
    "Councillors in Farley voted 9-3 on Tuesday to keep the Mill Street library open for another two years. The "
    "branch costs about $1.2 million a year to run and lends some 140,000 books. {} Librarians said visits had "
    "risen by a fifth since the branch began opening on Sundays."
)
_LIBRARY_REWRITE = (
    "Farley councillors voted 9-3 to keep the Mill Street library open for another two years. The branch costs "
    "about $1.2 million a year to run and lends some 140,000 books. {} Librarians said visits had risen by a fifth "
    "since Sunday opening began."
)


@pytest.mark.parametrize(
    ("source", "rewrite", "flag"),
    [
        # the open question turned into a decision, the body unnamed in both
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs, a spokesman "
            "for the county's finance office said.",
            "The county has agreed to pay for the roof repairs.",
            True,
        ),
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs.",
            "The county has approved paying for the roof repairs.",
            True,
        ),
        # the question kept open: silent
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs.",
            "The county has yet to decide whether to pay for the roof repairs.",
            False,
        ),
        # another body: silent
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs.",
            "The state has agreed to pay for the roof repairs.",
            False,
        ),
        # the noun is not the subject: silent
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs.",
            "A committee of the county has agreed to pay for the roof repairs.",
            False,
        ),
        # a named third party's account of the body's position: a reported dispute, silent as before
        (
            "Staff asked for a new roof, but the county has not decided whether to pay for the repairs, the "
            "opposition leader Dana Ruiz said.",
            "The county has agreed to pay for the roof repairs.",
            False,
        ),
    ],
)
def test_unnamed_body_stance(source: str, rewrite: str, flag: bool) -> None:
    found = findings("stance-conflict", _LIBRARY_SOURCE.format(source), _LIBRARY_REWRITE.format(rewrite))
    assert bool(found) is flag
