"""Wall time of factcheck.distributed.check_archive on a local Dask cluster vs the single-process engine.

    PYTHONPATH=. python bench/distributed_run.py --copies 20 --workers 2

The archive is the seeds plus ``copies`` rewrite-like variants of each (numbers changed, hedges dropped, cut short),
written to a temporary folder; both runs use the default rule set and must give the same findings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import engine
from factcheck.distributed import check_archive, read_findings
from tests.test_distributed import SEEDS, key, variant


def main() -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("factcheck.distributed").setLevel(logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=25)
    args = ap.parse_args()
    from distributed import Client, LocalCluster

    root = Path(tempfile.mkdtemp())
    index = []
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = seed.read_text(encoding="utf-8")
        for c in range(args.copies):
            name = f"{i:03d}_{c:04d}.txt"
            (root / name).write_text(variant(text, c + 1), encoding="utf-8")
            index.append(f"{name}: {{published: 2025-03-13}}")
    (root / "index.yaml").write_text("\n".join(index) + "\n")
    paths = [str(SEEDS), str(root)]
    mb = sum(p.stat().st_size for p in [*SEEDS.glob("*.txt"), *root.glob("*.txt")]) / 1e6

    t = time.perf_counter()
    single = engine.check(paths)
    t_single = time.perf_counter() - t
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        t = time.perf_counter()
        result = check_archive(paths, output=root / "out", client=client, partition_size=args.partition_size)
        t_dist = time.perf_counter() - t
    same = key(read_findings(result.files["findings"])) == key(single.findings)
    n = result.documents
    print(f"cores={os.cpu_count()} documents={n} MB={mb:.2f} findings={len(single.findings)} same={same}")
    print(f"single-process: {t_single:.1f} s ({n / t_single:.1f} docs/s)")
    print(f"dask {args.workers} workers: {t_dist:.1f} s ({n / t_dist:.1f} docs/s), groups={result.groups}")


if __name__ == "__main__":
    main()
