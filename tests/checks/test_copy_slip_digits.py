"""cross-document-number's copy slips read at one precision and with digits reordered: a rewrite figure that is a
source figure rounded to the rewrite's precision with two digits swapped ("$421 million" / "$412.3 million"), or,
from four significant digits, with its digits in another order ("18,452" / "18,245"); and such a figure found
anywhere in the source, not only in the sentence the rewrite restates. Hand-written sentences in several registers;
near-misses (a rounding, a rounding down, an update, another kind of figure, a year, an ambiguous source, three
digits moved apart) stay silent."""

from __future__ import annotations

import pytest
from _run import rewrite_findings as findings

from factcheck.checks._numeric import scan
from factcheck.checks.cross_document_number import _slipped

_CHECK = "cross-document-number"

# --- the digit test itself ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rewrite", "source"),
    [
        ("$421 million", "$412.3 million"),  # rounded, two adjacent digits swapped
        ("$3.28 million", "$2,384,600"),  # the source in full, rounded to the rewrite's precision
        ("36,512 runners", "31,562 runners"),  # two digits swapped, not adjacent
        ("18,452 votes", "18,245 votes"),  # three digits in another order
        ("64.7%", "67.42%"),  # a percentage rounded, then swapped
        ("2.63 million tonnes", "2,361,400 tonnes"),
    ],
)
def test_moved_digits_are_a_slip(rewrite: str, source: str) -> None:
    assert _slipped(scan(rewrite)[0], scan(source)[0])


@pytest.mark.parametrize(
    ("rewrite", "source"),
    [
        ("$212 million", "$212.4 million"),  # a rounding
        ("$212 million", "$212.6 million"),  # rounded down: sloppy, but no slip
        ("$2.4 million", "$2,384,600"),  # a rounding to two digits
        ("$624 million", "$426.1 million"),  # three digits, two far apart swapped: a chance match
        ("$4.72 million", "$4,617,200"),  # once rounded, a digit changed: no slip across precisions
        ("in 2031", "in 2013"),  # years
    ],
)
def test_a_rounding_or_a_chance_match_is_no_slip(rewrite: str, source: str) -> None:
    assert not _slipped(scan(rewrite)[0], scan(source)[0])


# --- in a pair of documents --------------------------------------------------------------------------------------

_STORY = (
    "The Harbourside council met on Tuesday to review the year's accounts and the new ferry terminal.\n\n"
    "{first}\n\n"
    "Councillors also voted to extend the opening hours of the Quayside library from next month.\n\n"
    "The mayor, Ines Caldwell, said the terminal would open to passengers in the spring.\n\n"
    "{second}\n\n"
    "The council will publish its full accounts on its website by the end of the week.\n"
)

_HITS = [
    # restated sentence: a rounded amount with two digits swapped
    (
        "The council's operating deficit for the year was £412.3 million, the treasurer told the meeting.",
        "The council's operating deficit for the year was £421m, the treasurer told the meeting.",
    ),
    # restated sentence: a crowd with two digits swapped far apart
    (
        "A crowd of 31,562 watched the regatta on the harbour last Saturday afternoon.",
        "A crowd of 36,512 watched the regatta on the harbour last Saturday afternoon.",
    ),
    # restated sentence: hedged signatures in another order (within the hedge's slack: no changed count)
    (
        "The petition against the terminal's car park gathered about 18,245 signatures in six weeks.",
        "The petition against the terminal's car park gathered some 18,452 signatures in six weeks.",
    ),
    # restated sentence: a hedged percentage rounded and swapped
    (
        "Turnout in the ward by-election was almost 67.42%, the returning officer said.",
        "Turnout in the ward by-election was about 64.7%, the returning officer said.",
    ),
]

