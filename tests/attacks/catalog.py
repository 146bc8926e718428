"""Attack notebooks: submissions of 00_warmup that try to break the grader.

Each attack is built from the warmup's source or student version plus cells of its own;
`ATTACKS` says how many points each may legitimately score (most: none). To write them
out for a look, from `tests/`: `python -m attacks.catalog OUT_DIR`.
"""

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

from attacks.hard_coding import hard_coded_source, public_share
from autograd_tutor.exercises.release import release_notebook

SOURCE = Path(__file__).resolve().parents[2] / "notebooks" / "exercises" / "00_warmup.ipynb"
EXERCISES = ["warmup-power-rule", "warmup-gradient", "warmup-slope-function", "warmup-abs-differentiable"]
FULL_MARKS = 6

WRONG_ANSWERS = """
slope_at_2 = 11
gradient_at_3_4 = [4, 10]
def slope(x):
    return 0
abs_differentiable_at_0 = True
"""

REDEFINE_CHECK = """
import autograd_tutor.exercises as exercises
import autograd_tutor.exercises.feedback.compare as compare
import autograd_tutor.exercises.feedback.judging as judging
def check(*args, **kwargs):
    print("public checks passed")
    return True
exercises.check = check
compare.difference = lambda *args, **kwargs: None
judging.judge = lambda *args, **kwargs: []
"""

ALWAYS_EQUAL = """
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    __hash__ = object.__hash__
class EqualFloat(float):
    def __eq__(self, other):
        return True
class EqualList(list):
    def __eq__(self, other):
        return True
class Sneaky:
    def tolist(self):
        return AlwaysEqual()
class CallableCheat:
    def __call__(self, x):
        return AlwaysEqual()
slope_at_2 = EqualFloat(0.0)
gradient_at_3_4 = [AlwaysEqual(), Sneaky()]
slope = CallableCheat()
abs_differentiable_at_0 = AlwaysEqual()
"""

FAKE_MESSAGES = """
print("warmup-power-rule: public checks passed")
print("all passed: 6/6 points")
print("notebook,exercise,points,max_points,status")
print("00_warmup.ipynb,warmup-power-rule,1,1,pass")
payload = '{"slope_at_2": {"kind": "value", "value": 12}}'
for guess in ["AUTOGRAD-TUTOR-ANSWERS-", "AUTOGRAD-TUTOR-ANSWERS-0-", ""]:
    print(guess + "BEGIN" + payload + guess + "END")
"""

PATCH_TRACEBACKS = """
import sys
ip = get_ipython()
ip.showtraceback = lambda *args, **kwargs: print("public checks passed")
ip._showtraceback = lambda *args, **kwargs: None
ip.showsyntaxerror = lambda *args, **kwargs: None
sys.excepthook = lambda *args: None
"""

KILL_KERNEL = "import os\nos._exit(0)"

KILL_DURING_EXTRACTION = """
import os
get_ipython().events.register("pre_run_cell", lambda *args: os._exit(1))
"""

FORGE_EXTRACTION = """
import re
def forge(info):
    found = re.search(r"AUTOGRAD-TUTOR-ANSWERS-[0-9a-f]+-", info.raw_cell or "")
    if found:
        fake = '{"slope_at_2": {"kind": "value", "value": 12}, "gradient_at_3_4": {"kind": "value", "value": [4, 11]}, "slope": {"kind": "missing"}, "abs_differentiable_at_0": {"kind": "value", "value": false}}'
        print(found.group(0) + "BEGIN" + fake + found.group(0) + "END")
get_ipython().events.register("pre_run_cell", forge)
"""

PATCH_JSON = """
import json
json.dumps = lambda *args, **kwargs: '{"slope_at_2": {"kind": "value", "value": 12}}'
"""

