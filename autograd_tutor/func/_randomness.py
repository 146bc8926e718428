"""vmap's ``randomness``: what a random op inside the mapped function does.

- ``"error"`` (the default): any random draw raises PyTorch's error;
- ``"same"``: every batch element draws the same numbers (the generator is rewound to the same
  state for each element; afterwards it is where one draw leaves it, as in PyTorch);
- ``"different"``: PyTorch draws one batched tensor; run per element the numbers would differ
  from PyTorch's, so it raises NotImplementedError rather than give other numbers.

Nested vmaps each keep their own rule, applied outermost first (an "error" anywhere refuses the
draw, as in PyTorch). Every draw goes through ``random._mt_of``, which calls
``random._before_draw`` when a vmap has set it.
"""
import contextlib

from autograd_tutor import random as _random

_ERROR = ("vmap: called random operation while in randomness error mode. Please either use the 'same' or "
          "'different' randomness flags on vmap or perform the randomness operation out of vmap")
_DIFFERENT = ("vmap(..., randomness='different'): autograd_tutor runs the function once per batch element and "
              "cannot draw PyTorch's batched random numbers; use randomness='same' or draw the random tensor "
              "outside vmap")

_levels = []  # the vmaps running now, outermost first


def check(randomness):
    if randomness not in ("error", "different", "same"):
        raise RuntimeError(f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}")


class _Level:
    def __init__(self, randomness):
        self.randomness = randomness
        self.first_states = {}  # "same": each generator's state before the first element drew
        self.touched = set()  # generators already rewound for the current element

    def before_draw(self, mt):
        if self.randomness == "error":
            raise RuntimeError(_ERROR)
        if self.randomness == "different":
            raise NotImplementedError(_DIFFERENT)
        if id(mt) in self.touched:
            return
        self.touched.add(id(mt))
        if id(mt) in self.first_states:
            mt.set_state(self.first_states[id(mt)])
        else:
            self.first_states[id(mt)] = mt.get_state()


def _before_draw(mt):
    for level in [lv for lv in _levels if lv.randomness != "same"] or _levels:
        level.before_draw(mt)  # a refusing level first, wherever it is; else every "same" level


@contextlib.contextmanager
def mode(randomness):
    """Yields ``each_element``: the context one batch element's call runs in."""
    level = _Level(randomness)

    @contextlib.contextmanager
    def each_element():
        level.touched = set()
        _levels.append(level)
        previous, _random._before_draw = _random._before_draw, _before_draw
        try:
            yield
        finally:
            _levels.pop()
            _random._before_draw = previous

    yield each_element
