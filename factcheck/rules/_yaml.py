"""Safe YAML with a position for every node, and only YAML 1.2 core booleans.

:func:`load_marked` composes the node tree with a ``yaml.SafeLoader`` subclass whose resolver knows no implicit
types, then converts it itself: a plain ``true``/``false`` is a bool, ``null``/``~``/empty is None, and every other
scalar stays a **string** (``NO``, ``yes``, ``off``, ``2025-03-13``, ``1.10`` are names, not booleans, dates or
floats); pydantic coerces strings where a field is numeric, boolean or a date. Positions are recorded per path
(``("rules", 1, "tolerance")``): the value's mark, and for mapping entries the key's mark too, so an error maps back
to ``file:line:col``. Duplicate keys are errors (PyYAML silently keeps the last).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Path = tuple[str | int, ...]

_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_NULL = frozenset({"null", "Null", "NULL", "~", ""})
_STD = "tag:yaml.org,2002:"
_PLAIN = "tag:factcheck,2025:plain"


class LineLoader(yaml.SafeLoader):
    """SafeLoader that resolves no implicit types: every plain scalar composes as ``!!str``."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is ScalarNode and implicit[0]:
            return _PLAIN
        return str(super().resolve(kind, value, implicit))  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class Pos:
    """A 1-based line and column in a file."""

    line: int
    col: int


@dataclass
class Marked:
    """Plain data from a YAML file with the position of every value (``values``) and mapping key (``keys``)."""

    data: Any
    values: dict[Path, Pos] = field(default_factory=dict)
    keys: dict[Path, Pos] = field(default_factory=dict)
    styles: dict[Path, str] = field(default_factory=dict)  # scalar style: '' plain, "'", '"', '|', '>'
    problems: list[tuple[Pos, str]] = field(default_factory=list)

    def pos(self, path: Path, key: bool = False) -> Pos | None:
        """The position of ``path`` (its key's position if ``key`` and it is a mapping entry)."""
        if key and path in self.keys:
            return self.keys[path]
        return self.values.get(path)


class YamlSyntaxError(Exception):
    def __init__(self, pos: Pos, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message


def _pos(node: Node) -> Pos:
    return Pos(node.start_mark.line + 1, node.start_mark.column + 1)


def load_marked(text: str) -> Marked:
    """Parse one YAML document; raises :class:`YamlSyntaxError` with the problem's position."""
    try:
        nodes = list(yaml.compose_all(text, Loader=LineLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = Pos(mark.line + 1, mark.column + 1) if mark else Pos(1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.problem:
            problem = f"{exc.context}: {exc.problem}"
        raise YamlSyntaxError(pos, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without marks
        raise YamlSyntaxError(Pos(1, 1), f"YAML error: {exc}") from None
    out = Marked(None)
    if not nodes:
        return out
    if len(nodes) > 1:
        raise YamlSyntaxError(_pos(nodes[1]), "expected one YAML document, found several ('---')")
    out.data = _convert(nodes[0], (), out, set())
    return out


def _convert(node: Node, path: Path, out: Marked, stack: set[int]) -> Any:
    out.values[path] = _pos(node)
    if isinstance(node, ScalarNode):
        out.styles[path] = node.style or ""
        return _scalar(node, out)
    if id(node) in stack:
        out.problems.append((_pos(node), "recursive alias"))
        return None
    stack.add(id(node))
    try:
        if isinstance(node, SequenceNode):
            return [_convert(child, (*path, i), out, stack) for i, child in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return _mapping(node, path, out, stack)
    finally:
        stack.discard(id(node))
    out.problems.append((_pos(node), "unsupported YAML node"))  # pragma: no cover
    return None


def _mapping(node: MappingNode, path: Path, out: Marked, stack: set[int]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    merged: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            out.problems.append((_pos(key_node), "mapping keys must be plain strings"))
            continue
        key = key_node.value
        if key == "<<" and not key_node.style:
            sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            for src in sources:
                got = _convert(src, path, out, stack)
                if isinstance(got, dict):
                    for k, v in got.items():
                        merged.setdefault(k, v)
                else:
                    out.problems.append((_pos(src), "'<<' merges a mapping"))
            out.values[path] = _pos(node)
            continue
        if key in result:
            out.problems.append((_pos(key_node), f"duplicate key {key!r}"))
            continue
        out.keys[(*path, key)] = _pos(key_node)
        result[key] = _convert(value_node, (*path, key), out, stack)
    for k, v in merged.items():
        result.setdefault(k, v)
    return result


def _scalar(node: ScalarNode, out: Marked) -> Any:
    value: str = node.value
    tag = node.tag
    if tag == _PLAIN:
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        return None if value in _NULL else value
    if tag == _STD + "str" or node.style:
        return value
    explicit = tag[len(_STD) :] if tag.startswith(_STD) else None
    try:
        if explicit == "int":
            return int(value, 0)
        if explicit == "float":
            return float(value)
        if explicit == "bool":
            return value.lower() in {"true", "yes", "on", "y"}
        if explicit == "null":
            return None
    except ValueError:
        out.problems.append((_pos(node), f"{value!r} is not a valid {explicit}"))
        return value
    out.problems.append((_pos(node), f"unsupported tag {tag!r}"))
    return value
