"""vdot, addmv, dist and the norm behind pairwise_distance (NormBackward1); rot90, diag_embed,
fliplr/flipud, take and take_along_dim. Each node saves what PyTorch's saves; its docstring
states the derivative."""
import numpy as np

from ...autograd.node import Node
from ...tensor import Tensor
from .. import _dims
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
    with np.errstate(over="ignore"):
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
    with np.errstate(over="ignore"):
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
        gs = xp.times(grad, beta) if beta != 1 else grad
        outer = xp.reshape(grad, (-1, 1)) * xp.reshape(vec, (1, -1))
        gm = xp.times(outer, alpha) if alpha != 1 else outer
        mv = xp.matmul(xp.swap_last(mat), grad)
        gv = xp.times(mv, alpha) if alpha != 1 else mv
        return (gs if self.needs(0) else None, gm if self.needs(1) else None, gv if self.needs(2) else None)


@op("addmv")
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
    return record(AddmvBackward0, data, (input, mat, vec), (mat, vec), (alpha, beta))


# ----------------------------------------------------------------------------- rearranging
class Rot90Backward0(Node):
    """rotation by k quarter turns  ->  the gradient rotated back (-k)"""

    rule = "the gradient rotated back (-k)"

    __slots__ = ()
    attr_fields = ("k", "dims")

    def backward(self, grad):
        k, dims = _dims.signed(self._attrs[0]), self._attrs[1]
        if isinstance(grad, Tensor):
            return (rot90(grad, -k, dims),)
        return (np.ascontiguousarray(np.rot90(grad, -k, axes=tuple(dims))),)


@op("rot90")
def rot90(input, k=1, dims=(0, 1)):
    input = to_tensor(input)
    data = input._data
    dims = tuple(int(d) for d in dims)
    if len(dims) != 2:
        raise RuntimeError(f"expected total rotation dims == 2, but got dims = {len(dims)}")
    if data.ndim < 2:
        raise RuntimeError(f"expected total dims >= 2, but got total dims = {data.ndim}")
    a0, a1 = _dims.wrap(dims[0], data.ndim), _dims.wrap(dims[1], data.ndim)
    if a0 == a1:
        raise RuntimeError(f"expected rotation dims to be different, but got dim0 = {a0} and dim1 = {a1}")
    out = np.ascontiguousarray(np.rot90(data, k, axes=(a0, a1)))
    return record(Rot90Backward0, out, (input,), (), (_dims.shown(int(k)), dims))


class DiagEmbedBackward0(Node):
    """a batch of vectors put on diagonals  ->  the gradient's diagonals"""

    rule = "the gradient's diagonals"

    __slots__ = ()
    attr_fields = ("offset", "dim1", "dim2")

    def backward(self, grad):
        offset, d1, d2 = (_dims.signed(v) for v in self._attrs)
        if isinstance(grad, Tensor):
            return (grad.diagonal(offset, d1, d2),)
        return (np.ascontiguousarray(np.diagonal(grad, offset, d1, d2)),)


@op("diag_embed")
def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    input = to_tensor(input)
    data = input._data
    nd = data.ndim + 1
    a1, a2 = _dims.wrap(dim1, nd), _dims.wrap(dim2, nd)
    if a1 == a2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    n = data.shape[-1] + abs(offset)
    rest = data.shape[:-1]
    out_shape = list(rest)
    for a in sorted((a1, a2)):
        out_shape.insert(a, n)
    out = np.zeros(out_shape, dtype=data.dtype)
    view = np.diagonal(out, offset, a1, a2)  # read-only view: write through its base
    view.setflags(write=True) if view.flags.writeable else None
    idx = np.arange(data.shape[-1])
    rows, cols = (idx, idx + offset) if offset >= 0 else (idx - offset, idx)
    moved = np.moveaxis(out, (a1, a2), (-2, -1))
    moved[..., rows, cols] = data
    return record(DiagEmbedBackward0, out, (input,), (), (_dims.shown(offset) if offset < 0 else offset,
                                                          _dims.shown(dim1), _dims.shown(dim2)))


@op("fliplr")
def fliplr(input):
    input = to_tensor(input)
    if input._data.ndim < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return input.flip([1])


@op("flipud")
def flipud(input):
    input = to_tensor(input)
    if input._data.ndim < 1:
        raise RuntimeError("Input must be >= 1-d.")
    return input.flip([0])


class TakeBackward0(Node):
    """elements at flat indices  ->  each gradient added back at its index"""

    rule = "each gradient added back at its index"

    __slots__ = ()
    tensor_fields = ("self", "index")

    def backward(self, grad, x, index):
        idx = np.asarray(self.xp.data(index)).reshape(-1)
        size = int(np.prod(x.shape, dtype=np.int64))
        idx = np.where(idx < 0, idx + size, idx)
        if isinstance(grad, Tensor):
            from autograd_tutor.creation import zeros

            flat = zeros(size, dtype=grad.dtype)
            return (flat.index_add(0, Tensor._make(idx.astype(np.int64), False, None), grad.reshape(-1))
                    .reshape(tuple(x.shape)),)
        out = np.zeros(size, dtype=grad.dtype)
        np.add.at(out, idx, grad.reshape(-1))
        return (out.reshape(x.shape),)


@op("take")
def take(input, index):
    input = to_tensor(input)
    idx = index._data
    if idx.dtype != np.int64:
        raise RuntimeError(f"take(): Expected a long tensor for index, but got {index.dtype.name.capitalize()}")
    size = input._data.size
    bad = (idx >= size) | (idx < -size)
    if bad.any():
        i = int(idx[bad].reshape(-1)[0])
        raise IndexError(f"out of range: tried to access index {i} on a tensor of {size} elements.")
    out = input._data.reshape(-1)[idx]
    return record(TakeBackward0, np.asarray(out, order="C"), (input,), (input, index))


@op("take_along_dim")
def take_along_dim(input, indices, dim=None):
    """PyTorch's composition: the input expanded to the broadcast shape, then gather."""
    input = to_tensor(input)
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    nd = input._data.ndim
    axis = _dims.wrap(dim, nd)
    ishape, jshape = list(input.shape), list(indices.shape)
    ishape[axis] = jshape[axis] = 1
    shape = list(np.broadcast_shapes(tuple(ishape), tuple(jshape)))
    self_shape, idx_shape = list(shape), list(shape)
    self_shape[axis], idx_shape[axis] = input.shape[axis], indices.shape[axis]
    return input.expand(self_shape).gather(dim, indices.expand(idx_shape))


FUNCTIONS, METHODS = tables(__name__)
