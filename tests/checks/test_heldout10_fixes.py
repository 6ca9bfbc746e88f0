"""Fixes for general causes found by the tenth held-out set (sources and rewrites), pinned with hand-written
sentences that are not the held-out ones, and near-misses that must stay silent."""

from __future__ import annotations

import datetime as dt

import pytest
from _run import default_rule, rewrite_report
from _run import rewrite_fails as fails

from factcheck.engine import build_facts, run_rules
from factcheck.extract.assertions import tokenize, verb_polarities
from factcheck.extract.entities import extract_entities
from factcheck.extract.sentences import split_sentences
from factcheck.ingest import from_text

_CONTEXT = "The talks in Oslo ended on Friday. {} The next round will be held in May in Bergen, the mediator said."


# --- stance: "has not (yet) decided whether" is undecided ---------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "Norway has agreed to join the coalition, its foreign minister told reporters.",
        ),
        (
            "The Borel Group has not decided if it will accept the bid from its rival, the chairman said.",
            "The Borel Group has accepted the bid from its rival, the chairman said.",
        ),
    ],
)
def test_an_undecided_actor_restated_as_agreeing_is_a_stance_conflict(source: str, rewrite: str) -> None:
    assert fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "Norway is still undecided on whether to join the coalition, its foreign minister told reporters.",
        ),
        (
            "Norway has not yet decided whether to join the coalition, its foreign minister told reporters.",
            "It is not yet known whether Norway will join the coalition, its foreign minister told reporters.",
        ),
        (  # a later decision the rewrite marks as such
            "Norway had initially not decided whether to join the coalition, its foreign minister told reporters.",
            "Norway later agreed to join the coalition, its foreign minister told reporters.",
        ),
    ],
)
def test_an_undecided_actor_kept_undecided_is_no_conflict(source: str, rewrite: str) -> None:
    assert not fails("stance-conflict", _CONTEXT.format(source), _CONTEXT.format(rewrite))


# --- cross-document-number: one amount of money in a restated sentence pair ---------------------------------------

_BUDGET = "The county approved its budget on Monday. {} Councillors voted 31 to 12 in favour after a long debate."


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The county expects the new parking charges to bring in about £3.4m in their first full year.",
            "The county expects the new parking charges to bring in about £4.3m in their first full year.",
        ),
        (
            "Officials estimate the road scheme will cost $640m over a decade.",
            "The road scheme will cost $460m over a decade, officials estimate.",
        ),
    ],
)
def test_a_changed_amount_in_a_restated_sentence_is_flagged(source: str, rewrite: str) -> None:
    assert fails("cross-document-number", _BUDGET.format(source), _BUDGET.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # rounded
            "The county expects the new parking charges to bring in £3.43m in their first full year.",
            "The county expects the new parking charges to bring in about £3.4m in their first full year.",
        ),
        (  # another currency: a conversion, not a restatement of the amount
            "Officials estimate the road scheme will cost $640m over a decade.",
            "The road scheme will cost £500m over a decade, officials estimate.",
        ),
        (  # a change sentence holds a before and an after
            "The county expects parking income to rise to £3.4m next year.",
            "Parking income will rise from £2.1m to £3.4m next year, the county expects.",
        ),
    ],
)
def test_a_rounded_converted_or_changed_amount_is_not_flagged(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _BUDGET.format(source), _BUDGET.format(rewrite))


# --- hedge-dropped: a claim from unnamed sources is never routine ----------------------------------------------------

_TALKS = "The two sides met in Vienna for three days. {} The next round is due in June, the mediator said."


@pytest.mark.parametrize(
    "attribution",
    [
        "According to three diplomats briefed on the negotiations, ",
        "According to a banker with knowledge of the negotiations, ",
    ],
)
def test_a_claim_from_unnamed_sources_restated_as_fact_is_a_warning(attribution: str) -> None:
    source = _TALKS.format(f"{attribution}the northern delegation offered to pull its troops back ten kilometres.")
    rewrite = _TALKS.format("The northern delegation offered to pull its troops back ten kilometres.")
    docs = [
        from_text(source, id="source.txt", published=dt.date(2025, 3, 12)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 3, 13)),
    ]
    findings = run_rules([default_rule("hedge-dropped")], build_facts(docs), strict=True).findings
    assert [f.severity for f in findings] == ["warning"]


