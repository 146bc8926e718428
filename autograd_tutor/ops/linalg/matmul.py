"""Matrix products: mm, mv, dot, bmm, addmm, outer and ``matmul`` / ``@``.

``matmul`` dispatches exactly as PyTorch's ``_matmul_impl`` does, so the same graph appears:
1-D·1-D is ``dot``, 2-D·1-D ``mv``, 2-D·2-D ``mm``; a batch times a matrix is folded into one
``mm`` (ViewBackward0 below, UnsafeViewBackward0 above); other batches are broadcast and go
through ``bmm``. The gradient of a product is a product with the other factor transposed.
"""
import numpy as np

from ..._dtypes import CPP_NAME as _LEGACY, TYPE_NAME as _TYPE
from ...autograd import grad_mode
from ...autograd.node import Node
from ...tensor import Tensor
from .. import _record
from .._numpy_namespace import matmul_arrays
from .._record import check_broadcastable, edge, record, to_tensor
from .._registry import op, tables
from .._views import make_view
from ..shape import transpose, view as shape
from ..shape.transpose import TBackward0


def _strides(t):
    return tuple(s // t._data.itemsize for s in t._data.strides)


def _needs(t):
    return isinstance(t, Tensor) and _record.wants(t)


def _same_dtype(a, b):
    if a._data.dtype != b._data.dtype:
        raise RuntimeError(
            f"expected m1 and m2 to have the same dtype, but got: {_LEGACY[a.dtype.name]} != {_LEGACY[b.dtype.name]}"
        )


# ----------------------------------------------------------------------------- mm
class MmBackward0(Node):
    """self @ mat2  ->  grad_self = grad @ mat2ᵀ, grad_mat2 = selfᵀ @ grad"""

    rule = "grad_self = grad @ mat2ᵀ,  grad_mat2 = selfᵀ @ grad"

    __slots__ = ()
    tensor_fields = ("self", "mat2")
    attr_fields = ("self_sym_sizes", "self_sym_strides", "mat2_sym_sizes", "mat2_sym_strides")

    def backward(self, grad, a, b):
        _, a_strides, _, b_strides = self._attrs
        (to_a, _), (to_b, _) = self.next_functions  # self.needs(i), unrolled
        return (
            _grad_first(self.xp, grad, b, a_strides) if to_a is not None else None,
            _grad_second(self.xp, grad, a, b_strides) if to_b is not None else None,
        )


def _column_major(strides):
    """A transposed matrix (``w.t()``): its gradient is best made in the same layout."""
    return len(strides) == 2 and strides[0] == 1 and strides[1] != 1


def _grad_first(xp, grad, other, strides):
    """grad @ otherᵀ, laid out like the first factor (as PyTorch's mm_mat1_backward: ``other.t()``,
    TBackward0 under create_graph)."""
    return xp.matmul(grad, xp.t(other), _column_major(strides))


def _grad_second(xp, grad, first, strides):
    """firstᵀ @ grad, laid out like the second factor: for nn.Linear's ``weight.t()`` the
    gradient then reaches ``weight.grad`` row-major, as a plain ``weight`` would store it."""
    return xp.matmul(xp.t(first), grad, _column_major(strides))


@op("mm")
def mm(input, mat2, *, out=None):
    input, mat2 = to_tensor(input), to_tensor(mat2)
    if input._data.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2._data.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    _check_mm_shapes(input, mat2)
    _same_dtype(input, mat2)
    saved = (input if _needs(mat2) else None, mat2 if _needs(input) else None)
    attrs = (
        tuple(input._data.shape), _strides(input) if _needs(input) else (),
        tuple(mat2._data.shape), _strides(mat2) if _needs(mat2) else (),
    )
    return record(MmBackward0, matmul_arrays(input._data, mat2._data), (input, mat2), saved, attrs)


def _check_mm_shapes(a, b):
    (n, k), (k2, m) = a._data.shape, b._data.shape
    if k != k2:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({n}x{k} and {k2}x{m})")


# ----------------------------------------------------------------------------- mv / dot
class MvBackward0(Node):
    """self @ vec  ->  grad_self = outer(grad, vec), grad_vec = selfᵀ @ grad"""

    rule = "grad_self = outer(grad, vec),  grad_vec = selfᵀ @ grad"

    __slots__ = ()
    tensor_fields = ("self", "vec")

    def backward(self, grad, a, v):
        xp = self.xp
        g_a = g_v = None
        if self.needs(0):
            g_a = xp.reshape(grad, (-1, 1)) * xp.reshape(v, (1, -1))
        if self.needs(1):
            g_v = xp.matmul(xp.swap_last(a), grad)
        return g_a, g_v


@op("mv")
def mv(input, vec, *, out=None):
    input, vec = to_tensor(input), to_tensor(vec)
    if input._data.ndim == 0:
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    if input._data.ndim != 2 or vec._data.ndim != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got 1, {input._data.ndim}, {vec._data.ndim}")
    if input._data.shape[1] != vec._data.shape[0]:
        raise RuntimeError(
            f"size mismatch, got input ({input._data.shape[0] if input._data.ndim else 1}), mat "
            f"({'x'.join(map(str, input._data.shape))}), vec ({'x'.join(map(str, vec._data.shape))})"
        )
    _same_dtype(input, vec)
    saved = (input if _needs(vec) else None, vec if _needs(input) else None)
    return record(MvBackward0, input._data @ vec._data, (input, vec), saved)


class DotBackward0(Node):
    """self · tensor  ->  grad_self = grad * tensor, grad_tensor = grad * self"""

    rule = "grad_self = grad * tensor,  grad_tensor = grad * self"

    __slots__ = ()
    tensor_fields = ("self", "tensor")

    def backward(self, grad, a, b):
        return (grad * b if self.needs(0) else None, grad * a if self.needs(1) else None)


@op("dot")
def dot(input, tensor, *, out=None):
    input, tensor = to_tensor(input), to_tensor(tensor)
    if input._data.ndim != 1 or tensor._data.ndim != 1:
        raise RuntimeError(
            f"1D tensors expected, but got {input._data.ndim}D and {tensor._data.ndim}D tensors"
        )
    if input._data.dtype != tensor._data.dtype:
        raise RuntimeError(
            f"dot : expected both vectors to have same dtype, but found {_TYPE[input.dtype.name]} and {_TYPE[tensor.dtype.name]}"
        )
    n, m = input._data.shape[0], tensor._data.shape[0]
    if n != m:
        raise RuntimeError(
            f"inconsistent tensor size, expected tensor [{n}] and src [{m}] to have the same number "
            f"of elements, but got {n} and {m} elements respectively"
        )
    saved = (input if _needs(tensor) else None, tensor if _needs(input) else None)
    data = np.asarray(np.dot(input._data, tensor._data), dtype=input._data.dtype)
    return record(DotBackward0, data, (input, tensor), saved)


# ----------------------------------------------------------------------------- bmm
class BmmBackward0(Node):
    """batched self @ mat2  ->  grad_self = grad @ mat2ᵀ, grad_mat2 = selfᵀ @ grad, per batch"""

    rule = "grad_self = grad @ mat2ᵀ,  grad_mat2 = selfᵀ @ grad   (per batch)"

    __slots__ = ()
    tensor_fields = ("self", "mat2")

    def backward(self, grad, a, b):
        xp = self.xp
        return (
            xp.matmul(grad, xp.swap_last(b)) if self.needs(0) else None,
            xp.matmul(xp.swap_last(a), grad) if self.needs(1) else None,
        )


@op("bmm")
def bmm(input, mat2, *, out=None):
    input, mat2 = to_tensor(input), to_tensor(mat2)
    if input._data.ndim != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if mat2._data.ndim != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    (b, _, k), (b2, k2, _) = input._data.shape, mat2._data.shape
    if (b2, k2) != (b, k):
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: [{b}, {k}] but got: [{b2}, {k2}]."
        )
    _same_dtype(input, mat2)
    saved = (input if _needs(mat2) else None, mat2 if _needs(input) else None)
    return record(BmmBackward0, matmul_arrays(input._data, mat2._data), (input, mat2), saved)


