"""rules/schema.json is current, validates real rule files, and the CLI functions behave."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.rules import commands
from factcheck.rules.schema import SCHEMA_PATH, schema, schema_dict, write_schema

ROOT = Path(__file__).resolve().parents[2]


def test_schema_file_is_current() -> None:
    if os.environ.get("FACTCHECK_UPDATE_SCHEMA"):
        write_schema()
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema(), "run FACTCHECK_UPDATE_SCHEMA=1 pytest tests/rules"


def test_schema_lists_each_rule_type() -> None:
    text = schema()
    for name in ("relation", "agreement", "spelling"):
        assert f'"const": "{name}"' in text
    assert '"assert"' in text and '"assert_"' not in text


@pytest.mark.parametrize("path", [*sorted((ROOT / "rules").glob("*.yaml")), ROOT / "factcheck/defaults/rules.yaml"])
def test_shipped_rule_files_validate_against_schema(path: Path) -> None:
    from factcheck.checks._registry import registered

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if path.parent.name == "defaults":  # built-ins may name checks not written yet (the loader skips those)
        data["rules"] = [r for r in data["rules"] if r["type"] in registered()]
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema_dict())


def test_schema_rejects_unknown_key() -> None:
    bad = {"rules": [{"id": "t.x", "type": "spelling", "entitiez": []}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema_dict())


def test_validate_and_list(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("rules:\n  - {id: t.s, type: spelling}\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - {id: t.b, type: spelling, severity: loud}\n")
    err = io.StringIO()
    assert commands.validate([good], defaults=False, err=err) == 0
    assert err.getvalue() == "1 rule(s) OK\n"
    err = io.StringIO()
    assert commands.validate([good, bad], defaults=False, err=err) == 2
    assert err.getvalue().startswith(f"{bad}:2:41: rules[0].severity: Input should be")
    assert commands.list_rules([good], defaults=False) == [
        {"id": "t.s", "type": "spelling", "severity": "error", "enabled": True, "source": f"{good}:2"}
    ]
    assert commands.schema() == schema()