_ANYWHERE_HITS = [
    # the rewrite names the contract in a sentence of its own; the source gives its cost elsewhere
    (
        "Officers presented the contract with Marlow Marine for dredging and pontoons at a total cost of $4,617,200.",
        "Councillors backed a $6.42 million dredging deal with Marlow Marine.",
    ),
    # a profit in a summary sentence, net income in a bullet of the release
    (
        "- Net income attributable to shareholders: $318.2 million, against $297.5 million a year earlier.",
        "Harbourside Holdings, which runs the ferries, posted a profit of $381 million, it said.",
    ),
    # a budget the rewrite writes in billions, rounded and swapped
    (
        "The ten-year capital programme is budgeted at $1,493.6 million, the finance committee said.",
        "Caldwell defended the $1.94bn capital programme at the meeting.",
    ),
    # a crowd, two digits far apart swapped
    (
        "Spectators on the final day numbered 24,716, organisers said.",
        "The final-day crowd of 27,416 was a record for the regatta.",
    ),
    # a share of the vote, rounded and swapped
    (
        "Of the ballots cast in the referendum, 58.31% backed the terminal plan.",
        "Voters approved the plan for the terminal with 53.8% support.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _HITS + _ANYWHERE_HITS)
def test_a_figure_with_moved_digits_is_a_copy_slip(source: str, rewrite: str) -> None:
    found = findings(_CHECK, _STORY.format(first=source, second=""), _STORY.format(first=rewrite, second=""))
    assert any("copy slip" in f.message for f in found), [f.message for f in found]


def test_the_digits_are_found_in_a_sentence_the_rewrite_does_not_restate() -> None:
    source = _STORY.format(first="", second="In all, the terminal's pontoons cost $2,941,800 to build and fit out.")
    rewrite = _STORY.format(first="Work on the $2.49 million terminal began last summer, Caldwell said.", second="")
    found = findings(_CHECK, source, rewrite)
    assert any("digits in another order" in f.message and "2,941,800" in f.message for f in found)


def test_a_plain_count_of_three_digits_is_looked_for_everywhere_only_beside_its_noun() -> None:
    """Among a story's counts, one with three digits another's in another order is a chance match ("182 boats" /
    "812 passengers"): a plain count of three digits is looked for in every source sentence only beside the same
    noun ("121 deaths" / "112 deaths"); money, a measure or a share of three digits wherever it stands."""
    source = _STORY.format(first="", second="In all, 812 passengers used the temporary pontoon in its first month.")
    rewrite = _STORY.format(
        first="Work on the terminal, which will berth 182 boats a year, began last summer.", second=""
    )
    assert not [f for f in findings(_CHECK, source, rewrite) if "copy slip" in f.message]
    same_noun = rewrite.replace("berth 182 boats a year", "serve 182 passengers a day")
    assert [f for f in findings(_CHECK, source, same_noun) if "copy slip" in f.message]
    money = rewrite.replace("berth 182 boats a year", "cost $182,000 to design")
    assert [
        f for f in findings(_CHECK, source.replace("812 passengers", "$812,000"), money) if "another order" in f.message
    ]


_NEAR_MISSES = [
    # a rounding of the source's figure
    (
        "Officers presented the contract with Marlow Marine for dredging and pontoons at a total cost of $4,617,200.",
        "Councillors backed a $4.62 million dredging deal with Marlow Marine.",
    ),
    # a rounding down: sloppy, no slip
    (
        "- Net income attributable to shareholders: $318.6 million, against $297.5 million a year earlier.",
        "Harbourside Holdings, which runs the ferries, posted a profit of $318 million, it said.",
    ),
    # an update told as such
    (
        "A crowd of 31,562 watched the regatta on the harbour last Saturday afternoon.",
        "Attendance at the harbour regattas has since risen to 36,512, organisers say.",
    ),
    # another kind of figure: money against a count
    (
        "The council paid $2,384 in fees to the harbour pilots.",
        "Some 3,284 volunteers have signed up to guide terminal visitors.",
    ),
    # years
    (
        "The old terminal building dates from 2013, when the ferry company was sold.",
        "The terminal, planned since 2031, will be the council's biggest project.",
    ),
    # the source states the rewrite's figure too
    (
        "The regatta drew 31,562 spectators on Saturday and 36,512 on Sunday.",
        "A crowd of 36,512 watched the regatta on the harbour on Sunday.",
    ),
    # the size of a change the rewrite computes, against a level in the source: the arithmetic's to check
    (
        "The gauge recorded 512 millimetres in the 24 hours to 9am, taking the total to 786 millimetres.",
        "Rainfall rose from 274 millimetres to 786 millimetres overnight, an increase of 521 millimetres.",
    ),
    # two source figures with the rewrite's digits: which one it means is not known
    (
        "Ticket sales came to $318.2 million and season passes to $830.9 million.",
        "Ferry income reached a record $381 million last year, the operator said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _NEAR_MISSES)
def test_a_rounding_an_update_or_another_figure_is_no_slip(source: str, rewrite: str) -> None:
    found = findings(_CHECK, _STORY.format(first=source, second=""), _STORY.format(first=rewrite, second=""))
    assert not any("copy slip" in f.message for f in found), [f.message for f in found]


# --- a measure given again in another unit after ", or" converts it ----------------------------------------------

_CONVERSIONS = [
    ("The ferry sails 40 miles to the island.", "The ferry sails 40 miles, or about 35 nautical miles, to the island."),
    (
        "The tank holds 500 gallons of diesel.",
        "The tank holds 500 gallons, or roughly 416 imperial gallons, of diesel.",
    ),
    (
        "The harbour crane lifts 40 tons at a time.",
        "The harbour crane lifts 40 tons, or about 36 metric tons, at a time.",
    ),
    (
        "Trucks over 40 tons must use the bypass road.",
        "Trucks over 40 tons, or about 36 metric tons, must use the bypass road.",
    ),
    (
        "The ridge rises 3,000 feet above the harbour.",
        "The ridge rises 3,000 feet, or roughly 900 metres, above the harbour.",
    ),
    (
        "The race course runs 26 miles along the shore.",
        "The race course runs 26 miles, or about 42 kilometres, along the shore.",
    ),
    (
        "The new ferry carries 120 tonnes of freight.",
        "The new ferry carries 120 tonnes, or 132 short tons, of freight.",
    ),
    (
        "The pontoon stretches 150 metres into the bay.",
        "The pontoon stretches 150 metres, or nearly 500 feet, into the bay.",
    ),
    (
        "Flood water stood 12 inches deep on the quay.",
        "Flood water stood 12 inches, or some 30 centimetres, deep on the quay.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _CONVERSIONS)
def test_a_measure_converted_after_or_is_no_second_count(source: str, rewrite: str) -> None:
    assert not findings(_CHECK, _STORY.format(first=source, second=""), _STORY.format(first=rewrite, second=""))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The harbour crane lifts 40 tons at a time.",
            "The harbour crane lifts 60 tons, or about 54 metric tons, at a time.",
        ),
        (
            "The ridge rises 3,000 feet above the harbour.",
            "The ridge rises 5,000 feet, or roughly 1,500 metres, above the harbour.",
        ),
        (
            "The race course runs 26 miles along the shore.",
            "The race course runs 31 miles, or about 50 kilometres, along the shore.",
        ),
        (
            "The new ferry carries 120 tonnes of freight.",
            "The new ferry carries 180 tonnes, or 198 short tons, of freight.",
        ),
        (
            "The pontoon stretches 150 metres into the bay.",
            "The pontoon stretches 250 metres, or nearly 820 feet, into the bay.",
        ),
        (
            "Flood water stood 12 inches deep on the quay.",
            "Flood water stood 20 inches, or some 50 centimetres, deep on the quay.",
        ),
    ],
)
def test_a_changed_measure_before_its_conversion_is_still_compared(source: str, rewrite: str) -> None:
    found = findings(_CHECK, _STORY.format(first=source, second=""), _STORY.format(first=rewrite, second=""))
    assert found, "the changed measure before ', or' is compared"
