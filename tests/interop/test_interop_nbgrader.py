"""nbgrader interop, with the real nbgrader: our exercise notebooks and `release --format
nbgrader` go through `nbgrader generate_assignment` and `nbgrader autograde` in a temporary
course directory, and `autograd-tutor grade` reads the nbgrader-marked submission."""

import csv
import json
import shutil
import subprocess

import nbformat
import pytest
from interop_support import EXERCISES, PUBLIC_ONLY, WARMUP, command, environment, submission

from autograd_tutor.instructor.nbgrader_release import has_solution_region

pytestmark = pytest.mark.kernel


def test_every_solution_region_of_the_exercise_notebooks_is_in_an_nbgrader_solution_cell():
    notebooks = sorted(EXERCISES.glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        for cell in nbformat.read(path, as_version=4).cells:
            if has_solution_region(cell):
                meta = cell.metadata.get("nbgrader", {})
                assert meta.get("solution") is True and meta.get("grade_id"), (
                    f"{path.name}: a solution cell without nbgrader metadata; "
                    "run .venv/bin/python scripts/mark_nbgrader_solutions.py")


def _course(tmp_path, assignment, students=("alice",)):
    course = tmp_path / "course"
    (course / "source" / assignment).mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        "c.CourseDirectory.course_id = 'autograd'\n"
        f"c.CourseDirectory.db_assignments = [dict(name={assignment!r})]\n"
        f"c.CourseDirectory.db_students = [{', '.join(f'dict(id={s!r})' for s in students)}]\n"
    )
    return course


def _nbgrader(course, *args):
    shutil.which("nbgrader", path=environment()["PATH"]) or pytest.fail("nbgrader is not installed (pip install -e '.[test]')")
    result = subprocess.run([command("nbgrader"), *args], cwd=course, env=environment(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_nbgrader_generates_the_shipped_exercise_notebooks_as_they_are(tmp_path):
    course = _course(tmp_path, "exercises")
    for path in sorted(EXERCISES.glob("*.ipynb")):
        shutil.copy(path, course / "source" / "exercises" / path.name)
    _nbgrader(course, "generate_assignment", "exercises", "--force")
    released = nbformat.read(course / "release" / "exercises" / WARMUP.name, as_version=4)
    text = "\n".join(cell.source for cell in released.cells)
    assert "BEGIN SOLUTION" not in text and "3 * 2**2" not in text
    assert "raise NotImplementedError()" in text


def test_release_format_nbgrader_goes_through_generate_assignment_and_autograde(tmp_path):
    course = _course(tmp_path, "ps0")
    result = subprocess.run(
        [command("autograd-tutor"), "release", "--format", "nbgrader", str(WARMUP),
         "-o", str(course / "source" / "ps0"), "--seed", "12345"],
        capture_output=True, text=True, env=environment(), timeout=120,
    )
    assert result.returncode == 0, result.stderr
    source = nbformat.read(course / "source" / "ps0" / WARMUP.name, as_version=4)
    tests = {cell.metadata.nbgrader.grade_id: cell for cell in source.cells
             if cell.metadata.get("nbgrader", {}).get("grade")}
    from autograd_tutor.exercises import registry

    exercises = registry.assignments()["00_warmup"]
    assert {ex.id: ex.points for ex in exercises} == {key: cell.metadata.nbgrader.points for key, cell in tests.items()}
    assert all(cell.metadata.nbgrader.locked and not cell.metadata.nbgrader.solution for cell in tests.values())

    _nbgrader(course, "generate_assignment", "ps0", "--force")
    released = nbformat.read(course / "release" / "ps0" / WARMUP.name, as_version=4)
    released_text = "\n".join(cell.source for cell in released.cells)
    assert "12345" not in released_text and "HIDDEN TESTS" not in released_text  # the seed stays secret
    assert "graded_points('warmup-slope-function', seed=_seed)" in released_text

    # alice answers the function exercise right on the public inputs only
    submission(course / "submitted" / "alice" / "ps0" / WARMUP.name, PUBLIC_ONLY,
               source=course / "source" / "ps0" / WARMUP.name)
    _nbgrader(course, "autograde", "ps0", "--force")
    probe = subprocess.run(
        [command("python"), "-c",
         "import json\nfrom nbgrader.api import Gradebook\n"
         "with Gradebook('sqlite:///gradebook.db') as gb:\n"
         "    nb = gb.find_submission_notebook('00_warmup', 'ps0', 'alice')\n"
         "    print(json.dumps({g.name: [g.auto_score, g.max_score] for g in nb.grades}))"],
        cwd=course, capture_output=True, text=True, env=environment(), timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    scores = json.loads(probe.stdout)
    # two public and two hidden cases: half the points; the rest all right
    assert scores == {
        "warmup-power-rule": [1.0, 1.0], "warmup-gradient": [2.0, 2.0],
        "warmup-slope-function": [1.0, 2.0], "warmup-abs-differentiable": [1.0, 1.0],
    }

    # our grader reads the same nbgrader-marked submission: the same points
    out = tmp_path / "grades.csv"
    graded = subprocess.run(
        [command("autograd-tutor"), "grade", str(course / "submitted"), "--out", str(out), "--no-progress"],
        capture_output=True, text=True, env=environment(), timeout=300,
    )
    assert graded.returncode == 0, graded.stderr
    with out.open() as handle:
        rows = {row["exercise"]: [float(row["points"]), float(row["max_points"])] for row in csv.DictReader(handle)}
    assert rows == scores


def test_release_format_nbgrader_refuses_a_notebook_of_no_known_assignment(tmp_path):
    from autograd_tutor.exercises.release import ReleaseError
    from autograd_tutor.instructor.nbgrader_release import release_nbgrader

    path = tmp_path / "mystery.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), path)
    with pytest.raises(ReleaseError, match="assignment is not known"):
        release_nbgrader(path, tmp_path / "out")
    assert release_nbgrader(path, tmp_path / "out", assignment="00_warmup")  # named: written
