"""json: the report contract of DESIGN.md, one JSON object (``report.model_dump(mode="json")``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TextIO

from factcheck.models import Document, Report
from factcheck.report._common import report_data


def render(report: Report, documents: Mapping[str, Document], out: TextIO) -> None:
    """Write exactly one JSON object, indented by 2, non-ASCII kept, then a newline.

    ``documents`` is unused (the report already carries offsets and quotes); it keeps the renderer signature.
    Non-finite numbers in ``values`` are written as ``null``, as pydantic's JSON does.
    """
    del documents
    json.dump(report_data(report), out, indent=2, ensure_ascii=False, allow_nan=False)
    out.write("\n")
