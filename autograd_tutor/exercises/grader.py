"""Batch grading: submissions -> grades.csv plus one JSON report per submission.

Each submission runs in its own fresh kernel (runner.py); function answers run in the
sandbox (sandbox.py); answers are judged in this process (grading.py). Workers are threads:
the heavy lifting happens in kernel processes, and the judging is serialized anyway.

A grading run has one seed (drawing.py), drawn from `secrets` unless given: it decides the
inputs of drawn hidden cases, and every report records it so that `--seed` reproduces a grade.

A run also watches the grader's own files (integrity.py): once a submission has changed
them, its grade and every later one are `error` rows, and nothing more is run or judged.
"""

import csv
import json
import re
import time
import traceback
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

import nbformat

from . import registry
from .drawing import check_seed, new_seed
from .grading import ERROR, STATUSES, ExerciseGrade, function_requests, grade_exercises
from .integrity import TamperWatch
from .isolation import Limits, workspace
from .runner import RunSettings, run_submission
from .sandbox import run_functions

CSV_COLUMNS = ["notebook", "exercise", "points", "max_points", "status"]
UNKNOWN_ASSIGNMENT = "(unknown assignment)"


@dataclass(frozen=True)
class GradeSettings:
    run: RunSettings = field(default_factory=RunSettings)
    call_timeout: float = 10  # one call of a function answer
    functions_timeout: float = 60  # all function answers of one submission
    assignment: str | None = None  # force the assignment instead of guessing it
    seed: int | None = None  # of drawn hidden inputs; None: a fresh secret one per run

    def __post_init__(self):
        if self.seed is not None:
            check_seed(self.seed)

    def with_seed(self):
        """These settings with a seed: the given one, else a fresh one from `secrets`."""
        return self if self.seed is not None else replace(self, seed=new_seed())


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
                "notebook": self.notebook,
                "exercise": grade.exercise,
                "points": _number(grade.points),
                "max_points": _number(grade.max_points),
                "status": grade.status,
            }
            for grade in self.exercises
        ]

    def as_report(self):
        return {
            "notebook": self.notebook,
            "assignment": self.assignment,
            "seed": self.seed,
            "points": _number(sum(grade.points for grade in self.exercises)),
            "max_points": _number(sum(grade.max_points for grade in self.exercises)),
            "problem": self.problem,
            "seconds": round(self.seconds, 3),
            "execution": self.execution,
            "exercises": [grade.as_report() for grade in self.exercises],
        }


