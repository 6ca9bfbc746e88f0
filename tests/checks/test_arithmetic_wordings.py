"""Change arithmetic and shares of a whole in wordings the blind sets missed, written here afresh in several
registers: each rule's hits are flagged, and its near-misses (true arithmetic, honest rounding and hedges, another
period or base) stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, run


def _flagged(check: str, text: str) -> list[str]:
    """The default ``check``'s finding messages on ``text``."""
    return [f.message for f in run(default_rule(check), text).findings]


# --- change-arithmetic: the unit written once after both ends ("from 138 to 129 mmHg, a drop of 11 points") -------

_UNIT_ONCE_HITS = [
    "Systolic pressure in the treated group fell from 152 to 141 mmHg, a drop of 14 points, the trial found.",
    "The reservoir rose from 212 to 260 gigalitres, an increase of 60 gigalitres over the wet season.",
    "Average class size went down from 31 to 27 pupils — a fall of 6.",
    "Noise at the school gate dropped from 88 to 71 decibels, a decrease of 25%, after the bypass opened.",
    "The herd grew from 40 to 64 cows, an increase of 50%.",
    "Output climbed from 1,150 to 1,390 tonnes, a rise of 260.",
]
_UNIT_ONCE_NEAR = [
    "Systolic pressure in the treated group fell from 152 to 141 mmHg, a drop of 11 points, the trial found.",
    "The reservoir rose from 212 to 260 gigalitres, an increase of about 23%.",
    "Average class size went down from 31 to 27 pupils — a fall of 4.",
    "Noise at the school gate dropped from 88 to 71 decibels, a decrease of almost a fifth, after the bypass opened.",
    "The herd grew from 40 to 64 cows, an increase of 60%.",
    "Output climbed from 1,150 to 1,390 tonnes, a rise of 240, while exports rose by 300 tonnes.",
]


@pytest.mark.parametrize("text", _UNIT_ONCE_HITS)
def test_a_unit_after_both_ends_leaves_the_change_read(text: str) -> None:
    assert _flagged("change-arithmetic", text)


@pytest.mark.parametrize("text", _UNIT_ONCE_NEAR)
def test_a_true_change_with_its_unit_after_both_ends_is_silent(text: str) -> None:
    assert not _flagged("change-arithmetic", text)


# --- change-arithmetic: the start named by a relative clause of who recorded it ----------------------------------

_RECORDED_HITS = [
    "The latest poll has the Greens on 18 per cent, up six points from the 14 per cent they recorded in March.",
    "Turnout reached 61%, up from the 57% it recorded in 2023, a rise of 6 points.",
    "Rivera is now on 44 per cent, up three points on the 39 per cent she polled last spring.",
    "The hospital logged 1,240 admissions, up 20% on the 1,150 it reported a month earlier.",
    "The club averaged 31,500 fans, up 4,000 from the 29,000 it registered last season.",
    "Approval stands at 37%, down nine points from the 44% he won at the election.",
]
_RECORDED_NEAR = [
    "The latest poll has the Greens on 18 per cent, up four points from the 14 per cent they recorded in March.",
    "Turnout reached 61%, up from the 57% it recorded in 2023, a rise of 4 points.",
    "Rivera is now on 44 per cent, up five points on the 39 per cent she polled last spring.",
    "The hospital logged 1,240 admissions, up 8% on the 1,150 it reported a month earlier.",
    "The club averaged 31,500 fans, up 2,500 from the 29,000 it registered last season.",
    "Approval stands at 37%, down seven points from the 44% he won at the election.",
]


@pytest.mark.parametrize("text", _RECORDED_HITS)
def test_a_start_that_its_subject_recorded_is_read(text: str) -> None:
    assert _flagged("change-arithmetic", text)


@pytest.mark.parametrize("text", _RECORDED_NEAR)
def test_a_true_change_from_what_its_subject_recorded_is_silent(text: str) -> None:
    assert not _flagged("change-arithmetic", text)


# --- change-arithmetic: "in the half", "for the quarter" between the end and ", up from" is a period ------------

