"""hedge-dropped: a hope ("hopes to reopen", "hopes he will be fit") restated with "will" is a forecast made certain;
a forecast kept as a loose schedule ("is due around mid-October"), as the forecaster's approximate figure ("about
4.2 million tonnes, the ministry said") or reported done by a later story ("has confirmed that …") stays silent.
negation-flip: an act denied by its verb ("has not agreed to the shift pattern") and affirmed by its noun with the
actor's possessive ("the union's agreement to the shift pattern") is a flip; an act awaited or kept denied is not."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

from factcheck.checks.hedge_dropped import DEFAULT_DROPS

_BEFORE = (
    "The Harrowgate and Denby joint board met in the town hall on Tuesday evening. Board chair Olwen Prestige opened "
    "the session with a statement on the year's accounts. "
)
_AFTER = (
    " The board meets again in the Denby library on 3 December. Minutes of the meeting run to 41 pages and are posted "
    "on the Harrowgate council website."
)


def _text(sentence: str) -> str:
    return _BEFORE + sentence + _AFTER


def _flags(check: str, source: str, rewrite: str, days_apart: int = 1) -> bool:
    """Whether ``check`` (hedge-dropped reporting its default kinds) quotes the rewrite sentence."""
    params = {"report": list(DEFAULT_DROPS)} if check == "hedge-dropped" else {}
    found = rewrite_findings(check, _text(source), _text(rewrite), days_apart, **params)
    return any(rewrite in e.text for f in found for e in f.evidence)


# --- a hope stated as certain ---------------------------------------------------------------------------------------

_HOPES = [
    (
        "The museum hopes to reopen its east wing to visitors by the spring of 2030.",
        "The museum will reopen its east wing to visitors by the spring of 2030.",
    ),
    (
        "Organisers hope the folk festival will attract 25,000 people to Denby over the weekend.",
        "The folk festival will attract 25,000 people to Denby over the weekend.",
    ),
    (
        "Rovers are hoping that their captain can be fit for the derby against Harrowgate on Saturday.",
        "The Rovers captain will be fit for Saturday's derby against Harrowgate.",
    ),
    (
        '"We hope to have the first trams running on the Denby line by December," the operator said.',
        "The first trams will run on the Denby line by December.",
    ),
    (
        "The charity hopes its winter appeal will raise £2 million for the Denby hospice this year.",
        "The charity's winter appeal will raise £2 million for the Denby hospice this year.",
    ),
    (
        "The researchers hope to publish full results from the 400-patient trial in 2027.",
        "Full results from the 400-patient trial will be published in 2027.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _HOPES)
def test_a_hope_restated_with_will_is_flagged(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the hope kept in other words: an aim, a plan, a schedule, the hope itself
        (_HOPES[0][0], "The museum aims to reopen its east wing to visitors by the spring of 2030."),
        (_HOPES[0][0], "The museum's east wing is due to reopen to visitors by the spring of 2030."),
        (_HOPES[1][0], "Organisers hope 25,000 people will come to the folk festival in Denby over the weekend."),
        (_HOPES[5][0], "The researchers plan to publish full results from the 400-patient trial in 2027."),
        # the hope governs another clause than the one restated
        (
            "The museum will reopen its east wing in May, and the director hopes visitor numbers will double.",
            "The museum will reopen its east wing in May.",
        ),
        # a hope as a noun hedges nothing the rewrite restates as a fact of its own
        (
            "The charity's hopes were raised when the winter appeal passed £1 million for the Denby hospice.",
            "The charity's winter appeal has passed £1 million for the Denby hospice.",
        ),
    ],
)
def test_a_hope_kept_or_not_restated_is_silent(source: str, rewrite: str) -> None:
    assert not _flags("hedge-dropped", source, rewrite)


# --- a forecast kept as a loose schedule ----------------------------------------------------------------------------

_SCHEDULES = [
    ("Results of the review are expected to be published in mid-October.", "Review results", "around mid-October"),
    ("The new ferry is expected to enter service early next year.", "The new ferry", "early next year"),
    ("A final decision on the bypass is expected to come later this month.", "A bypass decision", "later this month"),
    (
        "Repairs to the Denby viaduct are expected to end around the end of June.",
        "Viaduct repairs",
        "about the end of June",
    ),
    ("The inspectors' report is expected to be released in about six weeks.", "The inspectors' report", "in six weeks"),
    ("The verdict in the Harrowgate fraud trial is expected to be given shortly.", "The fraud verdict", "shortly"),
]


@pytest.mark.parametrize(("source", "subject", "when"), _SCHEDULES)
def test_a_forecast_restated_as_due_is_silent(source: str, subject: str, when: str) -> None:
    assert not _flags("hedge-dropped", source, f"{subject} is due {when}.".replace("results is", "results are"))


@pytest.mark.parametrize(("source", "subject", "when"), _SCHEDULES)
def test_the_same_forecast_restated_with_will_is_flagged(source: str, subject: str, when: str) -> None:
    verb = {"The new ferry": "will enter service", "A bypass decision": "will come"}.get(subject, "will be out")
    assert _flags("hedge-dropped", source, f"{subject} {verb} {when}.")


# --- the forecaster's approximate figure ----------------------------------------------------------------------------

_ESTIMATES = [
    (
        "Wheat output in the province is forecast at 4.2 million tonnes this season, the farm ministry said on Monday.",
        "The province will harvest {} 4.2 million tonnes of wheat this season, the farm ministry said on Monday.",
    ),
    (
        "Visitor numbers are expected to reach 1.3 million next year, the tourism board said.",
        "Visitor numbers will climb to {} 1.3 million next year, the tourism board said.",
    ),
    (
        "The state budget deficit is projected to reach $4.8 billion next year, according to the Treasury.",
        "The state will run a deficit of {} $4.8 billion next year, according to the Treasury.",
    ),
    (
        "Attendance at the cup final is expected to reach 62,000, the organisers said.",
        "Attendance at the cup final will reach {} 62,000, the organisers said.",
    ),
    (
        "Group revenue is expected to come in at £310 million for the year, the company said in a trading update.",
        "Revenue will be {} £310 million for the year, the company said in a trading update.",
    ),
    (
        "Rainfall over the weekend is forecast to total 80 millimetres in the hills, the Met Office said.",
        "The hills will get {} 80 millimetres of rain over the weekend, the Met Office said.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ESTIMATES)
@pytest.mark.parametrize("about", ["about", "around", "roughly"])
def test_an_approximate_figure_still_attributed_to_the_forecaster_is_silent(
    source: str, rewrite: str, about: str
) -> None:
    assert not _flags("hedge-dropped", source, rewrite.format(about))


@pytest.mark.parametrize(("source", "rewrite"), _ESTIMATES)
def test_an_exact_figure_stated_as_certain_is_flagged(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite.replace("{} ", ""))


@pytest.mark.parametrize(("source", "rewrite"), _ESTIMATES[:3])
def test_an_approximate_figure_without_the_attribution_is_flagged(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite.format("about").rsplit(",", 1)[0] + ".")


# --- a later story reports the forecast act done --------------------------------------------------------------------

_ANNOUNCEMENTS = [
    (
        "Ministers are expected to confirm on Thursday that the speed limit on the A40 will drop to 50mph.",
        "Ministers have confirmed that the speed limit on the A40 will be cut to 50mph.",
    ),
    (
        "The club is expected to announce on Friday that its new stadium will hold 38,000 fans.",
        "The club announced that its new stadium will seat 38,000 fans.",
    ),
    (
        "The regulator is expected to publish rules next week under which household bills would fall by £90.",
        "The regulator has published rules under which household bills will come down by £90.",
    ),
    (
        "Harrowgate and Denby councils are expected to sign a deal this week that would merge their bin services.",
        "Harrowgate and Denby councils have signed a deal that will combine their bin services.",
    ),
    (
        "The education secretary is expected to announce that 40 new schools would open by 2030.",
        "The education secretary has announced that 40 new schools will be built by 2030.",
    ),
    (
        "The health board is expected to approve plans on Monday under which the Denby clinic would close.",
        "The health board approved plans under which the Denby clinic will close.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _ANNOUNCEMENTS)
def test_a_later_story_reporting_the_act_done_is_silent(source: str, rewrite: str) -> None:
    assert not _flags("hedge-dropped", source, rewrite, days_apart=2)


@pytest.mark.parametrize(("source", "rewrite"), _ANNOUNCEMENTS)
def test_the_same_day_the_act_reported_done_is_flagged(source: str, rewrite: str) -> None:
    assert _flags("hedge-dropped", source, rewrite, days_apart=0)


# --- an act denied by its verb, affirmed by its noun ----------------------------------------------------------------

_NOMINALS = [
    (
        "The union has not agreed to the new shift pattern at the Denby depot.",
        "The mayor welcomed the union's agreement to the new shift pattern at the Denby depot.",
    ),
    (
        "The planning committee did not approve the 120-home scheme on the edge of Harrowgate.",
        "Residents criticised the planning committee's approval of the 120-home scheme on the edge of Harrowgate.",
    ),
    (
        "The insurer has not paid the £40,000 claim from the Prestige family.",
        "The Prestige family confirmed the insurer's payment of the £40,000 claim.",
    ),
    (
        "The council has never committed to funding the Denby library beyond March.",
        "Readers cheered the council's commitment to funding the Denby library beyond March.",
    ),
    (
        "Denby University did not settle the lawsuit brought by its former cleaning staff.",
        "Former cleaning staff described the university's settlement of their lawsuit as overdue.",
    ),
    (
        "The players have not agreed to a pay cut for the rest of the season.",
        "Fans praised the players' agreement to a pay cut for the rest of the season.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _NOMINALS)
def test_an_act_denied_then_affirmed_by_its_noun_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags("negation-flip", source, rewrite)


@pytest.mark.parametrize(
    ("source", "rewrite"),
    [
        # the act affirmed in both
        (
            "The union has agreed to the new shift pattern at the Denby depot.",
            "The mayor welcomed the union's agreement to the new shift pattern at the Denby depot.",
        ),
        # the act awaited, sought or done without: still not done
        (
            "The insurer has not paid the £40,000 claim from the Prestige family.",
            "The Prestige family are still waiting for the insurer's payment of the £40,000 claim.",
        ),
        (
            "The planning committee did not approve the 120-home scheme on the edge of Harrowgate.",
            "The developer will seek the planning committee's approval of a smaller scheme on the edge of Harrowgate.",
        ),
        (
            "The union has not agreed to the new shift pattern at the Denby depot.",
            "The new shift pattern began at the Denby depot without the union's agreement to it.",
        ),
        # the denial kept with the noun, or the noun with no actor's possessive
        (
            "The union has not agreed to the new shift pattern at the Denby depot.",
            "There has been no agreement from the union on the new shift pattern at the Denby depot.",
        ),
        (
            "The players have not agreed to a pay cut for the rest of the season.",
            "Talks on an agreement to a pay cut for the rest of the season have stalled.",
        ),
    ],
)
def test_a_noun_of_an_act_awaited_or_kept_denied_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flags("negation-flip", source, rewrite)
