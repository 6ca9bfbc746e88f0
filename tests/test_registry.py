"""The check registry: every check type documents itself the same way and is found by name."""

from __future__ import annotations

import pytest

from factcheck.checks._registry import get_check, registered
from factcheck.errors import RuleError

HEADINGS = ("What it flags:", "Why it matters:", "Flags:", "Passes:", "Parameters:", "Known false positives:")


@pytest.mark.parametrize("name", sorted(registered()))
def test_every_check_documents_itself_with_the_same_headings(name: str) -> None:
    doc = registered()[name].doc
    assert doc.splitlines()[0].startswith(name.replace("-", "_") + ": ")
    for heading in HEADINGS:
        assert heading in doc, (name, heading)


def test_an_unknown_type_names_the_available_ones_and_a_close_match() -> None:
    with pytest.raises(RuleError, match=r"unknown check type 'percentof'.*did you mean 'percent-of'") as exc:
        get_check("percentof", "rules/x.yaml:3:9")
    assert str(exc.value).startswith("rules/x.yaml:3:9: ")


def test_a_type_cannot_be_registered_twice_by_different_functions() -> None:
    from factcheck.checks import _registry
    from factcheck.checks.percent_of import PercentOfRule

    with pytest.raises(ValueError, match="already registered"):
        _registry.register_check(PercentOfRule)(lambda rule, facts: iter(()))
