"""End to end: source notebooks grade full marks, their student versions grade 0, and every
exercise notebook runs top to bottom in a normal kernel with the extension loaded."""

import csv
import json
import os
from pathlib import Path

import nbformat
import pytest
from attacks.once import once_per_session
from attacks.snapshot import CLI, grade_all_in_snapshot, run_python, snapshot_package
from nbclient import NotebookClient

from autograd_tutor.app.cli import main
from autograd_tutor.exercises import registry
from autograd_tutor.exercises.grade.grader import CSV_COLUMNS, GradeSettings, report_path
from autograd_tutor.exercises.sandbox.workspace import package_root

pytestmark = pytest.mark.kernel

NOTEBOOKS = sorted((Path(package_root()) / "notebooks" / "exercises").glob("*.ipynb"))


@pytest.fixture(scope="session")
def graded(tmp_path_factory):
    """(work directory, CSV header, CSV rows) of one `grade` run over the source notebooks
    and their released versions, from a snapshot of the package (attacks/snapshot.py) in
    the work directory's `package`."""

    def grade(work):
        sources = work / "source"
        sources.mkdir()
        for notebook in NOTEBOOKS:
            (sources / notebook.name).write_text(notebook.read_text())
        assert main(["release", str(sources), "-o", str(work / "student")]) == 0
        out = work / "grades.csv"
        result = run_python(
            snapshot_package(work / "package"), CLI,
            "grade", sources, work / "student", "--out", out, "--jobs", "2",
            "--timeout", "15", "--submission-timeout", "60", "--no-progress",
        )
        assert result.returncode == 0, result.stderr
        with out.open() as handle:
            header = handle.readline().strip()
        with out.open() as handle:
            rows = list(csv.DictReader(handle))
        return str(work), header, rows

    work, header, rows = once_per_session(tmp_path_factory, "grader-end-to-end", grade)
    return Path(work), header, rows


def _rows_of(rows, folder):
    return [row for row in rows if Path(row["notebook"]).parent.name == folder]


def test_csv_has_exactly_the_promised_columns(graded):
    _, header, _ = graded
    assert header == ",".join(CSV_COLUMNS) == "notebook,exercise,points,max_points,status"


@pytest.mark.parametrize("folder", ["source", "student"])
def test_one_row_per_exercise_per_notebook(graded, folder):
    _, _, rows = graded
    for notebook in NOTEBOOKS:
        assignment = notebook.stem
        mine = [row["exercise"] for row in _rows_of(rows, folder) if Path(row["notebook"]).name == notebook.name]
        assert mine == [exercise.id for exercise in registry.assignments()[assignment]]


def test_source_notebooks_grade_full_marks(graded):
    _, _, rows = graded
    for row in _rows_of(rows, "source"):
        assert row["status"] == "pass", row
        assert float(row["points"]) == float(row["max_points"]) > 0


def test_student_versions_grade_zero(graded):
    _, _, rows = graded
    for row in _rows_of(rows, "student"):
        assert float(row["points"]) == 0 and row["status"] in ("missing", "error"), row


def test_reports_give_per_case_detail_without_hidden_expectations(graded):
    work, _, rows = graded
    source = next(row["notebook"] for row in _rows_of(rows, "source") if "02_chain_rule" in row["notebook"])
    report = json.loads(report_path(work / "grades-reports", source).read_text())
    assert report["points"] == report["max_points"]
    assert report["execution"]["cells"] == []  # no cell of a source notebook fails
    function = next(entry for entry in report["exercises"] if entry["exercise"] == "cubic-slope-function")
    visibilities = [case["visibility"] for case in function["cases"]]
    assert visibilities.count("public") == 1 and visibilities.count("hidden") == 3
    assert all(("expected" in case) == (case["visibility"] == "public") for case in function["cases"])


def test_one_run_one_seed_and_the_seed_reproduces_a_grade(graded):
    work, _, rows = graded
    reports = {row["notebook"]: json.loads(report_path(work / "grades-reports", row["notebook"]).read_text()) for row in rows}
    seeds = {report["seed"] for report in reports.values()}
    assert len(seeds) == 1 and isinstance(next(iter(seeds)), int)
    source = next(name for name in reports if "02_chain_rule" in name and Path(name).parent.name == "source")
    (regraded,) = grade_all_in_snapshot(work / "package", [source], GradeSettings(seed=reports[source]["seed"]))
    assert regraded["seed"] == reports[source]["seed"]
    assert regraded["exercises"] == reports[source]["exercises"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.stem)
def test_exercise_notebooks_run_top_to_bottom_with_feedback(notebook):
    nb = nbformat.read(notebook, as_version=4)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root(), os.environ.get("PYTHONPATH")]))}
    env.pop("AUTOGRAD_TUTOR_GRADING", None)
    NotebookClient(nb, timeout=60, kernel_name="python3").execute(cwd=str(notebook.parent), env=env)
    feedback = [
        "".join(output.get("text", "") + output.get("data", {}).get("text/plain", "") for output in cell.outputs)
        for cell in nb.cells
        if cell.cell_type == "code" and cell.source.startswith("check(")
    ]
    assert feedback and all("public checks passed" in text for text in feedback), feedback
