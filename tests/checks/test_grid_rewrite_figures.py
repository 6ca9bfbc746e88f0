"""Phrasing grid for the rewrite checks (a figure changed, a claim added, a hedge made fact) in four story frames.

Each form is a source sentence and two rewrites of it, set in a story frame (a court report, a company's results,
a council budget, a research abstract) whose other sentences restate the source's: the wrong rewrite must give a
finding of its check, the right one (the same form correct, or a near-miss: an honest rounding, the record the
source gives in other words, the hedge kept in other words) no finding at all, with every built-in rule on.
"""

from __future__ import annotations

import pytest

from tests.checks.test_phrasing_grid import _framed, _pair, assert_twins

_COURT = (
    [
        "Jurors at Lanark Crown Court heard closing speeches on Thursday in the trial of former haulage boss "
        "Derek Mull.",
        "Mr Mull, 58, denies six counts of fraud relating to the collapse of Mull Freight in 2025.",
        "The judge, Mrs Justice Orr, told jurors they could take as long as they needed to reach verdicts.",
        "The trial continues.",
    ],
    [
        "Closing speeches were heard on Thursday at Lanark Crown Court in the trial of former haulage boss Derek Mull.",
        "Mull, 58, denies six counts of fraud over the 2025 collapse of Mull Freight.",
        "Mrs Justice Orr told the jury they could take as long as they needed to reach verdicts.",
        "The trial continues.",
    ],
)
_COMPANY = (
    [
        "Tarnwell Foods, the Leeds-based maker of chilled desserts, published its annual results on Wednesday.",
        "The company said demand from supermarkets had held up despite higher ingredient costs.",
        "Chief executive Priya Sandhu said the group was in a strong position.",
        "The shares closed slightly higher.",
    ],
    [
        "Chilled dessert maker Tarnwell Foods, based in Leeds, published its annual results on Wednesday.",
        "Demand from supermarkets held up despite higher ingredient costs, the company said.",
        "Chief executive Priya Sandhu said the group was in a strong position.",
        "Its shares closed slightly higher.",
    ],
)
_COUNCIL = (
    [
        "Members of Bramford borough council's cabinet met on Monday to agree the budget for the coming year.",
        "The leader of the council, Tom Ashby, said the authority faced difficult choices.",
        "Opposition councillors said residents had not been properly consulted.",
        "The full council will vote on the budget next month.",
    ],
    [
        "Bramford borough council's cabinet met on Monday to agree next year's budget.",
        "Council leader Tom Ashby said the authority faced difficult choices.",
        "Opposition councillors said residents had not been consulted properly.",
        "The full council will vote on the budget next month.",
    ],
)
_STUDY = (
    [
        "Researchers at the University of Carden have published a study of sleep and memory in older adults.",
        "Participants wore wrist monitors at home and completed memory tests every six months.",
        "The work was funded by the Carden Health Trust.",
        "The findings appear in the journal Sleep Medicine.",
    ],
    [
        "A University of Carden study has looked at sleep and memory in older adults.",
        "Those taking part wore wrist monitors at home and took memory tests every six months.",
        "The Carden Health Trust funded the work.",
        "The findings are published in the journal Sleep Medicine.",
    ],
)

