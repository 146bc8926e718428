"""Turn one submission's execution (runner.py) into a grade per exercise.

Everything here happens in the grader's own process, on plain data only: the extracted
answers, the sandbox's outcomes for function answers, and reference answers computed by
the library. Every exercise of the assignment gets exactly one grade, whatever happened.
`seed` is the grading run's: it decides the inputs of drawn hidden cases (registry/drawing.py).
"""

import re
import threading
from dataclasses import dataclass, field

from .. import registry
from ..feedback.judging import ERROR, FAIL, PASS, TIMEOUT, Outcome, expected_answer, judge
from .runner import DIED, TIMED_OUT

MISSING = "missing"
STATUSES = (PASS, FAIL, ERROR, TIMEOUT, MISSING)

# References run the library's autograd, whose global state (grad mode...) is not
# thread-safe; parallel workers judge one at a time. References are cached: they are pure,
# so a reference and its args (drawn ones included) decide the answer.
_reference_lock = threading.Lock()
_reference_cache: dict = {}
REFERENCE_CACHE_SIZE = 4096


@dataclass
class ExerciseGrade:
    exercise: str
    points: float
    max_points: float
    status: str
    message: str = ""
    cases: list = field(default_factory=list)

    def as_report(self):
        return {
            "exercise": self.exercise,
            "status": self.status,
            "points": self.points,
            "max_points": self.max_points,
            "message": self.message,
            "cases": [case.as_report() for case in self.cases],
        }


def no_answer(exercise, status, message):
    return ExerciseGrade(exercise.id, 0, exercise.points, status, message)


def grade_exercises(exercises, nb, execution, function_outcomes, seed):
    """One ExerciseGrade per exercise. `function_outcomes`: {exercise id: [Outcome]}."""
    return [_grade(exercise, nb, execution, function_outcomes, seed) for exercise in exercises]


def function_requests(exercises, answers, seed):
    """What the sandbox must run: every function exercise answered with a function, on the
    inputs of all its cases (drawn ones as drawn for `seed`)."""
    requests = {}
    for exercise in exercises:
        entry = (answers or {}).get(exercise.answer, {})
        if exercise.kind == registry.FUNCTION and entry.get("kind") == "function":
            requests[exercise.id] = {
                "source": str(entry.get("source", "")),
                "names": [str(entry.get("name", "")), exercise.answer],
                "calls": [list(case.args) for _, case in exercise.cases(seed=seed)],
            }
    return requests


def _grade(exercise, nb, execution, function_outcomes, seed):
    if execution.answers is None:
        hung = execution.extraction_timed_out or execution.kernel == TIMED_OUT
        status = TIMEOUT if hung and execution.kernel != DIED else ERROR
        return no_answer(exercise, status, execution.problem or "no answers could be read")
    entry = execution.answers[exercise.answer]
    kind = entry["kind"]
    if kind == "missing":
        if _answer_cells_timed_out(exercise, nb, execution):
            return no_answer(exercise, TIMEOUT, f"`{exercise.answer}` was not defined: its cell ran out of time")
        return no_answer(exercise, MISSING, f"`{exercise.answer}` is not defined")
    if kind == "error":
        return no_answer(exercise, ERROR, str(entry.get("error", ""))[:500])
    wants_function = exercise.kind == registry.FUNCTION
    if (kind == "function") != wants_function:
        wanted = "a function" if wants_function else "a value"
        return no_answer(exercise, ERROR, f"`{exercise.answer}` should be {wanted}, not a {kind}")
    pairs = exercise.cases(seed=seed)
    if wants_function:
        outcomes = function_outcomes[exercise.id]
    else:
        outcomes = [Outcome.of_value(entry.get("value"))] * len(pairs)
    with _reference_lock:
        results = judge(exercise, pairs, outcomes, expected_lookup=_cached_reference)
    return _summarize(exercise, results)


def _summarize(exercise, results):
    passed = sum(result.status == PASS for result in results)
    points = round(exercise.points * passed / len(results), 2)
    if passed == len(results):
        status = PASS
    elif passed or any(result.status == FAIL for result in results):
        status = FAIL
    else:
        status = TIMEOUT if any(result.status == TIMEOUT for result in results) else ERROR
    first_problem = next((result.message for result in results if result.status != PASS), "")
    return ExerciseGrade(exercise.id, points, exercise.points, status, first_problem, results)


def _cached_reference(case):
    # Keyed by the reference's identity (kept alive with the entry, so the id stays unique)
    # and the args' repr (args may be unhashable; plain data has an exact repr).
    key = (id(case.reference), repr(case.args))
    if key not in _reference_cache:
        if len(_reference_cache) >= REFERENCE_CACHE_SIZE:
            _reference_cache.clear()  # each run's seed brings new drawn args
        _reference_cache[key] = (case.reference, expected_answer(case))
    return _reference_cache[key][1]


def _answer_cells_timed_out(exercise, nb, execution):
    mentions = re.compile(rf"\b{re.escape(exercise.answer)}\b")
    timed_out = {cell.index for cell in execution.cells if cell.status in ("timeout", "not-run")}
    return any(
        index in timed_out and mentions.search(cell.source)
        for index, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
    )
