"""Plain functions behind ``factcheck rules validate|list|schema`` (factcheck/cli.py wires them to arguments)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from factcheck.rules.loader import load_rules

Paths = Sequence[str | os.PathLike[str]]


def validate(paths: Paths, defaults: bool = True, err: TextIO | None = None) -> int:
    """Load ``paths``; print each problem as ``file:line:col: message`` to stderr. Exit code 0 (valid) or 2."""
    err = err or sys.stderr
    loaded = load_rules(list(paths), defaults=defaults)
    for e in loaded.errors:
        print(f"{e.source}: {e.message}", file=err)
    if loaded.errors:
        return 2
    print(f"{len(loaded.rules)} rule(s) OK", file=err)
    return 0


def list_rules(paths: Paths | None = None, defaults: bool = True) -> list[dict[str, Any]]:
    """Every loaded rule: id, type, severity, enabled, source (``file:line``), in load order."""
    loaded = load_rules(list(paths) if paths else None, defaults=defaults)
    return [
        {
            "id": r.id,
            "type": r.type,
            "severity": r.severity,
            "enabled": r.enabled,
            "source": loaded.sources.get(r.id, ""),
        }
        for r in loaded.rules
    ]


def schema() -> str:
    """The rule files' JSON Schema as text."""
    from factcheck.rules.schema import schema as build

    return build()
