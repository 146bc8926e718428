"""Per-student gradebook CSVs that LMS gradebooks import: one row per student, one column per
assignment (its points), from the long rows of `grade` (notebook, exercise, points, ...).

- canvas: Canvas's gradebook import layout: `Student, ID, SIS User ID, SIS Login ID, Section`,
  then one column per assignment, and a `Points Possible` row under the header. The student id
  goes in one identifying column (`--id-column`, default `SIS Login ID`); Canvas matches
  students on any of ID, SIS User ID and SIS Login ID. A column whose name is not an existing
  assignment becomes a new assignment with those points possible.
- moodle: Moodle's CSV grade import: an identifying column (`ID number` by default; Moodle's
  import maps it to the user's ID number, or `Email address` / `Username` to those fields),
  then one column per assignment, mapped to grade items on Moodle's import page.
- wide: `student_id`, then one column per exercise and one per assignment (its total).
"""

import csv
import sys
from pathlib import Path

from ..exercises import registry
from ..exercises.grade.path_labels import escaped, spreadsheet_cell
from .student_ids import StudentIdError, student_ids

CANVAS_FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
DEFAULT_ID_COLUMN = {"canvas": "SIS Login ID", "moodle": "ID number", "wide": "student_id"}
LONG_COLUMNS = {"notebook", "exercise", "points", "max_points", "status"}


class GradebookError(ValueError):
    """Grades that cannot become a gradebook: an unreadable CSV, a bad id pattern..."""


def rows_of(grades):
    """The long rows of graded submissions (SubmissionGrade objects)."""
    return [row for grade in grades for row in grade.rows()]


def read_rows(path):
    """The long rows of a grades CSV written by `grade`."""
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle)
        if not LONG_COLUMNS <= set(reader.fieldnames or ()):
            raise GradebookError(f"{path}: not a grades CSV (columns {', '.join(sorted(LONG_COLUMNS))})")
        return [dict(row, points=float(row["points"]), max_points=float(row["max_points"])) for row in reader]


def table(rows, pattern=None):
    """(assignments {name: [exercise ids]}, {student: {exercise: points}}, {exercise: max})."""
    known = {exercise.id: exercise for exercise in registry.all_exercises()}
    graded = [row for row in rows if row["exercise"] in known]
    try:
        ids = student_ids(sorted({row["notebook"] for row in graded}), pattern)
    except StudentIdError as error:
        raise GradebookError(str(error)) from None
    assignments, scores, maximum, seen = {}, {}, {}, {}
    for row in graded:
        exercise = known[row["exercise"]]
        assignments.setdefault(exercise.assignment, [])
        if exercise.id not in assignments[exercise.assignment]:
            assignments[exercise.assignment].append(exercise.id)
        maximum[exercise.id] = float(row["max_points"])
        student = ids[row["notebook"]]
        key = (student, exercise.assignment)
        if seen.setdefault(key, row["notebook"]) != row["notebook"]:
            print(f"autograd-tutor: {escaped(student)} has two {exercise.assignment} submissions "
                  f"({escaped(seen[key])}, {escaped(row['notebook'])}); the better total is kept", file=sys.stderr)
            key = (student, exercise.assignment, row["notebook"])
        scores.setdefault(key, {})[exercise.id] = float(row["points"])
    return assignments, _best_per_student(scores, assignments), maximum


def write_gradebook(rows, out, lms, pattern=None, id_column=None):
    """Write the gradebook CSV; returns the number of students."""
    assignments, students, maximum = table(rows, pattern)
    id_column = id_column or DEFAULT_ID_COLUMN[lms]
    totals = {name: sum(maximum[ex] for ex in exercises) for name, exercises in assignments.items()}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if lms == "canvas":
            if id_column not in CANVAS_FIXED[1:4]:
                raise GradebookError(f"--id-column for Canvas is one of {', '.join(CANVAS_FIXED[1:4])}")
            writer.writerow([*CANVAS_FIXED, *assignments])
            writer.writerow(["Points Possible", "", "", "", "", *(_number(totals[name]) for name in assignments)])
            for student, points in sorted(students.items()):
                fixed = {name: "" for name in CANVAS_FIXED}
                fixed["Student"] = fixed[id_column] = spreadsheet_cell(student)
                writer.writerow([*fixed.values(), *(_assignment_points(points, assignments[name]) for name in assignments)])
        elif lms == "moodle":
            writer.writerow([id_column, *assignments])
            for student, points in sorted(students.items()):
                writer.writerow([spreadsheet_cell(student), *(_assignment_points(points, assignments[name]) for name in assignments)])
        elif lms == "wide":
            exercises = [ex for name in assignments for ex in assignments[name]]
            writer.writerow([id_column, *exercises, *assignments])
            for student, points in sorted(students.items()):
                writer.writerow([
                    spreadsheet_cell(student), *(_number(points[ex]) if ex in points else "" for ex in exercises),
                    *(_assignment_points(points, assignments[name]) for name in assignments),
                ])
        else:
            raise GradebookError(f"unknown gradebook format {lms!r}")
    return len(students)


def _best_per_student(scores, assignments):
    """{student: {exercise: points}}, keeping each student's best submission of an assignment."""
    best = {}
    for key, points in scores.items():
        student, assignment = key[0], key[1]
        row = best.setdefault(student, {})
        mine = [ex for ex in assignments[assignment] if ex in row]
        if not mine or sum(points.values()) > sum(row[ex] for ex in mine):
            row.update(points)
    return best


def _assignment_points(points, exercises):
    # An assignment the student did not submit stays empty: the LMS leaves that grade alone.
    return _number(sum(points[ex] for ex in exercises)) if any(ex in points for ex in exercises) else ""


def _number(value):
    return int(value) if float(value).is_integer() else round(value, 2)
