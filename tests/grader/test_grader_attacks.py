"""Students try to break the grader (tests/attacks/catalog.py). Each attack scores no point
it did not earn, and still gets exactly one row per exercise."""

import json

import pytest
from attacks.catalog import ATTACKS, EXERCISES, write_all
from attacks.once import once_per_session
from attacks.snapshot import grade_all_in_snapshot, snapshot_package

from autograd_tutor.exercises.grade import grader
from autograd_tutor.exercises.grade.runner import RunSettings
from autograd_tutor.exercises.sandbox.workspace import Limits

pytestmark = pytest.mark.kernel

SETTINGS = grader.GradeSettings(
    run=RunSettings(
        cell_timeout=2, submission_timeout=6, extraction_timeout=4,
        limits=Limits(memory_mb=1024, cpu_seconds=40),
    ),
    call_timeout=2,
    functions_timeout=10,
)


@pytest.fixture(scope="session")
def graded(tmp_path_factory):
    """Attack name -> the grader's JSON report for it (all graded in one run, jobs 2, from a
    snapshot of the package: attacks/snapshot.py)."""

    def grade_attacks(directory):
        paths = write_all(directory / "notebooks")
        reports = grade_all_in_snapshot(snapshot_package(directory / "package"), paths, SETTINGS, jobs=2)
        return {path.name.split("-")[0]: report for path, report in zip(paths, reports)}

    return once_per_session(tmp_path_factory, "grader-attacks", grade_attacks)


def _statuses(report):
    return {entry["exercise"]: entry["status"] for entry in report["exercises"]}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_no_unearned_points_and_one_row_per_exercise(graded, attack):
    report = graded[attack]
    _, earned = ATTACKS[attack]
    assert [entry["exercise"] for entry in report["exercises"]] == EXERCISES
    assert sum(entry["points"] for entry in report["exercises"]) == earned, report
    assert set(_statuses(report).values()) <= set(grader.STATUSES)


def test_answers_posing_as_equal_to_everything_are_errors(graded):
    assert set(_statuses(graded["always_equal"]).values()) == {"error"}


def test_a_killed_kernel_gives_error_rows(graded):
    for attack in ("kill_kernel", "kill_during_extraction"):
        assert set(_statuses(graded[attack]).values()) == {"error"}
        assert "died" in graded[attack]["problem"]


def test_a_forged_payload_beside_the_real_one_is_rejected(graded):
    assert "expected one answer payload" in graded["forge_extraction"]["problem"]


def test_an_infinite_loop_is_interrupted_and_the_notebook_goes_on(graded):
    cells = graded["infinite_loop"]["execution"]["cells"]
    assert [cell["status"] for cell in cells] == ["timeout"]


def test_a_hang_that_ignores_interrupts_is_cut_by_the_submission_time_limit(graded):
    report = graded["uninterruptible_hang"]
    assert set(_statuses(report).values()) == {"timeout"}
    assert report["seconds"] < SETTINGS.run.submission_timeout + SETTINGS.run.extraction_timeout + 10


def test_huge_outputs_are_truncated(graded):
    report = graded["huge_output"]
    assert report["execution"]["outputs_truncated"]
    assert len(json.dumps(report)) < 100_000


def test_memory_bomb_and_oversized_answer(graded):
    statuses = _statuses(graded["memory_bomb"])
    assert statuses["warmup-power-rule"] == "error"  # a million-number answer
    assert statuses["warmup-gradient"] == "fail"  # the kernel survived the bomb


def test_deleted_exercise_cells_are_missing(graded):
    statuses = _statuses(graded["deleted_cells"])
    assert statuses["warmup-gradient"] == statuses["warmup-abs-differentiable"] == "missing"


def test_the_answer_key_is_out_of_reach_in_the_kernel_and_the_sandbox(graded):
    slope = next(entry for entry in graded["read_answer_key"]["exercises"] if entry["exercise"] == "warmup-slope-function")
    assert "ImportError" in slope["message"]


def _exercise(report, exercise_id):
    return next(entry for entry in report["exercises"] if entry["exercise"] == exercise_id)


@pytest.mark.parametrize("attack", ["import_reference", "import_reference_unguarded"])
def test_a_function_answer_cannot_import_the_exercises_reference(graded, attack):
    slope = _exercise(graded[attack], "warmup-slope-function")
    assert slope["status"] == "error"
    assert "answer key cannot be imported while grading" in slope["message"]


def test_the_key_read_in_the_kernel_does_not_reach_the_sandbox(graded):
    slope = _exercise(graded["key_without_flag"], "warmup-slope-function")
    assert slope["status"] == "error" and "NameError" in slope["message"]


def test_huge_integers_are_wrong_answers_not_grader_errors(graded):
    report = graded["huge_integers"]
    assert "internal grader error" not in report["problem"]
    power = _exercise(report, "warmup-power-rule")
    assert power["status"] == "fail" and "too large to be the right value" in power["message"]
    gradient = _exercise(report, "warmup-gradient")
    assert gradient["status"] == "error" and "digits" in gradient["message"]


def test_a_forged_payload_is_held_to_the_plain_data_rules(graded):
    gradient = _exercise(graded["nested_payload"], "warmup-gradient")
    assert gradient["status"] == "error" and "nested too deeply" in gradient["message"]
    assert len(json.dumps(graded["nested_payload"])) < 100_000
    report = graded["nested_beyond_recursion"]
    assert "nested too deeply" in report["problem"] and "internal grader error" not in report["problem"]


def test_a_function_answer_that_rewrites_its_reply_loses_only_its_own_points(graded):
    report = graded["nested_function_reply"]
    slope = _exercise(report, "warmup-slope-function")
    assert slope["status"] == "error" and "nested too deeply" in slope["message"]
    assert _exercise(report, "warmup-power-rule")["status"] == "pass"


def test_a_notebook_of_many_cells_gets_a_small_report(graded):
    report = graded["many_cells"]
    execution = report["execution"]
    assert execution["kernel"] == "died"
    assert len(execution["cells"]) == 100 and execution["cells_not_listed"] == 8_000 + 1 - 100
    assert len(json.dumps(report)) < 100_000


@pytest.mark.parametrize("attack", ["fill_shared_folder", "nest_in_shared_folder"])
def test_a_kernel_filling_the_folder_it_shares_with_the_grader_is_stopped(graded, attack):
    if not graded[attack]["execution"]["sandbox"]:
        pytest.skip("unsandboxed, the kernel may write anywhere")
    assert "folder it shares with the grader" in graded[attack]["problem"]
    assert "internal grader error" not in graded[attack]["problem"]


def test_function_answers_filling_the_shared_folder_are_stopped(graded):
    report = graded["fill_shared_folder_from_function"]
    if not report["execution"]["sandbox"]:
        pytest.skip("unsandboxed, the function answers may write anywhere")
    slope = _exercise(report, "warmup-slope-function")
    assert slope["status"] == "error" and "folder it shares with the grader" in slope["message"]
