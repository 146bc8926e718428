"""The `autograd-tutor` command: `lab`, `release` and `grade`."""

import argparse
import os
import sys
from pathlib import Path


def main(argv=None):
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not args.command:
        parser.print_help()
        return 2
    return args.handler(args, extra)


def _parser():
    parser = argparse.ArgumentParser(prog="autograd-tutor", description="Teach automatic differentiation in Jupyter.")
    commands = parser.add_subparsers(dest="command")

    lab = commands.add_parser("lab", help="start JupyterLab on the tutorial and exercise notebooks")
    lab.add_argument("--port", type=int, help="passed to jupyter lab")
    lab.add_argument("--no-browser", action="store_true", help="passed to jupyter lab")
    lab.add_argument("--notebook-dir", help="serve this directory instead of the bundled notebooks")
    lab.set_defaults(handler=_lab)

    release = commands.add_parser("release", help="write student versions of source notebooks")
    release.add_argument("source", help="a notebook or a directory of notebooks")
    release.add_argument("-o", "--out", required=True, help="output directory")
    release.set_defaults(handler=_release)
    from ..instructor.commands import add_grade_options, add_instructor_commands, add_release_options

    add_release_options(release)

    grade = commands.add_parser("grade", help="grade submitted notebooks")
    grade.add_argument("notebooks", nargs="+", help="notebooks or directories of notebooks")
    grade.add_argument("--out", help="file to write (default: grades.csv; with --format: results.json, canvas-grades.csv...)")
    grade.add_argument("--reports", help="directory for the JSON reports (default: next to --out)")
    grade.add_argument("--jobs", type=int, default=1, help="parallel kernels (default: 1)")
    grade.add_argument("--timeout", type=float, default=30, help="seconds per cell before it is interrupted (default: 30)")
    grade.add_argument("--submission-timeout", type=float, default=300, help="seconds for a whole notebook (default: 300)")
    grade.add_argument("--shard", help="i/n: grade only the i-th of n parts of the sorted notebook list")
    grade.add_argument("--assignment", help="the assignment all notebooks belong to (default: from file name or metadata)")
    grade.add_argument("--memory-mb", type=int, default=2048, help="kernel address-space limit (default: 2048)")
    grade.add_argument("--cpu-seconds", type=int, help="kernel CPU-time limit (default: submission timeout + 30)")
    grade.add_argument("--file-size-mb", type=int, default=64, help="largest file a kernel may write (default: 64)")
    grade.add_argument("--processes", type=int, default=64, help="processes and threads per kernel (default: 64)")
    grade.add_argument("--seed", type=int, help="seed of the hidden inputs drawn for this run (default: a fresh secret one); each report records it, so a report's seed reproduces its grade")
    grade.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_grade_options(grade)
    grade.set_defaults(handler=_grade)

    add_instructor_commands(commands)
    return parser


def _release(args, extra):
    if args.format == "nbgrader":
        from ..instructor.commands import release_nbgrader_command

        return release_nbgrader_command(args)
    from ..exercises.release import ReleaseError, release_paths

    try:
        written = release_paths(args.source, args.out)
    except (ReleaseError, OSError) as error:
        print(f"autograd-tutor release: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _grade(args, extra):
    from ..exercises import grader
    from ..instructor.commands import grade_notebooks, grade_out, write_grade_output

    args.out = str(grade_out(args))

    notebooks = grader.find_notebooks(args.notebooks)
    if not notebooks:
        print("autograd-tutor grade: no notebooks found", file=sys.stderr)
        return 2
    try:
        if args.shard:
            notebooks = grader.select_shard(notebooks, args.shard)
        settings = _grade_settings(args)
    except ValueError as error:
        print(f"autograd-tutor grade: {error}", file=sys.stderr)
        return 2
    reports = Path(args.reports) if args.reports else Path(args.out).with_name(Path(args.out).stem + "-reports")
    from ..exercises.integrity import TamperWatch

    watch = TamperWatch()
    grades, remote_alarm = grade_notebooks(
        notebooks, settings, args, on_done=lambda grade: grader.write_report(grade, reports), watch=watch,
    )
    write_grade_output(grades, args)
    rows = sum(len(grade.exercises) for grade in grades)
    print(f"graded {len(grades)} notebooks ({rows} rows): {args.out}, reports in {reports}")
    if watch.changes() or remote_alarm:  # the alarm has been printed; a script or scheduler must see it too
        print(f"autograd-tutor grade: the run was stopped: {remote_alarm or watch.describe()}", file=sys.stderr)
        return 3
    return 0


def _grade_settings(args):
    from ..exercises.grader import GradeSettings
    from ..exercises.isolation import Limits
    from ..exercises.runner import RunSettings

    if args.assignment:
        from ..exercises import registry

        if args.assignment not in registry.assignments():
            raise ValueError(f"unknown assignment {args.assignment!r}")
    cpu = args.cpu_seconds or int(args.submission_timeout) + 30
    limits = Limits(args.memory_mb, cpu, args.file_size_mb, args.processes)
    run = RunSettings(cell_timeout=args.timeout, submission_timeout=args.submission_timeout, limits=limits)
    return GradeSettings(run=run, assignment=args.assignment, seed=args.seed)


def lab_command(args, extra=()):
    """The jupyter lab command line and environment `autograd-tutor lab` runs."""
    from ..exercises.isolation import package_root

    root = Path(package_root())
    notebook_dir = _notebook_dir(args, root)
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={notebook_dir}"]
    if args.port:
        command.append(f"--port={args.port}")
    if args.no_browser:
        command.append("--no-browser")
    if os.geteuid() == 0:
        command.append("--allow-root")  # containers often run as root; jupyter refuses otherwise
    # No "get notified about Jupyter news?" pop-up over a learner's first notebook.
    command.append("--LabApp.news_url=None")
    command += list(extra)
    env = dict(os.environ)
    # Kernels started by the lab import this copy of autograd_tutor (and its extension).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    return command, env


def _notebook_dir(args, root):
    return Path(args.notebook_dir) if args.notebook_dir else _bundled_notebooks(root)


def _bundled_notebooks(root):
    in_repository = root / "notebooks"
    return in_repository if in_repository.is_dir() else root / "autograd_tutor" / "notebooks"


def _lab(args, extra):
    command, env = lab_command(args, extra)
    if not args.notebook_dir:
        from ..exercises.isolation import package_root

        notebook_dir = _notebook_dir(args, Path(package_root()))
        _trust_bundled(notebook_dir)
        command += _practice_options(notebook_dir)
    os.execvpe(command[0], command, env)


def _practice_options(notebook_dir):
    """The learner's exercise copies (see practice), and the lab options hiding the sources."""
    from .practice import hidden_in_lab, prepare_practice

    try:
        prepare_practice(notebook_dir)
    except OSError as err:  # a read-only install: the sources stay visible rather than no exercises
        print(f"autograd-tutor: could not create the practice notebooks ({err})", file=sys.stderr)
        return []
    return [f"--ContentsManager.hide_globs={pattern}" for pattern in hidden_in_lab()]


def _trust_bundled(notebook_dir):
    """Signs the bundled tutorials so their saved graphs show at once (see lab_trust)."""
    from .lab_trust import bundled_tutorials, trust_notebooks

    try:
        trust_notebooks(bundled_tutorials(notebook_dir))
    except Exception as err:  # noqa: BLE001 - an unwritable signature database must not stop the lab
        print(f"autograd-tutor: could not mark the tutorials as trusted ({err}); "
              "run their cells to see the saved graphs", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
