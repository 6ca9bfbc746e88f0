"""Fixes for general causes found by the single articles of the forty-seventh to fiftieth held-out sets, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import pytest
from _run import default_rule, fails, passes, run, silent

# --- sum-of-parts -------------------------------------------------------------------------------------------------


def test_a_label_may_open_on_a_compound_modifier_with_a_number() -> None:
    # 700 + 900 + 500 = 2,100, not 2,000
    report = run(
        default_rule("sum-of-parts"),
        "The 2,000 flats are made up of 700 studio flats, 900 two-bedroom flats and 500 3-bed houses.",
    )
    assert [f.message for f in report.findings] == ["700 + 900 + 500 = 2,100, not 2,000"]
    assert passes(
        "sum-of-parts", "The 2,100 flats are made up of 700 studio flats, 900 two-bedroom flats and 500 3-bed houses."
    )


def test_rounded_parts_that_reach_the_total_only_at_their_edges_do_not_add_up() -> None:
    # 1.3 + 0.8 + 0.4 = 2.5, under 2.65 however the parts were rounded; "2.7" is 2.65 or more
    assert fails(
        "sum-of-parts",
        "The bill came to $2.7 billion, made up of $1.3 billion in wages, $0.8 billion in fuel and $0.4 billion "
        "in rent.",
    )
    # 1.5 + 0.8 + 0.4 = 2.7
    assert passes(
        "sum-of-parts",
        "The bill came to $2.7 billion, made up of $1.5 billion in wages, $0.8 billion in fuel and $0.4 billion "
        "in rent.",
    )


def test_rounded_parts_within_the_total_s_rounding_pass() -> None:
    # 1.4 + 0.9 + 0.4 = 2.7, which may be 2.55–2.85: "2.8" (2.75–2.85) is within reach
    assert passes(
        "sum-of-parts",
        "The bill came to $2.8 billion, made up of $1.4 billion in wages, $0.9 billion in fuel and $0.4 billion "
        "in rent.",
    )


@pytest.mark.parametrize("sign", ["GH¢", "GHS "])
def test_cedis_are_one_currency(sign: str) -> None:
    # 500 + 300 + 100 = 900 million, not 1 billion
    assert fails(
        "sum-of-parts",
        f"The {sign}1 billion loan is made up of {sign}500 million from banks, {sign}300 million from reserves and "
        f"{sign}100 million from buyers.",
    )


def test_bracketed_parts_then_a_verb_and_between_them() -> None:
    # 612 + 405 + 230 = 1,247, not 1,347
    report = run(
        default_rule("sum-of-parts"),
        "The county's three hospitals – Northgate (612), Riverside (405) and Eastfield (230) – treated 1,347 "
        "patients between them last month.",
    )
    assert [f.message for f in report.findings] == ["612 + 405 + 230 = 1,247, not 1,347"]
    assert passes(
        "sum-of-parts",
        "The county's three hospitals – Northgate (612), Riverside (405) and Eastfield (230) – treated 1,247 "
        "patients between them last month.",
    )


def test_bracketed_parts_then_a_verb_without_between_them_are_silent() -> None:
    assert silent(
        "sum-of-parts",
        "The county's three hospitals – Northgate (612), Riverside (405) and Eastfield (230) – treated 1,347 "
        "patients last month.",
    )


# --- change-arithmetic: a verb of change with its object and a phrase before the ends ------------------------------


def test_a_verb_with_a_longer_object_before_the_ends() -> None:
    # 4.2m - 3.6m = 0.6m, not 0.8m
    report = run(
        default_rule("change-arithmetic"),
        "The board lowered its estimate for the region's total wheat harvest from 4.2 million tonnes to 3.6 "
        "million tonnes, a reduction of 0.8 million tonnes.",
    )
    assert [f.message for f in report.findings] == [
        "from 4.2 million to 3.6 million is a fall of 0.6 million, not 0.8 million"
    ]
    assert passes(
        "change-arithmetic",
        "The board lowered its estimate for the region's total wheat harvest from 4.2 million tonnes to 3.6 "
        "million tonnes, a reduction of 0.6 million tonnes.",
    )


# --- count-vs-list ----------------------------------------------------------------------------------------------


def test_a_superlative_adverb_before_the_colon() -> None:
    report = run(default_rule("count-vs-list"), "The storm hit three counties worst: Kerry, Clare, Cork and Galway.")
    assert [f.message for f in report.findings] == ["'three counties' are followed by 4 items"]
    assert passes("count-vs-list", "The storm hit four counties worst: Kerry, Clare, Cork and Galway.")


def test_names_after_an_object_that_names_changes_name_the_group() -> None:
    report = run(default_rule("count-vs-list"), "Five wards reported rises: Hillside, Northgate and Old Town.")
    assert [f.message for f in report.findings] == ["'Five wards' are followed by 3 items"]


def test_lower_case_items_after_an_object_that_names_changes_are_silent() -> None:
    # the items may be the rises' kinds, not the wards
    assert silent("count-vs-list", "Five wards reported rises: burglary, theft and assault.")


def test_a_count_of_children_then_their_names() -> None:
    report = run(
        default_rule("count-vs-list"),
        "She is survived by her husband, Tomas, three children, Ana, Luis, Pilar and Marco, and nine grandchildren.",
    )
    assert [f.message for f in report.findings] == ["'three children' are followed by 4 items"]
    assert passes(
        "count-vs-list",
        "She is survived by her husband, Tomas, four children, Ana, Luis, Pilar and Marco, and nine grandchildren.",
    )


def test_a_count_of_other_things_before_names_needs_a_determiner() -> None:
    assert silent("count-vs-list", "The club signed three players, Ana, Luis, Pilar and Marco, and two coaches.")


# --- percent-of ---------------------------------------------------------------------------------------------------


def test_a_share_of_the_national_total_without_or() -> None:
    # 150,000 / 500,000 = 30%, not about 40%; the exact 20% of 100,000 fits the 500,000 stated before
    text = (
        "Mills bought 500,000 tonnes of grain last year. The north supplied 150,000 tonnes, about 40 per cent of "
        "the national total, while the south supplied 100,000 tonnes, or 20 per cent."
    )
    report = run(default_rule("percent-of"), text)
    assert [f.message for f in report.findings] == [
        "150,000 of the total 500,000 (which 100,000 is 20 per cent of, as stated) is 30%, not about 40 per cent"
    ]
    assert passes("percent-of", text.replace("about 40", "about 30"))


def test_a_part_with_its_noun_out_of_a_total_capacity() -> None:
    # 1,240 / 8,000 = 15.5%, not 19%
    report = run(
        default_rule("percent-of"),
        "The county has 1,240 empty beds out of a total capacity of 8,000, or 19 per cent, the trust said.",
    )
    assert [f.message for f in report.findings] == ["1,240 of 8,000 is 15.5%, not 19 per cent"]
    assert passes(
        "percent-of",
        "The county has 1,240 empty beds out of a total capacity of 8,000, or 15.5 per cent, the trust said.",
    )
