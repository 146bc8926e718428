"""The real grader, run from a snapshot of the package in a temporary directory.

A grading run stops when the package's files change under it (integrity.py), and the
working tree changes whenever someone edits it while the tests run. So grading tests run
the grader in a child process from a copy taken when they start: its kernels and sandbox
import that copy too, which also keeps attacks that write to the package off the working tree.
"""

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "autograd_tutor"

CLI = "from autograd_tutor.app.cli import main; raise SystemExit(main())"

_GRADE_ALL = """
import json, pickle, sys
from autograd_tutor.exercises.grade import grader
paths, settings, jobs, out = pickle.loads(sys.stdin.buffer.read())
reports = [grade.as_report() for grade in grader.grade_all(paths, settings, jobs=jobs)]
with open(out, "w") as handle:
    json.dump(reports, handle, default=str)
"""


def snapshot_package(root):
    """Copy the package into `root` (made if needed); returns `root`, to run from."""
    root = Path(root)
    shutil.copytree(PACKAGE, root / "autograd_tutor", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def run_python(root, code, *args, stdin=None, timeout=900):
    """Run `python -c code args` with the snapshot in `root` as the package."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], cwd=str(root), env=env,
        input=stdin, capture_output=True, timeout=timeout,
    )


def grade_all_in_snapshot(root, paths, settings, jobs=1):
    """`grader.grade_all(paths, settings, jobs)` run from the snapshot -> the JSON reports."""
    out = Path(root) / "reports.json"
    request = pickle.dumps(([str(path) for path in paths], settings, jobs, str(out)))
    result = run_python(root, _GRADE_ALL, stdin=request)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.decode(errors="replace")[-4000:])
    return json.loads(out.read_text())
