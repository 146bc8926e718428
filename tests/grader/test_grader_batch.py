"""A batch no submission can stop, without kernels: inputs checked before they are opened,
error rows for any failure, the CSV written atomically, unique report names, options
checked with clear messages, one seed for all shards and `merge` with its checks."""

import csv
import json
import os
from pathlib import Path

import nbformat
import pytest

from autograd_tutor.app.cli import main
from autograd_tutor.exercises.grade import grader, result_files
from autograd_tutor.exercises.grade.result_files import IncrementalCsv, report_path
from autograd_tutor.exercises.grade.shards import ShardError, merge, read_seed_file, seed_digest
from autograd_tutor.exercises.grade.submissions import MissingInput, find_notebooks, read_notebook
from autograd_tutor.exercises.sandbox import bubblewrap, dedicated_uids


def _notebook(path, metadata=None):
    nb = nbformat.v4.new_notebook()
    nb.metadata.update(metadata or {})
    nbformat.write(nb, path)
    return path


# --- inputs ---------------------------------------------------------------------------

def test_a_path_that_does_not_exist_is_an_error(tmp_path, capsys):
    with pytest.raises(MissingInput, match="nothere"):
        find_notebooks([tmp_path / "nothere.ipynb"])
    assert main(["grade", str(tmp_path / "nothere.ipynb"), "--out", str(tmp_path / "g.csv")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert not (tmp_path / "g.csv").exists()


def test_fifos_symlinks_and_big_files_are_found_but_refused_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "a-00_warmup.ipynb")
    os.symlink("/dev/zero", tmp_path / "b-00_warmup.ipynb")
    good = _notebook(tmp_path / "c-00_warmup.ipynb")
    os.symlink(good, tmp_path / "d-00_warmup.ipynb")
    with open(tmp_path / "e-00_warmup.ipynb", "wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    found = find_notebooks([tmp_path])
    assert [path.name[0] for path in found] == list("abcde")
    reasons = {path.name[0]: read_notebook(path, tmp_path)[1] for path in found}
    assert "FIFO" in reasons["a"] and "symbolic link" in reasons["b"] and "symbolic link" in reasons["d"]
    assert "larger than" in reasons["e"] and reasons["c"] == ""


def test_symlinked_folders_are_not_walked(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _notebook(elsewhere / "00_warmup.ipynb")
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    os.symlink(elsewhere, submissions / "linked")
    assert find_notebooks([submissions]) == []


def test_a_file_reached_through_a_symlinked_folder_lies_outside_its_root(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _notebook(elsewhere / "00_warmup.ipynb")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(elsewhere, root / "linked")
    nb, problem = read_notebook(root / "linked" / "00_warmup.ipynb", root)
    assert nb is None and "outside" in problem


def test_an_unreadable_notebook_does_not_quote_its_content(tmp_path):
    secret = tmp_path / "x-00_warmup.ipynb"
    secret.write_text("TOP-SECRET-first-line that is not JSON")
    nb, problem = read_notebook(secret)
    assert nb is None and "TOP-SECRET" not in problem


@pytest.mark.parametrize("metadata", [
    {"autograd_tutor": "00_warmup"}, {"autograd_tutor": {"assignment": ["00_warmup"]}},
    {"autograd_tutor": {"assignment": {"a": 1}}}, {"autograd_tutor": 3},
])
def test_odd_metadata_types_give_an_unknown_assignment_row(tmp_path, metadata):
    path = _notebook(tmp_path / "mystery.ipynb", metadata)
    rows = grader.grade_submission(path, grader.GradeSettings(seed=1, sandbox="off")).rows()
    assert [row["exercise"] for row in rows] == [grader.UNKNOWN_ASSIGNMENT]
    assert rows[0]["status"] == "error"


def test_an_exception_anywhere_becomes_error_rows_and_on_done_failures_do_not_stop_the_run(tmp_path, monkeypatch, capsys):
    paths = [_notebook(tmp_path / f"{name}-00_warmup.ipynb") for name in "ab"]

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(grader, "_grade_submission", broken)

    def failing_on_done(grade):
        raise OSError("disk full")

    grades = grader.grade_all(paths, grader.GradeSettings(seed=1, sandbox="off"), on_done=failing_on_done)
    assert [grade.notebook for grade in grades] == [str(path) for path in paths]
    for grade in grades:
        assert {row["status"] for row in grade.rows()} == {"error"} and len(grade.rows()) == 4
        assert "boom" in grade.problem
    assert capsys.readouterr().err.count("disk full") == 2


# --- output files ------------------------------------------------------------------------

def test_report_names_are_unique_and_short(tmp_path):
    names = [report_path(tmp_path, path).name for path in ("alice/00_warmup.ipynb", "alice__00_warmup.ipynb", "a" * 300 + "/" + "b" * 250 + ".ipynb")]
    assert len(set(names)) == 3
    assert max(len(name) for name in names) < 120


def test_the_csv_is_rewritten_whole_as_submissions_finish(tmp_path, monkeypatch):
    # The module object itself: a dotted path would be looked up through the package, which
    # another test may have re-imported (tests of missing extras clear autograd_tutor.exercises).
    monkeypatch.setattr(result_files, "FLUSH_SECONDS", 0)
    out = tmp_path / "grades.csv"
    paths = ["b.ipynb", "a.ipynb"]
    incremental = IncrementalCsv(out, paths)
    assert out.read_text().strip() == ",".join(grader.CSV_COLUMNS)
    grade = grader.SubmissionGrade("a.ipynb", None, [grader.ExerciseGrade("x", 1, 2, "fail")])
    incremental.add(grade)
    rows = list(csv.DictReader(out.open()))
    assert [(row["notebook"], row["points"]) for row in rows] == [("a.ipynb", "1")]
    assert [entry.name for entry in tmp_path.iterdir()] == ["grades.csv"]  # no temporary file left


def test_reports_are_private(tmp_path):
    grade = grader.SubmissionGrade("a.ipynb", None, [], seed=5)
    path = grader.write_report(grade, tmp_path / "reports")
    assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "reports").stat().st_mode & 0o777 == 0o700


def test_reports_may_not_go_where_a_sandbox_can_read_them(tmp_path, capsys):
    if bubblewrap.probe() is not None:
        pytest.skip(bubblewrap.probe())
    _notebook(tmp_path / "00_warmup.ipynb")
    inside = Path(bubblewrap.package_dir()) / "grades.csv"
    assert main(["grade", str(tmp_path), "--out", str(inside), "--no-progress"]) == 2
    assert "sandboxed kernels can read it" in capsys.readouterr().err
    assert not inside.exists()


# --- options -------------------------------------------------------------------------------

@pytest.mark.parametrize("option, value, message", [
    ("--jobs", "0", "--jobs: must be at least 1"),
    ("--timeout", "0", "--timeout: must be more than 0"),
    ("--submission-timeout", "-1", "--submission-timeout: must be more than 0"),
    ("--cpu-seconds", "0", "--cpu-seconds: must be at least 1"),
    ("--memory-mb", "10", "--memory-mb: must be at least 256"),
    ("--jobs", "two", "expected a whole number"),
    ("--timeout", "nan", "--timeout: must be more than 0"),
])
def test_numeric_options_are_checked_with_their_names(tmp_path, capsys, option, value, message):
    with pytest.raises(SystemExit) as exited:
        main(["grade", str(tmp_path), option, value])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_shards_need_one_seed(tmp_path, capsys):
    _notebook(tmp_path / "00_warmup.ipynb")
    assert main(["grade", str(tmp_path), "--shard", "1/2", "--out", str(tmp_path / "g.csv")]) == 2
    assert "--seed-file" in capsys.readouterr().err
    assert main(["grade", str(tmp_path), "--shard", "1/0", "--seed", "3", "--out", str(tmp_path / "g.csv")]) == 2
    assert "at least 1" in capsys.readouterr().err


def test_a_seed_file_is_created_private_and_refused_when_others_can_read_it(tmp_path):
    path = tmp_path / "seed"
    seed = read_seed_file(path)
    assert path.stat().st_mode & 0o777 == 0o600 and read_seed_file(path) == seed
    path.chmod(0o644)
    with pytest.raises(ShardError, match="chmod 600"):
        read_seed_file(path)
    link = tmp_path / "link"
    os.symlink(path, link)
    with pytest.raises(ShardError):
        read_seed_file(link)


def _shard(folder, index, count, rows, seed=7):
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"shard{index}.csv"
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=grader.CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    info = {"shard": index, "shards": count, "seed_digest": seed_digest(seed),
            "notebooks": len({row["notebook"] for row in rows}), "rows": len(rows)}
    Path(str(out) + ".shard.json").write_text(json.dumps(info))
    return out


def _row(notebook, exercise="e", points="1"):
    return {"notebook": notebook, "exercise": exercise, "points": points, "max_points": "1", "status": "pass"}


def test_merge_joins_complete_shards(tmp_path):
    first = _shard(tmp_path, 1, 2, [_row("b.ipynb"), _row("b.ipynb", "f")])
    second = _shard(tmp_path, 2, 2, [_row("a.ipynb")])
    out = tmp_path / "all.csv"
    assert main(["merge", str(second), str(first), "--out", str(out)]) == 0
    assert [(row["notebook"], row["exercise"]) for row in csv.DictReader(out.open())] == [
        ("a.ipynb", "e"), ("b.ipynb", "e"), ("b.ipynb", "f")]


@pytest.mark.parametrize("case, message", [
    ("missing", "missing shard(s) 2/2"),
    ("twice", "given twice"),
    ("duplicate_row", "is in"),
    ("other_seed", "different seeds"),
    ("other_count", "cut differently"),
    ("edited", "its record says"),
])
def test_merge_refuses_shards_that_do_not_fit(tmp_path, case, message):
    first = _shard(tmp_path / "1", 1, 2, [_row("a.ipynb")])
    make = {  # built lazily: each case writes its own second shard
        "missing": lambda: [],
        "twice": lambda: [_shard(tmp_path / "2", 1, 2, [_row("b.ipynb")])],
        "duplicate_row": lambda: [_shard(tmp_path / "2", 2, 2, [_row("a.ipynb")])],
        "other_seed": lambda: [_shard(tmp_path / "2", 2, 2, [_row("b.ipynb")], seed=8)],
        "other_count": lambda: [_shard(tmp_path / "2", 2, 3, [_row("b.ipynb")])],
        "edited": lambda: [_shard(tmp_path / "2", 2, 2, [_row("b.ipynb")])],
    }
    seconds = make[case]()
    if case == "edited":
        with seconds[0].open("a") as handle:
            handle.write("c.ipynb,e,1,1,pass\n")
    with pytest.raises(ShardError, match=message.replace("(", r"\(").replace(")", r"\)")):
        merge([first, *seconds], tmp_path / "all.csv")
    assert not (tmp_path / "all.csv").exists()


# --- the uid lock folder ------------------------------------------------------------------

def test_a_planted_lock_folder_symlink_is_refused(tmp_path, monkeypatch):
    victim = tmp_path / "victim"
    victim.mkdir()
    planted = tmp_path / "locks"
    os.symlink(victim, planted)
    monkeypatch.setattr(dedicated_uids, "LOCK_DIR", planted)
    with pytest.raises(RuntimeError, match="not a private directory"):
        dedicated_uids.private_lock_dir()
