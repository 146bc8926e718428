"""The NumPy world of backward formulas (see ``_namespace``): plain arrays, nothing recorded.

Depends on NumPy only (and ``_special_arrays``, ``_bessel_arrays`` and ``_cascade_sum``, NumPy and ``math``), so
forward code may use its helpers too (``along``, ``row_major``, ``matmul_arrays``, ``sigmoid``, ``xlogy_arrays``).
"""
import numpy as np

from . import _bessel_arrays, _elementary as elementary, _special_arrays
from ._cascade_sum import add_up_quietly, average, batch_sum


def along(ndim, axis, idx):
    """NumPy index arrays addressing ``idx``'s positions, with ``idx`` along ``axis``."""
    grids = list(np.indices(idx.shape, sparse=True))
    grids[axis] = idx
    return tuple(grids)


def matmul_arrays(a, b, column_major=False):
    """``a @ b`` for arrays; an inner size of 1 is an outer product, computed as one (BLAS-like:
    0 * -x stays -0.0 there, as PyTorch prints it). ``column_major`` (matrices): the product
    computed as ``(bᵀ aᵀ)ᵀ``, the same numbers laid out column-major."""
    if column_major:
        a, b = b.T, a.T
    if a.ndim >= 2 and b.ndim >= 2 and a.shape[-1] == 1:
        out = a * b
    else:
        out = a @ b
    return out.T if column_major else out


def logcumsumexp_arrays(x, axis):
    """log(cumsum(exp(x))) along ``axis``: log(e^a + e^b) taken one element after the other, as
    PyTorch's kernel accumulates (a 0-dim array is its own result)."""
    if not x.ndim:
        return x.copy()
    return row_major(np.logaddexp.accumulate(x, axis=axis, dtype=x.dtype))


_START = {"sum": 0, "mean": 0, "prod": 1}  # what a place not counting itself starts from


def scatter_reduce_arrays(base, axis, index, src, reduce, include_self):
    """``base`` with ``src``'s values (its part the shape of ``index``) combined into the places
    ``index`` names along ``axis``, one after the other in index order as PyTorch's kernel:
    reduce is "sum", "prod", "mean", "amax" or "amin"; without ``include_self`` those places
    forget their own value first. An integer mean is floored, as PyTorch's."""
    out = np.array(base, copy=True)
    index = np.asarray(index)
    if out.ndim == 0:  # one place: a 0-dim index names it
        out, index, src = out.reshape(1), index.reshape(1), np.asarray(src).reshape(1)
    where = along(out.ndim, axis, index)
    values = np.asarray(src)[tuple(slice(0, s) for s in index.shape)].astype(out.dtype, copy=False)
    if not include_self:
        if reduce in _START:
            out[where] = _START[reduce]
        else:
            info = np.finfo(out.dtype) if out.dtype.kind == "f" else np.iinfo(out.dtype)
            out[where] = (-np.inf if reduce == "amax" else np.inf) if out.dtype.kind == "f" else \
                (info.min if reduce == "amax" else info.max)
    ufunc = {"sum": np.add, "mean": np.add, "prod": np.multiply, "amax": np.maximum, "amin": np.minimum}[reduce]
    ufunc.at(out, where, values)
    if reduce == "mean":
        count = np.full(out.shape, 1 if include_self else 0, dtype=np.int64)
        np.add.at(count, where, 1)
        count[count == 0] = 1
        if out.dtype.kind == "f":
            out /= count
        else:
            np.floor_divide(out, count, out=out, casting="unsafe")
    return out.reshape(np.shape(base))


def row_major(array):
    """``array`` in row-major (C) order, copied only if needed; 0-dim stays 0-dim (unlike
    ``np.ascontiguousarray``). For results PyTorch makes contiguous whatever its inputs."""
    return np.asarray(array, order="C")


def sign(x):
    """PyTorch's sign of real numbers, ``(0 < x) - (x < 0)``: 0. for nan and for -0.
    (``np.sign`` gives nan and -0., and has no loop for booleans)."""
    if x.dtype.kind == "b":
        return x.copy()  # True is 1 and False 0: their own signs
    if x.dtype.kind != "f":
        return np.sign(x)
    out = (x > 0).astype(x.dtype)
    out -= x < 0
    return out


def logit(x):
    """log(x / (1 - x)), torch.logit's arithmetic (its forward and binary cross-entropy's backward)."""
    return elementary.log(x / (1 - x))


def sigmoid(x):
    """1 / (1 + exp(-x)) as PyTorch computes it: exp overflows to inf for very negative x and the
    result is exactly 0 there, silently (no tiny denormal numbers, no NumPy warning)."""
    return (1 / (1 + elementary.exp(-x))).astype(x.dtype, copy=False)


