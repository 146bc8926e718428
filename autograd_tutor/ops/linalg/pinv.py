"""The pseudo-inverse and least squares: ``torch.linalg.pinv`` / ``torch.pinverse``
(LinalgPinvBackward0, saving the result and the input) and ``torch.linalg.lstsq``
(LinalgLstsqBackward0: the solution is ``pinv(A) @ B``, differentiated through pinv).

pinv comes from the SVD: singular values at most ``max(atol, rtol · σ_max)`` count as zero.
Its gradient is PyTorch's pinv_backward, written for the smaller of the two products.
"""
import numpy as np

from ... import return_types
from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from ...tensor import Tensor
from .._multi_output import MultiOutputNode, record_outputs
from .._record import record, to_tensor
from .._registry import op, tables


def pinv_backward(xp, grad, pinv, a):
    m, n = xp.data(a).shape[-2:]
    pinv_t, grad_t = xp.swap_last(pinv), xp.swap_last(grad)
    mm = xp.matmul
    if m <= n:
        k = mm(grad_t, pinv)
        k_pinv_t = mm(k, pinv_t)
        return (-xp.swap_last(mm(pinv, k)) + k_pinv_t - mm(mm(a, pinv), k_pinv_t)
                + mm(mm(pinv_t, pinv), grad_t - mm(k, a)))
    k = mm(pinv, grad_t)
    pinv_t_k = mm(pinv_t, k)
    return (-xp.swap_last(mm(k, pinv)) + mm(mm(grad_t - mm(a, k), pinv), pinv_t) + pinv_t_k
            - mm(mm(pinv_t_k, pinv), a))


class LinalgPinvBackward0(Node):
    """pinv(A)  ->  PyTorch's pinv_backward (products of A, pinv(A) and grad)"""

    rule = "grad_A = -pinvᵀ grad pinvᵀ + (I - A pinv)ᵀ... (the Golub–Pereyra formula for the pseudo-inverse)"

    __slots__ = ()
    tensor_fields = ("self", "result")

    def backward(self, grad, a, result):
        return (pinv_backward(self.xp, grad, result, a),)


def _pinv_array(data, atol, rtol, hermitian):
    m, n = data.shape[-2:]
    if rtol is None:
        rtol = 0.0 if atol is not None and atol > 0 else np.finfo(data.dtype).eps * max(m, n)
    atol = 0.0 if atol is None else atol
    if data.size == 0:
        return np.zeros(data.shape[:-2] + (n, m), dtype=data.dtype)
    if hermitian:
        w, v = np.linalg.eigh(data)
        largest = np.abs(w).max(axis=-1, keepdims=True)
        keep = np.abs(w) > np.maximum(atol, rtol * largest)
        inverse = np.where(keep, 1 / np.where(keep, w, 1), 0).astype(data.dtype)
        return np.matmul(v * inverse[..., None, :], v.swapaxes(-1, -2)).astype(data.dtype)
    u, s, vh = np.linalg.svd(data, full_matrices=False)
    keep = s > np.maximum(atol, rtol * s[..., :1])
    inverse = np.where(keep, 1 / np.where(keep, s, 1), 0).astype(data.dtype)
    return np.matmul(vh.swapaxes(-1, -2) * inverse[..., None, :], u.swapaxes(-1, -2)).astype(data.dtype)


def pinv(A, *, atol=None, rtol=None, hermitian=False, out=None):
    """``torch.linalg.pinv``: the Moore–Penrose pseudo-inverse (batched)."""
    A = to_tensor(A)
    data = A._data
    if data.ndim < 2 or data.dtype.kind != "f" or data.dtype == np.float16:
        raise RuntimeError(f"linalg.pinv({TYPE_NAME[A.dtype.name]}{{{list(data.shape)}}}): expected a tensor with 2 or "
                           "more dimensions of float, double, cfloat or cdouble types")
    if hermitian and data.shape[-1] != data.shape[-2]:
        raise RuntimeError(f"linalg.eigh: A must be batches of square matrices, but they are {data.shape[-2]} by "
                           f"{data.shape[-1]} matrices")
    return record(LinalgPinvBackward0, _pinv_array(data, atol, rtol, hermitian), (A,), (A,), save_result=True)


@op("pinverse")
def pinverse(input, rcond=1e-15):
    return pinv(input, rtol=rcond)


