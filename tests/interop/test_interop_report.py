"""`autograd-tutor report`: a standalone HTML page with matplotlib plots of the scores and
outcomes per exercise, the most common wrong answers and the submissions that errored,
made from a grades CSV and reports written by the grader's own writers."""

import base64
import re

import pytest

from autograd_tutor.app.cli import main
from autograd_tutor.exercises.feedback.judging import CaseResult
from autograd_tutor.exercises.grade import grader
from autograd_tutor.exercises.grade.grader import SubmissionGrade
from autograd_tutor.exercises.grade.scoring import ExerciseGrade
from autograd_tutor.instructor.class_report import common_wrong_answers

PNG = b"\x89PNG\r\n\x1a\n"


def _submission(student, answer, status, points, problem=""):
    case = CaseResult("public", "your answer", status, "" if status == "pass" else "answer: wrong", answer, 12)
    power = ExerciseGrade("warmup-power-rule", points, 1, status, case.message, [case] if status != "error" else [])
    if status == "error":
        power.message = problem
    gradient = ExerciseGrade("warmup-gradient", 2, 2, "pass", "", [CaseResult("public", "your answer", "pass", "", [4, 11], [4, 11])])
    return SubmissionGrade(f"subs/{student}/00_warmup.ipynb", "00_warmup", [power, gradient], problem=problem, seed=1)


@pytest.fixture
def graded(tmp_path):
    grades = [
        _submission("alice", 12, "pass", 1), _submission("bob", 11, "fail", 0), _submission("carol", 11, "fail", 0),
        _submission("dan", 8, "fail", 0), _submission("erin", None, "error", 0, "NotPlainData: got object"),
    ]
    grader.write_csv(grades, tmp_path / "grades.csv")
    for grade in grades:
        grader.write_report(grade, tmp_path / "grades-reports")
    return tmp_path


def test_wrong_answers_are_counted_most_common_first(graded):
    import json

    reports = [json.loads(path.read_text()) for path in (graded / "grades-reports").glob("*.json")]
    assert common_wrong_answers(reports) == {("warmup-power-rule", "your answer"): [("11", 2), ("8", 1)]}


def test_the_report_page_embeds_plots_and_lists_wrong_answers_and_errors(graded):
    out = graded / "report.html"
    assert main(["report", str(graded / "grades.csv"), "-o", str(out)]) == 0
    page = out.read_text()
    images = re.findall(r"src='data:image/png;base64,([^']+)'", page)
    assert len(images) == 2 and all(base64.b64decode(image).startswith(PNG) for image in images)
    assert "5 submissions, 2 exercises" in page
    assert "<code>11</code></td><td>2</td>" in page and "<code>8</code></td><td>1</td>" in page
    assert "subs/erin/00_warmup.ipynb" in page and "NotPlainData: got object" in page
    assert "subs/bob/00_warmup.ipynb</td>" not in page  # a wrong answer is not an error


def test_a_report_without_reports_or_from_a_wrong_file(graded, tmp_path):
    assert main(["report", str(graded / "grades.csv"), "-o", str(tmp_path / "r.html"), "--reports", str(tmp_path / "none")]) == 0
    assert "No JSON reports were found" in (tmp_path / "r.html").read_text()
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    assert main(["report", str(tmp_path / "other.csv"), "-o", str(tmp_path / "x.html")]) == 1


def test_without_matplotlib_the_report_says_which_extra_to_install(graded, monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    assert main(["report", str(graded / "grades.csv"), "-o", str(graded / "r.html")]) == 1
    assert "pip install 'autograd-tutor[report]'" in capsys.readouterr().err
