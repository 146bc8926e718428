"""Notice a submission that rewrites the grader's code on disk.

Kernels run as the grader's own user, root when the grader is root and no unprivileged user
can run this Python (sandbox/workspace.py), so a submission can rewrite the package and change how
later submissions are graded. The code run outside the grader's process is held in memory
(sandbox/trusted_code.py); what kernels and the sandbox still load from disk is fingerprinted before
the first submission and again after each submission's kernel and sandbox, before its
answers are judged:
- every file of the autograd_tutor package, byte for byte, compiled files included (a forged
  .pyc beside an unchanged source would be loaded);
- the importable names beside the package: that directory is on every kernel's PYTHONPATH,
  ahead of the standard library;
- the interpreter's start-up hooks: .pth files in site-packages, sitecustomize, usercustomize.
The rest of the machine is not watched: docs/instructors.md, "Security model", says what
this leaves open.
"""

import compileall
import hashlib
import importlib.machinery
import site
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .path_labels import escaped

STARTUP_HOOKS = ("sitecustomize", "usercustomize")


@dataclass(frozen=True)
class Watched:
    package: Path  # the autograd_tutor package directory
    import_root: Path  # the directory that puts it on the kernels' import path
    site_dirs: tuple = ()  # where .pth files run at start-up
    path_dirs: tuple = ()  # where sitecustomize and usercustomize are looked for

    @classmethod
    def grading_code(cls):
        package = Path(__file__).resolve().parents[2]
        path_dirs = [package.parent, *(Path(entry) for entry in sys.path if entry)]
        return cls(package, package.parent, tuple(map(Path, site.getsitepackages())), tuple(path_dirs))


def fingerprint(watched):
    """{path: digest, or a marker for importable names}: equal fingerprints, same code."""
    prints = {}
    for path in watched.package.rglob("*"):
        if path.is_file():
            prints[str(path)] = _digest(path)
    for path in _entries(watched.import_root):
        if path != watched.package and _importable(path):
            prints[str(path)] = "importable"
    for directory in watched.site_dirs:
        for path in _entries(directory, "*.pth"):
            prints[str(path)] = _digest(path)
    for directory in watched.path_dirs:
        for hook in STARTUP_HOOKS:
            for path in _entries(directory, f"{hook}*"):
                prints[str(path)] = _digest(path) if path.is_file() else "importable"
    return prints


class TamperWatch:
    """Fingerprints taken when created; `changes()` names what differs since, and once
    something has changed it keeps saying so (the run is tainted for good)."""

    def __init__(self, watched=None, alarm=None):
        self.watched = watched or Watched.grading_code()
        self._alarm = alarm or _print_alarm
        # Compiled files written later by the grader's own imports would look like tampering.
        compileall.compile_dir(str(self.watched.package), quiet=2)
        self._baseline = fingerprint(self.watched)
        self._lock = threading.Lock()
        self._changed = ()

    def changes(self):
        with self._lock:
            if not self._changed:
                now = fingerprint(self.watched)
                paths = self._baseline.keys() | now.keys()
                self._changed = tuple(sorted(p for p in paths if self._baseline.get(p) != now.get(p)))
                if self._changed:
                    self._alarm(self.describe())
            return self._changed

    def describe(self):
        root = self.watched.import_root
        # Escaped: a file the submission named with escape sequences must not clear this alarm
        # off the instructor's terminal.
        names = [escaped(_relative(path, root)) for path in self._changed]
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        return f"the grader's own files changed during grading: {shown}"


def _print_alarm(description):
    print(
        f"\nautograd-tutor grade: STOPPED GRADING: {description}.\n"
        "A submission has rewritten the grading code. The submission(s) being graded and every\n"
        "one not graded yet get `error` rows. Restore the package (reinstall it, or check it\n"
        "out again) and grade those notebooks again in a new run.\n",
        file=sys.stderr, flush=True,
    )


def _digest(path):
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable: {error.strerror}"


def _entries(directory, pattern="*"):
    try:
        return sorted(Path(directory).glob(pattern))
    except OSError:
        return []


def _importable(path):
    """Would `import <name>` find this entry (a module or a regular package)?"""
    if path.is_dir():
        return any(path.glob("__init__.*"))
    return any(path.name.endswith(suffix) for suffix in importlib.machinery.all_suffixes())


def _relative(path, root):
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)
