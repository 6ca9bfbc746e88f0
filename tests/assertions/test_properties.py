"""Properties: extraction never raises and spans are exact; alignment of a document with itself is the identity;
no check fires between a document and its exact copy. Plus sentence splitting on abbreviations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.align import align, detect_rewrites
from factcheck.engine import build_facts, run_rules
from factcheck.extract.assertions import extract_assertions
from factcheck.extract.entities import extract_entities
from factcheck.extract.sentences import split_sentences
from factcheck.ingest import from_text

WORDS = [
    "Ukraine",
    "Kyiv",
    "agreed",
    "to",
    "the",
    "ceasefire",
    "despite",
    "due",
    "not",
    "never",
    "said",
    "according",
    "police",
    "reportedly",
    "may",
    "troops",
    "retook",
    "Sudzha",
    "because",
    "of",
    "40",
    "%",
    ",",
    ".",
    "“",
    "”",
    "n't",
    "remained",
    "silent",
    "on",
    "whether",
    "no",
    "longer",
    "although",
    "U.S.",
    "Gen.",
    "\n",
    "?",
]
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join) | st.text(max_size=200)
sentences_text = st.lists(
    st.lists(st.sampled_from([w for w in WORDS if w not in ".?\n"]), min_size=4, max_size=14).map(
        lambda ws: " ".join(ws).capitalize() + " alpha bravo."
    ),
    min_size=1,
    max_size=6,
).map(" ".join)


def _rules() -> list[object]:
    from factcheck.rules.loader import load_rules

    return [
        r
        for r in load_rules(None).rules
        if r.type
        in frozenset({"stance-conflict", "negation-flip", "causal-reversal", "hedge-dropped", "unsupported-claim"})
    ]


@given(texts)
def test_extraction_never_raises_and_spans_are_exact(text: str) -> None:
    doc = from_text(text)
    sentences = split_sentences(doc)
    for a in extract_assertions(doc, sentences, extract_entities(doc, sentences)):
        for span in (a.span, a.attribution_span, a.link_span):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


@given(sentences_text)
def test_alignment_with_itself_is_the_identity(text: str) -> None:
    a, b = from_text(text, id="a.txt"), from_text(text, id="b.txt")
    facts = build_facts([b], [a], needs={"sentences"})
    matches = align(facts, "b.txt", ["a.txt"])
    idx = {m.sentence: m for m in matches}
    for s in facts.extractions["b.txt"].sentences:
        m = idx[s.index]
        assert facts.sentence_text("a.txt", m.other_sentence) == s.span.text
        assert m.score > 0.999


@given(sentences_text)
def test_no_check_fires_between_a_document_and_its_copy(text: str) -> None:
    for against in (True, False):
        a, b = from_text(text, id="a.txt"), from_text(text, id="b.txt")
        facts = build_facts([b], [a] if against else [], needs={"sentences", "assertions"})
        if not against:
            facts = build_facts([a, b], needs={"sentences", "assertions"})
        report = run_rules(_rules(), facts, strict=True)  # type: ignore[arg-type]
        assert [f for f in report.findings if f.check != "stance-conflict"] == []
        # a stance conflict inside the text is found in both copies alike, never between them
        for f in report.findings:
            assert len({e.document for e in f.evidence}) == 1 or f.check == "stance-conflict"


def test_copies_are_detected_as_one_rewrite() -> None:
    text = (
        "The city council approved the new budget on Monday. Local schools get more money for teachers. "
        "The mayor praised the close vote in a statement. Opposition members walked out of the chamber."
    )
    facts = build_facts([from_text(text, id="a.txt"), from_text(text, id="b.txt")], needs={"sentences"})
    assert detect_rewrites(facts) == {"b.txt": ["a.txt"]}


def _split(text: str) -> list[str]:
    return [s.span.text for s in split_sentences(from_text(text))]


def test_sentences_us_abbreviation_inside_and_at_end() -> None:
    assert _split("Talks with U.S. officials began. Then they ended.") == [
        "Talks with U.S. officials began.",
        "Then they ended.",
    ]
    assert _split("The envoy flew to the U.S. The talks begin today.") == [
        "The envoy flew to the U.S.",
        "The talks begin today.",
    ]


def test_sentences_titles_dates_and_times() -> None:
    assert _split("Gen. Valery Gerasimov spoke on Sept. 2 at 9 a.m. Moscow time. He left.") == [
        "Gen. Valery Gerasimov spoke on Sept. 2 at 9 a.m. Moscow time.",
        "He left.",
    ]
    assert _split("Talks resume at 10 a.m. on Monday.") == ["Talks resume at 10 a.m. on Monday."]
    assert _split("Lt. Col. Smith and Dr. Jones met Mr. Brown in St. Louis on Jan. 5. They agreed.") == [
        "Lt. Col. Smith and Dr. Jones met Mr. Brown in St. Louis on Jan. 5.",
        "They agreed.",
    ]
