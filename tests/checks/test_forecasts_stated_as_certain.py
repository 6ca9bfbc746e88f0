"""hedge-dropped: a forecast, projection or estimate of the future in the source ("is on course to", "estimates …
would", "could be 40% lower") stated as a certain future in the rewrite ("will"), even loosely paraphrased or merged
with an adjacent fact; a rewrite that keeps the forecast in other words stays silent."""

from __future__ import annotations

import pytest
from _run import rewrite_flags

_TRAFFIC = (
    "The county planning board met on Monday to consider the Harlow Meadow scheme of 220 homes on farmland north of "
    "Ashby. The developer's traffic study estimates the scheme would generate about 130 extra car trips on Mill Lane "
    "during the evening peak hour. The board will decide the application in June. Residents have lodged 41 "
    "objections, most about traffic and flooding."
)
_TRAFFIC_REWRITE = (
    "The county planning board met on Monday to consider the Harlow Meadow scheme of 220 homes on farmland north of "
    "Ashby. {trips} The board will decide the application in June. Residents have lodged 41 objections, most about "
    "traffic and flooding."
)

_FERRY_MORE = (
    " Its new hybrid vessel, the Seahaven, entered service on the Portmarsh crossing in October. Chief executive "
    "Morag Ellison said crews had been trained at the company's own college in Kirkwall. Ticket prices rose by an "
    "average of 6% in April, the first increase in three years."
)
_SALES = (
    "The Tidewater Ferry Company carried 1.4 million passengers in the twelve months to March, its busiest year on "
    "record. Bookings so far suggest the company is on course to carry more passengers again next summer, although "
    "fuel costs have risen sharply. The company employs 640 people across four ports." + _FERRY_MORE
)
_SALES_REWRITE = "{merged} The company employs 640 people across four ports." + _FERRY_MORE


@pytest.mark.parametrize(
    "trips",
    [
        "The scheme will put 130 more cars on Mill Lane at the evening rush.",
        "Harlow Meadow will bring 130 extra cars onto Mill Lane every evening.",
    ],
)
def test_an_estimate_stated_as_a_certain_future_is_flagged(trips: str) -> None:
    assert rewrite_flags("hedge-dropped", _TRAFFIC, _TRAFFIC_REWRITE.format(trips=trips), trips)


@pytest.mark.parametrize(
    "trips",
    [
        "The developer expects the scheme to put 130 more cars on Mill Lane at the evening rush.",
        "The scheme could put 130 more cars on Mill Lane at the evening rush, a traffic study estimates.",
    ],
)
def test_an_estimate_kept_as_an_estimate_is_silent(trips: str) -> None:
    assert not rewrite_flags("hedge-dropped", _TRAFFIC, _TRAFFIC_REWRITE.format(trips=trips), trips)


def test_a_projection_merged_with_a_fact_and_stated_with_will_is_flagged() -> None:
    merged = (
        "Tidewater Ferry carried 1.4 million passengers in its busiest year on record, and it will carry more "
        "passengers again next summer."
    )
    assert rewrite_flags("hedge-dropped", _SALES, _SALES_REWRITE.format(merged=merged), merged)


def test_a_projection_kept_in_other_words_is_silent() -> None:
    merged = (
        "Tidewater Ferry carried 1.4 million passengers in its busiest year on record, and it is on track to carry "
        "more passengers again next summer."
    )
    assert not rewrite_flags("hedge-dropped", _SALES, _SALES_REWRITE.format(merged=merged), merged)


_AGENCY_MORE = (
    " The outlook found that 212,000 homes in the region still rely on heating oil. Director Owen Pryce said grants "
    "for loft insulation had been taken up by 9,400 households last year. The agency will hold public meetings in "
    "Carrow, Denholm and Wyke during November."
)
_EMISSIONS = (
    "The regional energy agency published its annual outlook on Tuesday. According to the agency's central scenario, "
    "household energy use could be 18% lower by 2035 if the insulation programme for older homes is completed on "
    "schedule and heat pump sales keep rising." + _AGENCY_MORE
)
_EMISSIONS_REWRITE = "The regional energy agency published its annual outlook on Tuesday. {claim}" + _AGENCY_MORE


def test_a_possibility_restated_as_certain_under_an_attribution_is_flagged() -> None:
    claim = "Household energy use will be 18% lower by 2035, the agency says."
    assert rewrite_flags("hedge-dropped", _EMISSIONS, _EMISSIONS_REWRITE.format(claim=claim), claim)


def test_a_possibility_kept_is_silent() -> None:
    claim = "Household energy use may be 18% lower by 2035, the agency says."
    assert not rewrite_flags("hedge-dropped", _EMISSIONS, _EMISSIONS_REWRITE.format(claim=claim), claim)
