"""Grade the system attacks (system_catalog.py) in one `autograd-tutor grade` run from a
snapshot of the package, and judge each attack's verdict."""

import csv
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from attacks.snapshot import CLI, run_python
from attacks.system_catalog import MARKER, SEED, SYSTEM_ATTACKS, notebook_stem

# Graded only under the sandbox: unsandboxed, these would kill or rewrite other processes and
# files of the machine (the grader's own Python installation included).
SANDBOX_ONLY = {"kill_siblings", "kill_parent", "setsid_daemon", "write_outside"}


@dataclass
class SystemRun:
    folder: Path
    out: Path
    reports: Path
    returncode: int
    stdout: str
    stderr: str
    rows: list = field(default_factory=list)
    csv_text: str = ""

    def points(self):
        """notebook stem -> total points."""
        totals = {}
        for row in self.rows:
            stem = notebook_stem(row["notebook"], self.folder)
            totals[stem] = totals.get(stem, 0) + float(row["points"])
        return totals

    def report_of(self, stem):
        for path in self.reports.glob("*.json"):
            report = json.loads(path.read_text())
            if notebook_stem(report["notebook"], self.folder) == stem:
                return path
        raise AssertionError(f"no report for {stem}")

    def report_size(self, stem):
        return self.report_of(stem).stat().st_size

    def assert_distinct_reports(self, stem):
        names = {self.report_of(f"{stem}/00_warmup"), self.report_of(f"{stem}__00_warmup")}
        assert len(names) == 2, "two submissions share one report"

    def all_text(self):
        return self.csv_text + "".join(path.read_text() for path in self.reports.glob("*.json"))

    def leftovers(self):
        places = [Path("/dev/shm"), Path("/tmp"), Path("/"), Path("/usr"), Path("/etc")]
        found = [str(path) for place in places for path in place.glob(f"{MARKER}*")]
        return found

    def processes_with(self, marker):
        found = []
        for pid in os.listdir("/proc"):
            try:
                if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(int(pid))
            except OSError:
                continue
        return found


def grade_system_attacks(root, package_root, sandbox=True, names=None):
    """Write the attacks (or those in `names`) under `root` and grade them in one run."""
    folder = Path(root) / "submissions"
    folder.mkdir(parents=True)
    attacks = [attack for attack in SYSTEM_ATTACKS if names is None or attack.name in names]
    for attack in attacks:
        attack.write(folder, attack.name)
    out = Path(root) / "grades.csv"
    result = run_python(
        package_root, CLI, "grade", folder, "--out", out, "--jobs", "2", "--seed", str(SEED),
        "--timeout", "10", "--submission-timeout", "40", "--memory-mb", "1024", "--no-progress",
        "--require-sandbox" if sandbox else "--no-sandbox", timeout=1500,
    )
    run = SystemRun(folder, out, Path(root) / "grades-reports", result.returncode,
                    result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace"))
    if out.exists():
        run.csv_text = out.read_text()
        run.rows = list(csv.DictReader(run.csv_text.splitlines()))
    return run, attacks


def verdicts(run, attacks):
    """attack name -> {"ok": bool, "measured": str}; cleans up what unsandboxed runs leave."""
    points = run.points()
    results = {}
    for attack in attacks:
        problems = []
        measured = []
        for stem, wanted in attack.points.items():
            got = points.get(stem)
            measured.append(f"{stem.split('/')[0][:40]}: {'no row' if got is None else _number(got)}")
            if (wanted is None) != (got is None) or (wanted is not None and abs(got - wanted) > 1e-9):
                problems.append(f"{stem}: {got} points, expected {wanted}")
        if attack.check is not None:
            try:
                attack.check(run)
            except AssertionError as error:
                problems.append(str(error))
        results[attack.name] = {"ok": not problems, "measured": "; ".join(measured), "problems": problems}
    for leftover in run.leftovers():
        shutil.rmtree(leftover, ignore_errors=True) if os.path.isdir(leftover) else os.unlink(leftover)
    return results


def _number(value):
    return int(value) if float(value).is_integer() else value
