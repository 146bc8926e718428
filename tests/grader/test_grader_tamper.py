"""A submission that rewrites the grader's code (kernels run as the grader's user, root on
this machine) cannot change later grades: the sandbox and the kernel launcher run from
sources held in memory, and the run stops at the first change to the watched files.

Everything that writes to a package does it to a copy in a temporary directory."""

import csv
import hashlib
from pathlib import Path

import nbformat
import pytest
from attacks.catalog import _source, build
from attacks.snapshot import CLI, PACKAGE, run_python, snapshot_package

from autograd_tutor.exercises.grade.integrity import TamperWatch, Watched
from autograd_tutor.exercises.sandbox import bubblewrap


def _copy_package(root):
    return snapshot_package(root) / "autograd_tutor"


def _watch(root):
    package = root / "autograd_tutor"
    site_dir = root / "site-packages"
    site_dir.mkdir(exist_ok=True)
    alarms = []
    watch = TamperWatch(Watched(package, root, (site_dir,), (root, site_dir)), alarm=alarms.append)
    return watch, alarms


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory):
    root = tmp_path_factory.mktemp("package-copy")
    _copy_package(root)
    return root


def test_an_untouched_package_raises_no_alarm(package_copy):
    watch, alarms = _watch(package_copy)
    assert watch.changes() == () and alarms == []


@pytest.mark.parametrize("change", [
    "rewrite a source", "forge a compiled file", "add a module to the bank",
    "shadow a standard module beside the package", "add a start-up hook",
])
def test_every_kind_of_change_is_caught_once_and_for_good(tmp_path, change):
    package = _copy_package(tmp_path)
    watch, alarms = _watch(tmp_path)
    if change == "rewrite a source":
        plain = package / "exercises" / "feedback" / "plain.py"
        plain.write_text(plain.read_text() + "\nto_plain = lambda value: 12\n")
    elif change == "forge a compiled file":
        cache = package / "exercises" / "feedback" / "__pycache__"
        next(cache.glob("compare.*.pyc")).write_bytes(b"forged")
    elif change == "add a module to the bank":
        (package / "exercises" / "registry" / "bank" / "extra.py").write_text("")
    elif change == "shadow a standard module beside the package":
        (tmp_path / "json.py").write_text("")
    else:
        (tmp_path / "site-packages" / "evil.pth").write_text("import os\n")
    changed = watch.changes()
    assert len(changed) == 1
    assert watch.changes() == changed and len(alarms) == 1
    assert "the grader's own files changed" in alarms[0]


SANDBOX_AFTER_REWRITE = """
from pathlib import Path
from autograd_tutor.exercises.sandbox import functions
from autograd_tutor.exercises.sandbox.workspace import Limits, workspace
here = Path(functions.__file__).parent
assert str(here).startswith(__import__("os").getcwd()), here  # the copy, not the working tree
for name in ("function_child.py", "answer_key_guard.py", "limited_exec.py", "../feedback/plain.py"):
    (here / name).write_text("raise SystemExit(7)\\n")
request = {"slope": {"source": "def slope(x):\\n    return 2 * x + 3\\n", "names": ["slope"], "calls": [[1.0]]}}
with workspace() as space:
    outcome = functions.run_functions(request, space, Limits(memory_mb=1024, cpu_seconds=30), 5, 30)["slope"][0]
print(outcome.status, outcome.value)
"""


def test_the_sandbox_runs_the_code_read_when_the_grader_started(tmp_path):
    _copy_package(tmp_path)
    result = run_python(tmp_path, SANDBOX_AFTER_REWRITE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [b"value", b"5.0"]


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _grade_with_a_tampering_submission(tmp_path, *options):
    package = _copy_package(tmp_path / "copy")
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    nbformat.write(_source(), submissions / "1-honest-00_warmup.ipynb")
    nbformat.write(build("tamper_with_grader"), submissions / "2-tamper-00_warmup.ipynb")
    nbformat.write(_source(), submissions / "3-honest-00_warmup.ipynb")
    child = PACKAGE / "exercises" / "sandbox" / "function_child.py"
    before = _digest(child)
    out = tmp_path / "grades.csv"
    result = run_python(
        tmp_path / "copy", CLI, "grade", submissions, "--out", out, "--jobs", "1",
        "--timeout", "15", "--submission-timeout", "60", "--no-progress", *options,
    )
    assert _digest(child) == before  # the working tree was never the target
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    by_notebook = {}
    for row in rows:
        by_notebook.setdefault(Path(row["notebook"]).name.split("-")[0], []).append(row)
    return package, result, by_notebook


@pytest.mark.kernel
def test_under_the_sandbox_a_submission_cannot_rewrite_the_grader(tmp_path):
    if bubblewrap.probe() is not None:
        pytest.skip(f"no sandbox here: {bubblewrap.probe()}")
    package, result, by_notebook = _grade_with_a_tampering_submission(tmp_path, "--require-sandbox")
    assert "raise SystemExit(1)" not in (package / "exercises" / "sandbox" / "function_child.py").read_text()
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert {row["status"] for row in by_notebook["1"] + by_notebook["3"]} == {"pass"}


@pytest.mark.kernel
def test_without_the_sandbox_a_submission_that_rewrites_the_grader_stops_the_run(tmp_path):
    package, result, by_notebook = _grade_with_a_tampering_submission(tmp_path, "--no-sandbox")
    stderr = result.stderr.decode()
    assert "raise SystemExit(1)" in (package / "exercises" / "sandbox" / "function_child.py").read_text()
    assert "STOPPED GRADING" in stderr and "exercises/sandbox/function_child.py" in stderr
    assert result.returncode == 3  # a script or batch scheduler sees the tainted run too
    assert {row["status"] for row in by_notebook["1"]} == {"pass"}
    assert {row["status"] for row in by_notebook["2"]} == {"error"}
    assert {row["status"] for row in by_notebook["3"]} == {"error"}
    assert sum(float(row["points"]) for row in by_notebook["2"] + by_notebook["3"]) == 0
    reports = tmp_path / "grades-reports"
    tamper_report = (reports / next(p.name for p in reports.iterdir() if "2-tamper" in p.name)).read_text()
    assert "cannot be trusted" in tamper_report
    later_report = (reports / next(p.name for p in reports.iterdir() if "3-honest" in p.name)).read_text()
    assert "not graded" in later_report
