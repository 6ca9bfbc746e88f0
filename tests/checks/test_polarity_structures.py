"""Structures of English that carry a cause, a hedge or a negation, read in general: a cause and its effect swapped
("A because B" → "B because A"), a cause ascribed in the active voice ("officials attributed the drop to …"), one
linked phrase restated word for word with the other connective anywhere in the source, a cause named again in other
words by a definite noun ("because of the stoppage" → "despite the walkout"); a forecast whose clause drops its
"that" ("the agency has forecast the rate will …"), a relative clause set off by commas as an aside of the main
clause; a copula's coordinated complements ("was safe and in good repair"); an amount before an object's noun
("received a $40 voucher"). Every sentence here is new."""

from __future__ import annotations

import pytest
from _run import STORY_FRAME, rewrite_findings

from factcheck.extract.assertions import copula_polarities, links, tokenize, verb_polarities
from factcheck.ingest import from_text

# --- causal-reversal ---------------------------------------------------------------------------------------------

_FRAME = (
    "The Harrow Vale hospital trust said on Friday that it would hire 40 more nurses for its two emergency wards.\n\n"
    "The trust runs the county's largest hospital and a smaller site at Penmoor, and employs 6,200 staff.\n\n"
    "{middle}\n\n"
    "The new nurses will start in September, the trust's chief nurse, Odile Brannock, said.\n"
)


def _causal(source_middle: str, rewrite_middle: str) -> list[str]:
    found = rewrite_findings(
        "causal-reversal", _FRAME.format(middle=source_middle), _FRAME.format(middle=rewrite_middle)
    )
    return [f.message for f in found]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # a cause and its effect swapped
        (
            "Waiting times rose sharply because the Penmoor ward was closed for repairs in the spring.",
            "The Penmoor ward was closed for repairs in the spring because waiting times rose sharply.",
        ),
        (
            "Ambulances queued outside the main entrance because the triage desk had lost two of its nurses.",
            "The triage desk lost two of its nurses because ambulances queued outside the main entrance.",
        ),
        # a cause ascribed in the active voice, restated as a concession
        (
            "Managers attributed the fall in complaints largely to the new booking system introduced in March.",
            "Complaints fell despite the new booking system introduced in March.",
        ),
        (
            "The union blamed the staff shortage on the pay freeze imposed by the board last year.",
            "The staff shortage came in spite of the pay freeze imposed by the board last year.",
        ),
        # a cause named again in other words by a definite noun, the effect restated closely
        (
            "Outpatient bookings at the Penmoor site fell 12% last month because of the stoppage.",
            "Outpatient bookings at the Penmoor site fell 12% last month despite the walkout.",
        ),
    ],
)
def test_reversed_links_in_other_structures_are_flagged(source: str, rewrite: str) -> None:
    assert _causal(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the same direction in other words: no swap
        (
            "Waiting times rose sharply because the Penmoor ward was closed for repairs in the spring.",
            "Because the Penmoor ward was shut for repairs in the spring, waiting times rose sharply.",
        ),
        # two causes, neither the other's effect
        (
            "Waiting times rose sharply because the Penmoor ward was closed for repairs in the spring.",
            "Waiting times rose sharply because flu admissions doubled in the spring.",
        ),
        # the active ascription kept as a cause
        (
            "Managers attributed the fall in complaints largely to the new booking system introduced in March.",
            "Complaints fell thanks to the new booking system introduced in March, managers said.",
        ),
        # a definite noun of its own, the effect barely restated: another claim, no renaming
        (
            "Outpatient bookings at the Penmoor site fell 12% last month because of the stoppage.",
            "The trust's finances improved despite the walkout.",
        ),
    ],
)
def test_links_kept_or_unrelated_pass(source: str, rewrite: str) -> None:
    assert not _causal(source, rewrite)


def test_active_ascription_reads_the_cause_after_its_particle() -> None:
    text = "Officials attributed the drop in visitors mainly to the bridge closure."
    doc = from_text(text, id="a.txt")
    found = links(doc, tokenize(text))
    assert [(kind, words) for kind, _s, _e, words in found] == [("causal", ["bridge", "closure"])]


def test_passive_ascription_is_not_read_twice() -> None:
    text = "The drop in visitors was attributed to the bridge closure."
    doc = from_text(text, id="a.txt")
    assert len(links(doc, tokenize(text))) == 1


# --- hedge-dropped ----------------------------------------------------------------------------------------------


def _hedge(source: str, rewrite: str) -> list[str]:
    found = rewrite_findings("hedge-dropped", STORY_FRAME.format(first=source), STORY_FRAME.format(first=rewrite))
    return [f.message for f in found]


def test_forecast_verb_with_its_that_left_out_keeps_the_hedge() -> None:
    source = (
        "Ferry use on the Calder estuary is forecast by the port authority to reach 2 million trips a year by 2030, "
        "up from 1.2 million last year."
    )
    rewrite = (
        "Ferries on the Calder estuary carried 1.2 million passengers last year, and the port authority has forecast "
        "the number will reach 2 million trips a year by 2030."
    )
    assert not _hedge(source, rewrite)


def test_plain_future_still_drops_the_forecast() -> None:
    source = (
        "Ferry use on the Calder estuary is forecast by the port authority to reach 2 million trips a year by 2030, "
        "up from 1.2 million last year."
    )
    rewrite = (
        "Ferry use on the Calder estuary will reach 2 million trips a year by 2030, up from 1.2 million last year."
    )
    assert _hedge(source, rewrite)


