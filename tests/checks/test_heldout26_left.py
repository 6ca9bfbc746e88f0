"""Fixes for general causes left in the pairs of the twenty-fifth and twenty-sixth held-out sets, pinned with
hand-written sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

from _run import default_rule
from _run import rewrite_findings as findings

from factcheck.checks._numeric import SentenceNums, canonical_noun, scan
from factcheck.checks.cross_document_number import _own_window
from factcheck.engine import build_facts, run_rules
from factcheck.ingest import from_text

# --- cross-document-number: jobs and positions are one count; a rate of another quantity is no window of it ------

_RELEASE = (
    "Norberg Foods to close two bakeries in restructuring\n\n"
    "Norberg Foods AB today announced a restructuring of its bakery division after a second year of falling "
    "volumes. The company will close its bakeries in Vaxholm and Ronneby. Norberg will eliminate approximately 420 "
    "roles across the bakery division by mid-2027. The plan is expected to generate annual savings of SEK 180 million. "
    "Production will move to the group's plant in Jonkoping, which will be expanded. "
    "Chief Executive Anna Lindell said the decision had been difficult but necessary. "
    "Norberg Foods will publish its third-quarter report on 24 October.\n"
)


def _story(cut: str) -> str:
    return (
        "Norberg Foods to shut two bakeries\n\n"
        "Norberg Foods will close its bakeries in Vaxholm and Ronneby after a second year of falling volumes. "
        f"{cut} "
        "Production will move to the group's plant in Jonkoping, which will be expanded. "
        "Chief Executive Anna Lindell said the decision had been difficult but necessary. "
        "Norberg Foods will publish its third-quarter report on 24 October.\n"
    )


def test_jobs_restate_positions_roles_and_posts() -> None:
    assert canonical_noun("jobs") == canonical_noun("positions") == canonical_noun("roles") == canonical_noun("posts")
    assert canonical_noun("jobs") != canonical_noun("workers")  # a job cut need not be a worker laid off


def test_a_changed_job_count_is_flagged_though_another_clause_times_savings() -> None:
    cut = (
        "Norberg Foods plans to shed 240 jobs in the bakery division by mid-2027, in a programme it expects to save "
        "180 million crowns a year from 2028."
    )
    got = findings("cross-document-number", _RELEASE, _story(cut))
    assert any("240" in e.text for f in got for e in f.evidence)


def test_the_same_job_count_in_other_words_stays_silent() -> None:
    cut = (
        "Norberg Foods plans to shed about 420 jobs in the bakery division by mid-2027, in a programme it expects to "
        "save 180 million crowns a year from 2028."
    )
    assert not findings("cross-document-number", _RELEASE, _story(cut))


def test_a_job_count_of_another_year_stays_silent() -> None:
    cut = "Norberg Foods also cut 240 jobs in the bakery division in 2024, in a programme that saved 90 million crowns."
    assert not findings("cross-document-number", _RELEASE, _story(cut))


def _window(text: str, number: str) -> frozenset[str] | None:
    nums = scan(text)
    return _own_window(SentenceNums("d", 0, 0, text, nums), next(n for n in nums if n.text == number))


def test_a_rate_of_another_quantity_is_no_window_of_the_count() -> None:
    text = "The carrier will cut 300 pilots by 2027, part of a plan to save $90 million a year from 2028."
    assert _window(text, "300") == frozenset({"2027"})
    # a rate of the count itself, or a day beside another count, still times it
    assert _window("The airline ran 300 flights a day in May.", "300") is None
    assert _window("It lost 300 flights on Friday, up from 120 flights on Thursday.", "300") is None


# --- hedge-dropped: a forecast in another clause keeps no hedge; a list item's label is what its hedge tells of ------

_NOTICE = (
    "Harbour Board notice: ferry timetable changes\n\n"
    "The Harbour Board has published the dates for the new winter ferry timetable on the Kessock route. "
    "Engineers are inspecting the pier at Kessock after storm damage last month.\n\n"
    "Key dates:\n\n"
    "- Friday 5 November: the board expects to finish the pier inspection at Kessock\n"
    "- Monday 8 November: the earliest date on which the winter ferry timetable could start\n\n"
    "Passengers should check the Harbour Board website before travelling. "
    "Season tickets bought before October remain valid on the Kessock route.\n"
)


def _ferry(dates: str) -> str:
    return (
        "Kessock ferry to switch to winter timetable\n\n"
        "The Harbour Board has published the dates for the new winter ferry timetable on the Kessock route. "
        "Engineers are inspecting the pier at Kessock after storm damage last month. "
        f"{dates} "
        "Passengers should check the Harbour Board website before travelling. "
        "Season tickets bought before October remain valid on the Kessock route.\n"
    )


def _against(source: str, rewrite: str) -> list[str]:
    facts = build_facts([from_text(rewrite, id="rewrite.txt")], [from_text(source, id="source.txt")])
    report = run_rules([default_rule("hedge-dropped")], facts, strict=True)
    return [f.message for f in report.findings]


def test_a_forecast_in_another_clause_does_not_keep_a_dropped_could() -> None:
    flat = (
        "The board expects to finish the pier inspection on Friday, November 5, and the winter ferry timetable will "
        "start on Monday, November 8."
    )
    got = _against(_NOTICE, _ferry(flat))
    assert any("could" in m for m in got)


def test_a_kept_hedge_or_a_forecast_over_both_clauses_stays_silent() -> None:
    kept = (
        "The board expects to finish the pier inspection on Friday, November 5, and the winter ferry timetable could "
        "start as early as Monday, November 8."
    )
    assert not _against(_NOTICE, _ferry(kept))
    both = (
        "The board expects to finish the pier inspection on Friday, November 5, and to start the winter ferry "
        "timetable on Monday, November 8."
    )
    assert not _against(_NOTICE, _ferry(both))


# --- cross-document-number: a holder's stake in a company, given in two documents of one story ----------------------

_BID = (
    "Norvale Capital makes offer for Tasman Foods\n\n"
    "Norvale Capital has made a takeover offer for Tasman Foods that values the dairy group at about A$2.1 billion, "
    "Tasman said on Monday. The board of Tasman Foods said it would consider the offer with its advisers. "
    "Norvale Capital already owns about 6.4% of Tasman Foods, according to exchange filings. "
    "Tasman shares rose 14% to A$5.20 in Sydney trading. "
    "Norvale has until July 30 to make a firm offer or walk away.\n"
)


def _bid(stake: str) -> str:
    return (
        "Norvale Capital bid for Tasman Foods lifts shares\n\n"
        "Norvale Capital has made a takeover offer for Tasman Foods that values the dairy group at about "
        "A$2.1 billion, Tasman said on Monday. The board of Tasman Foods said it would consider the offer with its "
        f"advisers. {stake} "
        "Tasman shares rose 14% to A$5.20 in Sydney trading. "
        "Norvale has until July 30 to make a firm offer or walk away.\n"
    )


def test_a_stake_given_with_its_digits_transposed_or_far_off_is_flagged() -> None:
    for stake in (
        "Norvale, which holds a 4.6 per cent stake in Tasman, is weighing a higher offer, people familiar said.",
        "Norvale, which holds a 9.5 per cent stake in Tasman, is weighing a higher offer, people familiar said.",
    ):
        got = findings("cross-document-number", _BID, _bid(stake))
        assert any("stake in Tasman" in f.message for f in got), stake


def test_a_stake_restated_rounded_or_raised_stays_silent() -> None:
    for stake in (
        "Norvale, which holds a 6.5 per cent stake in Tasman, is weighing a higher offer, people familiar said.",
        "Norvale, which holds about 6% of Tasman, is weighing a higher offer, people familiar said.",
        "Norvale, which has raised its stake to 9.5% of Tasman, is weighing a higher offer, people familiar said.",
        "Harbour Super, which holds a 4.6 per cent stake in Tasman, opposes the offer, people familiar said.",
    ):
        assert not [f for f in findings("cross-document-number", _BID, _bid(stake)) if "stake" in f.message], stake


def test_a_synonym_of_the_counted_noun_is_no_shared_content_word() -> None:
    # "About 180 posts will go" / "About 140 posts will go" of two councils share no word by their noun "job"
    from factcheck.checks._numeric import content_stems
    from factcheck.checks.cross_document_number import _noun_stems

    for word in ("posts", "post", "positions", "roles", "jobs"):
        assert content_stems(word) <= _noun_stems(canonical_noun(word))
    assert not content_stems("budget") <= _noun_stems("job")


def test_plurals_in_messages() -> None:
    from factcheck.checks._numeric import plural_of

    assert [plural_of(w) for w in ("county", "day", "person", "box", "job", "church")] == [
        "counties", "days", "people", "boxes", "jobs", "churches",
    ]  # fmt: skip