def test_a_claim_from_a_named_source_restated_as_fact_stays_routine() -> None:
    # (not "the Austrian mediator": the next sentence's "the mediator said" would cite the same source)
    source = _TALKS.format("According to the Austrian foreign minister, the delegations agreed to meet again in June.")
    rewrite = _TALKS.format("The delegations agreed to meet again in June.")
    docs = [
        from_text(source, id="source.txt", published=dt.date(2025, 3, 12)),
        from_text(rewrite, id="rewrite.txt", published=dt.date(2025, 3, 13)),
    ]
    facts = build_facts(docs)
    assert not run_rules([default_rule("hedge-dropped")], facts, strict=True).findings  # routine notes are off
    findings = run_rules([default_rule("hedge-dropped", routine_severity="info")], facts, strict=True).findings
    assert [f.severity for f in findings] == ["info"]


# --- hedge-dropped: attributions kept in other forms ------------------------------------------------------------------

_STATS = "The figures cover the year to June. {} Ministers promised a review of the scheme in the autumn."


def test_a_closing_report_with_its_day_keeps_the_attribution() -> None:
    source = _STATS.format("Rail fares rose 6% in the year to June, according to figures published by the regulator.")
    rewrite = _STATS.format("Rail fares rose 6% in the year to June, the regulator's figures showed on Tuesday.")
    assert not fails("hedge-dropped", source, rewrite)


def test_a_closing_report_does_not_keep_an_attribution_the_rewrite_drops() -> None:
    source = _STATS.format("Rail fares rose 6% in the year to June, according to figures published by the regulator.")
    rewrite = _STATS.format("Rail fares rose 6% in the year to June, and the rise was sharper on Tuesday.")
    assert rewrite_report("hedge-dropped", source, rewrite, routine_severity="info").findings


_HACK = (
    "{} Customers were told to change their online passwords as a precaution. The regulator said it was looking "
    "into the case and would report in June. Shares in the lender closed 3% lower in Edinburgh."
)
_BREACH = (
    "Calder Bank said on Monday that thieves had stolen the card numbers, names and addresses of 40,000 customers "
    "in an attack it found on 2 May."
)


@pytest.mark.parametrize("referent", ["the lender", "the bank"])
def test_an_attribution_by_common_noun_in_the_previous_sentence_covers_the_next(referent: str) -> None:
    rewrite = _HACK.format(
        f"Thieves stole the card numbers of 40,000 Calder Bank customers, {referent} said on Monday. Names and "
        "addresses were also taken in the attack, which was found on 2 May."
    )
    assert not fails("hedge-dropped", _HACK.format(_BREACH), rewrite)


@pytest.mark.parametrize("referent", ["the police", "officials"])
def test_a_common_noun_for_another_body_does_not_cover_the_next_sentence(referent: str) -> None:
    rewrite = _HACK.format(
        f"Thieves stole the card numbers of 40,000 Calder Bank customers, {referent} said on Monday. Names and "
        "addresses were also taken in the attack, which was found on 2 May."
    )
    assert fails("hedge-dropped", _HACK.format(_BREACH), rewrite)


# --- negation: "no longer able to", a denied clause, a merged rewrite sentence ---------------------------------------


def _polarity(sentence: str, lemma: str) -> str:
    verbs, _orphans = verb_polarities(tokenize(sentence))
    return next(p for _i, v, p in verbs if v == lemma)


@pytest.mark.parametrize(
    ("sentence", "lemma", "polarity"),
    [
        ("Divers were no longer able to reach the wreck after dark.", "reach", "negated"),
        ("Divers were not able to reach the wreck after dark.", "reach", "negated"),
        ("Divers were able to reach the wreck after dark.", "reach", "affirmed"),
        ("The club denied that any player had been paid in cash.", "pay", "negated"),
        ("The club denied claims that it had paid players in cash.", "pay", "negated"),
        ("The club denied that no player had been paid in cash.", "pay", "affirmed"),
        ("The club said that players had been paid in cash.", "pay", "affirmed"),
        ("The club denied the report, saying that players had been paid in cash.", "pay", "affirmed"),
    ],
)
def test_the_polarity_of_a_verb_under_able_to_or_a_denial(sentence: str, lemma: str, polarity: str) -> None:
    assert _polarity(sentence, lemma) == polarity


