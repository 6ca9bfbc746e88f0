"""The pre-commit hooks: their definitions, and their entries run as pre-commit runs them on a git repository.

pre-commit runs ``entry`` + ``args`` + the staged file names that match the hook's ``types_or``/``files``, and
fails the commit on a non-zero exit. The tests do the same without the pre-commit package: a ``factcheck`` launcher
(the console script's equivalent) on PATH, a temporary repository, ``git add``, then the hook's command line.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS: dict[str, dict[str, Any]] = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}

# identify's tags (pre-commit's file typing) for the extensions used here
TAGS = {".md": {"text", "markdown"}, ".txt": {"text", "plain-text"}, ".html": {"text", "html"}, ".yaml": {"yaml"}}

RULES = """entities:
  Sudzha: {variants: [Suzha]}
rules:
  - {id: test.sudzha-spelling, type: spelling}
"""

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_hook_definitions() -> None:
    hook = HOOKS["factcheck"]
    assert hook["entry"] == "factcheck check"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "plain-text", "html"]
    assert hook["require_serial"] is True
    rules = HOOKS["factcheck-rules"]
    assert rules["entry"] == "factcheck rules validate" and rules["language"] == "python"
    pattern = re.compile(rules["files"])
    for path in ("rules/kursk.yaml", "newsroom/rules/local.yml", "desk.factcheck.yaml"):
        assert pattern.search(path), path
    for path in (".github/workflows/ci.yaml", "articles/rules.md", "rulesets.yaml", "rules/schema.json"):
        assert not pattern.search(path), path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository, and a ``factcheck`` launcher on PATH (what pre-commit's hook environment provides)."""
    work = tmp_path / "newsroom"
    work.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    launcher = bin_dir / "factcheck"
    launcher.write_text(f"#!{sys.executable}\nimport sys\nfrom factcheck.cli import main\nsys.exit(main())\n")
    launcher.chmod(0o755)
    git(work, "init", "-q")
    return work


def environment(repo: Path) -> dict[str, str]:
    bin_dir = repo.parent / "bin"
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, timeout=60).stdout


def run_hook(repo: Path, hook_id: str, args: list[str]) -> subprocess.CompletedProcess[str] | None:
    """Run a hook as pre-commit would: entry + args + the staged files it selects (None: no file selected)."""
    hook = HOOKS[hook_id]
    staged = git(repo, "diff", "--cached", "--name-only", "--diff-filter=ACMR").split()
    if "types_or" in hook:
        staged = [f for f in staged if TAGS.get(Path(f).suffix, set()) & set(hook["types_or"])]
    if "files" in hook:
        staged = [f for f in staged if re.search(hook["files"], f)]
    if not staged:
        return None
    cmd = [*shlex.split(hook["entry"]), *args, *staged]
    return subprocess.run(cmd, cwd=repo, env=environment(repo), capture_output=True, text=True, timeout=120)


def test_factcheck_hook_passes_a_clean_article_and_fails_a_flagged_one(repo: Path) -> None:
    (repo / "desk.factcheck.yaml").write_text(RULES, encoding="utf-8")
    articles = repo / "articles"
    articles.mkdir()
    (articles / "kursk.md").write_text("# Kursk\n\nTroops left Sudzha on Monday.\n", encoding="utf-8")
    (articles / "notes.yaml").write_text("not: an article\n", encoding="utf-8")
    git(repo, "add", ".")
    args = ["--rules", "desk.factcheck.yaml", "--no-defaults"]

    result = run_hook(repo, "factcheck", args)
    assert result is not None and result.returncode == 0, result and result.stdout + result.stderr
    git(repo, "commit", "-q", "-m", "clean article")

    (articles / "kursk.md").write_text("# Kursk\n\nTroops left Suzha on Monday.\n", encoding="utf-8")
    (articles / "brief.txt").write_text("Nothing to see in Sudzha.\n", encoding="utf-8")
    git(repo, "add", ".")
    result = run_hook(repo, "factcheck", args)
    assert result is not None and result.returncode == 1, result and result.stdout + result.stderr
    assert "articles/kursk.md" in result.stdout and "Suzha" in result.stdout
    assert "in 2 documents" in result.stdout  # both staged articles; the YAML file was not selected


def test_factcheck_hook_selects_no_files_when_only_yaml_is_staged(repo: Path) -> None:
    (repo / "config.yaml").write_text("a: 1\n", encoding="utf-8")
    git(repo, "add", ".")
    assert run_hook(repo, "factcheck", []) is None


def test_rules_hook_validates_staged_rule_files(repo: Path) -> None:
    pytest.importorskip("factcheck.rules.commands", reason="`factcheck rules validate` is not on this branch yet")
    rules = repo / "rules"
    rules.mkdir()
    (rules / "desk.yaml").write_text(RULES, encoding="utf-8")
    git(repo, "add", ".")
    result = run_hook(repo, "factcheck-rules", [])
    assert result is not None and result.returncode == 0, result and result.stdout + result.stderr
    git(repo, "commit", "-q", "-m", "rules")

    (rules / "desk.yaml").write_text(RULES.replace("type: spelling", "type: speling"), encoding="utf-8")
    git(repo, "add", ".")
    result = run_hook(repo, "factcheck-rules", [])
    assert result is not None and result.returncode == 2
    assert "rules/desk.yaml:4:" in result.stderr and "speling" in result.stderr


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="the pre-commit package is not installed (optional)")
def test_pre_commit_try_repo(repo: Path) -> None:  # pragma: no cover - needs pre-commit and network for the hook env
    (repo / "a.md").write_text("Troops left Sudzha on Monday.\n", encoding="utf-8")
    git(repo, "add", ".")
    cmd = ["pre-commit", "try-repo", str(ROOT), "factcheck", "--files", "a.md"]
    result = subprocess.run(cmd, cwd=repo, env=environment(repo), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
