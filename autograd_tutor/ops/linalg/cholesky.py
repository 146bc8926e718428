"""The Cholesky factor: ``torch.linalg.cholesky`` / ``cholesky_ex`` (LinalgCholeskyExBackward0,
saving the factor as ``L`` even when ``upper=True`` returns ``Lᴴ``) and the deprecated
``torch.cholesky`` (CholeskyBackward0, saving ``result``). Only the lower triangle of A is read,
as LAPACK's potrf reads it.

From ``A = L Lᵀ``: ``Lᵀ dL`` has the lower triangle ``Φ(L⁻¹ dA L⁻ᵀ)`` (the diagonal halved), so
``grad_A = L⁻ᵀ Φ*(Lᵀ grad) L⁻¹`` with ``Φ*(X) = ½(tril(X) + tril(X, -1)ᵀ)``: two triangular
solves (here general solves, which the second derivative records).
"""
import numpy as np

from ... import return_types
from ..._warn_once import warn_once
from ...autograd.node import Node
from ...tensor import Tensor
from .._record import record, to_tensor
from .._registry import op, tables
from ._lapack import _LinAlgError, check_matrix, column_major, tensor_argument

_DEPRECATED = (
    "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch "
    "release.\nL = torch.cholesky(A)\nshould be replaced with\nL = torch.linalg.cholesky(A)\nand\n"
    "U = torch.cholesky(A, upper=True)\nshould be replaced with\nU = torch.linalg.cholesky(A).mH\n"
    "This transform will produce equivalent results for all valid (symmetric positive definite) inputs. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:1765.)"
)


def cholesky_backward(xp, grad, upper, factor):
    """PyTorch's cholesky_backward: ``L⁻ᵀ Φ*(Lᵀ grad) L⁻¹`` (``factor`` is Lᵀ when ``upper``)."""
    if upper:
        factor, grad = xp.swap_last(factor), xp.swap_last(grad)
    lower_t = xp.swap_last(factor)
    g = xp.tril(xp.matmul(lower_t, grad), 0)
    g = xp.times(g + xp.swap_last(xp.tril(g, -1)), 0.5)
    g = xp.solve(lower_t, g)  # Lᵀ X = g
    return xp.swap_last(xp.solve(lower_t, xp.swap_last(g)))  # Y L = X


class LinalgCholeskyExBackward0(Node):
    """A = L Lᵀ  ->  grad_A = L⁻ᵀ Φ(Lᵀ grad) L⁻¹   (Φ: lower triangle, diagonal halved, symmetrised)"""

    rule = "grad_A = L⁻ᵀ · ½(tril(Lᵀ grad) + tril(Lᵀ grad, -1)ᵀ) · L⁻¹"

    __slots__ = ()
    tensor_fields = ("L",)
    attr_fields = ("upper",)

    def backward(self, grad, factor):
        return (cholesky_backward(self.xp, grad, self._attrs[0], factor),)


class CholeskyBackward0(LinalgCholeskyExBackward0):
    """torch.cholesky (deprecated): the same formula, the factor saved as ``result``"""

    rule = LinalgCholeskyExBackward0.rule

    __slots__ = ()
    forward_ad_refused = "cholesky"  # PyTorch has no forward formula for the deprecated torch.cholesky
    tensor_fields = ("result",)


def _factor(A, name, upper, check_errors):
    check_matrix(name, A)
    data = A._data
    n = data.shape[-1]
    info = np.zeros(data.shape[:-2], dtype=np.int32)
    lower = np.tril(data)
    if n == 0 or data.size == 0:
        L = np.array(lower, copy=True)
    else:
        L, info = _potrf(lower)
    if info.any() and check_errors:
        infos = info.reshape(-1)
        first = int(np.flatnonzero(infos)[0])
        where = f"(Batch element {first}): " if data.ndim > 2 else ""
        raise _LinAlgError(f"{name}: {where}The factorization could not be completed because the input is not "
                           f"positive-definite (the leading minor of order {int(infos[first])} is not "
                           "positive-definite).")
    L = column_major(L.swapaxes(-1, -2) if upper else L)
    return L, info


def _potrf(lower):
    """LAPACK's potrf, column by column over the batch: the factor, and ``info`` (the order of the
    first leading minor that is not positive-definite; the factor stops there, as LAPACK's does)."""
    L = np.array(lower, copy=True)
    n = L.shape[-1]
    flat = L.reshape((-1, n, n))
    info = np.zeros(flat.shape[0], dtype=np.int32)
    for k in range(n):
        live = info == 0
        pivot = flat[:, k, k] - np.einsum("bj,bj->b", flat[:, k, :k], flat[:, k, :k])
        failed = live & ~(pivot > 0)
        info[failed] = k + 1
        flat[failed, k, k] = pivot[failed]
        ok = live & ~failed
        root = np.sqrt(np.where(ok, pivot, 1))
        flat[ok, k, k] = root[ok]
        below = flat[:, k + 1:, k] - np.einsum("bij,bj->bi", flat[:, k + 1:, :k], flat[:, k, :k])
        flat[ok, k + 1:, k] = (below / root[:, None])[ok]
    return L, info.reshape(lower.shape[:-2])


def cholesky(A, *, upper=False, out=None):
    """``torch.linalg.cholesky``: L with ``A = L Lᴴ`` (``Lᴴ`` when ``upper``)."""
    A = to_tensor(tensor_argument("linalg_cholesky", "A", 1, A))
    L, _ = _factor(A, "linalg.cholesky", upper, True)
    return record(LinalgCholeskyExBackward0, L, (A,), (), (upper,), save_result=True)


def cholesky_ex(A, *, upper=False, check_errors=False, out=None):
    """``torch.linalg.cholesky_ex``: ``(L, info)``, info the order of the first failing minor (0: none)."""
    A = to_tensor(tensor_argument("linalg_cholesky_ex", "A", 1, A))
    L, info = _factor(A, "linalg.cholesky_ex", upper, check_errors)
    return return_types.linalg_cholesky_ex(record(LinalgCholeskyExBackward0, L, (A,), (), (upper,), save_result=True),
                                           Tensor._make(info, False, None))


@op("cholesky")
def torch_cholesky(input, upper=False, *, out=None):
    warn_once(_DEPRECATED)
    input = to_tensor(input)
    L, _ = _factor(input, "cholesky", upper, True)
    return record(CholeskyBackward0, L, (input,), (), (upper,), save_result=True)


FUNCTIONS, METHODS = tables(__name__)
