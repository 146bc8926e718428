"""Helpers for the notebook extension's in-process tests (an InteractiveShell, no kernel).

Imported by the other test_notebook_* modules; it holds no tests itself.
"""
import dataclasses

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

EXTENSION = "autograd_tutor.notebook"

# The libraries the watcher must follow: autograd_tutor, and real PyTorch (learners move on).
LIBRARIES = {
    "autograd_tutor": "import autograd_tutor as torch",
    "torch": "import torch",
}


@dataclasses.dataclass
class Ran:
    result: object  # IPython's ExecutionResult
    displays: list  # the mime bundles displayed under the cell
    stdout: str

    @property
    def html(self):
        return "\n".join(d.get("text/html", "") for d in self.displays)

    @property
    def text(self):
        return "\n".join(d.get("text/plain", "") for d in self.displays)


def run(shell, code):
    """Run one cell as a notebook would; collect what it displayed and printed."""
    with capture_output() as captured:
        result = shell.run_cell(code, store_history=True)
    return Ran(result, [o.data for o in captured.outputs], captured.stdout + captured.stderr)


def fresh_shell():
    """The process's shell with an empty namespace and no `%config AutogradTutor` left over."""
    shell = InteractiveShell.instance()
    clear_namespace(shell)
    shell.config.pop("AutogradTutor", None)
    return shell


def clear_namespace(shell):
    """What `%reset -f` does to the user's names, without its full garbage collection (slow
    once torch is imported)."""
    for name in list(shell.user_ns):
        if name not in shell.user_ns_hidden:
            del shell.user_ns[name]
    shell.user_ns["Out"].clear()


@pytest.fixture(params=sorted(LIBRARIES))
def library(request):
    """The import line of the library the cells use, as `torch`."""
    return LIBRARIES[request.param]


@pytest.fixture
def shell(monkeypatch, library):
    """A clean shell with the extension loaded, views on, and `torch` imported."""
    monkeypatch.delenv("AUTOGRAD_TUTOR_WATCH", raising=False)
    ip = fresh_shell()
    ip.run_line_magic("load_ext", EXTENSION)
    run(ip, library)
    yield ip
    ip.run_line_magic("unload_ext", EXTENSION)
    clear_namespace(ip)
