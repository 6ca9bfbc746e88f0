"""The safe expression language: parsing, precedence, errors, evaluation in interval arithmetic with units."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import RuleError
from factcheck.intervals import Interval
from factcheck.rules import expr
from factcheck.rules.expr import ExprError, Value
from factcheck.rules.tolerance import Tolerance, parse_tolerance


def ev(text: str, **env: Value) -> Value:
    tree = expr.parse(text)
    assert not isinstance(tree, expr.Compare)
    return expr.evaluate(tree, env)


def point(x: float, unit: str = "dimensionless") -> Value:
    return Value(Interval.point(x), unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("24 / 4 / 2", 3),
        ("-2 * 3", -6),
        ("2 * -3", -6),
        ("--4", 4),
        ("8 ÷ 2 × 3 − 1", 11),
        ("1.5e2 + .5", 150.5),
    ],
)
def test_precedence_and_associativity(text: str, value: float) -> None:
    assert ev(text).interval == Interval.point(value)


def test_render_keeps_needed_parentheses() -> None:
    tree = expr.parse("(a + b) * c - (d - e)")
    assert not isinstance(tree, expr.Compare)
    assert expr.render(tree, {"a": "1", "b": "2"}) == "(1 + 2) × c − (d − e)"


def test_names_in_order() -> None:
    assert expr.names(expr.parse("share * area ~= retaken + share")) == ["share", "area", "retaken"]


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        ("a * ", "expected a number, a measure name or '(' at column 5, got end of expression", 4),
        ("a ~= b ~= c", "chained comparison '~=' at column 8", 7),
        ("(a + b", "expected ')' to close column 1, got end of expression", 6),
        ("a $ b", "unexpected character '$' at column 3", 2),
        ("a b", "unexpected 'b' at column 3", 2),
        ("", "empty expression", 0),
        ("1e999 ~= a", "number out of range: '1e999'", 0),
    ],
)
def test_syntax_errors(text: str, message: str, pos: int) -> None:
    with pytest.raises(ExprError) as info:
        expr.parse(text)
    assert info.value.message == message
    assert info.value.pos == pos


def test_relation_needs_a_comparison() -> None:
    with pytest.raises(ExprError, match="expected a comparison"):
        expr.parse_relation("a * b")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ExprError, match="nested deeper"):
        expr.parse("(" * 200 + "1" + ")" * 200)
    with pytest.raises(ExprError, match="nested deeper"):
        expr.parse("-" * 200 + "1")


@settings(max_examples=300)
@given(st.text(alphabet="ab1.%()+-*/~=<>× é\n", max_size=40) | st.text(max_size=40))
def test_junk_never_raises_anything_but_rule_error(text: str) -> None:
    try:
        tree = expr.parse(text)
    except RuleError:
        return
    env = {n: point(2.0) for n in expr.names(tree)}
    try:
        if isinstance(tree, expr.Compare):
            expr.compare(tree.op, expr.evaluate(tree.left, env), expr.evaluate(tree.right, env))
        else:
            expr.evaluate(tree, env)
    except RuleError:
        pass


def test_percent_times_area_compares_in_area() -> None:
    tree = expr.parse_relation("share * seized ~= retaken")
    env = {
        "share": Value(Interval.closed(85.5, 86.5), "percent"),
        "seized": Value(Interval.closed(1170, 1300), "kilometer ** 2"),
        "retaken": Value(Interval.closed(990, 1210), "kilometer ** 2"),
    }
    out = expr.compare(tree.op, expr.evaluate(tree.left, env), expr.evaluate(tree.right, env))
    assert out.held
    assert out.left.low == pytest.approx(1000.35)
    assert out.left.high == pytest.approx(1124.5)
    assert out.unit == "kilometer ** 2"
    env["retaken"] = Value(Interval.closed(450, 550), "kilometer ** 2")
    assert not expr.compare(tree.op, expr.evaluate(tree.left, env), expr.evaluate(tree.right, env)).held


def test_unit_mismatch_is_an_error() -> None:
    tree = expr.parse_relation("a + b ~= c")
    with pytest.raises(ExprError, match="cannot add % to km²"):
        expr.check_units(tree, {"a": "kilometer ** 2", "b": "percent", "c": "kilometer ** 2"})
    with pytest.raises(ExprError, match="cannot compare km² with %"):
        expr.check_units(expr.parse_relation("a ~= b"), {"a": "kilometer ** 2", "b": "percent"})


def test_unit_conversion_in_comparison() -> None:
    out = expr.compare("~=", point(1, "mile ** 2"), Value(Interval.closed(2.5, 2.7), "kilometer ** 2"))
    assert out.held


@pytest.mark.parametrize(
    ("op", "a", "b", "held"),
    [
        ("<", (1, 5), (4, 9), True),  # can hold: benefit of the doubt
        ("<", (5, 9), (1, 5), False),
        ("<=", (5, 9), (1, 5), True),
        (">", (1, 5), (5, 9), False),
        (">=", (1, 5), (5, 9), True),
        ("==", (1, 5), (5, 9), True),
        ("==", (1, 4), (5, 9), False),
    ],
)
def test_comparisons_hold_if_they_can(op: str, a: tuple[float, float], b: tuple[float, float], held: bool) -> None:
    assert expr.compare(op, Value(Interval.closed(*a)), Value(Interval.closed(*b))).held is held


def test_tolerance_widens_approx_but_not_equals() -> None:
    a, b = Value(Interval.point(100)), Value(Interval.point(104))
    tol = Tolerance(relative=0.05)
    assert expr.compare("~=", a, b, tol).held
    assert not expr.compare("==", a, b, tol).held
    assert not expr.compare("~=", a, b, Tolerance()).held


@pytest.mark.parametrize(
    ("raw", "relative", "absolute"),
    [("5%", 0.05, 0.0), ("0.05", 0.05, 0.0), (0.05, 0.05, 0.0), (2, 0.0, 2.0), ("2", 0.0, 2.0), ("0%", 0.0, 0.0)],
)
def test_tolerance_forms(raw: object, relative: float, absolute: float) -> None:
    tol = parse_tolerance(raw)
    assert (tol.relative, tol.absolute) == (pytest.approx(relative), absolute)


def test_tolerance_with_unit() -> None:
    tol = parse_tolerance("2 km**2")
    assert (tol.absolute, tol.unit) == (2.0, "kilometer ** 2")


@pytest.mark.parametrize("raw", ["five", "-5%", True, None, "5 %%", "nan"])
def test_bad_tolerance(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_tolerance(raw)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = draw(finite), draw(finite)
    return Interval.closed(a, b)


@settings(max_examples=300)
@given(intervals(), intervals(), st.floats(0, 1), st.floats(0, 1), st.sampled_from("+-*/"))
def test_interval_containment(a: Interval, b: Interval, s: float, t: float, op: str) -> None:
    # (a point of each interval: the interpolation may round just past an end, "-65536 + 65536.001" > 0.001)
    x = min(max(a.low + s * (a.high - a.low), a.low), a.high)
    y = min(max(b.low + t * (b.high - b.low), b.low), b.high)
    if op == "/" and (b.contains(0.0) or abs(b.low) < 1e-9 or abs(b.high) < 1e-9):
        return
    result = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
    z = {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else 0.0}[op]
    slack = 1e-9 * max(1.0, abs(z))
    assert result.low - slack <= z <= result.high + slack


positive = st.floats(min_value=0.01, max_value=1e5, allow_nan=False)


@settings(max_examples=300)
@given(positive, positive, positive, positive)
def test_exact_products_hold_at_zero_tolerance(a: float, b: float, wa: float, wb: float) -> None:
    tree = expr.parse_relation("a * b ~= c")
    A = Interval.closed(a, a + wa)
    B = Interval.closed(b, b + wb)
    env = {"a": Value(A), "b": Value(B)}
    for s, t in ((0, 0), (1, 1), (0.5, 0.25)):
        c = (a + s * wa) * (b + t * wb)
        out = expr.compare(tree.op, expr.evaluate(tree.left, env), Value(Interval.point(c)), Tolerance())
        assert out.held or math.isclose(c, out.left.high, rel_tol=1e-12) or math.isclose(c, out.left.low, rel_tol=1e-12)


@settings(max_examples=300)
@given(positive, positive, positive, positive, st.floats(min_value=1e-3, max_value=10))
def test_values_outside_the_product_never_hold(a: float, b: float, wa: float, wb: float, gap: float) -> None:
    tree = expr.parse_relation("a * b ~= c")
    A = Interval.closed(a, a + wa)
    B = Interval.closed(b, b + wb)
    env = {"a": Value(A), "b": Value(B)}
    product = A * B
    for c in (product.high * (1 + gap), product.low / (1 + gap)):
        if product.contains(c):
            continue
        out = expr.compare(tree.op, expr.evaluate(tree.left, env), Value(Interval.point(c)), Tolerance())
        assert not out.held
