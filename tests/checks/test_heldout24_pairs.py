"""Fixes for general causes found by the pairs of the twenty-fourth held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

from _run import default_rule, fails, run
from _run import rewrite_findings as findings

from factcheck.checks.entity_spelling import _demonym_of
from factcheck.ingest import date_line, metadata_line

# --- ingest: a byline's date line in more forms --------------------------------------------------------------------


def test_a_date_line_with_at_before_its_time_is_read() -> None:
    assert date_line("Published: Oct. 2, 2026 at 9:15 AM EDT") == dt.date(2026, 10, 2)
    assert date_line("Posted 4 May 2026 at 18.30") == dt.date(2026, 5, 4)
    assert date_line("The vote was on Oct. 2, 2026 at 9:15 AM") is None


def test_an_updated_line_states_nothing_but_is_no_publication_date() -> None:
    line = "Updated Nov 3, 2026 · 4 min read · Source: AP"
    assert date_line(line) is None
    assert metadata_line(line)
    assert metadata_line("Published Nov 3, 2026 · 4 min read")
    assert not metadata_line("Sales rose 4% on Nov 3, 2026, the company said.")
    assert not metadata_line("Updated guidance was issued on Nov 3, 2026.")


_PORT = (
    "The port authority said on Tuesday it would spend $210 million over four years to deepen the harbour channel. "
    "Dredging is due to start in April and will close the north berth for about six weeks. "
    "Authority chair Dana Whitfield said the work would let larger container ships call at the port. "
    "Shipping lines have complained for years that the channel is too shallow at low tide."
)


def _port_rewrite(head: str) -> str:
    return (
        "# Port to deepen harbour channel\n\n"
        f"{head}\n\n"
        "The port authority will spend $210 million over four years to deepen the harbour channel, it said on "
        "Tuesday.\n\n"
        "Dredging is due to start in April and will close the north berth for about six weeks.\n\n"
        "Authority chair Dana Whitfield said the work would let larger container ships call at the port.\n\n"
        "Shipping lines have long complained that the channel is too shallow at low tide.\n"
    )


def test_a_byline_date_line_is_no_unsupported_claim() -> None:
    for head in ("Published: Oct. 2, 2026 at 9:15 AM EDT", "Updated Oct 2, 2026 · 3 min read · Source: AFP"):
        assert not findings("unsupported-claim", _PORT, _port_rewrite(head))
    claim = "The harbour channel is 14 metres deep at low tide."
    assert findings("unsupported-claim", _PORT, _port_rewrite(claim))


# --- entity-spelling: a place's demonym is no spelling of the place --------------------------------------------------

_CLINICS = (
    "Health officials said on Monday that cases in southwest {place} had risen to 30. "
    '"Every {one} who wants a shot should get one close to home," the governor said. '
    "Clinics will open across {place} next week. {many} with questions can call the hotline. "
    "Officials in western {place} said more cases were likely."
)


def test_a_places_demonym_is_not_a_misspelling_of_it() -> None:
    assert not fails("entity-spelling", _CLINICS.format(place="Texas", one="Texan", many="Texans"))
    assert not fails("entity-spelling", _CLINICS.format(place="Arkansas", one="Arkansan", many="Arkansans"))
    wrong = _CLINICS.format(place="Arkansas", one="resident", many="Residents").replace("western Arkansas", "Arkanzas")
    assert fails("entity-spelling", wrong)  # a real misspelling of the place


def test_a_demonym_is_built_the_regular_way() -> None:
    for word, place in [("ohioans", "ohio"), ("canadian", "canada"), ("londoners", "london"), ("texan", "texas")]:
        assert _demonym_of(word, place)
    for word, place in [("kansis", "kansas"), ("denvers", "denver"), ("ohio", "ohio"), ("texa", "texas")]:
        assert not _demonym_of(word, place)


# --- hedge-dropped: a hedge on a second predicate, a forecast amount kept --------------------------------------------

_INJURY = (
    "Forward Nadia Lund scored twice as Harbour City beat Riverside 3-1 on Wednesday night. "
    "Lund limped off late in the match after a heavy tackle near the touchline. "
    "The club said she would have a scan on her right knee on Thursday morning but was expected to play in "
    "Sunday's cup final. "
    "Riverside stay fourth in the table after a third straight defeat."
)


def _injury_rewrite(added: str) -> str:
    return (
        "Nadia Lund scored twice as Harbour City beat Riverside 3-1 on Wednesday night. "
        "Lund limped off late in the match after a heavy tackle near the touchline. "
        f"{added} "
        "Riverside stay fourth in the table after a third straight defeat."
    )


def test_a_hedge_after_but_bears_only_on_its_own_predicate() -> None:
    later = (
        "She is expected to play in Sunday's cup final. "
        "The club said later on Thursday that the scan on her right knee had shown no damage."
    )
    assert not findings("hedge-dropped", _INJURY, _injury_rewrite(later))
    dropped = "She will play in Sunday's cup final."
    assert findings("hedge-dropped", _INJURY, _injury_rewrite(dropped))


_MERGER = (
    "Two regional grocers, Fenwick Markets and Dale & Sons, agreed on Monday to combine in an all-stock deal. "
    "The companies said they expect the merger to produce about $80 million in yearly savings within two years. "
    "The combined chain will have 140 stores across three states. "
    "Shareholders of both companies will vote on the deal in the autumn."
)


def _merger_rewrite(added: str) -> str:
    return (
        "Fenwick Markets and Dale & Sons agreed on Monday to combine in an all-stock deal. "
        f"{added} "
        "The combined chain will have 140 stores across three states. "
        "Shareholders of both companies will vote on the deal in the autumn."
    )


def test_a_forecast_amount_keeps_the_forecast() -> None:
    kept = "The grocers expect about $80 million in yearly savings within two years, according to executives."
    assert not findings("hedge-dropped", _MERGER, _merger_rewrite(kept))
    dropped = "The merger will produce about $80 million in yearly savings within two years."
    assert findings("hedge-dropped", _MERGER, _merger_rewrite(dropped))


# --- unsupported-claim: an outlet's request for comment, an update's explicit sum ------------------------------------

_FLU = (
    "County health officials said on Monday they had counted 52 cases of flu at care homes since early January. "
    "Three care homes have closed their doors to visitors until further notice. "
    "Officials urged residents over 65 to get a booster shot at a pharmacy or clinic. "
    "The county's health director said the season had started earlier than usual. "
    "Staff at the homes were offered free antiviral treatment through the state programme."
)


def _flu_rewrite(added: str) -> str:
    return (
        "County health officials said on Monday they had counted 52 cases of flu at care homes since early January. "
        f"{added} "
        "Three care homes have closed their doors to visitors until further notice. "
        "Officials urged residents over 65 to get a booster shot at a pharmacy or clinic."
    )


def _same_day_flags(line: str) -> bool:
    """Whether unsupported-claim flags ``line`` of a rewrite published the same day as its source (no next-day
    story: the order is a guess)."""
    report = run(default_rule("unsupported-claim"), _FLU, _flu_rewrite(line))
    return any(line in e.text for f in report.findings for e in f.evidence)


def test_an_outlets_request_for_comment_states_nothing() -> None:
    for line in (
        "The Valley Gazette contacted the operator of the homes for comment and has not heard back.",
        "The operator of the homes did not immediately respond to a request for comment on Monday.",
    ):
        assert not _same_day_flags(line)
    assert _same_day_flags("The Valley Gazette contacted the operator for comment, which said 14 staff were off sick.")


def test_an_updates_explicit_sum_on_a_source_count_is_no_new_claim() -> None:
    assert not _same_day_flags(
        "By Tuesday evening officials had recorded six more cases, bringing the county's total to 58."
    )
    assert _same_day_flags(
        "By Tuesday evening officials had recorded six more cases, bringing the county's total to 61."
    )
    assert not findings(
        "unsupported-claim", _FLU, _flu_rewrite("Officials have found four more cases, taking the total to 56.")
    )


# --- stance-conflict: "welcome" is support, "push back on" opposition ------------------------------------------------

_PARK = (
    "The city unveiled plans on Monday for a new riverside park on the site of the old gasworks. "
    "Mayor Irene Castell said the park would open in two years. "
    "Harbour ward councillor Omar Fitch {stance} the park plan, saying it would bring families to the river. "
    "The scheme will cost about $12 million, paid from the city's capital budget."
)


def _park_rewrite(stance: str) -> str:
    return (
        "The city on Monday unveiled plans for a riverside park on the old gasworks site. "
        "Mayor Irene Castell said the park would open in two years. "
        f"Harbour ward councillor Omar Fitch {stance} the park plan, saying it would bring families to the river. "
        "The scheme will cost about $12 million from the city's capital budget."
    )


def test_welcoming_a_plan_conflicts_with_pushing_back_on_it() -> None:
    assert findings("stance-conflict", _PARK.format(stance="welcomed"), _park_rewrite("has pushed back on"))
    assert findings("stance-conflict", _PARK.format(stance="supported"), _park_rewrite("pushed back against"))


def test_welcoming_or_backing_a_plan_in_other_words_is_silent() -> None:
    assert not findings("stance-conflict", _PARK.format(stance="welcomed"), _park_rewrite("has supported"))
    assert not findings("stance-conflict", _PARK.format(stance="opposed"), _park_rewrite("has pushed back on"))
