"""vmap's ``randomness``: what a random op inside the mapped function does.

- ``"error"`` (the default): any random draw raises PyTorch's error;
- ``"same"``: every batch element draws the same numbers (the generator is rewound to the same
  state for each element; afterwards it is where one draw leaves it, as in PyTorch);
- ``"different"``: PyTorch draws one batched tensor; run per element the numbers would differ
  from PyTorch's, so it raises NotImplementedError rather than give other numbers.

Every draw goes through ``random._mt_of``, which calls ``random._before_draw`` when it is set.
"""
import contextlib

from autograd_tutor import random as _random

_ERROR = ("vmap: called random operation while in randomness error mode. Please either use the 'same' or "
          "'different' randomness flags on vmap or perform the randomness operation out of vmap")


def check(randomness):
    if randomness not in ("error", "different", "same"):
        raise RuntimeError(f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}")


def _refuse(message, kind):
    def hook(mt):
        raise kind(message)
    return hook


@contextlib.contextmanager
def mode(randomness):
    """Yields ``each_element``: the context one batch element's call runs in."""
    previous = _random._before_draw
    first_states = {}  # randomness="same": each generator's state before the first element drew

    def same(touched):
        def hook(mt):
            if id(mt) in touched:
                return
            touched.add(id(mt))
            if id(mt) in first_states:
                mt.set_state(first_states[id(mt)])
            else:
                first_states[id(mt)] = mt.get_state()
        return hook

    @contextlib.contextmanager
    def each_element():
        if randomness == "error":
            hook = _refuse(_ERROR, RuntimeError)
        elif randomness == "different":
            hook = _refuse("vmap(..., randomness='different'): autograd_tutor runs the function once per batch "
                           "element and cannot draw PyTorch's batched random numbers; use randomness='same' or draw "
                           "the random tensor outside vmap", NotImplementedError)
        else:
            hook = same(set())
        _random._before_draw = hook
        try:
            yield
        finally:
            _random._before_draw = previous

    yield each_element
