"""Grading throughput with and without the bubblewrap sandbox, side by side: submissions per
minute with --jobs 2 on N copies of a source notebook.

Run: .venv/bin/python benchmarks/bench_grader.py [--copies 20] [--jobs 2] [--rounds 2] [--notebook PATH]
Every copy runs in its own fresh, limited kernel, exactly as `autograd-tutor grade` does, so
the floor is kernel start-up (about a second of CPU per notebook). The two modes alternate,
round after round, so a busy machine slows both alike; each mode's best round is reported.
The grader's own imports are not counted.

The machine may be shared: besides wall-clock throughput, the CPU time the run used (grader,
kernels and sandboxes; measured in a cpuacct cgroup of its own where the cgroup v1 cpuacct
controller is writable, e.g. as root) gives CPU seconds per submission and the throughput two
idle cores would reach, whatever else runs. The load average is printed too.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograd_tutor.exercises.grade import grader  # noqa: E402
from autograd_tutor.exercises.sandbox import bubblewrap  # noqa: E402

DEFAULT_NOTEBOOK = ROOT / "notebooks" / "exercises" / "01_grad_basics.ipynb"
TARGET_PER_MINUTE = 90  # with the sandbox, on 2 workers (issue 16)


CPUACCT = Path("/sys/fs/cgroup/cpuacct")


class CpuMeter:
    """CPU seconds used by this process and all it starts, from a cpuacct cgroup of its own
    (None where that controller is not there or not writable)."""

    def __init__(self):
        self.group = CPUACCT / f"bench-grader-{os.getpid()}"
        try:
            self.group.mkdir()
            (self.group / "cgroup.procs").write_text(str(os.getpid()))
        except OSError:
            self.group = None

    def seconds(self):
        return int((self.group / "cpuacct.usage").read_text()) / 1e9 if self.group else None

    def close(self):
        if self.group:
            (CPUACCT / "cgroup.procs").write_text(str(os.getpid()))
            for _ in range(50):  # children leave the group as they are reaped
                try:
                    self.group.rmdir()
                    return
                except OSError:
                    time.sleep(0.1)


def grade_once(paths, jobs, sandbox, meter):
    settings = grader.GradeSettings(sandbox="require" if sandbox else "off")
    cpu_before = meter.seconds()
    started = time.monotonic()
    grades = grader.grade_all(paths, settings, jobs=jobs)
    seconds = time.monotonic() - started
    cpu = None if cpu_before is None else (meter.seconds() - cpu_before) / len(grades)
    full = sum(all(row["status"] == "pass" for row in grade.rows()) for grade in grades)
    return 60 * len(grades) / seconds, seconds, full, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--notebook", type=Path, default=DEFAULT_NOTEBOOK)
    args = parser.parse_args()
    reason = bubblewrap.probe()
    if reason is not None:
        print(f"the sandbox cannot run here: {reason}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-grader-"))
    best = {True: None, False: None}
    meter = CpuMeter()
    load_before = os.getloadavg()[0]
    try:
        paths = []
        for index in range(args.copies):
            path = work / f"student{index:03d}" / args.notebook.name
            path.parent.mkdir()
            shutil.copy(args.notebook, path)
            paths.append(path)
        grader.grade_all(paths[:1], grader.GradeSettings(sandbox="require"))  # warm-up: imports, probe
        for _ in range(args.rounds):
            for sandbox in (True, False):
                result = grade_once(paths, args.jobs, sandbox, meter)
                if best[sandbox] is None or result[0] > best[sandbox][0]:
                    best[sandbox] = result
    finally:
        meter.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs")
    for sandbox in (True, False):
        per_minute, seconds, full, cpu = best[sandbox]
        label = "sandboxed  " if sandbox else "unsandboxed"
        cpu_text = "" if cpu is None else f", {cpu:.2f} CPU s per submission (two idle cores: {2 * 60 / cpu:.0f}/minute)"
        print(f"{label}: {args.copies} copies of {args.notebook.name} with --jobs {args.jobs} in {seconds:.1f} s: "
              f"{per_minute:.0f} submissions/minute, {full}/{args.copies} full marks{cpu_text}")
    ratio = best[True][0] / best[False][0]
    print(f"sandboxed / unsandboxed throughput: {ratio:.2f}")
    verdict = "meets" if best[True][0] >= TARGET_PER_MINUTE else "MISSES"
    print(f"{verdict} target >= {TARGET_PER_MINUTE} submissions/minute with the sandbox")
    all_full = all(best[mode][2] == args.copies for mode in best)
    return 0 if all_full and best[True][0] >= TARGET_PER_MINUTE else 1


if __name__ == "__main__":
    sys.exit(main())
