"""Resource limits of a grading kernel: memory, CPU time, file size and processes."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell

from autograd_tutor.exercises.grade.runner import DIED, FINISHED, RunSettings, run_submission
from autograd_tutor.exercises.sandbox.workspace import Limits, process_limit_mechanism

pytestmark = pytest.mark.kernel

MEMORY = """
try:
    hog = bytearray(1500 * 1024 * 1024)
    memory = "allocated"
except MemoryError:
    memory = "MemoryError"
"""
FILE_SIZE = """
try:
    with open("big.bin", "wb") as handle:
        handle.write(b"0" * (3 * 1024 * 1024))
    file_size = "wrote"
except OSError as error:
    file_size = error.errno
"""
PROCESSES = """
import subprocess
children = []
try:
    for _ in range(100):
        children.append(subprocess.Popen(["sleep", "30"]))
    processes = [len(children), None]
except OSError as error:
    processes = [len(children), type(error).__name__]
for child in children:
    child.kill()
"""


def _notebook(*sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [new_code_cell(source) for source in sources]
    return nb


@pytest.mark.machine_dependent  # as root, the process limit needs a pids cgroup the machine may not offer
def test_memory_file_size_and_process_limits():
    if process_limit_mechanism() is None:
        pytest.skip("running as root without a writable pids cgroup: no process limit possible")
    limits = Limits(memory_mb=1024, cpu_seconds=60, file_size_mb=1, processes=40)
    execution = run_submission(
        _notebook(MEMORY, FILE_SIZE, PROCESSES),
        ["memory", "file_size", "processes"],
        RunSettings(cell_timeout=20, submission_timeout=40, limits=limits),
    )
    assert execution.kernel == FINISHED, execution
    answers = {name: entry["value"] for name, entry in execution.answers.items()}
    assert answers["memory"] == "MemoryError"
    assert answers["file_size"] == 27  # EFBIG: File too large
    spawned, error = answers["processes"]
    assert error == "BlockingIOError" and spawned < limits.processes


def test_cpu_time_limit_kills_a_busy_kernel():
    limits = Limits(memory_mb=1024, cpu_seconds=3)
    execution = run_submission(
        _notebook("before = 1", "while True:\n    pass", "after = 2"),
        ["before", "after"],
        RunSettings(cell_timeout=30, submission_timeout=60, limits=limits),
    )
    assert execution.kernel == DIED
    assert execution.answers is None
    assert [cell.status for cell in execution.cells] == ["error", "not-run"]
    assert execution.seconds < 20