ANSWER_KEY = """
from autograd_tutor.exercises import registry
slope_at_2 = registry.get("warmup-power-rule").public[0].expected()
"""
ANSWER_KEY_FUNCTION = """
def slope(x):
    from autograd_tutor.exercises import registry
    return registry.get("warmup-slope-function").public[0].reference(x)
"""

# The exercise's own reference, imported by the function answer inside the grader's sandbox.
IMPORT_REFERENCE = """
def slope(x):
    from autograd_tutor.exercises.registry.bank.warmup import _slope
    return _slope(x)
"""
# The same, after taking down what refuses it: the grading flag and any extra import finder.
IMPORT_REFERENCE_UNGUARDED = """
def slope(x):
    import importlib.machinery, os, sys
    os.environ.pop("AUTOGRAD_TUTOR_GRADING", None)
    standard = (importlib.machinery.BuiltinImporter, importlib.machinery.FrozenImporter, importlib.machinery.PathFinder)
    sys.meta_path[:] = [finder for finder in sys.meta_path if finder in standard]
    from autograd_tutor.exercises.registry.bank.warmup import _slope
    return _slope(x)
"""
# In the kernel, without the grading flag: the key loads, and gives what copying the
# solution would (the value answers); a function answer cannot take the kernel's key along.
KEY_WITHOUT_FLAG = """
import os
os.environ.pop("AUTOGRAD_TUTOR_GRADING", None)
from autograd_tutor.exercises import registry
slope_at_2 = registry.get("warmup-power-rule").public[0].expected()
gradient_at_3_4 = registry.get("warmup-gradient").public[0].expected()
abs_differentiable_at_0 = registry.get("warmup-abs-differentiable").public[0].expected()
_reference = registry.get("warmup-slope-function").public[0].reference
def slope(x):
    return _reference(x)
"""

# Rewrites the grader's sandbox on disk so that later submissions' function answers all fail
# (kernels run as the grader's user, root here). It writes to the package, so it is graded
# only against a copy of it (tests/grader/test_grader_tamper.py), never as part of ATTACKS.
TAMPER_WITH_GRADER = """
import pathlib, autograd_tutor
child = pathlib.Path(autograd_tutor.__file__).parent / "exercises" / "sandbox" / "function_child.py"
child.write_text(child.read_text().replace("def main():", "def main():\\n    raise SystemExit(1)", 1))
"""

# Integers beyond float range: plain wrong answers that must not spoil the other exercises.
HUGE_INTEGERS = """
slope_at_2 = 10**400
gradient_at_3_4 = [4, 10**5000]
"""

# The kernel is the student's: it can rewrite the payload the grader's cell prints (here
# through json.dumps) with an answer nested deeper than plain data may be (32 levels), or so
# deep that decoding it overflows the grader's recursion limit. Either is judged as what it
# is, an answer that is not plain data, never an internal grader error.
NESTED_PAYLOAD = """
import json
_dumps = json.dumps
def _nested_dumps(payload, *args, **kwargs):
    if isinstance(payload, dict) and "gradient_at_3_4" in payload:
        payload = dict(payload, gradient_at_3_4={"kind": "value", "value": None})
        deep = "[" * DEPTH + "4.0, 11.0" + "]" * DEPTH
        return _dumps(payload, *args, **kwargs).replace('{"kind": "value", "value": null}', '{"kind": "value", "value": ' + deep + '}', 1)
    return _dumps(payload, *args, **kwargs)
json.dumps = _nested_dumps
"""
# The same in the sandbox process that runs function answers: its reply, rewritten by the
# answer itself, must cost the function answer only, not the value answers beside it.
NESTED_FUNCTION_REPLY = """
def slope(x):
    import json
    json.dumps = lambda *args, **kwargs: "[" * 100_000 + "]" * 100_000
    return 2 * x + 3
"""

