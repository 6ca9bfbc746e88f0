"""How much two documents must share to tell one story when neither was written from the other (a day's drafts, an
archive checked in one run): two restated sentences, or one that names the same people; headings, list numbers and
one stock sentence are no evidence, and a given name two long unrelated articles share links no spellings."""

from __future__ import annotations

from factcheck.align import one_story
from factcheck.checks._registry import get_check
from factcheck.checks.cross_document_number import CrossDocumentNumberRule
from factcheck.checks.entity_spelling import EntitySpellingRule
from factcheck.engine import build_facts, run_rules
from factcheck.facts import FactBase
from factcheck.ingest import from_text

SPELLING = EntitySpellingRule(id="t.entity-spelling")
NUMBERS = CrossDocumentNumberRule(id="t.cross-document-number")
NEEDS = get_check("entity-spelling").requires | get_check("cross-document-number").requires | {"sentences"}

# a ferry strike and a school prize day: a heading, a list number and one stock sentence alike, nothing else
FERRY = """## What happens next

Crews on the Kessock ferries walked out at dawn on Friday over a pay offer they called an insult.
The operator, Firth Crossings, cancelled every sailing until Sunday and put on two coaches instead.
**2.
The union's regional officer, Moira Dalgleish, said the crews had been asked to accept a real-terms cut.
The council said it would review the decision at its meeting next month.
"""
PRIZES = """## What happens next

Pupils at Balnagown Academy collected their prizes from the former rector on Friday afternoon.
The top award for science went to a fourth-year pupil whose project measured pollen on the school roof.
**2.
Parents packed the hall, and the school pipe band played the pupils out at the end.
The council said it would review the decision at its meeting next month.
"""
# a follow-up on the ferry strike: its own reporting, with two sentences restating the first report
FERRY_AGAIN = """Firth Crossings cancelled every sailing on the Kessock route until Sunday and laid on two coaches.
Passengers queued for the coaches in the rain at North Kessock, some of them for more than an hour.
The union's regional officer, Moira Dalgleish, said crews had been asked to accept a cut in real terms.
A spokesman for the operator said talks could resume on Monday if the union agreed to meet.
The island's only supermarket said its deliveries would arrive by road for the rest of the week.
"""
# one sentence restating the strike report that names the union officer, and nothing else alike
FERRY_QUOTE = """Moira Dalgleish, the union's regional officer, said Kessock crews were asked to take a real-terms cut.
Shoppers in the town centre said they had noticed fewer visitors from across the firth this week.
A new bus timetable for the town will be published in the spring, the transport partnership said.
"""


def _facts(*texts: str) -> FactBase:
    return build_facts([from_text(t, id=f"doc{i}.md") for i, t in enumerate(texts)], needs=NEEDS)


def test_headings_list_numbers_and_one_stock_sentence_are_no_story() -> None:
    facts = _facts(FERRY, PRIZES)
    assert not one_story(facts, "doc0.md", "doc1.md", by_name=False)


def test_two_restated_sentences_are_one_story() -> None:
    facts = _facts(FERRY, FERRY_AGAIN)
    assert not facts.sources  # (no rewrite: the follow-up has reporting of its own)
    assert one_story(facts, "doc0.md", "doc1.md", by_name=False)


def test_one_restated_sentence_naming_the_same_person_is_one_story() -> None:
    facts = _facts(FERRY, FERRY_QUOTE)
    assert not facts.sources
    assert one_story(facts, "doc0.md", "doc1.md", by_name=False)


def test_a_count_in_an_unrelated_article_sharing_a_stock_sentence_is_not_compared() -> None:
    ferry = FERRY + (
        "About 40 sailings from Kessock were cancelled on Friday, Firth Crossings said, leaving hundreds of commuters "
        "and lorry drivers stranded at both piers.\n"
    )
    prizes = PRIZES + (
        "On Friday the rector told parents that 15 sailings from Kessock, booked months ago for the senior pupils' "
        "field trip to the islands, were cancelled.\n"
    )
    assert not run_rules([NUMBERS], _facts(ferry, prizes), strict=True).findings
    again = FERRY_AGAIN + "More than 60 sailings from Kessock were cancelled on Friday, Firth Crossings said.\n"
    found = run_rules([NUMBERS], _facts(ferry, again), strict=True).findings
    assert [f.values["noun"] for f in found] == ["sailing"]


COUNCIL = """Coun. Martin Ekwall voted against the budget, saying the city should have drawn more from its reserves.
The budget raises property taxes by 4.2 per cent and adds three staff to the roads department.
Council will meet again on Tuesday to vote on the transit plan, which has been delayed twice.
"""
CRICKET = """Opener Martin Ekwell struck a fluent 64 as the visitors won the first match of the series by 27 runs.
The hosts lost three wickets in the powerplay and never recovered on a slow pitch.
The second match of the three-game series is on Sunday at the same ground.
"""


def test_a_given_name_shared_by_two_unrelated_articles_links_no_spellings() -> None:
    facts = _facts(COUNCIL, CRICKET)
    assert not run_rules([SPELLING], facts, strict=True).findings


def test_a_given_name_shared_by_two_one_line_briefs_still_links_their_spellings() -> None:
    facts = _facts("Coun. Martin Ekwall voted against the budget.", "Later Martin Ekwell defended his vote.")
    assert [f.severity for f in run_rules([SPELLING], facts, strict=True).findings] == ["error"]


SOURCE = """Mayor Ingrid Solheim opened the new harbour bridge at Vestvik on Saturday morning.
Solheim said the bridge would cut the drive to the ferry terminal by twenty minutes.
The bridge cost 410 million kroner and took three years to build.
"""
REWRITE = """Mayor Ingrid Solhiem opened the new harbour bridge at Vestvik on Saturday morning.
She said the bridge would cut the drive to the ferry terminal by twenty minutes.
The bridge cost 410 million kroner and took three years to build.
"""
OTHER_STORY = """Professor Solheim of the university's marine institute led the survey of the fjord's cod stocks.
The survey found fewer young fish than in any year since records began in 1987.
Solheim said warmer water in the spring was the most likely cause of the decline.
"""


def test_the_reference_spelling_is_quoted_from_the_documents_own_story() -> None:
    facts = _facts(SOURCE, REWRITE, OTHER_STORY)
    messages = [f.message for f in run_rules([SPELLING], facts, strict=True).findings]
    assert messages == ["doc1 spells Solheim as 'Solhiem' (1×); doc0 writes 'Solheim'"]


# two floods on one day: one wire service's wording, different rivers and towns
CREEK = "Cold Brook at Harnley crested at 19.6 feet on Wednesday, the National Weather Service said.\n"
RIVER = "The Sable River at Dunmore crested at 24.3 feet on Wednesday, the National Weather Service said.\n"
RIVER_AGAIN = "The Sable River at Dunmore crested at 27.1 feet on Wednesday, the National Weather Service said.\n"


def test_a_measure_of_another_place_is_not_compared() -> None:
    assert not run_rules([NUMBERS], _facts(CREEK, RIVER), strict=True).findings
    found = run_rules([NUMBERS], _facts(RIVER, RIVER_AGAIN), strict=True).findings
    assert [f.values["noun"] for f in found] == ["foot"]
