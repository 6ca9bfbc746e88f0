"""Load rule files: YAML with line marks → validated rule models, merged declarations, ``file:line:col`` errors.

:func:`load_rules` never raises for a bad file or rule: each problem becomes a :class:`~factcheck.models.ReportError`
(``source`` is ``file:line:col``) and every other rule still loads. A rule file is a mapping::

    # yaml-language-server: $schema=./schema.json
    defaults: true            # false: do not run the built-in generic rules
    corpus: ../seeds          # the corpus the rules are written for (a path, or {name: path}); for the pytest plugin
    entities: {Sudzha: {variants: [Suzha, Suja]}}
    measures: {area_seized: {unit: km**2, near: [captured, seized]}}
    rules:
      - {id: kursk.area-retaken, type: relation, assert: "share_retaken * area_seized ~= area_retaken"}
      - {id: generic.percent-of, enabled: false}   # same id as a built-in rule: overrides it key by key

Built-in rules (``factcheck/defaults/rules.yaml``) load first, the same way; a built-in rule whose check type is not
available is skipped (debug log), while an unknown type in a user file is an error naming the available types.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.errors import RuleError
from factcheck.ingest import files_under
from factcheck.models import ReportError
from factcheck.rules._yaml import Marked, Pos, YamlSyntaxError, load_marked
from factcheck.rules.base import RuleBase
from factcheck.rules.declarations import Declarations, Entity, Measure

log = logging.getLogger("factcheck.rules")

DEFAULTS_FILE = Path(__file__).resolve().parent.parent / "defaults" / "rules.yaml"
TOP_KEYS = ("corpus", "defaults", "entities", "measures", "rules")
SUFFIXES = (".yaml", ".yml")

KeyPath = tuple[str | int, ...]


@dataclass
class RuleFile:
    """What one rule file declared besides its rules."""

    path: str
    corpus: dict[str, str] = field(default_factory=dict)  # corpus name → path (resolved against the file's folder)
    defaults: bool | None = None


@dataclass
class LoadedRules:
    """Validated rules ready to run, the merged declarations, and every problem found while loading."""

    rules: list[RuleBase] = field(default_factory=list)
    declarations: Declarations = field(default_factory=Declarations)
    errors: list[ReportError] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # rule id → "file:line"
    files: list[RuleFile] = field(default_factory=list)

    @property
    def corpus(self) -> dict[str, str]:
        """Every corpus the rule files name (first file wins on a name)."""
        out: dict[str, str] = {}
        for f in self.files:
            for k, v in f.corpus.items():
                out.setdefault(k, v)
        return out

    def raise_errors(self) -> None:
        """Raise the first loading error as a :class:`RuleError` (for callers that want to stop)."""
        if self.errors:
            e = self.errors[0]
            raise RuleError(e.message, e.source)


@dataclass
class _Raw:
    """One rule entry as read, with where each of its keys came from (its file, or the built-in it overrides)."""

    data: dict[str, Any]
    file: str
    marked: Marked
    prefix: KeyPath
    builtin: bool
    base: _Raw | None = None  # the built-in rule this entry overrides

    def where(self, loc: KeyPath, key: bool = False, offset: int = 0) -> str:
        """``file:line:col`` of ``loc`` (a key path inside the rule), from whichever file stated that key.

        ``offset`` (a position inside a one-line scalar, e.g. of an expression error) is added to the column.
        """
        owner: _Raw = self
        if loc and self.base is not None and (*self.prefix, loc[0]) not in self.marked.keys:
            owner = self.base
        pos = _longest(owner.marked, owner.prefix, loc, key)
        style = owner.marked.styles.get((*owner.prefix, *loc))
        if offset and style in ("", "'", '"'):
            pos = Pos(pos.line, pos.col + offset + (1 if style else 0))
        return f"{owner.file}:{pos.line}:{pos.col}"

    def line(self) -> str:
        pos = self.marked.pos(self.prefix) or Pos(1, 1)
        return f"{self.file}:{pos.line}"


def _longest(marked: Marked, prefix: KeyPath, loc: KeyPath, key: bool) -> Pos:
    """The position of the longest prefix of ``prefix + loc`` that the file has (pydantic adds union tags)."""
    path = prefix
    exact = True
    for part in loc:
        if (*path, part) in marked.values or (*path, part) in marked.keys:
            path = (*path, part)
        else:
            exact = False
    pos = marked.pos(path, key=key and exact) if path else None
    return pos or marked.pos(prefix) or Pos(1, 1)


def load_rules(rules: Any = None, defaults: bool = True) -> LoadedRules:
    """Load rules from None (built-ins only), paths (files or directories), a RuleSet, or loaded rules.

    ``defaults=False``, or ``defaults: false`` in any rule file, leaves out the built-in rules.
    """
    if isinstance(rules, LoadedRules):
        return rules
    out = LoadedRules()
    user: list[_Raw] = []
    objects: list[RuleBase] = []
    use_defaults = defaults
    if rules is None:
        pass
    elif isinstance(rules, BaseModel) and hasattr(rules, "rules"):
        objects = list(rules.rules)
        decl = Declarations(
            entities=dict(getattr(rules, "entities", None) or {}),
            measures=dict(getattr(rules, "measures", None) or {}),
        )
        out.declarations.merge(decl)
        if getattr(rules, "defaults", None) is False:
            use_defaults = False
    elif isinstance(rules, RuleBase):
        objects = [rules]
    else:
        items = [rules] if isinstance(rules, str | os.PathLike) else list(rules)
        paths: list[str | os.PathLike[str]] = []
        for item in items:
            if isinstance(item, RuleBase):
                objects.append(item)
            else:
                paths.append(item)
        for path in _rule_files(paths, out.errors):
            rule_file, raws = _read_file(path, out, builtin=False)
            if rule_file is not None:
                out.files.append(rule_file)
                if rule_file.defaults is False:
                    use_defaults = False
                user.extend(raws)
    builtins: list[_Raw] = []
    if use_defaults:
        _, builtins = _read_file(str(DEFAULTS_FILE), out, builtin=True)
    _build(builtins, user, objects, out)
    out.errors.sort(key=_error_order)
    return out


def _error_order(e: ReportError) -> tuple[str, int, int]:
    parts = e.source.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return parts[0], int(parts[1]), int(parts[2])
    return e.source, 0, 0


def _rule_files(paths: Sequence[str | os.PathLike[str]], errors: list[ReportError]) -> list[str]:
    files: list[str] = []
    for raw in paths:
        given = os.fspath(raw)
        p = Path(given)
        if p.is_dir():
            found = files_under(p, SUFFIXES)
            if not found:
                errors.append(ReportError(source=given, message="no rule files found (looked for *.yaml, *.yml)"))
            files.extend(os.path.join(given, str(f.relative_to(p))) for f in found)
        elif p.is_file():
            files.append(given)
        else:
            errors.append(ReportError(source=given, message="no such file or directory"))
    return files


def _err(out: LoadedRules, file: str, pos: Pos | None, message: str) -> None:
    pos = pos or Pos(1, 1)
    out.errors.append(ReportError(source=f"{file}:{pos.line}:{pos.col}", message=message))


def _read_file(path: str, out: LoadedRules, builtin: bool) -> tuple[RuleFile | None, list[_Raw]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        out.errors.append(ReportError(source=path, message=f"cannot read rule file: {exc}"))
        return None, []
    try:
        marked = load_marked(text)
    except YamlSyntaxError as exc:
        _err(out, path, exc.pos, exc.message)
        return None, []
    for pos, problem in marked.problems:
        _err(out, path, pos, problem)
    rule_file = RuleFile(path=path)
    data = marked.data
    if data is None:
        return rule_file, []
    if not isinstance(data, dict):
        _err(out, path, marked.pos(()), "a rule file is a mapping with keys " + ", ".join(TOP_KEYS))
        return None, []
    for key in data:
        if key not in TOP_KEYS:
            _err(out, path, marked.pos((key,), key=True), _unknown_key(key, TOP_KEYS))
    _read_defaults_flag(data, marked, path, rule_file, out)
    _read_corpus(data, marked, path, rule_file, out)
    decl = Declarations()
    for section, model in (("entities", Entity), ("measures", Measure)):
        value = data.get(section)
        if value is None:
            continue
        if not isinstance(value, dict):
            _err(out, path, marked.pos((section,)), f"{section}: expected a mapping of name → declaration")
            continue
        for name, body in value.items():
            try:
                item = model.model_validate({} if body is None else body)
            except ValidationError as exc:
                for loc, key, message, _ in _messages(exc, model):
                    pos = _longest(marked, (section, name), loc, key)
                    _err(out, path, pos, f"{_display((section, name, *loc))}: {message}")
                continue
            getattr(decl, section)[name] = item
    decl.reindex()
    for name in out.declarations.merge(decl):
        _err(out, path, marked.pos(("measures", name), key=True), f"measure {name!r} is declared differently twice")
    raws: list[_Raw] = []
    rules = data.get("rules")
    if rules is None:
        return rule_file, raws
    if not isinstance(rules, list):
        _err(out, path, marked.pos(("rules",)), "rules: expected a list of rules (each starting with '- id:')")
        return rule_file, raws
    for i, item in enumerate(rules):
        if not isinstance(item, dict):
            _err(out, path, marked.pos(("rules", i)), f"rules[{i}]: expected a mapping with id and type")
            continue
        raws.append(_Raw(item, path, marked, ("rules", i), builtin))
    return rule_file, raws


def _read_defaults_flag(data: dict[str, Any], marked: Marked, path: str, rule_file: RuleFile, out: LoadedRules) -> None:
    if "defaults" not in data:
        return
    flag = data["defaults"]
    if isinstance(flag, str) and flag.lower() in {"yes", "no", "on", "off"}:
        flag = flag.lower() in {"yes", "on"}
    if isinstance(flag, bool):
        rule_file.defaults = flag
    else:
        _err(out, path, marked.pos(("defaults",)), f"defaults: expected true or false, got {flag!r}")


def _read_corpus(data: dict[str, Any], marked: Marked, path: str, rule_file: RuleFile, out: LoadedRules) -> None:
    corpus = data.get("corpus")
    if corpus is None:
        return
    base = Path(path).parent
    if isinstance(corpus, str):
        corpus = {Path(corpus.rstrip("/\\")).name or corpus: corpus}
    if not isinstance(corpus, dict) or not all(isinstance(v, str) for v in corpus.values()):
        _err(out, path, marked.pos(("corpus",)), "corpus: expected a path or a mapping of corpus name → path")
        return
    rule_file.corpus = {str(k): os.path.normpath(base / v) for k, v in corpus.items()}


def _build(builtins: list[_Raw], user: list[_Raw], objects: list[RuleBase], out: LoadedRules) -> None:
    from factcheck.checks._registry import get_check, registered

    by_id: dict[str, _Raw] = {}
    for raw in builtins:
        rid = raw.data.get("id")
        if isinstance(rid, str):
            by_id[rid] = raw
    overridden: set[str] = set()
    seen: dict[str, str] = {}
    entries: list[_Raw] = []
    for raw in user:
        rid = raw.data.get("id")
        if isinstance(rid, str):
            if rid in seen:
                where = raw.where(("id",))
                out.errors.append(
                    ReportError(source=where, message=f"duplicate rule id {rid!r} (first defined at {seen[rid]})")
                )
                continue
            seen[rid] = raw.line()
            if rid in by_id:
                base = by_id[rid]
                raw = _Raw({**base.data, **raw.data}, raw.file, raw.marked, raw.prefix, False, base=base)
                overridden.add(rid)
        entries.append(raw)
    ordered = [r for r in builtins if r.data.get("id") not in overridden] + entries
    checks = registered()
    validated: list[tuple[RuleBase, _Raw | None]] = []
    for raw in ordered:
        rule = _validate(raw, checks, get_check, out)
        if rule is not None:
            validated.append((rule, raw))
    for obj in objects:
        if obj.id in seen:
            out.errors.append(ReportError(source=f"rule {obj.id}", message=f"duplicate rule id {obj.id!r}"))
            continue
        validated = [(r, w) for r, w in validated if r.id != obj.id or w is None or not w.builtin]
        validated.append((obj, None))
    for rule, origin in validated:
        problems = rule.check_declarations(out.declarations)
        if problems:
            for loc, message in problems:
                source = origin.where(loc) if origin is not None else f"rule {rule.id}"
                prefix = _display((*origin.prefix, *loc)) if origin is not None else _display(loc)
                out.errors.append(ReportError(source=source, message=f"{prefix}: {message}"))
            continue
        out.rules.append(rule)
        out.sources[rule.id] = origin.line() if origin is not None else "<python>"


def _validate(raw: _Raw, checks: dict[str, Any], get_check: Any, out: LoadedRules) -> RuleBase | None:
    data = raw.data
    shown = _display(raw.prefix)
    rid = data.get("id")
    type_name = data.get("type")
    if type_name is None:
        hint = f" and no built-in rule has id {rid!r}" if isinstance(rid, str) else ""
        _report(out, raw.where(()), f"{shown}: missing key 'type' (the check to run){hint}")
        return None
    if not isinstance(type_name, str):
        _report(out, raw.where(("type",)), f"{shown}.type: expected a check name, got {type_name!r}")
        return None
    if type_name not in checks:
        stated_here = raw.base is None or "type" in _own_keys(raw)
        if raw.builtin or not stated_here:
            log.debug("skipping built-in rule %s: check type %r is not available", rid, type_name)
            return None
        try:
            get_check(type_name)
        except RuleError as exc:
            _report(out, raw.where(("type",)), f"{shown}.type: {exc.message}")
        return None
    model = checks[type_name].rule_model
    try:
        rule: RuleBase = model.model_validate(data)
    except ValidationError as exc:
        for loc, key, message, offset in _messages(exc, model):
            _report(out, raw.where(loc, key=key, offset=offset), f"{_display((*raw.prefix, *loc))}: {message}")
        return None
    return rule


def _own_keys(raw: _Raw) -> set[str]:
    """Keys the overriding entry states itself (its file has a mark for them)."""
    return {k for k in raw.data if (*raw.prefix, k) in raw.marked.keys}


def _report(out: LoadedRules, source: str, message: str) -> None:
    out.errors.append(ReportError(source=source, message=message))


def _messages(exc: ValidationError, model: type[BaseModel]) -> list[tuple[KeyPath, bool, str, int]]:
    """(key path, whether the key itself is at fault, message, column offset) per pydantic error, merged per path."""
    grouped: dict[KeyPath, tuple[bool, list[str], int]] = {}
    for err in exc.errors():
        loc = tuple(err["loc"])
        kind = err["type"]
        key = False
        offset = 0
        if kind == "extra_forbidden":
            key = True
            message = _unknown_key(str(loc[-1]), _allowed_keys(model, loc[:-1]))
        elif kind == "missing":
            message = f"missing required key {loc[-1]!r}"
            loc = loc[:-1]
        elif kind == "value_error":
            message = str(err["msg"]).removeprefix("Value error, ")
            cause = (err.get("ctx") or {}).get("error")
            offset = getattr(cause, "pos", 0) or 0
        else:
            message = str(err["msg"])
            got = err.get("input")
            if isinstance(got, str | int | float | bool) or got is None:
                message += f", got {got!r}"
        clean = _clean_loc(loc)
        prev = grouped.get(clean)
        if prev is None:
            grouped[clean] = (key, [message], offset)
        elif message not in prev[1]:
            prev[1].append(message)
    return [(loc, key, " or ".join(msgs), offset) for loc, (key, msgs, offset) in grouped.items()]


def _clean_loc(loc: KeyPath) -> KeyPath:
    """Drop pydantic's union-member tags ('str', 'list[str]', 'function-after[...]') from a location."""
    out: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool", "list", "dict", "none"}):
            continue
        out.append(part)
    return tuple(out)


def _allowed_keys(model: type[BaseModel], loc: KeyPath) -> list[str]:
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        fields = getattr(current, "model_fields", {})
        info = next((f for n, f in fields.items() if (f.alias or n) == part), None)
        current = _model_in(info.annotation) if info is not None else None
    if current is None or not hasattr(current, "model_fields"):
        return []
    return [f.alias or n for n, f in current.model_fields.items()]


def _model_in(annotation: Any) -> Any:
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _unknown_key(key: str, allowed: Sequence[str]) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1)
    if close:
        return f"unknown key {key!r} (did you mean {close[0]!r}?)"
    return f"unknown key {key!r}; allowed: {', '.join(allowed)}" if allowed else f"unknown key {key!r}"


def _display(path: KeyPath) -> str:
    """``('rules', 1, 'tolerance')`` → ``rules[1].tolerance``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def ruleset_hash(ruleset: LoadedRules) -> str:
    """SHA-256 of the loaded rules and declarations as canonical JSON (what the findings depend on)."""
    data = {
        "rules": [r.model_dump(mode="json", by_alias=True) for r in ruleset.rules],
        "declarations": ruleset.declarations.model_dump(mode="json") if ruleset.declarations is not None else None,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