def find_notebooks(paths):
    """Notebook files named directly or found under directories, sorted."""
    found = set()
    for path in map(Path, paths):
        if path.is_dir():
            found.update(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        else:
            found.add(path)
    return sorted(found, key=str)


def select_shard(paths, shard):
    """`shard` is "i/n" with 1 <= i <= n: every n-th notebook of the sorted list from the i-th."""
    match = re.fullmatch(r"(\d+)/(\d+)", shard or "")
    if not match:
        raise ValueError(f"--shard must look like i/n, got {shard!r}")
    index, count = int(match.group(1)), int(match.group(2))
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
        claimed = nb.get("metadata", {}).get("autograd_tutor", {}).get("assignment")
        if claimed in known:
            return claimed
    return None


class GraderTampered(Exception):
    """The grader's own files changed while grading: nothing after that can be trusted."""


def grade_submission(path, settings=GradeSettings(), watch=None):
    """Grade one notebook. Whatever the submission does, this returns a grade per exercise
    (failures become error rows); only a broken installation (answer key) raises. Without
    a seed in `settings`, this one submission is a run of its own with a fresh seed;
    without a `watch` (integrity.py), it watches the grader's files itself."""
    started = time.monotonic()
    settings = settings.with_seed()
    watch = watch or TamperWatch()
    grade = _grade_submission(path, settings, started, watch)
    grade.seed = settings.seed
    return grade


def _grade_submission(path, settings, started, watch):
    nb, problem = _read(path)
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
        grades, execution = _run_and_grade(nb, exercises, settings, watch)
        problem = execution.get("problem", "")
    except GraderTampered as tampered:
        problem = str(tampered)
        grades, execution = [_error_grade(exercise, problem) for exercise in exercises], {}
    except Exception as error:  # a grader bug must still leave a row per exercise
        problem = f"internal grader error: {type(error).__name__}: {error}"
        grades, execution = [_error_grade(exercise, problem) for exercise in exercises], {"traceback": traceback.format_exc()}
    return SubmissionGrade(str(path), assignment, grades, execution, problem, time.monotonic() - started)


def grade_all(paths, settings=GradeSettings(), jobs=1, progress=False, on_done=None, watch=None):
    """Grade notebooks on `jobs` parallel workers; results in the order of `paths`. One run:
    every submission gets the same seed, hence the same drawn hidden inputs. A caller that
    passes its own `watch` (a TamperWatch) can ask it afterwards whether the run was tainted."""
    paths = list(paths)
    settings = settings.with_seed()
    registry.all_exercises()  # the answer key loads before any submission runs
    watch = watch or TamperWatch()
    results = {}
    bar = _progress_bar(len(paths), progress)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(grade_submission, path, settings, watch): path for path in paths}
        for future in as_completed(futures):
            grade = future.result()
            results[futures[future]] = grade
            if on_done:
                on_done(grade)
            bar.update(1)
    bar.close()
    return [results[path] for path in paths]


def write_csv(grades, out):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for grade in grades:
            writer.writerows(grade.rows())


def report_path(report_dir, notebook):
    """A report file name unique per submission path: alice/hw.ipynb -> alice__hw.json."""
    parts = [part for part in Path(notebook).with_suffix("").parts if part not in ("/", "..", ".")]
    return Path(report_dir) / ("__".join(parts) + ".json")


def write_report(grade, report_dir):
    path = report_path(report_dir, grade.notebook)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(grade.as_report(), indent=2, default=str))
    return path


def _run_and_grade(nb, exercises, settings, watch):
    if watch.changes():
        raise GraderTampered(f"not graded: {watch.describe()}; grade this notebook again in a new run, after restoring the package")
    answer_names = [exercise.answer for exercise in exercises]
    execution = run_submission(nb, answer_names, settings.run)
    _stop_if_tampered(watch)
    requests = function_requests(exercises, execution.answers, settings.seed)
    outcomes = {}
    if requests:
        limits = replace(settings.run.limits, cpu_seconds=int(settings.functions_timeout) + 5)
        with workspace(limits.processes) as space:
            outcomes = run_functions(requests, space, limits, settings.call_timeout, settings.functions_timeout)
        _stop_if_tampered(watch)
    # Judging runs library code in this process: only once the files are known to be intact.
    grades = grade_exercises(exercises, nb, execution, outcomes, settings.seed)
    return grades, execution.as_report()


def _stop_if_tampered(watch):
    if watch.changes():
        raise GraderTampered(
            f"{watch.describe()}; a submission rewrote them while this one was graded, so its grade cannot be trusted"
        )


def _read(path):
    try:
        return nbformat.read(str(path), as_version=4), ""
    except Exception as error:
        return None, f"the notebook could not be read: {type(error).__name__}: {str(error)[:200]}"


def _error_grade(exercise, message):
    return ExerciseGrade(exercise.id, 0, exercise.points, ERROR, message)


def _number(value):
    return int(value) if float(value).is_integer() else round(value, 2)


def _progress_bar(total, enabled):
    from tqdm import tqdm

    return tqdm(total=total, unit="notebook", desc="grading", disable=not enabled)


__all__ = [
    "STATUSES", "GradeSettings", "Limits", "RunSettings", "SubmissionGrade", "find_notebooks",
    "grade_all", "grade_submission", "resolve_assignment", "select_shard", "write_csv",
    "write_report",
]
