"""Batch grading: submissions -> grades.csv plus one JSON report per submission.

Each submission runs in its own fresh kernel (runner.py); function answers run in the
sandbox (sandbox/functions.py); answers are judged in this process (scoring.py). Workers are
threads: the heavy lifting happens in kernel processes, and the judging is serialized anyway.
How a run is set up (limits, seed, sandbox) is settings.py; the order in which submissions
run their code is turns.py.

A grading run has one seed (registry/drawing.py), drawn from `secrets` unless given: it decides
the inputs of drawn hidden cases, and every report records it so that `--seed` reproduces a grade.

A run also watches the grader's own files (integrity.py): once a submission has changed
them, its grade and every later one are `error` rows, and nothing more is run or judged.
"""

import re
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import registry
from ..sandbox.functions import run_functions
from ..sandbox.workspace import Limits, workspace
from .integrity import TamperWatch
from .path_labels import escaped, path_label
from .result_files import CSV_COLUMNS, report_path, write_csv, write_report
from .runner import RunSettings, run_submission
from .scoring import ERROR, STATUSES, ExerciseGrade, function_requests, grade_exercises
from .settings import GradeSettings, SandboxUnavailable
from .submissions import find_notebooks, read_notebook
from .turns import SlotTurn, Turns

UNKNOWN_ASSIGNMENT = "(unknown assignment)"
MAX_PROBLEM = 500  # characters of a problem text in a report (it may quote a kernel)


@dataclass
class SubmissionGrade:
    notebook: str
    assignment: str | None
    exercises: list
    execution: dict = field(default_factory=dict)
    problem: str = ""
    seconds: float = 0.0
    seed: int | None = None

    def rows(self):
        return [
            {
                "notebook": path_label(self.notebook),
                "exercise": grade.exercise,
                "points": _number(grade.points),
                "max_points": _number(grade.max_points),
                "status": grade.status,
            }
            for grade in self.exercises
        ]

    def as_report(self):
        return {
            "notebook": path_label(self.notebook),
            "assignment": self.assignment,
            "seed": self.seed,
            "points": _number(sum(grade.points for grade in self.exercises)),
            "max_points": _number(sum(grade.max_points for grade in self.exercises)),
            "problem": self.problem,
            "seconds": round(self.seconds, 3),
            "execution": self.execution,
            "exercises": [grade.as_report() for grade in self.exercises],
        }


def select_shard(paths, shard):
    """`shard` is "i/n" with 1 <= i <= n: every n-th notebook of the sorted list from the i-th."""
    match = re.fullmatch(r"(\d+)/(\d+)", shard or "")
    if not match:
        raise ValueError(f"--shard must look like i/n, got {shard!r}")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1:
        raise ValueError(f"--shard {shard}: the number of shards n must be at least 1")
    if not 1 <= index <= count:
        raise ValueError(f"--shard {shard}: shards are numbered 1..{count}")
    return sorted(paths, key=str)[index - 1 :: count]


def resolve_assignment(path, nb, forced=None):
    """The forced name, else a known assignment name in the file name (the longest), else
    the notebook's `autograd_tutor.assignment` metadata."""
    known = registry.assignments()
    if forced:
        if forced not in known:
            raise ValueError(f"unknown assignment {forced!r}; known: {', '.join(sorted(known))}")
        return forced
    in_name = [name for name in known if name in Path(path).name]
    if in_name:
        return max(in_name, key=len)
    if nb is not None:
        # The metadata is the student's: any JSON type may stand where a dict or str belongs.
        metadata = nb.get("metadata")
        ours = metadata.get("autograd_tutor") if isinstance(metadata, dict) else None
        claimed = ours.get("assignment") if isinstance(ours, dict) else None
        if isinstance(claimed, str) and claimed in known:
            return claimed
    return None


class GraderTampered(Exception):
    """The grader's own files changed while grading: nothing after that can be trusted."""


def grade_submission(path, settings=GradeSettings(), watch=None, root=None, gate=None):
    """Grade one notebook. Whatever the submission does, this returns a grade per exercise
    (failures become error rows); only a broken installation (answer key) raises. Without
    a seed in `settings`, this one submission is a run of its own with a fresh seed;
    without a `watch` (integrity.py), it watches the grader's files itself. `root`: the
    folder the notebook was found under (submissions.py). `gate`: its turn among the
    submissions of grade_all (turns.Turn)."""
    started = time.monotonic()
    settings = settings.with_seed()
    if gate is not None and not hasattr(gate, "done"):
        gate = SlotTurn(gate)  # a bare semaphore (e.g. one per dask worker): slots, no order
    if not settings.run.sandbox and settings.sandbox != "off":
        settings = settings.with_sandbox()
    watch = watch or TamperWatch()
    try:
        grade = _grade_submission(path, settings, started, watch, root, gate)
    except Exception as error:  # whatever it was, this submission gets rows and the batch goes on
        grade = _failed(path, settings, f"internal grader error: {type(error).__name__}: {error}", started)
    finally:
        if gate is not None:
            gate.done()
    grade.seed = settings.seed
    grade.problem = str(grade.problem)[:MAX_PROBLEM]
    return grade


def _failed(path, settings, problem, started):
    """Error rows for a submission that could not be graded at all."""
    try:
        assignment = settings.assignment or resolve_assignment(path, None)
    except Exception:
        assignment = None
    exercises = registry.assignments().get(assignment) if assignment else None
    if exercises:
        grades = [_error_grade(exercise, problem) for exercise in exercises]
    else:
        grades = [ExerciseGrade(UNKNOWN_ASSIGNMENT, 0, 0, ERROR, problem[:MAX_PROBLEM])]
    return SubmissionGrade(str(path), assignment, grades, problem=problem, seconds=time.monotonic() - started)