_PERIOD_HITS = [
    "The group carried 8.2 million passengers in the half, up from 7.9 million, an increase of 500,000.",
    "Sales reached 41,000 units for the quarter, down from 45,000, a fall of 6,000.",
    "The port handled 3.6 million containers in the first half, up from 3.1 million, a rise of 400,000.",
    "Members bought 1,900 tickets over the quarter, up from 1,500, an increase of 300.",
    "The bank opened 12,400 accounts during the second quarter, up from 11,000, an increase of 2,400.",
    "The charity fed 6,300 families in the half, down from 6,900, a drop of 900.",
]
_PERIOD_NEAR = [
    "The group carried 8.2 million passengers in the half, up from 7.9 million, an increase of 300,000.",
    "Sales reached 41,000 units for the quarter, down from 45,000, a fall of 4,000.",
    "The port handled 3.6 million containers in the first half, up from 3.1 million, a rise of 500,000.",
    "Members bought 1,900 tickets over the quarter, up from 1,500, an increase of 400.",
    "The bank opened 12,400 accounts in half of its branches, up from 11,000, an increase of 2,400.",
    "The charity fed 6,300 families in the half, down from 6,900, a drop of 600.",
]


@pytest.mark.parametrize("text", _PERIOD_HITS)
def test_a_half_or_quarter_named_as_a_period_leaves_the_change_read(text: str) -> None:
    assert _flagged("change-arithmetic", text)


@pytest.mark.parametrize("text", _PERIOD_NEAR)
def test_a_true_change_over_a_half_or_a_share_of_branches_is_silent(text: str) -> None:
    assert not _flagged("change-arithmetic", text)


# --- change-arithmetic: a value someone sets, its object a longer phrase before a comma, the size after a dash -----

_SET_HITS = [
    "The bill lowers the amount at which a gift must be declared in public, from $5,000 to $1,500 — a"
    " reduction of $4,000.",
    "The board raised the fee that visitors pay for a day on the lake, from £12 to £15, an increase of £4.",
    "Ministers cut the number of places the college can offer each year, from 900 to 750 — a reduction of 200.",
    "The council lifts the cap on how many stalls may trade on the square, from 40 to 55, an increase of 20.",
    "The regulator trimmed the sum a lender may charge for a late payment, from £25 to £18 – a reduction of £5.",
    "The decree reduces the number of days a tenant must wait for a hearing, from 60 to 45 — a reduction of 20.",
]
_SET_NEAR = [
    "The bill lowers the amount at which a gift must be declared in public, from $5,000 to $1,500 — a"
    " reduction of $3,500.",
    "The board raised the fee that visitors pay for a day on the lake, from £12 to £15, an increase of £3.",
    "Ministers cut the number of places the college can offer each year, from 900 to 750 — a reduction of 150.",
    "The council lifts the cap on how many stalls may trade on the square, from 40 to 55, an increase of 15.",
    "The regulator trimmed the sum a lender may charge for a late payment, from £25 to £18 – a reduction of 28%.",
    "The decree reduces the number of days a tenant must wait for a hearing, from 60 to 45 — a reduction of 25%.",
]


@pytest.mark.parametrize("text", _SET_HITS)
def test_a_value_set_by_a_verb_with_a_long_object_is_read(text: str) -> None:
    assert _flagged("change-arithmetic", text)


@pytest.mark.parametrize("text", _SET_NEAR)
def test_a_true_change_of_a_value_set_by_a_verb_is_silent(text: str) -> None:
    assert not _flagged("change-arithmetic", text)


# --- change-arithmetic: the start's period named after it ("from ₹806 crore in the year-ago period") -------------

_EARLIER_HITS = [
    "Net profit rose to ₹1,140 crore from ₹960 crore in the year-ago period, up 21%, the lender said.",
    "Operating income fell to $318 million from $352 million in the previous quarter, a drop of 12%.",
    "Bookings climbed to 48,200 from 41,900 in the year-earlier quarter, up 18 per cent.",
    "Revenue slipped to €2.31bn from €2.44bn in the prior year, down 7%.",
    "Deliveries rose to 9,870 from 8,420 in the corresponding period, an increase of 1,650.",
    "Sales fell to 612,000 cars from 655,000 in the preceding month, a drop of 8%.",
]
_EARLIER_NEAR = [
    "Net profit rose to ₹1,140 crore from ₹960 crore in the year-ago period, up 18.75%, the lender said.",
    "Operating income fell to $318 million from $352 million in the previous quarter, a drop of nearly 10%.",
    "Bookings climbed to 48,200 from 41,900 in the year-earlier quarter, up 15 per cent.",
    "Revenue slipped to €2.31bn from €2.44bn in the prior year, down 5%.",
    "Deliveries rose to 9,870 from 8,420 in the corresponding period, an increase of 1,450.",
    "Sales fell to 612,000 cars from 655,000 in the preceding month, a drop of 6.6%.",
]


@pytest.mark.parametrize("text", _EARLIER_HITS)
def test_the_start_named_as_an_earlier_period_leaves_the_change_read(text: str) -> None:
    assert _flagged("change-arithmetic", text)


