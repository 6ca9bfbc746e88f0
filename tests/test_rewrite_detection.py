"""Rewrite detection: which documents of a run are rewrites of which (factcheck.align.detect_rewrites)."""

from __future__ import annotations

import datetime as dt

from factcheck.align import (
    ALIGN_THRESHOLD,
    CLOSE_SCORE,
    DATED_SHARE,
    MIN_ALIGNED,
    MIN_CLOSE,
    REWRITE_SHARE,
    SPECIFIC_CLOSE_SCORE,
    _close,
    _closely_specific,
    _head_date,
    _share,
    _share_needed,
    detect_rewrites,
    order_known,
)
from factcheck.engine import build_facts
from factcheck.facts import FactBase
from factcheck.ingest import from_text

REPORT = """Firefighters in Valdoria battled a blaze at the Marren chemical plant for nine hours on Tuesday, the \
regional fire service said.
About 40 workers were evacuated from the plant, and two of them were treated for smoke inhalation at Valdoria General \
Hospital.
Residents within two kilometres of the Marren site were told to keep their windows closed until Wednesday morning.
The plant's owner, Kessler Industries, said the fire started in a storage shed used for solvents.
Kessler Industries said production would resume once inspectors had approved the site.
Local councillor Petra Ionescu called for a full inquiry into safety at the plant.
"""
# a rewrite: most sentences paraphrase the report's lightly
REWRITE = """A blaze at the Marren chemical plant in Valdoria kept firefighters busy until late on Tuesday, sending \
black smoke over the town.
Workers were evacuated as the flames spread, and two were treated for smoke inhalation at a hospital.
Residents near the Marren site were told to keep their windows closed overnight.
Kessler Industries, the owner, said solvents were stored in the shed where the fire began.
Councillor Petra Ionescu said an inquiry into safety at the plant was needed.
The plant was fined in 2019 after a leak of solvents into a nearby river.
"""
# a loose rewrite: every sentence paraphrased in its own words, one closely
LOOSE_REWRITE = """A blaze at the Marren chemical plant in Valdoria kept crews busy until late on Tuesday, sending \
black smoke over the town.
Staff fled as the flames spread, and two were treated for smoke inhalation at a local clinic.
Residents near the Marren site were asked to keep windows shut overnight.
Kessler Industries, which owns the plant, blamed solvents kept in a shed.
Petra Ionescu, a councillor, said an inquiry into safety at the plant was needed.
The plant was fined in 2019 after a leak of solvents into a nearby river.
"""
# another outlet's own report of the same fire: the same names and facts in its own words, and reporting of its own
OWN_REPORT = (
    LOOSE_REWRITE
    + """Neighbours said they had heard two loud bangs shortly before noon.
The town's mayor, Anton Reiss, visited the site in the afternoon and thanked the crews.
Traffic on the ring road was diverted for most of the day.
"""
)


def _facts(report_date: str | None, other: str, other_date: str | None) -> FactBase:
    def day(d: str | None) -> dt.date | None:
        return dt.date.fromisoformat(d) if d else None

    docs = [
        from_text(REPORT, id="report.txt", published=day(report_date)),
        from_text(other, id="other.txt", published=day(other_date)),
    ]
    return build_facts(docs, needs={"sentences", "assertions"})


def test_a_close_paraphrase_is_a_rewrite() -> None:
    facts = _facts("2025-03-04", REWRITE, "2025-03-04")
    assert detect_rewrites(facts) == {"other.txt": ["report.txt"]}


def test_a_loose_rewrite_with_one_close_restatement_is_a_rewrite() -> None:
    facts = _facts("2025-03-04", LOOSE_REWRITE, "2025-03-04")
    k, n = _share(facts, "other.txt", "report.txt")
    # the premise: most of its sentences restate the report, one of them closely
    assert k >= MIN_ALIGNED and k / n >= REWRITE_SHARE
    assert _close(facts, "other.txt", "report.txt") == 1
    assert detect_rewrites(facts) == {"other.txt": ["report.txt"]}
    assert detect_rewrites(_facts(None, LOOSE_REWRITE, None)) == {"other.txt": ["report.txt"]}


def test_an_independent_report_of_the_same_story_is_no_rewrite() -> None:
    facts = _facts("2025-03-04", OWN_REPORT, "2025-03-05")
    k, n = _share(facts, "other.txt", "report.txt")
    # the premise: enough of its sentences restate the report loosely for a next-day story, fewer than half ...
    assert k >= MIN_ALIGNED and DATED_SHARE <= k / n < REWRITE_SHARE
    # ... and only one closely: two are needed below half
    assert _close(facts, "other.txt", "report.txt") == 1 < MIN_CLOSE
    assert detect_rewrites(facts) == {}


