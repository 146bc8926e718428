"""Feedback on a learner's gradient that names the mistake, never the answer.

A hand-derived gradient is a sum over paths, so the usual mistakes have a shape: one or more
paths left out, a path counted twice, the sign flipped, or a multiple of the right value
(``.grad`` accumulated over several backward calls). ``explain`` tries each and says which,
in words and path names only: the text never contains a number the learner could copy.
"""
from itertools import combinations

import numpy as np

MAX_SUBSET = 3  # how many paths a "left out" / "twice" explanation may name
MAX_PATHS = 24  # above this many paths, subsets are not searched (too many to be telling)
MAX_MULTIPLE = 10


def explain(value, total, contributions, texts, hidden=0, leaf="the leaf", output="the output"):
    """A sentence about ``value`` against ``total`` (arrays); None when ``value`` is right.

    contributions/texts: each enumerated path's contribution and its "y ← … ← x" text;
    hidden: how many paths were not enumerated (then subsets are not searched)."""
    v = np.asarray(value, dtype=np.float64)
    t = np.asarray(total, dtype=np.float64)
    if v.shape != t.shape and v.size == t.size:
        v = v.reshape(t.shape)
    if v.shape != t.shape:
        return (f"Your value has shape {tuple(v.shape)}, but ∂{output}/∂{leaf} has the shape of "
                f"{leaf}: {tuple(t.shape)}.")
    parts = [np.asarray(c, dtype=np.float64) for c in contributions]
    tol = _tolerance(t, parts)

    def close(a, b):
        return bool(np.all(np.abs(a - b) <= tol))

    if close(v, t):
        return None
    if t.any() and close(v, -t):
        return (f"Your value has the wrong sign: it is the negative of ∂{output}/∂{leaf}. "
                "Check the sign of each local derivative along the paths.")
    k = _multiple(v, t)
    if k is not None:
        return (f"Your value is {k} times ∂{output}/∂{leaf}. That is what {leaf}.grad holds after "
                f"{k} backward() calls without zeroing it: gradients accumulate. Set "
                f"{leaf}.grad = None (or call zero_grad()) before each backward().")
    n = len(parts)
    if not hidden and 1 < n <= MAX_PATHS:
        useful = [i for i in range(n) if parts[i].any()]
        for size in range(1, min(MAX_SUBSET, len(useful) - 1) + 1):
            for subset in combinations(useful, size):
                missing = sum(parts[i] for i in subset)
                if close(v, t - missing):
                    return _name("leaves out {}", subset, texts)
                if close(v, t + missing):
                    return _name("counts {} twice", subset, texts)
    return (f"Your value does not match the sum over the {n + hidden:,} path"
            f"{'' if n + hidden == 1 else 's'} from {output} to {leaf}. Go through them one by "
            "one: multiply the local derivatives along each path, then add the paths up.")


def _tolerance(t, parts):
    """Loose enough for float32 rounding and a value rounded by hand, tight enough that leaving
    out the smallest path is not "right"."""
    scale = max([float(np.max(np.abs(t), initial=0.0))] + [float(np.max(np.abs(c), initial=0.0)) for c in parts])
    smallest = min((float(np.min(np.abs(c[c != 0]))) for c in parts if c.any()), default=scale)
    return max(min(1e-4 * scale, 0.5 * smallest), 1e-6 * scale, 1e-12)


def _multiple(v, t):
    denom = float(np.sum(t * t))
    if not denom:
        return None
    k = round(float(np.sum(v * t)) / denom)
    if 2 <= k <= MAX_MULTIPLE and np.allclose(v, k * t, rtol=1e-4, atol=1e-6):
        return k
    return None


def _name(template, subset, texts):
    if len(subset) == 1:
        return "Your value " + template.format("the path " + texts[subset[0]]) + "."
    listed = "; ".join(texts[i] for i in subset)
    return "Your value " + template.format(f"{len(subset)} paths ({listed})") + "."