# (check, frame, source sentence, wrong rewrite, right rewrite)
_FORMS = [
    # --- cross-document-number: the rewrite changes a figure the source gives ---
    (
        "cross-document-number",
        _COUNCIL,
        "Of the £1.2bn budget, £410m will go on adult social care.",
        "Adult social care will get £470 million of the £1.2 billion budget.",
        "Adult social care will get £410 million of the £1.2 billion budget.",
    ),
    (
        "cross-document-number",
        _COMPANY,
        "Unemployment in the region rose to 5.4 per cent in March from 4.9 per cent a year earlier, the company said.",
        "Unemployment in the region rose to 5.9% in March from 4.9% a year earlier, the company said.",
        "Unemployment in the region rose to 5.4% in March from 4.9% a year earlier, the company said.",
    ),
    (
        "cross-document-number",
        _COURT,
        "The prosecution said creditors lost £3.4m when the firm collapsed.",
        "Creditors lost £4.3m when the firm collapsed, the prosecution said.",
        "Creditors lost about £3.4 million when the firm collapsed, the prosecution said.",
    ),
    (
        "cross-document-number",
        _STUDY,
        "The share of participants reporting poor sleep fell from 42.3 per cent to 35.8 per cent.",
        "The share reporting poor sleep dropped from 42.3% to 38.5%.",
        "The share reporting poor sleep dropped from 42.3% to 35.8%.",
    ),
    (
        "cross-document-number",
        _STUDY,
        "The team followed 2,318 adults over eight years, of whom 412 developed memory problems.",
        "The team followed 2,318 adults over eight years. In all, 472 of them developed memory problems.",
        "The team followed 2,318 adults over eight years. In all, 412 of them developed memory problems.",
    ),
    (
        "cross-document-number",
        _COMPANY,
        "Highlights of the year:\n\n- Revenue: £214.6m (2027: £198.2m)\n- Staff: 1,450",
        "Revenue rose to £241.6m from £198.2m.",
        "Revenue rose to £214.6m from £198.2m.",
    ),
    (
        "cross-document-number",
        _COMPANY,
        "Pre-tax profit rose to £18.3m from £15.1m.",
        "Pre-tax profit was £19.3m (up from £15.1m a year earlier).",
        "Pre-tax profit was £18.3m (up from £15.1m a year earlier).",
    ),
    (
        "cross-document-number",
        _COUNCIL,
        "The council will borrow £22m to build 180 homes for social rent.",
        "The council will borrow £22m — enough, it says, to build 130 homes for social rent.",
        "The council will borrow £22m — enough, it says, to build 180 homes for social rent.",
    ),
    (
        "cross-document-number",
        _COUNCIL,
        "Council tax will rise by 4.99 per cent, adding £94 a year to a Band D bill.",
        "A Band D bill will go up by £49 a year, a 4.99 per cent rise.",
        "A Band D bill will go up by £94 a year, a rise of just under 5 per cent.",
    ),
    (
        "cross-document-number",
        _COURT,
        "The court heard evidence from 23 witnesses over five weeks.",
        "Over six weeks, the jury heard from 23 witnesses.",
        "Over five weeks, the jury heard from 23 witnesses.",
    ),
    (
        "cross-document-number",
        _COURT,
        "Prosecutors say about 1,200 customers lost deposits totalling $2.7 million.",
        "Some 1,200 customers lost deposits totalling $2.7 billion, prosecutors say.",
        "Some 1,200 customers lost deposits totalling $2,700,000, prosecutors say.",
    ),
    (
        "cross-document-number",
        _COUNCIL,
        "The county will contribute $48 million over six years toward the new transit hub.",
        "The county, which is putting $84 million over six years into the new transit hub, backed the plan.",
        "The county, which is putting $48m over six years into the new transit hub, backed the plan.",
    ),
    # --- unsupported-claim: the rewrite adds a record or a fact no source sentence gives ---
    (
        "unsupported-claim",
        _COUNCIL,
        "Turnout in Monday's ward by-election was 41 per cent.",
        "Turnout in Monday's ward by-election was 41 per cent, the highest in the borough for a decade.",
        "Some 41 per cent of voters turned out in Monday's ward by-election.",
    ),
    (
        "unsupported-claim",
        _COMPANY,
        "Half of the 60 apprentices taken on this year had never held a job before.",
        "Tarnwell took on 60 apprentices this year, the most of any food maker in Yorkshire.",
        "Tarnwell took on 60 apprentices this year, half of them working for the first time.",
    ),
    (
        "unsupported-claim",
        _COMPANY,
        "Sales volumes were higher than in any year since the company was founded in 1987.",
        "Sales volumes were higher than in any year since 1987, making Tarnwell the largest dessert maker in Britain.",
        "Sales volumes hit a record, the highest since the company was founded in 1987.",
    ),
    (
        "unsupported-claim",
        _COURT,
        "Mr Mull was arrested at his home in Biggar in March 2026.",
        "Mr Mull, the third company director from Biggar to face fraud charges this year, was arrested at his "
        "home in March 2026.",
        "Mr Mull was arrested at his home in Biggar in March 2026, the court heard.",
    ),
    (
        "unsupported-claim",
        _COUNCIL,
        "The council's reserves have fallen to £8.2m.",
        "The council's reserves have fallen to £8.2m, their lowest level since records began.",
        "Council reserves are down to £8.2m.",
    ),
    (
        "unsupported-claim",
        _COUNCIL,
        "Bramford charges £2,150 for a Band D home.",
        "Bramford charges £2,150 for a Band D home, more than any of its neighbouring councils.",
        "Bramford's Band D charge is £2,150.",
    ),
    (
        "unsupported-claim",
        _STUDY,
        "With 2,318 participants, the study is among the largest of its kind.",
        "The study, the largest of its kind in the world, had 2,318 participants.",
        "The study, one of the largest of its kind, had 2,318 participants.",
    ),
    (
        "unsupported-claim",
        _COMPANY,
        "Tarnwell will pay a dividend of 4.2p a share.",
        "Tarnwell will pay a dividend of 4.2p a share, its first since it listed in 2015.",
        "Tarnwell will pay shareholders a dividend of 4.2p per share.",
    ),
    (
        "unsupported-claim",
        _COUNCIL,
        "The budget includes £3m for road repairs and £1.1m for parks.",
        "The budget includes:\n\n- £3m for road repairs, the most the council has ever spent on roads\n"
        "- £1.1m for parks",
        "The budget includes:\n\n- £3m for road repairs\n- £1.1m for parks",
    ),
    (
        "unsupported-claim",
        _COURT,
        "The trial has lasted five weeks.",
        "The five-week trial is the longest fraud trial ever heard at Lanark.",
        "The trial has now run for five weeks.",
    ),
    (
        "unsupported-claim",
        _COMPANY,
        "Sales passed £200m for the year.",
        "Sales passed £200m for the year, the first time the company has crossed that mark.",
        "Sales for the year passed £200m, the company said.",
    ),
    (
        "unsupported-claim",
        _COURT,
        "Police recorded 412 thefts from vans in the county in the week to Sunday.",
        "Police recorded 412 thefts from vans in the county in the week to Sunday, a record weekly tally.",
        "In the week to Sunday, police recorded 412 thefts from vans in the county.",
    ),
    (
        "unsupported-claim",
        _COMPANY,
        "Exports of chilled desserts fell to 1.2 million tonnes in the third quarter.",
        "Exports of chilled desserts fell to 1.2 million tonnes in the third quarter, the lowest for any quarter since "
        "the series began.",
        "In the third quarter, exports of chilled desserts fell to 1.2 million tonnes.",
    ),
    # --- hedge-dropped: the rewrite states as fact what the source hedges or attributes ---
    (
        "hedge-dropped",
        _COMPANY,
        "Tarnwell aims to open a second factory in Wakefield by 2030.",
        "Tarnwell will open a second factory in Wakefield by 2030.",
        "Tarnwell hopes to open a second factory in Wakefield by 2030.",
    ),
    (
        "hedge-dropped",
        _COMPANY,
        "The company forecast that sales would reach £240m next year.",
        "Sales will reach £240m next year.",
        "Sales are forecast to reach £240m next year.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "The council tax rise is likely to be approved at next month's meeting.",
        "The council tax rise will be approved at next month's meeting.",
        "The council tax rise looks likely to be approved at next month's meeting.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "Mr Ashby warned that further cuts might be needed later in the year.",
        "Further cuts will be needed later in the year.",
        "Further cuts may be needed later in the year, Mr Ashby warned.",
    ),
    (
        "hedge-dropped",
        _COURT,
        "Prosecutors allege that Mr Mull moved £640,000 into accounts he controlled.",
        "Mr Mull moved £640,000 into accounts he controlled.",
        "Mr Mull is accused of moving £640,000 into accounts he controlled.",
    ),
    (
        "hedge-dropped",
        _COURT,
        "The money is believed to have been spent on a villa in Spain.",
        "The money was spent on a villa in Spain.",
        "The money is thought to have been spent on a villa in Spain.",
    ),
    (
        "hedge-dropped",
        _STUDY,
        "Poor sleep may contribute to memory decline, the authors said.",
        "Poor sleep contributes to memory decline.",
        "Poor sleep could play a part in memory decline, according to the authors.",
    ),
    (
        "hedge-dropped",
        _STUDY,
        "The results suggest that an extra hour of sleep could cut the risk of dementia by a fifth.",
        "An extra hour of sleep cuts the risk of dementia by a fifth.",
        "An extra hour of sleep could cut the risk of dementia by a fifth, the results suggest.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "Work on the new homes is expected to start in the third quarter of 2029.",
        "Work on the new homes will start in the third quarter of 2029.",
        "Work on the new homes should start in the third quarter of 2029.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "The council proposes to close two of its seven libraries.",
        "The council will close two of its seven libraries.",
        "The council plans to close two of its seven libraries.",
    ),
    (
        "hedge-dropped",
        _COMPANY,
        "The plant could be running at full capacity by the end of 2028 if planning permission is granted in time.",
        "The plant will be running at full capacity by the end of 2028.",
        "The plant should be running at full capacity by the end of 2028 if planning permission comes through in time.",
    ),
    (
        "hedge-dropped",
        _STUDY,
        "The team aims to measure the ice loss with a precision of two centimetres a year.",
        "The team will measure the ice loss with a precision of two centimetres a year.",
        "The team will try to measure the ice loss with a precision of two centimetres a year.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "The council will try to sell the depot for £4m before the end of the year.",
        "The council will sell the depot for £4m before the end of the year.",
        "The council is trying to sell the depot for £4m before the end of the year.",
    ),
    (
        "hedge-dropped",
        _COUNCIL,
        "The council is on course to miss its recycling target of 55 per cent.",
        "The council will miss its recycling target of 55 per cent.",
        "The council is on track to miss its recycling target of 55 per cent.",
    ),
]


@pytest.mark.parametrize(("check_type", "frame", "source", "wrong", "right"), _FORMS)
def test_a_rewrite_s_figures_claims_and_hedges_in_many_forms(
    check_type: str, frame: tuple[list[str], list[str]], source: str, wrong: str, right: str
) -> None:
    original, story = _framed(frame[0], source), frame[1]
    assert_twins(check_type, _pair(original, _framed(story, wrong)), _pair(original, _framed(story, right)), wrong)
