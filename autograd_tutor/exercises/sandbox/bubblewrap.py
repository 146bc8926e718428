"""The operating-system sandbox around every grading kernel and function-answer process.

Python cannot sandbox Python, so student code runs under bubblewrap (`bwrap`, the tool
Flatpak uses), which builds a private view of the machine from Linux namespaces:

- a new user namespace, in which the code runs as an unprivileged uid (65534) without any
  capability; new pid, ipc, uts, cgroup and network namespaces (`--unshare-all`): no
  network, no other process visible or reachable, and nothing outlives the sandbox (its
  pid 1 ends every process of the namespace; `--die-with-parent` ends it with the grader);
- a root made of read-only binds of what Python needs (system directories, a few files of
  /etc, the interpreter, the virtual environment, the autograd_tutor package alone) and
  nothing else: the grader's files, the submissions, the CSV, the reports and any seed file
  are not in it;
- size-capped tmpfs for /tmp, /dev/shm and the learner's home (the working directory),
  gone with the sandbox;
- one directory shared with the grader, `sockets`: the kernel's connection file and the
  ZeroMQ IPC sockets (jupyter_client's `transport="ipc"`), the only way in or out;
- a new session (no terminal to write to or inject into), and JPY_PARENT_PID unset:
  ipykernel would otherwise watch a parent pid that does not exist in the pid namespace.

Where bwrap cannot run (macOS, containers without user namespaces), `probe()` says why,
and the grader falls back to its plain limits with a loud warning (`--require-sandbox`
refuses instead).
"""

import functools
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

SANDBOX_UID = 65534  # "nobody" inside the user namespace
HOME = "/home/learner"  # the learner's working directory inside the sandbox
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
# What Python, NumPy and ipykernel read from /etc; never the whole of /etc (shadow, keys).
ETC_FILES = (
    "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "passwd", "group",
    "nsswitch.conf", "hosts", "alternatives", "mime.types", "ssl/openssl.cnf",
)


@dataclass(frozen=True)
class Quotas:
    """Sizes of the sandbox's private tmpfs, in MiB (memory-backed, gone with the sandbox)."""

    home_mb: int = 64
    tmp_mb: int = 64
    shm_mb: int = 16


def bwrap_path():
    return shutil.which("bwrap")


@functools.cache
def probe():
    """None when bwrap runs here with everything the grader asks of it, else why not."""
    bwrap = bwrap_path()
    if bwrap is None:
        return "bubblewrap (bwrap) is not installed"
    command = sandboxed([sys.executable, "-c", "import os; print(os.getuid())"], sockets_dir=None, quotas=Quotas())
    try:
        result = subprocess.run(command, capture_output=True, timeout=60, cwd="/", env={"PATH": "/usr/bin:/bin"})
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bwrap could not be run: {error}"
    if result.returncode != 0 or result.stdout.strip() != str(SANDBOX_UID).encode():
        reason = result.stderr.decode(errors="replace").strip().splitlines()
        return f"bwrap does not work here: {reason[-1] if reason else f'exit status {result.returncode}'}"
    return None


def sandboxed(command, sockets_dir, quotas):
    """`command` (a program and its arguments) wrapped in bwrap; `sockets_dir` (or None) is
    bound read-write at its own path, everything else the sandbox sees is read-only or private."""
    args = [
        bwrap_path() or "bwrap",
        "--unshare-all", "--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID),
        "--die-with-parent", "--new-session", "--unsetenv", "JPY_PARENT_PID",
        "--proc", "/proc", "--dev", "/dev",
        "--size", str(quotas.shm_mb << 20), "--tmpfs", "/dev/shm",
        "--size", str(quotas.tmp_mb << 20), "--tmpfs", "/tmp",
    ]
    for directory in SYSTEM_DIRS:
        args += _bind_or_link(directory)
    for name in ETC_FILES:
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    for directory in python_dirs():
        args += ["--ro-bind", directory, directory]
    package = package_dir()
    args += ["--ro-bind", package, package]
    args += ["--size", str(quotas.home_mb << 20), "--tmpfs", HOME, "--chdir", HOME]
    if sockets_dir is not None:
        args += ["--bind", str(sockets_dir), str(sockets_dir)]
    # bwrap builds the root on a tmpfs: once every mount point exists, it turns read-only
    # (the tmpfs and binds mounted on it keep their own modes).
    args += ["--remount-ro", "/"]
    return [*args, "--", *command]


def _bind_or_link(directory):
    """Merged-/usr systems have /bin -> usr/bin: the same symlink inside."""
    if os.path.islink(directory):
        return ["--symlink", os.readlink(directory), directory]
    if os.path.isdir(directory):
        return ["--ro-bind", directory, directory]
    return []


def package_dir():
    """The autograd_tutor package directory alone (not the checkout or folder around it)."""
    return str(Path(__file__).resolve().parents[2])


@functools.cache
def python_dirs():
    """The installation of this Python (prefixes, standard library, site-packages) outside
    SYSTEM_DIRS, reduced to the outermost directories. Not the rest of `sys.path`: the
    script's own folder or the current directory may hold anything."""
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    candidates.add(str(Path(sys.executable).resolve().parent.parent))
    candidates.update(sysconfig.get_paths().values())
    candidates.update(site.getsitepackages())
    resolved = {os.path.realpath(path) for path in candidates if path and os.path.isdir(path)}
    resolved = {path for path in resolved if not _inside_any(path, SYSTEM_DIRS) and path != "/"}
    return tuple(sorted(path for path in resolved if not _inside_any(path, resolved - {path})))


def _inside_any(path, roots):
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


def visible_inside(path):
    """Would `path` be readable from inside a sandbox? (Reports must never be.)"""
    real = os.path.realpath(path)
    roots = [*python_dirs(), package_dir(), *SYSTEM_DIRS, *(f"/etc/{name}" for name in ETC_FILES)]
    return _inside_any(real, [os.path.realpath(root) for root in roots])
