"""General causes of false alarms and misses found with bench/drift_planted (hand-written sentences, not from it)."""

from __future__ import annotations

import pytest

from factcheck.checks.hedge_dropped import EVERY_DROP, HedgeDroppedRule
from factcheck.checks.negation_flip import NegationFlipRule
from factcheck.checks.stance_conflict import StanceConflictRule
from factcheck.checks.unsupported_claim import EVERY_CLAIM, UnsupportedClaimRule
from factcheck.extract.assertions import tokenize, verb_polarities
from tests.assertions._helpers import run

NEG = NegationFlipRule(id="t.negation-flip")


def _polarity(sentence: str, lemma: str) -> set[str]:
    verbs, _orphans = verb_polarities(tokenize(sentence))
    return {p for _i, v, p in verbs if v == lemma}


# --- negation scope: a "not" negates the verb it governs, not every verb of its clause ---------------------------


@pytest.mark.parametrize(
    ("sentence", "lemma", "polarity"),
    [
        ("The dam held and the lake did not flood the valley.", "hold", "affirmed"),
        ("The dam held and the lake did not flood the valley.", "flood", "negated"),
        ("No warning shots were fired at the boat.", "fire", "negated"),
        ("None of the 40 climbers or six guides was hurt in the avalanche.", "hurt", "negated"),
        ("Auditors found no errors in the ledger.", "find", "negated"),
        ("The striker scored twice, said a coach who asked not to be identified.", "score", "affirmed"),
        ("The mayor had no option because the grant had been cut by a third.", "cut", "affirmed"),
        ("The vote passed, a result that could not be confirmed.", "pass", "affirmed"),
        ("The guild will consult members before deciding whether to hold a walkout.", "hold", "none"),
    ],
)
def test_verb_polarity_has_local_scope(sentence: str, lemma: str, polarity: str) -> None:
    assert _polarity(sentence, lemma) == (set() if polarity == "none" else {polarity})


