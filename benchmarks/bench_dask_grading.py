"""Grading throughput, side by side: `grade --jobs 2` against `grade --dask local` (a 2-worker
dask.distributed LocalCluster) on the same N copies of a source notebook, with the same seed.

Run: .venv/bin/python benchmarks/bench_dask_grading.py [--copies 20] [--workers 2] [--notebook PATH]
Both runs grade every copy in its own fresh, limited kernel; the Dask run's time is given with
and without starting the cluster (which `grade --dask local` does on every run). The rows of both runs must be
the same. On one machine Dask adds scheduling and one process per worker; what it buys is more
machines (docs/interop.md), so the target is only that it stays near the local run here.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograd_tutor.exercises.grade import grader  # noqa: E402
from autograd_tutor.instructor.dask_grading import grade_on_dask  # noqa: E402

DEFAULT_NOTEBOOK = ROOT / "notebooks" / "exercises" / "01_grad_basics.ipynb"
SEED = 1234
# Once the cluster is up, the Dask run takes at most 1.5 times as long as --jobs 2 on the same
# cores (the cluster's start, a few seconds of two processes importing Dask, is printed apart).
TARGET_RATIO = 1.5


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--notebook", type=Path, default=DEFAULT_NOTEBOOK)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    try:
        paths = []
        for index in range(args.copies):
            path = work / f"student{index:03d}" / args.notebook.name
            path.parent.mkdir()
            shutil.copy(args.notebook, path)
            paths.append(path)
        settings = grader.GradeSettings(seed=SEED)
        started = time.monotonic()
        local = grader.grade_all(paths, settings, jobs=args.workers)
        local_seconds = time.monotonic() - started
        from dask.distributed import LocalCluster

        started = time.monotonic()
        # The cluster `grade --dask local` starts, started here to time it apart.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=2, processes=True, dashboard_address=None)
        start_seconds = time.monotonic() - started
        try:
            dask = grade_on_dask(paths, settings, cluster.scheduler_address).grades
        finally:
            cluster.close()
        dask_seconds = time.monotonic() - started
        grading_seconds = dask_seconds - start_seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)
    same = [grade.rows() for grade in local] == [grade.rows() for grade in dask]
    full = sum(all(row["status"] == "pass" for row in grade.rows()) for grade in dask)
    print(f"{args.copies} copies of {args.notebook.name}, seed {SEED}:")
    print(f"  grade --jobs {args.workers}:                {local_seconds:6.1f} s  {60 * len(local) / local_seconds:5.0f} submissions/minute")
    print(f"  grade --dask local ({args.workers} workers): {dask_seconds:6.1f} s  {60 * len(dask) / dask_seconds:5.0f} submissions/minute"
          f"  (cluster start {start_seconds:.1f} s, then {grading_seconds:.1f} s: {60 * len(dask) / grading_seconds:.0f}/minute)")
    print(f"  same rows: {'yes' if same else 'NO'}; full marks {full}/{len(dask)}")
    ratio = grading_seconds / local_seconds
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"Dask/local time ratio {dask_seconds / local_seconds:.2f} with the cluster's start, "
          f"{ratio:.2f} without ({verdict} target <= {TARGET_RATIO} without)")
    return 0 if same and full == len(dask) and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