# ----------------------------------------------------------------------------- addmm
class AddmmBackward0(Node):
    """beta * self + alpha * (mat1 @ mat2)  ->  grad_self = beta * grad (summed to its shape),
    grad_mat1 = alpha * grad @ mat2ᵀ, grad_mat2 = alpha * mat1ᵀ @ grad"""

    rule = "grad_self = beta * grad,  grad_mat1 = alpha * grad @ mat2ᵀ,  grad_mat2 = alpha * mat1ᵀ @ grad"

    __slots__ = ()
    tensor_fields = ("mat1", "mat2")
    attr_fields = ("alpha", "beta", "mat1_sym_sizes", "mat1_sym_strides", "mat2_sym_sizes", "mat2_sym_strides")
    _pack_order = (0, 1)  # PyTorch's AddmmBackward0 saves mat1, then mat2 (most nodes: last first)

    def backward(self, grad, mat1, mat2):
        alpha, beta, _, mat1_strides, _, mat2_strides = self._attrs
        (to_self, _), (to_mat1, _), (to_mat2, _) = self.next_functions  # self.needs(i), unrolled
        g_self = g1 = g2 = None
        # beta and alpha multiply as C++ numbers (MulBackward1 under create_graph), as PyTorch's maybe_multiply
        if to_self is not None:
            g_self = grad if beta == 1 else self.xp.times(grad, beta)
        if to_mat1 is not None:
            g1 = _grad_first(self.xp, grad, mat2, mat1_strides)
            g1 = g1 if alpha == 1 else self.xp.times(g1, alpha)
        if to_mat2 is not None:
            g2 = _grad_second(self.xp, grad, mat1, mat2_strides)
            g2 = g2 if alpha == 1 else self.xp.times(g2, alpha)
        return g_self, g1, g2


