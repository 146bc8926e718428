"""`autograd-tutor release --format nbgrader`: source notebooks for an nbgrader course.

Our source notebooks become nbgrader *source* notebooks (put them in the course's
`source/<assignment>/` and run `nbgrader generate_assignment`):
- a cell with a `### BEGIN SOLUTION` region is a solution cell (`grade_id` `<exercise>-answer`);
- markdown cells and `check(...)` cells are read-only (locked);
- after each exercise's check cell comes a locked autograder test cell: `grade_id` is the
  exercise id, `points` the exercise's, and its code calls `graded_points` (public cases;
  the hidden-tests block adds the hidden cases with a seed drawn now, which nbgrader strips
  from the student version and puts back when it autogrades);
- instructor-only cells and hidden-test blocks elsewhere are dropped, as in our own release.
Cells are described by nbgrader's cell metadata, schema version 3.
"""

import re

import nbformat

from ..exercises import registry
from ..exercises.registry.drawing import new_seed
from ..exercises.release import (
    BEGIN_HIDDEN,
    BEGIN_SOLUTION,
    END_HIDDEN,
    ReleaseError,
    _is_instructor_only,
    _strip_blocks,
    write_converted,
)

SCHEMA_VERSION = 3


def nbgrader_metadata(grade_id, *, grade=False, solution=False, locked=False, points=None):
    meta = {
        "grade": grade, "grade_id": grade_id, "locked": locked,
        "schema_version": SCHEMA_VERSION, "solution": solution, "task": False,
    }
    if grade:
        meta["points"] = points
    return meta


def has_solution_region(cell):
    return any(BEGIN_SOLUTION.match(line) for line in cell.source.splitlines())


def mark_solution_cells(nb, exercises=None):
    """Mark every cell holding a solution region as an nbgrader solution cell (in place),
    keeping the marks already there. nbgrader refuses solution regions in unmarked cells."""
    exercises = exercises if exercises is not None else _assignment_exercises(nb, None)
    taken = {cell.metadata["nbgrader"]["grade_id"] for cell in nb.cells if "nbgrader" in cell.metadata}
    for index, cell in enumerate(nb.cells):
        if not has_solution_region(cell) or "nbgrader" in cell.metadata:
            continue
        if cell.cell_type != "code":
            raise ReleaseError(f"cell {index}: nbgrader grades markdown solutions by hand; use a code cell")
        grade_id = _unique(_solution_id(cell, exercises, index), taken)
        cell.metadata["nbgrader"] = nbgrader_metadata(grade_id, solution=True)
    return nb


def nbgrader_source(nb, exercises, seed=None):
    """The nbgrader source version of a notebook (the input is not modified)."""
    seed = new_seed() if seed is None else seed
    source = nbformat.from_dict(nbformat.from_dict(nb))  # deep copy
    cells = []
    for index, cell in enumerate(source.cells):
        if _is_instructor_only(cell):
            continue
        cell.metadata.pop("nbgrader", None)  # ours decide; stale marks could clash
        if cell.cell_type == "code":
            cell.source = _strip_blocks(cell.source, BEGIN_HIDDEN, END_HIDDEN, None, f"cell {index}")
            cell.outputs, cell.execution_count = [], None
        cells.append(cell)
    source.cells = cells
    mark_solution_cells(source, exercises)
    for index, cell in enumerate(source.cells):
        if "nbgrader" not in cell.metadata and (cell.cell_type == "markdown" or _CHECK_CALL.search(cell.source)):
            cell.metadata["nbgrader"] = nbgrader_metadata(f"cell-{index}", locked=True)
    for exercise in reversed(exercises):  # from the end, so that earlier positions hold
        source.cells.insert(_test_position(source.cells, exercise), test_cell(exercise, seed))
    return source


def test_cell(exercise, seed):
    code = "\n".join([
        f"# Autograder test: {exercise.title} ({exercise.points} points)",
        "from autograd_tutor.exercises.nbgrader_checks import graded_points",
        "_seed = None  # public cases only",
        "### BEGIN HIDDEN TESTS",
        f"_seed = {seed}  # the hidden cases too",
        "### END HIDDEN TESTS",
        f"graded_points({exercise.id!r}, seed=_seed)",
    ])
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata["nbgrader"] = nbgrader_metadata(exercise.id, grade=True, locked=True, points=exercise.points)
    return cell


def release_nbgrader(source, out_dir, seed=None, assignment=None):
    """Write the nbgrader source version of one notebook or of every notebook under a
    directory into `out_dir`, keeping relative paths. Returns the written paths."""
    seed = new_seed() if seed is None else seed

    def convert(nb, path):
        exercises = _assignment_exercises(nb, path, assignment)
        if not exercises:  # no test cell could be written: never a silently ungraded release
            raise ReleaseError("its assignment is not known (name it with --assignment, "
                               "or the autograd_tutor.assignment notebook metadata)")
        return nbgrader_source(nb, exercises, seed)

    return write_converted(source, out_dir, convert)


_CHECK_CALL = re.compile(r"\bcheck\(")


def _assignment_exercises(nb, path, forced=None):
    from ..exercises.grade.grader import resolve_assignment

    name = resolve_assignment(path or "", nb, forced)
    if name is None:
        return []
    return registry.assignments()[name]


def _solution_id(cell, exercises, index):
    for exercise in exercises:
        if re.search(rf"\b{re.escape(exercise.answer)}\b", cell.source):
            return f"{exercise.id}-answer"
    return f"solution-{index}"


def _unique(grade_id, taken):
    candidate, number = grade_id, 2
    while candidate in taken:
        candidate, number = f"{grade_id}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _test_position(cells, exercise):
    """Right after the exercise's check cell, else after its solution cell, else at the end."""
    calls = re.compile(rf"\bcheck\(\s*['\"]{re.escape(exercise.id)}['\"]")
    for index, cell in enumerate(cells):
        if cell.cell_type == "code" and calls.search(cell.source):
            return index + 1
    for index, cell in enumerate(cells):
        if cell.metadata.get("nbgrader", {}).get("grade_id") == f"{exercise.id}-answer":
            return index + 1
    return len(cells)
