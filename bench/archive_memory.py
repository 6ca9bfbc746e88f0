"""Peak memory of checking the first N articles of an archive: one run over all of them, ``--each`` (every
article on its own against the archive's index) writing one JSON report, and ``--each --format jsonl`` (verdicts
streamed out as each article is checked), for growing N.

    python bench/archive_memory.py --archive DIR [--index IX] [--sizes 100,300,1000] [--max-candidates 20]
        [--modes run,each,jsonl]

The index (of the whole archive, built with ``--index-only --jobs 0`` unless ``--index`` names one) is the corpus
each article is compared with. Every measurement is a fresh subprocess running the CLI in-process
(``bench/check_throughput.py``'s runner): its peak RSS, CPU seconds and the report's counts. Run by hand; not part
of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from check_throughput import RUNNER, archive_files  # noqa: E402


def measure(files: list[Path], *options: str, fmt: str = "json") -> dict[str, float]:
    """Run ``factcheck check FILES… OPTIONS`` in a fresh process; its peak RSS, CPU seconds and counts."""
    from factcheck.report.jsonl import read

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"report.{fmt}"
        argv = ["check", *map(str, files), *options, "--no-cache", "-f", fmt, "-o", str(out)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, *argv],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        stats = json.loads(done.stderr.strip().splitlines()[-1])
        if fmt == "jsonl":
            with out.open(encoding="utf-8") as lines:
                counts = read(lines).summary  # refuses a stream without its summary line
        else:
            report = json.loads(out.read_text(encoding="utf-8"))
            counts = {k: len(report[k]) for k in ("findings", "errors")}
        size_mb = out.stat().st_size / 2**20
    return {
        "maxrss_mb": stats["maxrss_mb"],
        "cpu_s": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
        "findings": counts["findings"],
        "errors": counts["errors"],
        "size_mb": size_mb,
        "code": stats["code"],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, required=True)
    ap.add_argument("--index", type=Path, help="an index of the archive (default: built in a temporary folder)")
    ap.add_argument("--sizes", default="100,300,1000")
    ap.add_argument("--max-candidates", default="20")
    ap.add_argument("--modes", default="run,each,jsonl", help="of run (one run), each (--each -f json), jsonl")
    args = ap.parse_args(argv)
    files = archive_files(args.archive)
    sizes = [int(s) for s in args.sizes.split(",")]
    modes = args.modes.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or Path(tmp) / "ix"
        if args.index is None:
            build = ["check", str(args.archive), "--index", str(index), "--index-only", "--jobs", "0"]
            subprocess.run(
                [sys.executable, "-m", "factcheck", *build],
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                check=True,
            )
        print(f"archive {args.archive}: {len(files)} articles; index {index}; cores {os.cpu_count()}")
        print(f"command: python bench/archive_memory.py --archive {args.archive} --sizes {args.sizes}", end="")
        print(f" --max-candidates {args.max_candidates} --modes {args.modes}")
        titles = {"run": "one run", "each": "`--each -f json`", "jsonl": "`--each -f jsonl`"}
        print("| articles | " + " | ".join(f"{titles[m]}: peak RSS, CPU" for m in modes) + " | findings | output |")
        print("| ---: |" + " ---: |" * (len(modes) + 2))
        each = ["--against-index", str(index), "--each", "--max-candidates", args.max_candidates]
        for n in sizes:
            got = {}
            for mode in modes:
                if mode == "run":
                    got[mode] = measure(files[:n])
                else:
                    got[mode] = measure(files[:n], *each, fmt="jsonl" if mode == "jsonl" else "json")
            cells = [f"{g['maxrss_mb']:.0f} MB, {g['cpu_s']:.1f} s" for g in got.values()]
            findings = " / ".join(f"{g['findings']:,}" for g in got.values())
            sizes_mb = " / ".join(f"{g['size_mb']:.1f} MB" for g in got.values())
            print(f"| {n:,} | " + " | ".join(cells) + f" | {findings} | {sizes_mb} |", flush=True)


if __name__ == "__main__":
    main()
