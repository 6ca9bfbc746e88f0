"""Fixes for general causes found by sport, entertainment, crime and local-news releases and their rewrites
(thirty-third held-out set), pinned with hand-written sentences that are not the held-out ones, and near-misses that
must stay silent."""

from __future__ import annotations

from _run import rewrite_findings as findings

# --- unsupported-claim: a restatement in other word forms is supported ----------------------------------------------
# (published the same day: an action no source states is then a claim, not a follow-up's own reporting)

_FIRE = (
    "Firefighters were called to a blaze at a warehouse on Dock Road, Ellesmere Port, at 2.15am on Sunday.\n\n"
    "{claim}\n\n"
    "Four crews spent more than three hours bringing the fire under control.\n\n"
    "The cause of the fire is being investigated by the fire service and police.\n\n"
    "Dock Road was closed between the roundabout and the canal bridge until 9am.\n"
)
_GUARD = (
    "The night guard, a 61-year-old woman, was not seriously hurt but was treated for smoke inhalation at the scene."
)


def test_a_restatement_in_other_word_forms_is_supported() -> None:
    claim = (
        "The guard escaped without serious injury, though she needed treatment after inhaling smoke, "
        "fire officers said."
    )
    assert not findings("unsupported-claim", _FIRE.format(claim=_GUARD), _FIRE.format(claim=claim), days_apart=0)


def test_a_claim_the_source_does_not_make_is_still_unsupported() -> None:
    claim = "Detectives have arrested a former employee on suspicion of arson, fire officers said."
    assert findings("unsupported-claim", _FIRE.format(claim=_GUARD), _FIRE.format(claim=claim), days_apart=0)


# --- unsupported-claim: a measure rounded to the whole is restated -------------------------------------------------

_QUARRY = (
    "The county council has approved an extension to Hollin Bank quarry near Kirkby Lonsdale.\n\n"
    "{claim}\n\n"
    "The operator, Fellside Aggregates, employs 38 people at the quarry and says the extension secures their jobs.\n\n"
    "Blasting will be limited to weekday afternoons under the conditions attached to the permission.\n"
)
_AREA = "The extension covers a 7.8 hectare strip of rough pasture on the quarry's eastern edge, beside Old Scar Lane."


def test_a_measure_rounded_to_the_whole_is_supported() -> None:
    claim = "Fellside Aggregates wants to work an 8-hectare strip of grazing land off Old Scar Lane, near the village."
    assert not findings("unsupported-claim", _QUARRY.format(claim=_AREA), _QUARRY.format(claim=claim))


def test_a_whole_number_of_another_measure_is_still_new() -> None:
    claim = "Fellside Aggregates wants to work an 8-metre strip of grazing land off Old Scar Lane, near the village."
    assert findings("unsupported-claim", _QUARRY.format(claim=_AREA), _QUARRY.format(claim=claim))


# --- causal-reversal: an abbreviation's full stop does not end the linked phrase -----------------------------------

_MARKET = (
    "The Saturday farmers' market in Ashby reported its busiest spring yet, the town council said on Monday.\n\n"
    "{claim}\n\n"
    "Stallholders said takings were up on last year, with 46 traders now booked for every week until October.\n\n"
    "The council will review parking on Market Street before the summer.\n"
)
_HOURS = "Footfall rose by a fifth this spring despite the change to a 7 a.m. opening time for the Saturday market."


def test_a_concession_turned_cause_across_an_abbreviation_is_flagged() -> None:
    claim = "Footfall rose by a fifth this spring thanks to the move to a 7 a.m. opening time for the Saturday market."
    assert findings("causal-reversal", _MARKET.format(claim=_HOURS), _MARKET.format(claim=claim))


def test_a_concession_kept_across_an_abbreviation_is_silent() -> None:
    claim = (
        "Even with the switch to a 7 a.m. opening time for the Saturday market, footfall rose by a fifth this spring."
    )
    assert not findings("causal-reversal", _MARKET.format(claim=_HOURS), _MARKET.format(claim=claim))
