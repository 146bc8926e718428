"""Symmetric eigendecomposition: ``torch.linalg.eigh`` and ``eigvalsh`` (both LinalgEighBackward0,
saving eigenvalues and eigenvectors), from NumPy's LAPACK (syevd), reading the triangle ``UPLO``.

Eigenvectors are defined up to sign: two LAPACK builds (NumPy's and PyTorch's) may flip some, so
only sign-independent quantities (eigenvalues, ``v ** 2``, ``v @ diag(w) @ vᵀ``...) are comparable.
The gradient: ``grad_A = V (diag(grad_L) + ½(Vᵀ grad_V - grad_Vᵀ V) / E) Vᵀ`` with
``E_ij = L_j - L_i`` (1 on the diagonal), PyTorch's formula for a Hermitian matrix.
"""
import numpy as np

from ... import return_types
from ...autograd.node import SavedOutput
from .._multi_output import MultiOutputNode, record_outputs
from .._record import to_tensor
from .._registry import tables
from ._lapack import check_matrix_shape, column_major, tensor_argument


def _eye_mask(shape):
    return np.broadcast_to(np.eye(shape[-1], dtype=bool), shape)


def eigh_backward(xp, grad_l, grad_v, values, vectors):
    if grad_v is None:  # eigenvalues alone: V diag(grad_L) Vᵀ
        return xp.matmul(vectors * xp.unsqueeze(grad_l, -2), xp.swap_last(vectors))
    vtg = xp.matmul(xp.swap_last(vectors), grad_v)
    skew = xp.times(vtg - xp.swap_last(vtg), 0.5)
    shape = xp.data(skew).shape
    gaps = xp.masked_fill(xp.unsqueeze(values, -2) - xp.unsqueeze(values, -1), _eye_mask(shape), 1.0)
    inner = skew / gaps
    if grad_l is not None:
        inner = inner + xp.keep(xp.expand(xp.unsqueeze(grad_l, -2), shape), _eye_mask(shape))
    return xp.matmul(vectors, xp.matmul(inner, xp.swap_last(vectors)))


class LinalgEighBackward0(MultiOutputNode):
    """A = V diag(L) Vᵀ  ->  grad_A = V (diag(grad_L) + ½(Vᵀ grad_V - grad_Vᵀ V) / (L_j - L_i)) Vᵀ"""

    rule = "grad_A = V (diag(grad_L) + ½(Vᵀ grad_V - grad_Vᵀ V) / (L_j - L_i)) Vᵀ"

    __slots__ = ()
    tensor_fields = ("eigenvalues", "eigenvectors")

    def backward(self, slots, values, vectors):
        grad_l, grad_v = slots
        if grad_l is None and grad_v is None:
            return (None,)
        return (eigh_backward(self.xp, grad_l, grad_v, values, vectors),)


def _decompose(A, UPLO):
    A = to_tensor(A)
    check_matrix_shape("linalg.eigh", A)
    if A._data.dtype.kind != "f" or A._data.dtype == np.float16:
        raise NotImplementedError(f'"linalg_eigh_cpu" not implemented for \'{_TYPE(A)}\'')
    if UPLO not in ("L", "U", "l", "u"):
        raise RuntimeError(f"Expected UPLO argument to be 'L' or 'U', but got {UPLO}")
    data = A._data
    if data.size == 0:
        return A, np.zeros(data.shape[:-1], dtype=data.dtype), np.array(data, copy=True)
    values, vectors = np.linalg.eigh(data, UPLO=UPLO.upper())
    return A, np.asarray(values, dtype=data.dtype), column_major(np.asarray(vectors, dtype=data.dtype))


def _TYPE(A):
    from ..._dtypes import TYPE_NAME

    return TYPE_NAME[A.dtype.name]


def _eigh(A, UPLO):
    A, values, vectors = _decompose(A, UPLO)
    first, second = record_outputs(LinalgEighBackward0, (values, vectors), (A,))
    node = first._grad_fn
    if node is not None:
        node._saved = (SavedOutput(values, first._vc), SavedOutput(vectors, second._vc, 1))
        node._versions = (None, None)
    return first, second


def eigh(A, UPLO="L", *, out=None):
    """``torch.linalg.eigh``: ``(eigenvalues, eigenvectors)`` of symmetric matrices, ascending."""
    return return_types.linalg_eigh(*_eigh(tensor_argument("linalg_eigh", "A", 1, A), UPLO))


def eigvalsh(A, UPLO="L", *, out=None):
    """``torch.linalg.eigvalsh``: the eigenvalues alone; as in PyTorch the node is eigh's, its
    eigenvectors (an output nobody sees) saved for the gradient."""
    return _eigh(tensor_argument("linalg_eigvalsh", "A", 1, A), UPLO)[0]


FUNCTIONS, METHODS = tables(__name__)
