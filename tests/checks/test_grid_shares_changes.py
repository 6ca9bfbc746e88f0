"""Phrasing grid for the single-story arithmetic of shares and changes (percent-of, change-arithmetic).

Each form is a (wrong, right) twin in wording of its own: the wrong sentence must give a finding of its check, the
right one (the same form with the arithmetic right, or an honest rounding or hedge) no finding of any check.
The forms are the ones different desks write beside those of ``test_phrasing_grid.py``: figures split over two
sentences, numbers and fractions in words, mixed magnitudes, brackets, bullets, dashes and the unit after both ends.
"""

from __future__ import annotations

import pytest

from tests.checks.test_phrasing_grid import _one, assert_twins

_GRID = [
    # --- percent-of ------------------------------------------------------------------------------------------------
    (
        "percent-of",
        "Landlords lodged 8,120 of the 21,400 permit requests filed in May. That was about 45 per cent.",
        "Landlords lodged 8,120 of the 21,400 permit requests filed in May. That was about 38 per cent.",
    ),
    (
        "percent-of",
        "Overseas buyers accounted for 3,300 out of 12,000 sales, about 35 percent of the total.",
        "Overseas buyers accounted for 3,300 out of 12,000 sales, about 27 percent of the total.",
    ),
    (
        "percent-of",
        "Twelve of the 40 branches, or 45 per cent, will close by March.",
        "Twelve of the 40 branches, or 30 per cent, will close by March.",
    ),
    (
        "percent-of",
        "Of the €1.2bn raised, €410m — about 45 per cent — went on debt repayments.",
        "Of the €1.2bn raised, €410m — just over a third — went on debt repayments.",
    ),
    (
        "percent-of",
        "Of the 2,700 homes on the estate, 1,800 — three in four — were sold to first-time buyers.",
        "Of the 2,700 homes on the estate, 1,800 — two in three — were sold to first-time buyers.",
    ),
    (
        "percent-of",
        "The trust runs 96 clinics. Rural clinics (41 of the 96, or 60%) missed the target.",
        "The trust runs 96 clinics. Rural clinics (41 of the 96, or 43%) missed the target.",
    ),
    (
        "percent-of",
        "Fourteen of the 62 monitoring stations recorded ozone above the limit, or about 35 percent of the network.",
        "Fourteen of the 62 monitoring stations recorded ozone above the limit, or about 23 percent of the network.",
    ),
    (
        "percent-of",
        "The police budget takes $96.5 million of the $310 million general fund, roughly 41 percent.",
        "The police budget takes $96.5 million of the $310 million general fund, roughly 31 percent.",
    ),
    (
        "percent-of",
        "Rangers logged 2,260 call-outs over the summer. Hikers accounted for 1,010 of them — nearly three in four.",
        "Rangers logged 2,260 call-outs over the summer. Hikers accounted for 1,010 of them — nearly half.",
    ),
    (
        "percent-of",
        "Of the 4.8m journeys, 390,000 – about one in six – ran late.",
        "Of the 4.8m journeys, 390,000 – about one in 12 – ran late.",
    ),
    (
        "percent-of",
        "Home policies generated 31,000 of the 164,000 claims settled last year. "
        "That works out at more than a quarter of all claims.",
        "Home policies generated 31,000 of the 164,000 claims settled last year. "
        "That works out at almost a fifth of all claims.",
    ),
    (
        "percent-of",
        "Out-of-state visitors numbered 146,000 out of 512,000, about 35 percent of the total.",
        "Out-of-state visitors numbered 146,000 out of 512,000, about 29 percent of the total.",
    ),
    (
        "percent-of",
        "Electric cars, at 4,300, made up about 31 per cent of the 18,900 new cars sold.",
        "Electric cars, at 4,300, made up about 23 per cent of the 18,900 new cars sold.",
    ),
    (
        "percent-of",
        "Of the 7,200 calls logged, 410 – about one in 12 – were hoaxes.",
        "Of the 7,200 calls logged, 410 – about one in 18 – were hoaxes.",
    ),
    (
        "percent-of",
        "Crews attended 940 call-outs between March 3 and Sept. 30. Floods accounted for 580 of them — nearly three "
        "in four.",
        "Crews attended 940 call-outs between March 3 and Sept. 30. Floods accounted for 580 of them — nearly two "
        "in three.",
    ),
    (
        "percent-of",
        "Of the £9.4m raised, £2.9m went on running costs – just under a fifth.",
        "Of the £9.4m raised, £2.9m went on running costs – just over 30 per cent.",
    ),
    (
        "percent-of",
        "Renters made up 6,300 of the 14,000 households surveyed in March. That was about 52 per cent, the largest "
        "share since 2019.",
        "Renters made up 6,300 of the 14,000 households surveyed in March. That was about 45 per cent, the largest "
        "share since 2019.",
    ),
    (
        "percent-of",
        "The plant treats 8,400 litres an hour, of which 2,100 litres — over a third — is reused on site.",
        "The plant treats 8,400 litres an hour, of which 2,100 litres — a quarter — is reused on site.",
    ),
    (
        "percent-of",
        "The extra £1,200 a year represents an 8% rise on the current allowance of £20,000.",
        "The extra £1,200 a year represents a 6% rise on the current allowance of £20,000.",
    ),
    # --- change-arithmetic -----------------------------------------------------------------------------------------
    (
        "change-arithmetic",
        "Average rents dropped from 1,420 to 1,310 euros a month, down 12 per cent.",
        "Average rents dropped from 1,420 to 1,310 euros a month, down 8 per cent.",
    ),
    (
        "change-arithmetic",
        "Bookings fell from 212 last October to 164 this October, a drop of 38.",
        "Bookings fell from 212 last October to 164 this October, a drop of 48.",
    ),
    (
        "change-arithmetic",
        "The median price was $452,300, compared with $431,900 a year earlier, a gain of $24,400.",
        "The median price was $452,300, compared with $431,900 a year earlier, a gain of $20,400.",
    ),
    (
        "change-arithmetic",
        "Premiums climb from $1,240 to $1,395, about $175 more for each driver.",
        "Premiums climb from $1,240 to $1,395, about $155 more for each driver.",
    ),
    (
        "change-arithmetic",
        "Enrolments fell from 388,000 in 2024-25 to 301,000 last year, a drop of 28 per cent.",
        "Enrolments fell from 388,000 in 2024-25 to 301,000 last year, a drop of 22 per cent.",
    ),
    (
        "change-arithmetic",
        "Footfall fell to 2.65 million visits in the spring, down 7 per cent from 3.04 million.",
        "Footfall fell to 2.65 million visits in the spring, down 13 per cent from 3.04 million.",
    ),
    (
        "change-arithmetic",
        "Throughput rose 9.5% to 6.12 million tonnes (Mt) in March from 5.81 million a year earlier.",
        "Throughput rose 5.3% to 6.12 million tonnes (Mt) in March from 5.81 million a year earlier.",
    ),
    (
        "change-arithmetic",
        "The shares closed at ₹642, up ₹48, or 9.6 per cent.",
        "The shares closed at ₹642, up ₹48, or 8.1 per cent.",
    ),
    (
        "change-arithmetic",
        "Diesel averaged $3.18 a litre, down from $3.45 a year earlier, a 37-cent drop.",
        "Diesel averaged $3.18 a litre, down from $3.45 a year earlier, a 27-cent drop.",
    ),
    (
        "change-arithmetic",
        "Staff numbers went from forty to thirty-two, a cut of 25 per cent.",
        "Staff numbers went from forty to thirty-two, a cut of 20 per cent.",
    ),
    (
        "change-arithmetic",
        "Revenue rose to €1.3bn from €940m, an increase of 48%.",
        "Revenue rose to €1.3bn from €940m, an increase of 38%.",
    ),
    (
        "change-arithmetic",
        "The jobless rate rose from 4.2% to 4.9%, an increase of 0.9 percentage points.",
        "The jobless rate rose from 4.2% to 4.9%, an increase of 0.7 percentage points.",
    ),
    (
        "change-arithmetic",
        "Ridership reached 48.6 million last year. That was up from 44.1 million in 2026, an increase of 12%.",
        "Ridership reached 48.6 million last year. That was up from 44.1 million in 2026, an increase of 10%.",
    ),
    (
        "change-arithmetic",
        "Turnover rose 18% (from £8.4m to £9.6m) in the year.",
        "Turnover rose 14% (from £8.4m to £9.6m) in the year.",
    ),
    (
        "change-arithmetic",
        "The fare rise, from $2.75 to $3.25, amounts to a 25% jump for riders.",
        "The fare rise, from $2.75 to $3.25, amounts to an 18% jump for riders.",
    ),
    (
        "change-arithmetic",
        "Its loss ratio improved to 61.8 per cent from 64.9 per cent, a gain of 4.1 percentage points.",
        "Its loss ratio improved to 61.8 per cent from 64.9 per cent, a gain of 3.1 percentage points.",
    ),
    (
        "change-arithmetic",
        "Container volumes slid by about 41,000 TEUs to 388,000 TEUs from 451,000 TEUs.",
        "Container volumes slid by about 63,000 TEUs to 388,000 TEUs from 451,000 TEUs.",
    ),
    (
        "change-arithmetic",
        "The average fare was $412.60, compared with $398.20 a year earlier, a rise of $16.40 and about 4 percent "
        "on the year.",
        "The average fare was $412.60, compared with $398.20 a year earlier, a rise of $14.40 and about 4 percent "
        "on the year.",
    ),
    (
        "change-arithmetic",
        "Fine particle readings fell from 18.6 to 15.2 micrograms per cubic metre, down 22 per cent.",
        "Fine particle readings fell from 18.6 to 15.2 micrograms per cubic metre, down 18 per cent.",
    ),
    (
        "change-arithmetic",
        "Passenger numbers fell to 1.31 million journeys in the second quarter, down 6 per cent from 1.52 million.",
        "Passenger numbers fell to 1.31 million journeys in the second quarter, down 14 per cent from 1.52 million.",
    ),
]


@pytest.mark.parametrize(("check_type", "wrong", "right"), _GRID)
def test_shares_and_changes_in_many_forms(check_type: str, wrong: str, right: str) -> None:
    assert_twins(check_type, _one(wrong), _one(right), wrong)


# Near-misses with no wrong twin: every check must stay silent.
_SILENT = [
    # a bracketed figure right after the whole in another unit is the whole converted, not a part
    "The retailer will also sublet half of its 45,000 sq ft (4,180 sq m) warehouse in Leeds.",
    "About a third of the 1,200 acres (486 hectares) will be replanted.",
]


@pytest.mark.parametrize("text", _SILENT)
def test_near_misses_stay_silent(text: str) -> None:
    assert not _one(text).findings, [f.message for f in _one(text).findings]