_INQUEST = (
    "Coroner Hal Brandt said a full inquest, including the pathology findings, may take 12 to 18 months to complete."
)


def test_hedge_after_a_relative_aside_stays_in_the_main_clause() -> None:
    rewrite = (
        "Coroner Hal Brandt said the full inquest, which will include the pathology findings, could take more than a "
        "year."
    )
    assert not _hedge(_INQUEST, rewrite)


def test_certain_future_after_a_relative_aside_drops_the_hedge() -> None:
    rewrite = (
        "Coroner Hal Brandt said the full inquest, which will include the pathology findings, will take more than a "
        "year."
    )
    assert _hedge(_INQUEST, rewrite)


# --- negation-flip ----------------------------------------------------------------------------------------------


def _flips(source: str, rewrite: str) -> list[str]:
    found = rewrite_findings("negation-flip", STORY_FRAME.format(first=source), STORY_FRAME.format(first=rewrite))
    return [f.message for f in found]


def test_coordinated_complement_of_a_copula_is_compared() -> None:
    source = "The surveyor concluded the bridge was sound, safe and in good repair for another decade."
    rewrite = "The surveyor concluded the bridge was not in good repair for another decade."
    assert _flips(source, rewrite)


def test_coordinated_complement_kept_passes() -> None:
    source = "The surveyor concluded the bridge was sound, safe and in good repair for another decade."
    rewrite = "The surveyor found the bridge to be in good repair and said it was safe for another decade."
    assert not _flips(source, rewrite)


def test_coordinated_complements_read_with_the_copula_polarity() -> None:
    text = "The depot was clean and in good repair, and the crew said it was busy."
    tokens = tokenize(text)
    verbs = [i for i, _lemma, _p in verb_polarities(tokens)[0]]
    found = {(words, polarity) for _i, words, polarity, _c in copula_polarities(tokens, verbs)}
    assert (("good", "repair"), "affirmed") in found


def test_a_conjunct_with_its_own_negation_is_not_read_with_the_copula() -> None:
    text = "The hall was open and not in use on Sunday."
    tokens = tokenize(text)
    verbs = [i for i, _lemma, _p in verb_polarities(tokens)[0]]
    found = {words for _i, words, _p, _c in copula_polarities(tokens, verbs)}
    assert ("use", "sunday") not in found


def test_same_verb_with_another_object_after_an_amount_is_no_flip() -> None:
    source = (
        "The insurer sent every household a $40 voucher, and paid a further $200 to the 31 families who did not "
        "receive a repair visit."
    )
    rewrite = (
        "Households received a $40 voucher, and the 31 families left without a repair visit were each paid a further "
        "$200."
    )
    assert not _flips(source, rewrite)


def test_a_new_clause_after_and_is_no_complement() -> None:
    text = "The depot was clean and the crew approved the new rota."
    tokens = tokenize(text)
    verbs = [i for i, _lemma, _p in verb_polarities(tokens)[0]]
    found = {words for _i, words, _p, _c in copula_polarities(tokens, verbs)}
    assert not any("crew" in words for words in found)


# --- a second forecast in a later clause, a caveat with its adverb after, a shortfall said two ways ---------------


def test_second_forecast_of_a_sentence_is_read() -> None:
    source = (
        "We expect the new depots to cut running costs over time, and the agency expects bus fares in the city to "
        "fall in 2031 if the depots open on schedule."
    )
    rewrite = "Bus fares in the city will fall in 2031 once the depots open, the agency said."
    assert _hedge(source, rewrite)


def test_second_forecast_kept_as_a_forecast_passes() -> None:
    source = (
        "We expect the new depots to cut running costs over time, and the agency expects bus fares in the city to "
        "fall in 2031 if the depots open on schedule."
    )
    rewrite = "The agency expects bus fares in the city to fall in 2031 if the depots open on schedule."
    assert not _hedge(source, rewrite)


def test_caveat_with_its_adverb_after_the_participle_is_kept() -> None:
    source = (
        "The rebels said 300 soldiers had surrendered near the dam on Sunday. The figure has not been independently "
        "verified."
    )
    rewrite = (
        "According to the rebels, 300 soldiers surrendered near the dam on Sunday, a figure that has not been verified "
        "independently."
    )
    assert not _hedge(source, rewrite)


def test_not_enough_restated_as_too_little_is_no_flip() -> None:
    source = "The tribunal rejected her claim that she had not been paid enough overtime for the night shifts."
    rewrite = "The tribunal threw out her argument that she had been paid too little overtime for the night shifts."
    assert not _flips(source, rewrite)


def test_not_enough_restated_as_enough_is_a_flip() -> None:
    source = "The tribunal rejected her claim that she had not been paid enough overtime for the night shifts."
    rewrite = "The tribunal rejected her claim, finding she had been paid enough overtime for the night shifts."
    assert _flips(source, rewrite)


def test_an_attribution_after_a_comma_is_no_complement() -> None:
    text = "The ferries were not within their safety limits, the harbour master said."
    tokens = tokenize(text)
    verbs = [i for i, _lemma, _p in verb_polarities(tokens)[0]]
    found = {words for _i, words, _p, _c in copula_polarities(tokens, verbs)}
    assert not any("harbour" in words for words in found)


def test_a_negated_second_forecast_is_read_as_before() -> None:
    source = (
        "The board believes a further round of closures is likely next year, but does not expect it to cut the "
        "number of branches in most towns below two."
    )
    rewrite = (
        "The board expects more closures next year, though it does not think the cuts will leave most towns with "
        "fewer than two branches."
    )
    assert not _hedge(source, rewrite)
