"""General causes of missed negation flips and dropped hedges (blind misses of many sets read together): a "be"
after a modal is a copula ("will not be compulsory"), a "have" of possession is read with what is had ("had no
previous convictions"), a word that may be a noun is the verb its source negates when the same object follows it
("supports satellite messaging"); a rewrite's hedge keeps the source's only in the clause that restates it, and a
cause the source gives as a belief or a possibility is an allegation when stated as fact. Every sentence is new."""

from __future__ import annotations

import pytest

from factcheck.checks.hedge_dropped import HedgeDroppedRule
from factcheck.checks.negation_flip import NegationFlipRule
from tests.assertions._helpers import run as run_pair

NEG = NegationFlipRule(id="t.negation-flip")
HEDGE = HedgeDroppedRule(id="t.hedge-dropped")


def _flipped(source: str, rewrite: str) -> list[str]:
    return [f.message for f in run_pair(NEG, rewrite, against=[source])]


def _dropped(source: str, rewrite: str) -> list[str]:
    return [f.message for f in run_pair(HEDGE, rewrite, against=[source])]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("Vaccination of the herds will not be compulsory this year.", "Vaccination of the herds will be compulsory."),
        (
            "Masks would not be mandatory on buses or trams, the transport minister said.",
            "Masks would be mandatory on buses and trams, the transport minister said.",
        ),
        (
            "The Old Mill bridge will be open to lorries throughout the works.",
            "The Old Mill bridge will not be open to lorries throughout the works.",
        ),
        (
            "The ballot should not be secret, the committee decided on Monday.",
            "The ballot should be secret, the committee decided on Monday.",
        ),
        (
            "Entry to the exhibition will be free for children under 12.",
            "Entry to the exhibition won't be free for children under 12.",
        ),
        (
            "The hardship fund may not be available to sole traders, officials warned.",
            "The hardship fund may be available to sole traders, officials warned.",
        ),
        ("The portrait has never been on public display.", "The portrait has been on public display since 1990."),
        ("The minister had been aware of the audit.", "The minister had not been aware of the audit."),
    ],
)
def test_a_be_after_a_modal_or_a_been_after_have_is_a_copula(source: str, rewrite: str) -> None:
    found = _flipped(source, rewrite)
    assert len(found) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("Vaccination of the herds will not be compulsory this year.", "Vaccination of the herds will be voluntary."),
        ("The levy will not be payable by pensioners.", "Pensioners will not have to pay the levy."),
        (
            "The bridge will be open to cars but will not be open to lorries.",
            "The bridge will be open to cars during the works.",
        ),
        ("The new service will not be free.", "The new service will not be free of charge."),
        ("Masks will be mandatory on buses from Monday.", "Masks will no longer be mandatory on trains from Monday."),
        (
            "Entry to the exhibition will be free for children.",
            "Entry to the exhibition will be free for children, but not for their parents.",
        ),
        ("The portrait has never been on public display.", "The portrait has been kept out of public view."),
        ("The minister had been aware of the audit.", "The minister had not been told of the audit's findings."),
    ],
)
def test_a_modal_copula_kept_or_of_another_complement_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The suspect had no criminal record, police said.", "The suspect had a criminal record, police said."),
        ("The ferry had no lifeboats on board, the inquiry heard.", "The ferry had lifeboats on board."),
        (
            "The hospital did not have enough beds for the winter surge.",
            "The hospital had enough beds for the winter surge.",
        ),
        ("The airline has no licence for the Lagos route.", "The airline has a licence for the Lagos route."),
        ("The club has a stake in the stadium company.", "The club has no stake in the stadium company."),
        (
            "The museum has insurance for the loaned paintings.",
            "The museum has no insurance for the loaned paintings.",
        ),
    ],
)
def test_a_have_of_possession_is_read_with_what_is_had(source: str, rewrite: str) -> None:
    found = _flipped(source, rewrite)
    assert len(found) == 1 and "to have …" in found[0]


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The suspect had no criminal record.", "The suspect had never been convicted."),
        ("The council has no plans to close the library.", "The council has ruled out closing the library."),
        ("The hospital had enough beds this winter.", "The hospital had no shortage of beds this winter."),
        ("The firm has had no profit since 2020.", "The firm has not made a profit since 2020."),
        ("The airline has no licence for the route.", "The airline lacks a licence for the route."),
        ("He had previous convictions for theft.", "He had no previous convictions for fraud."),
    ],
)
def test_a_possession_kept_in_other_words_or_of_another_thing_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The Arlo X2 phone does not support wireless charging.", "The Arlo X2 phone supports wireless charging."),
        ("The Kestrel policy does not cover flood damage.", "The Kestrel policy covers flood damage."),
        ("The bill does not ban disposable vapes.", "The bill bans disposable vapes."),
        ("The Trailmate app does not track user locations.", "The Trailmate app tracks user locations."),
        ("The return fare does not include airport transfers.", "The return fare includes airport transfers."),
        (
            "The agreement caps overtime at ten hours a week.",
            "The agreement does not cap overtime at ten hours a week.",
        ),
    ],
)
def test_a_word_read_as_the_verb_its_source_negates_when_the_same_object_follows(source: str, rewrite: str) -> None:
    assert len(_flipped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        ("The Kestrel policy does not cover flood damage.", "The Kestrel policy covers storm damage."),
        ("The Arlo X2 phone does not support wireless charging.", "The Arlo X2 phone lacks wireless charging."),
        ("The bill does not ban disposable vapes.", "The bill bans vape advertising."),
        ("The Trailmate app does not track user locations.", "The Trailmate app tracks user spending."),
        ("The return fare does not include airport transfers.", "The return fare excludes airport transfers."),
        ("The scheme covers flood damage.", "The scheme covers flood damage, but not storm damage."),
    ],
)
def test_a_verb_of_another_object_or_a_negation_kept_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Delays are likely, and some ferry crossings could be cancelled at short notice.",
            "Delays are likely, and some ferry crossings will be cancelled at short notice.",
        ),
        (
            "Queues are probable at the border, and the main checkpoint could close for several hours on Friday.",
            "Queues are probable at the border, and the main checkpoint will close for several hours on Friday.",
        ),
        (
            "Heavy showers may develop, and parts of the coast road could flood by the evening.",
            "Heavy showers may develop, and parts of the coast road will flood by the evening.",
        ),
        (
            "Prices are likely to rise, and the smaller bakeries could shut before the spring.",
            "Prices are likely to rise, and the smaller bakeries will shut before the spring.",
        ),
        (
            "Snow is possible on the hills; several mountain passes could be closed to traffic overnight.",
            "Snow is possible on the hills; several mountain passes will be closed to traffic overnight.",
        ),
        (
            "Strikes are likely, and the rail timetable could be cut by half in December.",
            "Strikes are likely, and the rail timetable will be cut by half in December.",
        ),
    ],
)
def test_a_hedge_in_another_clause_does_not_keep_the_forecast(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Delays are likely, and some ferry crossings could be cancelled at short notice.",
            "Delays are likely, and some ferry crossings may be cancelled at short notice.",
        ),
        (
            "The main checkpoint could close for several hours on Friday.",
            "The main checkpoint is likely to close for several hours on Friday.",
        ),
        (
            "Parts of the coast road could flood by the evening, forecasters said.",
            "Forecasters expect parts of the coast road to flood by the evening.",
        ),
        (
            "The smaller bakeries could shut before the spring.",
            "The smaller bakeries will shut before the spring if flour prices keep rising.",
        ),
        (
            "Several mountain passes could be closed to traffic overnight.",
            "Several mountain passes are forecast to be closed to traffic overnight.",
        ),
        (
            "The rail timetable could be cut by half in December, and fares will rise in January.",
            "Fares will rise in January, and the rail timetable could be cut by half in December.",
        ),
    ],
)
def test_a_hedge_kept_in_the_restating_clause_or_in_other_words_is_kept(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Investigators believe a faulty heater caused the blaze at the warehouse on Dock Road.",
            "A faulty heater caused the blaze at the warehouse on Dock Road.",
        ),
        (
            "A burst water main may have caused the sinkhole on Carver Street, the council said.",
            "A burst water main caused the sinkhole on Carver Street, the council said.",
        ),
        (
            "The outage appeared to have been triggered by a software update pushed overnight.",
            "The outage was triggered by a software update pushed overnight.",
        ),
        (
            "Fire officers believe the blaze was started by a discarded cigarette.",
            "The blaze was started by a discarded cigarette.",
        ),
        (
            "The closure of the plant was probably due to falling orders from Germany.",
            "The closure of the plant was due to falling orders from Germany.",
        ),
        (
            "Doctors think the outbreak at the care home was started by a visitor with flu.",
            "The outbreak at the care home was started by a visitor with flu.",
        ),
    ],
)
def test_a_cause_given_as_a_belief_or_a_possibility_stated_as_fact(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Investigators believe a faulty heater caused the blaze at the warehouse on Dock Road.",
            "Investigators suspect a faulty heater caused the blaze at the warehouse on Dock Road.",
        ),
        (
            "A burst water main may have caused the sinkhole on Carver Street.",
            "A burst water main is thought to have caused the sinkhole on Carver Street.",
        ),
        (
            "The outage appeared to have been triggered by a software update pushed overnight.",
            "The outage was probably triggered by a software update pushed overnight.",
        ),
        (
            "Engineers believe the pump station will reopen in May.",
            "The pump station reopens in May, engineers believe.",
        ),
        (
            "Police believe the driver was travelling to Leeds.",
            "The driver was travelling to Leeds.",
        ),
        (
            "The plant could close next year, and falling orders from Germany are to blame.",
            "Falling orders from Germany are to blame, and the plant could close next year.",
        ),
    ],
)
def test_a_cause_kept_hedged_or_a_belief_of_no_cause_is_not_reported(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "Under the order, Keane may not hold any public office for five years.",
            "Keane is barred from holding public office for five years.",
        ),
        (
            "The union will consult its members before deciding whether to call further strikes.",
            "The union said it would not call further strikes.",
        ),
    ],
)
def test_a_gerund_or_a_verb_left_open_is_not_read_by_its_object(source: str, rewrite: str) -> None:
    assert not _flipped(source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The authors suggest that warmer sea temperatures may have reduced the numbers of capelin, the seals' main "
            "prey, in waters near the coast.",
            "- **The cause:** Warmer seas have cut capelin numbers near the coast, driving the fall in seal pups this "
            "spring.",
        ),
        (
            "The authors suggest that warmer sea temperatures may have reduced the numbers of capelin, the seals' main "
            "prey, in waters near the coast.",
            "Warmer seas have cut the numbers of capelin near the coast, driving the decline of the colony's pups.",
        ),
        (
            "Researchers say heavy grazing by red deer might have reduced the number of young oaks in the valley's "
            "ancient woodland.",
            "Red deer grazing has thinned the valley's young oaks, driving the decline of the ancient woodland.",
        ),
        (
            "Officials said delays at the port could have led to the shortage of insulin in rural pharmacies.",
            "The shortage of insulin in rural pharmacies was caused by delays at the port.",
        ),
    ],
)
def test_a_restatement_even_a_loose_one_that_states_the_cause_a_modal_hedged(source: str, rewrite: str) -> None:
    assert len(_dropped(source, rewrite)) == 1


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        (
            "The authors suggest that warmer sea temperatures may have reduced the numbers of capelin near the coast.",
            "Warmer seas may have cut capelin numbers near the coast, which may be driving the fall in seal pups.",
        ),
        (
            "The authors suggest that warmer sea temperatures may have reduced the numbers of capelin near the coast.",
            "Capelin numbers near the coast have fallen.",
        ),
        (
            "The authors suggest that warmer sea temperatures may have reduced the numbers of capelin, the seals' main "
            "prey, in waters near the coast.",
            "Warmer seas may have cut the numbers of capelin near the coast, possibly driving the decline of the pups.",
        ),
        (
            "Warmer sea temperatures reduced the numbers of capelin near the coast, the authors found.",
            "Warmer seas have cut capelin numbers near the coast, driving the fall in seal pups.",
        ),
    ],
)
def test_a_cause_kept_hedged_or_never_hedged_or_no_cause_stated_is_not_reported(source: str, rewrite: str) -> None:
    assert not _dropped(source, rewrite)
