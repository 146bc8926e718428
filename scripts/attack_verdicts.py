"""Grade the attack corpus with and without the sandbox and write the verdicts table.

Run from the repository root: .venv/bin/python scripts/attack_verdicts.py [--write]
Prints a Markdown table (with --write, puts it into docs/instructors.md between the
`attack-verdicts` markers). The submission attacks (tests/attacks/catalog.py) are graded
with grader.grade_all, the attacks on the run itself (tests/attacks/system_catalog.py) with
`autograd-tutor grade --jobs 2`; both from a snapshot of the package, as the tests do.
Attacks that would harm the machine unsandboxed (killing or rewriting what they can reach)
are graded under the sandbox only.
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from attacks.catalog import ATTACKS, write_all  # noqa: E402
from attacks.snapshot import grade_all_in_snapshot, snapshot_package  # noqa: E402
from attacks.system_catalog import SYSTEM_ATTACKS  # noqa: E402
from attacks.system_run import SANDBOX_ONLY, grade_system_attacks, verdicts  # noqa: E402

from autograd_tutor.exercises.grade import grader  # noqa: E402
from autograd_tutor.exercises.grade.runner import RunSettings  # noqa: E402
from autograd_tutor.exercises.sandbox.workspace import Limits  # noqa: E402

DOC = ROOT / "docs" / "instructors.md"
BEGIN, END = "<!-- attack-verdicts:begin -->", "<!-- attack-verdicts:end -->"

VALUE_ATTACKS = {
    "uninterruptible_hang": "ignores SIGINT and loops forever",
    "infinite_loop": "a correct notebook with an endless loop in one cell",
    "many_cells": "kills its kernel, followed by 8,000 one-line cells that cannot run",
    "memory_bomb": "allocates until MemoryError, then asks for 1 TB; a 1000x1000 answer",
    "huge_output": "prints 20 MB, 200,000 lines and a 5 MB HTML display",
    "redefine_check": "replaces check(), compare.difference and judging.judge",
    "always_equal": "answers whose __eq__ is always True",
    "fake_pass_messages": "prints pass lines, CSV rows and guessed payload frames",
    "patch_tracebacks": "silences IPython's tracebacks and sys.excepthook",
    "kill_kernel": "os._exit(0) in a cell",
    "kill_during_extraction": "exits as soon as the grader's own cell starts",
    "forge_extraction": "prints a forged payload with the grader's marker before its cell",
    "patch_json": "replaces json.dumps in the kernel",
    "fill_shared_folder": "writes 40 MiB into the folder its sandbox shares with the grader (on the grader's disk)",
    "nest_in_shared_folder": "nests 1,100 folders in that shared folder",
    "fill_shared_folder_from_function": "the function answer writes 40 MiB into its sandbox's shared folder",
    "nested_payload": "rewrites the grader's payload: one right answer nested 900 lists deep",
    "nested_beyond_recursion": "rewrites the payload nested 100,000 deep (past the grader's recursion limit)",
    "nested_function_reply": "the function answer rewrites its sandbox's reply, nested 100,000 deep",
    "read_answer_key": "imports the answer key in the kernel and in the function answer",
    "import_reference": "the function answer imports the exercise's reference",
    "import_reference_unguarded": "the same after removing the import guard and the grading flag",
    "key_without_flag": "loads the key without the grading flag (value answers are the solution anyway)",
    "huge_integers": "10**400 and 10**5000 as answers beside right ones",
    "hard_coded_inputs": "a function right on every input known before grading",
    "deleted_cells": "deletes two exercises' cells",
    "duplicated_cells": "right answers twice, a wrong one after a right one",
}

SETTINGS = grader.GradeSettings(
    run=RunSettings(cell_timeout=2, submission_timeout=6, extraction_timeout=4, limits=Limits(memory_mb=1024, cpu_seconds=40)),
    call_timeout=2, functions_timeout=10,
)


def value_rows(work):
    paths = write_all(work / "value-notebooks")
    measured = {}
    for sandbox in ("require", "off"):
        settings = grader.GradeSettings(**{**SETTINGS.__dict__, "sandbox": sandbox})
        reports = grade_all_in_snapshot(snapshot_package(work / f"value-package-{sandbox}"), paths, settings, jobs=2)
        for path, report in zip(paths, reports):
            measured.setdefault(path.name.split("-")[0], {})[sandbox] = report["points"]
    rows = []
    for name, (_, earned) in ATTACKS.items():
        got = measured[name]
        cells = [f"{got[mode]} {'held' if got[mode] == earned else 'BROKEN'}" for mode in ("require", "off")]
        rows.append(("submission", name, VALUE_ATTACKS.get(name, ""), f"{earned} points", *cells))
    return rows


def system_rows(work):
    runs = {}
    for sandbox in (True, False):
        names = None if sandbox else {attack.name for attack in SYSTEM_ATTACKS} - SANDBOX_ONLY
        run, attacks = grade_system_attacks(work / f"system-{sandbox}", snapshot_package(work / f"system-package-{sandbox}"), sandbox, names)
        runs[sandbox] = verdicts(run, attacks)
    rows = []
    for attack in SYSTEM_ATTACKS:
        cells = []
        for sandbox in (True, False):
            verdict = runs[sandbox].get(attack.name)
            if verdict is None:
                cells.append("not run (would harm the machine)")
            else:
                cells.append(f"{verdict['measured']} {'held' if verdict['ok'] else 'BROKEN: ' + '; '.join(verdict['problems'])}")
        rows.append((attack.category, attack.name, attack.what, attack.held, *cells))
    return rows


def table(rows):
    lines = [
        "| category | attack | what it does | expected verdict | measured, sandboxed | measured, `--no-sandbox` |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(str(cell).replace("|", "\\|").replace("\n", " ") for cell in row) + " |")
    held = sum(row[4].endswith(" held") for row in rows)
    broken = sum("BROKEN" in row[5] for row in rows)
    skipped = sum(row[5].startswith("not run") for row in rows)
    lines.append("")
    lines.append(f"{len(rows)} attacks; held under the sandbox: {held}/{len(rows)}. With `--no-sandbox`: "
                 f"{broken} broken, {skipped} not run.")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the table into {DOC.relative_to(ROOT)}")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="attack-verdicts-") as work:
        rows = system_rows(Path(work)) + value_rows(Path(work))
    text = table(rows)
    print(text)
    if args.write:
        doc = DOC.read_text()
        block = f"{BEGIN}\n{text}\n{END}"
        if BEGIN in doc:
            doc = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda match: block, doc, flags=re.DOTALL)
        else:
            doc = doc.rstrip("\n") + "\n\n" + block + "\n"
        DOC.write_text(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
