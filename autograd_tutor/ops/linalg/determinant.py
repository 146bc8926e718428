"""Determinants: ``torch.linalg.det`` / ``torch.det``, ``linalg.slogdet`` / ``torch.slogdet`` and
``torch.logdet``, from the LU factors of Aᵀ (PyTorch factors the transpose of a row-major matrix,
and saves those factors: ``_saved_LU``, ``_saved_pivots``).

``d det(A) = det(A) tr(A⁻¹ dA)``, so the gradient is ``grad · det · A⁻ᵀ``, found by solving
``Aᵀ X = grad · det · I``. A plain backward solves with the saved factors, a zero pivot
nudged to machine epsilon (PyTorch's trick, so a singular matrix gets a finite gradient);
under create_graph the solve is recorded (``linalg.solve(Aᵀ, ·)``) so it can be differentiated
again, which needs an invertible matrix. ``logabsdet``'s gradient is ``grad · A⁻ᵀ`` the same way;
the sign of a real determinant has none.
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node, SavedOutput
from ...tensor import Tensor
from .. import _elementary as elementary
from .._multi_output import MultiOutputNode, record_outputs
from .._record import record, to_tensor
from .._registry import op, tables
from ..pointwise.selection import where
from ._lapack import check_matrix, lu_factor, lu_solve, tensor_argument


def _factors(A, name):
    check_matrix(name, A)
    data = A._data
    n = data.shape[-1]
    if n == 0 or data.size == 0:
        lu, pivots = np.array(data, copy=True), np.zeros(data.shape[:-1], dtype=np.int32)
    else:
        lu, pivots, _ = lu_factor(data.swapaxes(-1, -2))
    swaps = (pivots != np.arange(1, n + 1, dtype=np.int32)).sum(axis=-1)
    parity = np.where(swaps % 2 == 1, -1, 1).astype(data.dtype)
    return lu, pivots, parity, np.diagonal(lu, axis1=-2, axis2=-1)


def _saved(A, lu, pivots):
    return (A, Tensor._make(lu, False, None), Tensor._make(pivots, False, None))


def _scaled_identity(xp, scale, like):
    """``scale[..., None, None] * I``: PyTorch's diag_embed of the scaled gradient."""
    shape = xp.data(like).shape
    spread = xp.expand(xp.unsqueeze(xp.unsqueeze(scale, -1), -1), shape)
    return xp.keep(spread, np.broadcast_to(np.eye(shape[-1], dtype=bool), shape))  # +0. off the diagonal


class LinalgDetBackward0(Node):
    """det(A)  ->  grad_A = grad · det · A⁻ᵀ   (solved from Aᵀ X = grad · det · I)"""

    rule = "grad_A = grad · det(A) · A⁻ᵀ   (Jacobi's formula: d det = det · tr(A⁻¹ dA))"

    __slots__ = ()
    tensor_fields = ("A", "LU", "pivots", "result")

    def backward(self, grad, A, lu, pivots, result):
        xp = self.xp
        d = _scaled_identity(xp, grad * result, A)
        if isinstance(d, np.ndarray):
            eps = np.finfo(lu.dtype).eps
            diagonal = np.diagonal(lu, axis1=-2, axis2=-1)
            nudged = lu + np.where(diagonal == 0, eps, 0)[..., None] * np.eye(lu.shape[-1], dtype=lu.dtype)
            return (lu_solve(nudged, pivots, d) if lu.shape[-1] else d,)
        if (xp.data(result) == 0).any():
            raise NotImplementedError("the derivative of linalg.det at a singular matrix under create_graph=True "
                                      "is not implemented in autograd_tutor")
        return (xp.solve(xp.swap_last(A), d),)


def _det(A, name):
    lu, pivots, parity, diagonal = _factors(A, name)
    value = parity * np.prod(diagonal, axis=-1)
    return record(LinalgDetBackward0, np.asarray(value, dtype=A._data.dtype), (A,), _saved(A, lu, pivots),
                  save_result=True)


def det(A, *, out=None):
    """``torch.linalg.det``: the determinant of each square matrix of ``A``."""
    return _det(to_tensor(tensor_argument("linalg_det", "A", 1, A)), "linalg.det")


@op("det")
def torch_det(input):
    return _det(to_tensor(input), "linalg.det")


class LinalgSlogdetBackward0(MultiOutputNode):
    """(sign, log|det A|)  ->  grad_A = grad_logabsdet · A⁻ᵀ   (a real sign has no gradient)"""

    rule = "grad_A = grad_logabsdet · A⁻ᵀ   (d log|det A| = tr(A⁻¹ dA); the sign is piecewise constant)"

    __slots__ = ()
    tensor_fields = ("A", "LU", "pivots", "sign")

    def backward(self, slots, A, lu, pivots, sign):
        xp = self.xp
        grad = slots[1]
        if grad is None:
            return (None,)
        d = _scaled_identity(xp, grad, A)
        if isinstance(d, np.ndarray):
            return (lu_solve(lu, pivots, d) if lu.shape[-1] else d,)
        return (xp.solve(xp.swap_last(A), d),)


def _slogdet(A, name, result_type):
    lu, pivots, parity, diagonal = _factors(A, name)
    dtype = A._data.dtype
    sign = np.asarray(parity * np.prod(np.sign(diagonal), axis=-1), dtype=dtype)
    with np.errstate(divide="ignore"):
        logabs = np.asarray(np.sum(elementary.log(np.abs(diagonal)), axis=-1), dtype=dtype)
    saved = _saved(A, lu, pivots)
    first, second = record_outputs(LinalgSlogdetBackward0, (sign, logabs), (A,), saved)
    node = first._grad_fn
    if node is not None:
        node._saved = saved + (SavedOutput(sign, first._vc),)
        node._versions = (A._vc[0], 0, 0, None)
    return result_type(first, second)


def slogdet(A, *, out=None):
    """``torch.linalg.slogdet``: ``(sign, logabsdet)`` of each square matrix of ``A``."""
    return _slogdet(to_tensor(tensor_argument("linalg_slogdet", "A", 1, A)), "linalg.slogdet",
                    return_types.linalg_slogdet)


@op("slogdet")
def torch_slogdet(input):
    return _slogdet(to_tensor(input), "linalg.slogdet", return_types.slogdet)


@op("logdet")
def logdet(input):
    """log det(A): NaN for a negative determinant. PyTorch builds it from slogdet, so its node is a
    WhereBackward0 over slogdet's second output."""
    sign, logabs = _slogdet(to_tensor(input), "logdet", return_types.slogdet)
    return where(sign == -1, float("nan"), logabs)


FUNCTIONS, METHODS = tables(__name__)
