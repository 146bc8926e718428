"""The class report as a person sees it: opened from disk in chromium (no server, no network),
its two plots load and have a size, its tables are there, and a screenshot is kept in
tests/artifacts/class-report.png."""

import csv

import pytest

from autograd_tutor.app.cli import main
from autograd_tutor.exercises import registry
from autograd_tutor.exercises.grade.grader import CSV_COLUMNS

ARTIFACT = "class-report.png"


@pytest.mark.browser
def test_the_report_shows_its_plots_and_tables_in_chromium(browser, artifacts, tmp_path):
    grades = tmp_path / "grades.csv"
    exercises = registry.assignments()["00_warmup"]
    with grades.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for student, statuses in {"alice": "pppp", "bob": "fpfp", "carol": "ppep"}.items():
            for exercise, status in zip(exercises, statuses):
                status = {"p": "pass", "f": "fail", "e": "error"}[status]
                writer.writerow({"notebook": f"subs/{student}/00_warmup.ipynb", "exercise": exercise.id,
                                 "points": exercise.points if status == "pass" else 0,
                                 "max_points": exercise.points, "status": status})
    out = tmp_path / "report.html"
    assert main(["report", str(grades), "-o", str(out)]) == 0
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(out.as_uri())
        sizes = page.eval_on_selector_all("img", "images => images.map(i => [i.complete, i.naturalWidth, i.naturalHeight])")
        assert len(sizes) == 2 and all(done and width > 300 and height > 150 for done, width, height in sizes)
        headings = page.eval_on_selector_all("h2", "hs => hs.map(h => h.textContent)")
        assert headings == ["Scores per exercise", "Outcomes per exercise", "Most common wrong answers",
                            "Submissions that errored or timed out"]
        assert "subs/carol/00_warmup.ipynb" in page.inner_text("body")
        page.screenshot(path=str(artifacts / ARTIFACT), full_page=True)
    finally:
        page.close()
