"""A pids cgroup per workspace: how the process limit holds when the grader runs as root.

Linux does not apply RLIMIT_NPROC to root, so a root grader puts each workspace's processes
in a fresh pids cgroup with pids.max set, when the cgroup filesystem (v1 or v2) is writable.
Leftovers are killed by cgroup membership.
"""

import itertools
import os
import time
from pathlib import Path

from .processes import kill

CGROUP_V1_PIDS = Path("/sys/fs/cgroup/pids")
CGROUP_V2 = Path("/sys/fs/cgroup")
_cgroup_names = itertools.count()


def _cgroup_parent():
    if (CGROUP_V1_PIDS / "cgroup.procs").exists():
        return CGROUP_V1_PIDS
    controls = CGROUP_V2 / "cgroup.subtree_control"
    if controls.exists() and "pids" in controls.read_text().split():
        return CGROUP_V2
    return None


def new_pids_cgroup(processes):
    parent = _cgroup_parent()
    if parent is None:
        return None
    path = parent / f"autograd-tutor-{os.getpid()}-{next(_cgroup_names)}"
    try:
        path.mkdir()
        (path / "pids.max").write_text(str(processes))
    except OSError:
        remove_cgroup(path)
        return None
    return path


def kill_cgroup(path):
    for _ in range(10):
        try:
            pids = [int(pid) for pid in (path / "cgroup.procs").read_text().split()]
        except OSError:
            return
        if not pids:
            return
        for pid in pids:
            kill(pid)
        time.sleep(0.02)


def remove_cgroup(path):
    for _ in range(50):  # a killed process leaves its cgroup a moment later
        try:
            path.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            kill_cgroup(path)
            time.sleep(0.02)
