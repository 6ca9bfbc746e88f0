"""Phrasing grids: each check on the forms different reporters write it in, in wording no bench set uses.

A form holds two sentences: the wrong one must give a finding of its check, the right one (the same sentence with
the arithmetic or the stance right) no finding at all, with every built-in rule on, as ``factcheck check`` runs.
The grids measure how a check transfers to unseen copy (a rule built on one bench sentence fails most of them); a
form is added here once the code reads it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.engine import check
from factcheck.ingest import from_text
from factcheck.models import Report

_DAY = dt.date(2028, 1, 10)


def _one(text: str, day: dt.date = _DAY) -> Report:
    return check([from_text(text + "\n", id="story.md", published=day)], strict=True)


def _pair(source: str, rewrite: str, day: dt.date = _DAY) -> Report:
    docs = [
        from_text(source, id="source.md", published=day),
        from_text(rewrite, id="story.md", published=day + dt.timedelta(days=1)),
    ]
    return check(docs, strict=True)


def assert_twins(check_type: str, wrong: Report, right: Report, form: str) -> None:
    """A grid form: the wrong text gets a finding of its check, its right twin no finding at all."""
    assert check_type in {f.check for f in wrong.findings}, form
    assert not right.findings, [f.message for f in right.findings]


# --- one story: (check, wrong, right) ---------------------------------------------------------------------------

_ONE = [
    (
        "change-arithmetic",
        "Sales were $540 million, up 35% from $450 million a year earlier.",
        "Sales were $540 million, up 20% from $450 million a year earlier.",
    ),
    (
        "change-arithmetic",
        "Sales rose 35% to $540 million from $450 million.",
        "Sales rose 20% to $540 million from $450 million.",
    ),
    (
        "change-arithmetic",
        "Membership fell from 8,200 to 7,380, a drop of 12 per cent.",
        "Membership fell from 8,200 to 7,380, a drop of 10 per cent.",
    ),
    (
        "change-arithmetic",
        "Membership fell from 8,200 to 7,380, a drop of 920.",
        "Membership fell from 8,200 to 7,380, a drop of 820.",
    ),
    (
        "change-arithmetic",
        "Visitor numbers climbed from 61,400 in 2026 to 70,100 last year, an increase of 9,700.",
        "Visitor numbers climbed from 61,400 in 2026 to 70,100 last year, an increase of 8,700.",
    ),
    (
        "change-arithmetic",
        "The budget is £14.2m, £2.4m more than last year's £12.1m.",
        "The budget is £14.2m, £2.1m more than last year's £12.1m.",
    ),
    (
        "change-arithmetic",
        "The fare rises to $3.40 from $2.90, an increase of 60 cents.",
        "The fare rises to $3.40 from $2.90, an increase of 50 cents.",
    ),
    (
        "change-arithmetic",
        "Applications dropped by 1,150 to 6,420, down from 7,470 the previous year.",
        "Applications dropped by 1,050 to 6,420, down from 7,470 the previous year.",
    ),
    (
        "change-arithmetic",
        "Profit was €84 million, compared with €70 million a year earlier, a rise of 25 per cent.",
        "Profit was €84 million, compared with €70 million a year earlier, a rise of 20 per cent.",
    ),
    (
        "change-arithmetic",
        "The council cut the grant from $1.6 million to $1.2 million, a reduction of a third.",
        "The council cut the grant from $1.6 million to $1.2 million, a reduction of a quarter.",
    ),
    (
        "change-arithmetic",
        "Enrolment stands at 12,480, up 4.1 per cent on last year's 12,120.",
        "Enrolment stands at 12,480, up 3 per cent on last year's 12,120.",
    ),
    (
        "percent-of",
        "Of the 2,400 respondents, 540 said they had been refused, or 27 per cent.",
        "Of the 2,400 respondents, 540 said they had been refused, or 22.5 per cent.",
    ),
    (
        "percent-of",
        "Some 540 of the 2,400 respondents, about 27%, said they had been refused.",
        "Some 540 of the 2,400 respondents, about 22%, said they had been refused.",
    ),
    (
        "percent-of",
        "Of 620 schools inspected, 155 — one in three — were rated inadequate.",
        "Of 620 schools inspected, 155 — one in four — were rated inadequate.",
    ),
    (
        "percent-of",
        "Women hold 48 of the board's 160 seats, or just over a third.",
        "Women hold 48 of the board's 160 seats, or almost a third.",
    ),
    (
        "percent-of",
        "The port handled 3.6 million containers, of which 1.5 million, or 48%, were transshipped.",
        "The port handled 3.6 million containers, of which 1.5 million, or 42%, were transshipped.",
    ),
    (
        "percent-of",
        "Out of 1,800 beds, 270 are closed — roughly 20 percent.",
        "Out of 1,800 beds, 270 are closed — roughly 15 percent.",
    ),
    (
        "count-vs-list",
        "Three councils voted against the plan: Arden, Bexley, Carrow and Dunfield.",
        "Four councils voted against the plan: Arden, Bexley, Carrow and Dunfield.",
    ),
    (
        "count-vs-list",
        "The ministry named five ports for upgrades this year: Kelso, Marwick, Tain and Fenby.",
        "The ministry named four ports for upgrades this year: Kelso, Marwick, Tain and Fenby.",
    ),
    (
        "count-vs-list",
        "Two candidates remain — Ada Moss, Ben Ruiz and Cora Lee.",
        "Three candidates remain — Ada Moss, Ben Ruiz and Cora Lee.",
    ),
    (
        "count-vs-list",
        "The strike hit four lines (the Red, Blue and Green lines) on Monday.",
        "The strike hit three lines (the Red, Blue and Green lines) on Monday.",
    ),
    (
        "sum-of-parts",
        "The fleet of 640 buses consists of 410 diesel, 150 hybrid and 90 electric vehicles.",
        "The fleet of 650 buses consists of 410 diesel, 150 hybrid and 90 electric vehicles.",
    ),
    (
        "sum-of-parts",
        "The £52m cost is split between the school (£30m), the library (£14m) and the pool (£6m).",
        "The £50m cost is split between the school (£30m), the library (£14m) and the pool (£6m).",
    ),
    (
        "sum-of-parts",
        "Of the 1,240 complaints, 610 concerned billing, 380 delays and 230 staff conduct.",
        "Of the 1,220 complaints, 610 concerned billing, 380 delays and 230 staff conduct.",
    ),
    (
        "sum-of-parts",
        "The 420 jobs comprise 260 in Leeds, 110 in York and 40 in Hull.",
        "The 410 jobs comprise 260 in Leeds, 110 in York and 40 in Hull.",
    ),
    (
        "sum-of-parts",
        "Funding came from three sources: $4.5 million from the state, $2.5 million from the city and "
        "$1.5 million in donations, a total of $9 million.",
        "Funding came from three sources: $4.5 million from the state, $2.5 million from the city and "
        "$1.5 million in donations, a total of $8.5 million.",
    ),
    (
        "sum-of-parts",
        "In all, 96 people were arrested: 58 men, 30 women and 6 teenagers.",
        "In all, 94 people were arrested: 58 men, 30 women and 6 teenagers.",
    ),
    (
        "sum-of-parts",
        "The harvest totalled 18,400 tonnes.\n\n- Wheat: 9,800 tonnes\n- Barley: 5,100 tonnes\n- Oats: 3,100 tonnes",
        "The harvest totalled 18,000 tonnes.\n\n- Wheat: 9,800 tonnes\n- Barley: 5,100 tonnes\n- Oats: 3,100 tonnes",
    ),
    (
        "duration-dates",
        "The line will be closed for 12 nights from 6 November to 20 November.",
        "The line will be closed for 14 nights from 6 November to 20 November.",
    ),
    (
        "duration-dates",
        "The exhibition runs for six weeks, from 3 March to 28 April 2028.",
        "The exhibition runs for eight weeks, from 3 March to 28 April 2028.",
    ),
    (
        "duration-dates",
        "He spent 30 days in hospital between his fall on 2 May and his discharge on 9 June.",
        "He spent 38 days in hospital between his fall on 2 May and his discharge on 9 June.",
    ),
    (
        "duration-dates",
        "It took 45 days between the vote on October 18 and the first payment on December 6.",
        "It took 49 days between the vote on October 18 and the first payment on December 6.",
    ),
    (
        "duration-dates",
        "The consultation, open from 1 February until 15 March, lasted eight weeks.",
        "The consultation, open from 1 February until 15 March, lasted six weeks.",
    ),
]

_FRAME_SOURCE = [
    "The Harwick district council met on Tuesday evening to discuss the future of the Elm Street depot site.",
    "Officers told members that the site had been empty since the bus operator moved out in 2024.",
    "A consultation on the plans drew 412 responses from residents and local businesses.",
    "The council's finance director, Maria Okoye, said the scheme would be paid for from reserves.",
]
_FRAME_STORY = [
    "Harwick district council met on Tuesday evening to discuss the future of the Elm Street depot site.",
    "Council officers said the site has been empty since the bus operator moved out in 2024.",
    "A consultation on the plans drew 412 responses from residents and local businesses.",
    "Finance director Maria Okoye said the scheme would be paid for from the council's reserves.",
]

# --- a source and its rewrite: (check, source sentence, wrong rewrite, right rewrite), in a shared story ------------

_PAIRS = [
    (
        "negation-flip",
        "Inspectors found no evidence that the depot roof contained asbestos.",
        "Inspectors found evidence that the depot roof contained asbestos.",
        "Inspectors found nothing to suggest that the depot roof contained asbestos.",
    ),
    (
        "negation-flip",
        "The developer has not yet paid the deposit on the depot site.",
        "The developer has already paid the deposit on the depot site.",
        "The developer has still to pay the deposit on the depot site.",
    ),
    (
        "negation-flip",
        "Police said nobody was injured when part of the depot wall collapsed last month.",
        "Police said several people were injured when part of the depot wall collapsed last month.",
        "Police said no one was hurt when part of the depot wall collapsed last month.",
    ),
    (
        "hedge-dropped",
        "The council expects the new homes to be finished by the end of 2029.",
        "The new homes will be finished by the end of 2029.",
        "The council said it expects the new homes to be finished by the end of 2029.",
    ),
    (
        "hedge-dropped",
        "The depot could be demolished as early as next spring, officers said.",
        "The depot will be demolished next spring.",
        "Officers said the depot might be demolished as early as next spring.",
    ),
    (
        "hedge-dropped",
        "Officers estimated that the scheme would create about 140 jobs.",
        "The scheme will create about 140 jobs.",
        "The scheme is estimated to create about 140 jobs, officers said.",
    ),
    (
        "causal-reversal",
        "Work on the site was delayed because of flooding in the spring.",
        "Work on the site went ahead despite flooding in the spring.",
        "Work on the site was held up by flooding in the spring.",
    ),
    (
        "causal-reversal",
        "The cost rose despite a fall in the price of steel.",
        "The cost rose because of a fall in the price of steel.",
        "The cost rose even though the price of steel fell.",
    ),
    (
        "stance-conflict",
        "The residents' association opposed the plan at the meeting.",
        "The residents' association supported the plan at the meeting.",
        "The residents' association spoke against the plan at the meeting.",
    ),
    (
        "stance-conflict",
        "Councillor Ben Tate voted against the motion to sell the depot.",
        "Councillor Ben Tate voted for the motion to sell the depot.",
        "Councillor Ben Tate opposed the motion to sell the depot.",
    ),
    (
        "stance-conflict",
        "The bus operator rejected the council's offer to return to the depot.",
        "The bus operator accepted the council's offer to return to the depot.",
        "The bus operator turned down the council's offer to return to the depot.",
    ),
    (
        "stance-conflict",
        "Councillor Ada Finch, who opposed the sale, said the site should stay in public hands.",
        "Councillor Ada Finch, who backed the sale, said the site should stay in public hands.",
        "Councillor Ada Finch, who was against the sale, said the site should stay in public hands.",
    ),
    (
        "cross-document-number",
        "The sale is expected to raise £4.6 million for the council.",
        "The sale is expected to raise £6.4 million for the council.",
        "The sale is expected to raise about £4.6m for the council.",
    ),
    (
        "cross-document-number",
        "The site covers 3.2 hectares and includes two listed sheds.",
        "The site covers 2.3 hectares and includes two listed sheds.",
        "The site covers about eight acres and includes two listed sheds.",
    ),
    (
        "unsupported-claim",
        "The depot was built in 1938 to house the town's trams.",
        "The depot, the largest of its kind in the north of England, was built in 1938 to house the town's trams.",
        "The depot was built in 1938 to house the town's trams.",
    ),
]


@pytest.mark.parametrize(("check_type", "wrong", "right"), _ONE)
def test_a_story_s_own_arithmetic_in_many_forms(check_type: str, wrong: str, right: str) -> None:
    assert_twins(check_type, _one(wrong), _one(right), wrong)


def _framed(frame: list[str], sentence: str) -> str:
    return "\n\n".join([*frame[:2], sentence, *frame[2:]]) + "\n"


@pytest.mark.parametrize(("check_type", "source", "wrong", "right"), _PAIRS)
def test_a_rewrite_against_its_source_in_many_forms(check_type: str, source: str, wrong: str, right: str) -> None:
    original = _framed(_FRAME_SOURCE, source)
    story = _FRAME_STORY
    assert_twins(check_type, _pair(original, _framed(story, wrong)), _pair(original, _framed(story, right)), wrong)
