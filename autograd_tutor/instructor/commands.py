"""Command-line parts for instructors: `release --format nbgrader`, `report`, `gradebook`,
`gradescope-autograder`, and the `grade` options `--format`, `--student-id`, `--bank`, `--dask`.
app/cli.py wires them in; each handler imports its heavy modules only when it runs."""

import argparse
import sys
from pathlib import Path

GRADE_FORMATS = ("csv", "gradescope", "canvas", "moodle", "wide")
LMS_FORMATS = ("canvas", "moodle", "wide")
VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")  # Gradescope's
DEFAULT_OUT = {"csv": "grades.csv", "gradescope": "results.json", "canvas": "canvas-grades.csv",
               "moodle": "moodle-grades.csv", "wide": "grades-wide.csv"}


class _AddBank(argparse.Action):
    """`--bank DIR`: the instructor's exercises join the registry as soon as it is parsed."""

    def __call__(self, parser, namespace, value, option_string=None):
        from ..exercises import registry
        from ..exercises.registry.external_banks import BankError, add_bank

        try:
            directory = add_bank(value)
            registry.all_exercises()  # the built-in bank, then this one: its errors show here
        except BankError as error:
            parser.error(str(error))
        getattr(namespace, self.dest).append(str(directory))


def bank_argument(parser):
    parser.add_argument(
        "--bank", metavar="DIR", action=_AddBank, default=[],
        help="a directory of exercise modules kept outside the package (repeatable); "
             "an exercise with a built-in one's id replaces it",
    )


def add_release_options(release):
    release.add_argument("--format", choices=("student", "nbgrader"), default="student",
                         help="student: student versions (default); nbgrader: nbgrader source notebooks "
                              "with solution, read-only and autograder test cells")
    release.add_argument("--assignment", help="with --format nbgrader: the assignment of every notebook "
                                              "(default: from file name or metadata)")
    release.add_argument("--seed", type=int, help="with --format nbgrader: the seed written in the hidden "
                                                  "tests (default: a fresh secret one)")
    bank_argument(release)


def release_nbgrader_command(args):
    from ..exercises.release import ReleaseError
    from .nbgrader_release import release_nbgrader

    try:
        written = release_nbgrader(args.source, args.out, seed=args.seed, assignment=args.assignment)
    except (ReleaseError, OSError, ValueError) as error:
        print(f"autograd-tutor release: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def add_instructor_commands(commands):
    report = commands.add_parser("report", help="an HTML class report from a grades CSV (needs the [report] extra)")
    report.add_argument("grades", help="the grades CSV written by `grade`")
    report.add_argument("-o", "--out", default="report.html", help="HTML file to write (default: report.html)")
    report.add_argument("--reports", help="the JSON reports directory (default: the one beside the CSV)")
    bank_argument(report)
    report.set_defaults(handler=_report)

    book = commands.add_parser("gradebook", help="turn a grades CSV into a per-student CSV for Canvas or Moodle")
    book.add_argument("grades", help="the grades CSV written by `grade`")
    book.add_argument("--lms", choices=LMS_FORMATS, required=True, help="the gradebook format")
    book.add_argument("-o", "--out", required=True, help="CSV file to write")
    student_id_arguments(book)
    bank_argument(book)
    book.set_defaults(handler=_gradebook)

    zipped = commands.add_parser("gradescope-autograder", help="build a Gradescope autograder zip (setup.sh, run_autograder)")
    zipped.add_argument("-o", "--out", default="autograder.zip", help="zip file to write (default: autograder.zip)")
    zipped.add_argument("--assignment", help="grade every submission as this assignment")
    zipped.add_argument("--visibility", default="visible", choices=VISIBILITIES,
                        help="Gradescope visibility of the tests (default: visible)")
    bank_argument(zipped)
    zipped.set_defaults(handler=_gradescope_zip)


def student_id_arguments(parser):
    parser.add_argument("--student-id", metavar="PATTERN",
                        help="regular expression on the notebook path; its group `id` (or first group) is the "
                             "student id (default: the first folder under the common folder of all notebooks)")
    parser.add_argument("--id-column", help="header of the student id column (default: Canvas 'SIS Login ID', "
                                            "Moodle 'ID number', wide 'student_id')")


def _report(args, extra):
    from .class_report import ReportError, write_report

    try:
        write_report(args.grades, args.out, args.reports)
    except (ReportError, OSError) as error:
        print(f"autograd-tutor report: {error}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


def _gradebook(args, extra):
    from .gradebook import GradebookError, read_rows, write_gradebook

    try:
        rows = read_rows(args.grades)
        count = write_gradebook(rows, args.out, args.lms, args.student_id, args.id_column)
    except (GradebookError, OSError) as error:
        print(f"autograd-tutor gradebook: {error}", file=sys.stderr)
        return 1
    print(f"{count} students: {args.out}")
    return 0


def _gradescope_zip(args, extra):
    from .gradescope import build_autograder_zip

    path = build_autograder_zip(args.out, bank_dirs=args.bank, assignment=args.assignment, visibility=args.visibility)
    print(path)
    return 0


def write_grade_output(grades, args, out):
    """The `grade --format` file: our long CSV, Gradescope's results.json or a gradebook."""
    from ..exercises.grade import grader

    fmt = getattr(args, "format", "csv")
    if fmt == "csv":
        grader.write_csv(grades, out)
    elif fmt == "gradescope":
        from .gradescope import write_results

        write_results(grades, out, visibility=args.visibility)
    else:
        from .gradebook import rows_of, write_gradebook

        write_gradebook(rows_of(grades), out, fmt, args.student_id, args.id_column)


def grade_out(args):
    return Path(args.out or DEFAULT_OUT[getattr(args, "format", "csv")])


def add_grade_options(grade):
    grade.add_argument("--format", choices=GRADE_FORMATS, default="csv",
                       help="what --out holds: csv (one row per exercise, default), gradescope (results.json), "
                            "canvas or moodle (gradebook import CSVs, one row per student), wide (one row per student)")
    grade.add_argument("--visibility", default="visible", choices=VISIBILITIES,
                       help="with --format gradescope: the tests' visibility (default: visible)")
    student_id_arguments(grade)
    bank_argument(grade)
    grade.add_argument("--dask", metavar="ADDRESS", type=_dask_address,
                       help="grade on a dask.distributed cluster (its scheduler address), or `local` for a "
                            "LocalCluster of --jobs workers here (needs the [dask] extra)")


def _dask_address(text):
    """An argparse type: the address, once dask.distributed is known to be installed."""
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        from .dask_grading import INSTALL_HINT

        raise argparse.ArgumentTypeError(INSTALL_HINT)
    return text


def grade_notebooks(notebooks, settings, args, on_done, watch, roots=None):
    """Grade locally (grader.grade_all) or, with --dask, on the cluster. Returns the grades
    and what a cluster worker found changed in the grader's files ("" if nothing: a local
    run's changes are in `watch`)."""
    from ..exercises.grade import grader

    if not getattr(args, "dask", None):
        return grader.grade_all(notebooks, settings, jobs=args.jobs, progress=not args.no_progress,
                                on_done=on_done, watch=watch, roots=roots), ""
    from .dask_grading import grade_on_dask

    run = grade_on_dask(notebooks, settings, args.dask, workers=args.jobs, bank_dirs=args.bank,
                        on_done=on_done, progress=not args.no_progress)
    return run.grades, "; ".join(run.tampered)
