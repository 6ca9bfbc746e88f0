"""Findings between different stories when every hand-written set's documents are checked in one run.

Run by hand (not a test), from the repository root:

    PYTHONPATH=. python bench/batch.py [SET_DIR ...] [--min-severity info|warning|error] [--keep DIR]

Each ``SET_DIR`` is a folder of documents (default: ``bench/planted``, every ``bench/heldout*`` and ``seeds``). Their
``.md`` and ``.txt`` files are copied into one temporary folder under unique names (``heldout12__pair-01a.md``,
``seeds__000_73fcdc58ae80f973.txt``; a set's ``index.yaml`` sidecar is carried over under the new names) and checked
together in one run with the built-in rules only, as ``factcheck check DIR --no-cache`` does, so that every
cross-document check compares every pair of documents of every set. A case is one ``art-NN.md`` or one pair's
documents (the set's ``answers.yaml``) of one set; a set without ``answers.yaml`` (the seeds) is one case. The sets
are unrelated stories, so a finding whose evidence spans two cases is a false alarm between stories: what
``align.one_story`` is there to prevent. Prints the number of documents, the findings per check and severity, and
every cross-story finding with its message and quotes, then their count per check.

The figure of the CHANGELOG and docs/benchmarks-heldout14.md ("370-article batch": 370 documents, 367 findings, 11
cross-story warnings) is ``bench/planted bench/heldout bench/heldout2 … bench/heldout14`` without the seeds (43 + 38 +
38 + 23 + 16 + 20 + 30 + 18 + 24 + 15 + 25 + 20 × 4 = 370 documents).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.engine import check  # noqa: E402
from factcheck.ingest import SIDECAR  # noqa: E402
from factcheck.models import SEVERITY_RANK, Finding  # noqa: E402

SUFFIXES = (".md", ".txt")
SEP = "__"


def _natural(path: Path) -> tuple[str, int]:
    m = re.fullmatch(r"(\D*)(\d*)", path.name)
    return (m.group(1), int(m.group(2) or 0)) if m else (path.name, 0)


def default_sets() -> list[Path]:
    """``bench/planted``, ``bench/heldout``, ``bench/heldout2`` … in numeric order, then ``seeds``."""
    heldout = sorted((p for p in (ROOT / "bench").glob("heldout*") if p.is_dir()), key=_natural)
    return [ROOT / "bench" / "planted", *heldout, ROOT / "seeds"]


def _case_of(set_dir: Path) -> dict[str, str]:
    """File name -> case name within one set: an article is its own case, a pair's documents one case."""
    answers = set_dir / "answers.yaml"
    if not answers.is_file():
        return {}
    spec = yaml.safe_load(answers.read_text(encoding="utf-8")) or {}
    cases = {name: name.removesuffix(".md") for name in spec.get("articles") or {}}
    for name, pair in (spec.get("pairs") or {}).items():
        cases.update({doc: name for doc in pair["documents"]})
    return cases


def build(sets: list[Path], folder: Path) -> dict[str, str]:
    """Copy every set's documents into ``folder`` under unique names; return file name -> ``set/case``."""
    cases: dict[str, str] = {}
    sidecar: dict[str, dict] = {}
    for set_dir in sets:
        label = set_dir.resolve().name
        within = _case_of(set_dir)
        meta_file = set_dir / SIDECAR
        meta = yaml.safe_load(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        meta = meta.get("documents", meta) if isinstance(meta, dict) else {}
        for doc in sorted(p for p in set_dir.iterdir() if p.is_file() and p.suffix in SUFFIXES):
            name = f"{label}{SEP}{doc.name}"
            if name in cases:
                raise SystemExit(f"two sets named {label!r}: {name} would be copied twice")
            shutil.copyfile(doc, folder / name)
            # a set without answers.yaml (the seeds) is one case; a document answers.yaml does not name is its own
            case = within.get(doc.name, doc.stem) if within else "all"
            cases[name] = f"{label}/{case}"
            if isinstance(meta.get(doc.name), dict):
                sidecar[name] = meta[doc.name]
    if sidecar:
        (folder / SIDECAR).write_text(yaml.safe_dump(sidecar, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return cases


def _spans(finding: Finding, cases: dict[str, str]) -> list[str]:
    """The cases the finding's evidence quotes come from, in order of first appearance."""
    seen: dict[str, None] = {}
    for ev in finding.evidence:
        seen.setdefault(cases.get(Path(ev.document).name, Path(ev.document).name), None)
    return list(seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="set folders (default: planted, heldout*, seeds)")
    parser.add_argument("--min-severity", default="info", choices=list(SEVERITY_RANK))
    parser.add_argument("--keep", type=Path, help="build the folder here (must not exist) and keep it")
    args = parser.parse_args()
    sets = args.sets or default_sets()
    for s in sets:
        if not s.is_dir():
            raise SystemExit(f"not a folder: {s}")
    floor = SEVERITY_RANK[args.min_severity]
    with tempfile.TemporaryDirectory(prefix="factcheck-batch-") as tmp:
        folder = Path(tmp)
        if args.keep:
            args.keep.mkdir(parents=True)
            folder = args.keep
        cases = build(sets, folder)
        report = check(sorted(str(folder / name) for name in cases))
    print(f"sets: {' '.join(s.resolve().name for s in sets)}")
    print(f"{len(cases)} documents, {len(set(cases.values()))} cases")
    for err in report.errors:
        print(f"ERROR\t{err.source}: {err.message}")
    findings = [f for f in sorted(report.findings, key=lambda f: f.sort_key()) if SEVERITY_RANK[f.severity] >= floor]
    counts = Counter((f.check, f.severity) for f in findings)
    print(f"\n{len(findings)} findings")
    for (name, severity), n in sorted(counts.items()):
        print(f"  {name:<24} {severity:<8} {n}")
    cross = [(f, spans) for f in findings if len(spans := _spans(f, cases)) > 1]
    print("\ncross-story findings (evidence from two or more cases):")
    for f, spans in cross:
        print(f"\n{f.severity}\t{f.check}\t{' + '.join(spans)}\n  {f.message}")
        for ev in f.evidence:
            print(f"  {Path(ev.document).name}: {ev.text[:160]!r}")
    per_check = Counter(f.check for f, _ in cross)
    detail = ", ".join(f"{n} {name}" for name, n in sorted(per_check.items()))
    print(f"\n{len(cross)} cross-story findings" + (f" ({detail})" if detail else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
