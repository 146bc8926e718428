"""Graded exercises: the registry, `check()` for instant feedback, release and grading.

`from autograd_tutor.exercises import check` is all a notebook needs. The grader and
release tools live in their own modules and are imported only by the command line.
"""

from .feedback.check import check, evaluate

__all__ = ["check", "evaluate"]
