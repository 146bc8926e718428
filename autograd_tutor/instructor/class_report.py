"""`autograd-tutor report grades.csv -o report.html`: how a class did, on one HTML page.

From the grades CSV: per exercise, the distribution of scores (share of the points, small
multiples) and the count of each status (pass, fail, error, timeout, missing) as plots, with
a table of the same numbers. From the JSON reports beside it (if there): the most common
wrong answers to public cases and the submissions that errored or timed out, with the reason.
Plots are matplotlib PNGs embedded in the page, so the file stands alone (matplotlib is the
[report] extra).
"""

import base64
import csv
import html
import io
import json
from collections import Counter, defaultdict
from pathlib import Path

STATUSES = ("pass", "fail", "error", "timeout", "missing")
COLORS = {"pass": "#2da44e", "fail": "#d4a72c", "error": "#cf222e", "timeout": "#8250df", "missing": "#8c959f"}
INSTALL_HINT = "the report needs matplotlib: pip install 'autograd-tutor[report]'"
TOP_ANSWERS = 5


class ReportError(ValueError):
    """Grades that cannot make a report: not a grades CSV, matplotlib missing..."""


def write_report(grades_csv, out, reports_dir=None):
    grades_csv = Path(grades_csv)
    rows = _read_rows(grades_csv)
    if reports_dir is None:
        reports_dir = grades_csv.with_name(grades_csv.stem + "-reports")
    reports = _read_reports(Path(reports_dir))
    Path(out).write_text(render(rows, reports, title=f"Class report: {grades_csv.name}"), encoding="utf-8")
    return Path(out)


def render(rows, reports, title="Class report"):
    """The report page for the long grade rows and the JSON reports (dicts)."""
    exercises = list(dict.fromkeys(row["exercise"] for row in rows))
    by_exercise = defaultdict(list)
    for row in rows:
        by_exercise[row["exercise"]].append(row)
    notebooks = sorted({row["notebook"] for row in rows})
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{len(notebooks)} submissions, {len(exercises)} exercises, "
        f"{sum(row['status'] == 'pass' for row in rows)} of {len(rows)} answers fully right.</p>",
        "<h2>Scores per exercise</h2>", _image(score_figure(exercises, by_exercise), "score distributions"),
        "<h2>Outcomes per exercise</h2>", _image(status_figure(exercises, by_exercise), "status counts"),
        _summary_table(exercises, by_exercise),
        "<h2>Most common wrong answers</h2>", _wrong_answers(reports),
        "<h2>Submissions that errored or timed out</h2>", _errored(rows, reports),
    ]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        + "\n".join(parts) + "</body></html>"
    )


