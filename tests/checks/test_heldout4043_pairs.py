"""Numbers across a source and its rewrite, found by the held-out sets 40 to 43; sentences here are not the held-out
ones."""

from __future__ import annotations

from _run import fails, rewrite_findings, silent

_SHARED = (
    "The harbour board met on Tuesday to review the dredging programme at the eastern quay. "
    "Chair Moana Whitcombe said silt had narrowed the channel faster than engineers expected. "
    "The board will ask the regional council to share the cost of a second dredger next winter. "
    "Shipping lines have warned that larger container vessels may skip the port if the channel is not deepened. "
)


def _pair(source: str, rewrite: str) -> tuple[str, str]:
    """A source and its rewrite that share the board's story, each with its own sentence."""
    return _SHARED + source, _SHARED + rewrite


def _slips(source: str, rewrite: str, days_apart: int = 1) -> list[str]:
    """The messages of cross-document-number on the pair."""
    return [f.message for f in rewrite_findings("cross-document-number", *_pair(source, rewrite), days_apart)]


def test_firms_and_companies_count_one_thing() -> None:
    source = "About 260 Danish companies have an office in the port district, in shipping, insurance and logistics."
    assert any("around 620" in m.lower() for m in _slips(source, source.replace("About 260", "Around 620")))
    assert not _slips(source, source.replace("About 260 Danish companies", "About 260 Danish firms"))


def test_a_two_digit_amount_with_a_magnitude_swapped_is_a_copy_slip() -> None:
    source = (
        "The board awarded a $7.3 million contract for the new wharf fenders and a $2 million grant for the slipway."
    )
    rewrite = "The board gave a $3.7-million contract for new wharf fenders, its largest this year."
    assert any("two digits swapped" in m for m in _slips(source, rewrite))
    assert not _slips(source, rewrite.replace("$3.7-million", "$7.3-million"))


def test_a_small_swap_needs_one_counted_noun() -> None:
    source = "The storm that hit the coast in June left 41 deaths across the region, the coroner's office said."
    died = "The coroner's office said 14 people had died across the region in the June storm on the coast."
    hurt = "The coroner's office said 14 people were hurt across the region in the June storm on the coast."
    assert any("two digits swapped" in m for m in _slips(source, died))
    assert not _slips(source, hurt)  # people hurt are no deaths: two counts of two things


def test_a_tonnage_with_a_prefixed_unit_is_read_in_full() -> None:
    source = "Exports through the port totalled 52.6 Mt in the year, most of it coal and iron ore bound for Asia."
    slipped = "Exports through the port totalled 56.2 million tonnes in the year, mostly coal and iron ore for Asia."
    assert any("52.6 Mt" in m for m in _slips(source, slipped))
    assert not _slips(source, slipped.replace("56.2", "52.6"))


def test_a_change_restated_with_the_same_start_compares_its_level() -> None:
    source = "- Port revenue: NZ$4.17 billion (NZ$3.95 billion)\n"
    rewrite = "- Port revenue climbed to NZ$4.71bn, against NZ$3.95bn a year earlier.\n"
    assert any("4.71bn" in m and "two digits swapped" in m for m in _slips(source, rewrite))
    # a change with no start in common is an update the rewrite may tell
    assert not _slips(source, "- Port revenue climbed to NZ$4.71bn this year.\n")


def test_a_figure_said_of_the_same_words_elsewhere_is_compared() -> None:
    source = (
        "Once in force, the accord will remove duties on 96.4% of product lines traded between the two ports. "
        "Most duties go at once, with the rest phased out over up to ten years."
    )
    rewrite = "The accord removes duties on 69.4% of product lines, most at once, the rest over up to ten years."
    assert any("96.4%" in m and "two digits swapped" in m for m in _slips(source, rewrite))
    assert not _slips(source, rewrite.replace("69.4%", "96.4%"))


def test_a_labelled_figure_is_compared_with_the_row_of_its_label() -> None:
    source = "| Port | Calls | Delays |\n|---|---|---|\n| Napier | 14,380 | 12 |\n| Nelson | 9,720 | 8 |\n"
    rewrite = "- Busiest ports: Napier (14,830) and Nelson (9,720).\n"
    assert any("“Napier”" in m for m in _slips(source, rewrite))
    assert not _slips(source, rewrite.replace("14,830", "14,380"))


def test_a_label_pins_its_own_figure_only() -> None:
    # "Napier" pairs the two sentences, but only the figure Napier labels is compared with Napier's: the rewrite's
    # other figure (1,480 calls at Tauranga) is no slip of Napier's 1,430
    source = "| Port | Calls |\n|---|---|\n| Napier | 1,430 |\n| Nelson | 970 |\n"
    rewrite = "- Calls: Tauranga 1,480 and Napier (1,340).\n"
    assert _slips(source, rewrite) == [
        "rewrite says 1,340 where the source sentence that labels it “Napier” says 1,430: the same figure with two "
        "digits swapped, a copy slip"
    ]


def test_the_level_a_named_quantity_is_taken_to_is_the_source_change_s_end() -> None:
    source = "The new stand would lift the ground's capacity from 2,100 to 3,450 by the start of next season."
    rewrite = "Once built, the stand would take the ground's capacity to 3,540."
    assert any("goes to 3,540" in m for m in _slips(source, rewrite))
    assert not _slips(source, rewrite.replace("3,540", "3,450"))


def test_a_part_of_the_whole_the_sentence_before_counts_is_compared() -> None:
    source = (
        "Inspectors counted 64 vessels waiting outside the breakwater on Monday. "
        "Of these, 37 were bulk carriers waiting for a berth at the eastern quay."
    )
    rewrite = (
        "Inspectors found 64 vessels waiting outside the breakwater on Monday. "
        "Of those, 31 were bulk carriers waiting for an eastern berth."
    )
    assert any("31 of the vessels" in m for m in _slips(source, rewrite))
    assert not _slips(source, rewrite.replace("31 were", "37 were"))


def test_a_count_listed_as_part_of_the_whole_is_that_part() -> None:
    source = "The port's open day features 96 stalls from 40 towns, including 31 food vendors and 12 craft stands."
    rewrite = (
        "The open day will feature 96 stalls from 40 towns. "
        "Nearly a third of the line-up, 31 stalls, are food vendors, with 12 craft stands."
    )
    assert not _slips(source, rewrite)


def test_a_follow_up_that_tells_its_update_is_not_contradicted_by_its_other_counts() -> None:
    source = "The board said it would close 22 berths at the old wharf to save money over the winter."
    rewrite = (
        "The board has cut the number of berths it plans to close to 19 from 22, after talks with fishing crews. "
        "The three reprieved berths are at the north end of the old wharf."
    )
    assert not [m for m in _slips(source, rewrite) if "three" in m]


_RESULTS = (
    "Maple Grocers reported third-quarter results on Wednesday. Same-store food sales increased 3.1% and gross margin "
    "was 27.8%. The company repurchased 1.8 million common shares for $97 million. {}"
)


def test_a_change_s_size_is_compared_with_a_size_only() -> None:
    size = (
        "The Board declared a quarterly common share dividend of $1.54 per share, an increase of 6 cents, from $1.48."
    )
    levels = "The Board declared a quarterly dividend of 46 cents per share, up from 42 cents."
    # "46 cents, up from 42 cents" gives two levels: neither restates the size of the other's change
    assert silent("cross-document-number", _RESULTS.format(size), _RESULTS.format(levels))
    # two sizes still compare
    assert fails("cross-document-number", _RESULTS.format(size), _RESULTS.format(size.replace("of 6", "of 9")))
