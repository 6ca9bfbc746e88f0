"""pytest plugin: every YAML rule is a test that passes or fails on a corpus, and every rule example is a test too.

Registered through the ``pytest11`` entry point (``-p factcheck.pytest_plugin`` loads it by hand). It collects
``*.factcheck.yaml`` files anywhere, and every ``*.yaml``/``*.yml`` file under the directories named in the ini option
``factcheck_rules``. Each rule becomes an item named by its id (``rules/kursk.yaml::kursk.area-retaken``), each of its
``examples`` one more (``kursk.sudzha-spelling[example-1]``).

The corpus a rule runs on is, first found wins: ``--factcheck-corpus PATH`` (repeatable), the rule file's ``corpus:``
key, the ini option ``factcheck_corpus``. With several corpora a rule gets one item per corpus (``id[seeds]``).
Documents are read once per corpus and extracted once per (corpus, rule set) per session, running only the extractors
the collected rules need. All files under one ``factcheck_rules`` directory form one rule set (as with
``factcheck check --rules DIR``), so one file may use entities another declares; a ``*.factcheck.yaml`` file is a
rule set of its own.

Outcomes: no findings passes; findings fail with the rule id, ``file:line``, each quote marked in its line with
``document:line``, and the values compared. ``expect: {seeds: inconsistent}`` turns the findings on corpus ``seeds``
into a strict xfail: the item fails once the inconsistency is gone. A rule that raises is an error (with its traceback
under ``--factcheck-traceback``); a bad rule file is a collection error with the loader's ``file:line:col: message``.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from factcheck.facts import FactBase
    from factcheck.models import Document, Evidence, Finding, Report, ReportError
    from factcheck.rules.base import RuleBase
    from factcheck.rules.loader import LoadedRules, RuleFile

RULE_SUFFIXES = (".yaml", ".yml")
FACTCHECK_SUFFIXES = (".factcheck.yaml", ".factcheck.yml")
QUOTE_WIDTH = 100
VALUE_WIDTH = 160
_LOCATED = re.compile(r"^(.*?)((?::\d+){1,2})$")


# --- hooks -------------------------------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: YAML rules as tests")
    group.addoption(
        "--factcheck-corpus",
        action="append",
        default=[],
        metavar="PATH",
        help="run the rules on this corpus (file or directory; repeatable); overrides corpus: keys and the ini option",
    )
    group.addoption(
        "--factcheck-traceback",
        action="store_true",
        default=False,
        help="show the Python traceback when a rule or its corpus raises",
    )
    parser.addini(
        "factcheck_rules",
        type="paths",
        default=[],
        help="directories whose *.yaml/*.yml files are factcheck rule files (relative to the configuration file)",
    )
    parser.addini(
        "factcheck_corpus",
        type="paths",
        default=[],
        help="corpus (files or directories) the rules run on when neither --factcheck-corpus nor corpus: names one",
    )
    parser.addini(
        "factcheck_fail_on",
        default="info",
        help="lowest finding severity that fails a rule: info (default: any finding), warning or error",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: a factcheck rule or rule example collected from a YAML rule file")
    fail_on = str(config.getini("factcheck_fail_on")).strip() or "info"
    if fail_on not in ("info", "warning", "error"):
        raise pytest.UsageError(f"factcheck_fail_on: expected info, warning or error, got {fail_on!r}")
    config.stash[_STATE] = _State(config, fail_on)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactcheckFile | None:
    state = parent.config.stash.get(_STATE, None)
    if state is None or not state.is_rule_file(file_path):
        return None
    collector: FactcheckFile = FactcheckFile.from_parent(parent, path=file_path)
    return collector


def pytest_collection_finish(session: pytest.Session) -> None:
    """Union of the extractors the selected rule items need, per (corpus, rule set): one extraction serves all."""
    from factcheck.engine import requirements

    state = session.config.stash.get(_STATE, None)
    if state is None:
        return
    for item in session.items:
        if isinstance(item, RuleItem) and item.corpus is not None:
            key = (item.corpus.path, item.group)
            state.needs[key] = state.needs.get(key, frozenset()) | requirements([item.rule])


# --- session state -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """A corpus a rule runs on: its name (for ``expect:``) and its path, and what chose it."""

    name: str
    path: str
    origin: str  # "--factcheck-corpus", "corpus: in <file>", "ini factcheck_corpus"


@dataclass
class _State:
    """What one pytest session shares: loaded rule sets, read documents, extracted FactBases."""

    config: pytest.Config
    fail_on: str
    rule_sets: dict[str, LoadedRules] = field(default_factory=dict)
    documents: dict[str, tuple[list[Document], list[ReportError]]] = field(default_factory=dict)
    facts: dict[tuple[str, str], tuple[FactBase | None, list[ReportError]]] = field(default_factory=dict)
    needs: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def rule_dirs(self) -> list[Path]:
        return [Path(p).resolve() for p in self.config.getini("factcheck_rules")]

    def is_rule_file(self, path: Path) -> bool:
        name = path.name.lower()
        if name.startswith("."):
            return False
        if name.endswith(FACTCHECK_SUFFIXES):
            return True
        if not name.endswith(RULE_SUFFIXES):
            return False
        return self.group_of(path) != str(path.resolve())

    def group_of(self, path: Path) -> str:
        """The rule set a file belongs to: its ``factcheck_rules`` directory, else the file alone."""
        resolved = path.resolve()
        for d in self.rule_dirs():
            if resolved.is_relative_to(d):
                return str(d)
        return str(resolved)

    def rule_set(self, group: str) -> LoadedRules:
        if group not in self.rule_sets:
            from factcheck.rules.loader import load_rules

            self.rule_sets[group] = load_rules([group], defaults=True)
        return self.rule_sets[group]

    def corpora(self, rule_file: RuleFile | None) -> list[Corpus]:
        """The corpora a file's rules run on: command line, else the file's ``corpus:``, else the ini option."""
        given: list[str] = self.config.getoption("factcheck_corpus") or []
        if given:
            base = self.config.invocation_params.dir
            return _unique(Corpus(_name(base / p), str((base / p).resolve()), "--factcheck-corpus") for p in given)
        if rule_file is not None and rule_file.corpus:
            where = f"corpus: in {self.display(rule_file.path)}"
            return _unique(Corpus(n, str(Path(p).resolve()), where) for n, p in rule_file.corpus.items())
        ini: list[Path] = self.config.getini("factcheck_corpus")
        return _unique(Corpus(_name(p), str(p.resolve()), "ini option factcheck_corpus") for p in ini)

    def facts_for(self, corpus: Corpus, group: str) -> FactBase:
        """The corpus read and extracted once per (corpus, rule set); problems raise :class:`CorpusError`."""
        from factcheck import engine

        key = (corpus.path, group)
        if key not in self.facts:
            if corpus.path not in self.documents:
                self.documents[corpus.path] = engine.load_documents([corpus.path])
            docs, read_errors = self.documents[corpus.path]
            errors = list(read_errors)
            facts: FactBase | None = None
            if not docs and not errors:
                from factcheck.models import ReportError

                errors.append(ReportError(source=corpus.path, message="no documents found"))
            if not errors:
                rules = self.rule_set(group)
                needs = self.needs.get(key) or engine.requirements(rules.rules)
                facts = engine.build_facts(docs, (), needs, rules.declarations, errors)
            self.facts[key] = (facts, errors)
        facts, errors = self.facts[key]
        if errors or facts is None:
            lines = [f"{self.display(e.source)}: {e.message}" for e in errors]
            raise CorpusError(f"corpus {corpus.name!r} ({corpus.origin}) cannot be used:\n" + "\n".join(lines))
        return facts

    def display(self, path: str) -> str:
        """A path (possibly ``path:line[:col]``) relative to the rootdir when it lies under it."""
        m = _LOCATED.match(path)
        head, tail = (m.group(1), m.group(2)) if m else (path, "")
        p = Path(head)
        if p.is_absolute():
            for base in (self.config.rootpath, self.config.invocation_params.dir):
                try:
                    head = p.relative_to(base).as_posix()
                    break
                except ValueError:
                    continue
        return head + tail


_STATE = pytest.StashKey[_State]()


def _name(path: Path) -> str:
    return path.resolve().name or str(path)


def _unique(corpora: Iterator[Corpus]) -> list[Corpus]:
    out: dict[str, Corpus] = {}
    for c in corpora:
        out.setdefault(c.path, c)
    return list(out.values())


class CorpusError(Exception):
    """The corpus could not be read or extracted."""


class RuleFailed(Exception):
    """A rule item's outcome differs from what is expected; ``str()`` is the readable report."""


