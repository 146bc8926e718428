"""Run an expensive grading step once per test session, even when pytest-xdist spreads the
tests that need it over several workers: the first worker computes under a file lock and
leaves a JSON result behind; the others wait for it and read it."""

import fcntl
import json
import os


def once_per_session(tmp_path_factory, name, compute):
    """`compute(directory)` -> JSON-able result, computed by one worker only."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # shared by all workers of this session
    result_path = root / f"{name}.json"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if result_path.exists():
            return json.loads(result_path.read_text())
        directory = root / name
        directory.mkdir(exist_ok=True)
        result = compute(directory)
        result_path.write_text(json.dumps(result))
        return result
