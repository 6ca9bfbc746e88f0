"""json: the report contract of DESIGN.md, one JSON object (``report.model_dump(mode="json")``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO

from factcheck.models import Document, Report


def render(report: Report, documents: Mapping[str, Document], out: TextIO) -> None:
    """Write exactly one JSON object, indented by 2, non-ASCII kept, then a newline.

    ``documents`` is unused (the report already carries offsets and quotes); it keeps the renderer signature.
    Non-finite numbers in ``values`` are written as ``null``, as pydantic's JSON does.
    """
    del documents
    out.write(report.model_dump_json(indent=2))  # pydantic's serializer: the same text, many times faster
    out.write("\n")
