"""Grading throughput with and without the bubblewrap sandbox, side by side: submissions per
minute with --jobs 2 on N copies of a source notebook.

Run: .venv/bin/python benchmarks/bench_grader.py [--copies 20] [--jobs 2] [--rounds 2] [--notebook PATH]
Every copy runs in its own fresh, limited kernel, exactly as `autograd-tutor grade` does, so
the floor is kernel start-up (about a second of CPU per notebook). The two modes alternate,
round after round, so a busy machine slows both alike; each mode's best round is reported.
The grader's own imports are not counted.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograd_tutor.exercises import grader, os_sandbox  # noqa: E402

DEFAULT_NOTEBOOK = ROOT / "notebooks" / "exercises" / "01_grad_basics.ipynb"
TARGET_PER_MINUTE = 90  # with the sandbox, on 2 workers (issue 16)


def grade_once(paths, jobs, sandbox):
    settings = grader.GradeSettings(sandbox="require" if sandbox else "off")
    started = time.monotonic()
    grades = grader.grade_all(paths, settings, jobs=jobs)
    seconds = time.monotonic() - started
    full = sum(all(row["status"] == "pass" for row in grade.rows()) for grade in grades)
    return 60 * len(grades) / seconds, seconds, full


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--notebook", type=Path, default=DEFAULT_NOTEBOOK)
    args = parser.parse_args()
    reason = os_sandbox.probe()
    if reason is not None:
        print(f"the sandbox cannot run here: {reason}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-grader-"))
    best = {True: None, False: None}
    try:
        paths = []
        for index in range(args.copies):
            path = work / f"student{index:03d}" / args.notebook.name
            path.parent.mkdir()
            shutil.copy(args.notebook, path)
            paths.append(path)
        for _ in range(args.rounds):
            for sandbox in (True, False):
                result = grade_once(paths, args.jobs, sandbox)
                if best[sandbox] is None or result[0] > best[sandbox][0]:
                    best[sandbox] = result
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for sandbox in (True, False):
        per_minute, seconds, full = best[sandbox]
        label = "sandboxed  " if sandbox else "unsandboxed"
        print(f"{label}: {args.copies} copies of {args.notebook.name} with --jobs {args.jobs} in {seconds:.1f} s: "
              f"{per_minute:.0f} submissions/minute, {full}/{args.copies} full marks")
    ratio = best[True][0] / best[False][0]
    print(f"sandboxed / unsandboxed throughput: {ratio:.2f}")
    verdict = "meets" if best[True][0] >= TARGET_PER_MINUTE else "MISSES"
    print(f"{verdict} target >= {TARGET_PER_MINUTE} submissions/minute with the sandbox")
    all_full = all(best[mode][2] == args.copies for mode in best)
    return 0 if all_full and best[True][0] >= TARGET_PER_MINUTE else 1


if __name__ == "__main__":
    sys.exit(main())