_CLUB = "The inquiry into Rovers reported on Friday. {} The club's accounts for 2023 will be published in May."


def test_a_denied_claim_restated_as_fact_is_a_negation_flip() -> None:
    source = _CLUB.format("The club denied that any player had been paid in cash by the former owner.")
    rewrite = _CLUB.format("Players had been paid in cash by the former owner, the club said.")
    assert fails("negation-flip", source, rewrite)


def test_a_denial_restated_as_a_confirmation_is_left_to_stance_conflict() -> None:
    source = _CLUB.format("The club denied that any player had been paid in cash by the former owner.")
    rewrite = _CLUB.format("The club confirmed that players had been paid in cash by the former owner.")
    assert not fails("negation-flip", source, rewrite)


def test_a_denial_kept_is_no_flip() -> None:
    source = _CLUB.format("The club denied that any player had been paid in cash by the former owner.")
    rewrite = _CLUB.format("No player was paid in cash by the former owner, the club said.")
    assert not fails("negation-flip", source, rewrite)


_SHAFT = "{} The mine's owner said a second team would go down at dawn. Relatives waited at the gate overnight."


def test_a_flip_in_a_rewrite_sentence_that_merges_two_source_sentences() -> None:
    source = _SHAFT.format(
        "The rescue team did not find the two missing miners. Its radio link to the surface had failed at noon, "
        "and the batteries of its lamps were running low."
    )
    rewrite = _SHAFT.format(
        "The rescue team found the two missing miners after its radio link to the surface failed at noon and the "
        "batteries of its lamps ran low."
    )
    assert fails("negation-flip", source, rewrite)


def test_a_merged_sentence_that_keeps_the_negation_is_no_flip() -> None:
    source = _SHAFT.format(
        "The rescue team did not find the two missing miners. Its radio link to the surface had failed at noon, "
        "and the batteries of its lamps were running low."
    )
    rewrite = _SHAFT.format(
        "The rescue team had not found the two missing miners when its radio link to the surface failed at noon and "
        "the batteries of its lamps ran low."
    )
    assert not fails("negation-flip", source, rewrite)


# --- stance: a union named with a plural possessive, a relative clause after the actor, its spokesperson -----------

_PAY = "Talks on the new contract ended on Monday. {} Ministers will meet the unions again next week in Cardiff."


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The Nurses' Federation accepted the revised offer on Monday, a spokesman confirmed.",
            "The Nurses' Federation, which represents 22,000 staff, rejected the revised offer on Monday.",
        ),
        (
            "The Dockers' Union rejected the revised offer on Monday, a spokeswoman said.",
            "The Dockers' Union, whose members voted last month, accepted the revised offer on Monday.",
        ),
    ],
)
def test_a_stance_reversed_for_an_actor_with_a_relative_clause(source: str, rewrite: str) -> None:
    assert fails("stance-conflict", _PAY.format(source), _PAY.format(rewrite))


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The Nurses' Federation accepted the revised offer on Monday, a spokesman confirmed.",
            "The Nurses' Federation, which represents 22,000 staff, agreed to the revised offer on Monday.",
        ),
        (  # the relative clause's own actor is not the subject
            "The Nurses' Federation accepted the revised offer on Monday, a spokesman confirmed.",
            "The Nurses' Federation, which the ministry says rejected an earlier deal, accepted the revised offer.",
        ),
    ],
)
def test_a_stance_kept_for_an_actor_with_a_relative_clause(source: str, rewrite: str) -> None:
    assert not fails("stance-conflict", _PAY.format(source), _PAY.format(rewrite))


