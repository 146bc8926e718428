"""Grading throughput, side by side: `grade --jobs 2` against `grade --dask local` (a 2-worker
dask.distributed LocalCluster) on the same N copies of a source notebook, with the same seed.

Run: .venv/bin/python benchmarks/bench_dask_grading.py [--copies 20] [--workers 2] [--notebook PATH]
Both runs grade every copy in its own fresh, limited kernel; the Dask run's time includes
starting and stopping the cluster, as `grade --dask local` does. The rows of both runs must be
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

from autograd_tutor.exercises import grader  # noqa: E402
from autograd_tutor.instructor.dask_grading import grade_on_dask  # noqa: E402

DEFAULT_NOTEBOOK = ROOT / "notebooks" / "exercises" / "01_grad_basics.ipynb"
SEED = 1234
TARGET_RATIO = 1.5  # the Dask run takes at most 1.5 times as long as --jobs 2 on the same cores


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
        started = time.monotonic()
        dask = grade_on_dask(paths, settings, "local", workers=args.workers).grades
        dask_seconds = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    same = [grade.rows() for grade in local] == [grade.rows() for grade in dask]
    full = sum(all(row["status"] == "pass" for row in grade.rows()) for grade in dask)
    print(f"{args.copies} copies of {args.notebook.name}, seed {SEED}:")
    print(f"  grade --jobs {args.workers}:                {local_seconds:6.1f} s  {60 * len(local) / local_seconds:5.0f} submissions/minute")
    print(f"  grade --dask local ({args.workers} workers): {dask_seconds:6.1f} s  {60 * len(dask) / dask_seconds:5.0f} submissions/minute")
    print(f"  same rows: {'yes' if same else 'NO'}; full marks {full}/{len(dask)}")
    ratio = dask_seconds / local_seconds
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"Dask/local time ratio {ratio:.2f} ({verdict} target <= {TARGET_RATIO})")
    return 0 if same and full == len(dask) and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
