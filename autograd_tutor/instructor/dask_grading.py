"""`grade --dask ADDRESS`: grading on a dask.distributed cluster (`local`: a LocalCluster here).

One task per submission; a worker with 2n threads runs n submissions' code at a time while
n more kernels start, as `--jobs n` does locally. A task carries the notebook's bytes (workers need no shared file
system), the run's settings with its seed fixed here, and the source of the instructor's
banks; it grades the notebook exactly as a local run does (grader.grade_submission in a fresh
kernel on the worker), so the same seed gives the same rows. Each worker process watches its
own copy of the grader's files (exercises/grade/integrity.py); a task reports what changed, and the run then
ends as a tampered local run does.

Slurm, PBS and other batch queues: start a cluster with dask-jobqueue and pass its scheduler
address; Kubernetes: dask-kubernetes or the Dask Helm chart, the same way (docs/interop.md).
"""

import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

INSTALL_HINT = "grade --dask needs dask.distributed: pip install 'autograd-tutor[dask]'"


@dataclass
class DaskRun:
    grades: list
    tampered: list = field(default_factory=list)  # what workers found changed, if anything


def grade_on_dask(paths, settings, address, workers=2, bank_dirs=(), on_done=None, progress=False):
    """Grade `paths` on the cluster at `address` ("local": a LocalCluster of `workers` worker
    processes). Results come back in the order of `paths`."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RuntimeError(INSTALL_HINT) from None
    from ..exercises import registry
    from ..exercises.grade.grader import _progress_bar
    from ..exercises.registry.external_banks import bank_sources

    paths = [Path(path) for path in paths]
    # One seed for the whole run, and the sandbox decided, here (as grader.grade_all does).
    settings = settings.with_seed().with_sandbox()
    registry.all_exercises()  # a broken answer key fails here, not on every worker
    banks = bank_sources(bank_dirs)
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=2, processes=True,
                               dashboard_address=None)
    try:
        with Client(cluster or address) as client:
            futures = {
                client.submit(grade_remote, str(path), path.read_bytes(), settings, banks,
                              key=f"grade-{index}-{hashlib.sha256(str(path).encode()).hexdigest()[:16]}"): path
                for index, path in enumerate(paths)
            }
            results, tampered = {}, []
            bar = _progress_bar(len(paths), progress)
            for future in as_completed(futures):
                grade, changed = future.result()
                results[futures[future]] = grade
                if changed:
                    tampered.append(changed)
                if on_done:
                    on_done(grade)
                bar.update(1)
            bar.close()
    finally:
        if cluster is not None:
            cluster.close()
    return DaskRun([results[path] for path in paths], tampered)


_watch = None  # one per worker process, as a local run has one per run
_gate = None  # per worker process: how many submissions run their code at once
_lock = threading.Lock()
_bank_dirs = {}  # digest of a bank's sources -> its directory on this worker


def grade_remote(name, data, settings, banks):
    """Runs on a worker: grade one notebook given as bytes. Returns (grade, what changed in
    the grader's files, or "")."""
    global _watch, _gate
    from ..exercises.grade import grader
    from ..exercises.grade.integrity import TamperWatch

    with _lock:
        _use_banks(banks)
        if _watch is None:
            _watch = TamperWatch()
            # As grader.grade_all does with --jobs: half of the worker's threads run submissions,
            # the other half start the next kernels meanwhile (start-up is mostly waiting).
            _gate = threading.Semaphore(max(1, _worker_threads() // 2))
    with tempfile.TemporaryDirectory(prefix="autograd-tutor-dask-") as folder:
        path = Path(folder) / Path(name).name  # the file name may name the assignment
        path.write_bytes(data)
        grade = grader.grade_submission(path, settings, _watch, None, _gate)
    grade.notebook = name
    return grade, _watch.describe() if _watch.changes() else ""


def _worker_threads():
    try:
        from dask.distributed import get_worker

        return get_worker().state.nthreads
    except (ImportError, ValueError, AttributeError):
        return 2


def _use_banks(banks):
    """Rebuild the instructor's banks on this worker (once per content) and load them."""
    if not banks:
        return
    from ..exercises.registry.external_banks import add_bank

    digest = hashlib.sha256(repr(sorted(banks.items())).encode()).hexdigest()
    if digest in _bank_dirs:
        return
    root = Path(tempfile.mkdtemp(prefix="autograd-tutor-bank-"))
    os.chmod(root, 0o700)  # hidden references: readable by this worker's user only
    for name, text in banks.items():
        path = root / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
    for directory in sorted({(root / name).parent for name in banks}):
        add_bank(directory)
    _bank_dirs[digest] = root
