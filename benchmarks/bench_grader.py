"""Grading throughput: submissions per minute with --jobs 2 on N copies of a source notebook.

Run: .venv/bin/python benchmarks/bench_grader.py [--copies 12] [--jobs 2] [--notebook PATH]
Every copy runs in its own fresh, limited kernel, exactly as `autograd-tutor grade` does, so
the floor is kernel start-up (about a second of CPU per notebook). The grader's own imports
are not counted.
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

DEFAULT_NOTEBOOK = ROOT / "notebooks" / "exercises" / "01_grad_basics.ipynb"
TARGET_PER_MINUTE = 60  # within twice the floor: about a second of kernel start-up CPU per notebook, two cores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--notebook", type=Path, default=DEFAULT_NOTEBOOK)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-grader-"))
    try:
        paths = []
        for index in range(args.copies):
            path = work / f"student{index:03d}" / args.notebook.name
            path.parent.mkdir()
            shutil.copy(args.notebook, path)
            paths.append(path)
        started = time.monotonic()
        grades = grader.grade_all(paths, grader.GradeSettings(), jobs=args.jobs)
        seconds = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    full = sum(all(row["status"] == "pass" for row in grade.rows()) for grade in grades)
    per_minute = 60 * len(grades) / seconds
    mean = sum(grade.seconds for grade in grades) / len(grades)
    print(f"graded {len(grades)} copies of {args.notebook.name} with --jobs {args.jobs} in {seconds:.1f} s: "
          f"{per_minute:.0f} submissions/minute, {mean:.2f} s per submission per worker, "
          f"{full}/{len(grades)} full marks")
    verdict = "meets" if per_minute >= TARGET_PER_MINUTE else "MISSES"
    print(f"{verdict} target >= {TARGET_PER_MINUTE} submissions/minute")
    return 0 if full == len(grades) and per_minute >= TARGET_PER_MINUTE else 1


if __name__ == "__main__":
    sys.exit(main())
