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
from factcheck.checks.cross_document_number import _slip_noun

_CHECK = "cross-document-number"

_FRAME = (
    "{first}\n\n"
    "The announcement followed months of talks between the owners, the union and the regional council.\n\n"
    "Council leader Priya Okafor said the authority would work with the owners on what happens next.\n\n"
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
    source, workforce, rewrite, _kept, slipped = _CLOSURES[0]
    homes = "Kerrow Foods will close its Dunmore bakery in March, a year after {} people lost their homes in a flood."
    assert not _found(source, homes.format(slipped), (workforce, ""))
