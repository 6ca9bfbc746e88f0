"""Errors name where they happened and survive pickling (worker processes move them)."""

from __future__ import annotations

import pickle

import pytest

from factcheck.errors import FactcheckError, InputError, RuleError


@pytest.mark.parametrize("cls", [FactcheckError, InputError, RuleError])
def test_errors_pickle_and_print_their_source(cls: type[FactcheckError]) -> None:
    err = cls("unknown key 'tolerence'", "rules/kursk.yaml:14:5")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and str(back) == "rules/kursk.yaml:14:5: unknown key 'tolerence'"
    assert (back.message, back.source) == (err.message, err.source)


def test_user_errors_are_value_errors() -> None:
    assert issubclass(InputError, ValueError) and issubclass(RuleError, ValueError)
    assert str(InputError("empty document")) == "empty document"
