"""Environment flags shared by the grader and the code that runs inside a grading kernel."""

import os

# Set by the grader in the kernel (and sandbox) environment.
GRADING_ENV = "AUTOGRAD_TUTOR_GRADING"
# Honoured by the notebook extension: no live graph drawing while grading.
WATCH_ENV = "AUTOGRAD_TUTOR_WATCH"


def in_grading_kernel():
    return os.environ.get(GRADING_ENV) == "1"


def refuse_in_grading_kernel():
    """The answer key (and its hidden cases) is not loaded inside a grading kernel.

    A kernel can get around this (delete the flag, or import a bank module directly), and
    it gains nothing by it that reading the package's files would not: value answers are
    plain data fixed by the exercise (what copying the solution gives), the seed of drawn
    hidden inputs never enters the kernel, and function answers run in the grader's sandbox,
    which refuses the key by import (sandbox/answer_key_guard.py)."""
    if in_grading_kernel():
        raise ImportError(
            "the exercise answer key is not available inside a grading run; "
            "answers are judged by the grader itself"
        )
