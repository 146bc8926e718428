"""Compare two plain answers; shared by `check()` in the notebook and by the grader.

Both sides are plain data (see plain.py), so no user-defined `__eq__` ever runs here.
Messages say where and how an answer differs without revealing the expected value.
"""

import math

_NUMBER = (int, float)


def difference(expected, actual, rtol=1e-4, atol=1e-6, where="answer"):
    """Return None when `actual` matches `expected`, else a one-line description."""
    if isinstance(expected, bool) or expected is None:
        if type(actual) is type(expected) and actual == expected:
            return None
        if isinstance(expected, bool) and type(actual) is not bool:
            # 'no' or 0 for a yes/no question: say what kind of answer is wanted, not which one
            return f"{where}: expected True or False (a bool), got {_kind(actual)} {_show(actual)}"
        return f"{where}: {_show(actual)} is not right"
    if type(expected) in _NUMBER:
        return _number_difference(expected, actual, rtol, atol, where)
    if type(expected) is str:
        if type(actual) is not str:
            return f"{where}: expected a string, got {_kind(actual)}"
        if actual.strip() == expected.strip():
            return None
        return f"{where}: {_show(actual)} is not right"
    if type(expected) is list:
        return _list_difference(expected, actual, rtol, atol, where)
    if type(expected) is dict:
        return _dict_difference(expected, actual, rtol, atol, where)
    raise TypeError(f"reference answers must be plain data, got {type(expected).__name__}")


def _number_difference(expected, actual, rtol, atol, where):
    if type(actual) not in _NUMBER:
        return f"{where}: expected a number, got {_kind(actual)}"
    if actual == expected:  # exact, also for integers too large to be floats
        return None
    try:
        expected, actual = float(expected), float(actual)
    except OverflowError:  # an integer beyond float range: no reference is near it
        return f"{where}: {_show(actual)} is too large to be the right value"
    if math.isnan(expected) or math.isnan(actual):
        same = math.isnan(expected) and math.isnan(actual)
    elif math.isinf(expected) or math.isinf(actual):
        same = expected == actual
    else:
        same = abs(actual - expected) <= atol + rtol * abs(expected)
    return None if same else f"{where}: {_show(actual)} is not the right value"


def _list_difference(expected, actual, rtol, atol, where):
    if type(actual) is not list:
        return f"{where}: expected a list of {len(expected)} items, got {_kind(actual)}"
    if len(actual) != len(expected):
        return f"{where}: expected {len(expected)} items, got {len(actual)}"
    for index, (want, got) in enumerate(zip(expected, actual)):
        found = difference(want, got, rtol, atol, f"{where}[{index}]")
        if found:
            return found
    return None


def _dict_difference(expected, actual, rtol, atol, where):
    if type(actual) is not dict:
        return f"{where}: expected a dictionary, got {_kind(actual)}"
    if sorted(actual) != sorted(expected):
        return f"{where}: expected the keys {sorted(expected)}, got {sorted(actual)}"
    for key in expected:
        found = difference(expected[key], actual[key], rtol, atol, f"{where}[{key!r}]")
        if found:
            return found
    return None


def _kind(value):
    if value is None:
        return "None"
    if type(value) is bool:
        return "a boolean"
    if type(value) in _NUMBER:
        return "a number"
    if type(value) is str:
        return "a string"
    if type(value) is list:
        return f"a list of {len(value)} items"
    return type(value).__name__


def _show(value, limit=60):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
