"""Claims a rewrite adds, found by the held-out sets 40 to 43; sentences here are not the held-out ones."""

from __future__ import annotations

from _run import rewrite_findings as findings

from factcheck.checks.unsupported_claim import new_numbers
from factcheck.engine import build_facts
from factcheck.ingest import from_text

_MILL = (
    "Tasman Pulp said on Tuesday its Kawerau mill produced 1.24 Mt of pulp in the year to June.\n\n"
    "Full-year guidance is kept at 1.60-1.68 Mt, and the mill ran at 91 per cent of capacity.\n\n"
    "The company said 38 per cent of its output was shipped to China, where demand for packaging grade pulp rose.\n\n"
    "Chief executive Hana Roberts said new log supply contracts would keep the mill running through the winter.\n\n"
    "Managers plan to open a training centre for forestry apprentices at the mill next year.\n"
)


def _mill_rewrite(added: str, title: str = "") -> str:
    return (
        (f"{title}\n\n" if title else "")
        + "Tasman Pulp's Kawerau mill produced 1.24 million tonnes of pulp in the year to June, the company said on "
        "Tuesday.\n\n"
        "The company kept its full-year guidance at 1.60 million to 1.68 million tonnes, with the mill running at 91 "
        "per cent of capacity.\n\n"
        f"{added}\n\n"
        "Chief executive Hana Roberts said new log supply contracts would keep the mill running through the winter.\n\n"
        "Managers plan to open a training centre for forestry apprentices at the mill next year.\n"
    )


def test_a_tonnage_derived_from_guidance_and_output_in_prefixed_units_is_computed() -> None:
    added = "Having made 1.24 million tonnes, it needs between about 0.36 million and 0.44 million tonnes to meet that."
    assert not findings("unsupported-claim", _MILL, _mill_rewrite(added))
    # a figure no difference gives is still new
    assert findings("unsupported-claim", _MILL, _mill_rewrite(added.replace("0.44 million", "0.71 million")))


def test_a_ratio_restating_a_source_share_is_supported() -> None:
    added = "Roughly two in five of its output was shipped to China."
    assert not findings("unsupported-claim", _MILL, _mill_rewrite(added))
    # a share no source percentage is within the hedge of stays two new numbers
    for share, new in (("38 per cent", set()), ("12 per cent", {"2", "5"})):
        source = from_text(_MILL.replace("38 per cent", share), id="source.txt")
        assert new_numbers(build_facts([source]), added, ["source.txt"], words=True) == new


def test_a_newsletter_s_masthead_lines_are_no_claims() -> None:
    title = "Timber Wire Weekly — Tuesday edition"
    for added in (
        "**Your three-minute read on the forestry trade.** Today: pulp volumes and what to watch.",
        "Timber Wire Weekly is a news summary service for subscribers in the wood trade.",
    ):
        assert not findings("unsupported-claim", _MILL, _mill_rewrite(added, title)), added
    # a line about another publication is still weighed
    added = "Pulp Markets Monthly is forecasting a 12 per cent fall in prices."
    assert findings("unsupported-claim", _MILL, _mill_rewrite(added, title))


def test_a_superlative_among_peers_or_on_record_is_a_record_claim() -> None:
    for added, phrase in (
        ("Its output per worker was the best of any mill in the country last year.", "the best of any"),
        ("It was the mill's highest annual output on record.", "mill's highest annual output on record"),
    ):
        found = findings("unsupported-claim", _MILL, _mill_rewrite(added))
        assert found and "record claim" in found[0].message and phrase in found[0].message, added


def test_a_source_ranking_among_peers_vouches_for_one() -> None:
    source = _MILL.replace(
        "ran at 91 per cent of capacity.", "ran at 91 per cent of capacity, the best of any NZ mill."
    )
    added = "Its output per worker was the best of any mill in the country last year."
    assert not any("record claim" in f.message for f in findings("unsupported-claim", source, _mill_rewrite(added)))


def test_a_day_of_a_month_whose_digits_a_source_uses_otherwise_is_new() -> None:
    source = _MILL.replace("for forestry apprentices", "for 17 forestry apprentices")
    added = "The mill shipped its first cargo of the season to Shanghai on March 17, the company said."
    assert findings("unsupported-claim", source, _mill_rewrite(added))
    dated = source.replace("next year.", "next year, after a first cargo leaves for Shanghai on 17 March.")
    assert not findings("unsupported-claim", dated, _mill_rewrite(added))


_CLINIC = (
    "The health board said on Monday it wants to send nurses door to door in Flaxmere to lift flu vaccination rates."
    "\n\n"
    "Uptake among people over 65 in the suburb is 48 per cent, against 61 per cent across the region.\n\n"
    "The board's clinics in Flaxmere gave 1,240 flu shots last week, up from 980 the week before.\n\n"
    "Community leader Tama Ruawai said many older residents could not reach the clinics by bus.\n"
)


def _clinic_follow_up(added: str) -> str:
    return (
        "Uptake among people over 65 in Flaxmere is 48 per cent, against 61 per cent across the region, the health "
        "board said.\n\n"
        "The board's clinics in Flaxmere gave 1,240 flu shots last week, up from 980 the week before.\n\n"
        f"{added}\n\n"
        "Community leader Tama Ruawai said many older residents could not reach the clinics by bus.\n"
    )


def test_a_follow_up_s_first_time_on_its_own_day_is_its_new_event() -> None:
    added = "Nurses went door to door in Flaxmere for the first time today to lift flu vaccination rates."
    assert not findings("unsupported-claim", _CLINIC, _clinic_follow_up(added))
    # a first over all time is still a record claim
    added = "It is the first time a health board in the country has sent nurses door to door to lift flu vaccination."
    assert findings("unsupported-claim", _CLINIC, _clinic_follow_up(added))


def test_a_follow_up_quote_that_repeats_its_own_figures_adds_no_number() -> None:
    source = _CLINIC
    follow_up = _clinic_follow_up(
        "Volunteers have since signed up 1,060 residents for home visits, the board said. "
        '"A thousand people at home is a start, but 48 per cent is not good enough," said nurse Ana Leota.'
    )
    found = findings("unsupported-claim", source, follow_up)
    assert not [f for f in found if "A thousand people" in f.message]
    assert [f for f in found if "1,060" in f.message]  # the update's new figure itself is weighed where first given
