"""The module path that the test cells of nbgrader releases import `graded_points` from.

Released notebooks keep this import line for good, so it stays; the code lives in
feedback/nbgrader_points.py.
"""

from .feedback.nbgrader_points import NoCasePassed, graded_points

__all__ = ["NoCasePassed", "graded_points"]
