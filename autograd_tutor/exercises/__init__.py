"""Graded exercises, split by what the code does: `registry/` (the exercises and their answer
keys), `feedback/` (`check()` and judging), `release.py`, `grade/` (the batch grader) and
`sandbox/` (where student code runs while grading). README.md maps them.

`from autograd_tutor.exercises import check` is all a notebook needs. The grader and
release tools are imported only by the command line.
"""

from .feedback.check import check, evaluate

__all__ = ["check", "evaluate"]