def _addmm_method(self, mat1, mat2, *, beta=1, alpha=1):  # Tensor.addmm takes no out=
    return addmm(self, mat1, mat2, beta=beta, alpha=alpha)


@op("addmm", method=_addmm_method, inplace="addmm_")
def addmm(input, mat1, mat2, *, beta=1, alpha=1, out=None):
    """``beta * input + alpha * (mat1 @ mat2)``: what nn.Linear computes for a batch (its hot
    path: the common case is decided with few calls; the rare errors are raised in helpers)."""
    if not (isinstance(input, Tensor) and isinstance(mat1, Tensor) and isinstance(mat2, Tensor)):
        input, mat1, mat2 = to_tensor(input), to_tensor(mat1), to_tensor(mat2)
    m1, m2, bias = mat1._data, mat2._data, input._data
    if m1.ndim != 2:
        raise RuntimeError("mat1 must be a matrix, got " + f"{m1.ndim}-D tensor")
    if m2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix, got " + f"{m2.ndim}-D tensor")
    if m1.shape[1] != m2.shape[0] or m1.dtype != m2.dtype:
        _check_mm_shapes(mat1, mat2)
        _same_dtype(mat1, mat2)
    product = matmul_arrays(m1, m2)
    target = product.shape
    # A bias of one row (nn.Linear's) or of the product's shape needs no broadcasting check.
    if bias.shape != target[1:] and bias.shape != target and not _expands_to(bias.shape, target):
        shape.expand(Tensor._make(bias, False, None), target)  # raises PyTorch's expand error
    # ``product`` is a fresh array: scale and add in place.
    if alpha != 1:
        product *= alpha
    if beta != 0:
        np.add(product, bias * beta if beta != 1 else bias, out=product, casting="unsafe")
    return _recorded_addmm(product, input, mat1, mat2, beta, alpha)


def linear(input, weight, bias):
    """``addmm(bias, input, weight.t())``: F.linear for a 2-D input, its three tensors of one
    dtype (F.linear checked both). The same TBackward0 view and AddmmBackward0 node; of addmm's
    checks only the shapes' are left, and any other shape goes through addmm itself."""
    out = recorded_linear(input, weight, bias)
    if out is not None:
        return out
    wt = transpose.t(weight)
    m1, m2, b = input._data, wt._data, bias._data
    if m2.ndim != 2 or m1.shape[1] != m2.shape[0] or b.ndim != 1 or b.shape[0] != m2.shape[1]:
        return addmm(bias, input, wt)  # its errors, or a bias it broadcasts
    product = matmul_arrays(m1, m2)
    np.add(product, b, out=product)
    return _recorded_addmm(product, bias, input, wt, 1, 1)


_new = object.__new__
_init_node = Node.__init__


