"""The RuleSet model (what a rule file may contain) and its JSON Schema, built from the registered rule models.

``rules`` is a list of a union discriminated on ``type``, so an editor with the YAML language server completes each
rule type's own keys (start a rule file with ``# yaml-language-server: $schema=./schema.json``).
:func:`write_schema` writes ``rules/schema.json``; a test regenerates it and compares (``FACTCHECK_UPDATE_SCHEMA=1``
rewrites it).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Union

from pydantic import BaseModel, Field, create_model

from factcheck.models import Model
from factcheck.rules.declarations import Entity, Measure

SCHEMA_PATH = Path(__file__).resolve().parent.parent.parent / "rules" / "schema.json"


@lru_cache(maxsize=1)
def ruleset_model() -> type[BaseModel]:
    """``RuleSet``: corpus, defaults, entities, measures and rules (each a registered rule type)."""
    from factcheck.checks._registry import registered

    models = tuple(spec.rule_model for spec in registered().values())
    rule_union: Any = Annotated[Union[models], Field(discriminator="type")]  # noqa: UP007
    model: type[BaseModel] = create_model(
        "RuleSet",
        __base__=Model,
        __doc__="A factcheck rule file.",
        corpus=(
            str | dict[str, str] | None,
            Field(None, description="the corpus these rules are written for: a path, or {name: path}"),
        ),
        defaults=(bool, Field(True, description="false: do not run factcheck's built-in generic rules")),
        entities=(dict[str, Entity], Field(default_factory=dict, description="canonical name → declaration")),
        measures=(dict[str, Measure], Field(default_factory=dict, description="measure name → declaration")),
        rules=(list[rule_union], Field(default_factory=list)),
    )
    return model


def schema_dict() -> dict[str, Any]:
    """The JSON Schema; a rule may also be an override of a built-in rule by id (no ``type``: any keys)."""
    from factcheck.rules.base import RuleBase

    schema = ruleset_model().model_json_schema(by_alias=True)
    base = RuleBase.model_json_schema()
    override = {
        "type": "object",
        "description": "an override of a built-in rule, by id: {id: generic.percent-of, enabled: false}",
        "properties": {k: v for k, v in base["properties"].items() if k not in ("type", "examples")},
        "required": ["id"],
        "not": {"required": ["type"]},
        "additionalProperties": True,
    }
    schema.setdefault("$defs", {})["RuleOverride"] = override
    items = schema["properties"]["rules"]["items"]
    schema["properties"]["rules"]["items"] = {"anyOf": [items, {"$ref": "#/$defs/RuleOverride"}]}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "factcheck rules", **schema}


def schema() -> str:
    """The JSON Schema of a rule file, as text (stable: sorted keys, two-space indent, final newline)."""
    return json.dumps(schema_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: str | Path = SCHEMA_PATH) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema(), encoding="utf-8")
    return path
