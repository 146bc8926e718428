"""The Tensor world of backward formulas (see ``_namespace``): under ``create_graph=True`` every
step is a recorded op, so the gradient has a graph of its own and can be differentiated again.

Each method is the op PyTorch's own formula calls, so the gradient's ``grad_fn`` chain shows
the same node names (a C++ number multiplies as MulBackward1, a mask fills as MaskedFillBackward0).
"""
import numpy as np

from ..creation import zeros as _zeros, zeros_like as _zeros_like
from ..tensor import Tensor
from ._multi_output import record_outputs
from ._numpy_namespace import summed_axes
from ._record import record
from .double_backward.number_ops import add_number, div_number, mul_number, sub_number
from .index.indexing import index as _index, index_put as _index_put
from .linalg.einsum import einsum as _einsum
from .linalg.solve import solve as _solve
from .pointwise import bessel as _bessel, entropy as _entropy, gamma as _gamma
from .pointwise.gamma import digamma as _digamma, erfinv as _erfinv, polygamma as _polygamma
from .pointwise.power import pow as _pow
from .pointwise.selection import masked_fill as _masked_fill, where as _where
from .pointwise.special import xlogy as _xlogy
from .shape.join import cat as _cat, stack as _stack
from .shape.pad import constant_pad_nd as _constant_pad_nd
from .shape.slicing import slice_dim as _slice_dim


def _constant(array):
    """A constant Tensor (no gradient); a Tensor (a saved index, say) stays as it is."""
    return array if isinstance(array, Tensor) else Tensor._make(np.asarray(array), False, None)


def _mask(mask, shape):
    return Tensor._make(np.ascontiguousarray(np.broadcast_to(mask, shape), dtype=bool), False, None)


def _stats(x, axes, eps):
    mean = x.mean(dim=axes, keepdim=True)
    centered = x - mean
    return mean, 1 / ((centered * centered).mean(dim=axes, keepdim=True) + eps).sqrt()


