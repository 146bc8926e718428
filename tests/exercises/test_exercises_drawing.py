"""Hidden inputs drawn at grading time: fixed by the run's seed, unknowable before it, and
never one of the inputs written in the answer key."""

import numpy as np
import pytest

from autograd_tutor.exercises import registry
from autograd_tutor.exercises.registry import FUNCTION, Case, Exercise, HiddenDraw
from autograd_tutor.exercises.registry.drawing import SEED_BITS, check_seed, generator_for, new_seed, uniform

DRAWING = [exercise for exercise in registry.all_exercises() if exercise.draws_inputs]


def _hidden_args(exercise, seed):
    return [case.args for visibility, case in exercise.cases(seed=seed) if visibility == "hidden"]


def _plain_number(value):
    """A Python float or int (a whole number of steps, say), never a NumPy scalar or a bool."""
    return type(value) in (float, int)


def _plain_arg(arg):
    """A drawn argument: a plain number, or a list of plain floats (a vector)."""
    if type(arg) is list:
        return bool(arg) and all(type(item) is float for item in arg)
    return _plain_number(arg)


def _fixed_args(exercise):
    return [case.args for case in (*exercise.public, *exercise.hidden) if isinstance(case, Case)]


def test_the_function_exercises_draw_their_hidden_inputs():
    assert {exercise.id for exercise in DRAWING} == {
        exercise.id for exercise in registry.all_exercises() if exercise.kind == FUNCTION
    }


@pytest.mark.parametrize("exercise", DRAWING, ids=lambda exercise: exercise.id)
def test_the_same_seed_draws_the_same_inputs_and_other_seeds_other_ones(exercise):
    seed = new_seed()
    assert _hidden_args(exercise, seed) == _hidden_args(exercise, seed)
    runs = {repr(_hidden_args(exercise, seed)) for seed in range(50)}
    assert len(runs) == 50


@pytest.mark.parametrize("exercise", DRAWING, ids=lambda exercise: exercise.id)
def test_drawn_inputs_are_plain_numbers_never_a_fixed_input(exercise):
    fixed = _fixed_args(exercise)
    for seed in range(300):
        for args in _hidden_args(exercise, seed):
            assert all(_plain_arg(arg) for arg in args), args
            assert args not in fixed


@pytest.mark.parametrize("exercise", DRAWING, ids=lambda exercise: exercise.id)
def test_public_cases_are_fixed_and_need_no_seed(exercise):
    public = [case for _, case in exercise.cases("public")]
    assert public == list(exercise.public)
    assert [case for visibility, case in exercise.cases(seed=7) if visibility == "public"] == public
    with pytest.raises(ValueError, match="seed"):
        exercise.cases()


def test_each_exercise_draws_from_its_own_stream():
    assert generator_for(5, "one").random() != generator_for(5, "two").random()
    assert generator_for(5, "one").random() == generator_for(5, "one").random()


def test_uniform_draws_stay_in_range():
    draw = uniform(-2.0, -1.0, digits=2)
    rng = np.random.default_rng(0)
    values = [draw(rng)[0] for _ in range(1000)]
    assert all(-2.0 <= value <= -1.0 and round(value, 2) == value for value in values)
    assert len(set(values)) > 90


def test_a_draw_that_only_gives_fixed_inputs_is_refused():
    stuck = Exercise(
        id="stuck", title="x", assignment="none", answer="f", kind=FUNCTION, points=1,
        public=(Case(abs, (1.0,)),), hidden=(HiddenDraw(abs, lambda rng: (1.0,)),),
    )
    with pytest.raises(ValueError, match="fixed inputs"):
        stuck.cases(seed=0)


def test_value_exercises_cannot_draw_inputs():
    with pytest.raises(ValueError, match="function exercises"):
        Exercise(
            id="drawn-value", title="x", assignment="none", answer="v", points=1,
            public=(Case(lambda: 1),), hidden=(HiddenDraw(abs, uniform(0, 1)),),
        )


def test_seeds_are_non_negative_integers_that_json_readers_keep_exact():
    assert all(0 <= new_seed() < 2**SEED_BITS <= 2**53 for _ in range(100))
    assert len({new_seed() for _ in range(100)}) == 100
    for bad in (-1, 1.5, "3", None, True):
        with pytest.raises(ValueError):
            check_seed(bad)


def test_answer_keys_written_for_the_old_module_paths_still_import_uniform():
    # External banks written before the registry became a package import it from here.
    from autograd_tutor.exercises.drawing import uniform as old_path

    assert old_path is uniform is registry.uniform
