"""A dedicated unprivileged uid per workspace, when the grader runs as root.

Used when the Python installation is readable by other users (checked once): student code
then runs as a uid of its own and cannot touch the grader's files. Each workspace locks its
uid from a private range for as long as it runs, so parallel workers never share one; a
uid's leftover processes are killed by owner.
"""

import fcntl
import functools
import os
import stat
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .processes import kill_processes_of
from .trusted_code import python_running

UID_BASE = int(os.environ.get("AUTOGRAD_TUTOR_SANDBOX_UID_BASE", "61000"))
UID_SLOTS = 1000
LOCK_DIR = Path(tempfile.gettempdir()) / "autograd-tutor-sandbox-uids"


@contextmanager
def dedicated_uid():
    if os.geteuid() != 0 or not python_usable_by(UID_BASE + UID_SLOTS):
        yield None
        return
    private_lock_dir()
    for slot in range(UID_SLOTS):
        uid = UID_BASE + slot
        # O_NOFOLLOW and no truncation: a planted symlink makes this fail, never write through it.
        handle = os.fdopen(os.open(LOCK_DIR / f"{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600), "r+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        try:
            kill_processes_of(uid)  # left over by a grader that was itself killed
            yield uid
        finally:
            handle.close()  # closing releases the lock
        return
    raise RuntimeError(f"all {UID_SLOTS} sandbox uids from {UID_BASE} are in use")


def private_lock_dir():
    """The uid lock folder, refused unless it is a real directory of ours that nobody else
    can write to (it lives in a shared /tmp, where anyone could have planted it)."""
    try:
        LOCK_DIR.mkdir(mode=0o700)
    except FileExistsError:
        pass
    info = os.lstat(LOCK_DIR)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o022:
        raise RuntimeError(f"{LOCK_DIR} is not a private directory of the grader's user (planted?); remove it")


@functools.cache
def python_usable_by(uid):
    """Can an unprivileged user run this Python with ipykernel? (Not when it lives under
    a private home directory such as /root.)"""
    probe = [
        *python_running("limited_exec.py"), f"--uid={uid}", "--",
        sys.executable, "-c", "import ipykernel, numpy",
    ]
    try:
        result = subprocess.run(probe, capture_output=True, timeout=60, cwd="/", env={"PATH": "/usr/bin:/bin"})
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        kill_processes_of(uid)
    return result.returncode == 0
