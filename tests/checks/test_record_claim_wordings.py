"""Record claims in wordings the earlier patterns missed, every sentence new: a superlative measured over a span by a
relative clause ("the worst storm the town has seen in 20 years"), a first closed by "ever" ("the first woman ever
elected"), a ranking in a part of a place ("the largest charity in rural Kerry"); and a record claim's own words are
its first quote, so a figure error elsewhere in its sentence does not cover it. Near-misses stay silent: a verb of
the sentence's own, "the first time", a sequence, a described thing, a source that makes the same record."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import rewrite_findings

from factcheck.checks.unsupported_claim import _records
from factcheck.engine import check
from factcheck.ingest import from_text


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("It was the worst storm the town has seen in 20 years.", "span"),
        ("The walkout is the largest strike that the region has had in a decade.", "span"),
        ("Officials called it the heaviest snowfall Oslo had recorded in 30 years.", "span"),
        ("This is the biggest crowd the stadium has hosted in more than a decade, the club said.", "span"),
        ("It is the first jury inquest into a death in custody ever held in the county.", "first"),
        ("Ms Roe became the council's first female chief executive ever on Monday.", "first"),
        ("It is the first cross-border rail link ever built between the two states.", "first"),
        ("That makes it the largest food bank in rural Kerry.", "in kerry"),
        ("The plant is the biggest employer in northern Portugal.", "in portugal"),
        ("It is now the busiest airport in central Europe.", "in europe"),
    ],
)
def test_a_record_in_other_wordings_is_recognised(sentence: str, marker: str) -> None:
    assert marker in {m for m, _phrase in _records(sentence)}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The biggest storm was recorded in a decade of heavy weather.",
        "The worst damage was seen in 20 villages along the coast.",
        "The first 300 people ever to enter the hall will get a free programme.",
        "The first thing anyone ever asked was the price.",
        "Is this the first step the council has ever taken?",
        "The first 300 tickets were sold in an hour.",
        "Residents of the largest town in the region met on Monday.",
        "Patients at the busiest clinic in rural Kerry waited longer.",
    ],
)
def test_no_record_in_a_sequence_a_time_or_a_description(sentence: str) -> None:
    assert not [m for m, _phrase in _records(sentence) if m in ("span", "first") or m.startswith("in ")], sentence


_LIBRARY = (
    "Westbrook County Library lent 1.2 million books in the year to June, its annual report said on Tuesday.\n\n"
    "Loans were up 8 per cent on a year earlier after two new branches opened in Ashby and Colton.\n\n"
    "{added}\n\n"
    "Head librarian Irene Dale said a mobile library would start visiting villages next spring.\n\n"
    "The county plans to spend 3 million pounds refurbishing the central library over the next two years.\n"
)


def _record_flagged(source_adds: str, added: str) -> bool:
    source = _LIBRARY.format(added=source_adds) if source_adds else _LIBRARY.replace("{added}\n\n", "")
    rewrite = _LIBRARY.format(added=added)
    return any("record claim" in f.message for f in rewrite_findings("unsupported-claim", source, rewrite))


@pytest.mark.parametrize(
    "added",
    [
        "It was the busiest year the library service has seen in a decade.",
        "Ashby is the first branch ever opened in the county on a Sunday.",
        "That makes Westbrook the largest library service in rural England.",
        "The rise is the biggest increase the county has recorded in 15 years.",
        "Colton is the first library ever built in the county by volunteers.",
        "The service is now the busiest in northern England.",
    ],
)
def test_a_record_no_source_makes_is_reported(added: str) -> None:
    assert _record_flagged("", added), added


@pytest.mark.parametrize(
    ("source_adds", "added"),
    [
        (
            "It was the busiest year for the library service in ten years.",
            "It was the busiest year the library service has seen in a decade.",
        ),
        (
            "Ashby is the first branch in the county to open on Sundays.",
            "Ashby is the first branch ever opened in the county on Sundays.",
        ),
        (
            "Westbrook runs the largest library service in England.",
            "That makes Westbrook the largest library service in rural England.",
        ),
        (
            "The rise was the biggest increase in loans for 15 years.",
            "The rise is the biggest increase in loans the county has recorded in 15 years.",
        ),
        (
            "Colton is the first library in the county built by volunteers.",
            "Colton is the first library ever built in the county by volunteers.",
        ),
        (
            "Westbrook has the busiest library service in northern England.",
            "The service is now the busiest in northern England.",
        ),
    ],
)
def test_a_source_making_the_same_record_vouches_for_it(source_adds: str, added: str) -> None:
    assert not _record_flagged(source_adds, added), added


def test_a_record_is_reported_beside_a_share_error_in_its_sentence() -> None:
    """A share that does not add up and a record no source makes, in one sentence, are two errors: the share check's
    finding does not cover the record claim, whose first quote is the record's own words."""
    source = (
        "Harlow Pharmacies will close 48 of its 300 branches by March, the chain said on Monday.\n\n"
        "The closures will put 600 jobs at risk, chief executive Ama Osei said.\n\n"
        "Most of the branches to close are in towns with another pharmacy within a mile.\n\n"
        "The chain will keep its distribution centre in Leeds open.\n"
    )
    rewrite = (
        "Harlow Pharmacies will close 48 of its 300 branches by March, the chain said on Monday.\n\n"
        "That is 48 of its 300 branches, or about a third – the biggest round of closures in the sector since 2015.\n\n"
        "The closures will put 600 jobs at risk, chief executive Ama Osei said.\n\n"
        "Most of the branches to close are in towns with another pharmacy within a mile.\n\n"
        "The chain will keep its distribution centre in Leeds open.\n"
    )
    day = dt.date(2026, 3, 2)
    report = check(
        [from_text(rewrite, id="b.txt", published=day + dt.timedelta(days=1))],
        against=[from_text(source, id="a.txt", published=day)],
    )
    checks = {f.check for f in report.findings}
    assert "percent-of" in checks
    record = next(f for f in report.findings if f.check == "unsupported-claim")
    assert record.evidence[0].text == "the biggest round of closures in the sector since 2015"


@pytest.mark.parametrize(
    ("sentence", "first_quote_is_record"),
    [
        ("That is 48 of its 300 branches, or about a third – the biggest round of closures since 2015.", True),
        ("Sales rose 4%, the sharpest rise the chain has seen in a decade.", True),
        ("Loans rose to 1.3 million, putting the total above 1.2 million for the first time.", False),
        ("Wojtek, the first Pole to win the race since 2019, took home 50,000 euros.", False),
    ],
)
def test_a_record_resting_on_a_figure_of_its_clause_is_quoted_with_its_sentence(
    sentence: str, first_quote_is_record: bool
) -> None:
    """A record claim's own words are its first quote, unless its clause states a figure the record rests on (an
    error in that figure is then the record's error too, and the figure check's finding covers it)."""
    from factcheck.checks.unsupported_claim import _figure_in_clause

    record = next(phrase for _marker, phrase in _records(sentence))
    at = sentence.find(record)
    assert _figure_in_clause(sentence, 0, at, len(sentence)) is not first_quote_is_record, sentence