def _grade_submission(path, settings, started, watch, root, gate):
    nb, problem = read_notebook(path, root)
    try:
        assignment = resolve_assignment(path, nb, settings.assignment)
    except ValueError as error:
        assignment, problem = None, str(error)
    if assignment is None:
        grade = ExerciseGrade(UNKNOWN_ASSIGNMENT, 0, 0, ERROR, problem or "the assignment is not known")
        return SubmissionGrade(str(path), None, [grade], problem=grade.message, seconds=time.monotonic() - started)
    exercises = registry.assignments()[assignment]
    if nb is None:
        grades = [_error_grade(exercise, problem) for exercise in exercises]
        return SubmissionGrade(str(path), assignment, grades, problem=problem, seconds=time.monotonic() - started)
    try:
        grades, execution = _run_and_grade(nb, exercises, settings, watch, gate)
        problem = execution.get("problem", "")
    except GraderTampered as tampered:
        problem = str(tampered)
        grades, execution = [_error_grade(exercise, problem) for exercise in exercises], {}
    except Exception as error:  # a grader bug must still leave a row per exercise
        problem = f"internal grader error: {type(error).__name__}: {error}"
        grades, execution = [_error_grade(exercise, problem) for exercise in exercises], {"traceback": traceback.format_exc()}
    return SubmissionGrade(str(path), assignment, grades, execution, problem, time.monotonic() - started)


def grade_all(paths, settings=GradeSettings(), jobs=1, progress=False, on_done=None, watch=None, roots=None):
    """Grade notebooks on `jobs` parallel workers; results in the order of `paths`. One run:
    every submission gets the same seed, hence the same drawn hidden inputs. A caller that
    passes its own `watch` (a TamperWatch) can ask it afterwards whether the run was tainted.
    `roots`: {path: folder it was found under} (submissions.roots_of). Nothing a submission
    does ends the run: a failure anywhere becomes that submission's error rows, and a failing
    `on_done` is reported on stderr."""
    paths = list(paths)
    settings = settings.with_seed().with_sandbox()
    registry.all_exercises()  # the answer key loads before any submission runs
    watch = watch or TamperWatch()
    roots = roots or {}
    results = {}
    bar = _progress_bar(len(paths), progress)
    # `jobs` submissions run their code at a time (the gate); as many more kernels start
    # meanwhile, so that kernel start-up, mostly waiting, overlaps the running ones.
    turns = Turns(max(1, jobs))
    with ThreadPoolExecutor(max_workers=2 * max(1, jobs)) as pool:
        futures = {
            pool.submit(grade_submission, path, settings, watch, roots.get(path), turns.turn(ticket)): path
            for ticket, path in enumerate(paths)
        }
        for future in as_completed(futures):
            path = futures[future]
            try:
                grade = future.result()
            except Exception as error:
                grade = _failed(path, settings, f"internal grader error: {type(error).__name__}: {error}", time.monotonic())
                grade.seed = settings.seed
            results[path] = grade
            if on_done:
                try:
                    on_done(grade)
                except Exception as error:
                    print(f"autograd-tutor grade: {path_label(path)}: {type(error).__name__}: {escaped(str(error))}", file=sys.stderr)
            bar.update(1)
    bar.close()
    return [results[path] for path in paths]


def _run_and_grade(nb, exercises, settings, watch, turn=None):
    return _run_and_grade_in_turn(nb, exercises, settings, watch, turn)


def _run_and_grade_in_turn(nb, exercises, settings, watch, turn):
    def refuse_if_tampered():
        if watch.changes():
            raise GraderTampered(f"not graded: {watch.describe()}; grade this notebook again in a new run, after restoring the package")

    refuse_if_tampered()
    if turn is not None:
        turn.on_start = refuse_if_tampered  # the kernel started early: check again when its turn comes
    answer_names = [exercise.answer for exercise in exercises]
    execution = run_submission(nb, answer_names, settings.run, turn)
    _stop_if_tampered(watch)
    requests = function_requests(exercises, execution.answers, settings.seed)
    outcomes = {}
    if requests:
        limits = replace(settings.run.limits, cpu_seconds=int(settings.functions_timeout) + 5)
        with workspace(limits.processes, settings.run.sandbox, settings.run.quotas) as space:
            outcomes = run_functions(requests, space, limits, settings.call_timeout, settings.functions_timeout)
        _stop_if_tampered(watch)
    # Judging runs library code in this process: only once the files are known to be intact.
    grades = grade_exercises(exercises, nb, execution, outcomes, settings.seed)
    return grades, {**execution.as_report(), "sandbox": settings.run.sandbox}


def _stop_if_tampered(watch):
    if watch.changes():
        raise GraderTampered(
            f"{watch.describe()}; a submission rewrote them while this one was graded, so its grade cannot be trusted"
        )


def _error_grade(exercise, message):
    return ExerciseGrade(exercise.id, 0, exercise.points, ERROR, message)


def _number(value):
    return int(value) if float(value).is_integer() else round(value, 2)


def _progress_bar(total, enabled):
    from tqdm import tqdm

    return tqdm(total=total, unit="notebook", desc="grading", disable=not enabled)


__all__ = [
    "CSV_COLUMNS", "STATUSES", "GradeSettings", "Limits", "RunSettings", "SandboxUnavailable",
    "SubmissionGrade", "find_notebooks", "grade_all", "grade_submission", "report_path",
    "resolve_assignment", "select_shard", "write_csv", "write_report",
]