class TensorNamespace:
    """``ArrayNamespace`` for Tensors, recording every step."""

    name = "tensor"
    grad_mode = True

    # ----- the data and constants
    @staticmethod
    def data(x):
        # saved values that are not tensors (index arrays, say) stay arrays in this world too
        return x._data if isinstance(x, Tensor) else x

    constant = staticmethod(_constant)

    @staticmethod
    def const(like, array):
        return Tensor._make(np.asarray(array, dtype=like._data.dtype), False, None)

    @staticmethod
    def zeros(shape, like):
        return _zeros(tuple(shape), dtype=like.dtype)

    zeros_like = staticmethod(_zeros_like)

    # ----- pointwise
    @staticmethod
    def exp(x):
        return x.exp()

    @staticmethod
    def log(x):
        return x.log()

    @staticmethod
    def sqrt(x):
        return x.sqrt()

    @staticmethod
    def sign(x):
        return x.sign()

    @staticmethod
    def sgn(x):
        return x.sgn()

    @staticmethod
    def abs(x):
        return x.abs()

    @staticmethod
    def cos(x):
        return x.cos()

    @staticmethod
    def sin(x):
        return x.sin()

    @staticmethod
    def tanh(x):
        return x.tanh()

    @staticmethod
    def cosh(x):
        return x.cosh()

    @staticmethod
    def sinh(x):
        return x.sinh()

    @staticmethod
    def sigmoid(x):
        return x.sigmoid()

    @staticmethod
    def log1p(x):
        return x.log1p()

    @staticmethod
    def logit(x):
        return x.logit()

    xlogy = staticmethod(_xlogy)

    @staticmethod
    def clamp_min(x, low):
        return x.clamp(min=low)

    @staticmethod
    def log1p_exp(x):
        return x.exp().log1p()

    @staticmethod
    def rsqrt(x):
        return x.rsqrt()

    @staticmethod
    def reciprocal(x):
        return x.reciprocal()

    times = staticmethod(mul_number)
    over = staticmethod(div_number)
    plus = staticmethod(add_number)
    minus = staticmethod(sub_number)

    @staticmethod
    def div(a, b, rounding_mode):
        return a.div(b, rounding_mode=rounding_mode)

    power = staticmethod(_pow)

    digamma = staticmethod(_digamma)
    polygamma = staticmethod(lambda n, x: _polygamma(x, n))
    erfinv = staticmethod(_erfinv)
    lgamma = staticmethod(_gamma.lgamma)
    i0 = staticmethod(_bessel.i0)
    i1 = staticmethod(_bessel.special_i1)
    i0e = staticmethod(_bessel.special_i0e)
    i1e = staticmethod(_bessel.special_i1e)
    xlog1py = staticmethod(lambda x, y: _entropy.special_xlog1py(x, y))
    zeta = staticmethod(lambda x, q: _gamma.special_zeta(x, q))

    # ----- choosing values
    @staticmethod
    def where(cond, a, b):
        return _where(_constant(cond), a, b)

    @staticmethod
    def keep(grad, mask):
        return _where(_mask(mask, tuple(grad.shape)), grad, 0.0)

    @staticmethod
    def masked_fill(x, mask, value):
        return _masked_fill(x, _mask(mask, tuple(x.shape)), value)

    # ----- shapes
    @staticmethod
    def reshape(x, shape):
        return x.reshape(shape)

    @staticmethod
    def expand(x, shape):
        return x.expand(shape)

    @staticmethod
    def regrow(grad, shape, axes, keepdim):
        if not keepdim and axes:
            grad = grad.reshape(tuple(1 if i in axes else s for i, s in enumerate(shape)))
        return grad.expand(tuple(shape))

    @staticmethod
    def sum_to(x, shape):
        if x.shape == shape:
            return x
        if not shape:  # PyTorch's sum_to: a 0-dim target is a plain sum (SumBackward0)
            return x.sum()
        axes = summed_axes(tuple(x.shape), shape)
        out = x.sum(dim=axes, keepdim=True) if axes else x
        return out.reshape(shape) if len(x.shape) > len(shape) else out  # a view only when leading dims go

    @staticmethod
    def swap_last(x):
        return x.transpose(-1, -2)

    @staticmethod
    def transpose(x, d0, d1):
        return x.transpose(d0, d1)

    @staticmethod
    def t(x):
        return x.t()

    @staticmethod
    def permute(x, dims):
        return x.permute(dims)

    @staticmethod
    def flip(x, axes):
        return x.flip(axes)

    @staticmethod
    def narrow(x, axis, start, length):
        return x.narrow(axis, start, length)

    @staticmethod
    def select(x, axis, i):
        return x.select(axis, i)

    @staticmethod
    def slice(x, axis, start, end, step):
        return _slice_dim(x, axis, start, end, step)

    @staticmethod
    def squeeze(x, axis):
        return x.squeeze(axis)

    @staticmethod
    def unsqueeze(x, axis):
        return x.unsqueeze(axis)

    @staticmethod
    def cat(parts, axis):
        return _cat(parts, axis)

    @staticmethod
    def stack(parts, axis):
        return _stack(parts, axis)

    @staticmethod
    def roll(x, shifts, axes):
        return x.roll(shifts, axes)

    @staticmethod
    def rot90(x, k, axes):
        return x.rot90(k, axes)

    @staticmethod
    def constant_pad(x, pad, value):
        return _constant_pad_nd(x, pad, value)

    @staticmethod
    def diagonal(x, offset, d1, d2):
        return x.diagonal(offset, d1, d2)

    @staticmethod
    def tril(x, k):
        return x.tril(k)

    @staticmethod
    def triu(x, k):
        return x.triu(k)

    # ----- reductions and scans
    @staticmethod
    def sum_axes(x, axes, keepdims=False):
        return x.sum(dim=axes, keepdim=keepdims)

    @staticmethod
    def sum_all(x):
        return x.sum()

    @staticmethod
    def mean_axes(x, axes):
        return x.mean(dim=axes, keepdim=True)

    @staticmethod
    def prod_axes(x, axis, keepdims=False):
        return x.prod(axis, keepdim=keepdims)

    @staticmethod
    def masked_scatter(x, mask, source):
        return x.masked_scatter(_constant(mask), source)

    @staticmethod
    def scatter_reduce(base, axis, index, src, reduce, include_self):
        return base.scatter_reduce(axis, _constant(index), src, reduce, include_self=include_self)

    @staticmethod
    def select_scatter(x, src, axis, index):
        return x.select_scatter(src, axis, index)

    @staticmethod
    def slice_scatter(x, src, axis, start, end, step):
        return x.slice_scatter(src, axis, start, end, step)

    @staticmethod
    def diagonal_scatter(x, src, offset, d1, d2):
        return x.diagonal_scatter(src, offset, d1, d2)

    @staticmethod
    def cumsum(x, axis):
        return x.cumsum(axis)

    @staticmethod
    def cumprod(x, axis):
        return x.cumprod(axis)

    @staticmethod
    def logcumsumexp(x, axis):
        return x.logcumsumexp(axis)

    # ----- linear algebra
    @staticmethod
    def matmul(a, b, column_major=False):
        return a @ b

    @staticmethod
    def bmm(a, b):
        return a.bmm(b)

    @staticmethod
    def einsum(equation, operands):
        return _einsum(equation, *operands)

    @staticmethod
    def solve(a, b):
        return _solve(a, b)

    # ----- indexing
    @staticmethod
    def gather(x, axis, index):
        return x.gather(axis, _constant(index))

    @staticmethod
    def scatter(base, axis, index, src):
        return base.scatter(axis, _constant(index), src)

    @staticmethod
    def scatter_value(x, axis, index, value):
        return x.scatter(axis, _constant(index), value)

    @staticmethod
    def scatter_add(base, axis, index, src):
        if base.dim() == 0:  # the scatter_add op here refuses 0-dim tensors: add to the one element
            return base + src
        return base.scatter_add(axis, _constant(index), src)

    @staticmethod
    def index_select(x, axis, index):
        return x.index_select(axis, _constant(index))

    @staticmethod
    def index(x, indices):
        return _index(x, indices)

    @staticmethod
    def index_put(base, indices, value):
        return _index_put(base, indices, value)

    @staticmethod
    def put_at(base, positions, src):
        return base.index_put(tuple(_constant(p) for p in positions), src)

    @staticmethod
    def index_add(base, axis, index, src):
        return base.index_add(axis, _constant(index), src)

    @staticmethod
    def add_at(base, positions, src):
        return base.index_put(tuple(_constant(p) for p in positions), src, accumulate=True)

    # ----- ops of the backward itself
    @staticmethod
    def backward_of(node, grad):
        return node.apply(grad, True)

    @staticmethod
    def recorded(node_cls, compute, inputs, saved=(), attrs=(), args=()):
        inputs = tuple(None if t is None else _constant(t) for t in inputs)
        data = compute(*[None if t is None else t._data for t in inputs], *[TensorNamespace.data(a) for a in args])
        saved = tuple(None if s is None else _constant(s) for s in saved)
        return record(node_cls, data, inputs, saved, attrs)

    @staticmethod
    def recorded_outputs(node_cls, compute, inputs, saved=(), attrs=()):
        inputs = tuple(None if t is None else _constant(t) for t in inputs)
        pieces = compute(*[None if t is None else t._data for t in inputs])
        saved = tuple(None if s is None else _constant(s) for s in saved)
        outputs = record_outputs(node_cls, pieces, inputs, saved, attrs)
        for t in outputs:  # results of a computation, not views of one another
            t.__dict__.pop("_multi_output_view", None)
        return tuple(outputs)

    @staticmethod
    def batch_stats(x, axes, eps, saved):
        return _stats(_constant(x), axes, eps)

    @staticmethod
    def linked(g, x, axes):
        if not g.requires_grad and x.requires_grad:
            return g + (x.sum(dim=axes, keepdim=False) if axes else x) * 0
        return g


TENSORS = TensorNamespace()
