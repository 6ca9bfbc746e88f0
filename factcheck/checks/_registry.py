"""The registry of check types: each module registers its rule model and check function by the rule's ``type``."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, get_args

from factcheck.errors import RuleError
from factcheck.rules.base import RuleBase

if TYPE_CHECKING:
    from factcheck.checks._common import Verdict
    from factcheck.facts import FactBase

R = TypeVar("R", bound=RuleBase)
CheckFunction = Callable[[R, "FactBase"], Iterator["Verdict"]]

# Extractors a check may require; the engine runs only those some enabled rule needs.
EXTRACTORS = frozenset({"sentences", "quantities", "dates", "entities", "assertions"})

# "document": a verdict depends on one document only (any subset of the corpus gives the same verdicts for its
# documents); "corpus": verdicts may compare documents (the default: the safe side when a run is split).
Scope = Literal["document", "corpus"]


@dataclass(frozen=True)
class CheckSpec(Generic[R]):
    name: str
    rule_model: type[R]
    function: CheckFunction[R]
    requires: frozenset[str]
    doc: str
    supersedes: frozenset[str] = frozenset()
    scope: Scope = "corpus"


_REGISTRY: dict[str, CheckSpec[Any]] = {}


def type_name(rule_model: type[RuleBase]) -> str:
    """The ``type`` literal a rule model declares (``type: Literal["percent-of"]``)."""
    annotation = rule_model.model_fields["type"].annotation
    args = get_args(annotation)
    if len(args) != 1 or not isinstance(args[0], str):
        raise TypeError(f"{rule_model.__name__}.type must be a single Literal string")
    return args[0]


def register_check(
    rule_model: type[R],
    requires: set[str] | frozenset[str] = frozenset(),
    supersedes: set[str] | frozenset[str] = frozenset(),
    scope: Scope = "corpus",
) -> Callable[[CheckFunction[R]], CheckFunction[R]]:
    """Register ``function`` as the check for ``rule_model``'s type; returns the function unchanged.

    ``requires`` names the extractors the check reads. ``supersedes`` names generic check types whose verdicts a
    verdict of this type replaces when both speak about the same statement (a declared ``spelling`` rule and the
    generic ``entity-spelling`` on the same name; ``sum-of-parts`` and ``unsupported-claim`` on the same rewrite
    sentence): the engine keeps only this type's.
    ``scope``: "document" when each verdict depends on one document only, "corpus" (the default) when it may
    compare documents (used to split a run across machines: factcheck.distributed).
    """
    unknown = set(requires) - EXTRACTORS
    if unknown:
        raise ValueError(f"unknown extractors {sorted(unknown)}; available: {sorted(EXTRACTORS)}")

    def decorate(function: CheckFunction[R]) -> CheckFunction[R]:
        name = type_name(rule_model)
        old = _REGISTRY.get(name)
        if old is not None and old.function is not function:
            raise ValueError(f"check type {name!r} is already registered by {old.function.__module__}")
        module_doc = __import__(function.__module__, fromlist=["_"]).__doc__ or ""
        _REGISTRY[name] = CheckSpec(
            name,
            rule_model,
            function,
            frozenset(requires) | {"sentences"},
            module_doc,
            frozenset(supersedes),
            scope,
        )
        return function

    return decorate


def registered() -> dict[str, CheckSpec[Any]]:
    """All check types by name (importing every check module first)."""
    import factcheck.checks  # noqa: F401  (registers the built-in checks)

    return dict(sorted(_REGISTRY.items()))


def get_check(name: str, source: str | None = None) -> CheckSpec[Any]:
    """The check registered as ``name``, or a RuleError listing the available names and a close match."""
    checks = registered()
    if name in checks:
        return checks[name]
    close = difflib.get_close_matches(name, list(checks), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise RuleError(f"unknown check type {name!r}; available: {', '.join(checks)}{hint}", source)
