"""Gradescope: results.json per Gradescope's autograder spec, and the autograder zip's
run_autograder run against a fake /autograder layout (AUTOGRADER_ROOT)."""

import json
import os
import stat
import subprocess
import sys
import zipfile

import pytest
from interop_support import PUBLIC_ONLY, WRONG_VALUE, environment, submission

from autograd_tutor.exercises.feedback.judging import CaseResult
from autograd_tutor.exercises.grade.grader import SubmissionGrade
from autograd_tutor.exercises.grade.scoring import ExerciseGrade
from autograd_tutor.instructor.gradescope import VISIBILITIES, build_autograder_zip, results

TEST_KEYS = {"name", "number", "score", "max_score", "status", "output", "visibility"}


def _graded():
    cases = [CaseResult("public", "input 1.0", "pass"), CaseResult("hidden", "input 7.25", "fail", "answer: 0.0 is not the right value")]
    return SubmissionGrade("alice/00_warmup.ipynb", "00_warmup", [
        ExerciseGrade("warmup-slope-function", 1.0, 2, "fail", "", cases),
        ExerciseGrade("warmup-power-rule", 0, 1, "missing", "`slope_at_2` is not defined"),
    ], seconds=2.5)


def test_results_have_one_test_per_exercise_with_gradescopes_keys():
    data = results([_graded()], visibility="after_published")
    assert data["score"] == 1.0 and data["execution_time"] == 2.5
    assert [test["name"] for test in data["tests"]] == ["00_warmup: warmup-slope-function", "00_warmup: warmup-power-rule"]
    for test in data["tests"]:
        assert TEST_KEYS <= set(test) and test["visibility"] == "after_published"
        assert test["status"] in ("passed", "failed")
    first, second = data["tests"]
    assert (first["score"], first["max_score"], second["score"], second["max_score"]) == (1.0, 2, 0, 1)
    # a hidden case says whether it passed, never its input or the answer's problem there
    assert "hidden case 2" in first["output"] and "7.25" not in first["output"] and "0.0" not in first["output"]
    assert "is not defined" in second["output"]


def test_the_zips_requirements_are_the_packages_and_its_grade_extra():
    import tomllib
    from interop_support import ROOT
    from packaging.requirements import Requirement

    from autograd_tutor.instructor.gradescope import REQUIREMENTS

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    grade = [req for req in project["optional-dependencies"]["grade"] if not req.startswith("autograd-tutor")]
    # Names only: a lower bound raised in pyproject.toml is best copied, but installs either way.
    names = lambda requirements: sorted(Requirement(req).name.lower() for req in requirements)  # noqa: E731
    assert names(REQUIREMENTS) == names(set(project["dependencies"]) | set(grade))


def test_bad_visibility_is_refused_and_an_empty_submission_says_so():
    with pytest.raises(ValueError):
        results([], visibility="sometimes")
    assert "no notebook" in results([])["output"] and set(VISIBILITIES) >= {"hidden", "visible"}


@pytest.mark.kernel
def test_run_autograder_from_the_zip_grades_a_fake_gradescope_layout(tmp_path):
    archive = build_autograder_zip(tmp_path / "autograder.zip", visibility="after_due_date")
    root = tmp_path / "autograder"
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert {"setup.sh", "run_autograder", "requirements.txt", "autograd_tutor/__init__.py"} <= set(names)
        for script in ("setup.sh", "run_autograder"):  # Gradescope runs both directly
            assert stat.S_IMODE(opened.getinfo(script).external_attr >> 16) & 0o111
        opened.extractall(root / "source")
    os.chmod(root / "source" / "run_autograder", 0o755)
    submission(root / "submission" / "00_warmup.ipynb", {**WRONG_VALUE, **PUBLIC_ONLY})
    env = dict(environment(), AUTOGRADER_ROOT=str(root), AUTOGRAD_TUTOR_PYTHON=sys.executable)
    run = subprocess.run([str(root / "source" / "run_autograder")], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    data = json.loads((root / "results" / "results.json").read_text())
    scores = {test["name"]: (test["score"], test["max_score"]) for test in data["tests"]}
    assert scores == {
        "00_warmup: warmup-power-rule": (0, 1), "00_warmup: warmup-gradient": (2, 2),
        "00_warmup: warmup-slope-function": (1, 2), "00_warmup: warmup-abs-differentiable": (1, 1),
    }
    assert data["score"] == 4 and {test["visibility"] for test in data["tests"]} == {"after_due_date"}


@pytest.mark.kernel
def test_run_autograder_without_a_notebook_still_writes_a_result(tmp_path):
    archive = build_autograder_zip(tmp_path / "autograder.zip")
    root = tmp_path / "autograder"
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(root / "source")
    os.chmod(root / "source" / "run_autograder", 0o755)
    (root / "submission").mkdir()
    (root / "submission" / "notes.txt").write_text("forgot the notebook")
    env = dict(environment(), AUTOGRADER_ROOT=str(root), AUTOGRAD_TUTOR_PYTHON=sys.executable)
    run = subprocess.run([str(root / "source" / "run_autograder")], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0
    data = json.loads((root / "results" / "results.json").read_text())
    assert data["score"] == 0 and "notebook" in data["output"]
