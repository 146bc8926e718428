"""What a tutorial reads off a distribution, run on torch and on autograd_tutor (``ops_oracle.same``).

``face(cls, params, value)`` builds ``torch.distributions.<cls>(**params)`` in each library after
the same ``manual_seed`` and returns, as comparable data: the repr, shapes, flags, support, a
``sample`` and an ``rsample`` (values, printed form and graph), the moments, ``log_prob``,
``entropy`` (and ``cdf`` / ``icdf`` where asked), and the gradients of each with respect to every
parameter that requires grad. Nothing expected is typed here: torch computes it in the same test.

One difference is declared and left out of the graphs compared: PyTorch saves a Python number
operand (``0.5 * x``) as a float64 0-dim tensor (a "wrapped number"), autograd_tutor's arithmetic
saves it in the other operand's dtype. Such saved 0-dim constants (no grad, no grad_fn) are
compared by value only (``_numbers_as_numbers``); every other saved field, name and edge is compared.

Parameters are written as plain Python: a number stays a number; a list, or ``G(number)`` for
a 0-dim tensor, becomes a tensor of the case's dtype that requires grad.
"""
import importlib

import numpy as np
from ops_oracle import Tensorish, describe as _describe, same


class G:
    """A 0-dim parameter tensor that requires grad."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"G({self.value})"


def describe(value):
    """``ops_oracle.describe``, with saved number constants compared by value (see above)."""
    out = _describe(value)
    for t in (out if isinstance(out, tuple) else (out,)):
        if isinstance(t, Tensorish) and t.graph is not None:
            t.graph = _numbers_as_numbers(t.graph)
    return out


def _numbers_as_numbers(item):
    if isinstance(item, tuple):
        if len(item) == 6 and item[0] == "tensor" and item[2] == () and item[3] is False and item[4] is None:
            return ("number", repr(float(np.asarray(item[5], np.float32))))  # repr: nan equals nan
        return tuple(_numbers_as_numbers(i) for i in item)
    return item


def distributions(T):
    return importlib.import_module(T.__name__ + ".distributions")


def tensor_of(T, spec, dtype, requires_grad=True):
    if isinstance(spec, G):
        spec = spec.value
    elif not isinstance(spec, list):
        return spec
    return T.tensor(spec, dtype=getattr(T, dtype), requires_grad=requires_grad)


def _grads(T, y, leaves):
    """d(sum y)/d(leaf) for every leaf (None where y does not depend on it)."""
    if not getattr(y, "requires_grad", False) or not leaves:
        return None
    return T.autograd.grad(y.sum(), leaves, allow_unused=True, retain_graph=True)


def face(T, cls, params, value=None, *, dtype="float32", value_dtype=None, sample_shape=(2,),
         reads=("mean", "stddev", "variance", "mode"), methods=("log_prob", "entropy"), seed=0, read_grads=True,
         rsample=True):
    """Everything compared for one distribution (see the module docstring)."""
    T.manual_seed(seed)
    built = {k: tensor_of(T, v, dtype) for k, v in params.items()}
    leaves = [t for t in built.values() if isinstance(t, T.Tensor)]
    d = getattr(distributions(T), cls)(**built)
    out = [("repr", repr(d)), ("batch_shape", d.batch_shape), ("event_shape", d.event_shape),
           ("has_rsample", d.has_rsample), ("has_enumerate_support", d.has_enumerate_support),
           ("support", repr(d.support))]
    out.append(("sample", describe(d.sample(sample_shape))))
    out.append(("sample ()", describe(d.sample())))
    if d.has_rsample and rsample:  # rsample=False: compared elsewhere (its gradient is missing)
        r = d.rsample(sample_shape)
        out.append(("rsample", describe(r), describe(_grads(T, r, leaves))))
    for name in reads:
        v = getattr(d, name)
        out.append((name, describe(v), describe(_grads(T, v, leaves)) if read_grads else None))
    x = None if value is None else T.tensor(value, dtype=getattr(T, value_dtype or dtype))
    for name in methods:
        v = getattr(d, name)() if name in ("entropy", "perplexity") else getattr(d, name)(x)
        out.append((name, describe(v), describe(_grads(T, v, leaves))))
    return tuple(out)


# Values are compared to a few ulps of their dtype: the formulas are PyTorch's, in its order, so
# only the last bits of a transcendental function (NumPy's against PyTorch's) may differ.
TOLERANCE = {"float32": {"rtol": 1e-6, "atol": 1e-7}, "float64": {"rtol": 1e-13, "atol": 1e-15}}


def same_face(cls, params, value=None, *, exact=True, **kw):
    """Asserts that ``face`` is the same on both libraries."""
    tensors = any(isinstance(v, (list, G)) for v in params.values())  # numbers alone: the default dtype
    return same(lambda T: face(T, cls, params, value, **kw), exact=exact,
                **TOLERANCE[kw.get("dtype", "float32") if tensors else "float32"])
