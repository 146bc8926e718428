"""Turning the printed elements into strings of one common width.

PyTorch picks one notation for the whole tensor (from the values actually shown), then
right-aligns every element to the widest nonzero finite one. Zeros, nan and inf take no part
in that choice, so they may come out wider than the column (``tensor([nan, 1.])``).
"""
import math

FLOAT_NAMES = frozenset({"float16", "float32", "float64"})


def element_strings(values, is_float, precision, sci_option):
    """Right-aligned strings for ``values`` (an ndarray, read row-major) and their width.

    ``values`` holds exactly the elements that will be printed. Floats are formatted from
    their exact value as a Python float (``tolist`` widens float16/float32 exactly), which
    is what PyTorch's ``item()`` gives. Plain Python over the (at most a few thousand)
    shown elements is faster than NumPy calls for the small tensors printed most often.
    """
    flat = values.ravel().tolist()
    if not is_float:
        texts = [str(v) for v in flat]
        width = max(1, max(map(len, texts), default=1))
        return [t.rjust(width) for t in texts], width

    nonzero_finite = [v for v in flat if v and math.isfinite(v)]  # nan is truthy, -0.0 is not
    to_text = _float_notation(nonzero_finite, precision, sci_option)
    texts = [to_text(v) for v in flat]
    width = max((len(t) for t, v in zip(texts, flat) if v and math.isfinite(v)), default=1)
    return [t.rjust(width) for t in texts], width


def _float_notation(nonzero_finite, precision, sci_option):
    """The formatting function for one float tensor: fixed, scientific or integral."""
    if not nonzero_finite:  # nothing to measure: PyTorch keeps integral notation
        return _integral
    magnitudes = [abs(v) for v in nonzero_finite]
    largest, smallest = max(magnitudes), min(magnitudes)
    if sci_option is None:
        scientific = largest / smallest > 1000.0 or largest > 1.0e8 or smallest < 1.0e-4
    else:
        scientific = sci_option
    if scientific:
        return f"{{:.{precision}e}}".format
    if all(v == math.ceil(v) for v in nonzero_finite):
        return _integral
    return f"{{:.{precision}f}}".format


def _integral(value):
    """``1.`` for whole floats: the trailing dot tells a float tensor from an integer one."""
    text = f"{value:.0f}"
    return text if math.isinf(value) or math.isnan(value) else text + "."
