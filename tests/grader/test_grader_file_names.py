"""File names are the students' to choose: bytes that are not UTF-8, escape sequences,
newlines, bidirectional overrides and spreadsheet formulas. Every submission still gets its
rows, the CSV stays UTF-8 that no spreadsheet evaluates, and nothing reaches the terminal raw.

The notebooks are not valid JSON, so no kernel starts: only the file names are under test."""

import csv
import json
import os
import unicodedata
from pathlib import Path

import pytest
from attacks.snapshot import CLI, run_python, snapshot_package

from autograd_tutor.exercises.grade.path_labels import path_label, spreadsheet_cell
from autograd_tutor.instructor.gradebook import write_gradebook

NAMES = [
    b"\xff\xfe-00_warmup.ipynb",  # not UTF-8: once made every later CSV rewrite fail
    b"\x1b[2J\x1b[31mSTOPPED GRADING-00_warmup.ipynb",
    b"two\nlines,\"quoted\"-00_warmup.ipynb",
    "alice\u202ebnypi.-00_warmup.ipynb".encode(),
    b"zz-last-00_warmup.ipynb",
]
FORMULA = "=1+2-00_warmup.ipynb"  # named on the command line as a relative path
FORMULA_START = ("=", "+", "-", "@")


def _grade(tmp_path):
    root = snapshot_package(tmp_path / "run")
    folder = tmp_path / "subs"
    folder.mkdir()
    for name in NAMES:
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(b'{"cells": [')
    (root / FORMULA).write_bytes(b'{"cells": [')
    out = tmp_path / "grades.csv"
    result = run_python(root, CLI, "grade", folder, FORMULA, "--out", out, "--no-sandbox", "--no-progress", timeout=300)
    return result, out


def test_every_name_gets_its_rows_in_a_csv_no_spreadsheet_evaluates(tmp_path):
    result, out = _grade(tmp_path)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    text = out.read_bytes().decode("utf-8")  # UTF-8 throughout
    rows = list(csv.DictReader(text.splitlines()))
    notebooks = {row["notebook"] for row in rows}
    assert len(notebooks) == len(NAMES) + 1 and len(rows) == 4 * len(notebooks)
    for notebook in notebooks:
        assert not notebook.startswith(FORMULA_START), notebook
        assert not any(unicodedata.category(char)[0] in "CZ" and char != " " for char in notebook), repr(notebook)
    assert "./" + FORMULA in notebooks
    assert str(tmp_path / "subs" / "\\xff\\xfe-00_warmup.ipynb") in notebooks
    reports = [json.loads(path.read_text()) for path in (tmp_path / "grades-reports").glob("*.json")]
    assert {report["notebook"] for report in reports} == notebooks  # the class report matches them up
    for stream in (result.stdout, result.stderr):
        assert b"\x1b" not in stream and b"\xff" not in stream


def test_labels_escape_and_keep_ordinary_names():
    assert path_label("subs/alice/hw.ipynb") == "subs/alice/hw.ipynb"
    assert path_label("/abs/=x.ipynb") == "/abs/=x.ipynb"
    assert path_label("-x.ipynb") == "./-x.ipynb"
    assert path_label(os.fsdecode(b"s/\xff.ipynb")) == "s/\\xff.ipynb"
    assert path_label("a\x1b[2J\u200bb\u2028") == "a\\x1b[2J\\u200bb\\u2028"
    assert path_label("é/ü.ipynb") == "é/ü.ipynb"


def test_gradebook_student_ids_from_folder_names_are_not_formulas(tmp_path):
    rows = [
        {"notebook": f"subs/{student}/hw-00_warmup.ipynb", "exercise": "warmup-power-rule", "points": 1.0,
         "max_points": 1.0, "status": "pass"}
        for student in ("=HYPERLINK(\"http:x\")", "@SUM(1)", "bob\x1b[2J")
    ]
    for lms in ("canvas", "moodle", "wide"):
        out = tmp_path / f"{lms}.csv"
        assert write_gradebook(rows, out, lms) == 3
        cells = [cell for row in csv.reader(out.read_text(encoding="utf-8").splitlines()) for cell in row]
        assert not [cell for cell in cells if cell.startswith(FORMULA_START)], cells
        assert "'=HYPERLINK(\"http:x\")" in cells and "bob\\x1b[2J" in cells
        assert "\x1b" not in out.read_text(encoding="utf-8")
    assert spreadsheet_cell("alice") == "alice"


