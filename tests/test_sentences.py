"""Sentence splitting on news copy: abbreviations, initials, list markers, line breaks, exact spans."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.sentences import reading_text, sentence_bounds, split_sentences
from factcheck.models import Document


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Gen. Mark Milley met Donald J. Trump at 9 a.m. Monday. On Sept. 2 the talks resumed."
    assert _split(text) == ["Gen. Mark Milley met Donald J. Trump at 9 a.m. Monday.", "On Sept. 2 the talks resumed."]


def test_a_dotted_abbreviation_ends_a_sentence_before_a_sentence_starter() -> None:
    assert _split("Troops left the U.S. The talks went on.") == ["Troops left the U.S.", "The talks went on."]
    assert _split("U.S. officials arrived. They left.") == ["U.S. officials arrived.", "They left."]


def test_line_breaks_end_a_unit_and_list_markers_stay() -> None:
    text = "Headline Without Period\n  1. First item is here.\n2. Second item."
    assert _split(text) == ["Headline Without Period", "1. First item is here.", "2. Second item."]


def test_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = '"We know," he said. "It is over." (That was all.) Then he left.'
    assert _split(text) == ['"We know," he said.', '"It is over."', "(That was all.)", "Then he left."]


def test_decimals_and_money_are_not_boundaries() -> None:
    assert _split("It cost $2.5 million. Prices rose 3.4%.") == ["It cost $2.5 million.", "Prices rose 3.4%."]


@given(st.text())
def test_spans_are_exact_ordered_and_trimmed(text: str) -> None:
    doc = Document(id="t", text=text)
    last = 0
    for s in split_sentences(doc):
        assert s.span.text == text[s.span.start : s.span.end]
        assert s.span.start >= last and s.span.end > s.span.start
        assert not s.span.text[0].isspace() and not s.span.text[-1].isspace()
        last = s.span.end


def test_seeds_split_without_gluing_paragraphs(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        for s in split_sentences(doc):
            assert "\n" not in s.span.text


def test_front_matter_is_not_split_into_sentences() -> None:
    from factcheck.ingest import from_text

    doc = from_text("---\ntitle: Floods hit the valley\npublished: 2025-03-13\n---\nRain fell. Rivers rose.\n")
    assert [s.span.text for s in split_sentences(doc)] == ["Rain fell.", "Rivers rose."]


# A paragraph hard-wrapped at 60 columns, as wire and e-mail copy arrive.
WRAPPED = """Lifeboat crews from three stations were called out 412 times
last year, up from 365 the year before, the charity said. Of
those launches, 58 were to paddleboarders, a group that barely
featured in its records a decade ago.

Volunteers now train on Tuesday and Thursday evenings.
"""


def test_a_paragraph_wrapped_at_a_fixed_width_is_read_as_its_sentences() -> None:
    assert [t.replace("\n", " ") for t in _split(WRAPPED)] == [
        "Lifeboat crews from three stations were called out 412 times last year, up from 365 the year before, the "
        "charity said.",
        "Of those launches, 58 were to paddleboarders, a group that barely featured in its records a decade ago.",
        "Volunteers now train on Tuesday and Thursday evenings.",
    ]


def test_a_lower_case_line_goes_on_with_the_sentence_before_it() -> None:
    text = "Officials said the ceasefire\nproposal was still on the table.\nTalks resume on Monday."
    assert _split(text) == ["Officials said the ceasefire\nproposal was still on the table.", "Talks resume on Monday."]


def test_headlines_bylines_labels_and_list_items_keep_their_breaks() -> None:
    text = (
        "Storm closes the coast road\nBy Ana Ruiz\nPhoto: coastguard handout\nrescue crews at work\n"
        "Crews worked through the night to clear the road, which links the two villages,\n"
        "- fallen trees on both lanes\n- a landslip near the harbour"
    )
    assert _split(text) == [
        "Storm closes the coast road",
        "By Ana Ruiz",
        "Photo: coastguard handout",
        "rescue crews at work",
        "Crews worked through the night to clear the road, which links the two villages,",
        "- fallen trees on both lanes",
        "- a landslip near the harbour",
    ]


def test_short_lines_of_a_wrapped_text_end_their_paragraph() -> None:
    text = WRAPPED.replace("\n\nVolunteers", "\nVolunteers")
    assert _split(text)[-1] == "Volunteers now train on Tuesday and Thursday evenings."
    assert _split(text)[-2].endswith("a decade ago.")


def test_sentences_and_the_reading_text_see_soft_breaks_as_spaces() -> None:
    doc = Document(id="w", text=WRAPPED)
    first = split_sentences(doc)[0]
    assert "\n" in first.span.text and "\n" not in first.text
    assert first.text == first.span.text.replace("\n", " ")
    read = reading_text(doc)
    assert len(read) == len(WRAPPED)
    assert "412 times last year" in read and "\n\nVolunteers" in read  # the paragraph break is kept


@given(st.text(alphabet=st.sampled_from("ab .\n\r-#:A1"), max_size=200))
def test_reading_text_only_turns_line_breaks_into_spaces(text: str) -> None:
    read = reading_text(Document(id="t", text=text))
    assert len(read) == len(text)
    for a, b in zip(text, read, strict=True):
        assert a == b or (b == " " and a in "\n\r")
    for s, e in sentence_bounds(text):
        assert "\n" not in read[s:e] and "\r" not in read[s:e]


def test_front_matter_that_is_not_valid_yaml_is_still_read_as_fields() -> None:
    from factcheck.ingest import from_text

    doc = from_text("---\ntitle: Fire: what we know\npublished: 2026-08-12\n---\nThe fire grew.\n")
    assert doc.title == "Fire: what we know" and str(doc.published) == "2026-08-12"
    assert [s.span.text for s in split_sentences(doc)] == ["The fire grew."]


def test_html_blocks_are_never_joined_as_wrapped_lines(tmp_path: Path) -> None:
    from factcheck.ingest import read_document

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Storm closes the coast road</h1>"
        "<p>Crews worked through the night to clear the road, which links the two villages on the coast.</p>"
        "<p>The council said 12 homes lost power and 3 were flooded by the storm surge overnight.</p>"
        "<ul><li>fallen trees on both lanes</li><li>a landslip</li></ul></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)[0]
    assert [s.text for s in split_sentences(doc)][-3:] == [
        "The council said 12 homes lost power and 3 were flooded by the storm surge overnight.",
        "fallen trees on both lanes",
        "a landslip",
    ]
    assert reading_text(doc) == doc.text
