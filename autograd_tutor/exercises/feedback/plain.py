"""Answers as plain JSON data: numbers, strings, booleans, None and nested lists.

This file is also executed, as source text, inside a grading kernel (see grade/extraction.py),
so it imports nothing but the standard library and never the rest of the package.
Exact type checks (`type(v) is float`, not isinstance) are deliberate: a subclass could
override `__eq__`, so only the built-in types themselves count as plain data.
"""

MAX_ITEMS = 100_000
MAX_DEPTH = 32
MAX_STRING = 100_000
# Python refuses to write longer integers as text (its int-to-str limit is 4300 digits by
# default), so they could not travel as JSON; 13_000 bits is at most 3914 digits.
MAX_INT_BITS = 13_000


class NotPlainData(TypeError):
    """The answer cannot be turned into plain data."""


def to_plain(value):
    """Return `value` as plain JSON-able data, converting tensors and arrays via `.tolist()`."""
    budget = [MAX_ITEMS]
    return _convert(value, 0, budget)


def _convert(value, depth, budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise NotPlainData(f"the answer has more than {MAX_ITEMS} items")
    if depth > MAX_DEPTH:
        raise NotPlainData("the answer is nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is float:
        return value
    if kind is int:
        if value.bit_length() > MAX_INT_BITS:
            raise NotPlainData(f"the answer has an integer of more than {MAX_INT_BITS} bits (about 3900 digits)")
        return value
    if kind is str:
        if len(value) > MAX_STRING:
            raise NotPlainData("the answer string is too long")
        return value
    if kind is list or kind is tuple:
        return [_convert(item, depth + 1, budget) for item in value]
    if kind is dict:
        if not all(type(key) is str for key in value):
            raise NotPlainData("dictionary keys must be strings")
        return {key: _convert(item, depth + 1, budget) for key, item in value.items()}
    if _is_array_like(value):
        return _convert(_array_to_list(value), depth + 1, budget)
    raise NotPlainData(
        "an answer must be a number, string, boolean, None, a list of those, or a tensor; "
        f"got {kind.__name__}"
    )


def _is_array_like(value):
    # Tensors (this package's or PyTorch's) and NumPy arrays/scalars all offer tolist().
    return callable(getattr(type(value), "tolist", None))


def _array_to_list(value):
    detach = getattr(type(value), "detach", None)
    if callable(detach):
        value = value.detach()
    return value.tolist()