def recorded_linear(input, weight, bias):
    """nn.Linear's everyday call, ``addmm(bias, input, weight.t())``, recorded in one go: the
    TBackward0 view of the weight, then the AddmmBackward0 node and the output, as the general
    path (``linear`` below) makes them, without its layers of calls and checks. It needs a matrix
    of rows, a weight that requires grad, a bias of the output's width, one dtype, grad mode
    on and no tracer; otherwise it returns None and the caller takes the general path, which
    also raises the errors. (Saved-tensor hooks are run by Node.__init__, as for any op.)"""
    if not grad_mode.enabled or _record.tracer is not None or _record.dual_active:
        return None
    if not (isinstance(input, Tensor) and isinstance(weight, Tensor) and isinstance(bias, Tensor)):
        return None
    x, w, b = input._data, weight._data, bias._data
    dtype = w.dtype
    x_shape, w_shape = x.shape, w.shape
    # Identical dtype objects only (a byte-swapped float32 is equal but not identical: general path).
    if (len(x_shape) != 2 or len(w_shape) != 2 or x_shape[1] != w_shape[1] or b.shape != w_shape[:1]
            or x.dtype is not dtype or b.dtype is not dtype or not weight._requires_grad):
        return None
    rows, (width, depth) = x_shape[0], w_shape
    # weight.t(): its node first (creation order is backward's order).
    t_node = _new(TBackward0)
    _init_node(t_node, (edge(weight),), (), (), (depth, width), dtype)
    wt_data = w.T
    x_grad = input._requires_grad
    if x_grad:
        # The view itself: addmm saves it for input's gradient. Without that nothing would hold it
        # (the node does not): it would die at once, unseen, so it is not made.
        wt = _new(Tensor)
        wt._data = wt_data
        wt._requires_grad = True
        wt._grad_fn = t_node
        make_view(wt, weight)
    product = x * wt_data if depth == 1 else x @ wt_data  # matmul_arrays(x, wt_data), its outer product case inline
    np.add(product, b, out=product)
    # addmm(bias, input, wt) with beta = alpha = 1, as _recorded_addmm records it (the bias's edge
    # first: a new AccumulateGrad takes its place in creation order).
    edges = (edge(bias), edge(input), (t_node, 0))
    attrs = (1, 1, x_shape, _matrix_strides(x) if x_grad else (), (depth, width), _matrix_strides(wt_data))
    node = _new(AddmmBackward0)
    saved, versions = ((input, wt), (input._vc[0], weight._vc[0])) if x_grad else ((input, None), (input._vc[0], None))
    _init_node(node, edges, saved, attrs, (rows, width), dtype, versions)
    return Tensor._make(product, True, node)


def _recorded_addmm(product, input, mat1, mat2, beta, alpha):
    needs1, needs2 = _record.wants(mat1), _record.wants(mat2)
    saved = (mat1 if needs2 else None, mat2 if needs1 else None)
    attrs = (alpha, beta, mat1._data.shape, _matrix_strides(mat1._data) if needs1 else (),
             mat2._data.shape, _matrix_strides(mat2._data) if needs2 else ())
    return record(AddmmBackward0, product, (input, mat1, mat2), saved, attrs)


