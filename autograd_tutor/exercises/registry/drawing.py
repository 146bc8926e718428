"""Hidden inputs drawn at grading time, so that nobody knows them in advance.

A grading run has one seed, drawn from `secrets` unless the instructor passes one (to
reproduce a grade). Each exercise draws its hidden inputs from its own NumPy Generator,
seeded with (run seed, exercise id): the inputs depend on the seed and the exercise only,
never on which notebooks are graded, in what order or on how many workers, so re-grading
one submission with the recorded seed gives it the same inputs again.
"""

import hashlib
import secrets

import numpy as np

# Seeds stay below 2**53 so that any JSON reader (JavaScript and jq included) keeps the
# number in a report exact; 53 random bits are plenty for a value nobody sees in advance.
SEED_BITS = 53


def new_seed():
    return secrets.randbits(SEED_BITS)


def check_seed(seed):
    """A seed is a non-negative int (NumPy refuses negative ones); returns it."""
    if type(seed) is not int or seed < 0:
        raise ValueError(f"a grading seed is a non-negative integer, got {seed!r}")
    return seed


def generator_for(seed, exercise_id):
    """The Generator an exercise draws its hidden inputs from in the run with `seed`."""
    digest = hashlib.sha256(exercise_id.encode()).digest()
    return np.random.default_rng([check_seed(seed), int.from_bytes(digest[:8], "little")])


def uniform(low, high, digits=6):
    """A draw of one float argument, uniform in [low, high), rounded to `digits` decimals
    (short enough to read in a report, and a million values per unit: hard-coding some
    of them is as good as hard-coding none)."""
    if not low < high:
        raise ValueError(f"uniform({low}, {high}): low must be below high")

    def draw(rng):
        return (round(float(rng.uniform(low, high)), digits),)

    return draw
