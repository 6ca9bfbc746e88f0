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
