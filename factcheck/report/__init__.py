"""Renderers: thin, pure functions from a :class:`~factcheck.models.Report` to text on a stream.

Every format is a module ``factcheck.report.<name>`` with
``render(report, documents, out, **options) -> None``; ``documents`` maps a document id to its
:class:`~factcheck.models.Document` (for line/column and the text around the evidence). Modules are imported
only when their format is asked for, so ``--format json`` never loads the HTML renderer.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Mapping
from typing import Any, TextIO

from factcheck.models import Document, Report

FORMATS: dict[str, str] = {
    "github": "factcheck.report.github",
    "html": "factcheck.report.html",
    "json": "factcheck.report.json",
    "jsonl": "factcheck.report.jsonl",
    "sarif": "factcheck.report.sarif",
    "text": "factcheck.report.text",
}


def render(report: Report, documents: Mapping[str, Document], fmt: str, out: TextIO, **options: Any) -> None:
    """Write ``report`` to ``out`` in format ``fmt`` (a key of :data:`FORMATS`); options go to that renderer.

    Raises ValueError for an unknown format, naming the available ones.
    """
    try:
        module_name = FORMATS[fmt]
    except KeyError:
        close = difflib.get_close_matches(fmt, FORMATS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(f"unknown report format {fmt!r}; available: {', '.join(FORMATS)}{hint}") from None
    module = importlib.import_module(module_name)
    module.render(report, documents, out, **options)


__all__ = ["FORMATS", "render"]
