"""The exercise registry and its banks: what each exercise asks for, and which exercises exist.

- exercise.py: `Exercise`, its `Case`s and `HiddenDraw`s (hidden inputs drawn when grading);
- catalog.py: the registered exercises, loaded on first use (`get`, `assignments`...);
- bank/: the built-in answer key, one module per assignment;
- external_banks.py: an instructor's answer key outside the package (`grade --bank DIR`);
- drawing.py: the grading run's seed and the draws of hidden inputs.

An answer key module, built in or external, imports what it needs from here:
`from autograd_tutor.exercises.registry import FUNCTION, Case, Exercise, HiddenDraw, register`.
"""

from .catalog import all_exercises, assignments, get, register
from .drawing import uniform
from .exercise import FUNCTION, VALUE, Case, Exercise, HiddenDraw

__all__ = [
    "FUNCTION", "VALUE", "Case", "Exercise", "HiddenDraw",
    "all_exercises", "assignments", "get", "register", "uniform",
]
