"""The grader's code that runs outside the grader's process, held in memory.

Kernels run as the grader's own user (root, when the grader is root and no unprivileged
user can run this Python: see workspace.py), so a submission can rewrite any file of the
package. These files are read once, when the grader is imported, before any submission
runs, and their processes get the code as an argument (`python -c`), never a path: what a
submission writes to them reaches no later kernel or sandbox. grade/integrity.py notices such
writes, and the files the processes still import from disk.
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
EXERCISES = HERE.parent
_FILES = (
    EXERCISES / "feedback" / "plain.py", HERE / "limited_exec.py", HERE / "answer_key_guard.py", HERE / "function_child.py",
)
_SOURCES = {path.name: path.read_text() for path in _FILES}


def source_of(name):
    return _SOURCES[name]


def python_running(name):
    """A command running `name`'s in-memory source as a script: `sys.argv[1:]` are the
    arguments added after it. The source travels hex-encoded because Jupyter fills in
    `{...}` fields of a kernel's command line."""
    encoded = _SOURCES[name].encode().hex()
    return [sys.executable, "-c", f"exec(compile(bytes.fromhex({encoded!r}).decode(), {name!r}, 'exec'))"]