@pytest.mark.parametrize("text", _EARLIER_NEAR)
def test_a_true_change_on_an_earlier_period_is_silent(text: str) -> None:
    assert not _flagged("change-arithmetic", text)


# --- percent-of: "Among N …, X — Z —", ages in the whole's phrase or the part's predicate ------------------------

_AMONG_HITS = [
    "Among the 520 members surveyed, 210 – more than half – backed the merger.",
    "Among the 1,200 voters aged 18 to 24, 300 — about 40% — said they would not vote.",
    "Among 640 patients aged over 65, 96, or 25 per cent, needed a second operation.",
    "Of the 230 riders killed, 61 were 21 or younger — almost a third of all riders — the report said.",
    "Of the 900 staff aged 50 and over, 120 — roughly a fifth — plan to retire early.",
    "Among the 75 councillors, 40 (about 60%) voted for the budget.",
]
_AMONG_NEAR = [
    "Among the 520 members surveyed, 280 – more than half – backed the merger.",
    "Among the 1,200 voters aged 18 to 24, 300 — about 25% — said they would not vote.",
    "Among 640 patients aged over 65, 160, or 25 per cent, needed a second operation.",
    "Of the 230 riders killed, 61 were 21 or younger — about a quarter of all riders — the report said.",
    "Of the 900 staff aged 50 and over, 180 — roughly a fifth — plan to retire early.",
    "Among the 75 councillors, 40 were elected in 12 wards — about 60% of the seats.",
]


@pytest.mark.parametrize("text", _AMONG_HITS)
def test_a_share_among_a_group_or_of_an_age_band_is_read(text: str) -> None:
    assert _flagged("percent-of", text)


@pytest.mark.parametrize("text", _AMONG_NEAR)
def test_a_true_share_among_a_group_or_another_whole_is_silent(text: str) -> None:
    assert not _flagged("percent-of", text)


# --- percent-of: the whole named again as "all …", a part's noun phrase before a verb of amounting --------------

_ALL_HITS = [
    "Together the two largest donors gave £14.1m of the £30.2m total, more than two-thirds of all donations.",
    "The capital took 3,100 of the 5,800 new jobs, about 70% of all hires.",
    "The 48 beds to close represent almost 12 per cent of the trust's 610-bed capacity.",
    "The 140 stores being sold account for a quarter of the chain's 820 stores.",
    "The 9 schools in special measures make up about 15% of the county's 130 schools.",
    "The 310 posts lost represent more than 9 per cent of the firm's 4,100-strong workforce.",
]
_ALL_NEAR = [
    "Together the two largest donors gave £14.1m of the £30.2m total, almost half of all donations.",
    "The capital took 3,100 of the 5,800 new jobs, more than half of all hires.",
    "The 48 beds to close represent almost 8 per cent of the trust's 610-bed capacity.",
    "The 140 stores being sold account for about a sixth of the chain's 820 stores.",
    "The 9 schools in special measures make up about 7% of the county's 130 schools.",
    "The 310 posts lost represent about 7.5 per cent of the firm's 4,100-strong workforce.",
    "The 12 depots to close represent 20% of its 300 staff.",
]


@pytest.mark.parametrize("text", _ALL_HITS)
def test_a_whole_named_again_or_a_part_with_its_noun_phrase_is_read(text: str) -> None:
    assert _flagged("percent-of", text)


@pytest.mark.parametrize("text", _ALL_NEAR)
def test_a_true_share_of_a_whole_named_again_is_silent(text: str) -> None:
    assert not _flagged("percent-of", text)


# --- percent-of: a number naming a region or route in the sentence before is no whole ---------------------------

_LABEL_HITS = [
    "Crews cleared 240 blocked roads across Zones 3 and 4. Of these, 50 were reopened by noon, or about a third of"
    " the total.",
    "The agency opened 380 shelters along Route 9. Of these, 190 were full by evening, or about a quarter of the"
    " total.",
]
_LABEL_NEAR = [
    "Crews cleared 240 blocked roads across Zones 3 and 4. Of these, 80 were reopened by noon, or about a third of"
    " the total.",
    "The agency opened 380 shelters and 40 clinics. Of these, 190 were full by evening, or about a quarter of the"
    " total.",
]


@pytest.mark.parametrize("text", _LABEL_HITS)
def test_a_label_number_before_does_not_hide_the_whole(text: str) -> None:
    assert _flagged("percent-of", text)


@pytest.mark.parametrize("text", _LABEL_NEAR)
def test_a_true_share_or_two_wholes_before_stays_silent(text: str) -> None:
    assert not _flagged("percent-of", text)
