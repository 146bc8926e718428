"""The matrix inverse: ``torch.linalg.inv``, ``inv_ex``, ``torch.inverse`` / ``Tensor.inverse``.

PyTorch computes every one as ``linalg_inv_ex`` (one node, LinalgInvExBackward0, saving the
inverse). Since ``d(A⁻¹) = -A⁻¹ dA A⁻¹``, the gradient is ``-A⁻ᵀ grad A⁻ᵀ``: products of the saved
inverse only, so the second derivative comes from recording those products.
"""
import numpy as np

from ... import return_types
from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record, to_tensor
from .._registry import op, tables
from ._lapack import _LinAlgError, check_matrix, column_major, lu_factor, lu_solve, singular_message, tensor_argument


class LinalgInvExBackward0(Node):
    """inverse = A⁻¹  ->  grad_A = -inverseᵀ @ grad @ inverseᵀ"""

    rule = "grad_A = -inverseᵀ @ grad @ inverseᵀ   (d(A⁻¹) = -A⁻¹ dA A⁻¹)"

    __slots__ = ()
    tensor_fields = ("inverse",)

    def backward(self, grad, inverse):
        xp = self.xp
        inverse_t = xp.swap_last(inverse)
        return (-xp.matmul(inverse_t, xp.matmul(grad, inverse_t)),)


def inverse_arrays(data, name, check_errors):
    """``(A⁻¹, info)`` of a batch of square matrices; a singular one raises when ``check_errors``
    (with LAPACK's infinities otherwise, as ``inv_ex`` returns them)."""
    n = data.shape[-1]
    if n == 0 or data.size == 0:
        return np.array(data, copy=True), np.zeros(data.shape[:-2], dtype=np.int32)
    lu, pivots, info = lu_factor(data)
    if info.any():
        if check_errors:
            raise _LinAlgError(singular_message(name, info, data.ndim > 2))
        return lu_solve(lu, pivots, np.broadcast_to(np.eye(n, dtype=data.dtype), data.shape)), info
    return np.linalg.inv(data), info


def _inv_ex(A, name, check_errors):
    A = to_tensor(A)
    check_matrix(name, A)
    inv, info = inverse_arrays(A._data, name, check_errors)
    return record(LinalgInvExBackward0, column_major(inv), (A,), save_result=True), Tensor._make(info, False, None)


def inv(A, *, out=None):
    """``torch.linalg.inv``: the inverse of each square matrix of ``A`` (batched)."""
    tensor_argument("linalg_inv", "A", 1, A)
    return _inv_ex(A, "linalg.inv", True)[0]


def inv_ex(A, *, check_errors=False, out=None):
    """``torch.linalg.inv_ex``: ``(inverse, info)``; info is LAPACK's, 0 for an invertible matrix."""
    tensor_argument("linalg_inv_ex", "A", 1, A)
    return return_types.linalg_inv_ex(*_inv_ex(A, "linalg.inv_ex", check_errors))


@op("inverse")
def inverse(input, *, out=None):
    return _inv_ex(input, "linalg.inv", True)[0]


FUNCTIONS, METHODS = tables(__name__)
