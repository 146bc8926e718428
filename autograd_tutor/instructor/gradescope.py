"""Gradescope: `grade --format gradescope` writes results.json, and `gradescope-autograder`
builds the autograder zip that Gradescope runs for each submission.

results.json, per Gradescope's autograder specification: a top-level `score`, `execution_time`
and `output`, and one entry in `tests` per exercise of each graded notebook with `name`,
`number`, `score`, `max_score`, `status` ("passed" or "failed"), `output` and `visibility`
(visible, hidden, after_due_date or after_published). Outputs name public cases and their
problems; hidden cases say only whether they passed.

The zip holds `setup.sh` (run once when Gradescope builds the image: a virtualenv with the
grading dependencies), `run_autograder` (run per submission: grades /autograder/submission
into /autograder/results/results.json), this package's source and, with `--bank`, the
instructor's exercise bank. The submission and results folders follow Gradescope's layout
under AUTOGRADER_ROOT (default /autograder), so the scripts can be tried on a fake layout.
"""

import json
import zipfile
from pathlib import Path

from ..exercises.grade.path_labels import path_label

VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
# The package's dependencies and its [grade] extra (a test compares them with pyproject.toml).
REQUIREMENTS = [
    "numpy>=1.24", "graphviz>=0.20", "nbformat>=5.7", "nbclient>=0.9", "ipykernel>=6.22", "ipython>=8",
    "jupyter_client>=8", "pyzmq>=25", "tqdm>=4.60",
]


def results(grades, visibility="visible"):
    """The results.json content for graded submissions (SubmissionGrade objects)."""
    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility is one of {', '.join(VISIBILITIES)}, got {visibility!r}")
    tests, problems = [], []
    for number, grade in enumerate(grades, 1):
        if grade.problem:
            problems.append(f"{Path(path_label(grade.notebook)).name}: {grade.problem}")
        for part, exercise in enumerate(grade.exercises, 1):
            tests.append({
                "name": f"{grade.assignment or Path(path_label(grade.notebook)).stem}: {exercise.exercise}",
                "number": f"{number}.{part}",
                "score": exercise.points,
                "max_score": exercise.max_points,
                "status": "passed" if exercise.status == "pass" else "failed",
                "output": _output(exercise),
                "visibility": visibility,
            })
    if not grades:
        problems.append("no notebook (.ipynb) was found in the submission")
    return {
        "score": round(sum(test["score"] for test in tests), 2),
        "execution_time": round(sum(grade.seconds for grade in grades), 1),
        "output": "\n".join(problems) or f"graded {len(grades)} notebook(s)",
        "visibility": visibility,
        "tests": tests,
    }


def write_results(grades, out, visibility="visible"):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results(grades, visibility), indent=2))
    return out


def _output(exercise):
    lines = [f"{exercise.status}: {exercise.points} of {exercise.max_points} points"]
    for number, case in enumerate(exercise.cases, 1):
        if case.visibility == "public":
            detail = f": {case.message}" if case.message else ""
            lines.append(f"{'✓' if case.status == 'pass' else '✗'} public case {number} ({case.label}){detail}")
        else:
            lines.append(f"{'✓' if case.status == 'pass' else '✗'} hidden case {number}")
    if exercise.message and not exercise.cases:
        lines.append(exercise.message)
    return "\n".join(lines)


SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image.
set -euo pipefail
ROOT="${AUTOGRADER_ROOT:-/autograder}"
apt-get update && apt-get install -y python3 python3-venv python3-pip bubblewrap
python3 -m venv "$ROOT/venv"
"$ROOT/venv/bin/pip" install -r "$ROOT/source/requirements.txt"
"$ROOT/venv/bin/python" -m ipykernel install --sys-prefix --name python3
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission: the notebooks in submission/ are graded into
# results/results.json. AUTOGRADER_ROOT and AUTOGRAD_TUTOR_PYTHON allow a trial run elsewhere.
set -uo pipefail
ROOT="${{AUTOGRADER_ROOT:-/autograder}}"
PYTHON="${{AUTOGRAD_TUTOR_PYTHON:-$ROOT/venv/bin/python}}"
mkdir -p "$ROOT/results"
cd "$ROOT/source"
PYTHONPATH="$ROOT/source" "$PYTHON" -m autograd_tutor.app.cli grade "$ROOT/submission" \\
    --format gradescope --out "$ROOT/results/results.json" --reports "$ROOT/results/reports" \\
    --no-progress{options}
status=$?
if [ ! -s "$ROOT/results/results.json" ]; then
    # No notebook, or the grader could not start: Gradescope still gets a result to show.
    printf '{{"score": 0, "output": "The autograder could not grade this submission (exit status %s). Did you upload your .ipynb notebooks?", "tests": []}}\\n' "$status" > "$ROOT/results/results.json"
fi
exit 0
"""


def build_autograder_zip(out, bank_dirs=(), assignment=None, visibility="visible"):
    """Write the autograder zip: setup.sh and run_autograder at its root (as Gradescope
    wants), requirements.txt, this package's source and the banks under bank/<n>/."""
    if visibility not in VISIBILITIES:
        raise ValueError(f"visibility is one of {', '.join(VISIBILITIES)}, got {visibility!r}")
    package = Path(__file__).resolve().parents[1]
    options = f" --visibility {visibility}"
    if assignment:
        options += f" --assignment {assignment}"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, directory in enumerate(bank_dirs):
            options += f' --bank "$ROOT/source/bank/{number}"'
            for path in sorted(Path(directory).glob("*.py")):
                archive.write(path, f"bank/{number}/{path.name}")
        _add_script(archive, "setup.sh", SETUP_SH)
        _add_script(archive, "run_autograder", RUN_AUTOGRADER.format(options=options))
        archive.writestr("requirements.txt", "\n".join(REQUIREMENTS) + "\n")
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                archive.write(path, f"autograd_tutor/{path.relative_to(package).as_posix()}")
    return out


def _add_script(archive, name, text):
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o100755 << 16  # executable: Gradescope runs them directly
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text)