NEGATION_FLAGS = [
    (  # a coordinated clause's negation is lost
        "The dam held overnight and the lake did not flood the valley below the town.",
        "The dam held overnight and the lake flooded the valley below the town.",
    ),
    (  # a negative subject becomes a positive one
        "No warning shots were fired at the fishing boat, the coastguard said.",
        "Warning shots were fired at the fishing boat, the coastguard said.",
    ),
    (  # "but did not" after a first verb
        "The coach said he was unhappy with the pitch but did not blame the groundstaff.",
        "The coach blamed the groundstaff for the state of the pitch.",
    ),
    (
        "None of the 40 climbers was hurt in the avalanche near the summit, rescuers said.",
        "Several of the 40 climbers were hurt in the avalanche near the summit, rescuers said.",
    ),
]
NEGATION_FLAGS.append(
    (  # a possible verb after a subject pronoun is a verb
        "Crews contained the grass fire on Sunday, but it had not spread to the farm buildings.",
        "Crews contained the grass fire on Sunday after it spread to the farm buildings.",
    )
)
NEGATION_FLAGS += [
    (  # light and reporting verbs flip too, now that each verb has its own negation
        "The ferry line has never made a profit, although losses have narrowed since 2021.",
        "The ferry line has made a profit every year since 2021.",
    ),
    (
        "The port has not said how it will meet the 2030 emissions deadline.",
        "The port has said it will meet the 2030 emissions deadline.",
    ),
]
NEGATION_PASSES = [
    (  # two negations in one clause belong to two verbs: each keeps its polarity
        "The company has not been fined, and its lawyer would not comment on the inquiry.",
        "The company, whose lawyer would not comment on the inquiry, has not been fined.",
    ),
    (  # a "not" in a relative clause
        "They planned the raid for months, said a detective who asked not to be named.",
        "They planned the raid for months, a detective who asked not to be named said.",
    ),
    (  # a trailing caveat's "not"
        "The rebels said they had captured the bridge, a claim that could not be verified.",
        "The rebels captured the bridge.",
    ),
    (  # the negation moved to a verbless phrase: "ruled on how, not on whether"
        "The judge did not rule on whether the tax was fair, only on how it was collected.",
        "The judge ruled only on how the tax was collected, not on whether it was fair.",
    ),
    (  # a refusal against an acceptance is a stance (stance-conflict), not a lost "not"
        "The union has agreed to join the talks with the employers next week.",
        "The union has refused to join the talks with the employers next week.",
    ),
    (  # an open question is neither affirmed nor negated
        "The guild said it would consult members before deciding whether to hold a walkout.",
        "The guild said it would not hold a walkout before consulting members.",
    ),
    (  # "has yet to" negates like "has not yet"
        "The board has not yet taken up the offer from retired teachers.",
        "The board has yet to take up the offer from retired teachers.",
    ),
    (  # a participle is not an assertion ("a letter explaining …"), nor does a "nor" reach a later clause
        "The minister did not explain in her letter how long the review would take.",
        "In a letter explaining the review, the minister gave no timetable, nor said how long it would take.",
    ),
    (  # "had received no" keeps "had not received"
        "The ministry said it had not received a formal request from the city.",
        "The ministry said it had received no formal request from the city.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_FLAGS)
def test_negation_flip_flags_scoped_negation(source: str, rewrite: str) -> None:
    assert [f.check for f in run(NEG, rewrite, against=[source])] == ["negation-flip"]


@pytest.mark.parametrize(("source", "rewrite"), NEGATION_PASSES)
def test_negation_flip_passes_other_verbs_negation(source: str, rewrite: str) -> None:
    assert run(NEG, rewrite, against=[source]) == []


# --- rewrite direction: a rewrite never predates its source; with one date, the shorter text is the rewrite -------

_LONG = (
    "The ferry operator cancelled all sailings to the northern islands on Tuesday because of high winds. "
    "About 1,400 passengers had booked crossings for the day, the operator said. "
    "Sailings are expected to resume on Wednesday morning if the wind drops. "
    "Island shops have begun rationing fresh milk and bread until supplies arrive. "
    "The coastguard said two fishing boats had returned to harbour early."
)
_SHORT = (
    "High winds forced the ferry operator to cancel every sailing to the northern islands on Tuesday. "
    "Some 1,400 passengers had booked crossings for the day, according to the operator. "
    "If the wind drops, sailings are expected to resume on Wednesday morning. "
    "Shops on the islands are rationing fresh bread and milk until supplies arrive."
)


def _detected(long_date: str | None, short_date: str | None) -> dict[str, list[str]]:
    import datetime as dt

    from factcheck.align import detect_rewrites
    from factcheck.engine import build_facts
    from factcheck.ingest import from_text

    def day(d: str | None) -> dt.date | None:
        return dt.date.fromisoformat(d) if d else None

    docs = [
        from_text(_LONG, id="a-long.txt", published=day(long_date)),
        from_text(_SHORT, id="z-short.txt", published=day(short_date)),
    ]
    return detect_rewrites(build_facts(docs, needs={"sentences", "assertions"}))


def test_same_day_the_shorter_text_is_the_rewrite() -> None:
    assert _detected("2025-03-04", "2025-03-04") == {"z-short.txt": ["a-long.txt"]}
    assert _detected(None, None) == {"z-short.txt": ["a-long.txt"]}


def test_the_later_published_text_is_the_rewrite() -> None:
    assert _detected("2025-03-05", "2025-03-04") == {"a-long.txt": ["z-short.txt"]}
    assert _detected("2025-03-04", "2025-03-05") == {"z-short.txt": ["a-long.txt"]}


# --- hedge-dropped: what each qualifier bears on, and what keeps it -------------------------------------------------

HEDGE = HedgeDroppedRule(id="t.hedge-dropped", routine_severity="info", report=EVERY_DROP)  # every kind, routine too

HEDGE_FLAGS = [
    (  # a modal hedge bears on its whole clause, and an attribution alone does not keep it
        "A new saline treatment could halve recovery times for burn patients, according to a trial in Leeds.",
        "A new saline treatment halves recovery times for burn patients, a trial in Leeds has found.",
    ),
    (  # a verbal hedge ("appeared to") next to a mid-sentence attribution
        "Pupils who used the reading app appeared to make faster progress, the teachers said, although the sample "
        "was small.",
        "Pupils who used the reading app made faster progress.",
    ),
    (  # an attribution after a comma, followed by a relative clause, bears on what comes before it
        "The province is expected to announce new water limits in June, according to two officials who spoke on "
        "condition of anonymity.",
        "The province will announce new water limits in June.",
    ),
    (  # a caveat bears on the whole sentence, even when the actor is named
        "The navy said it had sunk three supply boats near the cape, a claim that could not be independently verified.",
        "The navy sank three supply boats near the cape.",
    ),
    (  # "less likely" is a comparison, not a hedge of the rewrite
        "Drivers using the new lane appeared to be less likely to crash at the junction, the council said.",
        "Drivers using the new lane were less likely to crash at the junction.",
    ),
]
HEDGE_PASSES = [
    (  # attribution inverted after a comma: "…, said board chair X"
        "The delay was caused mainly by a shortage of welders, board chair Ivo Marsh said.",
        "The delay was mainly the result of a shortage of welders, said board chair Ivo Marsh.",
    ),
    (  # a passive report keeps the attribution
        "Bus fares will rise by 4% in May, the transport office said on Monday.",
        "The rise, announced by the transport office on Monday, will put bus fares up by 4% in May.",
    ),
    (  # "…, which said …": the antecedent said it
        "The regulator fined the bank, saying customers in 40 towns had been overcharged.",
        "The bank was fined by the regulator, which said customers in 40 towns had been overcharged.",
    ),
    (  # a self-report restated with the reporter named
        "The rowing club said it would campaign for a new boathouse on the river.",
        "A new boathouse on the river is what the rowing club will campaign for.",
    ),
    (  # "reportedly"/"allegedly" are kept by an explicit attribution
        "The clerk allegedly took cash from the parish fund, according to the charge sheet.",
        "According to the charge sheet, the clerk took cash from the parish fund.",
    ),
    (  # "told the paper that …" keeps the attribution
        "The keeper fed the bears twice a day, his sister told the Valley Post.",
        "His sister told the newspaper that the keeper fed the bears twice a day.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), HEDGE_FLAGS)
def test_hedge_dropped_flags(source: str, rewrite: str) -> None:
    assert [f.check for f in run(HEDGE, rewrite, against=[source])] == ["hedge-dropped"]


@pytest.mark.parametrize(("source", "rewrite"), HEDGE_PASSES)
def test_hedge_dropped_passes(source: str, rewrite: str) -> None:
    assert run(HEDGE, rewrite, against=[source]) == []


def test_hedge_dropped_attribution_carried_by_the_next_sentence() -> None:
    source = "Some 9,000 ticket holders will get full refunds, the organisers said. The gates open at noon."
    rewrite = (
        "The organisers said on Thursday that the final day was cancelled. Some 9,000 ticket holders will get full "
        "refunds."
    )
    assert run(HEDGE, rewrite, against=[source]) == []
    # a different source in the next sentence does not carry it
    other = (
        "The mayor said on Thursday that the final day was cancelled. Some 9,000 ticket holders will get full refunds."
    )
    assert [f.check for f in run(HEDGE, other, against=[source])] == ["hedge-dropped"]


# --- unsupported-claim: a number no source states needs a real restatement --------------------------------------

UNSUP = UnsupportedClaimRule(id="t.unsupported-claim", claims=EVERY_CLAIM)  # the opt-in kinds too

_PROBE_SOURCE = (
    "The space agency said on Friday it had lost contact with its lunar orbiter, launched in 2020. "
    "The orbiter stopped sending data on Wednesday after a planned engine burn. "
    "Ground stations in Chile and Japan have tried to reach it every four hours since then. "
    "Engineers have not yet found the cause of the fault."
)
_PROBE_REWRITE = (
    "The space agency has lost contact with its lunar orbiter, launched in 2020, it said on Friday. "
    "The orbiter stopped sending data on Wednesday after a planned engine burn. "
    "Ground stations in Chile and Japan have tried to reach it every four hours. "
    "Engineers have not yet found the cause of the fault. "
)


def test_unsupported_claim_flags_a_loosely_related_sentence_with_a_new_number() -> None:
    added = "The agency said a new lunar orbiter would be sent up in 2031 if the fault persisted."
    findings = run(UNSUP, _PROBE_REWRITE + added, against=[_PROBE_SOURCE])
    assert [f.evidence[0].text for f in findings] == [added]


def test_unsupported_claim_passes_a_loose_restatement_whose_numbers_are_in_the_source() -> None:
    kept = "Since Wednesday, stations in two countries have kept trying to reach the orbiter launched in 2020."
    assert run(UNSUP, _PROBE_REWRITE + kept, against=[_PROBE_SOURCE]) == []


# --- stance-conflict: an appositive actor; a rewrite's restated sentence supplies the topic ----------------------

STANCE = StanceConflictRule(id="t.stance-conflict")

_UNION_SOURCE = (
    "Two of the three unions at the shipyard signed the pay deal on Friday after months of talks. "
    "The third union, Metalworkers United, rejected the agreement and said it would consult its members first. "
    "The shipyard said the deal would secure work at its docks until 2029."
)


def test_stance_conflict_reads_an_appositive_actor_and_a_restated_flip() -> None:
    rewrite = (
        "Two of the three unions at the shipyard signed the pay deal on Friday after months of talks. "
        "Metalworkers United accepted the agreement as well and said it would not consult its members. "
        "The shipyard said the deal would secure work at its docks until 2029."
    )
    findings = run(STANCE, rewrite, against=[_UNION_SOURCE])
    assert [f.check for f in findings] == ["stance-conflict"]
    assert any("accepted the agreement" in e.text for e in findings[0].evidence)
    assert any("rejected the agreement" in e.text for e in findings[0].evidence)


def test_stance_conflict_passes_a_restated_sentence_with_both_stances() -> None:
    source = (
        "Two of the three unions at the shipyard signed the pay deal on Friday after months of talks. "
        "Metalworkers United accepted the pay rise but rejected the new shift rota on Friday. "
        "The shipyard said the deal would secure work at its docks until 2029."
    )
    rewrite = (
        "Two of the three unions at the shipyard signed the pay deal on Friday after months of talks. "
        "On Friday Metalworkers United rejected the new shift rota but accepted the pay rise. "
        "The shipyard said the deal would secure work at its docks until 2029."
    )
    assert run(STANCE, rewrite, against=[source]) == []


def test_stance_conflict_keeps_a_faithful_restatement_quiet() -> None:
    rewrite = (
        "After months of talks, two of the shipyard's three unions signed the pay deal on Friday. "
        "Metalworkers United, the third, rejected it and will consult its members first. "
        "The deal secures work at the shipyard's docks until 2029, the company said."
    )
    assert run(STANCE, rewrite, against=[_UNION_SOURCE]) == []