# a follow-up that adds more than it keeps: the report restates most of it, not the other way round
FOLLOW_UP = (
    REWRITE
    + """The chemical plant employs 310 people and opened in 1987.
Two years ago the regional environment agency ordered Kessler to replace its ageing drainage pipes.
Insurers said claims from nearby households were likely to run into the hundreds.
A spokesman for the agency said its inspectors would visit on Thursday.
Schools in the eastern district of the town reopened as normal.
"""
)


def test_a_text_dated_before_another_never_rewrites_it() -> None:
    k, n = _share(_facts(None, FOLLOW_UP, None), "report.txt", "other.txt")
    assert k / n >= REWRITE_SHARE  # the report restates the follow-up: without dates, it reads as its rewrite
    back_k, back_n = _share(_facts(None, FOLLOW_UP, None), "other.txt", "report.txt")
    assert back_k / back_n < REWRITE_SHARE  # (and not the other way round)
    assert detect_rewrites(_facts(None, FOLLOW_UP, None)) == {"report.txt": ["other.txt"]}
    assert detect_rewrites(_facts("2025-03-05", FOLLOW_UP, "2025-03-04")) == {"report.txt": ["other.txt"]}
    # dated after the report, the follow-up (which restates it closely) is its rewrite, never the other way round
    assert detect_rewrites(_facts("2025-03-04", FOLLOW_UP, "2025-03-05")) == {"other.txt": ["report.txt"]}


def test_the_thresholds_are_ordered() -> None:
    assert ALIGN_THRESHOLD < CLOSE_SCORE <= 1


def _unsupported(report_date: str | None, rewrite_date: str | None, *, explicit: bool = False) -> list[tuple[str, str]]:
    """(severity, quote) of the unsupported claims of a rewrite that adds one fact to the report."""
    from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule
    from factcheck.engine import run_rules

    def day(d: str | None) -> dt.date | None:
        return dt.date.fromisoformat(d) if d else None

    added = "The mayor said 40 new fire engines would be bought next year."
    report = from_text(REPORT, id="report.txt", published=day(report_date))
    kept = "".join(REWRITE.splitlines(keepends=True)[:5])  # the rewrite cuts a sentence of the report, adds one
    rewrite = from_text(kept + added + "\n", id="rewrite.txt", published=day(rewrite_date))
    facts = build_facts([rewrite], [report]) if explicit else build_facts([report, rewrite])
    rule = UnsupportedClaimRule(id="t.unsupported", severity="warning", claims=EVERY_CLAIM)
    found = run_rules([rule], facts).findings
    return [(f.severity, f.evidence[0].text) for f in found]


def test_an_unsupported_claim_is_a_warning_when_the_order_is_known() -> None:
    added = "The mayor said 40 new fire engines would be bought next year."
    assert _unsupported("2025-03-04", "2025-03-05") == [("warning", added)]
    assert _unsupported(None, None, explicit=True) == [("warning", added)]


def test_an_unsupported_claim_is_info_when_which_text_came_first_is_a_guess() -> None:
    """Undated or same-day texts: the rewrite's added fact may be the report's own update."""
    added = "The mayor said 40 new fire engines would be bought next year."
    assert _unsupported(None, None) == [("info", added)]
    assert _unsupported("2025-03-04", "2025-03-04") == [("info", added)]
    facts = build_facts([from_text(REPORT, id="report.txt"), from_text(REWRITE, id="rewrite.txt")])
    assert not order_known(facts, "rewrite.txt", "report.txt")


def test_a_dated_follow_up_that_restates_a_third_of_its_source_closely_is_a_rewrite() -> None:
    added = """Shares in Kessler Industries fell 4 per cent on Wednesday as investors weighed the cost of the clean-up.
Insurers said claims from nearby households were likely to run into the hundreds.
A spokesman for the regional environment agency said its inspectors would visit on Thursday.
Schools in the eastern district of the town reopened as normal.
"""
    follow_up = "".join(REWRITE.splitlines(keepends=True)[:3]) + added
    k, n = _share(_facts("2025-03-04", follow_up, "2025-03-05"), "other.txt", "report.txt")
    assert DATED_SHARE <= k / n < REWRITE_SHARE  # the premise: too little of it restates the report for an undated pair
    assert detect_rewrites(_facts("2025-03-04", follow_up, "2025-03-05")) == {"other.txt": ["report.txt"]}
    assert "other.txt" not in detect_rewrites(_facts(None, follow_up, None))  # undated: too little of it restates


MINUTES = """MINUTES of the meeting of the Harbour Works Committee held at the Town Hall, Portkerry, on Tuesday \
14 March 2028 at 10.00 am.
Present: Councillors Aoife Brennan (Chair), Declan Rourke, Maeve Tighe and Colm Farrelly.
"""


