"""Where student code runs during grading: a fresh work directory, a minimal environment,
resource limits (see limited_exec.py) and, when the grader runs as root, a pids cgroup and
if possible a dedicated unprivileged user.

The process limit needs care because Linux does not apply RLIMIT_NPROC to root:
- not root: RLIMIT_NPROC (the user's current task count plus the allowance);
- root: a fresh pids cgroup per workspace, with pids.max set, when the cgroup filesystem
  is writable; and a dedicated uid when the Python installation is readable by others
  (checked once), so student code also cannot touch the grader's files.
Each workspace locks its uid from a private range for as long as it runs, so parallel
workers never share one, and leftovers are killed by cgroup or by uid, never by name.
"""

import fcntl
import functools
import itertools
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .grading_mode import GRADING_ENV, WATCH_ENV
from .os_sandbox import HOME, Quotas, sandboxed
from .trusted_code import python_running

UID_BASE = int(os.environ.get("AUTOGRAD_TUTOR_SANDBOX_UID_BASE", "61000"))
UID_SLOTS = 1000
LOCK_DIR = Path(tempfile.gettempdir()) / "autograd-tutor-sandbox-uids"
CGROUP_V1_PIDS = Path("/sys/fs/cgroup/pids")
CGROUP_V2 = Path("/sys/fs/cgroup")
_cgroup_names = itertools.count()


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 2048
    cpu_seconds: int = 330
    file_size_mb: int = 64
    processes: int = 64  # Linux counts threads too; an idle kernel has about 13

    def launcher_args(self):
        return [
            f"--memory-mb={self.memory_mb}",
            f"--cpu-seconds={self.cpu_seconds}",
            f"--file-size-mb={self.file_size_mb}",
            f"--processes={self.processes}",
        ]


@dataclass(frozen=True)
class Workspace:
    directory: Path
    uid: int | None = None  # None: student code runs as the grader's own user
    cgroup: Path | None = None
    sandbox: bool = False  # under bubblewrap (os_sandbox.py)
    quotas: Quotas = field(default_factory=Quotas)

    @property
    def home(self):
        """Where the grader starts processes (their working directory when not sandboxed)."""
        return self.directory / "home"

    @property
    def sockets(self):
        """The one directory shared with a sandbox: connection file and IPC sockets."""
        return self.directory / "sockets"

    @property
    def output_file(self):
        """Where kernels' own stdout and stderr go (never the grader's terminal)."""
        return self.directory / "kernel-output.log"

    def env(self):
        """A minimal environment: nothing of the grader's own environment leaks in."""
        home = HOME if self.sandbox else str(self.home)
        return {
            "PATH": os.path.dirname(sys.executable) + os.pathsep + "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "IPYTHONDIR": home + "/.ipython",
            "JUPYTER_RUNTIME_DIR": home + "/runtime",
            "MPLCONFIGDIR": home + "/matplotlib",
            "MPLBACKEND": "Agg",
            "TMPDIR": "/tmp" if self.sandbox else str(self.directory / "tmp"),
            "LANG": "C.UTF-8",
            "PYTHONPATH": package_root(),
            "PYTHONDONTWRITEBYTECODE": "1",
            # Small address-space reservations, so the memory limit measures real use.
            "MALLOC_ARENA_MAX": "2",
            "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            GRADING_ENV: "1",
            WATCH_ENV: "0",
        }

    def command(self, command, limits):
        """`command` wrapped by the launcher that applies `limits` (and the user switch)."""
        args = [*python_running("limited_exec.py"), *limits.launcher_args()]
        if self.uid is not None:
            handed_over = self.sockets if self.sandbox else self.directory
            args += [f"--uid={self.uid}", f"--home={handed_over}"]
        if self.cgroup is not None:
            args += [f"--cgroup={self.cgroup}"]
        if self.sandbox:
            command = sandboxed(command, self.sockets, self.quotas)
        return [*args, "--", *command]

    def kill_leftovers(self):
        """Kill every process still running in this workspace's cgroup or as its user."""
        if self.cgroup is not None:
            _kill_cgroup(self.cgroup)
        if self.uid is not None:
            kill_processes_of(self.uid)


def package_root():
    """The directory holding the autograd_tutor package, so kernels can import it."""
    return str(Path(__file__).resolve().parents[2])


@contextmanager
def workspace(processes=Limits.processes, sandbox=False, quotas=Quotas()):
    """A fresh workspace; `sandbox`: run its processes under bubblewrap (os_sandbox.py)."""
    directory = Path(tempfile.mkdtemp(prefix="autograd-tutor-grade-"))
    for sub in ("home", "tmp", "sockets"):
        (directory / sub).mkdir(mode=0o700)
    if sandbox:
        directory.chmod(0o711)  # a dedicated uid must reach `sockets` to bind it, and list nothing
    cgroup = _new_pids_cgroup(processes) if os.geteuid() == 0 else None
    try:
        with _dedicated_uid() as uid:
            space = Workspace(directory, uid, cgroup, sandbox, quotas)
            try:
                yield space
            finally:
                space.kill_leftovers()
    finally:
        if cgroup is not None:
            _remove_cgroup(cgroup)
        shutil.rmtree(directory, ignore_errors=True)


def process_limit_mechanism():
    """How the process limit is enforced here: "rlimit", "cgroup", or None (root without a
    writable pids cgroup: RLIMIT_NPROC does not apply to root)."""
    if os.geteuid() != 0:
        return "rlimit"
    probe = _new_pids_cgroup(Limits.processes)
    if probe is not None:
        _remove_cgroup(probe)
        return "cgroup"
    return "rlimit" if _python_usable_by(UID_BASE + UID_SLOTS) else None


# --- pids cgroup -------------------------------------------------------------------------

def _cgroup_parent():
    if (CGROUP_V1_PIDS / "cgroup.procs").exists():
        return CGROUP_V1_PIDS
    controls = CGROUP_V2 / "cgroup.subtree_control"
    if controls.exists() and "pids" in controls.read_text().split():
        return CGROUP_V2
    return None


def _new_pids_cgroup(processes):
    parent = _cgroup_parent()
    if parent is None:
        return None
    path = parent / f"autograd-tutor-{os.getpid()}-{next(_cgroup_names)}"
    try:
        path.mkdir()
        (path / "pids.max").write_text(str(processes))
    except OSError:
        _remove_cgroup(path)
        return None
    return path


def _kill_cgroup(path):
    for _ in range(10):
        try:
            pids = [int(pid) for pid in (path / "cgroup.procs").read_text().split()]
        except OSError:
            return
        if not pids:
            return
        for pid in pids:
            _kill(pid)
        time.sleep(0.02)


def _remove_cgroup(path):
    for _ in range(50):  # a killed process leaves its cgroup a moment later
        try:
            path.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            _kill_cgroup(path)
            time.sleep(0.02)


# --- dedicated user ----------------------------------------------------------------------

@contextmanager
def _dedicated_uid():
    if os.geteuid() != 0 or not _python_usable_by(UID_BASE + UID_SLOTS):
        yield None
        return
    _private_lock_dir()
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


def _private_lock_dir():
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
def _python_usable_by(uid):
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


def kill_processes_of(uid):
    for _ in range(5):  # again: a process may fork while we scan
        pids = _pids_of(uid)
        if not pids:
            return
        for pid in pids:
            _kill(pid)


def _pids_of(uid):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    pids.append(int(entry))
            except OSError:
                continue
    return pids


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
