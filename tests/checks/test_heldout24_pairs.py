"""Fixes for general causes found by the pairs of the twenty-fourth held-out set, pinned with hand-written sentences
that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

from _run import fails
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
