"""Products added to a tensor: ``addr`` (an outer product), ``baddbmm`` (a batch of matrix
products) and ``addbmm`` (a batch of matrix products summed), each ``beta * input + alpha * product``.

As addmm: the input's gradient is ``beta * grad`` (summed back to its shape where it was
broadcast), each factor's is the product of the gradient with the other factor transposed,
times ``alpha``.
"""
import numpy as np

from ..._dtypes import CPP_NAME as _CPP, TYPE_NAME as _TYPE, result_type
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _record
from .._numpy_namespace import matmul_arrays
from .._record import record, to_tensor, wrap_dim
from .._registry import op, tables
from .._scalar_args import as_dtype_scalar
from ..shape import view as shape


def _scaled(xp, g, c):
    """PyTorch's maybe_multiply: no node for a factor of one, else a C++ number's (MulBackward1)."""
    return g if c == 1 else xp.times(g, c)


def _expanded_to(input, target):
    """PyTorch's ``expand`` of the input to the product's shape: its error when it cannot."""
    if input._data.shape != tuple(target):
        shape.expand(Tensor._make(input._data, False, None), tuple(target))


def _combined(product, input, beta, alpha):
    """``beta * input + alpha * product`` (``product`` is fresh: scaled in place); with beta 0
    the input is not read at all (its nan or inf do not reach the result)."""
    if alpha != 1:
        product *= alpha
    if beta != 0:
        np.add(product, input._data * beta if beta != 1 else input._data, out=product, casting="unsafe")
    return product


def _scalars(dtype, beta, alpha):
    """beta and alpha as numbers of ``dtype`` (float ones truncated for integers, as PyTorch)."""
    return as_dtype_scalar(beta, dtype), as_dtype_scalar(alpha, dtype)


# ----------------------------------------------------------------------------- addr
class AddrBackward0(Node):
    """beta * self + alpha * outer(vec1, vec2)  ->  grad_self = beta * grad,
    grad_vec1 = alpha * grad @ vec2, grad_vec2 = alpha * gradᵀ @ vec1"""

    rule = "grad_self = beta * grad,  grad_vec1 = alpha * grad @ vec2,  grad_vec2 = alpha * gradᵀ @ vec1"

    __slots__ = ()
    tensor_fields = ("vec1", "vec2")
    attr_fields = ("alpha", "beta")
    _pack_order = (0, 1)

    def backward(self, grad, vec1, vec2):
        alpha, beta = self._attrs
        xp = self.xp
        g_self = g1 = g2 = None
        if self.needs(0):
            g_self = _scaled(xp, grad, beta)
        if self.needs(1):
            _same_as_grad(xp, grad, vec2)
            g1 = _scaled(xp, xp.matmul(grad, vec2), alpha)
        if self.needs(2):
            _same_as_grad(xp, grad, vec1)
            g2 = _scaled(xp, xp.matmul(xp.t(grad), vec1), alpha)
        return g_self, g1, g2


def _same_as_grad(xp, grad, vec):
    """PyTorch's ``grad.mv(vec)`` refuses a vector of another dtype (addr of mixed dtypes)."""
    g, v = xp.data(grad).dtype, xp.data(vec).dtype
    if g != v:
        g, v = _TYPE[g.name], _TYPE[v.name]
        raise RuntimeError(f"addmv input tensors must have the same dtype, but got {v}, {g}, and {v}")


def _addr_scalars(dtype, beta, alpha):
    for name, value in (("beta", beta), ("alpha", alpha)):
        if dtype.kind in "iub" and isinstance(value, float):
            raise RuntimeError(f"For integral input tensors, argument {name} must not be a floating point number.")
        if dtype.kind != "b" and isinstance(value, bool):
            raise RuntimeError(f"Boolean {name} only supported for Boolean results.")
    return _scalars(dtype, beta, alpha)


def _addr_method(self, vec1, vec2, *, beta=1, alpha=1):  # Tensor.addr takes no out=
    return addr(self, vec1, vec2, beta=beta, alpha=alpha)


@op("addr", method=_addr_method, inplace="addr_")
def addr(input, vec1, vec2, *, beta=1, alpha=1, out=None):
    input, vec1, vec2 = to_tensor(input), to_tensor(vec1), to_tensor(vec2)
    for name, v in (("vec1", vec1), ("vec2", vec2)):
        if v._data.ndim != 1:
            raise RuntimeError(f"addr: Expected 1-D argument {name}, but got {v._data.ndim}-D")
    dtype = input.dtype
    for t in (vec1, vec2):
        dtype = result_type(dtype, 2 if input._data.ndim else 1, t.dtype, 2)
    dtype = dtype.np
    target = (vec1._data.shape[0], vec2._data.shape[0])
    _expanded_to(input, target)
    beta, alpha = _addr_scalars(dtype, beta, alpha)
    v1, v2 = vec1._data.astype(dtype, copy=False), vec2._data.astype(dtype, copy=False)
    if dtype.kind == "b":  # logical: (beta and input) or (alpha and outer(vec1, vec2))
        data = np.logical_and.outer(v1, v2) & bool(alpha)
        if beta:
            data |= np.broadcast_to(input._data, target)
    else:
        data = _combined(np.multiply.outer(v1, v2), input, beta, alpha)
    saved = (vec1 if _record.wants(vec2) else None, vec2 if _record.wants(vec1) else None)
    return record(AddrBackward0, data.astype(dtype, copy=False), (input, vec1, vec2), saved, (alpha, beta))


