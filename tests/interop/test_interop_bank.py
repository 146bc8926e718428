"""`--bank DIR`: an instructor's exercises outside the package add exercises and replace
built-in ones when grading; a broken bank is a clear error. Each test runs the command line
in its own process: a bank joins the registry of the process that loads it."""

import csv
import json
import subprocess

import nbformat
import pytest
from interop_support import command, environment, submission

BANK = '''
from autograd_tutor.exercises.drawing import uniform
from autograd_tutor.exercises.registry import FUNCTION, Case, Exercise, HiddenDraw, register


def _square_slope(x):
    return 2 * x


register(Exercise(
    id="private-square-slope", title="The slope of x**2", assignment="10_private",
    answer="square_slope", kind=FUNCTION, points=3,
    public=(Case(_square_slope, (1.0,)),), hidden=(HiddenDraw(_square_slope, uniform(2.0, 5.0)),),
))

# The built-in exercise again, worth more: same id, assignment and answer variable.
register(Exercise(
    id="warmup-power-rule", title="Slope of f(x) = x**3 at x = 2", assignment="00_warmup",
    answer="slope_at_2", points=5, public=(Case(lambda: 3 * 2**2),),
))
'''


def _bank(tmp_path, text=BANK):
    bank = tmp_path / "instructor-bank"
    bank.mkdir()
    (bank / "private.py").write_text(text)
    return bank


def _private_submission(path, body):
    nb = nbformat.v4.new_notebook(metadata={"autograd_tutor": {"assignment": "10_private"}})
    nb.cells = [nbformat.v4.new_code_cell(body)]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


def _grade(tmp_path, *args):
    out = tmp_path / "grades.csv"
    run = subprocess.run([command("autograd-tutor"), "grade", *map(str, args), "--out", str(out), "--no-progress"],
                         capture_output=True, text=True, env=environment(), timeout=300)
    rows = []
    if out.exists():
        with out.open() as handle:
            rows = list(csv.DictReader(handle))
    return run, rows


@pytest.mark.kernel
def test_a_bank_outside_the_package_adds_and_replaces_exercises(tmp_path):
    bank = _bank(tmp_path)
    _private_submission(tmp_path / "subs" / "alice" / "10_private.ipynb", "def square_slope(x):\n    return 2 * x")
    _private_submission(tmp_path / "subs" / "bob" / "10_private.ipynb", "def square_slope(x):\n    return 2.0")
    submission(tmp_path / "subs" / "carol" / "00_warmup.ipynb")
    run, rows = _grade(tmp_path, tmp_path / "subs", "--bank", bank)
    assert run.returncode == 0, run.stderr
    got = {(row["notebook"].split("/")[-2], row["exercise"]): (row["points"], row["max_points"], row["status"]) for row in rows}
    assert got[("alice", "private-square-slope")] == ("3", "3", "pass")
    assert got[("bob", "private-square-slope")] == ("1.5", "3", "fail")  # the public case only
    assert got[("carol", "warmup-power-rule")] == ("5", "5", "pass")
    # the report names the drawn hidden input, never its expected answer
    reports = list((tmp_path / "grades-reports").glob("*bob*.json"))
    hidden = [case for ex in json.loads(reports[0].read_text())["exercises"] for case in ex["cases"] if case["visibility"] == "hidden"]
    assert hidden and all("expected" not in case for case in hidden)


@pytest.mark.kernel
def test_without_the_bank_its_assignment_is_unknown(tmp_path):
    _private_submission(tmp_path / "subs" / "alice" / "10_private.ipynb", "def square_slope(x):\n    return 2 * x")
    run, rows = _grade(tmp_path, tmp_path / "subs")
    assert run.returncode == 0, run.stderr
    assert [(row["exercise"], row["status"]) for row in rows] == [("(unknown assignment)", "error")]


def test_a_missing_or_broken_bank_is_a_clear_error(tmp_path):
    notebook = submission(tmp_path / "subs" / "alice" / "00_warmup.ipynb")
    run, _ = _grade(tmp_path, notebook, "--bank", tmp_path / "nowhere")
    assert run.returncode == 2 and "nowhere: no such directory" in run.stderr
    broken = _bank(tmp_path, "raise RuntimeError('typo in the bank')\n")
    run, _ = _grade(tmp_path, notebook, "--bank", broken)
    assert run.returncode != 0 and "private.py" in run.stderr and "typo in the bank" in run.stderr
    assert "Traceback" not in run.stderr
