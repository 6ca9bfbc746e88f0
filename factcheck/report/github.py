"""github: GitHub Actions workflow commands, one ``::error``/``::warning``/``::notice`` line per finding.

Positions follow ruff's ``--output-format github``: ``line``/``col`` of the first evidence's start and
``endLine``/``endColumn`` of its end (exclusive), 1-based, columns in code points. Report ``errors`` become
``::error`` lines titled ``factcheck``. Escaping is GitHub's (actions/toolkit ``command.ts``): ``%``, CR and
LF in the message; additionally ``:`` and ``,`` in property values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TextIO

from factcheck.models import Document, Finding, Report
from factcheck.report._common import line_col, ordered, relative_path

COMMANDS: dict[str, str] = {"error": "error", "warning": "warning", "info": "notice"}

_SOURCE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::(?P<col>\d+))?$")


def escape_data(text: str) -> str:
    """Escape a command's message: ``%`` → ``%25``, CR → ``%0D``, LF → ``%0A``."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as :func:`escape_data`, plus ``:`` → ``%3A`` and ``,`` → ``%2C``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int], message: str) -> str:
    """One workflow command line (without the newline)."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def finding_command(finding: Finding, documents: Mapping[str, Document]) -> str:
    props: dict[str, str | int] = {}
    if finding.evidence:
        ev = finding.evidence[0]
        props["file"] = relative_path(ev.document)
        start = line_col(documents, ev.document, ev.start)
        end = line_col(documents, ev.document, ev.end)
        if start is not None and end is not None:
            props.update(line=start[0], col=start[1], endLine=end[0], endColumn=end[1])
    elif finding.documents:
        props["file"] = relative_path(finding.documents[0])
    props["title"] = finding.rule
    return command(COMMANDS[finding.severity], props, finding.message)


def render(report: Report, documents: Mapping[str, Document], out: TextIO) -> None:
    """Write one workflow command per finding (errors first), then one ``::error`` per report error."""
    for finding in ordered(report.findings):
        out.write(finding_command(finding, documents) + "\n")
    for error in report.errors:
        props: dict[str, str | int] = {}
        match = _SOURCE.match(error.source)
        if match:
            props["file"] = relative_path(match["file"])
            props["line"] = int(match["line"])
            if match["col"]:
                props["col"] = int(match["col"])
        props["title"] = "factcheck"
        out.write(command("error", props, f"{error.source}: {error.message}") + "\n")