def _addr_in_place_shape(self, vec1, vec2, **_):
    """addr_ writes into ``self``: PyTorch checks its shape before anything else."""
    if self._data.ndim != 2:
        raise RuntimeError(f"2D tensor expected, got {self._data.ndim}D tensor for input")
    n, m = (vec1.shape[0] if vec1.ndim else 1), (vec2.shape[0] if vec2.ndim else 1)
    if self._data.shape != (n, m):
        raise RuntimeError(f"size mismatch, input: {list(self._data.shape)}, v1: {list(vec1.shape)}, "
                           f"v2: {list(vec2.shape)}")


addr.checked_first = _addr_in_place_shape  # read by the in-place variant only


# ----------------------------------------------------------------------------- baddbmm
class BaddbmmBackward0(Node):
    """beta * self + alpha * (batch1 @ batch2)  ->  grad_self = beta * grad,
    grad_batch1 = alpha * grad @ batch2ᵀ, grad_batch2 = alpha * batch1ᵀ @ grad (per batch)"""

    rule = "grad_self = beta * grad,  grad_batch1 = alpha * grad @ batch2ᵀ,  grad_batch2 = alpha * batch1ᵀ @ grad"

    __slots__ = ()
    tensor_fields = ("batch1", "batch2")
    attr_fields = ("alpha", "beta")
    _pack_order = (0, 1)

    def backward(self, grad, batch1, batch2):
        alpha, beta = self._attrs
        xp = self.xp
        return (
            _scaled(xp, grad, beta) if self.needs(0) else None,
            _scaled(xp, xp.bmm(grad, xp.transpose(batch2, 1, 2)), alpha) if self.needs(1) else None,
            _scaled(xp, xp.bmm(xp.transpose(batch1, 1, 2), grad), alpha) if self.needs(2) else None,
        )


def _batches(input, batch1, batch2, target):
    """The checks baddbmm and addbmm share, in PyTorch's order: the input expanded to the
    result's shape (read off the batches' sizes), then the batches' dimensions."""
    b1, b2 = batch1._data, batch2._data
    sizes = [b1.shape[wrap_dim(d, b1.ndim)] for d in (0, 1)] + [b2.shape[wrap_dim(2, b2.ndim)]]
    _expanded_to(input, [sizes[i] for i in target])
    for name, b in (("batch1", b1), ("batch2", b2)):
        if b.ndim != 3:
            raise RuntimeError(f"{name} must be a 3D tensor")


def _not_bool(name, *tensors):
    if any(t._data.dtype.kind == "b" for t in tensors):
        raise NotImplementedError(f'"{name}" not implemented for \'Bool\'')


def _baddbmm_method(self, batch1, batch2, *, beta=1, alpha=1):
    return baddbmm(self, batch1, batch2, beta=beta, alpha=alpha)


@op("baddbmm", method=_baddbmm_method, inplace="baddbmm_")
def baddbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    input, batch1, batch2 = to_tensor(input), to_tensor(batch1), to_tensor(batch2)
    _batches(input, batch1, batch2, (0, 1, 2))
    (b, _, k), (b2, k2, _) = batch1._data.shape, batch2._data.shape
    if (b2, k2) != (b, k):
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: [{b}, {k}] but got: [{b2}, {k2}].")
    if input._data.dtype != batch1._data.dtype:
        raise RuntimeError(f"Input dtypes must be the same, got: input {_CPP[input.dtype.name]}, batch1: "
                           f"{_CPP[batch1.dtype.name]}, batch2: {_CPP[batch2.dtype.name]}")
    if batch2._data.dtype != batch1._data.dtype:
        raise RuntimeError(f"expected scalar type {_TYPE[batch1.dtype.name]} but found {_TYPE[batch2.dtype.name]}")
    _not_bool("baddbmm", input)
    beta, alpha = _scalars(input._data.dtype, beta, alpha)
    data = _combined(matmul_arrays(batch1._data, batch2._data), input, beta, alpha)
    saved = (batch1 if _record.wants(batch2) else None, batch2 if _record.wants(batch1) else None)
    return record(BaddbmmBackward0, data, (input, batch1, batch2), saved, (alpha, beta))


