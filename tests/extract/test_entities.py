"""Proper-name extraction: names a reader would mark, no sentence-start or headline noise, exact spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.entities import extract_entities, is_demonym
from factcheck.extract.sentences import reading_text, split_sentences
from factcheck.ingest import from_text, read_document
from factcheck.models import EntityMention

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def mentions(text: str, declarations: object | None = None) -> list[EntityMention]:
    doc = from_text(text, id="t.txt")
    return extract_entities(doc, split_sentences(doc), declarations)


def names(text: str) -> list[str]:
    return [m.name for m in mentions(text)]


def by_name(text: str) -> dict[str, EntityMention]:
    return {m.name: m for m in mentions(text)}


def test_title_is_kept_apart_from_the_name() -> None:
    got = by_name("On the same day, Foreign Minister Anneli Korhonen met President Tomas Valdis in Riga.")
    assert got["Anneli Korhonen"].kind == "person"
    assert got["Anneli Korhonen"].title == "Foreign Minister"
    assert got["Tomas Valdis"].title == "President"
    assert got["Riga"].kind == "place"
    assert "President" not in got and "Foreign Minister" not in got


def test_lowercase_role_noun_is_a_title() -> None:
    got = by_name("The agency quoted spokesman Piotr Zawadzki as saying the talks had stalled.")
    assert got["Piotr Zawadzki"].kind == "person"
    assert got["Piotr Zawadzki"].title == "spokesman"


def test_sentence_initial_common_words_are_not_names() -> None:
    text = (
        "However, the talks in Vilnius collapsed. Military observers said little. "
        "Despite Lithuanian objections, nothing changed. The mayor left on Monday in March."
    )
    got = names(text)
    assert "Vilnius" in got and "Lithuanian" in got
    for noise in ("However", "Military", "Despite", "The", "Monday", "March"):
        assert noise not in got


def test_pronoun_contractions_are_not_names() -> None:
    text = (
        '"We\'re delighted," said Mary Hill. We’ll see, she added. "I\'m sure They\'ve gone." '
        "O'Brien agreed. Trump's plan was discussed. He met Trump's aide."
    )
    got = names(text)
    assert "Mary Hill" in got and "O'Brien" in got and "Trump" in got
    for noise in ("We're", "We’ll", "I'm", "They've"):
        assert noise not in got


def test_sentence_initial_name_is_kept() -> None:
    text = "Kowalczyk arrived late. Rossetti had already spoken to Kowalczyk about the deal."
    assert names(text).count("Kowalczyk") == 2
    assert "Rossetti" in names(text)


def test_headline_is_read_conservatively() -> None:
    text = "Farmers Protest New Tariffs As Talks In Brussels Stall\n\nFarmers gathered outside the hall in Brussels."
    got = names(text)
    assert got.count("Brussels") == 2
    for noise in ("Farmers", "Protest", "New Tariffs", "Tariffs", "Talks", "Stall", "As"):
        assert noise not in got


def test_particles_diacritics_hyphens_apostrophes_camel_case() -> None:
    text = (
        "Ursula von der Leyen spoke to Micheál Ó Súilleabháin and Jean-Luc Mélenchon. "
        "Later Bashar al-Assad and Conor O'Brien were mentioned by the monitor DeepState."
    )
    got = names(text)
    for name in (
        "Ursula von der Leyen",
        "Micheál Ó Súilleabháin",
        "Jean-Luc Mélenchon",
        "Bashar al-Assad",
        "Conor O'Brien",
        "DeepState",
    ):
        assert name in got, name


def test_abbreviations_and_codes() -> None:
    got = by_name("The U.S. and the UK asked NATO and the UN to meet before the G7 summit.")
    assert got["U.S."].canonical == "United States"
    assert got["UK"].canonical == "United Kingdom"
    assert "NATO" in got and "UN" in got and "G7" in got


def test_possessive_is_not_part_of_the_name() -> None:
    got = mentions("Moldova’s president and Romania's premier met.")
    assert [m.name for m in got] == ["Moldova", "Romania"]


def test_demonyms_resolve_to_the_country_with_kind_other() -> None:
    got = by_name("Estonian officials and North Korean troops were mentioned.")
    assert got["Estonian"].kind == "other" and got["Estonian"].canonical == "Estonia"
    assert got["North Korean"].canonical == "North Korea"
    assert is_demonym("Ukrainians") and not is_demonym("Ukraine")


def test_demonym_before_a_title_and_a_name() -> None:
    got = mentions("Hungarian Prime Minister Zsolt Bartha visited Vienna.")
    assert [(m.name, m.kind) for m in got] == [
        ("Hungarian", "other"),
        ("Zsolt Bartha", "person"),
        ("Vienna", "place"),
    ]
    assert got[1].title == "Hungarian Prime Minister"


def test_organizations_by_word_and_table() -> None:
    got = by_name("The Estonian Defence Ministry and Reuters confirmed it; the Kremlin did not.")
    assert got["Estonian Defence Ministry"].kind == "organization"
    assert got["Reuters"].kind == "organization"
    assert got["Kremlin"].kind == "organization"


def test_surname_resolves_to_the_full_name_seen_earlier() -> None:
    got = mentions("Senator Maria Okonkwo voted no. Later, Okonkwo said she was satisfied.")
    assert got[-1].name == "Okonkwo"
    assert got[-1].canonical == "Maria Okonkwo"
    assert got[-1].kind == "person"


def test_place_from_context() -> None:
    got = by_name("Troops entered Velykyi Burluk, a small border town, and later the village of Zhuravka.")
    assert got["Velykyi Burluk"].kind == "place"
    assert got["Zhuravka"].kind == "place"


def test_hyphenated_place_compounds() -> None:
    got = names("The Russia-Ukraine talks, U.S.-backed and Moscow-based observers.")
    assert got == ["Russia", "Ukraine", "U.S.", "Moscow"]


class _Decl:
    def canonical(self, name: str) -> str | None:
        return {"Kyiv": "Ukraine"}.get(name)

    def variant_of(self, name: str) -> str | None:
        return None


def test_declarations_resolve_canonical_names() -> None:
    got = mentions("Kyiv agreed to the proposal.", _Decl())
    assert got[0].name == "Kyiv" and got[0].canonical == "Ukraine"


def test_seeds_names_a_reader_would_mark() -> None:
    noise = {
        "The",
        "However",
        "In",
        "Wednesday",
        "Thursday",
        "Tuesday",
        "Friday",
        "March",
        "February",
        "August",
        "Military",
        "Photo",
        "Skip",
        "Read",
        "Latest",
        "Despite",
        "Perhaps",
        "Ceasefire",
        "Partner",
        "Meanwhile",
    }
    expected = {
        "Vladimir Putin",
        "Micheál Martin",
        "Sébastien Lecornu",
        "Skadovskyi Defender",
        "U.S.",
        "UN Charter",
        "NATO",
        "DeepState",
        "Sudzha",
        "Suzha",
        "Suja",
        "Valeri Gerasimov",
        "Valery Gerasimov",
        "Dmitry Peskov",
        "Oleksandr Syrskyi",
        "Steve Witkoff",
        "Karoline Leavitt",
        "Kremlin",
        "Sumy",
    }
    found: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_document(path)[0]
        for m in extract_entities(doc, split_sentences(doc), None):
            assert doc.text[m.span.start : m.span.end] == m.name == m.span.text
            assert m.name not in noise, (path.name, m.name)
            found.add(m.name)
    assert expected <= found, expected - found


def test_seed_kinds_and_canonicals() -> None:
    doc = read_document(SEEDS / "000_73fcdc58ae80f973.txt")[0]
    got: dict[str, EntityMention] = {}
    for m in extract_entities(doc, split_sentences(doc), None):
        got.setdefault(m.name, m)
    assert got["Vladimir Putin"].title == "Russian President"
    assert got["Putin"].canonical == "Vladimir Putin"
    assert got["Micheál Martin"].kind == "person"
    assert got["Sudzha"].canonical == "Sudzha"
    assert got["Ukrainian"].canonical == "Ukraine"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa Bé-'’.,\n“”:Ku Ñz al-O'Br 7 G U.S. The"))))
def test_never_raises_and_spans_are_exact(text: str) -> None:
    doc = from_text(text, id="h.txt")
    for m in extract_entities(doc, split_sentences(doc), None):
        assert doc.text[m.span.start : m.span.end] == m.span.text  # the span quotes the text as written
        assert reading_text(doc)[m.span.start : m.span.end] == m.name  # the name as read (soft wraps as spaces)
        assert m.name.strip() == m.name and m.name


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    doc = from_text(text, id="h.txt")
    for m in extract_entities(doc, split_sentences(doc), None):
        assert doc.text[m.span.start : m.span.end] == m.span.text  # the span quotes the text as written
        assert reading_text(doc)[m.span.start : m.span.end] == m.name  # the name as read (soft wraps as spaces)


@pytest.mark.parametrize("word", ["Monday", "Sept", "December"])
def test_calendar_words_alone_are_not_names(word: str) -> None:
    assert names(f"It happened on {word} in Oslo.") == ["Oslo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "United States Department of Agriculture, National Agricultural Statistics Service",
            "United States Department of Agriculture",
        ),
        ("Ministry of Defence, Main Building, Whitehall", "Ministry of Defence"),
        ("Bank of England Holds Rates As Inflation Eases", "Bank of England"),
        ("Department for Education Publishes Teacher Figures", "Department for Education"),
        ("University of Leeds Opens New Library", "University of Leeds"),
        ("Department of Health officials said the ward would close.", "Department of Health"),
    ],
)
def test_a_name_joined_by_a_connector_after_its_head_is_read_in_a_headline(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rise In Number Of Farms Hits Record High",
        "Cost of Living Squeeze Deepens",
        "Minister for Housing Backs Plan",
    ],
)
def test_a_headline_phrase_with_of_and_no_organisation_head_stays_noise(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The move was backed by the Harcourt Town Supporters' Trust on Monday.", "Harcourt Town Supporters' Trust"),
        ("The Farrow Valley Patients' Forum endorsed the proposal.", "Farrow Valley Patients' Forum"),
        ("A spokesman for the Growers' Alliance said prices had fallen.", "Growers' Alliance"),
        ("The Residents' Coalition will appeal, its chair said.", "Residents' Coalition"),
    ],
)
def test_a_plural_possessive_runs_on_into_trust_forum_alliance_or_coalition(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theatre Forum, the resource organisation for the arts, rejected the plan.", "Theatre Forum"),
        ("Farmers Union leaders met the minister on Monday.", "Farmers Union"),
        ("Police Federation officials said morale was low.", "Police Federation"),
    ],
)
def test_a_sentences_first_noun_before_an_organisation_word_is_the_names_first_word(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["New Council members were sworn in on Monday.", "Regional Council staff said the road would close."],
)
def test_an_adjective_before_an_organisation_word_at_a_sentences_start_names_nothing(text: str) -> None:
    assert not any(n.startswith(("New", "Regional")) for n in names(text))
