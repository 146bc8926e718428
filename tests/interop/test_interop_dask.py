"""`grade --dask`: a 2-worker dask.distributed LocalCluster gives the same rows and the same
drawn hidden inputs as a local run with the same seed."""

import csv
import json
import subprocess

import pytest
from interop_support import PUBLIC_ONLY, WRONG_VALUE, command, environment, submission

from autograd_tutor.exercises.grade import grader
from autograd_tutor.exercises.grade.grader import GradeSettings

pytestmark = pytest.mark.kernel
SEED = 20261206


def _hidden_inputs(grades):
    return [[case.label for ex in grade.exercises for case in ex.cases if case.visibility == "hidden"] for grade in grades]


def test_a_two_worker_local_cluster_gives_the_rows_of_a_local_run(tmp_path):
    pytest.importorskip("dask.distributed", reason="pip install -e '.[test]' (the [dask] extra)")
    from autograd_tutor.instructor.dask_grading import grade_on_dask

    paths = [
        submission(tmp_path / "alice" / "00_warmup.ipynb"),
        submission(tmp_path / "bob" / "00_warmup.ipynb", {**WRONG_VALUE, **PUBLIC_ONLY}),
        submission(tmp_path / "carol" / "00_warmup.ipynb", PUBLIC_ONLY),
    ]
    settings = GradeSettings(seed=SEED)
    local = grader.grade_all(paths, settings, jobs=2)
    run = grade_on_dask(paths, settings, "local", workers=2)
    assert run.tampered == []
    assert [grade.rows() for grade in run.grades] == [grade.rows() for grade in local]
    assert [grade.seed for grade in run.grades] == [SEED] * 3
    assert _hidden_inputs(run.grades) == _hidden_inputs(local) and _hidden_inputs(local)[0]
    statuses = [[row["status"] for row in grade.rows()] for grade in run.grades]
    assert statuses == [["pass"] * 4, ["fail", "pass", "fail", "pass"], ["pass", "pass", "fail", "pass"]]


def test_the_grade_command_with_dask_local_writes_the_usual_csv_and_reports(tmp_path):
    pytest.importorskip("dask.distributed", reason="pip install -e '.[test]' (the [dask] extra)")
    submission(tmp_path / "subs" / "alice" / "00_warmup.ipynb", WRONG_VALUE)
    out = tmp_path / "grades.csv"
    run = subprocess.run(
        [command("autograd-tutor"), "grade", str(tmp_path / "subs"), "--dask", "local", "--jobs", "2",
         "--seed", str(SEED), "--out", str(out), "--no-progress"],
        capture_output=True, text=True, env=environment(), timeout=300,
    )
    assert run.returncode == 0, run.stderr
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    assert [row["status"] for row in rows] == ["fail", "pass", "pass", "pass"]
    (report,) = (tmp_path / "grades-reports").glob("*.json")
    assert json.loads(report.read_text())["seed"] == SEED


def test_without_dask_installed_the_option_says_which_extra_to_install(monkeypatch, capsys):
    import importlib.util

    from autograd_tutor.app.cli import main

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: None if name == "distributed" else real(name, *args))
    with pytest.raises(SystemExit) as exited:
        main(["grade", "x.ipynb", "--dask", "local"])
    assert exited.value.code == 2
    assert "pip install 'autograd-tutor[dask]'" in capsys.readouterr().err
