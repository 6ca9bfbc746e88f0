"""Sentence splitting on news copy: abbreviations, initials, list markers, line breaks, exact spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.sentences import sentence_bounds, split_sentences
from factcheck.models import Document


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_bounds(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Gen. Mark Milley met Donald J. Trump at 9 a.m. Monday. On Sept. 2 the talks resumed."
    assert _split(text) == ["Gen. Mark Milley met Donald J. Trump at 9 a.m. Monday.", "On Sept. 2 the talks resumed."]


def test_a_dotted_abbreviation_ends_a_sentence_before_a_sentence_starter() -> None:
    assert _split("Troops left the U.S. The talks went on.") == ["Troops left the U.S.", "The talks went on."]
    assert _split("U.S. officials arrived. They left.") == ["U.S. officials arrived.", "They left."]


def test_line_breaks_always_end_a_unit_and_list_markers_stay() -> None:
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
