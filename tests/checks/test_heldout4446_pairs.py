"""Numbers across a source and its rewrite, found by the held-out sets 44 to 46; sentences here are not the held-out
ones."""

from __future__ import annotations

from _run import rewrite_findings

_SHARED = (
    "The regional water board met on Thursday to review the summer's supply figures for the valley towns. "
    "Chair Ingrid Solberg said the dry spell had tested the new reservoir sooner than planners expected. "
    "The board will ask the provincial government to fund a second pipeline from the northern lakes. "
    "Farmers in the lower valley have warned that irrigation limits could cost them a harvest next year. "
)


def _pair(source: str, rewrite: str) -> tuple[str, str]:
    """A source and its rewrite that share the board's story, each with its own sentence."""
    return _SHARED + source, _SHARED + rewrite


def _messages(check: str, source: str, rewrite: str) -> list[str]:
    """The messages of ``check`` on the pair."""
    return [f.message for f in rewrite_findings(check, *_pair(source, rewrite))]


def _numbers(source: str, rewrite: str) -> list[str]:
    return _messages("cross-document-number", source, rewrite)


def test_a_raised_maximum_is_no_weaker_statement_of_the_source_s() -> None:
    source = "Engineers expect the river to rise 40 to 60cm at the weir, with up to 240cm possible in the gorge."
    rewrite = "The river will rise 40 to 60cm at the weir, with up to 270cm in the gorge, engineers expect."
    assert any("up to 270" in m and "up to 240" in m for m in _numbers(source, rewrite))
    # a lower maximum, or a ceiling that only widens ("under 270cm"), claims nothing the source does not
    assert not _numbers(source, rewrite.replace("up to 270cm", "up to 200cm"))
    assert not _numbers(source, rewrite.replace("up to 270cm", "under 270cm"))


def test_a_change_from_the_same_start_with_figures_dropped_or_in_cents_is_compared() -> None:
    source = "- Net income of $38.6 million, or $0.47 per share, compared with $29.9 million, or $0.36 per share."
    rewrite = "The board earned $36.8-million, or 47 cents a share, over the year, up from $29.9-million."
    assert any("$36.8-million" in m and "two digits swapped" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("$36.8-million", "$38.6-million"))


def test_a_name_s_number_and_a_dropped_size_of_the_change_leave_one_change() -> None:
    source = "- Deliveries from Pipeline 2 averaged 4.52 lakh litres a day last month, a rise of 31% over 3.45 lakh."
    rewrite = "Pipeline 2 is now delivering 4.25 lakh litres a day, officials said, compared with 3.45 lakh last year."
    assert any("4.25 lakh" in m and "4.52 lakh" in m for m in _numbers(source, rewrite))
    # a new level with no start in common is an update the rewrite may tell
    assert not _numbers(source, "Pipeline 2 is now delivering 4.25 lakh litres a day, officials said.")


def test_the_level_of_one_change_from_the_same_start_must_agree() -> None:
    source = (
        "- Hosepipe bans, which apply for 12 to 36 hours at a time, were in force on 23 days, down from 41 days "
        "the previous summer."
    )
    rewrite = "- Valley-wide hosepipe bans were in force on 33 days, down from 41 last summer."
    assert any("33" in m and "23" in m and "41 days" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("33 days", "23 days"))
    # another start is another change: nothing to compare
    assert not _numbers(source, rewrite.replace("down from 41", "down from 52"))


def test_a_count_is_compared_with_the_one_source_figure_naming_its_noun() -> None:
    source = (
        "Solberg said the start of metering was delayed because the new meters had not arrived from the supplier. "
        "The rationing order covers about 46,000 private and commercial borehole permits in the district."
    )
    rewrite = (
        "Solberg said metering would start late because the supplier could not deliver the new meters in time "
        "for the roughly 48,000 boreholes covered by the order."
    )
    assert any("48,000" in m and "46,000" in m for m in _numbers(source, rewrite))
    # two source figures naming the noun: which one the rewrite restates is not known
    assert not _numbers(source + " Another 12,500 boreholes were registered later.", rewrite)


def test_the_tallest_of_a_range_is_its_top() -> None:
    source = "The plan provides 210 flats in three blocks ranging from 4 to 9 storeys, with 80 parking spaces."
    rewrite = "The developer will build three blocks, the tallest a 12-storey tower, and 210 flats with 80 spaces."
    assert any("tallest as 12 storeys" in m and "top is 9" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("12-storey", "9-storey"))
    assert not _numbers(source, rewrite.replace("the tallest a 12-storey", "the smallest a 4-storey"))


