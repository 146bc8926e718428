"""``torch.multinomial`` (and ``Tensor.multinomial``), drawing what PyTorch's CPU kernel draws.

Without replacement, or for one sample, PyTorch uses the exponential trick: ``q ~ Exp(1)`` (one
double uniform per element, ``-log1p(-u)``, cast to the input's dtype), then ``argmax(p / q)``
or ``topk(p / q, n)``. With replacement, each row's cumulative sum (in the input's dtype) is
normalised, and every sample is a binary search of one double uniform in it.
"""
import numpy as np

from ... import random as _random
from ..._mt19937 import randint as _randint, uniform as _uniform
from ...autograd.node import Node
from ...tensor import Tensor
from .._registry import op, tables


def _exponential(gen, shape, np_dtype):
    u = _uniform(gen, int(np.prod(shape, dtype=np.int64)), np.float64)
    return (-1.0 * np.log1p(-u)).astype(np_dtype).reshape(shape)


@op("multinomial")
def multinomial(input, num_samples, replacement=False, *, generator=None):
    p = input._data
    if p.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if p.dtype.kind != "f":
        raise RuntimeError(f"multinomial only supports floating-point dtypes for input, got: {_name(p.dtype)}")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    n_categories = p.shape[-1]
    if not replacement and num_samples > n_categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    gen = _random._mt_of(generator)
    rows = p.reshape(-1, n_categories)
    if not replacement or num_samples == 1:
        if not (np.all(rows < np.inf) and np.all(rows >= 0)):
            raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
        if np.any(rows.sum(axis=1) == 0):
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        q = p / _exponential(gen, p.shape, p.dtype)
        if num_samples == 1:
            out = np.argmax(q, axis=-1)[..., None]
        else:
            out = np.argsort(-q, axis=-1, kind="stable")[..., :num_samples]
        return Tensor._make(out.astype(np.int64), False, None)
    out = np.empty((rows.shape[0], num_samples), np.int64)
    for i, row in enumerate(rows):
        if np.any(row < 0):
            raise RuntimeError("invalid multinomial distribution (encountering probability entry < 0)")
        if not np.all(np.isfinite(row)):
            raise RuntimeError("invalid multinomial distribution (encountering probability entry = infinity or NaN)")
        cum = np.cumsum(row, dtype=row.dtype)  # sequential, in the input's dtype
        total = cum[-1]
        if not total > 0:
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        cum = cum / total
        cum[-1] = 1
        u = _uniform(gen, num_samples, np.float64)
        out[i] = np.searchsorted(cum.astype(np.float64), u, side="left")
    return Tensor._make(out.reshape(p.shape[:-1] + (num_samples,)), False, None)


def _name(np_dtype):
    from ..._dtypes import TYPE_NAME

    return TYPE_NAME.get(np_dtype.name, np_dtype.name)


class RandomBackward1(Node):
    """random_: every element is overwritten, so no gradient reaches the old value"""

    rule = "random_: every element is overwritten, so no gradient reaches the old value"

    __slots__ = ()

    def backward(self, grad):
        return (np.zeros_like(grad),)


_MANTISSA = {"float16": 11, "float32": 24, "float64": 53}


# In place by nature (no out-of-place op to derive it from): records RandomBackward1.
@op("random_", function=False)
def random_(self, from_=None, to=None, *, generator=None, **kwargs):
    """Integers drawn as PyTorch's random_ does: [from, to) like randint, [0, to) with one
    argument, and [0, 2**mantissa] (or the integer dtype's maximum) without arguments."""
    from .._record import record
    from ..inplace.variants import inplace

    if "from" in kwargs:
        from_ = kwargs.pop("from")
    if kwargs:
        raise TypeError(f"random_() got an unexpected keyword argument '{next(iter(kwargs))}'")
    if to is None and from_ is not None:
        from_, to = 0, from_
    dtype = self._data.dtype
    if from_ is None:
        from_ = 0
        to = (1 << _MANTISSA[dtype.name]) + 1 if dtype.kind == "f" else int(np.iinfo(dtype).max) + (dtype.kind != "b")
    if from_ >= to:
        raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={from_} >= to={to}")
    n = self._data.size
    values = _randint(_random._mt_of(generator), n, int(from_), int(to)).reshape(self._data.shape)
    return inplace(self, lambda before: record(RandomBackward1, values.astype(dtype), (before,)))


FUNCTIONS, METHODS = tables(__name__)