def test_an_undated_text_is_dated_by_the_first_full_date_of_its_head_to_ease_the_share() -> None:
    docs = [from_text(MINUTES + REPORT, id="minutes.txt"), from_text(REWRITE, id="story.txt")]
    facts = build_facts(docs)
    assert _head_date(facts, "minutes.txt") == dt.date(2028, 3, 14)
    assert _share_needed(facts, "story.txt", "minutes.txt") == REWRITE_SHARE  # the story undated: no order to go by
    dated = [docs[0], from_text(REWRITE, id="story.txt", published=dt.date(2028, 3, 15))]
    facts = build_facts(dated)
    assert _share_needed(facts, "story.txt", "minutes.txt") == DATED_SHARE  # the next day's story
    assert _share_needed(facts, "minutes.txt", "story.txt") == REWRITE_SHARE  # (never the other way round)
    assert facts.documents["minutes.txt"].published is None  # only the share is eased: the text stays undated
    months_later = [docs[0], from_text(REWRITE, id="story.txt", published=dt.date(2028, 6, 15))]
    facts = build_facts(months_later)
    assert _share_needed(facts, "story.txt", "minutes.txt") == REWRITE_SHARE  # three months on: two stories


def test_a_date_deep_in_the_body_does_not_date_a_text() -> None:
    text = REPORT + "The plant was last inspected on 2 February 2028.\n"
    facts = build_facts([from_text(text, id="report.txt"), from_text(REWRITE, id="story.txt")])
    assert _head_date(facts, "report.txt") is None


def test_a_close_restatement_below_the_close_score_counts_with_a_name_or_two_figures_in_common() -> None:
    source = "The consultation drew 412 responses, 268 of them opposed to the increase in harbour dues.\n"
    facts = build_facts(
        [
            from_text(source + REPORT, id="report.txt"),
            from_text("Of the 412 responses received, 268 opposed the increase.\n" + REWRITE, id="story.txt"),
        ],
        needs={"sentences", "assertions"},
    )
    assert _closely_specific(facts, "story.txt", 0, "report.txt")
    stock = "As at 30 September 2027 the group employed 11,420 people worldwide."
    facts = build_facts(
        [
            from_text(stock + "\n" + REPORT, id="report.txt"),
            from_text("As at 30 September 2027 the group employed 3,180 people.\n" + REWRITE, id="story.txt"),
        ],
        needs={"sentences", "assertions"},
    )
    assert not _closely_specific(facts, "story.txt", 0, "report.txt")  # one figure in common: a date's day
    assert SPECIFIC_CLOSE_SCORE < CLOSE_SCORE


def test_a_percentage_or_number_in_words_and_a_demonym_are_the_terms_of_their_figure_and_country() -> None:
    from factcheck.align import sentence_lemmas

    # a percentage in words is its sign's terms, and its words stay words
    words = sentence_lemmas("Output fell 8 per cent, or 8 percent, in France.")
    assert words == ("output", "fell", "8%", "8", "percent", "8%", "8", "percent", "france")
    assert sentence_lemmas("Output fell 8%, or 8%, in France.") == ("output", "fell", "8%", "8", "8%", "8", "france")
    assert "france" in sentence_lemmas("French output fell.")
    assert "7%" not in sentence_lemmas("The stamp costs 7 cents, a cent more.")
    assert set(sentence_lemmas("2% of 7 councils")) < set(sentence_lemmas("two per cent of seven councils"))


def test_a_rewrite_in_another_house_style_restates_its_source() -> None:
    # the figures' terms ("8%" / "8 per cent") and the country ("France's" / "French") carry the restatement: read
    # as different words, two of the four sentences restate nothing and the story is no rewrite
    source = (
        "France's wine production for 2027 is estimated at 41.2 million hectolitres, 8% less than in 2026.\n"
        "In Bordeaux the harvest is put at 3.9 million hectolitres, a fall of 14% compared with 2026.\n"
        "Exports to Germany dropped 6% over the period, the ministry said.\n"
        "The estimate will be revised on 1 December, the ministry said.\n"
    )
    rewrite = (
        "French vineyards will yield about 41.2 million hectolitres this year, 8 per cent below 2026.\n"
        "Bordeaux growers expect 3.9 million hectolitres, 14 per cent under 2026.\n"
        "Sales to Germany were 6 per cent lower.\n"
        "A revised estimate is due on 1 December, officials said.\n"
    )
    facts = build_facts([from_text(source, id="a.txt"), from_text(rewrite, id="b.txt")])
    assert _share(facts, "b.txt", "a.txt") == (4, 4)
    assert detect_rewrites(facts) == {"b.txt": ["a.txt"]}
