"""The QR decomposition: ``torch.linalg.qr`` (modes 'reduced', 'complete', 'r') and the deprecated
``torch.qr(some=True)``, both LinalgQrBackward0 saving Q, R and the mode. NumPy's LAPACK
(geqrf + orgqr) gives the same signs as PyTorch's.

PyTorch's formulas, with ``M = grad_R Rᵀ - Qᵀ grad_Q``: for a tall or square A (m ≥ n)
``grad_A = (grad_Q + Q sym(triu(M))) R⁻ᵀ``, ``sym(X) = X + Xᵀ`` with the diagonal halved; for a
wide A, ``grad_A = [Q tril(Mᵀ - M) R₁⁻ᵀ | 0] + Q grad_R`` with R₁ the leading square block of R.
"""
import numpy as np

from ... import return_types
from ..._warn_once import warn_once
from ...autograd.node import SavedOutput
from .._multi_output import MultiOutputNode, record_outputs
from .._record import to_tensor
from .._registry import op, tables
from ._lapack import check_floating, column_major, tensor_argument

_DEPRECATED = (
    "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.\n"
    "The boolean parameter 'some' has been replaced with a string parameter 'mode'.\nQ, R = torch.qr(A, some)\n"
    "should be replaced with\nQ, R = torch.linalg.qr(A, 'reduced' if some else 'complete') "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2505.)"
)


def _inner(xp, grad_q, grad_r, q, r):
    """grad_R Rᵀ - Qᵀ grad_Q, from the gradients that arrived."""
    m = None
    if grad_r is not None:
        m = xp.matmul(grad_r, xp.swap_last(r))
    if grad_q is not None:
        qtg = xp.matmul(xp.swap_last(q), grad_q)
        m = -qtg if m is None else m - qtg
    return m


def _right_solve_rt(xp, g, r):
    """g R⁻ᵀ (R square upper triangular)."""
    return xp.swap_last(xp.solve(r, xp.swap_last(g)))


def _tall_backward(xp, grad_q, grad_r, q, r):
    """m ≥ n: (grad_Q + Q sym(triu(M))) R⁻ᵀ, sym(X) = X + Xᵀ with the diagonal halved."""
    m = xp.triu(_inner(xp, grad_q, grad_r, q, r), 0)
    m = m + xp.swap_last(m)
    shape = xp.data(m).shape
    m = m - xp.keep(xp.times(m, 0.5), np.broadcast_to(np.eye(shape[-1], dtype=bool), shape))
    g = xp.matmul(q, m)
    if grad_q is not None:
        g = g + grad_q
    return _right_solve_rt(xp, g, r)


def _wide_backward(xp, grad_q, grad_r, q, r):
    """m < n: [Q tril(Mᵀ - M) R₁⁻ᵀ | 0] + Q grad_R, R₁ the leading square block of R."""
    m = _inner(xp, grad_q, grad_r, q, r)
    rows, cols = xp.data(q).shape[-1], xp.data(r).shape[-1]
    g = _right_solve_rt(xp, xp.matmul(q, xp.tril(xp.swap_last(m) - m, 0)), xp.narrow(r, -1, 0, rows))
    g = xp.constant_pad(g, [0, cols - rows], 0.0)
    return g if grad_r is None else g + xp.matmul(q, grad_r)


class LinalgQrBackward0(MultiOutputNode):
    """A = Q R  ->  grad_A = (grad_Q + Q sym(triu(grad_R Rᵀ - Qᵀ grad_Q))) R⁻ᵀ   (m ≥ n)"""

    rule = "grad_A = (grad_Q + Q·sym(triu(grad_R Rᵀ - Qᵀ grad_Q))) R⁻ᵀ   (sym: X + Xᵀ, diagonal halved)"

    __slots__ = ()
    tensor_fields = ("Q", "R")
    attr_fields = ("mode",)

    def backward(self, slots, q, r):
        xp = self.xp
        (mode,) = self._attrs
        grad_q, grad_r = slots
        if grad_q is None and grad_r is None:
            return (None,)
        if mode == "r":
            raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                               "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                               "linalg.qr.")
        m, n = xp.data(q).shape[-2], xp.data(r).shape[-1]
        if mode == "complete" and m > n:
            raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
        return (_tall_backward(xp, grad_q, grad_r, q, r) if m >= n else _wide_backward(xp, grad_q, grad_r, q, r),)


def _qr(A, mode, name, result_type):
    data = A._data
    if data.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor A must have at least 2 dimensions.")
    check_floating(name, A)
    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), 'r', "
                           "or 'complete'")
    m, n = data.shape[-2:]
    k = min(m, n)
    if data.size == 0:
        q = np.zeros(data.shape[:-2] + ((m, m) if mode == "complete" else (m, k)), dtype=data.dtype)
        q[..., range(min(q.shape[-2:])), range(min(q.shape[-2:]))] = 1
        r = np.zeros(data.shape[:-2] + ((m, n) if mode == "complete" else (k, n)), dtype=data.dtype)
    elif mode == "r":
        r = np.linalg.qr(data, mode="r")
    else:
        q, r = np.linalg.qr(data, mode=mode)
    if mode == "r":
        q = np.zeros((0,), dtype=data.dtype)
    q, r = column_major(np.asarray(q, dtype=data.dtype)), column_major(np.asarray(r, dtype=data.dtype))
    first, second = record_outputs(LinalgQrBackward0, (q, r), (A,), (), (mode,))
    node = first._grad_fn
    if node is not None:
        node._saved = (SavedOutput(q, first._vc), SavedOutput(r, second._vc, 1))
        node._versions = (None, None)
    return result_type(first, second)


def qr(A, mode="reduced", *, out=None):
    """``torch.linalg.qr``: ``(Q, R)`` with A = QR, Q with orthonormal columns, R upper triangular."""
    return _qr(to_tensor(tensor_argument("linalg_qr", "A", 1, A)), mode, "linalg.qr", return_types.linalg_qr)


@op("qr")
def torch_qr(input, some=True, *, out=None):
    warn_once(_DEPRECATED)
    return _qr(to_tensor(input), "reduced" if some else "complete", "linalg.qr", return_types.qr)


FUNCTIONS, METHODS = tables(__name__)