# --- collection --------------------------------------------------------------------------------------------------


class FactcheckFile(pytest.File):
    """A rule file: one item per rule (per corpus) and per rule example."""

    def collect(self) -> Iterator[pytest.Item]:
        state = self.config.stash[_STATE]
        group = state.group_of(self.path)
        loaded = state.rule_set(group)
        here = self.path.resolve()
        errors = [e for e in loaded.errors if _error_file(e.source) in (here, None)]
        if errors:
            raise self.CollectError("\n".join(f"{state.display(e.source)}: {e.message}" for e in errors))
        rule_file = next((f for f in loaded.files if Path(f.path).resolve() == here), None)
        corpora = state.corpora(rule_file)
        positions = _example_lines(self.path)
        for rule in loaded.rules:
            source = loaded.sources.get(rule.id, "")
            file, _, line = source.rpartition(":")
            if not file or Path(file).resolve() != here:
                continue
            lineno = int(line) if line.isdigit() else 1
            if len(corpora) > 1:
                for corpus in corpora:
                    yield RuleItem.from_parent(
                        self, name=f"{rule.id}[{corpus.name}]", rule=rule, line=lineno, corpus=corpus, group=group
                    )
            else:
                yield RuleItem.from_parent(
                    self, name=rule.id, rule=rule, line=lineno, corpus=corpora[0] if corpora else None, group=group
                )
            for k in range(1, len(rule.examples) + 1):
                yield ExampleItem.from_parent(
                    self,
                    name=f"{rule.id}[example-{k}]",
                    rule=rule,
                    line=positions.get((rule.id, k - 1), lineno),
                    group=group,
                    number=k,
                )


