"""Two general forms found blind on heldout76–77 after the sixteenth round: a period named between a change's ends and
its size ("from 3,480 to 3,215 over the same period, a drop of 265"), and a conversion in an aside between dashes
("a 52-yard field goal — about 48 metres —")."""

from __future__ import annotations

import pytest

from tests.checks._run import default_rule, run


def _messages(rule: str, text: str) -> tuple[list[str], list[str]]:
    report = run(default_rule(rule), text)
    return [f.message for f in report.findings], [f.message for f in report.passed]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The claimant count fell from 3,480 to 3,215 over the same period, a drop of {}.", ("265", "365")),
        ("Exports rose from £2.1bn to £2.6bn during the year, an increase of £{}bn.", ("0.5", "0.4")),
        ("Membership grew from 1,200 to 1,500 over the decade, a rise of {}%.", ("25", "35")),
        ("Prices climbed from 40 to 50 over the period, a rise of {} per cent.", ("25", "20")),
        ("Visits fell from 900 to 720 across the whole season, down {}%.", ("20", "30")),
        ("Its bus fleet fell from 64 to 52 in the same period — a cut of {}.", ("12", "14")),
    ],
)
def test_a_period_between_the_ends_and_the_size(text: str, wrong: tuple[str, str]) -> None:
    right, bad = wrong
    assert _messages("change-arithmetic", text.format(right))[0] == []
    assert _messages("change-arithmetic", text.format(right))[1]
    assert _messages("change-arithmetic", text.format(bad))[0]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("He kicked a 52-yard field goal — about {} metres — on the last play.", ("48", "58")),
        ("The route runs 26 miles – {} km – along the coast.", ("42", "52")),
        ("The ship is 300 metres — roughly {} feet.", ("980", "1,200")),
        ("A 10-kilometre loop — about {} miles — opens on Saturday.", ("6", "9")),
        ("The pool holds 50 metres — some {} yards — of lanes.", ("55", "65")),
        ("Snow reached 30 cm – nearly {} inches – in the hills.", ("12", "16")),
    ],
)
def test_a_conversion_in_an_aside_between_dashes(text: str, wrong: tuple[str, str]) -> None:
    right, bad = wrong
    assert _messages("unit-conversion", text.format(right))[0] == []
    assert _messages("unit-conversion", text.format(bad))[0]


@pytest.mark.parametrize(
    "text",
    [
        "The trail is 26 miles — 12 km of it paved — along the coast.",
        "The wall is 3 metres — 12 feet higher than the old one — and cost £2m.",
        "The first 5 km – 3 km of it uphill – are the hardest.",
        "Sales rose from 40 to 50 over the period, and a further 20 per cent are expected next year.",
        "The count fell from 3,480 to 3,215 over the same period; 365 claims are pending.",
        "Output rose from 12 to 15 tonnes over the year, with 4 tonnes exported.",
    ],
)
def test_what_is_not_a_restated_measure_or_a_change_s_size_stays_silent(text: str) -> None:
    assert _messages("unit-conversion", text)[0] == []
    assert _messages("change-arithmetic", text)[0] == []
