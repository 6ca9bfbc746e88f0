"""A small, safe expression language for ``relation`` rules: tokenizer, recursive descent parser, evaluator.

Never ``eval``. Grammar (lowest precedence first)::

    relation := sum (CMP sum)?          CMP: ~=  ==  <  <=  >  >=   (also ≈ ≤ ≥)
    sum      := term (("+" | "-") term)*
    term     := unary (("*" | "/") unary)*           (also × ÷ −)
    unary    := "-" unary | atom
    atom     := NUMBER ["%"] | NAME | "(" sum ")"

Names are measures (declared under ``measures:``). Values are intervals with a pint unit (``86%`` × ``1,300 km²`` is
in ``percent · km²``, compared in km²). Comparisons give the benefit of the doubt, so a hedged statement never
causes a false alarm:

- ``a ~= b`` holds when ``a``, widened by the rule's tolerance, overlaps ``b``;
- ``a == b`` holds when the intervals overlap (no tolerance);
- ``a < b`` holds when some value of ``a`` (widened by the tolerance) is below some value of ``b``
  (``low(a) < high(b)``); ``<=``, ``>``, ``>=`` likewise.

A syntax error is an :class:`ExprError` (a RuleError) whose ``pos`` is the 0-based offset in the expression.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.errors import RuleError
from factcheck.intervals import Interval
from factcheck.rules.tolerance import Tolerance

MAX_LENGTH = 1000
MAX_DEPTH = 50
COMPARISONS = ("~=", "==", "<=", ">=", "<", ">")
_ALIASES = {"×": "*", "·": "*", "÷": "/", "−": "-", "≈": "~=", "≤": "<=", "≥": ">="}
_TOKEN = re.compile(
    r"\s*(?:(?P<num>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?P<pct>\s*%)?"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>~=|==|<=|>=|[-+*/()<>×·÷−≈≤≥]))"
)


class ExprError(RuleError):
    """An invalid expression; ``pos`` is the offset of the problem in the expression text."""

    def __init__(self, message: str, pos: int = 0, source: str | None = None) -> None:
        super().__init__(message, source)
        self.pos = pos

    def __reduce__(self) -> tuple[type[ExprError], tuple[str, int, str | None]]:  # type: ignore[override]
        return (type(self), (self.message, self.pos, self.source))


# --- syntax tree ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Num:
    value: float
    unit: str  # 'percent' or 'dimensionless'
    text: str
    pos: int


@dataclass(frozen=True)
class Name:
    name: str
    pos: int


@dataclass(frozen=True)
class Neg:
    operand: Node
    pos: int


@dataclass(frozen=True)
class Bin:
    op: str  # + - * /
    left: Node
    right: Node
    pos: int


@dataclass(frozen=True)
class Compare:
    op: str
    left: Node
    right: Node
    pos: int


Node = Num | Name | Neg | Bin
Expr = Node | Compare


@dataclass(frozen=True)
class _Tok:
    kind: str  # num, name, op, end
    text: str
    pos: int
    value: float = 0.0
    percent: bool = False


def tokenize(text: str) -> list[_Tok]:
    if len(text) > MAX_LENGTH:
        raise ExprError(f"expression longer than {MAX_LENGTH} characters", MAX_LENGTH)
    toks: list[_Tok] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        m = _TOKEN.match(text, i)
        if m is None or m.end() == i:
            raise ExprError(f"unexpected character {text[i]!r} at column {i + 1}", i)
        if m.group("num") is not None:
            start = m.start("num")
            value = float(m.group("num"))
            if not math.isfinite(value):
                raise ExprError(f"number out of range: {m.group('num')!r}", start)
            toks.append(_Tok("num", text[start : m.end()], start, value, m.group("pct") is not None))
        elif m.group("name") is not None:
            toks.append(_Tok("name", m.group("name"), m.start("name")))
        else:
            op = m.group("op")
            toks.append(_Tok("op", _ALIASES.get(op, op), m.start("op")))
        i = m.end()
    toks.append(_Tok("end", "", n))
    return toks


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = tokenize(text)
        self.i = 0
        self.depth = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def relation(self) -> Expr:
        left = self.sum()
        tok = self.peek()
        if tok.kind == "op" and tok.text in COMPARISONS:
            self.take()
            right = self.sum()
            nxt = self.peek()
            if nxt.kind == "op" and nxt.text in COMPARISONS:
                raise ExprError(f"chained comparison {nxt.text!r} at column {nxt.pos + 1}", nxt.pos)
            result: Expr = Compare(tok.text, left, right, tok.pos)
        else:
            result = left
        end = self.peek()
        if end.kind != "end":
            raise ExprError(f"unexpected {end.text!r} at column {end.pos + 1}", end.pos)
        return result

    def sum(self) -> Node:
        node = self.term()
        while self.peek().kind == "op" and self.peek().text in "+-":
            tok = self.take()
            node = Bin(tok.text, node, self.term(), tok.pos)
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.peek().kind == "op" and self.peek().text in ("*", "/"):
            tok = self.take()
            node = Bin(tok.text, node, self.unary(), tok.pos)
        return node

    def unary(self) -> Node:
        tok = self.peek()
        if tok.kind == "op" and tok.text == "-":
            self.take()
            with self._nested(tok):
                return Neg(self.unary(), tok.pos)
        return self.atom()

    def atom(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Num(tok.value, "percent" if tok.percent else "dimensionless", tok.text, tok.pos)
        if tok.kind == "name":
            return Name(tok.text, tok.pos)
        if tok.kind == "op" and tok.text == "(":
            with self._nested(tok):
                node = self.sum()
            close = self.take()
            if close.kind != "op" or close.text != ")":
                what = "end of expression" if close.kind == "end" else repr(close.text)
                raise ExprError(f"expected ')' to close column {tok.pos + 1}, got {what}", close.pos)
            return node
        what = "end of expression" if tok.kind == "end" else repr(tok.text)
        raise ExprError(f"expected a number, a measure name or '(' at column {tok.pos + 1}, got {what}", tok.pos)

    def _nested(self, tok: _Tok) -> _Depth:
        return _Depth(self, tok)


class _Depth:
    def __init__(self, parser: _Parser, tok: _Tok) -> None:
        self.parser = parser
        self.tok = tok

    def __enter__(self) -> None:
        self.parser.depth += 1
        if self.parser.depth > MAX_DEPTH:
            raise ExprError(f"expression nested deeper than {MAX_DEPTH} levels", self.tok.pos)

    def __exit__(self, *exc: object) -> None:
        self.parser.depth -= 1


def parse(text: str) -> Expr:
    """The syntax tree of ``text``; raises :class:`ExprError` (and nothing else) on any invalid input."""
    if not isinstance(text, str):
        raise ExprError(f"expected an expression string, got {type(text).__name__}")
    if not text.strip():
        raise ExprError("empty expression")
    return _Parser(text).relation()


def parse_relation(text: str) -> Compare:
    """Like :func:`parse`, but the expression must be one comparison (``a * b ~= c``)."""
    tree = parse(text)
    if not isinstance(tree, Compare):
        raise ExprError("expected a comparison such as 'a * b ~= c' (one of " + ", ".join(COMPARISONS) + ")", 0)
    return tree


def names(tree: Expr) -> list[str]:
    """Measure names in order of first appearance."""
    out: dict[str, None] = {}
    for node in _walk(tree):
        if isinstance(node, Name):
            out.setdefault(node.name, None)
    return list(out)


def name_positions(tree: Expr) -> dict[str, int]:
    out: dict[str, int] = {}
    for node in _walk(tree):
        if isinstance(node, Name):
            out.setdefault(node.name, node.pos)
    return out


def _walk(tree: Expr) -> Iterator[Expr]:
    yield tree
    if isinstance(tree, Bin | Compare):
        yield from _walk(tree.left)
        yield from _walk(tree.right)
    elif isinstance(tree, Neg):
        yield from _walk(tree.operand)


# --- evaluation ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """An interval in a pint unit (canonical spelling, 'dimensionless' for pure numbers and counts)."""

    interval: Interval
    unit: str = "dimensionless"


@dataclass(frozen=True)
class Outcome:
    """A comparison's result: both sides in the right-hand side's unit, and whether the relation can hold."""

    held: bool
    op: str
    left: Interval
    right: Interval
    unit: str


def evaluate(tree: Node, env: Mapping[str, Value]) -> Value:
    """The interval (and unit) of ``tree`` with measure names bound by ``env``; ExprError on unit mismatch."""
    from factcheck.rules import _units

    if isinstance(tree, Num):
        return Value(Interval.point(tree.value), tree.unit)
    if isinstance(tree, Name):
        if tree.name not in env:
            raise ExprError(f"unknown measure {tree.name!r}", tree.pos)
        return env[tree.name]
    if isinstance(tree, Neg):
        v = evaluate(tree.operand, env)
        return Value(-v.interval, v.unit)
    left = evaluate(tree.left, env)
    right = evaluate(tree.right, env)
    if tree.op in "+-":
        k = _units.factor(right.unit, left.unit)
        if k is None:
            raise ExprError(
                f"cannot {'add' if tree.op == '+' else 'subtract'} {_unit_name(right.unit)} "
                f"{'to' if tree.op == '+' else 'from'} {_unit_name(left.unit)}",
                tree.pos,
            )
        r = right.interval if k == 1.0 else right.interval.scale(k)
        return Value(left.interval + r if tree.op == "+" else left.interval - r, left.unit)
    if tree.op == "*":
        return Value(left.interval * right.interval, _units.multiply(left.unit, right.unit))
    return Value(left.interval / right.interval, _units.divide(left.unit, right.unit))


def compare(op: str, left: Value, right: Value, tolerance: Tolerance | None = None, pos: int = 0) -> Outcome:
    """Compare ``left`` with ``right`` (in ``right``'s unit) by the benefit-of-the-doubt rules in the module doc."""
    from factcheck.rules import _units

    k = _units.factor(left.unit, right.unit)
    if k is None:
        raise ExprError(f"cannot compare {_unit_name(left.unit)} with {_unit_name(right.unit)}", pos)
    a = left.interval if k == 1.0 else left.interval.scale(k)
    b = right.interval
    if op != "==" and tolerance is not None:
        abs_factor = 1.0
        if tolerance.unit:
            abs_factor = _units.factor(tolerance.unit, right.unit) or 1.0
        a = tolerance.widen(a, abs_factor)
    held = _HOLDS[op](a, b)
    return Outcome(held, op, a if k == 1.0 else left.interval.scale(k), b, right.unit)


def _lt(a: Interval, b: Interval) -> bool:
    return a.low < b.high


def _le(a: Interval, b: Interval) -> bool:
    return a.low < b.high or (a.low == b.high and not (a.low_open or b.high_open))


_HOLDS: dict[str, Callable[[Interval, Interval], bool]] = {
    "~=": lambda a, b: a.overlaps(b),
    "==": lambda a, b: a.overlaps(b),
    "<": _lt,
    "<=": _le,
    ">": lambda a, b: _lt(b, a),
    ">=": lambda a, b: _le(b, a),
}


def _unit_name(unit: str) -> str:
    from factcheck.rules._units import symbol

    return symbol(unit) or "a plain number"


def check_units(tree: Compare, units: Mapping[str, str]) -> None:
    """Evaluate ``tree`` on unit-only values to find a dimension mismatch at load time (ExprError)."""
    env = {name: Value(Interval.point(1.0), unit) for name, unit in units.items()}
    left = evaluate(tree.left, env)
    right = evaluate(tree.right, env)
    compare(tree.op, left, right, None, tree.pos)


def render(tree: Node, texts: Mapping[str, str]) -> str:
    """``tree`` as text with each measure replaced by ``texts[name]`` ('86% × nearly 1,300 km²')."""
    return _render(tree, texts, 0)


_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
_SHOW = {"*": "×", "/": "÷", "-": "−", "+": "+"}


def _render(tree: Node, texts: Mapping[str, str], outer: int) -> str:
    if isinstance(tree, Num):
        return tree.text.replace(" ", "")
    if isinstance(tree, Name):
        return texts.get(tree.name, tree.name)
    if isinstance(tree, Neg):
        return "−" + _render(tree.operand, texts, 3)
    prec = _PREC[tree.op]
    text = f"{_render(tree.left, texts, prec)} {_SHOW[tree.op]} {_render(tree.right, texts, prec + 1)}"
    return f"({text})" if prec < outer else text
