"""Grader pieces that need no kernel: sharding, assignment resolution, reports, payload
parsing, error rows for unreadable notebooks, and the lab command line."""

import csv
import json
import os
from pathlib import Path

import nbformat
import pytest

from autograd_tutor.app.cli import main
from autograd_tutor.app.lab import lab_command
from autograd_tutor.exercises import registry
from autograd_tutor.exercises.grade import grader
from autograd_tutor.exercises.grade.extraction import ExtractionError, new_marker, parse_extraction


def test_shards_split_the_sorted_list_deterministically_and_completely():
    paths = [Path(f"class/{name}.ipynb") for name in "dbeacfg"]
    shards = [grader.select_shard(paths, f"{i}/3") for i in (1, 2, 3)]
    assert sorted(sum(shards, []), key=str) == sorted(paths, key=str)
    assert all(len(shard) in (2, 3) for shard in shards)
    assert shards == [grader.select_shard(list(reversed(paths)), f"{i}/3") for i in (1, 2, 3)]


@pytest.mark.parametrize("shard", ["0/3", "4/3", "1", "a/b", "1/0"])
def test_bad_shards_are_refused(shard):
    with pytest.raises(ValueError):
        grader.select_shard([], shard)


def test_assignment_from_forced_name_then_file_name_then_metadata():
    nb = nbformat.v4.new_notebook(metadata={"autograd_tutor": {"assignment": "01_grad_basics"}})
    assert grader.resolve_assignment("alice/00_warmup.ipynb", nb) == "00_warmup"
    assert grader.resolve_assignment("alice/homework.ipynb", nb) == "01_grad_basics"
    assert grader.resolve_assignment("alice/homework.ipynb", nb, forced="02_chain_rule") == "02_chain_rule"
    assert grader.resolve_assignment("alice/homework.ipynb", nbformat.v4.new_notebook()) is None
    with pytest.raises(ValueError):
        grader.resolve_assignment("x.ipynb", nb, forced="no_such_assignment")


def test_reports_are_named_uniquely_per_submission_path(tmp_path):
    first = grader.report_path(tmp_path, "alice/00_warmup.ipynb")
    second = grader.report_path(tmp_path, "bob/00_warmup.ipynb")
    assert first != second and first.parent == second.parent == tmp_path


def test_an_unreadable_notebook_still_gets_an_error_row_per_exercise(tmp_path):
    broken = tmp_path / "00_warmup.ipynb"
    broken.write_text("{ not json")
    grade = grader.grade_submission(broken)
    expected = [exercise.id for exercise in registry.assignments()["00_warmup"]]
    assert [row["exercise"] for row in grade.rows()] == expected
    assert {row["status"] for row in grade.rows()} == {"error"}
    assert sum(row["points"] for row in grade.rows()) == 0


def test_an_unknown_assignment_gets_one_error_row(tmp_path):
    path = tmp_path / "mystery.ipynb"
    nbformat.write(nbformat.v4.new_notebook(), path)
    rows = grader.grade_submission(path).rows()
    assert len(rows) == 1 and rows[0]["status"] == "error" and rows[0]["max_points"] == 0


def test_grade_command_shards_and_writes_csv_and_reports(tmp_path):
    for student in ("ann", "bob", "cid", "dee"):
        (tmp_path / student).mkdir()
        (tmp_path / student / "00_warmup.ipynb").write_text("broken")
    out = tmp_path / "grades.csv"
    seed_file = tmp_path.parent / f"{tmp_path.name}-seed"
    assert main(["grade", str(tmp_path), "--out", str(out), "--shard", "2/2", "--seed-file", str(seed_file), "--no-progress"]) == 0
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["notebook", "exercise", "points", "max_points", "status"]
    assert sorted({Path(row["notebook"]).parent.name for row in rows}) == ["bob", "dee"]
    reports = sorted((tmp_path / "grades-reports").glob("*.json"))
    assert len(reports) == 2
    assert json.loads(reports[0].read_text())["exercises"][0]["status"] == "error"


def _report_seeds(tmp_path, *options):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "00_warmup.ipynb").write_text("broken")
    out = tmp_path / "grades.csv"
    assert main(["grade", str(tmp_path / "00_warmup.ipynb"), "--out", str(out), "--no-progress", *options]) == 0
    return [json.loads(path.read_text())["seed"] for path in (tmp_path / "grades-reports").glob("*.json")]


def test_every_report_records_its_runs_secret_seed(tmp_path):
    (first,) = _report_seeds(tmp_path / "a")
    (second,) = _report_seeds(tmp_path / "b")
    assert type(first) is int and first >= 0 and first != second


def test_the_grade_command_grades_with_the_given_seed(tmp_path):
    assert _report_seeds(tmp_path, "--seed", "12") == [12]


def test_a_negative_seed_is_refused():
    with pytest.raises(ValueError):
        grader.GradeSettings(seed=-1)


def test_grade_command_refuses_a_bad_shard_and_an_empty_notebook_list(tmp_path, capsys):
    assert main(["grade", str(tmp_path), "--out", str(tmp_path / "g.csv")]) == 2
    assert "no notebooks" in capsys.readouterr().err
    (tmp_path / "00_warmup.ipynb").write_text("{}")
    assert main(["grade", str(tmp_path), "--shard", "3/2", "--out", str(tmp_path / "g.csv")]) == 2
    assert "shard" in capsys.readouterr().err


def test_payload_parsing_wants_exactly_one_well_formed_frame():
    marker = new_marker()
    entry = json.dumps({"a": {"kind": "value", "value": 1}})
    frame = f"{marker}BEGIN{entry}{marker}END"
    assert parse_extraction("noise\n" + frame, marker, ["a"]) == {"a": {"kind": "value", "value": 1}}
    for bad in ["", frame + frame, f"{marker}BEGIN[1]{marker}END", f"{marker}BEGIN{{{marker}END",
                f"{marker}BEGIN{{}}{marker}END", f"{marker}BEGIN{json.dumps({'a': {'kind': 'pickle'}})}{marker}END"]:
        with pytest.raises(ExtractionError):
            parse_extraction(bad, marker, ["a"])


def test_lab_command_serves_the_notebooks_with_pass_through_options(tmp_path):
    command, env = lab_command(tmp_path, port=8899, no_browser=True, extra=["--ServerApp.token=abc"])
    assert command[1:4] == ["-m", "jupyter", "lab"]
    root_dir = next(arg for arg in command if arg.startswith("--ServerApp.root_dir="))
    assert Path(root_dir.split("=", 1)[1]) == tmp_path.resolve()
    assert "--port=8899" in command and "--no-browser" in command and command[-1] == "--ServerApp.token=abc"
    assert ("--allow-root" in command) == (os.geteuid() == 0)
    import autograd_tutor

    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(Path(autograd_tutor.__file__).resolve().parents[1])


def test_lab_command_leaves_pythonpath_alone_for_an_installed_package(tmp_path, monkeypatch):
    """site-packages on PYTHONPATH would reach every kernel the lab starts, one of another Python too."""
    import autograd_tutor.app.lab as lab

    installed = tmp_path / "lib" / "python3.11" / "site-packages" / "autograd_tutor" / "app" / "lab.py"
    monkeypatch.setattr(lab, "__file__", str(installed))
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else")
    _, env = lab.lab_command(tmp_path / "notebooks")
    assert env["PYTHONPATH"] == "/somewhere/else"
    monkeypatch.delenv("PYTHONPATH")
    _, env = lab.lab_command(tmp_path / "notebooks")
    assert "PYTHONPATH" not in env
