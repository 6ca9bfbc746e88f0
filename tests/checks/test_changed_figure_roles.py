"""cross-document-number: a rewrite figure that has the role of a source figure but another value is a changed
figure. Roles found by: people a company employs, lays off or puts out of work (all its workers); the one figure each
of two restated sentences does not share with the other document (a change's size too); last year's total, which a
follow-up's update leaves alone; a source figure's label named in the rewrite sentence; a source row sharing another,
distinctive figure with the rewrite sentence. Never a changed figure: a term of a ratio ("two for every one"), a
distance from a mark ("five feet above flood stage"), a year in a full date against a year that names a period.
Hand-written sentences in several registers; each rule has hits and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks._numeric import scan
from factcheck.checks.cross_document_number import _RATE_TERM, _from_mark, _slip_noun

_CHECK = "cross-document-number"

_FRAME = (
    "{first}\n\n"
    "The announcement followed months of talks between the owners, the union and the regional council.\n\n"
    "Council leader Priya Okafor said the authority would work with the owners on what happens next.\n\n"
    "Okafor added that the regional council would publish a full report on the matter before the summer recess.\n\n"
    "The union's regional secretary, Tomasz Wren, said members would be consulted at meetings across the region.\n\n"
    "{second}\n"
)


def _found(source: str, rewrite: str, second: tuple[str, str] = ("", "")) -> list[str]:
    """The messages of the check on a source and its rewrite written into one frame."""
    found = rewrite_findings(
        _CHECK, _FRAME.format(first=source, second=second[0]), _FRAME.format(first=rewrite, second=second[1])
    )
    return [f.message for f in found]


# --- people a company employs, lays off or puts out of work count its workers ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The closure will put 318 people out of work.",
        "Harlow Mills said it would lay off 318 people.",
        "About 318 people will lose their jobs at the depot.",
        "The decision leaves 318 people out of a job.",
        "In all, 318 people lost their jobs when the yard shut.",
        "The firm laid off 318 people last spring.",
    ],
)
def test_people_who_lose_their_work_are_workers(text: str) -> None:
    n = next(x for x in scan(text) if x.text == "318")
    assert _slip_noun(text, n) == "worker"


@pytest.mark.parametrize(
    "text",
    [
        "The open day drew 318 people to the plant.",
        "Some 318 people lost their homes in the flood.",
        "The rally drew 318 people out of the town centre.",
        "Police said 318 people were hurt.",
        "A survey of 318 people found most backed the plan.",
        "Organisers said 318 people had signed up to work as volunteers.",
    ],
)
def test_other_people_are_no_workers(text: str) -> None:
    n = next(x for x in scan(text) if x.text == "318")
    assert _slip_noun(text, n) != "worker"


_CLOSURES = [
    (
        "Kerrow Foods will close its Dunmore bakery in March, ending 50 years of baking in the town.",
        "The bakery employs 257 people: 190 bakers on three shifts and 67 drivers.",
        "Kerrow Foods will close its Dunmore bakery in March, ending 50 years of baking and putting {} people out of "
        "work.",
        "257",
        "275",
    ),
    (
        "Brightline confirmed on Monday that its Tayside call centre will close in May.",
        "The centre, opened in 2009, employs 642 people, among them 120 agency staff.",
        "Brightline will close its Tayside call centre in May, and {} people will lose their jobs.",
        "642",
        "624",
    ),
    (
        "Ostrava Steel plans to shut the rolling mill by the end of the year, the company said in a filing.",
        "The mill employs 1,426 people, 1,100 of them on the production line.",
        "Ostrava Steel plans to shut the rolling mill by the end of the year and lay off {} people.",
        "1,426",
        "1,462",
    ),
]


@pytest.mark.parametrize(("source", "workforce", "rewrite", "kept", "slipped"), _CLOSURES)
def test_workers_put_out_of_work_restate_the_workforce(
    source: str, workforce: str, rewrite: str, kept: str, slipped: str
) -> None:
    """The workforce stated in another source sentence, beside other counts of workers: the people put out of work
    are those workers, so their number slipped is a changed figure; restated as written, or rounded, it is none."""
    found = _found(source, rewrite.format(slipped), (workforce, ""))
    assert any("copy slip" in m and slipped in m for m in found), found
    assert not _found(source, rewrite.format(kept), (workforce, ""))
    rounded = f"about {round(int(kept.replace(',', '')), -1):,}"
    assert not _found(source, rewrite.format(rounded), (workforce, ""))


def test_people_who_lost_their_homes_are_no_workforce() -> None:
    source, workforce, _rewrite, _kept, slipped = _CLOSURES[0]
    homes = "Kerrow Foods will close its Dunmore bakery in March, a year after {} people lost their homes in a flood."
    assert not _found(source, homes.format(slipped), (workforce, ""))


# --- no count: a term of a ratio, a distance from a mark ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "with two patients getting the drug for every one on placebo",
        "three nurses for every ward on the night shift",
        "Five new homes for each one demolished, the council promised.",
        "It planted 12 trees for every tree it felled.",
        "a ratio of four applicants for each place",
        "The club pays 3 coaches for every team it fields.",
    ],
)
def test_a_term_of_a_ratio_is_no_count(text: str) -> None:
    n = scan(text)[0]
    assert _RATE_TERM.match(text, n.end)


@pytest.mark.parametrize(
    "text",
    [
        "The study enrolled 1,046 patients, two for every one on placebo.",
        "three nurses worked every ward on the night shift",
        "Five new homes were built, each with a garden.",
        "It planted 12 trees; for every tree felled, one more will follow.",
        "four applicants applied for the place",
        "The club pays 3 coaches to train every team.",
    ],
)
def test_a_count_beside_a_ratio_is_still_a_count(text: str) -> None:
    n = scan(text)[0]
    assert not _RATE_TERM.match(text, n.end)


@pytest.mark.parametrize(
    "text",
    [
        "will crest at 20 feet, five feet above flood stage",
        "Temperatures ran 3 degrees below average.",
        "The river peaked 2.1 metres above its normal level.",
        "The lake sat 14 inches lower than last spring.",
        "Runoff came in 40 millimetres short of the forecast.",
        "The tower stands 12 metres higher than the old one.",
    ],
)
def test_a_distance_from_a_mark_is_a_difference(text: str) -> None:
    n = next(x for x in scan(text) if x.text not in ("20",))
    assert _from_mark(text, n)


@pytest.mark.parametrize(
    "text",
    [
        "The summit is 3,500 feet above sea level.",
        "Some 40 families below the poverty line get the grant.",
        "The river reached 20 feet on Friday.",
        "Temperatures hit 3 degrees on Tuesday.",
        "The village lies 300 metres above the sea.",
        "It dropped 14 inches of rain.",
    ],
)
def test_a_level_is_no_distance_from_a_mark(text: str) -> None:
    assert not _from_mark(text, scan(text)[0])


def test_a_ratio_or_a_distance_from_a_mark_is_no_changed_count() -> None:
    source = (
        "The trial enrolled 1,046 adults with moderate asthma at 90 clinics.",
        "Forecasters said the Ouse at York could crest near 20 feet on Friday; flood stage there is 15 feet.",
    )
    rewrite = (
        "The trial enrolled just over 1,000 adults with asthma, with two patients getting the inhaler for every one "
        "on placebo.",
        "Forecasters said the Ouse at York will crest at 20 feet on Friday, five feet above flood stage.",
    )
    assert not _found(source[0], rewrite[0], (source[1], rewrite[1]))


# --- a year in a full date dates the text; a bare year names the period ---------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The harbour authority's 2027 report on ferry traffic is out.",
            "The harbour authority published its report on ferry traffic on 6 February 2028.",
        ),
        ("The 2027 survey of river birds is out.", "The survey of river birds was released on 3 March 2028."),
        ("The museum's 2026 visitor figures were published.", "The museum published visitor figures on May 2, 2027."),
    ],
)
def test_a_year_in_a_full_date_is_no_changed_year(source: str, rewrite: str) -> None:
    assert not _found(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The ferry terminal is due to open in 2027, the authority said.", "The terminal is due to open in 2028."),
        ("The survey of river birds covered 2026, the trust said.", "The survey of river birds covered 2025."),
        ("The new bridge will open on 4 May 2027.", "The new bridge will open on 4 May 2028."),
    ],
)
def test_a_changed_year_of_one_kind_is_still_flagged(source: str, rewrite: str) -> None:
    assert _found(source, rewrite)


# --- the one figure two restated sentences do not share; the size of one change -------------------------------------

_ONE_CHANGED = [
    (  # a retail release's bullet and a news sentence, each giving the size of one fall
        "- Department store sales volumes fell by 4.7% over the month, with furniture the weakest line.",
        "- Grocery sales volumes rose by 0.6% in the month, the third rise in a row.",
        "Department stores fared worst, with volumes down 7.4% in a month, while grocers saw sales edge up 0.6%.",
    ),
    (  # a poll: the one share the rewrite does not take from the release
        "- Support for the Harbour Party stood at 3.8% among voters aged under 30, the pollster said.",
        "- Undecided voters made up 9.1% of the sample, the pollster said.",
        "Among voters under 30 the Harbour Party polled 8.3%, while 9.1% of the sample were undecided.",
    ),
    (  # a match report: the one share of possession the rewrite changed
        "- Rovers had 61.4% of possession in the first half, the league's data showed.",
        "- Rovers completed 88.2% of their passes, the league's data showed.",
        "Rovers kept 63.4% of possession in the first half and completed 88.2% of their passes.",
    ),
]


@pytest.mark.parametrize(("source", "other", "rewrite"), _ONE_CHANGED)
def test_the_one_figure_not_shared_is_the_changed_one(source: str, other: str, rewrite: str) -> None:
    found = _found(f"{source}\n{other}", rewrite)
    assert any("copy slip" in m for m in found), found


@pytest.mark.parametrize(("source", "other", "rewrite"), _ONE_CHANGED[:2])  # (the third: a restated percent slot)
def test_a_second_figure_of_its_own_leaves_the_role_open(source: str, other: str, rewrite: str) -> None:
    """When the rewrite sentence gives a second figure the source does not state, the one changed is not known."""
    shared = next(n.text for n in scan(other) if n.percent)
    assert not any("copy slip" in m for m in _found(f"{source}\n{other}", rewrite.replace(shared, "1.3%")))


@pytest.mark.parametrize(("source", "other", "rewrite"), _ONE_CHANGED)
def test_the_figure_restated_stays_silent(source: str, other: str, rewrite: str) -> None:
    slipped = next(n.text for n in scan(rewrite) if n.percent)
    kept = next(n.text for n in scan(source) if n.percent)
    assert not _found(f"{source}\n{other}", rewrite.replace(slipped, kept))


# --- last year's total, restated beside a follow-up's update ---------------------------------------------------------

_FOLLOW_UPS = [
    (
        "The tally is already more than half of last year's full-year total of 41,800 cases, the agency said.",
        "The state has already logged nearly two-thirds of last year's full-year total of {} cases, the agency said.",
        "41,800",
        "48,100",
    ),
    (
        "With a month to go, the club has already sold 9,200 season tickets, against last season's total of 12,640.",
        "The club has now sold 10,100 season tickets, closing on last season's total of {}.",
        "12,640",
        "16,240",
    ),
    (
        "So far this year 312 homes have been completed, against last year's total of 1,475 homes.",
        "So far this year 401 homes have been completed, against last year's total of {} homes.",
        "1,475",
        "1,745",
    ),
]


@pytest.mark.parametrize(("source", "rewrite", "kept", "slipped"), _FOLLOW_UPS)
def test_last_years_total_is_no_update(source: str, rewrite: str, kept: str, slipped: str) -> None:
    assert any(slipped in m and "copy slip" in m for m in _found(source, rewrite.format(slipped)))
    assert not any("copy slip" in m for m in _found(source, rewrite.format(kept)))


def test_this_years_tally_is_updated_not_changed() -> None:
    source, rewrite, kept, _slipped = _FOLLOW_UPS[2]
    assert not _found(source, rewrite.format(kept))  # 312 → 401: the update the follow-up explains


# --- a source figure's label named in the rewrite's own words; a row that shares another figure -----------------------


def test_a_label_named_in_the_rewrite_pins_the_row() -> None:
    source = "- Labour 31.2% (+1.1)\n- Harbour 12.6% (-0.4)\n- Green 8.9% (+0.2)"
    assert any("11.6%" in m for m in _found(source, "- **The Harbour vote slips.** It is on 11.6%, a touch lower."))
    assert not _found(source, "- **The Harbour vote slips.** It is on 12.6%, a touch lower.")
    assert not _found(source, "- **A quiet month.** Turnout intent is on 11.6%.")  # no label named


@pytest.mark.parametrize(
    ("row", "rewrite", "changed"),
    [
        (
            "- OKONJO, Ada (IND): 23,406 (51.27 per cent)",
            "Ms Okonjo finished with {} votes, about 51.3 per cent of the final count.",
            "23,046",
        ),
        (
            "- Quayside ward: 4,812 ballots (38.61%)",
            "In Quayside, {} ballots were cast, or 38.6% of those issued.",
            "4,182",
        ),
        (
            "- Northern region revenue: $417.3 million (22.84% of group)",
            "The northern region brought in ${} million, some 22.8% of the group's revenue.",
            "471.3",
        ),
    ],
)
def test_a_row_that_shares_another_figure_is_the_one_restated(row: str, rewrite: str, changed: str) -> None:
    kept = next(n.text for n in scan(row) if not n.percent).replace("$", "")
    source = f"The final figures are set out below.\n\n{row}\n- Other: 102 (0.2 per cent)"
    assert any(changed in m for m in _found(source, rewrite.format(changed)))
    assert not _found(source, rewrite.format(kept))
    other_share = rewrite.replace("51.3", "48.1").replace("38.6%", "31.2%").replace("22.8%", "19.4%")
    assert not any("shares its other figure" in m for m in _found(source, other_share.format(changed)))
