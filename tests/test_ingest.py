"""Reading documents: formats, metadata sources, exact offsets, and clear errors for bad input."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.ingest import date_line, dateline_date, from_text, metadata_line, read_document, read_paths
from factcheck.models import Document


def _read(paths: list[Path]) -> list[Document | InputError]:
    return list(read_paths([str(p) for p in paths]))


def test_seeds_are_byte_for_byte_copies_with_sidecar_metadata(seed_docs: dict[str, Document], seeds_dir: Path) -> None:
    assert sorted(seed_docs) == ["000", "001", "002", "003", "004"]
    for doc in seed_docs.values():
        assert doc.text == Path(doc.id).read_bytes().decode("utf-8")
        assert doc.published == dt.date(2025, 3, 13)
        assert doc.id.startswith(str(seeds_dir))
    assert seed_docs["001"].source == "Reuters"
    assert seed_docs["001"].title == "Putin visits Kursk, orders rapid advance as Russia retakes key territory"


def test_published_line_and_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title here\nPublished: 2024-09-02\n\nBody text.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Front\npublished: 2023-01-05\nsource: AP\n---\n# Head\nBody.\n")
    a, b = _read([tmp_path / "a.txt", tmp_path / "b.md"])
    assert isinstance(a, Document) and a.published == dt.date(2024, 9, 2) and a.title == "Title here"
    assert isinstance(b, Document) and (b.title, b.published, b.source) == ("Front", dt.date(2023, 1, 5), "AP")
    assert b.format == "markdown" and b.text.startswith("---") and b.text[b.body_start :].startswith("# Head")


def test_crlf_is_kept_so_offsets_index_the_file(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_bytes(b"One line.\r\nTwo: 430 troops.\r\n")
    (doc,) = read_document(tmp_path / "c.txt")
    assert doc.text == "One line.\r\nTwo: 430 troops.\r\n"
    assert doc.line_col(doc.text.index("430")) == (2, 6)


def test_html_text_with_offsets_into_the_extracted_text(tmp_path: Path) -> None:
    html = "<html><head><title>T</title><script>var x = 1;</script></head><body><h1>Big &amp; bold</h1>"
    html += "<p>First <b>para</b>.</p><p>Second para.</p></body></html>"
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    (doc,) = read_document(tmp_path / "p.html")
    assert doc.format == "html" and doc.title == "T"
    assert doc.text == "Big & bold\nFirst para.\nSecond para.\n"
    assert "var x" not in doc.text


def test_json_documents_single_and_list(tmp_path: Path) -> None:
    one = {"id": "story-1", "text": "Body.", "published": "2025-03-13", "title": "T"}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([one, {**one, "id": "story-2"}]), encoding="utf-8")
    docs = _read([tmp_path / "one.json", tmp_path / "many.json"])
    assert [d.id for d in docs if isinstance(d, Document)] == ["story-1", "story-1", "story-2"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n", "empty document"),
        ("bin.txt", b"abc\x00def", "binary"),
        ("latin.txt", b"caf\xe9 au lait", "not valid UTF-8 (byte 3, line 1)"),
        ("bad.json", b'{"text": ', "invalid JSON"),
        ("notext.json", b'{"id": "x"}', "string 'text' field"),
        ("month13.md", b"---\npublished: 2027-13-45\n---\nBody.\n", "expected a date YYYY-MM-DD, got '2027-13-45'"),
        ("feb30.md", b"---\ndate: 2027-02-30\n---\nBody.\n", "expected a date YYYY-MM-DD, got '2027-02-30'"),
    ],
)
def test_bad_input_is_an_error_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (err,) = _read([path])
    assert isinstance(err, InputError)
    assert message in str(err) and str(path) in str(err)


def test_an_impossible_date_in_a_sidecar_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Body.", encoding="utf-8")
    (tmp_path / "index.yaml").write_text("documents:\n  a.md:\n    published: 2027-02-30\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"index\.yaml: cannot read sidecar: day is out of range"):
        _read([tmp_path])


@given(st.text(max_size=80))
def test_any_front_matter_gives_a_document_or_an_error(block: str) -> None:
    with contextlib.suppress(InputError):
        from_text(f"---\n{block}\n---\nThe council met on Monday.\n", "x")


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    (missing,) = _read([tmp_path / "nope.txt"])
    assert isinstance(missing, InputError) and "no such file" in str(missing)
    (tmp_path / "d").mkdir()
    (empty,) = _read([tmp_path / "d"])
    assert isinstance(empty, InputError) and "no documents found" in str(empty)


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00")
    got = _read([tmp_path])
    assert [type(g).__name__ for g in got] == ["Document", "InputError"]


def test_input_is_never_modified(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\n---\nBody 3 times.\n", encoding="utf-8")
    before = path.read_bytes(), path.stat().st_mtime_ns
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_from_text_with_explicit_metadata() -> None:
    doc = from_text("Hello there.", id="x", published="2025-03-13", source="AP")
    assert doc.published == dt.date(2025, 3, 13) and doc.source == "AP" and doc.title == "Hello there."
    with pytest.raises(InputError, match="expected a date"):
        from_text("x", published="13/03/2025")


# --- a date line in the head -----------------------------------------------------------------------------------------


@given(st.text(max_size=120))
def test_a_date_line_never_fails_and_any_date_it_reads_is_written_in_the_line(line: str) -> None:
    day = date_line(line)
    assert day is None or str(day.year) in line


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_date_printed_as_papers_print_it_is_read_back(day: dt.date) -> None:
    for line in (
        f"{day:%B} {day.day}, {day.year}",
        f"{day:%A}, {day.day} {day:%B} {day.year}",
        f"Courier | Published {day:%b}. {day.day}, {day.year}",
    ):
        assert date_line(line) == day


def test_a_date_line_with_an_embargo_note_is_the_publication_date() -> None:
    line = "Released: Tuesday 9 March 2027. Embargoed until 00:01."
    assert date_line(line) == dt.date(2027, 3, 9) and metadata_line(line)
    assert from_text(f"Pollster's monthly tracker\n\n{line}\n\nThe lead narrowed.").published == dt.date(2027, 3, 9)
    assert date_line("Turnout fell on 9 March 2027. Embargoed until 00:01.") is None


def test_a_date_line_whose_place_has_accents_dates_the_release() -> None:
    assert date_line("Bogotá, 7 August 2027 – 11:20 a.m.") == dt.date(2027, 8, 7)
    assert date_line("Zürich, March 2, 2027") == dt.date(2027, 3, 2)
    text = "Banco de la Nación\nPress office\n\nBogotá, 7 August 2027 – 11:20 a.m.\n\nThe board kept rates on hold."
    assert from_text(text).published == dt.date(2027, 8, 7)
    assert date_line("Ministers met in Bogotá, 7 August 2027, to sign it.") is None


def test_an_embargo_line_before_the_date_is_the_publication_date() -> None:
    line = "MEDIA ADVISORY — EMBARGOED UNTIL 9 A.M. CT, THURSDAY, JUNE 3, 2027"
    assert date_line(line) == dt.date(2027, 6, 3) and metadata_line(line)
    assert date_line("Embargoed until 00:01 BST, 12 May 2027") == dt.date(2027, 5, 12)
    assert date_line("The results were embargoed until 9 a.m., June 3, 2027.") is None


def test_a_wire_dateline_opening_the_lead_dates_the_story() -> None:
    doc = from_text("Dam opens early\n\nNAIROBI, Feb. 2, 2027 (Reuters) - Engineers opened the gates on Tuesday.")
    assert doc.published == dt.date(2027, 2, 2)
    assert dateline_date("ROME, 14 May 2027 -- Italy's cabinet met.") == dt.date(2027, 5, 14)
    assert dateline_date("Lima, 3 June 2027 (EFE) — Peru's congress voted.") == dt.date(2027, 6, 3)


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline() -> None:
    assert dateline_date("Paris, 14 July 1789 — the day the Bastille fell — changed Europe.") is None
    assert dateline_date("In Lima, 3 June 2027 - a date to remember.") is None
    assert dateline_date("On March 3, 2027 - the day of the vote - turnout rose.") is None
    assert from_text("Looking back\n\nIn Paris, 14 July 2027 - a hot day.").published is None


@given(st.text(max_size=120))
def test_a_dateline_never_fails_and_any_date_it_reads_is_written_in_the_line(line: str) -> None:
    day = dateline_date(line)
    assert day is None or str(day.year) in line


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["AFP", "AP"]))
def test_a_wire_dateline_is_read_back(day: dt.date, agency: str) -> None:
    assert dateline_date(f"GENEVA, {day:%b} {day.day}, {day.year} ({agency}) - The vote passed.") == day
    assert dateline_date(f"CAIRO, {day.day} {day:%B} {day.year} — The vote passed.") == day


def test_a_wrapped_sentence_ending_in_a_date_is_no_date_line() -> None:
    assert date_line("Harbour Park on Sunday, February 14, 2027.") is None
    text = "Title\n\nThe final was played at the\nHarbour Park on Sunday, February 14, 2027.\n\nMore."
    assert from_text(text).published is None


def test_an_outlet_a_dash_and_a_date_is_a_date_line() -> None:
    line = "The Valley Gazette — Monday, June 7, 2027"
    assert date_line(line) == dt.date(2027, 6, 7) and metadata_line(line)
    assert date_line("Weekend briefing – 3 July 2027") == dt.date(2027, 7, 3)
    assert date_line("Harbor Times - Oct. 4, 2027") == dt.date(2027, 10, 4)
    assert from_text(f"Mill reopens\n\n{line}\n\nThe mill reopened.").published == dt.date(2027, 6, 7)


def test_a_wrapped_line_ending_in_a_dash_and_a_date_is_no_date_line() -> None:
    assert date_line("the deadline for sealed bids — June 7, 2027") is None
    assert date_line("Bids closed — June 7, 2027 — and two came in") is None


def test_a_date_line_with_a_byline_after_the_date_dates_the_post() -> None:
    line = "_Baltic Letters · 14 March 2028 · by Ilze Ozola_"
    assert date_line(line) == dt.date(2028, 3, 14) and metadata_line(line)
    assert date_line("Riga Review | March 14, 2028 | By Jonas P. Berg") == dt.date(2028, 3, 14)
    text = "# Ferry fares rise\n\n*Baltic Letters · 14 March 2028 · by Ilze Ozola*\n\nFares rose by a tenth."
    assert from_text(text).published == dt.date(2028, 3, 14)
    assert date_line("Baltic Letters · 14 March 2028 · bystanders counted 40") is None
    assert date_line("14 March 2028 by the harbour") is None
