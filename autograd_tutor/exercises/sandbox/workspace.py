"""Where student code runs during grading: a fresh work directory, a minimal environment,
resource limits (see limited_exec.py), bubblewrap when it works here (bubblewrap.py) and,
when the grader runs as root, a pids cgroup (pids_cgroup.py) and if possible a dedicated
unprivileged user (dedicated_uids.py).

The process limit needs care because Linux does not apply RLIMIT_NPROC to root:
- not root: RLIMIT_NPROC (the user's current task count plus the allowance);
- root: a fresh pids cgroup per workspace, with pids.max set, when the cgroup filesystem
  is writable; and a dedicated uid when the Python installation is readable by others
  (checked once), so student code also cannot touch the grader's files.
Leftovers are killed by cgroup or by uid, never by name.
"""

import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..grade.grading_mode import GRADING_ENV, WATCH_ENV
from .bubblewrap import HOME, Quotas, sandboxed
from .dedicated_uids import UID_BASE, UID_SLOTS, dedicated_uid, python_usable_by
from .pids_cgroup import kill_cgroup, new_pids_cgroup, remove_cgroup
from .processes import kill_processes_of
from .shared_folder import remove_tree
from .trusted_code import python_running


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
    sandbox: bool = False  # under bubblewrap (bubblewrap.py)
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
            kill_cgroup(self.cgroup)
        if self.uid is not None:
            kill_processes_of(self.uid)


def package_root():
    """The directory holding the autograd_tutor package, so kernels can import it."""
    return str(Path(__file__).resolve().parents[3])


@contextmanager
def workspace(processes=Limits.processes, sandbox=False, quotas=Quotas()):
    """A fresh workspace; `sandbox`: run its processes under bubblewrap (bubblewrap.py)."""
    directory = Path(tempfile.mkdtemp(prefix="autograd-tutor-grade-"))
    for sub in ("home", "tmp", "sockets"):
        (directory / sub).mkdir(mode=0o700)
    if sandbox:
        directory.chmod(0o711)  # a dedicated uid must reach `sockets` to bind it, and list nothing
    cgroup = new_pids_cgroup(processes) if os.geteuid() == 0 else None
    try:
        with dedicated_uid() as uid:
            space = Workspace(directory, uid, cgroup, sandbox, quotas)
            try:
                yield space
            finally:
                space.kill_leftovers()
    finally:
        if cgroup is not None:
            remove_cgroup(cgroup)
        remove_tree(directory)  # iterative: a kernel may leave folders nested 1,000 deep


def process_limit_mechanism():
    """How the process limit is enforced here: "rlimit", "cgroup", or None (root without a
    writable pids cgroup: RLIMIT_NPROC does not apply to root)."""
    if os.geteuid() != 0:
        return "rlimit"
    probe = new_pids_cgroup(Limits.processes)
    if probe is not None:
        remove_cgroup(probe)
        return "cgroup"
    return "rlimit" if python_usable_by(UID_BASE + UID_SLOTS) else None
