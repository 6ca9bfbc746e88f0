"""Phrasing grid of the polarity checks: a statement made its opposite (negation-flip), cause and concession swapped
(causal-reversal), a party given the opposite position (stance-conflict), each in the forms court, company, council
and union copy write them in.

A form is (check, frame, source sentence, wrong rewrite, right rewrite): the wrong rewrite must give a finding of its
check, the right one (the same statement kept in other words, or a near-miss: another party's stance, another object
of the same verb) no finding at all. The sentence is set into a four-sentence story of its frame, in the source and
in its rewrite.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.models import Report
from tests.checks.test_phrasing_grid import _framed, assert_twins
from tests.checks.test_phrasing_grid import _pair as _framed_pair

_DAY = dt.date(2028, 3, 6)

# (source frame, rewrite frame): the rewrite tells the same story in its own words
_FRAMES = {
    "court": (
        [
            "The High Court in Belfast gave its judgment on Thursday in the dispute over the Carrick quarry.",
            "The quarry operator, Dunmore Aggregates, had challenged a planning decision made by the council in 2026.",
            "The hearing lasted four days and heard evidence from eleven witnesses.",
            "Costs will be decided at a later date, the court said.",
        ],
        [
            "A High Court judge in Belfast gave judgment on Thursday in the long dispute over the Carrick quarry.",
            "Dunmore Aggregates, which runs the quarry, had challenged the council's 2026 planning decision.",
            "Eleven witnesses gave evidence over the four-day hearing.",
            "The court said costs would be dealt with later.",
        ],
    ),
    "company": (
        [
            "Halvard Foods published its annual results on Monday, reporting revenue of £212 million.",
            "The group runs three bakeries in the Midlands and employs about 1,400 people.",
            "Chief executive Priya Nandi said the year had been difficult for the whole sector.",
            "The shares closed 3 per cent higher in London.",
        ],
        [
            "Bakery group Halvard Foods reported annual revenue of £212m on Monday.",
            "Halvard, which has three bakeries in the Midlands, employs roughly 1,400 staff.",
            "Its chief executive, Priya Nandi, described the year as a hard one for the industry.",
            "Halvard's shares ended the day 3% higher.",
        ],
    ),
    "council": (
        [
            "Brackley town council met on Wednesday to decide the future of the proposed cycle lane on Mill Road.",
            "The lane would run for 1.2 miles between the market square and the railway station.",
            "A public consultation drew 386 responses.",
            "The scheme is expected to cost £640,000.",
        ],
        [
            "Councillors in Brackley met on Wednesday to decide on the planned Mill Road cycle lane.",
            "The 1.2-mile lane would link the market square with the railway station.",
            "Some 386 people responded to a public consultation.",
            "The scheme is forecast to cost £640,000.",
        ],
    ),
    "union": (
        [
            "The Transport Workers' Guild issued a statement on Friday after talks with Northlink Rail broke up.",
            "The dispute concerns pay and rosters for about 900 conductors.",
            "The guild's general secretary, Tom Aske, said members were angry.",
            "Further talks are planned for next week.",
        ],
        [
            "The Transport Workers' Guild put out a statement on Friday after its talks with Northlink Rail collapsed.",
            "Some 900 conductors are involved in the dispute over pay and rosters.",
            "Tom Aske, the guild's general secretary, said members were angry.",
            "More talks are due next week.",
        ],
    ),
}

_GRID = [
    # --- negation-flip ---------------------------------------------------------------------------------------------
    (
        "negation-flip",
        "court",
        "The regulator has not revoked the quarry's permit.",
        "The regulator has revoked the quarry's permit.",
        "If the operator does not comply by June, the regulator could revoke the quarry's permit.",
    ),
    (
        "negation-flip",
        "court",
        "The judge found that the council had not acted unlawfully in granting the permit.",
        "The judge found that the council had acted unlawfully in granting the permit.",
        "The judge ruled that the council had not broken the law in granting the permit.",
    ),
    (
        "negation-flip",
        "court",
        "The judge found the breach of the permit was deliberate.",
        "The judge found the breach of the permit was not deliberate.",
        "The judge concluded that the breach of the permit had been deliberate.",
    ),
    (
        "negation-flip",
        "company",
        "Halvard said it would not close the bakery in Leek.",
        "Halvard said it would close the bakery in Leek.",
        "Halvard said there were no plans to close the bakery in Leek.",
    ),
    (
        "negation-flip",
        "company",
        "Halvard has repaid the government loan in full.",
        "Halvard has not repaid the government loan.",
        "Halvard has paid back all of the government loan.",
    ),
    (
        "negation-flip",
        "union",
        "The guild did not ballot its members before the walkout.",
        "The guild balloted its members before the walkout.",
        "The guild called the walkout without balloting its members.",
    ),
    (
        "negation-flip",
        "council",
        "The lane will not be extended to the hospital, officers said.",
        "The lane will be extended to the hospital, officers said.",
        "Officers said the lane would not be taken as far as the hospital.",
    ),
    (
        "negation-flip",
        "company",
        "The revenue figures do not include sales in Ireland.",
        "The revenue figures include sales in Ireland.",
        "The revenue figures exclude sales in Ireland.",
    ),
    (
        "negation-flip",
        "union",
        "The guild said it had never been consulted on the new rosters.",
        "The guild said it had been consulted on the new rosters.",
        "The guild said it had not once been consulted on the new rosters.",
    ),
    (
        "negation-flip",
        "company",
        "The offer is not conditional on the sale of the Leek site.",
        "The offer is conditional on the sale of the Leek site.",
        "The offer does not depend on the sale of the Leek site.",
    ),
    (
        "negation-flip",
        "court",
        "The driver of the lorry, who had not been drinking, lost control on the quarry road.",
        "The driver of the lorry, who had been drinking, lost control on the quarry road.",
        "The driver of the lorry, who was sober, lost control on the quarry road.",
    ),
    (
        "negation-flip",
        "company",
        "Halvard said it may apply for a state grant but has not yet applied.",
        "Halvard said it has applied for a state grant.",
        "Halvard said it could seek a state grant, but it has not applied.",
    ),
    (
        "stance-conflict",
        "court",
        "Dunmore did not accept the inspector's noise figures and said it would appeal.",
        "Dunmore accepted the inspector's noise figures.",
        "Dunmore disputed the inspector's noise figures, though it accepted that lorry traffic had grown.",
    ),
    (
        "negation-flip",
        "company",
        "Trading standards officers found that Halvard loaves had been resold past their date.",
        "Trading standards officers found that no Halvard loaves had been resold past their date.",
        "Under trading standards rules, loaves may not be resold past their date.",
    ),
    # --- causal-reversal -------------------------------------------------------------------------------------------
    (
        "causal-reversal",
        "company",
        "Profit rose because of lower energy costs at the bakeries.",
        "Profit rose despite lower energy costs at the bakeries.",
        "Profit rose thanks to lower energy costs at the bakeries.",
    ),
    (
        "causal-reversal",
        "company",
        "Profit fell despite higher sales of bread.",
        "Profit fell because of higher sales of bread.",
        "Profit fell even though sales of bread were higher.",
    ),
    (
        "causal-reversal",
        "council",
        "Although turnout at the consultation events was low, the scheme went forward.",
        "Because turnout at the consultation events was low, the scheme went forward.",
        "The scheme went forward even though turnout at the consultation events was low.",
    ),
    (
        "causal-reversal",
        "court",
        "The hearing was adjourned for a week owing to the illness of a witness.",
        "The hearing was adjourned for a week despite the illness of a witness.",
        "The hearing was adjourned for a week because of the illness of a witness.",
    ),
    (
        "causal-reversal",
        "union",
        "Membership of the guild grew thanks to a recruitment drive among younger staff.",
        "Membership of the guild grew in spite of a recruitment drive among younger staff.",
        "Membership of the guild grew as a result of a recruitment drive among younger staff.",
    ),
    (
        "causal-reversal",
        "council",
        "Cycle journeys held up last winter — despite the rise in bus fares.",
        "Cycle journeys held up last winter — because of the rise in bus fares.",
        "Cycle journeys held up last winter, although bus fares rose.",
    ),
    (
        "causal-reversal",
        "company",
        "The shares rose even though profit fell.",
        "The shares rose because profit fell.",
        "The shares rose although profit fell.",
    ),
    (
        "causal-reversal",
        "union",
        "Attendance at the rally fell due to the bus strike.",
        "Attendance at the rally fell in spite of the bus strike.",
        "Attendance at the rally fell because of the bus strike.",
    ),
    (
        "causal-reversal",
        "council",
        "The market opened an hour early despite the heat.",
        "The market opened an hour early because of the heat.",
        "The market opened an hour early in spite of the heat.",
    ),
    (
        "causal-reversal",
        "court",
        "The judge criticised the permit because the council had not sought other views.",
        "The judge criticised the permit even though the council had not sought other views.",
        "The judge criticised the permit, saying the council should have sought other views.",
    ),
    (
        "causal-reversal",
        "company",
        "Bread prices went up as a result of a poor wheat harvest.",
        "Bread prices went up despite a poor wheat harvest.",
        "Bread prices went up after a poor wheat harvest.",
    ),
    (
        "causal-reversal",
        "union",
        "The guild agreed to further talks, although Northlink had not improved its offer.",
        "The guild agreed to further talks because Northlink had not improved its offer.",
        "The guild agreed to further talks, even though Northlink had not improved its offer.",
    ),
    (
        "causal-reversal",
        "company",
        "Flour prices were underpinned largely by dry weather in Kansas, the group said.",
        "Flour prices rose despite dry weather in Kansas, the group said.",
        "Flour prices rose, helped mainly by dry weather in Kansas, the group said.",
    ),
    (
        "causal-reversal",
        "council",
        "Cycle journeys were lifted by the closure of the Mill Road car park.",
        "Cycle journeys rose in spite of the closure of the Mill Road car park.",
        "Cycle journeys rose on the back of the closure of the Mill Road car park.",
    ),
    # --- stance-conflict -------------------------------------------------------------------------------------------
    (
        "stance-conflict",
        "council",
        "The Mill Road Traders' Group opposed the cycle lane.",
        "The cycle lane had the backing of the Mill Road Traders' Group.",
        "The cycle lane was opposed by the Mill Road Traders' Group.",
    ),
    (
        "stance-conflict",
        "council",
        "The scheme was opposed by the Brackley Cycling Club.",
        "The scheme was backed by the Brackley Cycling Club.",
        "The Brackley Cycling Club objected to the scheme.",
    ),
    (
        "stance-conflict",
        "union",
        "The guild has rejected Northlink's latest pay offer.",
        "The guild has accepted Northlink's latest pay offer.",
        "Northlink's latest pay offer was rejected by the guild.",
    ),
    (
        "stance-conflict",
        "union",
        "The guild refused to sign off on the new rosters.",
        "The guild has signed off on the new rosters.",
        "The guild would not agree to the new rosters.",
    ),
    (
        "stance-conflict",
        "council",
        "Councillor Ruth Hale urged colleagues to approve the scheme.",
        "Councillor Ruth Hale urged colleagues to reject the scheme.",
        "Councillor Ruth Hale called on colleagues to back the scheme.",
    ),
    (
        "stance-conflict",
        "union",
        "The guild welcomed the new pay package.",
        "The guild criticised the new pay package, saying it fell short.",
        "The guild hailed the new pay package.",
    ),
    (
        "stance-conflict",
        "court",
        "The judge rejected the council's argument that the permit was lawful.",
        "The judge accepted the council's argument that the permit was lawful.",
        "The judge dismissed the council's argument that the permit was lawful.",
    ),
    (
        "stance-conflict",
        "company",
        "Halvard's board has rejected a takeover approach from Corvo Capital.",
        "Halvard's board has agreed to a takeover approach from Corvo Capital.",
        "Halvard's board has turned down a takeover approach from Corvo Capital.",
    ),
    (
        "stance-conflict",
        "council",
        "Councillor Dara Lee voted against the cycle lane, while Councillor Tom Moss voted for it.",
        "Councillor Dara Lee voted in favour of the cycle lane.",
        "Councillor Tom Moss voted in favour of the cycle lane.",
    ),
    (
        "stance-conflict",
        "company",
        "The regulator refused the group's request to raise its prices.",
        "The regulator agreed to the group's request to raise its prices.",
        "The regulator declined the group's request to raise its prices.",
    ),
    (
        "stance-conflict",
        "council",
        "Councillors heard that Western Rail Partners supported the cycle lane.",
        "Western Rail Partners opposed the cycle lane.",
        "Western Rail Partners spoke in favour of the cycle lane.",
    ),
    (
        "stance-conflict",
        "union",
        "Northlink has accepted the arbitrator's report on rosters in full.",
        "Northlink has rejected the arbitrator's report on rosters, the guild said on Friday.",
        "Northlink has accepted the arbitrator's report on rosters, the guild said on Friday.",
    ),
    (
        "stance-conflict",
        "council",
        "Councillor Omar Reid, as ward member, spoke against the cycle lane.",
        "Councillor Omar Reid, as ward member, backed the cycle lane.",
        "Councillor Omar Reid, the ward member, spoke out against the cycle lane.",
    ),
    (
        "stance-conflict",
        "council",
        "Councillor Ruth Hale spoke in support of the cycle lane.",
        "Councillor Ruth Hale urged colleagues to turn the cycle lane down.",
        "Councillor Ruth Hale urged colleagues to wave the cycle lane through.",
    ),
    (
        "stance-conflict",
        "council",
        "The Mill Road Traders' Group supported the lane.",
        "The Mill Road Traders' Group had opposed the lane, according to the council's notice.",
        "The Mill Road Traders' Group had backed the lane, according to the council's notice.",
    ),
    (
        "stance-conflict",
        "company",
        "A majority of shareholders voted against the pay report.",
        "A majority of shareholders backed the pay report.",
        "Most shareholders voted against the pay report.",
    ),
    (
        "stance-conflict",
        "union",
        "The Northlink Passengers' Forum, which had argued against the new rosters, said it was disappointed.",
        "The Northlink Passengers' Forum, which had argued for the new rosters, said it was disappointed.",
        "The Northlink Passengers' Forum, which had campaigned against the new rosters, said it was disappointed.",
    ),
]


def _pair(frame: str, source: str, rewrite: str) -> Report:
    before, after = _FRAMES[frame]
    return _framed_pair(_framed(before, source), _framed(after, rewrite), _DAY)


@pytest.mark.parametrize(("check_type", "frame", "source", "wrong", "right"), _GRID)
def test_a_rewrite_flips_its_source_only_when_the_meaning_flips(
    check_type: str, frame: str, source: str, wrong: str, right: str
) -> None:
    assert_twins(check_type, _pair(frame, source, wrong), _pair(frame, source, right), wrong)
