"""The options of `autograd-tutor grade` and `merge` that the parser needs. Kept apart from
grade_command.py, which imports the grader: building the parser (and `--help`) must work
without the grade extra, so that a missing package is reported in one line when a command runs."""

import argparse


def at_least(minimum, kind=int):
    """An argparse type: a number of `kind` no smaller than `minimum` (and > 0 for floats)."""

    def parse(text):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a {'whole ' if kind is int else ''}number, got {text!r}") from None
        if value < minimum or (kind is float and not value > 0) or value != value:
            bound = f"at least {minimum}" if kind is int else "more than 0"
            raise argparse.ArgumentTypeError(f"must be {bound}, got {text}")
        return value

    return parse


def add_sandbox_arguments(grade):
    choice = grade.add_mutually_exclusive_group()
    choice.add_argument("--require-sandbox", action="store_true", help="refuse to grade if bubblewrap cannot run here (default: fall back with a warning)")
    choice.add_argument("--no-sandbox", action="store_true", help="run kernels without bubblewrap (resource limits only; for comparisons)")
    grade.add_argument("--seed-file", help="file holding the seed (created with a fresh one if missing; must be private to the grader's user); use it for shards")


def add_merge_command(commands):
    merge_parser = commands.add_parser("merge", help="join the CSVs of `grade --shard` runs, with checks")
    merge_parser.add_argument("csvs", nargs="+", help="the shards' CSV files (each with its .shard.json beside it)")
    merge_parser.add_argument("--out", required=True, help="the merged CSV to write")
    merge_parser.set_defaults(handler=_run_merge)


def _run_merge(args, extra):
    from .grade_command import run_merge

    return run_merge(args)
