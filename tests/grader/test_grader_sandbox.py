"""What a sandboxed grading kernel and a sandboxed function answer can see and do
(exercises/sandbox/bubblewrap.py): checked from inside, on the real bubblewrap."""

import os

import nbformat
import pytest
from browser.needs import missing
from nbformat.v4 import new_code_cell

from autograd_tutor.exercises.grade.runner import FINISHED, RunSettings, run_submission
from autograd_tutor.exercises.sandbox import bubblewrap
from autograd_tutor.exercises.sandbox.functions import run_functions
from autograd_tutor.exercises.sandbox.workspace import Limits, workspace

pytestmark = pytest.mark.kernel

LOOK_AROUND = """
import os, socket
uid = os.getuid()
top = sorted(os.listdir("/"))
pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
package_parent = sorted(os.listdir(os.path.dirname(os.path.dirname(__import__("autograd_tutor").__file__))))
try:
    open("/usr/autograd-probe", "w")
    root_writable = True
except OSError:
    root_writable = False
try:
    socket.create_connection(("1.1.1.1", 53), timeout=2)
    network = True
except OSError:
    network = False
home = os.getcwd()
env_parent = os.environ.get("JPY_PARENT_PID")
"""


@pytest.fixture(autouse=True)
def _needs_the_sandbox():
    if bubblewrap.probe() is not None:
        missing(f"the grader's sandbox cannot run here: {bubblewrap.probe()}")


def test_a_sandboxed_kernel_is_nobody_alone_offline_on_a_read_only_root():
    nb = nbformat.v4.new_notebook()
    nb.cells = [new_code_cell(LOOK_AROUND)]
    names = ["uid", "top", "pids", "package_parent", "root_writable", "network", "home", "env_parent"]
    execution = run_submission(nb, names, RunSettings(cell_timeout=20, sandbox=True))
    assert execution.kernel == FINISHED, execution
    seen = {name: entry["value"] for name, entry in execution.answers.items()}
    assert seen["uid"] == bubblewrap.SANDBOX_UID
    bound = {path.split("/")[1] for path in (*bubblewrap.python_dirs(), bubblewrap.package_dir())}
    assert set(seen["top"]) <= {"bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc", "dev", "proc", "tmp", "home"} | bound
    assert max(seen["pids"]) < 20  # its own few processes, nothing of the machine
    # The package alone, not the folder around it (which may hold a virtual environment).
    parent = os.path.dirname(bubblewrap.package_dir())
    beside = {os.path.basename(path) for path in bubblewrap.python_dirs() if os.path.dirname(path) == parent}
    assert "autograd_tutor" in seen["package_parent"] and set(seen["package_parent"]) <= {"autograd_tutor"} | beside
    assert seen["root_writable"] is False and seen["network"] is False
    assert seen["home"] == bubblewrap.HOME and seen["env_parent"] is None


def test_function_answers_run_sandboxed_too():
    source = "def probe(x):\n    import os\n    return [os.getuid(), len([p for p in os.listdir('/proc') if p.isdigit()]) < 10, x]\n"
    requests = {"probe": {"source": source, "names": ["probe"], "calls": [[3]]}}
    limits = Limits(memory_mb=1024, cpu_seconds=30)
    with workspace(limits.processes, sandbox=True) as space:
        outcomes = run_functions(requests, space, limits, call_timeout=10, total_timeout=30)
    (outcome,) = outcomes["probe"]
    assert outcome.value == [bubblewrap.SANDBOX_UID, True, 3], outcome