class LinalgLstsqBackward0(MultiOutputNode):
    """X = pinv(A) B  ->  grad_A = pinv_backward(grad Bᵀ),  grad_B = pinv(A)ᵀ grad"""

    rule = "grad_A = pinv_backward(grad_X Bᵀ),  grad_B = pinv(A)ᵀ grad_X   (X = pinv(A) B)"

    __slots__ = ()
    tensor_fields = ("b", "self", "solution")

    def backward(self, slots, b, a, solution):
        xp = self.xp
        grad = slots[0]
        if grad is None:
            return None, None
        vector = xp.data(b).ndim == xp.data(a).ndim - 1
        if vector:
            grad, b = xp.unsqueeze(grad, -1), xp.unsqueeze(b, -1)
        pinv_a = _recorded_pinv(xp, a)
        grad_a = pinv_backward(xp, xp.matmul(grad, xp.swap_last(b)), pinv_a, a) if self.needs(0) else None
        grad_b = xp.matmul(xp.swap_last(pinv_a), grad) if self.needs(1) else None
        if vector and grad_b is not None:
            grad_b = xp.squeeze(grad_b, -1)
        return grad_a, grad_b


def _recorded_pinv(xp, a):
    if isinstance(a, np.ndarray):
        return _pinv_array(a, None, None, False)
    return pinv(a)


_DRIVERS = ("gels", "gelsy", "gelsd", "gelss")


def lstsq(A, B, rcond=None, *, driver=None):
    """``torch.linalg.lstsq``: the least-squares solution of A X = B, with PyTorch's CPU outputs per
    driver (gelsy by default: no residuals, no singular values)."""
    A, B = to_tensor(A), to_tensor(B)
    a, b = A._data, B._data
    if driver is not None and driver not in _DRIVERS:
        raise RuntimeError("torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)")
    driver = driver or "gelsy"
    if a.ndim < 2:
        raise RuntimeError("torch.linalg.lstsq: input must have at least 2 dimensions.")
    if a.dtype != b.dtype:
        raise RuntimeError(f"torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's "
                           f"dtype {TYPE_NAME[A.dtype.name]} and other's dtype {TYPE_NAME[B.dtype.name]}")
    if a.dtype.kind != "f":
        raise RuntimeError(f"torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's "
                           f"dtype {TYPE_NAME[A.dtype.name]} and other's dtype {TYPE_NAME[B.dtype.name]}")
    vector = b.ndim == a.ndim - 1
    matrix = b[..., None] if vector else b
    if matrix.ndim < 2 or a.shape[-2] != matrix.shape[-2]:
        raise RuntimeError("torch.linalg.lstsq: input.size(-2) should match other.size(-2)")
    m, n = a.shape[-2:]
    if rcond is None:
        rcond = np.finfo(a.dtype).eps * max(m, n)
    batch = np.broadcast_shapes(a.shape[:-2], matrix.shape[:-2])
    a_b = np.broadcast_to(a, batch + a.shape[-2:])
    u, s, vh = np.linalg.svd(a_b, full_matrices=False)
    keep = s > rcond * s[..., :1] if s.size else s > 0
    inverse = np.where(keep, 1 / np.where(keep, s, 1), 0)
    x = np.matmul(vh.swapaxes(-1, -2) * inverse[..., None, :], np.matmul(u.swapaxes(-1, -2), matrix))
    x = np.asarray(x, dtype=a.dtype)
    rank = keep.sum(axis=-1).astype(np.int64)
    full_rank = bool(np.all(rank == min(m, n)))
    if driver != "gelsy" and m > n and full_rank:
        residuals = (np.abs(np.matmul(a_b, x) - matrix) ** 2).sum(axis=-2).astype(a.dtype)
    else:
        residuals = np.zeros((0,), dtype=a.dtype)
    if vector:
        x = x[..., 0]
    rank_t = Tensor._make(rank if driver != "gels" else np.zeros((0,), np.int64), False, None)
    values = Tensor._make(np.asarray(s, dtype=a.dtype) if driver in ("gelsd", "gelss") else np.zeros((0,), a.dtype),
                          False, None)
    solution, residual_t = record_outputs(LinalgLstsqBackward0, (np.ascontiguousarray(x), residuals), (A, B),
                                          (B, A))
    node = solution._grad_fn
    if node is not None:
        from ...autograd.node import SavedOutput

        node._saved = (B, A, SavedOutput(solution._data, solution._vc))
        node._versions = (B._vc[0], A._vc[0], None)
    return return_types.linalg_lstsq(solution, residual_t, rank_t, values)


FUNCTIONS, METHODS = tables(__name__)
