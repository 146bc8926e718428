"""The `autograd-tutor` command: `lab`, `release`, `grade` and `merge`."""

import argparse
import sys


def main(argv=None):
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not args.command:
        parser.print_help()
        return 2
    try:
        return args.handler(args, extra)
    except ModuleNotFoundError as error:
        from .hints import missing_module_hint

        hint = missing_module_hint(error, args.command)
        if hint is None:
            raise
        print(hint, file=sys.stderr)
        return 1


def _parser():
    from autograd_tutor import __version__

    parser = argparse.ArgumentParser(prog="autograd-tutor", description="Teach automatic differentiation in Jupyter.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command")

    lab = commands.add_parser(
        "lab", help="copy the tutorials and practice notebooks into DIR (once) and start JupyterLab there",
        description="Copies the tutorials and practice notebooks into DIR, never replacing a file already "
                    "there, then starts JupyterLab on DIR. Other options go to JupyterLab unchanged "
                    "(--port=8889, --ServerApp.token=..., --no-browser).")
    lab.add_argument("dir", nargs="?", metavar="DIR", help="a writable folder for your notebooks (default: ./autograd-tutor-notebooks)")
    lab.add_argument("--notebook-dir", help="the same as DIR")
    lab.add_argument("--port", type=int, help="passed to jupyter lab")
    lab.add_argument("--no-browser", action="store_true", help="passed to jupyter lab")
    lab.add_argument("--copy-only", action="store_true",
                     help="copy the notebooks into DIR and stop (e.g. in a JupyterHub start-up hook)")
    lab.set_defaults(handler=_lab)

    release = commands.add_parser("release", help="write student versions of source notebooks")
    release.add_argument("source", help="a notebook or a directory of notebooks")
    release.add_argument("-o", "--out", required=True, help="output directory")
    release.set_defaults(handler=_release)
    from ..instructor.commands import add_grade_options, add_instructor_commands, add_release_options

    add_release_options(release)

    from .grade_options import add_merge_command, add_sandbox_arguments, at_least

    grade = commands.add_parser("grade", help="grade submitted notebooks")
    grade.add_argument("notebooks", nargs="+", help="notebooks or directories of notebooks")
    grade.add_argument("--out", help="file to write (default: grades.csv; with --format: results.json, canvas-grades.csv...)")
    grade.add_argument("--reports", help="directory for the JSON reports (default: next to --out)")
    grade.add_argument("--jobs", type=at_least(1), default=1, help="parallel kernels (default: 1)")
    grade.add_argument("--timeout", type=at_least(0, float), default=30, help="seconds per cell before it is interrupted (default: 30)")
    grade.add_argument("--submission-timeout", type=at_least(0, float), default=300, help="seconds for a whole notebook (default: 300)")
    grade.add_argument("--shard", help="i/n: grade only the i-th of n parts of the sorted notebook list")
    grade.add_argument("--assignment", help="the assignment all notebooks belong to (default: from file name or metadata)")
    grade.add_argument("--memory-mb", type=at_least(256), default=2048, help="kernel address-space limit (default: 2048)")
    grade.add_argument("--cpu-seconds", type=at_least(1), help="kernel CPU-time limit (default: submission timeout + 30)")
    grade.add_argument("--file-size-mb", type=at_least(1), default=64, help="largest file a kernel may write (default: 64)")
    grade.add_argument("--processes", type=at_least(16), default=64, help="processes and threads per kernel (default: 64)")
    grade.add_argument("--seed", type=int, help="seed of the hidden inputs drawn for this run (default: a fresh secret one); each report records it, so a report's seed reproduces its grade")
    grade.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_sandbox_arguments(grade)
    add_grade_options(grade)
    grade.set_defaults(handler=_grade)

    add_merge_command(commands)
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
    from .grade_command import run_grade

    return run_grade(args)


def _lab(args, extra):
    from .lab import run

    return run(args.dir or args.notebook_dir, port=args.port, no_browser=args.no_browser, extra=extra,
               copy_only=args.copy_only)


if __name__ == "__main__":
    sys.exit(main())
