"""A function answer that hard-codes every input a learner could know before grading: the
public inputs and the hidden inputs the answer key used to spell out (before hidden inputs
were drawn at grading time). Its table's answers come from the exercise's own reference."""

from autograd_tutor.exercises import registry
from autograd_tutor.exercises.feedback.plain import to_plain

OLD_HIDDEN_INPUTS = {
    "warmup-slope-function": [(-3.5,), (10.0,)],
    "cubic-slope-function": [(-1.5,), (0.0,), (3.0,)],
}


def hard_coded_source(exercise_id):
    """Source of a one-argument function: right on every known input and, elsewhere, the
    answer of the nearest known input."""
    exercise = registry.get(exercise_id)
    reference = exercise.public[0].reference
    inputs = [case.args[0] for case in exercise.public] + [args[0] for args in OLD_HIDDEN_INPUTS[exercise_id]]
    table = {x: to_plain(reference(x)) for x in inputs}
    return (
        f"def {exercise.answer}(x):\n"
        f"    table = {table!r}\n"
        f"    return table.get(x, table[min(table, key=lambda known: abs(known - x))])\n"
    )


def public_share(exercise_id):
    """The points a hard-coded answer may earn: those of the public cases."""
    exercise = registry.get(exercise_id)
    return round(exercise.points * len(exercise.public) / (len(exercise.public) + len(exercise.hidden)), 2)