def _matrix_strides(a):
    """A 2-D array's strides in elements (``_strides`` without its loop)."""
    s0, s1 = a.strides
    size = a.itemsize
    return (s0 // size, s1 // size)


def _expands_to(shape, target):
    """Whether ``shape`` broadcasts to ``target`` (a cheap check before the rare error path)."""
    if len(shape) > len(target):
        return False
    return all(s == 1 or s == t for s, t in zip(reversed(shape), reversed(target)))


@op("outer", aliases=("ger",))
def outer(input, vec2):
    """``input[:, None] * vec2``, recorded as PyTorch records it (ViewBackward0, MulBackward0)."""
    input, vec2 = to_tensor(input), to_tensor(vec2)
    for name, t in (("self", input), ("vec2", vec2)):
        if t._data.ndim != 1:
            raise RuntimeError(f"outer: Expected 1-D argument {name}, but got {t._data.ndim}-D")
    return shape.reshape(input, (-1, 1)) * vec2


# ----------------------------------------------------------------------------- matmul
def _tensor_other(other, name, position):
    if isinstance(other, (bool, int, float)):  # PyTorch takes no number here (NumPy would)
        raise TypeError(f"{name}(): argument 'other' (position {position}) must be Tensor, not {type(other).__name__}")


def _matmul_method(self, other):  # Tensor.matmul: PyTorch's message for a non-tensor other
    return _tensor_other(other, "matmul", 1) or matmul(self, other)


@op("matmul", method=_matmul_method)
def matmul(input, other, *, out=None):
    _tensor_other(other, "matmul", 2)
    a, b = to_tensor(input), to_tensor(other)
    da, db = a._data.ndim, b._data.ndim
    if da == 0 or db == 0:
        raise RuntimeError(f"both arguments to matmul need to be at least 1D, but they are {da}D and {db}D")
    if da == 1 and db == 1:
        return dot(a, b)
    if da == 2 and db == 1:
        return mv(a, b)
    if da == 1 and db == 2:
        return shape.squeeze_(mm(shape.unsqueeze(a, 0), b), 0)
    if da == 2 and db == 2:
        return mm(a, b)
    if _should_fold(a, b):
        return _folded(a, b)
    return _batched(a, b)


def _should_fold(a, b):
    """PyTorch folds a batch into one matrix product when that needs no extra copy (or when the
    smaller operand wants a gradient, to avoid a large summed gradient)."""
    a_larger = a._data.ndim >= b._data.ndim
    t1 = a if a_larger else transpose.m_t(b.detach())
    dim_t2 = b._data.ndim if a_larger else a._data.ndim
    if not (t1._data.ndim >= 3 and dim_t2 <= 2):
        return False
    if (b if a_larger else a)._requires_grad:
        return True
    if a._data.ndim == 2:
        return False
    if t1._data.size == 0:
        return True
    sizes, strides = t1._data.shape, _strides(t1)
    return all(strides[i] == strides[i + 1] * sizes[i + 1] for i in range(t1._data.ndim - 2))


def _folded(a, b):
    swapped = b._data.ndim > a._data.ndim  # fold the right operand: compute (bᵀ aᵀ)ᵀ
    t1 = transpose.m_t(b) if swapped else a
    t2 = (transpose.t(a) if a._data.ndim == 2 else a) if swapped else b
    sizes = t1._data.shape
    out_shape = list(sizes[:-1])
    folded = int(np.prod(out_shape))
    if t2._data.ndim == 2:
        out_shape.append(t2._data.shape[1])
        t1f = shape.reshape(t1, (folded, sizes[-1]))
        output = shape.unsafe_view(mm(t1f, t2), tuple(out_shape))
        return shape.contiguous(transpose.m_t(output)) if swapped else output
    t1f = shape.reshape(t1, (folded, sizes[-1]))
    return shape.unsafe_view(mv(t1f, t2), tuple(out_shape))


def _batched(a, b):
    da, db = a._data.ndim, b._data.ndim
    sa, sb = a._data.shape, b._data.shape
    n = sa[-2] if da > 1 else 1
    m1 = sa[-1]
    m2 = sb[-2] if db > 1 else sb[0]
    p = sb[-1] if db > 1 else 1
    batch_a, batch_b = sa[:max(da - 2, 0)], sb[:max(db - 2, 0)]
    if da == 3 and db == 3 and batch_a[0] != batch_b[0]:
        if batch_a[0] == 1 and a._requires_grad:
            return matmul(shape.squeeze(a, 0), b)
        if batch_b[0] == 1 and b._requires_grad:
            return matmul(a, shape.squeeze(b, 0))
    check_broadcastable(batch_a, batch_b)
    batch = tuple(np.broadcast_shapes(batch_a, batch_b))
    count = int(np.prod(batch))
    a3 = shape.reshape(shape.expand(a, batch + (n, m1)), (count, n, m1))
    vector_rhs = db == 1
    if vector_rhs:
        b3 = shape.unsqueeze(shape.reshape(shape.expand(b, batch + (m2,)), (count, m2)), 2)
    else:
        b3 = shape.reshape(shape.expand(b, batch + (m2, p)), (count, m2, p))
    if m1 != m2:
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: [{count}, {m1}] but got: [{count}, {m2}]."
        )
    out_shape = batch + ((n,) if da > 1 else ()) + ((p,) if db > 1 else ())
    product = bmm(a3, b3)
    if vector_rhs:
        product = shape.squeeze(product, -1)
    return shape.unsafe_view(product, out_shape)


# x @ 2: not a tensor, so Python's "unsupported operand type(s) for @" as in PyTorch
@op("__matmul__", function=False)
def _matmul_operator(self, other):
    return matmul(self, other) if isinstance(other, Tensor) else NotImplemented


@op("__rmatmul__", function=False)
def _rmatmul_operator(self, other):
    return matmul(other, self) if isinstance(other, Tensor) else NotImplemented


FUNCTIONS, METHODS = tables(__name__)
