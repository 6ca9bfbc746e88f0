"""hedge-dropped: a forecast restated as what its subject wants or seeks to do keeps it no fact."""

from __future__ import annotations

import pytest
from _run import rewrite_fails

SOURCE = (
    "Halvorsen Group said on Monday the programme is expected to reduce costs by around EUR 120 million a year from "
    "2029. The company employs 41,300 people and reported revenue of EUR 9.2 billion last year. "
    "Its Smart Buildings division will close its plant in Aalborg by the end of 2028. "
    "Chief executive Maren Holt said the Aalborg workers would be offered jobs at the Odense site."
)
REST = (
    " The company employs 41,300 people and had revenue of EUR 9.2 billion last year."
    " Halvorsen's Smart Buildings division will shut its Aalborg plant by the end of 2028."
    " Chief executive Maren Holt said Aalborg workers would be offered jobs at the Odense site."
)


@pytest.mark.parametrize(
    "rewrite",
    [
        "Halvorsen Group wants to save around 120 million euros a year from 2029, it said on Monday.",
        "Halvorsen Group is seeking to save about EUR 120 million a year from 2029, it said on Monday.",
        "The group seeks to cut costs by around 120 million euros a year from 2029, Halvorsen said on Monday.",
    ],
)
def test_a_forecast_restated_as_an_intention_keeps_its_hedge(rewrite: str) -> None:
    text = rewrite + REST
    assert not rewrite_fails("hedge-dropped", SOURCE, text)


def test_a_forecast_stated_as_done_is_still_flagged() -> None:
    text = "Halvorsen Group will save around 120 million euros a year from 2029, it said on Monday." + REST
    assert rewrite_fails("hedge-dropped", SOURCE, text)
