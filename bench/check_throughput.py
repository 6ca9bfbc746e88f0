"""Throughput of ``factcheck check`` (default rule set) on a synthetic archive, at 1 job and at every core, against
raw quantulum3 ``parser.parse`` sentence by sentence on the same text, measured in the same run.

    python bench/check_throughput.py [--archive DIR | -n 5000] [--jobs 1,0] [--baseline-sample 500]

Each factcheck run is a fresh ``python -m factcheck check ARCHIVE --no-cache -f json -o /dev/null --jobs J``
subprocess (cold start included) timed by wall clock; its peak memory is the main process's maximum RSS (workers are
forked from a forkserver and are not counted); the report goes to a temporary file (its counts are printed). The
baseline parses the sentences (as factcheck splits them) of a
sample of the same articles, before and after the factcheck runs; throughput ratios use MB/s of document text and
the mean of the two baseline rates. Run by hand; not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNNER = """
import json, resource, sys, time
t = time.perf_counter()
from factcheck.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "seconds": time.perf_counter() - t,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)
"""


def archive_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.txt"))


def run_check(archive: Path, jobs: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    argv = ["check", str(archive), "--no-cache", "-f", "json", "-o", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUNNER, *argv], capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "{}"
    try:
        info = json.loads(last)
    except json.JSONDecodeError:
        raise SystemExit(f"factcheck failed:\n{proc.stderr[-3000:]}") from None
    report = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    counts = {k: len(report[k]) for k in ("findings", "passed", "errors")}
    return {"wall": wall, "maxrss_mb": info["maxrss_mb"], "code": info["code"], **counts}


def baseline(files: list[Path]) -> dict[str, float]:
    """Raw quantulum3: ``parser.parse`` on every sentence of ``files`` (the split itself is not timed)."""
    from factcheck.extract.sentences import split_sentences
    from factcheck.ingest import read_paths
    from factcheck.models import Document

    warnings.filterwarnings("ignore", message="Classifier dependencies")
    from quantulum3 import parser

    docs = [d for d in read_paths(files) if isinstance(d, Document)]
    sentences = [s.span.text for d in docs for s in split_sentences(d)]
    parser.parse("about 12 km on 3 May")  # load its tables before timing
    start = time.perf_counter()
    for s in sentences:
        parser.parse(s)
    seconds = time.perf_counter() - start
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    return {"articles": len(docs), "sentences": len(sentences), "seconds": seconds, "mb": size / 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, help="an archive made by bench/make_archive.py (default: make one)")
    parser.add_argument("-n", "--articles", type=int, default=5000, help="articles to generate without --archive")
    parser.add_argument("--jobs", default="1,0", help="comma-separated --jobs values (0: every core)")
    parser.add_argument("--baseline-sample", type=int, default=500, help="articles parsed by raw quantulum3")
    args = parser.parse_args(argv)

    from factcheck.parallel import cpu_count

    tmp = None
    archive = args.archive
    if archive is None:
        tmp = tempfile.TemporaryDirectory(prefix="factcheck-archive-")
        archive = Path(tmp.name)
        sys.path.insert(0, str(ROOT / "bench"))
        from make_archive import main as make

        make([str(archive), "-n", str(args.articles)])
    files = archive_files(archive)
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    print(
        f"archive: {archive} — {len(files)} articles, {size_mb:.2f} MB; nproc {cpu_count()}; {sys.version.split()[0]}"
    )

    step = max(1, len(files) // args.baseline_sample)
    base = baseline(files[::step][: args.baseline_sample])
    base_mbs = base["mb"] / base["seconds"]
    print(
        f"quantulum3 parse: {base['articles']} articles, {base['sentences']} sentences in {base['seconds']:.1f} s → "
        f"{base['articles'] / base['seconds']:.1f} articles/s, {base_mbs:.4f} MB/s (1 core)"
    )
    runs = [(int(j), run_check(archive, int(j))) for j in args.jobs.split(",")]
    # quantulum3 again after the runs: a shared machine's speed drifts; the ratios use the mean of the two
    after = baseline(files[::step][: args.baseline_sample])
    after_mbs = after["mb"] / after["seconds"]
    print(f"quantulum3 parse after the runs: {after_mbs:.4f} MB/s; ratios below use the mean of before and after")
    base_mbs = (base_mbs + after_mbs) / 2
    for jobs, r in runs:
        cores = cpu_count() if jobs == 0 else jobs
        mbs = size_mb / r["wall"]
        print(
            f"factcheck check --jobs {jobs} ({cores} cores): {r['wall']:.1f} s → {len(files) / r['wall']:.1f} "
            f"articles/s, {mbs:.4f} MB/s; ×{mbs / base_mbs:.2f} quantulum3 (per core ×{mbs / base_mbs / cores:.2f}); "
            f"peak RSS {r['maxrss_mb']:.0f} MB; exit {r['code']}; "
            f"{r['findings']} findings, {r['passed']} passed, {r['errors']} errors"
        )
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
