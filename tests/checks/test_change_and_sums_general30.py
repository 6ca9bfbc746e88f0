"""change-arithmetic and sum-of-parts, general causes of blind misses and a false alarm, pinned with new sentences in
several registers: a verb of change in any tense; a day after the start, the end restated per another unit, how long
the change took; a count after another count of its clause is no end of ", up D on Y"; two stopwatch times and the
gap stated between them; a total summed back over parts listed in the sentences before it."""

from __future__ import annotations

import pytest
from _run import fails, passes, silent

# --- change-arithmetic: a verb of change in any tense ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The parks budget grows from $12.4 million to $13.9 million next year, up $1.1 million.",
        "Membership climbs from 4,200 to 4,650 this season, an increase of 350.",
        "The deficit narrows from £12.4bn to £10.1bn, a fall of £1.3bn.",
        "Enrolment is declining from 820 to 760, a drop of 80 pupils.",
        "Under the plan the waiting list shrinks from 9,400 to 7,100, a reduction of 2,900.",
        "The fare rises from €2.40 to €2.90, an increase of 60 cents.",
    ],
)
def test_a_change_in_the_present_tense_that_does_not_match_its_ends_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The parks budget grows from $12.4 million to $13.9 million next year, up $1.5 million.",
        "Membership climbs from 4,200 to 4,650 this season, an increase of 450.",
        "The deficit narrows from £12.4bn to £10.1bn, a fall of £2.3bn.",
        "Enrolment is declining from 820 to 760, a drop of 60 pupils.",
        "Under the plan the waiting list shrinks from 9,400 to 7,100, a reduction of 2,300.",
        "The fare rises from €2.40 to €2.90, an increase of 50 cents.",
    ],
)
def test_a_change_in_the_present_tense_that_matches_its_ends_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


# --- change-arithmetic: a day after the start, the end per another unit, how long the change took -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wholesale rice reached ₹4,120 per quintal on Friday, up from ₹3,600 on March 3 — an increase of ₹420.",
        "The spot price hit $96 a barrel, or about 60 cents a litre, up from $81 last month, a rise of $12.",
        "Rents averaged £1,420 a month, up from £1,250 in January, an increase of £190 in less than a year.",
        "Diesel sold at Rs 241 a litre, up from Rs 226 on 1 May, an increase of Rs 18 within three weeks.",
        "Milk fetched 48c a litre, or about $480 a tonne, up from 44c on June 2, a rise of 5c in two weeks.",
        "The index closed at 8,410 on Thursday, up from 7,980 on 14 August, a gain of 530 in just ten days.",
    ],
)
def test_a_change_with_asides_about_its_ends_that_does_not_match_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "Wholesale rice reached ₹4,120 per quintal on Friday, up from ₹3,600 on March 3 — an increase of ₹520.",
        "The spot price hit $96 a barrel, or about 60 cents a litre, up from $81 last month, a rise of $15.",
        "Rents averaged £1,420 a month, up from £1,250 in January, an increase of £170 in less than a year.",
        "Diesel sold at Rs 241 a litre, up from Rs 226 on 1 May, an increase of Rs 15 within three weeks.",
        "The index closed at 8,410 on Thursday, up from 7,980 on 14 August, a gain of 430 in just ten days.",
        "Rice reached ₹4,120 per quintal, or ₹41 a kg, up from ₹3,600, an increase of ₹520 or about 14 per cent.",
    ],
)
def test_a_change_with_asides_about_its_ends_that_matches_passes(text: str) -> None:
    assert passes("change-arithmetic", text)


# --- change-arithmetic: the end of ", up D on Y" is the clause's first count, not a later count of other things -----


@pytest.mark.parametrize(
    "text",
    [
        "A record 1,284,000 visitors came to the 46 open days, up 12% on last year's 1,146,000.",
        "Some 52,300 runners finished the 18 races of the series, up 9% on last season's 48,000.",
        "Donors gave £3.2m across the 240 events, up 14% on the previous year's £2.8m.",
        "In all 9,800 pupils sat the 14 papers, up 6% on last year's 9,250.",
        "Crowds of 410,000 watched the 38 home games, up 5% on last season's 390,000.",
        "Fans bought 61,000 tickets for the 12 concerts, up a fifth on last year's 51,000.",
    ],
)
def test_a_count_after_another_count_of_its_clause_is_no_end_of_the_change(text: str) -> None:
    assert not fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "The club sold 12,400 season tickets, up 40% on last season's 9,600.",
        "Shops reported 3,150 thefts this year, up 12% on last year's 2,480.",
        "The charity raised £3.9m, up 14% on the previous year's £2.8m.",
        "Visits to the museum reached 84,000, up a fifth on last year's 61,000.",
        "Council tax arrears stood at £7.4m, up 30% on last year's £6.3m.",
        "The airport handled 2,950 flights, up 9% on the previous month's 2,500.",
    ],
)
def test_a_change_whose_end_is_its_clauses_only_count_is_still_checked(text: str) -> None:
    assert fails("change-arithmetic", text)


# --- change-arithmetic: two stopwatch times and the gap stated between them ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That broke the course record of 2:11:30, set in 2019, and her 2:10:47 lowered it by 53 seconds.",
        "Her 1:58.40 took 0.9 seconds off the 1:59.10 national record.",
        "The winning time of 2:05:40 beat the old mark of 2:06:12 by 42 seconds.",
        "He finished in 27:31, 29 seconds slower than his 27:12 in Rome last spring.",
        "Jones clocked 3:49.20, improving on his previous best of 3:51.05 by 2.85 seconds.",
        "The new crossing takes 1:10:00 against 1:45:00 before, cutting the journey by 25 minutes.",
    ],
)
def test_a_gap_between_two_stopwatch_times_that_does_not_match_is_flagged(text: str) -> None:
    assert fails("change-arithmetic", text)


