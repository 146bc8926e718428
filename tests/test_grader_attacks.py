"""Students try to break the grader (tests/attacks/catalog.py). Each attack scores no point
it did not earn, and still gets exactly one row per exercise."""

import json

import pytest

from attacks.catalog import ATTACKS, EXERCISES, write_all
from autograd_tutor.exercises import grader
from autograd_tutor.exercises.isolation import Limits
from autograd_tutor.exercises.runner import RunSettings

pytestmark = pytest.mark.kernel

SETTINGS = grader.GradeSettings(
    run=RunSettings(
        cell_timeout=2, submission_timeout=6, extraction_timeout=4,
        limits=Limits(memory_mb=1024, cpu_seconds=40),
    ),
    call_timeout=2,
    functions_timeout=10,
)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    directory = tmp_path_factory.mktemp("attacks")
    paths = write_all(directory)
    grades = grader.grade_all(paths, SETTINGS, jobs=2)
    grader.write_csv(grades, directory / "grades.csv")
    return {path.name.split("-")[0]: grade for path, grade in zip(paths, grades)}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_no_unearned_points_and_one_row_per_exercise(graded, attack):
    grade = graded[attack]
    _, earned = ATTACKS[attack]
    assert [row["exercise"] for row in grade.rows()] == EXERCISES
    assert sum(exercise.points for exercise in grade.exercises) == earned, grade.as_report()
    assert all(row["status"] in grader.STATUSES for row in grade.rows())


def test_answers_posing_as_equal_to_everything_are_errors(graded):
    assert {row["status"] for row in graded["always_equal"].rows()} == {"error"}


def test_a_killed_kernel_gives_error_rows(graded):
    for attack in ("kill_kernel", "kill_during_extraction"):
        assert {row["status"] for row in graded[attack].rows()} == {"error"}
        assert "died" in graded[attack].problem


def test_a_forged_payload_beside_the_real_one_is_rejected(graded):
    assert "expected one answer payload" in graded["forge_extraction"].problem


def test_an_infinite_loop_is_interrupted_and_the_notebook_goes_on(graded):
    cells = graded["infinite_loop"].execution["cells"]
    assert [cell["status"] for cell in cells] == ["timeout"]


def test_a_hang_that_ignores_interrupts_is_cut_by_the_submission_time_limit(graded):
    grade = graded["uninterruptible_hang"]
    assert {row["status"] for row in grade.rows()} == {"timeout"}
    assert grade.seconds < SETTINGS.run.submission_timeout + SETTINGS.run.extraction_timeout + 10


def test_huge_outputs_are_truncated(graded):
    report = graded["huge_output"].as_report()
    assert report["execution"]["outputs_truncated"]
    assert len(json.dumps(report)) < 100_000


def test_memory_bomb_and_oversized_answer(graded):
    grade = graded["memory_bomb"]
    by_exercise = {row["exercise"]: row["status"] for row in grade.rows()}
    assert by_exercise["warmup-power-rule"] == "error"  # a million-number answer
    assert by_exercise["warmup-gradient"] == "fail"  # the kernel survived the bomb


def test_deleted_exercise_cells_are_missing(graded):
    statuses = {row["exercise"]: row["status"] for row in graded["deleted_cells"].rows()}
    assert statuses["warmup-gradient"] == statuses["warmup-abs-differentiable"] == "missing"


def test_the_answer_key_is_out_of_reach_in_the_kernel_and_the_sandbox(graded):
    grade = graded["read_answer_key"]
    slope = next(exercise for exercise in grade.exercises if exercise.exercise == "warmup-slope-function")
    assert "ImportError" in slope.message