def test_a_share_that_adds_neighbouring_parts_of_one_whole_is_supported() -> None:
    source = (
        "The survey's odds for the season are: dry (under 60% of normal) 6%; low 14%; normal 30%; high 32%; "
        "and very high 18%."
    )
    rewrite = "The survey gives a 50% chance of a high or very high season, and just a 20% chance of a dry or low one."
    assert not _messages("unsupported-claim", source, rewrite)
    # parts that do not add up to a whole are no breakdown of one: their sum is no share of it
    partial = source.replace("very high 18%", "very high 16%")
    assert any("50%" in m for m in _messages("unsupported-claim", partial, rewrite))


# --- found by the held-out sets 47 to 50 ------------------------------------------------------------------------


def test_people_a_company_employs_are_its_employees() -> None:
    source = "Rivermark currently employs 340 people and plans to hire 60 more by the end of next year."
    rewrite = "Rivermark, which has 370 employees, intends to hire 60 more people by the end of next year."
    assert any("370" in m and "340" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("370 employees", "340 employees"))


def test_two_plain_percentages_that_only_share_a_rounding_point_differ() -> None:
    source = "(b) The abstraction levy should be 3 per cent of the gross water revenue of the operator."
    rewrite = "The board said operators should pay 4 per cent of their gross water revenue as an abstraction levy."
    assert any("4 per cent" in m and "3 per cent" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("4 per cent", "3 per cent"))


def test_one_measure_with_its_unit_in_a_restated_sentence_is_one_slot() -> None:
    source = "Every affected farm will receive 40GB of free telemetry data, which will be credited by July 31."
    rewrite = "Affected farms will get 60GB of free telemetry data, to be credited by the end of July."
    assert any("60GB" in m and "40GB" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("60GB", "40GB"))


def test_an_exact_figure_with_the_digits_of_a_bound_swapped_is_a_slip() -> None:
    source = "Had the pipeline failed, the damage to crops could have reached up to $275 million, the board said."
    rewrite = "The board put the possible damage to crops from a pipeline failure at $257 million."
    assert any("$257 million" in m and "two digits swapped" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("$257 million", "$230 million"))  # within the bound, no slip


def test_an_amount_of_a_noun_is_compared_with_the_one_source_amount_of_it() -> None:
    source = "Contractor admitted taking $46,300 in kickbacks\n\nThe contractor was fined and barred from tendering."
    rewrite = "- **The scheme:** Over two years the contractor took $43,600 in kickbacks from suppliers."
    assert any("$43,600" in m and "$46,300" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("$43,600", "$46,300"))


def test_a_measure_in_dashes_after_another_restates_it() -> None:
    source = "The contractor was barred for 30 months and must report to the board for two years after that."
    rewrite = "- **Penalty:** 30 months — two and a half years — plus two years of reporting to the board."
    assert not _numbers(source, rewrite)


def test_a_magnitude_glued_as_a_short_word_is_read() -> None:
    source = "- Outstanding water bills of RM3.46 billion as at 30 June, to be collected over the next two years"
    rewrite = "Outstanding water bills stood at RM3.64bil at end-June, to be collected over the next two years."
    assert any("RM3.64bil" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("RM3.64bil", "RM3.46bil"))


def test_a_large_figure_slipped_is_compared_with_the_one_source_figure_of_its_noun() -> None:
    source = (
        "The allocations for next year are as follows:\n\n"
        "- Lake Arden: the allocation is 48,230 megalitres, down from 55,100 megalitres.\n"
        "- Lake Brisk: the allocation rises to 9,400 megalitres from 8,800 megalitres.\n"
    )
    rewrite = (
        "Growers on Lake Arden will be allowed to draw 48,320 megalitres next year after the board ordered a cut "
        "in talks that ended on Wednesday. Lake Brisk growers get 9,400 megalitres."
    )
    assert any("48,320" in m and "48,230" in m for m in _numbers(source, rewrite))
    assert not _numbers(source, rewrite.replace("48,320", "48,230"))
    # round figures differ in one digit by chance: "38,000" is no slip of "48,000"
    round_source = source.replace("48,230", "48,000")
    assert not _numbers(round_source, rewrite.replace("48,320", "38,000"))


def test_a_span_between_two_source_clock_times_is_supported() -> None:
    source = (
        "The pumps stopped at 02:40 on Friday after a power surge. Supply was fully restored at 13:10 the same day, "
        "ten hours and 30 minutes later."
    )
    rewrite = "The fault lasted from 2.40am until 1.10pm, about 10 hours."
    assert not _messages("unsupported-claim", source, rewrite)


def test_an_amount_with_a_glued_magnitude_restates_its_source_figure() -> None:
    source = "The review held hearings over 31 days. Its total cost to date is £6.9 million."
    rewrite = "It has cost almost £7m so far."
    assert not _messages("unsupported-claim", source, rewrite)