def score_figure(exercises, by_exercise):
    """Small multiples: per exercise, how many submissions got each share of its points."""
    plt = _pyplot()
    columns = min(4, max(1, len(exercises)))
    rows = -(-len(exercises) // columns) or 1
    figure, axes = plt.subplots(rows, columns, figsize=(3.2 * columns, 2.4 * rows), squeeze=False)
    bins = [i / 10 for i in range(11)]
    for axis, exercise in zip(axes.flat, exercises):
        shares = [_share(row) for row in by_exercise[exercise]]
        axis.hist(shares, bins=bins, color="#0969da", edgecolor="white")
        axis.set_title(exercise, fontsize=9)
        axis.set_xlim(0, 1)
        axis.set_xlabel("share of the points", fontsize=8)
        axis.set_ylabel("submissions", fontsize=8)
        axis.yaxis.get_major_locator().set_params(integer=True)
        axis.tick_params(labelsize=7)
    for axis in list(axes.flat)[len(exercises):]:
        axis.set_visible(False)
    figure.tight_layout()
    return figure


def status_figure(exercises, by_exercise):
    """One stacked bar per exercise: how many submissions passed, failed, errored..."""
    plt = _pyplot()
    figure, axis = plt.subplots(figsize=(8, 0.45 * len(exercises) + 1.2))
    left = [0] * len(exercises)
    positions = list(range(len(exercises)))
    for status in STATUSES:
        counts = [sum(row["status"] == status for row in by_exercise[ex]) for ex in exercises]
        if any(counts):
            axis.barh(positions, counts, left=left, color=COLORS[status], label=status)
            left = [a + b for a, b in zip(left, counts)]
    axis.set_yticks(positions, exercises, fontsize=8)
    axis.invert_yaxis()
    axis.set_xlabel("submissions")
    axis.xaxis.get_major_locator().set_params(integer=True)
    # Above the bars, never over them.
    axis.legend(loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8, ncols=len(STATUSES), frameon=False)
    figure.tight_layout()
    return figure


def common_wrong_answers(reports, top=TOP_ANSWERS):
    """{(exercise, public case): [(answer text, count)]}: the answers given most often to a
    public case that failed (hidden cases' inputs and answers stay out of the report)."""
    counts = defaultdict(Counter)
    for report in reports:
        for exercise in report.get("exercises", []):
            for case in exercise.get("cases", []):
                if case.get("visibility") == "public" and case.get("status") == "fail":
                    counts[(exercise["exercise"], case.get("case", ""))][_answer_text(case.get("got"))] += 1
    return {key: counter.most_common(top) for key, counter in sorted(counts.items())}


def _wrong_answers(reports):
    if not reports:
        return "<p>No JSON reports were found beside the CSV (pass <code>--reports DIR</code>).</p>"
    found = common_wrong_answers(reports)
    if not found:
        return "<p>No public case was answered wrongly.</p>"
    lines = ["<table><tr><th>exercise</th><th>case</th><th>answer</th><th>submissions</th></tr>"]
    for (exercise, case), answers in found.items():
        for answer, count in answers:
            lines.append(f"<tr><td>{html.escape(exercise)}</td><td>{html.escape(case)}</td>"
                         f"<td><code>{html.escape(answer)}</code></td><td>{count}</td></tr>")
    return "\n".join(lines) + "</table>"


def _errored(rows, reports):
    messages = {
        (report.get("notebook"), exercise.get("exercise")): exercise.get("message") or report.get("problem", "")
        for report in reports for exercise in report.get("exercises", [])
    }
    bad = [row for row in rows if row["status"] in ("error", "timeout")]
    if not bad:
        return "<p>None.</p>"
    lines = ["<table><tr><th>notebook</th><th>exercise</th><th>status</th><th>why</th></tr>"]
    for row in bad:
        why = messages.get((row["notebook"], row["exercise"]), "")
        lines.append(f"<tr><td>{html.escape(row['notebook'])}</td><td>{html.escape(row['exercise'])}</td>"
                     f"<td>{row['status']}</td><td>{html.escape(str(why)[:300])}</td></tr>")
    return "\n".join(lines) + "</table>"


def _summary_table(exercises, by_exercise):
    header = "".join(f"<th>{status}</th>" for status in STATUSES)
    lines = [f"<table><tr><th>exercise</th><th>max points</th><th>mean points</th>{header}</tr>"]
    for exercise in exercises:
        rows = by_exercise[exercise]
        mean = sum(row["points"] for row in rows) / len(rows)
        cells = "".join(f"<td>{sum(row['status'] == status for row in rows)}</td>" for status in STATUSES)
        lines.append(f"<tr><td>{html.escape(exercise)}</td><td>{rows[0]['max_points']:g}</td>"
                     f"<td>{mean:.2f}</td>{cells}</tr>")
    return "\n".join(lines) + "</table>"


def _share(row):
    return row["points"] / row["max_points"] if row["max_points"] else 0.0


def _answer_text(value, limit=80):
    text = json.dumps(value) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _image(figure, alt):
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    _pyplot().close(figure)
    data = base64.b64encode(buffer.getvalue()).decode()
    return f"<img alt='{alt}' src='data:image/png;base64,{data}'>"


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise ReportError(INSTALL_HINT) from None
    matplotlib.use("Agg")  # files only: no display, no GUI toolkit
    import matplotlib.pyplot as plt

    return plt


def _read_rows(path):
    try:
        with open(path, newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"notebook", "exercise", "points", "max_points", "status"} - set(reader.fieldnames or ())
            if missing:
                raise ReportError(f"{path}: not a grades CSV (no {', '.join(sorted(missing))} column)")
            rows = [dict(row, points=float(row["points"]), max_points=float(row["max_points"])) for row in reader]
    except (OSError, UnicodeDecodeError) as error:
        raise ReportError(f"{path}: {error}") from None
    if not rows:
        raise ReportError(f"{path}: no grades in it")
    return rows


def _read_reports(directory):
    reports = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else ():
        try:
            reports.append(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue  # one unreadable report must not hide the rest
    return reports


_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; margin: 2em auto; max-width: 980px; color: #1f2328; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.85em; }
th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } img { max-width: 100%; } code { white-space: pre-wrap; }
"""
