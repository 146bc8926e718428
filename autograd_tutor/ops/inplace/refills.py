"""Tensor methods learners reach for: random refills in place (uniform_, normal_, bernoulli_,
exponential_),
index_fill, sum_to_size, and the storage facts (storage_offset, nbytes, itemsize).

A random refill overwrites every element, so no gradient reaches the old values: its node
(UniformBackward0, NormalBackward0, BernoulliBackward1/2, ExponentialBackward0) gives zeros, as
PyTorch's.
"""
import numpy as np

from ... import random as _random
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
from .._record import record, to_tensor
from .._registry import op, properties, tables
from .variants import inplace


class UniformBackward0(Node):
    """uniform_: every element is overwritten, so no gradient reaches the old value"""

    rule = "uniform_: every element is overwritten, so no gradient reaches the old value"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad),)


class NormalBackward0(UniformBackward0):
    """normal_: every element is overwritten, so no gradient reaches the old value"""

    rule = "normal_: every element is overwritten, so no gradient reaches the old value"

    __slots__ = ()


class BernoulliBackward2(UniformBackward0):
    """bernoulli_(p): every element is overwritten, so no gradient reaches the old value"""

    rule = "bernoulli_(p): every element is overwritten, so no gradient reaches the old value"

    __slots__ = ()


class BernoulliBackward1(Node):
    """bernoulli_(p tensor): every element is overwritten, and a draw has no gradient for p"""

    rule = "bernoulli_(p tensor): every element is overwritten, and a draw has no gradient for p"

    __slots__ = ()

    def backward(self, grad):
        return (self.xp.zeros_like(grad), self.xp.zeros_like(grad))


class ExponentialBackward0(UniformBackward0):
    """exponential_: every element is overwritten, so no gradient reaches the old value"""

    rule = "exponential_: every element is overwritten, so no gradient reaches the old value"

    __slots__ = ()


def _refill(self, node_cls, values):
    return inplace(self, lambda before: record(node_cls, values.astype(before._data.dtype, copy=False), (before,)))


# Refills are in-place ops of their own (no out-of-place op to derive them from): each records
# its own node (UniformBackward0...) on the tensor's history.
@op("uniform_", function=False)
def uniform_(self, from_=0.0, to=1.0, *, generator=None, **kwargs):
    from_ = kwargs.pop("from", from_)
    if from_ > to:
        raise RuntimeError(
            f"uniform_ expects to return a [from, to) range, but found from={from_:g} > to={to:g}")
    values = _random.uniform_values(tuple(self.shape), self._data.dtype, from_, to, generator)
    return _refill(self, UniformBackward0, values)


@op("normal_", function=False)
def normal_(self, mean=0.0, std=1.0, *, generator=None):
    if std < 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std:g}")
    values = _random.normal_values(tuple(self.shape), self._data.dtype, mean, std, generator)
    return _refill(self, NormalBackward0, values)


@op("bernoulli_", function=False)
def bernoulli_(self, p=0.5, *, generator=None):
    if isinstance(p, Tensor):
        # one uniform of p's dtype per element of self (p broadcast to self's shape)
        probs = p.detach().expand(tuple(self._data.shape))._data  # PyTorch's error for a wrong shape
        check_probabilities(probs)
        values = _random.bernoulli_tensor_values(probs, generator)
        return inplace(self, lambda before: record(
            BernoulliBackward1, values.astype(before._data.dtype, copy=False), (before, p)))
    if not 0 <= p <= 1:
        raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={p:g}")
    return _refill(self, BernoulliBackward2, _random.bernoulli_values(tuple(self.shape), p, generator))


def check_probabilities(probs):
    """PyTorch's check of a tensor of probabilities (made in its kernel, hence the words)."""
    if probs.dtype.kind != "f":
        from ..._dtypes import TYPE_NAME

        raise NotImplementedError(
            f'"bernoulli_tensor_cpu_p_" not implemented for \'{TYPE_NAME.get(probs.dtype.name, probs.dtype.name)}\'')
    if probs.size and not ((probs >= 0) & (probs <= 1)).all():
        raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message "
                           "be improved?  If so, please report an enhancement request to PyTorch.)")