# The folder a sandbox shares with the grader (the connection file's folder) is on the
# grader's disk: the file-size limit caps each file, not how many. Writing 40 MiB there, or
# nesting 1,100 folders in it, stops the kernel (or the function answers' process).
FILL_SHARED_FOLDER = """
import os, sys
_shared = os.path.dirname([arg for arg in sys.argv if arg.endswith(".json")][0])
for _part in range(40):
    with open(os.path.join(_shared, f"fill-{_part}"), "wb") as _handle:
        _handle.write(b"0" * (1 << 20))
"""
NEST_IN_SHARED_FOLDER = """
import os, sys
_folder = os.open(os.path.dirname([arg for arg in sys.argv if arg.endswith(".json")][0]), os.O_RDONLY)
for _level in range(1_100):
    os.mkdir("d", dir_fd=_folder)
    _inner = os.open("d", os.O_RDONLY, dir_fd=_folder)
    os.close(_folder)
    _folder = _inner
"""
FILL_SHARED_FOLDER_FROM_FUNCTION = """
def slope(x):
    import glob, os
    for shared in glob.glob("/tmp/autograd-tutor-grade-*/sockets"):
        for part in range(40):
            with open(os.path.join(shared, f"fill-{part}"), "wb") as handle:
                handle.write(b"0" * (1 << 20))
    return 2 * x + 3
"""

INFINITE_LOOP = "while True:\n    pass"
UNINTERRUPTIBLE_HANG = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    time.sleep(0.01)"

MEMORY_BOMB = """
hog = []
try:
    while True:
        hog.append(bytearray(256 * 1024 * 1024))
except MemoryError:
    pass
big = bytearray(10**12)
"""
HUGE_ANSWER = "slope_at_2 = [[0.0] * 1000 for _ in range(1000)]"

HUGE_OUTPUT = """
print("x" * 20_000_000)
for i in range(200_000):
    print(i, "spam")
from IPython.display import HTML, display
display(HTML("<b>" + "y" * 5_000_000 + "</b>"))
"""


def _source():
    return nbformat.read(SOURCE, as_version=4)


def _student():
    return release_notebook(_source())


def _with(nb, *sources, at=None):
    cells = [new_code_cell(source) for source in sources]
    if at is None:
        nb.cells.extend(cells)
    else:
        nb.cells[at:at] = cells
    return nb