@pytest.mark.parametrize(
    "text",
    [
        "That broke the course record of 2:11:30, set in 2019, and her 2:10:47 lowered it by 43 seconds.",
        "He finished in 27:31, 19 seconds slower than his 27:12 in Rome last spring.",
        "The gates opened at 9:30 and the race started at 10:15, delayed by 20 minutes.",
        "She ran 2:21:04 and her sister 2:24:50; both improved by 30 seconds on last year.",
        "Kibera won in 2:07:55, 12 seconds ahead of the field.",
        "He ran 2:07:55 to win and the women's winner 2:21:30, cutting the course record by 40 seconds.",
    ],
)
def test_a_gap_that_matches_or_measures_other_times_is_not_flagged(text: str) -> None:
    assert not fails("change-arithmetic", text)


# --- sum-of-parts: a total summed back over parts listed in the sentences before it ----------------------------------

_PARTS_BEFORE_HITS = [
    "Ms Rao won 2,310 votes and Mr Fenn 1,944. Ms Alder polled 602 and Mr Quinn 311. "
    "Between them the four candidates took 5,267 votes.",
    "The north wing cost £4.2m. The south wing added £3.6m, and the new atrium £1.9m. "
    "Together the three phases came to £10.2m, the trust said.",
    "Leeds recorded 1,240 burglaries. Bradford had 980, and Wakefield 615. "
    "In all the three districts logged 2,935 burglaries.",
    "The largest grant, $12.5 million, goes to the harbour. The rail link receives $8.25 million. "
    "Two smaller schemes, paths ($3.1 million) and lighting ($2.4 million), complete a list the state says adds "
    "up to $27.25 million.",
    "Team Orla raised €14,200. Team Bray raised €9,850.\n\nTeam Cobh brought in €6,300. "
    "Together the three teams collected €31,350.",
    "Anna Ruiz scored 28, Beth Cole 19 and Cara Oyelaran 17. Between them the three starters scored 74.",
]

_PARTS_BEFORE_SILENT = [
    # the parts add up
    "Ms Rao won 2,310 votes and Mr Fenn 1,944. Ms Alder polled 602 and Mr Quinn 311. "
    "Between them the four candidates took 5,167 votes.",
    # a partial list
    "Grants went to many towns, including Ayr (£1.2m), Troon (£0.9m) and Irvine (£0.8m). "
    "Together the grants add up to £4.1m.",
    # a total of another scope: the two largest of four
    "Ms Rao won 2,310 votes and Mr Fenn 1,944. Ms Alder polled 602 and Mr Quinn 311. "
    "Between them the two leading candidates took 4,254 votes.",
    # more figures of the kind than the count names: no clean list
    "Ms Rao won 2,310 votes, Mr Fenn 1,944 and Ms Alder 602. Mr Quinn polled 311. "
    "Between them the three candidates took 5,000 votes.",
    # together with: no sum
    "The rail link receives $8.2 million and the harbour $12.5 million. "
    "Together with the state's $3 million, the port scheme is worth $24 million.",
    # parts that count other things than the total
    "The east hall has 120 beds. The west hall has 90 beds and the annexe 40. Together the three halls hold 300 "
    "patients.",
    # uncounted plain counts are not summed back
    "Leeds recorded 1,240 burglaries. Bradford had 980, and Wakefield 615. In all burglaries rose to 3,100.",
]


@pytest.mark.parametrize("text", _PARTS_BEFORE_HITS)
def test_a_total_summed_back_over_parts_listed_before_it_that_does_not_add_up_is_flagged(text: str) -> None:
    assert fails("sum-of-parts", text)


@pytest.mark.parametrize("text", _PARTS_BEFORE_SILENT)
def test_a_total_summed_back_that_adds_up_or_names_another_scope_is_not_flagged(text: str) -> None:
    assert not fails("sum-of-parts", text)


def test_a_total_summed_back_that_adds_up_passes() -> None:
    assert passes("sum-of-parts", _PARTS_BEFORE_SILENT[0])


def test_an_unrelated_together_stays_silent() -> None:
    assert silent("sum-of-parts", "The two clubs played together in 1998. They met again in 2004.")


def test_a_total_both_readers_check_is_checked_once() -> None:
    from _run import default_rule, run

    text = (
        "The court heard he took £38,400 through false invoices, £21,900 through duplicated payroll runs and £12,300 "
        "in cash from the shops. Together, he told the court, those streams accounted for every penny of the "
        "£82,600 missing."
    )  # 38,400 + 21,900 + 12,300 = 72,600
    report = run(default_rule("sum-of-parts"), text)
    assert [f.message for f in report.findings] == ["38,400 + 21,900 + 12,300 = 72,600, not 82,600"]


@pytest.mark.parametrize(
    "text",
    [
        "Around one in seven – 151 reefs – were bleached. The two methods agreed in all but seven cases.",
        "The three surveys matched in all except four districts, covering 210 schools.",
        "Sales of 40 units combined with 12 leases gave the two agents a record month of 52 deals.",
    ],
)
def test_in_all_but_and_combined_with_sum_nothing(text: str) -> None:
    assert silent("sum-of-parts", text)
