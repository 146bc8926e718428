"""The grader's files: grades.csv and one JSON report per submission.

- The CSV is rewritten as submissions finish (at most every FLUSH_SECONDS, and at the end),
  each time into a temporary file beside it that then replaces it: whoever reads it, or a
  run that dies, finds a complete CSV of the submissions graded so far, never a torn one.
- Report names are unique per submission path and short: a readable tail of the path plus a
  digest of all of it (`alice/hw.ipynb` and `alice__hw.ipynb` no longer share one).
- Reports hold the run's seed: they are private to the grader's user (folder 0700, files 0600).
"""

import csv
import hashlib
import io
import json
import os
import re
import tempfile
import time
from pathlib import Path

CSV_COLUMNS = ["notebook", "exercise", "points", "max_points", "status"]
FLUSH_SECONDS = 2.0
READABLE_NAME = 80


def write_atomically(path, text, mode=0o644):
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def csv_text(grades):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for grade in grades:
        writer.writerows(grade.rows())
    return buffer.getvalue()


def write_csv(grades, out):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, csv_text(grades))


class IncrementalCsv:
    """grades.csv kept up to date while a run goes on, in the order of `paths`."""

    def __init__(self, out, paths):
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._order = {str(path): position for position, path in enumerate(paths)}
        self._grades = {}
        self._written_at = 0.0
        write_csv([], self.out)  # a run that dies at once still leaves a valid (empty) CSV

    def add(self, grade):
        self._grades[grade.notebook] = grade
        if time.monotonic() - self._written_at >= FLUSH_SECONDS:
            self.flush()

    def flush(self):
        grades = sorted(self._grades.values(), key=lambda grade: self._order.get(grade.notebook, len(self._order)))
        write_csv(grades, self.out)
        self._written_at = time.monotonic()


def report_path(report_dir, notebook):
    """A report file name unique per submission path: alice/hw.ipynb -> alice__hw-<digest>.json."""
    parts = [part for part in Path(notebook).with_suffix("").parts if part not in ("/", "..", ".")]
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", "__".join(parts)).lstrip(".")[-READABLE_NAME:]
    digest = hashlib.sha256(str(notebook).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return Path(report_dir) / f"{readable}-{digest}.json"


def private_folder(path):
    """A folder made private (0700) when this creates it; an existing one is left as it is
    (the reports in it are 0600 anyway)."""
    path = Path(path)
    try:
        path.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        pass
    return path


def write_report(grade, report_dir):
    path = report_path(private_folder(report_dir), grade.notebook)
    write_atomically(path, json.dumps(grade.as_report(), indent=2, default=str), mode=0o600)
    return path
