"""The autograder test cells of `autograd-tutor release --format nbgrader` call `graded_points`.

nbgrader scores a test cell by its output: an error gives no points, a number as the cell's
result gives that many (partial credit), anything else full points, and so does nothing on
stderr. `graded_points` therefore prints one line per case on stdout, raises when no case
passes and otherwise returns the exercise's points times the share of cases passed.

In the student's copy the cell runs the public cases; the hidden-tests block that
`nbgrader generate_assignment` strips (and `nbgrader autograde` puts back) passes the seed
that adds the hidden cases, drawn ones included. Inside our own grader's kernels the cell
only says that the grader judges the answers, as `check()` does.
"""

import sys

from .. import registry
from ..grade.grading_mode import in_grading_kernel
from .check import _outcome
from .judging import PASS, judge

_MISSING = object()


class NoCasePassed(AssertionError):
    """Raised so that nbgrader gives the test cell no points."""


def graded_points(exercise_id, seed=None, answer=_MISSING):
    """Judge the exercise's answer variable (or `answer`) in the calling notebook: public
    cases only, or every case when `seed` (a grading seed) is given. Returns the points."""
    if in_grading_kernel():
        print(f"{exercise_id}: answers are judged by the grader in this run")
        return None
    exercise = registry.get(exercise_id)
    if answer is _MISSING:
        caller_globals = sys._getframe(1).f_globals
        if exercise.answer not in caller_globals:
            raise NoCasePassed(f"{exercise_id}: `{exercise.answer}` is not defined")
        answer = caller_globals[exercise.answer]
    pairs = exercise.cases("public") if seed is None else exercise.cases(seed=seed)
    results = judge(exercise, pairs, [_outcome(exercise, answer, case) for _, case in pairs])
    for number, result in enumerate(results, 1):
        mark = "✓" if result.status == PASS else "✗"
        if result.visibility == "public":
            detail = f": {result.message}" if result.message else ""
            print(f"  {mark} public case {number} ({result.label}){detail}")
        else:  # hidden cases by number only: their inputs stay out of the feedback
            print(f"  {mark} hidden case {number}")
    passed = sum(result.status == PASS for result in results)
    print(f"{exercise_id}: {passed} of {len(results)} cases passed")
    if not passed:
        raise NoCasePassed(f"{exercise_id}: no case passed")
    return round(exercise.points * passed / len(results), 2)