def test_a_plural_possessive_before_an_organisation_word_is_part_of_the_name() -> None:
    doc = from_text("The Nurses' Federation and Acme Biologics' RSV team met in Leeds.", id="a.txt")
    names = [e.name for e in extract_entities(doc, split_sentences(doc))]
    assert "Nurses' Federation" in names
    assert not any(n.startswith("Biologics'") or n.endswith("' RSV") for n in names)


# --- unsupported-claim: a question supports nothing; a month no source names is new ----------------------------------

_BRIEFING = (
    "The mayor of Harlow spoke to reporters at the town hall on Friday. She said the new bus station would open "
    "next year and that fares would stay the same. She thanked the staff of the transport department for their work. "
    "The station, on the site of the old cattle market, will have twelve bays and a cafe. "
    "REPORTER: Will you stand for a second term as mayor? MAYOR: That is for the voters, not for me. {}"
)
_REWRITE = (
    "The mayor of Harlow told reporters at the town hall on Friday that the new bus station would open next year and "
    "that fares would stay the same. She thanked the transport department's staff for their work. The station will "
    "have twelve bays and a cafe and stands on the site of the old cattle market. {}"
)


def test_a_claim_that_only_echoes_a_question_is_unsupported() -> None:
    source = _BRIEFING.format("")
    rewrite = _REWRITE.format("She will stand down as mayor at the town council meeting in October.")
    assert fails("unsupported-claim", source, rewrite)


@pytest.mark.parametrize(
    ("extra", "added"),
    [
        (  # the source states it
            "She said she would stand down as mayor at the town council meeting in October.",
            "She will stand down as mayor at the town council meeting in October, she said.",
        ),
        (  # the month is the source's, the claim a loose restatement
            "The bus station's opening is planned for October.",
            "She said that is for the voters to decide, and the station should open in October.",
        ),
    ],
)
def test_a_claim_the_source_states_is_supported(extra: str, added: str) -> None:
    assert not fails("unsupported-claim", _BRIEFING.format(extra), _REWRITE.format(added))


# --- rewrite detection: an earlier document is never the rewrite of a later one --------------------------------------


def test_an_early_report_restated_by_a_longer_follow_up_is_not_its_rewrite() -> None:
    early = (
        "A bus carrying 31 passengers left the mountain road near Tarvo on Sunday. Rescuers reached the wreckage "
        "after dark. Eleven people were taken to hospital in Tarvo. Police closed the road for the night."
    )
    later = (
        "A bus carrying 31 passengers left the mountain road near Tarvo on Sunday, police said. Rescuers reached "
        "the wreckage after dark, working with ropes and lamps. Eleven people were taken to hospital in Tarvo, two "
        "of them by helicopter. Police closed the road for the night and reopened it on Monday. The driver, a "
        "58-year-old man from Lenz, was among the injured. The bus company said it was helping the inquiry. The "
        "regional governor called for new barriers on the road. Three similar crashes have happened there since "
        "2019, according to local media. Snow is forecast in the mountains later this week. Drivers have been "
        "told to carry chains above 1,200 metres. The school in Lenz will hold a service for the victims on Friday."
    )
    docs = [
        from_text(early, id="early.txt", published=dt.date(2025, 3, 9)),
        from_text(later, id="later.txt", published=dt.date(2025, 3, 10)),
    ]
    facts = build_facts(docs)
    assert "early.txt" not in facts.sources


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (  # a bound is a loose restatement
            "Officials estimate the road scheme will cost $640m over a decade.",
            "The road scheme will cost over $600m over a decade, officials estimate.",
        ),
        (  # an addition is another amount
            "Officials estimate the road scheme will cost $640m over a decade.",
            "Officials estimate the road scheme will need another $200m over a decade.",
        ),
        (  # another written magnitude
            "Officials estimate the road scheme will cost $640m over a decade.",
            "Officials estimate the road scheme will cost $640 million over a decade.",
        ),
    ],
)
def test_a_bound_an_addition_or_another_magnitude_is_not_a_changed_amount(source: str, rewrite: str) -> None:
    assert not fails("cross-document-number", _BUDGET.format(source), _BUDGET.format(rewrite))
