"""The HTML page in headless Chromium: every finding is highlighted, and the filters and clicks work.

Needs Debian's ``chromium`` (``apt-get install -y chromium``); skipped when it is not installed. Set
``FACTCHECK_SCREENSHOT=path.png`` to keep the screenshot for a look.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_fixture import parse_html

from factcheck.models import SEVERITY_RANK, Document, Report
from factcheck.report import render

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,2000",
]


def chromium() -> str:
    for candidate in (os.environ.get("FACTCHECK_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.skip("chromium is not installed (apt-get install -y chromium)")


def run_chromium(tmp_path: Path, page: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done.stdout.decode("utf-8")


def page_file(tmp_path: Path, report: Report, documents: dict[str, Document], extra_script: str = "") -> Path:
    out = io.StringIO(newline="")
    render(report, documents, "html", out)
    html = out.getvalue()
    if extra_script:
        html = html.replace("</body>", f"<script>{extra_script}</script>\n</body>")
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8", newline="")
    return path


def ordered_ids(report: Report) -> dict[str, int]:
    ordered = sorted(report.findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.sort_key()))
    return {f"f{i}": report.findings.index(f) for i, f in enumerate(ordered)}


def test_every_finding_is_highlighted(tmp_path: Path, report: Report, documents: dict[str, Document]) -> None:
    page = page_file(tmp_path, report, documents)
    dom = run_chromium(tmp_path, page, "--dump-dom")
    assert 'data-ready="1"' in dom, "the page script did not run to the end"
    parsed = parse_html(dom)
    assert parsed.docs == {doc_id: doc.text for doc_id, doc in documents.items()}
    for fid, index in ordered_ids(report).items():
        finding = report.findings[index]
        if not finding.evidence:
            continue
        assert fid in parsed.mark_findings, f"{fid} ({finding.rule}) has no highlight"
        for j, ev in enumerate(finding.evidence):
            assert parsed.evidence[f"{fid}.{j}"] == ev.text, f"{fid}.{j} ({finding.rule})"

    shot = Path(os.environ.get("FACTCHECK_SCREENSHOT") or tmp_path / "shot.png")
    run_chromium(tmp_path, page, f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_filters_and_clicks(tmp_path: Path, report: Report, documents: dict[str, Document]) -> None:
    script = """
    var box = document.querySelector('input[name=severity][value=error]');
    box.checked = false;
    box.form.dispatchEvent(new Event('change', { bubbles: true }));
    var warning = document.querySelector('li.finding.sev-warning');
    warning.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    """
    dom = run_chromium(tmp_path, page_file(tmp_path, report, documents, script), "--dump-dom")
    items = re.findall(r'<li class="finding sev-(\w+)"[^>]*?id="(f\d+)"[^>]*>', dom)
    assert items
    for sev, fid in items:
        tag = re.search(rf'<li [^>]*id="{fid}"[^>]*>', dom)
        assert tag is not None
        assert ("hidden" in tag.group(0)) == (sev == "error"), tag.group(0)
    marks = re.findall(r'<mark class="([^"]*)" data-finding="([^"]*)"', dom)
    errors = {fid for sev, fid in items if sev == "error"}
    for classes, fids in marks:
        only_errors = set(fids.split()) <= errors
        assert ("muted" in classes.split()) == only_errors, (classes, fids)
        assert "sev-error" not in classes.split()
    first_warning = next(fid for sev, fid in items if sev == "warning")
    flashed = [fids for classes, fids in marks if "flash" in classes.split()]
    assert flashed and all(first_warning in fids.split() for fids in flashed)