@op("exponential_", function=False)
def exponential_(self, lambd=1.0, *, generator=None):
    dtype = self._data.dtype
    if dtype.kind != "f":
        from ..._dtypes import TYPE_NAME

        raise RuntimeError("Exponential distribution is a continuous probability distribution. dtype must be a "
                           f"floating point but you specified {TYPE_NAME.get(dtype.name, dtype.name)}")
    if not lambd > 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={lambd:g}")
    values = _random.exponential_values(tuple(self.shape), dtype, lambd, generator)
    return _refill(self, ExponentialBackward0, values)


# ----------------------------------------------------------------------------- index_fill
class IndexFillBackward0(Node):
    """index_fill(dim, index, number): the filled places get no gradient"""

    rule = "index_fill(dim, index, number): the filled places get no gradient"

    __slots__ = ()
    tensor_fields = ("index",)
    attr_fields = ("dim",)

    def backward(self, grad, index):
        xp = self.xp
        axis = _dims.wrap(self._attrs[0], max(len(grad.shape), 1))
        idx = np.asarray(xp.data(index)).reshape(-1)
        mask = np.ones(tuple(grad.shape), dtype=bool)
        if mask.ndim:
            key = [slice(None)] * mask.ndim
            key[axis] = idx
            mask[tuple(key)] = False
        else:
            mask = np.asarray(idx.size == 0)
        return (xp.keep(grad, mask),)


@op("index_fill", inplace="index_fill_")
def index_fill(input, dim, index, value):
    input = to_tensor(input)
    data = input._data
    if isinstance(value, Tensor):
        if value._data.ndim:
            raise RuntimeError(
                "index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                f"{value._data.ndim} dimension(s).")
        value = value._data.item()
    if index._data.dtype != np.int64:
        raise IndexError("index_fill_(): Expected dtype int64 for index.")
    axis = _dims.wrap(dim, max(data.ndim, 1))
    out = data.copy()
    idx = index._data.reshape(-1)
    size = data.shape[axis] if data.ndim else 1
    for i in idx:
        if not -size <= i < size:
            raise IndexError(f"index {i} is out of bounds for dimension {axis} with size {size}")
    if data.ndim:
        key = [slice(None)] * data.ndim
        key[axis] = idx
        out[tuple(key)] = value
    elif idx.size:
        out[()] = value
    return record(IndexFillBackward0, out, (input,), (index,), (_dims.shown(dim),))


# ----------------------------------------------------------------------------- sum_to_size
@op("sum_to_size", function=False)
def sum_to_size(self, *size):
    """Sums the broadcast dimensions away: SumBackward1 over them (keepdim), then a view if
    leading dimensions go."""
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = tuple(size[0])
    size = tuple(int(s) for s in size)
    shape = tuple(self.shape)
    lead = len(shape) - len(size)
    ok = lead >= 0 and all(s == 1 or s == d for s, d in zip(size, shape[lead:]))
    if not ok:
        raise RuntimeError(f"size {{{', '.join(map(str, size))}}} is not expandable to size "
                           f"{{{', '.join(map(str, shape))}}}.")
    dims = tuple(range(lead)) + tuple(lead + i for i, s in enumerate(size) if s == 1 and shape[lead + i] != 1)
    out = self
    if dims:
        out = self.sum(dims, keepdim=True)
    if lead:
        out = out.view(size)
    return out


# ----------------------------------------------------------------------------- storage facts
@op("storage_offset", function=False)
def storage_offset(self):
    root = self
    while root._base is not None:
        root = root._base
    data, base = self._data, root._data
    if data.size == 0 or base.size == 0:
        return 0
    start = data.__array_interface__["data"][0]
    origin = base.__array_interface__["data"][0]
    return (start - origin) // data.itemsize


@op("itemsize", as_property=True)
def _itemsize(self):
    return self._data.itemsize


@op("nbytes", as_property=True)
def _nbytes(self):
    return self._data.size * self._data.itemsize


FUNCTIONS, METHODS = tables(__name__)
PROPERTIES = properties(__name__)
