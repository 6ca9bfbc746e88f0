"""The command line: exit codes 0/1/2, every output format, stdout holding only the report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
BAD = "Of 1,200 staff, 300 — a third — were laid off on Monday.\n"
GOOD = "Of 1,200 staff, 300 — a quarter — were laid off on Monday.\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_exit_0_when_clean_and_1_with_findings(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles / "good.txt")]) == 0
    assert main(["check", str(articles / "bad.txt")]) == 1
    out = capsys.readouterr().out
    assert f"{articles / 'bad.txt'}:1:" in out and "generic.percent-of" in out and "a third" in out


def test_fail_on_sets_the_threshold(articles: Path) -> None:
    assert main(["check", str(articles / "bad.txt"), "--fail-on", "never", "-q"]) == 0
    assert main(["check", str(articles / "bad.txt"), "--fail-on", "warning", "-q"]) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],  # no path
        ["check", "x.txt", "--format", "pdf"],  # unknown format
        ["check", "x.txt", "--fail-on", "sometimes"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_input_and_rule_errors_exit_2_and_name_the_file(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles / "missing.txt")]) == 2
    assert "missing.txt: no such file or directory" in capsys.readouterr().out
    rules = articles / "broken.yaml"
    rules.write_text("rules:\n  - {id: x.y, type: percentof}\n", encoding="utf-8")
    assert main(["check", str(articles / "good.txt"), "--rules", str(rules), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["errors"][0]["source"].startswith(f"{rules}:2:")
    assert "did you mean 'percent-of'" in report["errors"][0]["message"]


def test_json_stdout_is_exactly_one_object(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles), "--format", "json"]) == 1
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report["schema_version"] == "1"
    assert [f["rule"] for f in report["findings"]] == ["generic.percent-of"]
    assert "generic.percent-of" in [p["rule"] for p in report["passed"]]


@pytest.mark.parametrize("fmt", ["sarif", "github", "html"])
def test_every_format_renders(articles: Path, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / f"report.{fmt}"
    assert main(["check", str(articles / "bad.txt"), "--format", fmt, "-o", str(out_file)]) == 1
    assert capsys.readouterr().out == ""
    text = out_file.read_text(encoding="utf-8")
    if fmt == "sarif":
        assert json.loads(text)["runs"][0]["results"][0]["ruleId"] == "generic.percent-of"
    elif fmt == "github":
        assert text.startswith("::error file=")
    else:
        assert "<mark" in text and "a third" in text


def test_extract_prints_intervals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ROOT / "seeds" / "000_73fcdc58ae80f973.txt")]) == 0
    out = capsys.readouterr().out
    assert "'nearly 1,300 square kilometers'" in out and "1,170–1,300" in out
    assert main(["extract", str(ROOT / "seeds" / "001_25726fa2f63e0101.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(q["span"]["text"] == "over 400" for q in data[0]["quantities"])


def test_rules_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate", str(ROOT / "rules")]) == 0
    assert main(["rules", "list", str(ROOT / "rules")]) == 0
    listing = capsys.readouterr().out
    assert "kursk.area-retaken" in listing and "generic.percent-of" in listing
    assert main(["explain", "percent-of"]) == 0
    assert "Flags:" in capsys.readouterr().out


def test_version_is_fast_and_imports_nothing_heavy() -> None:
    code = (
        "import sys; import factcheck.cli; "
        "print(sorted(m for m in ('pint', 'quantulum3', 'pydantic', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_an_unwritable_output_and_a_missing_index_exit_2_without_traceback(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "dir" / "r.html"
    assert main(["check", str(articles / "good.txt"), "-f", "html", "-o", str(out)]) == 2
    assert f"factcheck: {out}: No such file or directory" in capsys.readouterr().err
    missing = tmp_path / "never-built"
    assert main(["check", str(articles / "good.txt"), "--against-index", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no factcheck index here" in err and "Traceback" not in err
    assert not missing.exists()