def _error_file(source: str) -> Path | None:
    """The file a loader error names, resolved; None when it names no existing file."""
    head = source
    for _ in range(2):
        left, sep, right = head.rpartition(":")
        if sep and right.isdigit():
            head = left
    p = Path(head)
    return p.resolve() if p.is_file() else None


def _example_lines(path: Path) -> dict[tuple[str, int], int]:
    """(rule id, example index) → 1-based line of the example in the rule file."""
    from factcheck.rules._yaml import YamlSyntaxError, load_marked

    try:
        marked = load_marked(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return {}
    rules = marked.data.get("rules") if isinstance(marked.data, dict) else None
    out: dict[tuple[str, int], int] = {}
    for i, rule in enumerate(rules if isinstance(rules, list) else []):
        if not isinstance(rule, dict) or not isinstance(rule.get("examples"), list):
            continue
        for k in range(len(rule["examples"])):
            pos = marked.pos(("rules", i, "examples", k))
            if pos is not None:
                out[(str(rule.get("id")), k)] = pos.line
    return out


class _FactcheckItem(pytest.Item):
    """What rule and example items share: the rule, its line, its rule set, and how a failure reads."""

    def __init__(self, *, rule: RuleBase, line: int, group: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rule = rule
        self.line = line
        self.group = group
        self.report: Report | None = None
        self.facts: FactBase | None = None
        self.add_marker("factcheck")

    @property
    def state(self) -> _State:
        return self.config.stash[_STATE]

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"factcheck rule {self.name}"

    def where(self) -> str:
        return f"{self.state.display(str(self.path))}:{self.line}"

    def evaluate(self, facts: FactBase) -> None:
        """Run the rule (in setup, so that a raising rule is an error, not a failure)."""
        from factcheck import engine

        self.facts = facts
        try:
            self.report = engine.run_rules([self.rule], facts, strict=True)
        except Exception as exc:
            self.raise_error(f"{self.rule.id} ({self.where()}) raised {type(exc).__name__}: {exc}", exc)

    def raise_error(self, message: str, exc: BaseException) -> NoReturn:
        if self.config.getoption("factcheck_traceback"):
            raise exc
        failed = pytest.fail.Exception(message + "\n(--factcheck-traceback shows the traceback)", pytrace=False)
        raise failed from None

    def counted(self) -> list[Finding]:
        """The findings at or above ``factcheck_fail_on``."""
        from factcheck.models import SEVERITY_RANK

        floor = SEVERITY_RANK[self.state.fail_on]
        assert self.report is not None
        return [f for f in self.report.findings if SEVERITY_RANK[f.severity] >= floor]

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, RuleFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def describe(self, findings: Sequence[Finding]) -> str:
        """The findings as text: message at ``file:line``, each quote marked in its line, the values compared."""
        assert self.facts is not None
        documents = self.facts.documents
        out: list[str] = []
        for f in findings:
            out.append(f"{f.severity}: {_one_line(f.message)}")
            for ev in f.evidence:
                out.extend("    " + line for line in _quote(ev, documents, self.state.display))
            if f.values:
                out.append("    values compared:")
                for key, value in f.values.items():
                    shown = _shorten(_one_line(_value_text(value, self.state.display)), VALUE_WIDTH)
                    out.append(f"        {key}: {shown}")
        return "\n".join(out)


class RuleItem(_FactcheckItem):
    """One rule run on one corpus."""

    def __init__(self, *, corpus: Corpus | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.corpus = corpus

    def setup(self) -> None:
        if not self.rule.enabled:
            pytest.skip("disabled in the rule file (enabled: false)")
        if self.corpus is None:
            pytest.skip("no corpus: pass --factcheck-corpus PATH, add corpus: to the rule file or set factcheck_corpus")
        try:
            facts = self.state.facts_for(self.corpus, self.group)
        except CorpusError as exc:
            self.raise_error(str(exc), exc)
        except Exception as exc:
            self.raise_error(f"reading corpus {self.corpus.name!r} raised {type(exc).__name__}: {exc}", exc)
        self.evaluate(facts)

    def runtest(self) -> None:
        assert self.corpus is not None and self.report is not None
        findings = self.counted()
        expected = self.rule.expect.get(self.corpus.name, "consistent")
        name = self.corpus.name
        if expected == "inconsistent":
            if findings:
                first = _shorten(_one_line(findings[0].message), QUOTE_WIDTH)
                more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
                pytest.xfail(f"expected inconsistent on {name}: {first}{more}")
            held = [f"    {_one_line(p.message)}" for p in self.report.passed]
            raise RuleFailed(
                f"expected {self.rule.id} to be inconsistent on {name}, but it held ({self.where()})\n"
                + ("checks that held:\n" + "\n".join(held) if held else "no finding and no check that held")
                + f"\n(remove or update `expect: {{{name}: inconsistent}}` if the corpus was corrected)"
            )
        if findings:
            count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
            raise RuleFailed(f"{self.rule.id} ({self.where()}): {count} on corpus {name!r}\n{self.describe(findings)}")


class ExampleItem(_FactcheckItem):
    """One of a rule's ``examples``: its text(s) as documents, ``against`` texts as sources."""

    def __init__(self, *, number: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.number = number
        self.example = self.rule.examples[number - 1]

    def setup(self) -> None:
        from factcheck import engine
        from factcheck.ingest import from_text

        if not self.rule.enabled:
            pytest.skip("disabled in the rule file (enabled: false)")
        ex = self.example
        texts = [ex.text] if isinstance(ex.text, str) else list(ex.text)
        stem = f"example-{self.number}"
        docs = [
            from_text(t, id=stem if len(texts) == 1 else f"{stem}.{i}", published=ex.published)
            for i, t in enumerate(texts, 1)
        ]
        sources = [from_text(t, id=f"{stem}.source-{i}", published=ex.published) for i, t in enumerate(ex.against, 1)]
        declarations = self.state.rule_set(self.group).declarations
        errors: list[ReportError] = []
        try:
            facts = engine.build_facts(docs, sources, engine.requirements([self.rule]), declarations, errors)
        except Exception as exc:
            self.raise_error(f"extracting {stem} raised {type(exc).__name__}: {exc}", exc)
        if errors:
            lines = "\n".join(f"{e.source}: {e.message}" for e in errors)
            pytest.fail(f"{self.rule.id} {stem} ({self.where()}) cannot be read:\n{lines}", pytrace=False)
        self.evaluate(facts)

    def runtest(self) -> None:
        findings = self.counted()
        if self.example.expect == "finding" and not findings:
            raise RuleFailed(
                f"{self.rule.id} example {self.number} ({self.where()}): expected a finding, got none\n" + self.texts()
            )
        if self.example.expect == "none" and findings:
            raise RuleFailed(
                f"{self.rule.id} example {self.number} ({self.where()}): expected no finding, got {len(findings)}\n"
                + self.describe(findings)
            )

    def texts(self) -> str:
        assert self.facts is not None
        return "\n".join(
            f"    {doc_id}: “{_one_line(doc.text)}”" for doc_id, doc in sorted(self.facts.documents.items())
        )


# --- failure text ------------------------------------------------------------------------------------------------


def _quote(ev: Evidence, documents: dict[str, Document], display: Any) -> list[str]:
    """``document:line (role):`` then the line of text with the evidence underlined by carets."""
    role = f" ({ev.role})" if ev.role else ""
    doc = documents.get(ev.document)
    if doc is None or not 0 <= ev.start <= ev.end <= len(doc.text):
        return [f"{display(ev.document)}{role}: “{_shorten(_one_line(ev.text), QUOTE_WIDTH)}”"]
    text = doc.text
    line_no, _ = doc.line_col(ev.start)
    line_start = text.rfind("\n", 0, ev.start) + 1
    line_end = text.find("\n", ev.start)
    line_end = len(text) if line_end < 0 else line_end
    mark_end = min(ev.end, line_end)
    before, marked, after = text[line_start : ev.start], text[ev.start : mark_end], text[mark_end:line_end]
    marked = marked.rstrip("\r")
    room = max(QUOTE_WIDTH - _width(marked), 20)
    if _width(before) > room // 2:
        before = "…" + _tail(before, room // 2)
    if _width(after) > room - _width(before):
        after = _head(after.rstrip("\r"), max(room - _width(before), 10)) + "…"
    before, marked, after = _one_line(before), _one_line(marked), _one_line(after.rstrip("\r"))
    if ev.end > line_end:
        marked += "…"
    return [
        f"{display(ev.document)}:{line_no}{role}:",
        f"    | {before}{marked}{after}",
        f"    | {' ' * _width(before)}{'^' * max(_width(marked), 1)}",
    ]


def _width(text: str) -> int:
    """Terminal columns: wide East Asian characters count 2, combining marks 0."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _head(text: str, width: int) -> str:
    out = ""
    for ch in text:
        if _width(out + ch) > width:
            break
        out += ch
    return out


def _tail(text: str, width: int) -> str:
    out = ""
    for ch in reversed(text):
        if _width(ch + out) > width:
            break
        out = ch + out
    return out


def _one_line(text: str) -> str:
    from factcheck.report._common import one_line

    return one_line(text)


def _shorten(text: str, width: int) -> str:
    from factcheck.report._common import shorten

    return shorten(text, width)


def _value_text(value: Any, display: Any) -> str:
    """A compared value: ``text [low, high] (document)`` for a quoted quantity, else compact JSON."""
    if isinstance(value, dict) and "text" in value:
        parts = [str(value["text"])]
        if "interval" in value:
            parts.append(json.dumps(_rounded(value["interval"]), default=str))
        if value.get("document"):
            parts.append(f"({display(str(value['document']))})")
        return " ".join(parts)
    if isinstance(value, str):
        return display(value) if os.path.isabs(value) else value
    try:
        return json.dumps(_rounded(value), ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return repr(value)


def _rounded(value: Any) -> Any:
    """Floats to 6 significant digits (157.95000000000002 → 157.95), inside lists and dicts too."""
    if isinstance(value, float):
        return float(f"{value:.6g}") if value == value and abs(value) != float("inf") else value
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value
