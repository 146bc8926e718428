"""LMS gradebooks: student ids from folders or a pattern, and the per-student CSVs that
Canvas's and Moodle's gradebook imports read."""

import csv

import pytest

from autograd_tutor.exercises import registry
from autograd_tutor.instructor.gradebook import GradebookError, read_rows, write_gradebook
from autograd_tutor.instructor.student_ids import StudentIdError, student_ids


def test_student_ids_from_the_first_folder_under_the_common_one():
    assert student_ids(["subs/alice/00_warmup.ipynb", "subs/bob/00_warmup.ipynb"]) == {
        "subs/alice/00_warmup.ipynb": "alice", "subs/bob/00_warmup.ipynb": "bob"}
    nbgrader = ["course/submitted/alice/ps1/hw.ipynb", "course/submitted/bob/ps1/hw.ipynb"]
    assert set(student_ids(nbgrader).values()) == {"alice", "bob"}
    assert student_ids(["subs/alice.ipynb", "subs/bob.ipynb"]) == {"subs/alice.ipynb": "alice", "subs/bob.ipynb": "bob"}
    assert student_ids(["subs/alice/hw.ipynb"]) == {"subs/alice/hw.ipynb": "alice"}


def test_student_ids_from_a_pattern():
    paths = ["export/hw1_s1234567_attempt_2.ipynb", "export/hw1_s7654321_attempt_1.ipynb"]
    assert list(student_ids(paths, r"_(?P<id>s\d+)_").values()) == ["s1234567", "s7654321"]
    assert list(student_ids(paths, r"s(\d+)").values()) == ["1234567", "7654321"]
    with pytest.raises(StudentIdError, match="does not match"):
        student_ids(paths, r"student-(\d+)")
    with pytest.raises(StudentIdError):
        student_ids(paths, r"(unclosed")


def _rows():
    exercises = registry.assignments()["00_warmup"]
    points = {"alice": [1, 2, 2, 1], "bob": [0, 2, 1, 1]}
    return [
        {"notebook": f"subs/{student}/00_warmup.ipynb", "exercise": ex.id, "points": got,
         "max_points": ex.points, "status": "pass" if got == ex.points else "fail"}
        for student, scores in points.items() for ex, got in zip(exercises, scores)
    ]


def _read(path):
    with open(path, newline="") as handle:
        return list(csv.reader(handle))


def test_canvas_gradebook_has_canvas_columns_a_points_possible_row_and_one_row_per_student(tmp_path):
    assert write_gradebook(_rows(), tmp_path / "canvas.csv", "canvas") == 2
    header, possible, *students = _read(tmp_path / "canvas.csv")
    assert header == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "00_warmup"]
    assert possible[0] == "Points Possible" and possible[-1] == str(sum(ex.points for ex in registry.assignments()["00_warmup"]))
    assert students == [["alice", "", "", "alice", "", "6"], ["bob", "", "", "bob", "", "4"]]
    write_gradebook(_rows(), tmp_path / "by-id.csv", "canvas", id_column="SIS User ID")
    assert _read(tmp_path / "by-id.csv")[2][:4] == ["alice", "", "alice", ""]
    with pytest.raises(GradebookError):
        write_gradebook(_rows(), tmp_path / "x.csv", "canvas", id_column="Email")


def test_moodle_and_wide_gradebooks(tmp_path):
    write_gradebook(_rows(), tmp_path / "moodle.csv", "moodle")
    assert _read(tmp_path / "moodle.csv") == [["ID number", "00_warmup"], ["alice", "6"], ["bob", "4"]]
    write_gradebook(_rows(), tmp_path / "moodle-email.csv", "moodle", r"subs/(\w+)/", id_column="Email address")
    assert _read(tmp_path / "moodle-email.csv")[0] == ["Email address", "00_warmup"]
    write_gradebook(_rows(), tmp_path / "wide.csv", "wide")
    header, alice, bob = _read(tmp_path / "wide.csv")
    assert header == ["student_id", *(ex.id for ex in registry.assignments()["00_warmup"]), "00_warmup"]
    assert alice == ["alice", "1", "2", "2", "1", "6"] and bob == ["bob", "0", "2", "1", "1", "4"]


def test_a_second_submission_of_a_student_keeps_the_better_one(tmp_path, capsys):
    rows = _rows()
    rows += [dict(row, notebook="subs/bob/late/00_warmup.ipynb", points=row["max_points"]) for row in rows if "bob" in row["notebook"]]
    write_gradebook(rows, tmp_path / "moodle.csv", "moodle", r"subs/(\w+)/")
    assert _read(tmp_path / "moodle.csv")[2] == ["bob", "6"]
    assert "two 00_warmup submissions" in capsys.readouterr().err


def test_the_gradebook_command_reads_a_grades_csv(tmp_path):
    from autograd_tutor.app.cli import main
    from autograd_tutor.exercises.grade.grader import CSV_COLUMNS

    grades = tmp_path / "grades.csv"
    with grades.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(_rows())
    assert len(read_rows(grades)) == 8
    assert main(["gradebook", str(grades), "--lms", "canvas", "-o", str(tmp_path / "canvas.csv")]) == 0
    assert _read(tmp_path / "canvas.csv")[2][0] == "alice"
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    assert main(["gradebook", str(tmp_path / "other.csv"), "--lms", "moodle", "-o", str(tmp_path / "m.csv")]) == 1


@pytest.mark.kernel
def test_grade_format_canvas_writes_the_gradebook_of_a_graded_class(tmp_path):
    import subprocess

    from interop_support import PUBLIC_ONLY, WRONG_VALUE, command, environment, submission

    submission(tmp_path / "subs" / "alice" / "00_warmup.ipynb")
    submission(tmp_path / "subs" / "bob" / "00_warmup.ipynb", {**WRONG_VALUE, **PUBLIC_ONLY})
    run = subprocess.run(
        [command("autograd-tutor"), "grade", str(tmp_path / "subs"), "--format", "canvas", "--jobs", "2",
         "--out", str(tmp_path / "canvas.csv"), "--no-progress"],
        capture_output=True, text=True, env=environment(), timeout=300,
    )
    assert run.returncode == 0, run.stderr
    header, possible, *students = _read(tmp_path / "canvas.csv")
    assert header[-1] == "00_warmup" and possible[-1] == "6"
    assert students == [["alice", "", "", "alice", "", "6"], ["bob", "", "", "bob", "", "4"]]
    assert len(list((tmp_path / "canvas-reports").glob("*.json"))) == 2  # the reports as usual
