"""Peak memory of checking the first N articles of an archive: one run over all of them, and ``--each`` (every
article on its own against the archive's index), for growing N.

    python bench/archive_memory.py --archive DIR [--index IX] [--sizes 100,300,1000] [--max-candidates 20]

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


def measure(files: list[Path], *options: str) -> dict[str, float]:
    """Run ``factcheck check FILES… OPTIONS`` in a fresh process; its peak RSS, CPU seconds and counts."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, "check", *map(str, files), *options, "--no-cache", "-f", "json", "-o", out],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        stats = json.loads(done.stderr.strip().splitlines()[-1])
        report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "maxrss_mb": stats["maxrss_mb"],
        "cpu_s": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
        "findings": len(report["findings"]),
        "errors": len(report["errors"]),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, required=True)
    ap.add_argument("--index", type=Path, help="an index of the archive (default: built in a temporary folder)")
    ap.add_argument("--sizes", default="100,300,1000")
    ap.add_argument("--max-candidates", default="20")
    args = ap.parse_args(argv)
    files = archive_files(args.archive)
    sizes = [int(s) for s in args.sizes.split(",")]
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
        print(f"command: python bench/archive_memory.py --archive {args.archive} --sizes {args.sizes}")
        print("| articles | one run: peak RSS, CPU | --each: peak RSS, CPU | findings (one run / --each) |")
        print("| ---: | ---: | ---: | ---: |")
        for n in sizes:
            whole = measure(files[:n])
            each = measure(files[:n], "--against-index", str(index), "--each", "--max-candidates", args.max_candidates)
            print(
                f"| {n:,} | {whole['maxrss_mb']:.0f} MB, {whole['cpu_s']:.1f} s | {each['maxrss_mb']:.0f} MB, "
                f"{each['cpu_s']:.1f} s | {whole['findings']} / {each['findings']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
