"""The singular value decomposition: ``torch.linalg.svd`` and ``svdvals`` (LinalgSvdBackward0,
saving U, S, Vh, ``full_matrices`` and S's length) and the older ``torch.svd`` (V, not Vh: a
TransposeBackward0 over Vh; ``some=True`` by default; ``compute_uv=False`` gives zero U and V).

Singular vectors are defined up to sign (a column of U and the matching row of Vh flip
together): NumPy's LAPACK and PyTorch's may choose differently, so only sign-independent
quantities (S, U S Vh, ``U ** 2``, projections U Uᵀ...) are comparable.

PyTorch's gradient, with ``E_ij = S_j² - S_i²`` (1 on the diagonal) and skew(X) = X - Xᵀ:
``grad_A = U [(skew(Uᵀ grad_U) S + S skew(Vh grad_Vhᵀ)) / E + diag(grad_S)] Vh``, plus the part
of grad_U (tall A) or grad_Vh (wide A) outside the span of U (V), divided by S.
"""
import numpy as np

from ... import return_types
from ...autograd.node import SavedOutput
from ...tensor import Tensor
from .._multi_output import MultiOutputNode, record_outputs
from .._record import to_tensor
from .._registry import op, tables
from ._lapack import check_floating, column_major, tensor_argument


def _eye_mask(shape):
    return np.broadcast_to(np.eye(shape[-1], dtype=bool), shape)


def svd_backward(xp, grad_u, grad_s, grad_vh, u, s, vh, full_matrices):
    k = xp.data(s).shape[-1]
    m, n = xp.data(u).shape[-2], xp.data(vh).shape[-1]
    if full_matrices:  # only the first k columns of U (rows of Vh) depend on A smoothly
        u, vh = xp.narrow(u, -1, 0, k), xp.narrow(vh, -2, 0, k)
        grad_u = None if grad_u is None else xp.narrow(grad_u, -1, 0, k)
        grad_vh = None if grad_vh is None else xp.narrow(grad_vh, -2, 0, k)
    if grad_u is None and grad_vh is None:  # svdvals: U diag(grad_S) Vh
        if m >= n:
            return xp.matmul(u, xp.unsqueeze(grad_s, -1) * vh)
        return xp.matmul(u * xp.unsqueeze(grad_s, -2), vh)
    s_row, s_col = xp.unsqueeze(s, -2), xp.unsqueeze(s, -1)
    s2 = s * s
    shape = xp.data(s).shape + (k,)
    gaps = xp.masked_fill(xp.unsqueeze(s2, -2) - xp.unsqueeze(s2, -1), _eye_mask(shape), 1.0)
    if grad_u is not None:
        utg = xp.matmul(xp.swap_last(u), grad_u)
        utg = utg - xp.swap_last(utg)
    if grad_vh is not None:
        vtg = xp.matmul(vh, xp.swap_last(grad_vh))
        vtg = vtg - xp.swap_last(vtg)
    if grad_u is not None and grad_vh is not None:
        inner = (utg * s_row + s_col * vtg) / gaps
    elif grad_u is not None:
        inner = (utg / gaps) * s_row
    else:
        inner = s_col * (vtg / gaps)
    if grad_s is not None:
        inner = inner + xp.keep(xp.expand(xp.unsqueeze(grad_s, -2), shape), _eye_mask(shape))
    if m > n and grad_u is not None:
        g = xp.matmul(u, inner)
        scaled = grad_u / s_row
        g = g + scaled - xp.matmul(u, xp.matmul(xp.swap_last(u), scaled))
        return xp.matmul(g, vh)
    if m < n and grad_vh is not None:
        g = xp.matmul(inner, vh)
        scaled = grad_vh / s_col
        g = g + scaled - xp.matmul(xp.matmul(scaled, xp.swap_last(vh)), vh)
        return xp.matmul(u, g)
    return xp.matmul(u, xp.matmul(inner, vh)) if m >= n else xp.matmul(xp.matmul(u, inner), vh)


