"""Exact gates for regular expressions: the words a match must contain, read from the pattern itself.

:func:`gate` reads a compiled pattern's syntax tree and returns a :class:`Gate`: a conjunction of disjunctions of
lower-case ASCII literals (and :data:`DIGIT`, "a decimal digit") such that any text the pattern can match in holds,
once :func:`fold`-ed, at least one literal of every disjunction. A sentence that fails the gate cannot contain a
match, so the pattern need not run on it; a sentence that passes is searched as before (the gate only skips work,
it never changes a result). The gate is built from the pattern, so it follows any edit to the pattern or to the
word tables it is built from.

Soundness rests on three facts (tests/extract/test_gate.py checks them): a literal is read only from the ASCII
characters of the pattern, lower-cased, so it holds whether the pattern matches case-sensitively or not; the text is
folded character by character (:data:`_SPECIAL_FOLD` maps the four non-ASCII characters that ``re.IGNORECASE``
matches to an ASCII letter, then ``str.lower``); zero-width items (``\\b``, look-arounds) are read as empty, and
anything the reader does not understand gives no requirement (a weaker gate, never a wrong one).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

DIGIT = "\x00digit"  # the requirement "a decimal digit" (what ``\d`` matches)
EXACT_LIMIT = 256  # the most strings an exact set may hold before it is cut into requirements
# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter and that str.lower() does not map to it.
_SPECIAL_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_DIGIT_RE = re.compile(r"\d")

Requirement = frozenset[str]  # at least one of these literals


def fold(text: str) -> str:
    """``text`` as the gates read it: one character for one, lower case, the IGNORECASE specials mapped to ASCII."""
    return text.translate(_SPECIAL_FOLD).lower()


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (what ``\\d`` matches)."""
    return _DIGIT_RE.search(text) is not None


@dataclass(frozen=True)
class Gate:
    """Every requirement must hold (an empty gate passes everything)."""

    requirements: tuple[tuple[str, ...], ...]

    def passes(self, folded: str, digit: bool) -> bool:
        """Whether a text (``fold(text)`` and ``has_digit(text)``) may hold a match."""
        for alternatives in self.requirements:
            for lit in alternatives:
                if lit is DIGIT:
                    if digit:
                        break
                elif lit in folded:
                    break
            else:
                return False
        return True

    def admits(self, text: str) -> bool:
        """:meth:`passes` on a raw text."""
        return self.passes(fold(text), has_digit(text))


def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of ``pattern`` (see the module docstring)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    exact, reqs = _sequence(list(tree))
    if exact is not None and "" not in exact:
        reqs = [*reqs, frozenset(exact)]
    kept = sorted(_simplify_all(reqs), key=lambda r: (r != {DIGIT}, len(r)))  # the cheapest tests first
    return Gate(tuple(tuple(sorted(r, key=lambda s: (s is DIGIT, -len(s), s))) for r in kept))


# --- reading the syntax tree ---------------------------------------------------------------------------------------
# Each reader returns (exact, requirements): ``exact`` is every string the item can match (folded) when that is a
# small finite set, else None; ``requirements`` is a list of disjunctions, each of which any match must satisfy.

_Info = tuple[set[str] | None, list[Requirement]]


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    run: set[str] | None = {""}
    broken = False
    reqs: list[Requirement] = []

    def flush() -> None:
        if run is not None and "" not in run:
            reqs.append(frozenset(run))

    for op, av in items:
        exact, sub = _item(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= EXACT_LIMIT:
            run = {a + b for a in run for b in exact}
            continue
        flush()
        broken = True
        if exact is not None:
            run = set(exact)
        else:
            run = {""}
            reqs.extend(sub)
    if broken:
        flush()
        return None, reqs
    return run, reqs


def _item(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        ch = chr(av)
        if ch.isascii() and ch.isdigit():
            return None, [frozenset({DIGIT})]
        if ch.isascii():
            return {ch.lower()}, []
        return None, []
    if op is _c.IN:
        return _charset(av)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, []  # zero width: consumes nothing
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        return _branch([_sequence(list(alt)) for alt in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, reqs = _sequence(list(sub))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, []
            return None, []
        if low == high == 1:
            return exact, reqs
        if exact is not None and "" not in exact:
            reqs = [*reqs, frozenset(exact)]  # at least one copy
        return None, reqs
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS...: no requirement


def _charset(items: list[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    digits_only = True
    for op, av in items:
        if op is _c.NEGATE:
            return None, []
        if op is _c.LITERAL:
            codes = [av]
        elif op is _c.RANGE:
            if av[1] - av[0] > 64:
                return None, []
            codes = list(range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add(DIGIT)
            continue
        else:
            return None, []
        for code in codes:
            ch = chr(code)
            if not ch.isascii():
                return None, []
            if ch.isdigit():
                chars.add(DIGIT)
            else:
                digits_only = False
                chars.add(ch.lower())
    if digits_only and chars:
        return None, [frozenset({DIGIT})]
    if DIGIT in chars or not chars:
        return None, []
    return chars, []


def _branch(alternatives: list[_Info]) -> _Info:
    exacts = [e for e, _ in alternatives]
    if all(e is not None for e in exacts):
        union: set[str] = set().union(*(e for e in exacts if e is not None))
        if len(union) <= EXACT_LIMIT:
            return union, []
    either: set[str] = set()
    for exact, reqs in alternatives:
        options = list(reqs)
        if exact is not None and "" not in exact:
            options.append(frozenset(exact))
        if not options:
            return None, []
        either |= _best(options)
    return None, [frozenset(either)]


def _score(req: Requirement) -> tuple[int, int]:
    """Higher is more selective: the shortest literal's length (a digit counts as 1), then fewer literals."""
    return min(1 if s is DIGIT else len(s) for s in req), -len(req)


def _best(options: list[Requirement]) -> Requirement:
    return max((_simplify(r) for r in options), key=_score)


def _simplify(req: Requirement) -> Requirement:
    """Drop a literal that contains another one of the same disjunction (the shorter one is present whenever it is)."""
    lits = sorted(req, key=len)
    kept: list[str] = []
    for s in lits:
        if s is DIGIT or not any(k is not DIGIT and k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _simplify_all(reqs: list[Requirement]) -> list[Requirement]:
    out: list[Requirement] = []
    for r in sorted({_simplify(r) for r in reqs}, key=_score, reverse=True):
        if all(not prev <= r for prev in out):  # implied by a stronger one already kept
            out.append(r)
    return out
