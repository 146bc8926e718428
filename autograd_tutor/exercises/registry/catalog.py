"""The registered exercises: the built-in bank and any external banks, loaded on first use.

Nothing is loaded at import time: `check()` imports this module in every notebook, and the
answer key must stay unloaded inside a grading kernel (grade/grading_mode.py).
"""

from ..grade.grading_mode import refuse_in_grading_kernel

_EXERCISES: dict = {}
_loaded = False


def register(exercise):
    """Add an exercise; ids and, within an assignment, answer names are unique."""
    previous = _EXERCISES.get(exercise.id)
    # Re-registering the same id for the same assignment and answer is a module reload.
    if previous and (previous.assignment, previous.answer) != (exercise.assignment, exercise.answer):
        raise ValueError(f"exercise id {exercise.id!r} is already registered")
    for other in _EXERCISES.values():
        if (
            other.id != exercise.id
            and other.assignment == exercise.assignment
            and other.answer == exercise.answer
        ):
            raise ValueError(
                f"exercises {other.id!r} and {exercise.id!r} share the answer variable "
                f"{exercise.answer!r}"
            )
    _EXERCISES[exercise.id] = exercise
    return exercise


def _ensure_loaded():
    global _loaded
    if not _loaded:
        refuse_in_grading_kernel()
        from . import bank  # noqa: F401  (importing the bank registers its exercises)
        from .external_banks import load_requested

        _loaded = True
        load_requested()  # an instructor's banks outside the package (--bank DIR)


def get(exercise_id):
    _ensure_loaded()
    try:
        return _EXERCISES[exercise_id]
    except KeyError:
        known = ", ".join(sorted(_EXERCISES))
        raise KeyError(f"no exercise {exercise_id!r}; known exercises: {known}") from None


def all_exercises():
    _ensure_loaded()
    return list(_EXERCISES.values())


def assignments():
    """Assignment name -> its exercises, in registration order."""
    grouped = {}
    for exercise in all_exercises():
        grouped.setdefault(exercise.assignment, []).append(exercise)
    return grouped
