"""Function answers judged on hidden inputs drawn for the grading run: hard-coding every
input a learner could know in advance earns the public points only, a real solution earns
all, and the run's seed makes a grade reproducible. Runs the grader's sandbox process on
answers as the kernel hands them over (source text); no notebook kernel is needed."""

from pathlib import Path

import nbformat
import pytest
from attacks.hard_coding import OLD_HIDDEN_INPUTS, hard_coded_source, public_share

from autograd_tutor.exercises import registry
from autograd_tutor.exercises.grade.runner import Execution
from autograd_tutor.exercises.grade.scoring import function_requests, grade_exercises
from autograd_tutor.exercises.sandbox.functions import run_functions
from autograd_tutor.exercises.sandbox.workspace import Limits, workspace

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks" / "exercises"
LIMITS = Limits(memory_mb=1024, cpu_seconds=30)
FUNCTION_EXERCISES = list(OLD_HIDDEN_INPUTS)


def _solution_source(exercise):
    """The solution cell of the source notebook that defines the exercise's function."""
    nb = nbformat.read(NOTEBOOKS / f"{exercise.assignment}.ipynb", as_version=4)
    return next(cell.source for cell in nb.cells if f"def {exercise.answer}(" in cell.source)


def _grade(sources, seed):
    """Grade function answers {exercise id: source} as the grader does -> {id: grade}."""
    exercises = [registry.get(exercise_id) for exercise_id in sources]
    answers = {
        exercise.answer: {"kind": "function", "name": exercise.answer, "source": sources[exercise.id]}
        for exercise in exercises
    }
    requests = function_requests(exercises, answers, seed)
    with workspace(LIMITS.processes) as space:
        outcomes = run_functions(requests, space, LIMITS, call_timeout=10, total_timeout=60)
    grades = grade_exercises(exercises, None, Execution(answers=answers), outcomes, seed)
    return {grade.exercise: grade for grade in grades}


@pytest.mark.parametrize("seed", [0, 2**53 - 1])
def test_hard_coding_every_known_input_scores_no_hidden_point(seed):
    exercises = [registry.get(exercise_id) for exercise_id in FUNCTION_EXERCISES]
    grades = _grade({exercise.id: hard_coded_source(exercise.id) for exercise in exercises}, seed)
    for exercise in exercises:
        grade = grades[exercise.id]
        statuses = {visibility: [case.status for case in grade.cases if case.visibility == visibility]
                    for visibility in ("public", "hidden")}
        assert set(statuses["public"]) == {"pass"} and set(statuses["hidden"]) == {"fail"}, grade
        assert grade.status == "fail" and grade.points == public_share(exercise.id) > 0


def test_the_notebook_solutions_pass_and_the_seed_reproduces_the_grade():
    exercises = [registry.get(exercise_id) for exercise_id in FUNCTION_EXERCISES]
    sources = {exercise.id: _solution_source(exercise) for exercise in exercises}
    first, again, other = _grade(sources, 12345), _grade(sources, 12345), _grade(sources, 54321)
    for exercise in exercises:
        assert first[exercise.id].status == "pass", first[exercise.id]
        assert first[exercise.id].as_report() == again[exercise.id].as_report()
        hidden = [[case.label for case in grade[exercise.id].cases if case.visibility == "hidden"]
                  for grade in (first, other)]
        assert hidden[0] != hidden[1]  # another run, other hidden inputs