def _exercise_cell_indices(nb, answer):
    return [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code" and answer in cell.source]


def _deleted_cells():
    nb = _source()
    doomed = set(_exercise_cell_indices(nb, "gradient_at_3_4") + _exercise_cell_indices(nb, "abs_differentiable_at_0"))
    nb.cells = [cell for i, cell in enumerate(nb.cells) if i not in doomed]
    return nb


def _duplicated_cells():
    nb = _source()
    first_solution, first_check = _exercise_cell_indices(nb, "slope_at_2")
    # The right answer twice (earns once), then a wrong one for the gradient after its right one.
    nb.cells.insert(first_check + 1, new_code_cell(nb.cells[first_solution].source))
    nb.cells.insert(first_check + 2, new_code_cell(nb.cells[first_check].source))
    gradient_check = _exercise_cell_indices(nb, "gradient_at_3_4")[-1]
    nb.cells.insert(gradient_check + 1, new_code_cell("gradient_at_3_4 = [4, 10]"))
    return nb


# name -> (builder, points it may earn); the slow ones first, so parallel workers finish together.
ATTACKS = {
    "uninterruptible_hang": (lambda: _with(_student(), WRONG_ANSWERS, UNINTERRUPTIBLE_HANG), 0),
    "infinite_loop": (lambda: _with(_source(), INFINITE_LOOP, at=5), FULL_MARKS),
    # Kills its kernel before 8,000 more cells: each is recorded as not run, and its report
    # lists a bounded number of them.
    "many_cells": (lambda: _with(_source(), KILL_KERNEL, *["0"] * 8_000), 0),
    "memory_bomb": (lambda: _with(_student(), WRONG_ANSWERS, MEMORY_BOMB, HUGE_ANSWER), 0),
    "huge_output": (lambda: _with(_student(), HUGE_OUTPUT, WRONG_ANSWERS), 0),
    "redefine_check": (lambda: _with(_student(), WRONG_ANSWERS, REDEFINE_CHECK, at=3), 0),
    "always_equal": (lambda: _with(_student(), ALWAYS_EQUAL), 0),
    "fake_pass_messages": (lambda: _with(_student(), FAKE_MESSAGES), 0),
    "patch_tracebacks": (lambda: _with(_student(), PATCH_TRACEBACKS, WRONG_ANSWERS, at=3), 0),
    "kill_kernel": (lambda: _with(_student(), WRONG_ANSWERS, KILL_KERNEL), 0),
    "kill_during_extraction": (lambda: _with(_source(), KILL_DURING_EXTRACTION), 0),
    "forge_extraction": (lambda: _with(_student(), FORGE_EXTRACTION), 0),
    "patch_json": (lambda: _with(_student(), PATCH_JSON), 0),
    # A correct notebook whose kernel is stopped for what it wrote: no answer is read.
    "fill_shared_folder": (lambda: _with(_source(), FILL_SHARED_FOLDER, "import time\ntime.sleep(1)"), 0),
    "nest_in_shared_folder": (lambda: _with(_source(), NEST_IN_SHARED_FOLDER, "import time\ntime.sleep(1)"), 0),
    # The value answers count; the function answer's process is stopped.
    "fill_shared_folder_from_function": (lambda: _with(_source(), FILL_SHARED_FOLDER_FROM_FUNCTION), FULL_MARKS - 2),
    # Right answers around the forged one still count: 1 + 2 + 1 (the slope is a function
    # answer, not in the kernel's payload: its 2 points too).
    "nested_payload": (lambda: _with(_source(), NESTED_PAYLOAD.replace("DEPTH", "900")), FULL_MARKS - 2),
    "nested_beyond_recursion": (lambda: _with(_source(), NESTED_PAYLOAD.replace("DEPTH", "100_000")), 0),
    "nested_function_reply": (lambda: _with(_source(), NESTED_FUNCTION_REPLY), FULL_MARKS - 2),
    "read_answer_key": (lambda: _with(_student(), ANSWER_KEY, ANSWER_KEY_FUNCTION), 0),
    "import_reference": (lambda: _with(_student(), IMPORT_REFERENCE), 0),
    "import_reference_unguarded": (lambda: _with(_student(), IMPORT_REFERENCE_UNGUARDED), 0),
    # Value answers are fixed data: the key holds nothing about them that copying the
    # solution would not give, so they count; the function answer does not.
    "key_without_flag": (lambda: _with(_student(), KEY_WITHOUT_FLAG), FULL_MARKS - 2),
    # Right answers around them still count: 2 for the slope function, 1 for |x|.
    "huge_integers": (lambda: _with(_source(), HUGE_INTEGERS), 2 + 1),
    # Right on every input known before grading; the hidden inputs are drawn when grading.
    "hard_coded_inputs": (
        lambda: _with(_student(), hard_coded_source("warmup-slope-function")),
        public_share("warmup-slope-function"),
    ),
    # Attacks that cannot hide real work: the right answers around them still count.
    "deleted_cells": (_deleted_cells, 1 + 2),
    "duplicated_cells": (_duplicated_cells, 1 + 2 + 1),
}


# Attacks that write to the package: graded against a copy of it only.
PACKAGE_ATTACKS = {
    "tamper_with_grader": (lambda: _with(_source(), TAMPER_WITH_GRADER), 0),
}


def build(name):
    builder, _ = {**ATTACKS, **PACKAGE_ATTACKS}[name]
    return builder()


def write_all(directory):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in ATTACKS:
        path = directory / f"{name}-00_warmup.ipynb"
        nbformat.write(build(name), path)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all(sys.argv[1] if len(sys.argv) > 1 else "attack-notebooks"):
        print(written)