def xlogy_arrays(x, y):
    """x * log(y), 0 where x is 0 (unless y is nan), as torch.xlogy."""
    out = x * elementary.log(y)
    return np.where((x == 0) & ~np.isnan(y), 0, out).astype(np.result_type(out), copy=False)


def xlog1py_arrays(x, y):
    """x * log1p(y), 0 where x is 0 (unless y is nan), as torch.special.xlog1py."""
    out = x * elementary.log1p(y)
    return np.where((x == 0) & ~np.isnan(y), 0, out).astype(np.result_type(out), copy=False)


def summed_axes(shape, target):
    """The axes of ``shape`` to sum so that it broadcasts from ``target`` (leading ones first)."""
    lead = len(shape) - len(target)
    return tuple(range(lead)) + tuple(i + lead for i, n in enumerate(target) if n == 1 and shape[i + lead] != 1)


def rolled(data, shifts, axes):
    """``np.roll`` as torch.roll: no axes rolls the flattened array, then gives its shape back."""
    if not axes:
        return np.roll(data.reshape(-1), shifts[0]).reshape(data.shape)
    return np.roll(data, shifts, axis=axes)


def constant_padded(data, pad, value):
    """``data`` padded as F.pad's ``pad`` (last dimension first); negative widths cut."""
    widths = [(0, 0)] * data.ndim
    for i in range(len(pad) // 2):
        widths[data.ndim - 1 - i] = (pad[2 * i], pad[2 * i + 1])
    crop = tuple(slice(max(-lo, 0), data.shape[a] - max(-hi, 0)) for a, (lo, hi) in enumerate(widths))
    grow = [(max(lo, 0), max(hi, 0)) for lo, hi in widths]
    return np.pad(data[crop], grow, constant_values=value)


def numpy_key(indices):
    """An indexing ``indices`` tuple (tensors, arrays or None per dim) as a NumPy index.

    Boolean masks become their nonzero() coordinates so ``np.add.at`` accepts them.
    """
    key = []
    for i in indices:
        if i is None:
            key.append(slice(None))
        else:
            data = i._data if hasattr(i, "_data") else i
            key.extend(np.nonzero(data) if data.dtype == np.bool_ else (data,))
    return tuple(key)


def scalar_power(x, p):
    """``x ** p`` as PyTorch's pow kernel computes it. For a float array and a number ``p`` the
    kernel turns the exponents 2, 3, -1, -2, 0.5 and -0.5 into products, quotients and square
    roots (``x * x * x`` for 3: two roundings, where a true power has one; ``1 / sqrt(x)`` gives
    -inf at -0. where ``x ** -0.5`` gives inf), float16 computed in float32. Any other exponent,
    or an array of them, is a power rounded once (``elementary.power``)."""
    if isinstance(p, (int, float, np.integer, np.floating)) and not isinstance(p, bool) and x.dtype.kind == "f":
        kernel = _POWER_KERNELS.get(float(p))
        if kernel is not None:
            if x.dtype == np.float16:
                return kernel(x.astype(np.float32)).astype(np.float16)
            return kernel(x)
    return elementary.power(x, p)


_POWER_KERNELS = {
    2.0: lambda x: x * x,
    3.0: lambda x: x * x * x,
    -1.0: lambda x: 1 / x,
    -2.0: lambda x: 1 / (x * x),
    0.5: np.sqrt,
    -0.5: lambda x: 1 / np.sqrt(x),
}


class NumpyNamespace:
    """``ArrayNamespace`` for NumPy arrays."""

    name = "numpy"
    grad_mode = False

    # ----- the data and constants
    @staticmethod
    def data(x):
        return x

    constant = staticmethod(np.asarray)

    @staticmethod
    def const(like, array):
        return np.asarray(array, dtype=like.dtype)

    @staticmethod
    def zeros(shape, like):
        return np.zeros(shape, dtype=like.dtype)

    zeros_like = staticmethod(np.zeros_like)

    # ----- pointwise
    exp = staticmethod(elementary.exp)
    log = staticmethod(elementary.log)
    sqrt = staticmethod(np.sqrt)
    sign = staticmethod(sign)
    sgn = staticmethod(sign)
    abs = staticmethod(np.abs)
    cos = staticmethod(elementary.cos)
    sin = staticmethod(elementary.sin)
    tanh = staticmethod(elementary.tanh)
    cosh = staticmethod(elementary.cosh)
    sinh = staticmethod(elementary.sinh)
    sigmoid = staticmethod(sigmoid)

    log1p = staticmethod(elementary.log1p)
    xlogy = staticmethod(xlogy_arrays)
    logit = staticmethod(logit)

    @staticmethod
    def clamp_min(x, low):
        return np.maximum(x, low)

    @staticmethod
    def log1p_exp(x):
        return np.logaddexp(0, x).astype(x.dtype, copy=False)

    @staticmethod
    def rsqrt(x):
        return 1 / np.sqrt(x)

    @staticmethod
    def reciprocal(x):
        return 1 / x

    @staticmethod
    def times(x, c):
        return x * c

    @staticmethod
    def over(x, c):
        return x / c

    @staticmethod
    def plus(x, c):
        return x + c

    @staticmethod
    def minus(x, c):
        return x - c

    @staticmethod
    def div(a, b, rounding_mode):
        return (np.floor if rounding_mode == "floor" else np.trunc)(a / b)

    power = staticmethod(scalar_power)

    digamma = staticmethod(_special_arrays.digamma)
    polygamma = staticmethod(_special_arrays.polygamma)
    erfinv = staticmethod(_special_arrays.erfinv)
    lgamma = staticmethod(_special_arrays.lgamma)
    i0 = staticmethod(_bessel_arrays.i0)
    i1 = staticmethod(_bessel_arrays.i1)
    i0e = staticmethod(_bessel_arrays.i0e)
    i1e = staticmethod(_bessel_arrays.i1e)
    xlog1py = staticmethod(xlog1py_arrays)
    zeta = staticmethod(lambda x, q: _special_arrays.zeta(x, q))

    # ----- choosing values
    where = staticmethod(np.where)

    @staticmethod
    def keep(grad, mask):
        return np.where(mask, grad, grad.dtype.type(0))

    @staticmethod
    def masked_fill(x, mask, value):
        return np.where(mask, x.dtype.type(value), x)

    # ----- shapes
    @staticmethod
    def reshape(x, shape):
        return x.reshape(shape)

    expand = staticmethod(np.broadcast_to)

    def regrow(self, grad, shape, axes, keepdim):
        if not keepdim and axes:
            grad = grad.reshape(tuple(1 if i in axes else s for i, s in enumerate(shape)))
        return np.broadcast_to(grad, tuple(shape))

    @staticmethod
    def sum_to(x, shape):
        # PyTorch's sum_to is a sum over the broadcast dims (keepdim), so its last bits are the
        # sum's: a bias's gradient is added over the batch as x.sum(0) adds. (Quietly: backward
        # formulas run with NumPy's float warnings off.)
        if x.shape == shape:
            return x
        if x.shape[1:] == shape:  # one leading axis (a bias over a batch)
            return batch_sum(x)
        axes = summed_axes(x.shape, shape)
        return (add_up_quietly(x, axes, keepdims=True) if axes else x).reshape(shape)

    @staticmethod
    def swap_last(x):
        return x.swapaxes(-1, -2)  # the method: np.swapaxes is a Python wrapper around it

    transpose = staticmethod(np.swapaxes)

    @staticmethod
    def t(x):
        return x.T
    permute = staticmethod(np.transpose)
    flip = staticmethod(np.flip)

    @staticmethod
    def narrow(x, axis, start, length):
        return x[(slice(None),) * (axis % x.ndim) + (slice(start, start + length),)]

    @staticmethod
    def select(x, axis, i):
        # a copy, and a 0-dim array (not a NumPy scalar) when a vector is picked from
        return np.array(x[(slice(None),) * (axis % x.ndim) + (i,)], copy=True)

    @staticmethod
    def slice(x, axis, start, end, step):
        return np.array(x[(slice(None),) * (axis % x.ndim) + (slice(start, end, step),)], copy=True)

    @staticmethod
    def squeeze(x, axis):
        return np.squeeze(x, axis)

    unsqueeze = staticmethod(np.expand_dims)

    @staticmethod
    def cat(parts, axis):
        return np.concatenate(parts, axis=axis)

    @staticmethod
    def stack(parts, axis):
        return np.stack(parts, axis=axis)

    roll = staticmethod(rolled)

    @staticmethod
    def rot90(x, k, axes):
        return np.ascontiguousarray(np.rot90(x, k, axes=tuple(axes)))

    @staticmethod
    def constant_pad(x, pad, value):
        return constant_padded(x, pad, value)

    @staticmethod
    def diagonal(x, offset, d1, d2):
        return np.diagonal(x, offset, d1, d2).copy()

    @staticmethod
    def select_scatter(x, src, axis, index):
        out = np.array(x, copy=True)
        out[(slice(None),) * axis + (index, Ellipsis)] = src
        return out

    @staticmethod
    def slice_scatter(x, src, axis, start, end, step):
        out = np.array(x, copy=True)
        out[(slice(None),) * axis + (slice(start, end, step),)] = src
        return out

    @staticmethod
    def diagonal_scatter(x, src, offset, d1, d2):
        from .shape.diagonal import _diagonal_data

        out = np.array(x, copy=True)
        _diagonal_data(out, offset, d1, d2)[...] = src
        return out

    tril = staticmethod(np.tril)
    triu = staticmethod(np.triu)

    # ----- reductions and scans
    # (in PyTorch's order, as the Tensor namespace's sum and mean ops add)
    @staticmethod
    def sum_axes(x, axes, keepdims=False):
        return add_up_quietly(x, axes, keepdims)

    @staticmethod
    def sum_all(x):
        return add_up_quietly(x, None)

    @staticmethod
    def mean_axes(x, axes):
        return average(x, axes, keepdims=True)  # an empty one is nan, unwarned (as PyTorch)

    @staticmethod
    def prod_axes(x, axis, keepdims=False):
        return np.prod(x, axis=axis, keepdims=keepdims)

    @staticmethod
    def cumsum(x, axis):
        return np.cumsum(x, axis=axis, dtype=x.dtype)

    @staticmethod
    def cumprod(x, axis):
        return np.cumprod(x, axis=axis, dtype=x.dtype)

    logcumsumexp = staticmethod(logcumsumexp_arrays)

    # ----- linear algebra
    matmul = staticmethod(matmul_arrays)
    bmm = staticmethod(matmul_arrays)

    @staticmethod
    def einsum(equation, operands):
        return np.einsum(equation, *operands)

    @staticmethod
    def solve(a, b):
        return np.linalg.solve(a, b)

    # ----- indexing
    @staticmethod
    def gather(x, axis, index):
        return np.array(x[along(x.ndim, axis % max(x.ndim, 1), np.asarray(index))], copy=True)

    @staticmethod
    def scatter(base, axis, index, src):
        out = np.array(base, copy=True)
        np.put_along_axis(out, np.asarray(index), src, axis=axis)
        return out

    @staticmethod
    def scatter_value(x, axis, index, value):
        out = np.array(x, copy=True)
        out[along(out.ndim, axis % max(out.ndim, 1), np.asarray(index))] = value
        return out

    scatter_reduce = staticmethod(scatter_reduce_arrays)

    @staticmethod
    def masked_scatter(x, mask, source):
        out = np.array(x, copy=True)
        where = np.broadcast_to(mask, out.shape)
        out[where] = np.asarray(source).reshape(-1)[:int(where.sum())]
        return out

    @staticmethod
    def scatter_add(base, axis, index, src):
        if base.ndim == 0:  # a 0-dim scatter adds to the one element
            return base + src
        out = np.array(base, copy=True)
        np.add.at(out, along(out.ndim, axis, np.asarray(index)), src)
        return out

    @staticmethod
    def index_select(x, axis, index):
        return np.take(x, np.asarray(index).reshape(-1), axis=axis)

    @staticmethod
    def index(x, indices):
        return np.array(x[numpy_key(indices)], copy=True)

    @staticmethod
    def index_put(base, indices, value):
        out = np.array(base, copy=True)
        out[numpy_key(indices)] = value
        return out

    @staticmethod
    def put_at(base, positions, src):
        out = np.array(base, copy=True)
        out[tuple(np.asarray(p) for p in positions)] = src
        return out

    @staticmethod
    def index_add(base, axis, index, src):
        out = np.array(base, copy=True)
        np.add.at(out, (slice(None),) * axis + (np.asarray(index).reshape(-1),), src)
        return out

    @staticmethod
    def add_at(base, positions, src):
        out = np.array(base, copy=True)
        np.add.at(out, tuple(np.asarray(p) for p in positions), src)
        return out

    # ----- ops of the backward itself
    @staticmethod
    def backward_of(node, grad):
        return node.apply(grad, False)

    @staticmethod
    def recorded(node_cls, compute, inputs, saved=(), attrs=(), args=()):
        return compute(*inputs, *args)

    @staticmethod
    def recorded_outputs(node_cls, compute, inputs, saved=(), attrs=()):
        return compute(*inputs)

    @staticmethod
    def batch_stats(x, axes, eps, saved):
        return saved

    @staticmethod
    def linked(g, x, axes):
        return g


NUMPY = NumpyNamespace()