def _result_shape_in_place(name, target):
    """baddbmm_ and addbmm_ write into ``self``: one that broadcasts to the result but is not of
    its shape is refused by baddbmm_ and resized by addbmm_ (not supported here); one that does
    not broadcast meets the op's own expand error."""
    def check(self, batch1, batch2, **_):
        b1, b2 = batch1._data, batch2._data
        if b1.ndim != 3 or b2.ndim != 3:
            return
        out = tuple((b1.shape[0], b1.shape[1], b2.shape[2])[i] for i in target)
        if self._data.shape == out or not _broadcasts(self._data.shape, out):
            return
        if name == "baddbmm":
            raise RuntimeError(f"Bad in-place call: input tensor size {list(self._data.shape)} and output "
                               f"tensor size {list(out)} should match")
        raise NotImplementedError(f"{name}_ of an input smaller than its result (PyTorch resizes it) is not supported")
    return check


def _broadcasts(shape, target):
    try:
        return len(shape) <= len(target) and np.broadcast_shapes(shape, target) == target
    except ValueError:
        return False


baddbmm.checked_first = _result_shape_in_place("baddbmm", (0, 1, 2))


# ----------------------------------------------------------------------------- addbmm
class AddbmmBackward0(Node):
    """beta * self + alpha * Σ_b batch1[b] @ batch2[b]  ->  grad_self = beta * grad,
    grad_batch1[b] = alpha * grad @ batch2[b]ᵀ, grad_batch2[b] = alpha * batch1[b]ᵀ @ grad"""

    rule = "grad_self = beta * grad,  grad_batch1[b] = alpha * grad @ batch2[b]ᵀ,  grad_batch2[b] = alpha * batch1[b]ᵀ @ grad"

    __slots__ = ()
    tensor_fields = ("batch1", "batch2")
    attr_fields = ("alpha", "batch1_sym_argsize_0", "batch1_sym_argsize_1", "batch2_sym_argsize_2", "beta")
    _pack_order = (0, 1)

    def backward(self, grad, batch1, batch2):
        alpha, b, n, p, beta = self._attrs
        xp = self.xp
        g_self = g1 = g2 = None
        if self.needs(0):
            g_self = _scaled(xp, grad, beta)
        if self.needs(1) or self.needs(2):
            every = xp.expand(xp.unsqueeze(grad, 0), (b, n, p))  # the same gradient for every batch
            if self.needs(1):
                g1 = _scaled(xp, xp.bmm(every, xp.transpose(batch2, 1, 2)), alpha)
            if self.needs(2):
                g2 = _scaled(xp, xp.bmm(xp.transpose(batch1, 1, 2), every), alpha)
        return g_self, g1, g2


def _addbmm_method(self, batch1, batch2, *, beta=1, alpha=1):
    return addbmm(self, batch1, batch2, beta=beta, alpha=alpha)


@op("addbmm", method=_addbmm_method, inplace="addbmm_")
def addbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    input, batch1, batch2 = to_tensor(input), to_tensor(batch1), to_tensor(batch2)
    _batches(input, batch1, batch2, (1, 2))
    dtypes = (input._data.dtype, batch1._data.dtype, batch2._data.dtype)
    if dtypes[0] != dtypes[2]:
        raise RuntimeError(f"self and mat2 must have the same dtype, but got {_TYPE[input.dtype.name]} and "
                           f"{_TYPE[batch2.dtype.name]}")
    if dtypes[1] != dtypes[2]:
        raise RuntimeError(f"mat1 and mat2 must have the same dtype, but got {_TYPE[batch1.dtype.name]} and "
                           f"{_TYPE[batch2.dtype.name]}")
    (b, n, k), (b2, k2, p) = batch1._data.shape, batch2._data.shape
    if b != b2:
        raise RuntimeError(f"batch1 and batch2 must have same number of batches, got {b} and {b2}")
    if k != k2:
        raise RuntimeError(f"Incompatible matrix sizes for bmm ({n}x{k} and {k2}x{p})")
    _not_bool("addmm_impl_cpu_", input)
    beta, alpha = _scalars(dtypes[0], beta, alpha)
    # PyTorch adds the batches' products one after the other, in order
    product = np.zeros((n, p), dtype=dtypes[0])
    for m in matmul_arrays(batch1._data, batch2._data):
        product += m
    data = _combined(product, input, beta, alpha)
    saved = (batch1 if _record.wants(batch2) else None, batch2 if _record.wants(batch1) else None)
    return record(AddbmmBackward0, data, (input, batch1, batch2), saved, (alpha, b, n, p, beta))


addbmm.checked_first = _result_shape_in_place("addbmm", (1, 2))


FUNCTIONS, METHODS = tables(__name__)
