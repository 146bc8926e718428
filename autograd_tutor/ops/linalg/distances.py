"""vdot, addmv, dist and the norm behind pairwise_distance (NormBackward1). Each node saves what
PyTorch's saves; its docstring states the derivative."""
import numpy as np

from ...autograd.node import Node
from .. import _dims, _record
from .._record import record, to_tensor
from .._registry import op, tables


def _norm_grad(xp, grad, d, result, p):
    """d ‖d‖_p = d |d|^(p-2) / ‖d‖^(p-1) (0 where the norm is 0), times grad."""
    ra = np.asarray(xp.data(result))
    if p == 2:
        scaled = d / result
    elif p == 1:
        return grad * xp.sign(d)
    else:
        scaled = d * xp.power(xp.abs(d), p - 2) / xp.power(result, p - 1)
    zero = ra == 0
    if zero.any():
        scaled = xp.where(np.broadcast_to(zero, tuple(scaled.shape)), xp.zeros_like(scaled), scaled)
    return grad * scaled


class NormBackward1(Node):
    """‖x‖_p along dim  ->  x |x|^(p-2) / ‖x‖^(p-1)"""

    rule = "grad_self = grad * self / result   (2-norm; 0 where result = 0)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("p", "dim", "keepdim")

    def backward(self, grad, x, result):
        xp = self.xp
        p, dims, keepdim = self._attrs
        axes = tuple(_dims.wrap(d, len(x.shape)) for d in dims)
        if not keepdim:
            shape = tuple(1 if i in axes else s for i, s in enumerate(x.shape))
            grad, result = xp.reshape(grad, shape), xp.reshape(result, shape)
        return (_norm_grad(self.xp, grad, x, result, p),)


def norm_dim(input, p, dim, keepdim=False):
    """``at::norm(input, p, dim, keepdim)`` (NormBackward1), as pairwise_distance calls it."""
    data = input._data
    axes = tuple(_dims.wrap(d, data.ndim) for d in dim)
    with np.errstate(over="ignore"):  # a sum overflowing to inf: ndarray.sum is NumPy's Python code (see _fp_warnings)
        if p == 2:
            out = np.sqrt((data * data).sum(axis=axes, keepdims=keepdim))
        else:
            out = (np.abs(data) ** p).sum(axis=axes, keepdims=keepdim) ** (1.0 / p)
    return record(NormBackward1, np.asarray(out, dtype=data.dtype), (input,), (input,),
                  (float(p), tuple(dim), keepdim), save_result=True)


class DistBackward0(Node):
    """‖x - y‖_p  ->  ±(x - y) |x - y|^(p-2) / ‖x - y‖^(p-1)"""

    rule = "±(x - y) |x - y|^(p-2) / ‖x - y‖^(p-1)"

    __slots__ = ()
    tensor_fields = ("self", "other", "result")
    attr_fields = ("p",)

    def backward(self, grad, x, y, result):
        g = _norm_grad(self.xp, grad, x - y, result, self._attrs[0])
        return g if self.needs(0) else None, -g if self.needs(1) else None


@op("dist")
def dist(input, other, p=2):
    input, other = to_tensor(input), to_tensor(other)
    d = input._data - other._data
    with np.errstate(over="ignore"):  # a sum overflowing to inf: ndarray.sum is NumPy's Python code (see _fp_warnings)
        out = np.sqrt((d * d).sum()) if p == 2 else (np.abs(d) ** p).sum() ** (1.0 / p)
    return record(DistBackward0, np.asarray(out, dtype=d.dtype), (input, other), (input, other), (p,),
                  save_result=True)


class VdotBackward0(Node):
    """x · y  ->  grad y, grad x"""

    rule = "grad y, grad x"

    __slots__ = ()
    tensor_fields = ("self", "other")

    def backward(self, grad, x, y):
        return (grad * y if self.needs(0) else None, grad * x if self.needs(1) else None)


@op("vdot")
def vdot(input, other, *, out=None):
    input, other = to_tensor(input), to_tensor(other)
    if input._data.ndim != 1 or other._data.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {input._data.ndim}D and {other._data.ndim}D tensors")
    if input._data.shape != other._data.shape:
        raise RuntimeError(
            f"inconsistent tensor size, expected tensor [{input._data.size}] and src [{other._data.size}] to have the same number of elements, "
            f"but got {input._data.size} and {other._data.size} elements respectively")
    if input._data.dtype != other._data.dtype:
        raise RuntimeError(f"dot : expected both vectors to have same dtype, but found {input.dtype.name.capitalize()} "
                           f"and {other.dtype.name.capitalize()}")
    return record(VdotBackward0, np.asarray(np.dot(input._data, other._data)), (input, other), (input, other))


class AddmvBackward0(Node):
    """β self + α mat @ vec  ->  β grad, α grad ⊗ vec, α matᵀ grad"""

    rule = "β grad, α grad ⊗ vec, α matᵀ grad"

    __slots__ = ()
    tensor_fields = ("mat", "vec")
    attr_fields = ("alpha", "beta")

    def backward(self, grad, mat, vec):
        xp = self.xp
        alpha, beta = self._attrs
        gs = gm = gv = None
        if self.needs(0):
            gs = xp.times(grad, beta) if beta != 1 else grad
        if self.needs(1):
            outer = xp.reshape(grad, (-1, 1)) * xp.reshape(vec, (1, -1))
            gm = xp.times(outer, alpha) if alpha != 1 else outer
        if self.needs(2):
            mv = xp.matmul(xp.swap_last(mat), grad)
            gv = xp.times(mv, alpha) if alpha != 1 else mv
        return gs, gm, gv


@op("addmv", inplace="addmv_")
def addmv(input, mat, vec, *, beta=1, alpha=1, out=None):
    input, mat, vec = to_tensor(input), to_tensor(mat), to_tensor(vec)
    if mat._data.ndim != 2 or vec._data.ndim != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got {input._data.ndim}, {mat._data.ndim}, "
                           f"{vec._data.ndim}")
    if mat._data.shape[1] != vec._data.shape[0]:
        raise RuntimeError(f"size mismatch, got input ({mat._data.shape[0]}), mat ({mat._data.shape[0]}x"
                           f"{mat._data.shape[1]}), vec ({vec._data.shape[0]})")
    mv = mat._data @ vec._data
    data = (input._data * beta if beta != 1 else input._data) + (mv * alpha if alpha != 1 else mv)
    data = np.asarray(np.broadcast_to(data, mv.shape), dtype=mv.dtype, order="C")
    # As PyTorch: mat is saved for vec's gradient, vec for mat's; each only when that one is wanted.
    saved = (mat if _record.wants(vec) else None, vec if _record.wants(mat) else None)
    return record(AddmvBackward0, data, (input, mat, vec), saved, (alpha, beta))


FUNCTIONS, METHODS = tables(__name__)