def test_the_report_name_of_an_undecodable_path_is_unique_and_ascii(tmp_path):
    from autograd_tutor.exercises.grade.result_files import report_path

    first = report_path(tmp_path, os.fsdecode(b"subs/\xff.ipynb"))
    second = report_path(tmp_path, os.fsdecode(b"subs/\xfe.ipynb"))
    assert first != second and Path(first).name.isascii()


def _nested_folders(top, depth):
    """`top/d/d/.../d` (`depth` folders), made through folder descriptors; returns the deepest."""
    folder = os.open(top, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=folder)
            inner = os.open("d", os.O_RDONLY, dir_fd=folder)
            os.close(folder)
            folder = inner
    finally:
        os.close(folder)
    return Path(top, *["d"] * depth)


def _remove_nested(top, depth):
    # From the deepest up, without recursion (shutil.rmtree recurses once per level too).
    for level in range(depth, 0, -1):
        folder = Path(top, *["d"] * level)
        for entry in os.listdir(folder):
            os.unlink(folder / entry)
        os.rmdir(folder)


def test_a_submission_of_deeply_nested_folders_does_not_end_the_run(tmp_path):
    from autograd_tutor.exercises.grade.submissions import find_notebooks

    depth = 1_200  # os.walk recursed once per level: a RecursionError for the whole class
    (tmp_path / "alice-00_warmup.ipynb").write_text("{}")
    deepest = _nested_folders(tmp_path, depth)
    try:
        (deepest / "bob-00_warmup.ipynb").write_text("{}")
        found = find_notebooks([tmp_path])
    finally:
        _remove_nested(tmp_path, depth)
    assert [path.name for path in found] == ["alice-00_warmup.ipynb", "bob-00_warmup.ipynb"]


def test_a_file_named_like_the_out_option_cannot_make_the_grades_replace_a_notebook(tmp_path):
    import subprocess
    import sys

    root = snapshot_package(tmp_path / "run")
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "alice-00_warmup.ipynb").write_text("alice's work")
    (folder / "--out=alice-00_warmup.ipynb").write_text("{}")
    # What `autograd-tutor grade *.ipynb` run in that folder hands over, sorted as the shell does.
    names = sorted(path.name for path in folder.iterdir())
    result = subprocess.run(
        [sys.executable, "-c", CLI, "grade", *names, "--no-sandbox", "--no-progress"],
        cwd=folder, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, timeout=300,
    )
    assert (folder / "alice-00_warmup.ipynb").read_text() == "alice's work"
    assert result.returncode == 2 and b"put -- before the notebooks" in result.stderr


@pytest.mark.parametrize("option", ["--seed-file", "--bank"])
def test_a_seed_file_or_bank_the_sandbox_could_read_is_refused(tmp_path, option):
    from autograd_tutor.exercises.sandbox import bubblewrap

    if bubblewrap.probe() is not None:
        pytest.skip(f"the grader's sandbox cannot run here: {bubblewrap.probe()}")
    root = snapshot_package(tmp_path / "run")
    inside = root / "autograd_tutor" / "course-private"  # the package folder is bound into every sandbox
    inside.mkdir()
    (inside / "extra_bank.py").write_text("")
    (tmp_path / "x-00_warmup.ipynb").write_text("{}")
    value = inside / "seed" if option == "--seed-file" else inside
    result = run_python(root, CLI, "grade", tmp_path / "x-00_warmup.ipynb", option, value,
                        "--out", tmp_path / "grades.csv", "--no-progress", timeout=300)
    assert result.returncode == 2 and f"{option} {value} lies where sandboxed kernels can read it".encode() in result.stderr


def test_two_different_names_never_get_one_label():
    names = [os.fsdecode(b"s/\xff.ipynb"), "s/\\xff.ipynb", "s/\\\\xff.ipynb", "s/\x1b.ipynb", "s/\\x1b.ipynb"]
    labels = [path_label(name) for name in names]
    assert len(set(labels)) == len(names), labels
    assert path_label("s/a\\b.ipynb") == "s/a\\\\b.ipynb"


def test_the_tamper_alarm_shows_file_names_escaped(tmp_path):
    from autograd_tutor.exercises.grade.integrity import TamperWatch, Watched

    package = snapshot_package(tmp_path) / "autograd_tutor"
    alarms = []
    watch = TamperWatch(Watched(package, tmp_path, (), (tmp_path,)), alarm=alarms.append)
    (package / "exercises" / "\x1b[2J\x1b[Hall fine.py").write_text("")
    assert watch.changes()
    assert "\x1b" not in alarms[0] and "\\x1b[2J" in alarms[0]
