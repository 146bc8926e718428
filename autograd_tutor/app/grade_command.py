"""`autograd-tutor grade` and `autograd-tutor merge`: options checked, then a run that no
submission can stop (exercises/grade/grader.py).

- Numbers are checked with messages that name the option (`--jobs 0` is refused).
- A path that does not exist is an error; found notebooks that are not regular files still
  get rows saying why.
- `--shard` needs one seed for all shards: `--seed` or, better, `--seed-file` (a seed on
  the command line is visible to every process of the machine).
- Under the sandbox, reports are written as submissions finish, where no sandbox can see
  them; without it, only once every kernel has stopped (they hold the seed).
- grades.csv is rewritten atomically as submissions finish (exercises/grade/result_files.py).
"""

import sys
from pathlib import Path

from ..exercises.grade import grader
from ..exercises.grade.integrity import TamperWatch
from ..exercises.grade.result_files import IncrementalCsv, write_report
from ..exercises.grade.shards import ShardError, merge, read_seed_file, write_shard_info
from ..exercises.grade.submissions import SUFFIX, MissingInput, roots_of
from ..exercises.sandbox.bubblewrap import visible_inside
from ..instructor.commands import grade_notebooks, grade_out, write_grade_output

PROG = "autograd-tutor grade"


def run_grade(args):
    try:
        found = grader.find_notebooks(args.notebooks)
        roots = roots_of(found, args.notebooks)
        seed = _seed(args)
        notebooks = grader.select_shard(found, args.shard) if args.shard else found
        settings = _settings(args, seed).with_sandbox()
    except (MissingInput, ShardError, ValueError, grader.SandboxUnavailable) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    if not found:
        print(f"{PROG}: no notebooks found", file=sys.stderr)
        return 2
    out = grade_out(args)  # --format decides what it holds, and its default name
    reports = Path(args.reports) if args.reports else out.with_name(out.stem + "-reports")
    for what, path in (("--out", out), ("--reports", reports)):
        if path.name.endswith(SUFFIX):
            # `grade *.ipynb` in a folder holding a student's `--out=alice.ipynb`: the shell
            # hands that name over as an option, and the grades would replace alice's notebook.
            print(f"{PROG}: {what} {path} names a notebook, which the grader never writes over "
                  "(a file named like an option? put -- before the notebooks)", file=sys.stderr)
            return 2
    # What the sandbox must not show: the reports (they hold the seed), the seed itself and the
    # banks of hidden references.
    private = [("--out", out), ("--reports", reports), *(("--bank", Path(bank)) for bank in getattr(args, "bank", []))]
    if args.seed_file:
        private.append(("--seed-file", Path(args.seed_file)))
    for what, path in private:
        if settings.run.sandbox and visible_inside(path):
            print(f"{PROG}: {what} {path} lies where sandboxed kernels can read it (the Python installation or the package); choose another place", file=sys.stderr)
            return 2
    csv_file = IncrementalCsv(out, notebooks) if args.format == "csv" else None
    held = []  # reports waiting for the end of an unsandboxed run

    def done(grade):
        if csv_file:
            csv_file.add(grade)
        if settings.run.sandbox:
            write_report(grade, reports)
        else:
            held.append(grade)

    watch = TamperWatch()
    # Here, or on a Dask cluster with --dask (instructor/dask_grading.py).
    grades, remote_alarm = grade_notebooks(notebooks, settings, args, on_done=done, watch=watch, roots=roots)
    for grade in held:
        write_report(grade, reports)
    write_grade_output(grades, args, out)
    if args.shard:
        write_shard_info(out, args.shard, settings.seed, grades)
    rows = sum(len(grade.exercises) for grade in grades)
    print(f"graded {len(grades)} notebooks ({rows} rows): {out}, reports in {reports}")
    if watch.changes() or remote_alarm:  # the alarm has been printed; a script or scheduler must see it too
        print(f"{PROG}: the run was stopped: {remote_alarm or watch.describe()}", file=sys.stderr)
        return 3
    return 0


def _seed(args):
    if args.seed is not None and args.seed_file:
        raise ValueError("give --seed or --seed-file, not both")
    if args.seed_file:
        return read_seed_file(args.seed_file)
    if args.shard and args.seed is None:
        raise ValueError("--shard needs the same seed in every shard: give --seed-file PATH (or --seed N)")
    return args.seed


def _settings(args, seed):
    from ..exercises.grade.runner import RunSettings
    from ..exercises.sandbox.workspace import Limits

    if args.assignment:
        from ..exercises import registry

        if args.assignment not in registry.assignments():
            raise ValueError(f"unknown assignment {args.assignment!r}")
    cpu = args.cpu_seconds or int(args.submission_timeout) + 30
    limits = Limits(args.memory_mb, cpu, args.file_size_mb, args.processes)
    run = RunSettings(cell_timeout=args.timeout, submission_timeout=args.submission_timeout, limits=limits)
    sandbox = "require" if args.require_sandbox else "off" if args.no_sandbox else "auto"
    return grader.GradeSettings(run=run, assignment=args.assignment, seed=seed, sandbox=sandbox)


def run_merge(args):
    try:
        rows = merge(args.csvs, args.out)
    except (ShardError, OSError) as error:
        print(f"autograd-tutor merge: {error}", file=sys.stderr)
        return 2
    print(f"merged {len(args.csvs)} shards ({rows} rows): {args.out}")
    return 0