class LinalgSvdBackward0(MultiOutputNode):
    """A = U diag(S) Vh  ->  grad_A = U [(skew(Uᵀ grad_U) S + S skew(Vh grad_Vhᵀ)) / (S_j² - S_i²) + diag(grad_S)] Vh"""

    rule = "grad_A = U [(skew(Uᵀ grad_U) S + S skew(Vh grad_Vhᵀ)) / (S_j² - S_i²) + diag(grad_S)] Vh"

    __slots__ = ()
    tensor_fields = ("S", "U", "Vh")
    attr_fields = ("S_sym_argsize_minus_1", "full_matrices")

    def backward(self, slots, s, u, vh):
        grad_u, grad_s, grad_vh = slots
        if grad_u is None and grad_s is None and grad_vh is None:
            return (None,)
        return (svd_backward(self.xp, grad_u, grad_s, grad_vh, u, s, vh, self._attrs[1]),)


def _svd(A, full_matrices, name="linalg.svd"):
    data = A._data
    if data.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor A must have at least 2 dimensions.")
    check_floating(name, A)
    m, n = data.shape[-2:]
    k = min(m, n)
    if data.size == 0:
        u = np.zeros(data.shape[:-2] + (m, m if full_matrices else k), dtype=data.dtype)
        vh = np.zeros(data.shape[:-2] + (n if full_matrices else k, n), dtype=data.dtype)
        for x in (u, vh):
            d = min(x.shape[-2:])
            x[..., range(d), range(d)] = 1
        s = np.zeros(data.shape[:-2] + (k,), dtype=data.dtype)
    else:
        u, s, vh = np.linalg.svd(data, full_matrices=full_matrices)
    u, vh = column_major(np.asarray(u, dtype=data.dtype)), column_major(np.asarray(vh, dtype=data.dtype))
    s = np.asarray(s, dtype=data.dtype)
    outs = record_outputs(LinalgSvdBackward0, (u, s, vh), (A,), (), (k, full_matrices))
    node = outs[0]._grad_fn
    if node is not None:
        node._saved = (SavedOutput(s, outs[1]._vc, 1), SavedOutput(u, outs[0]._vc), SavedOutput(vh, outs[2]._vc, 2))
        node._versions = (None, None, None)
    return outs


def svd(A, full_matrices=True, *, driver=None, out=None):
    """``torch.linalg.svd``: ``(U, S, Vh)`` with A = U diag(S) Vh, S descending."""
    A = to_tensor(tensor_argument("linalg_svd", "A", 1, A))
    if driver is not None:
        raise RuntimeError("torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with "
                           "cuSOLVER backend.")
    return return_types.linalg_svd(*_svd(A, full_matrices))


def svdvals(A, *, driver=None, out=None):
    """``torch.linalg.svdvals``: the singular values (the node is svd's, U and Vh saved)."""
    A = to_tensor(tensor_argument("linalg_svdvals", "A", 1, A))
    if driver is not None:
        raise RuntimeError("torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with "
                           "cuSOLVER backend.")
    return _svd(A, False)[1]


@op("svd")
def torch_svd(input, some=True, compute_uv=True, *, out=None):
    """``torch.svd``: ``(U, S, V)``; V = Vhᵀ (TransposeBackward0)."""
    input = to_tensor(input)
    if input._data.ndim < 2:
        raise RuntimeError(f"linalg.svd: input should have at least 2 dimensions, but has {input._data.ndim} "
                           "dimensions instead")
    if not compute_uv:
        m, n = input._data.shape[-2:]
        batch = input._data.shape[:-2]
        s = svdvals(input)
        return return_types.svd(Tensor._make(np.zeros(batch + (m, m), input._data.dtype), False, None), s,
                                Tensor._make(np.zeros(batch + (n, n), input._data.dtype), False, None))
    u, s, vh = _svd(input, not some)
    return return_types.svd(u, s, vh.transpose(-2, -1))


FUNCTIONS, METHODS = tables(__name__)
