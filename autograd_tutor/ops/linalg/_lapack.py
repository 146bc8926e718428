"""Shared pieces of the matrix functions (inv, det, solve...): PyTorch's argument checks and
errors, and the LU factorisation PyTorch saves for their backward.

The forward results come from NumPy's LAPACK; the LU factors and pivots are computed here
(partial pivoting, the largest magnitude in the column, as LAPACK's getrf picks it), because
PyTorch shows them as saved fields (``_saved_LU``, ``_saved_pivots``) and its backward formulas
solve with them. Two LAPACK builds may differ in the last bits.
"""
import numpy as np

from ..._dtypes import TYPE_NAME
from ...tensor import Tensor


class _LinAlgError(RuntimeError):
    """``torch.linalg.LinAlgError``: a matrix function failed on its values (a singular matrix)."""


def tensor_argument(function, name, position, x):
    """PyTorch's TypeError for an argument that is not a tensor (``linalg_inv(): argument 'A'...``)."""
    if not isinstance(x, Tensor):
        raise TypeError(f"{function}(): argument '{name}' (position {position}) must be Tensor, "
                        f"not {type(x).__name__}")
    return x


def check_matrix(name, t, arg="A"):
    """PyTorch's checks of a batch of square matrices, in its order and words."""
    data = t._data
    if data.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor {arg} must have at least 2 dimensions.")
    check_floating(name, t)
    if data.shape[-1] != data.shape[-2]:
        raise RuntimeError(f"{name}: {arg} must be batches of square matrices, but they are "
                           f"{data.shape[-2]} by {data.shape[-1]} matrices")


def check_matrix_shape(name, t, arg="A"):
    """The dimension and squareness checks alone (for ops that accept integer matrices)."""
    data = t._data
    if data.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor {arg} must have at least 2 dimensions.")
    if data.shape[-1] != data.shape[-2]:
        raise RuntimeError(f"{name}: {arg} must be batches of square matrices, but they are "
                           f"{data.shape[-2]} by {data.shape[-1]} matrices")


def check_floating(name, t):
    kind = t._data.dtype
    if kind == np.float16:
        raise RuntimeError(f"{name}: Low precision dtypes not supported. Got Half")
    if kind.kind != "f":
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. "
                           f"Got {TYPE_NAME[t.dtype.name]}")


def column_major(x):
    """``x`` with each matrix laid out column by column, as LAPACK writes PyTorch's results (their
    ``stride()`` is ``(1, n)``, which the nodes of later products save)."""
    return np.ascontiguousarray(x.swapaxes(-1, -2)).swapaxes(-1, -2) if x.ndim >= 2 else x


def lu_factor(a):
    """``(LU, pivots, info)`` of a batch of square matrices: L below the diagonal (unit diagonal
    implied), U on and above it; ``pivots`` 1-based int32 as LAPACK gives them; ``info`` the
    1-based index of the first zero on U's diagonal (0 when there is none)."""
    lu = np.array(a, copy=True)
    n = lu.shape[-1]
    batch = lu.shape[:-2]
    pivots = np.zeros(batch + (n,), dtype=np.int32)
    info = np.zeros(batch, dtype=np.int32)
    flat = lu.reshape((-1, n, n))
    flat_piv = pivots.reshape((-1, n))
    flat_info = info.reshape(-1)
    rows = np.arange(flat.shape[0])
    for k in range(n):
        p = k + np.argmax(np.abs(flat[:, k:, k]), axis=1)
        flat_piv[:, k] = p + 1
        top, chosen = flat[rows, k].copy(), flat[rows, p].copy()
        flat[rows, k], flat[rows, p] = chosen, top
        pivot = flat[:, k, k]
        zero = pivot == 0
        flat_info[(flat_info == 0) & zero] = k + 1
        safe = np.where(zero, 1, pivot)
        factors = np.where(zero[:, None], 0, flat[:, k + 1:, k] / safe[:, None])  # LAPACK skips a zero column
        flat[:, k + 1:, k] = factors
        flat[:, k + 1:, k + 1:] -= factors[:, :, None] * flat[:, k, None, k + 1:]
    return flat.reshape(lu.shape), pivots, info


def lu_solve(lu, pivots, b):
    """Solves ``A X = B`` with ``A``'s LU factors (``b``: a batch of matrices broadcastable with
    ``lu``). A zero pivot divides by zero (inf/nan), as LAPACK's getrs does."""
    n = lu.shape[-1]
    batch = np.broadcast_shapes(lu.shape[:-2], b.shape[:-2])
    x = np.array(np.broadcast_to(b, batch + b.shape[-2:]), dtype=np.result_type(lu, b), copy=True)
    piv = np.broadcast_to(pivots, batch + (n,)) - 1
    lu = np.broadcast_to(lu, batch + (n, n))
    index = np.indices(batch)
    with np.errstate(divide="ignore", invalid="ignore"):
        for k in range(n):  # the row interchanges, in order
            p = piv[..., k]
            top, chosen = x[..., k, :].copy(), x[(*index, p)].copy()
            x[..., k, :] = chosen
            x[(*index, p)] = top
        for k in range(n):  # L y = P b (unit diagonal)
            x[..., k + 1:, :] -= lu[..., k + 1:, k, None] * x[..., k, None, :]
        for k in reversed(range(n)):  # U x = y
            x[..., k, :] /= lu[..., k, k, None]
            x[..., :k, :] -= lu[..., :k, k, None] * x[..., k, None, :]
    return x


def singular_message(name, info, batched):
    """PyTorch's words for the first singular matrix of a batch (``info``: getrf's infos)."""
    infos = np.asarray(info).reshape(-1)
    first = int(np.flatnonzero(infos)[0])
    where = f"(Batch element {first}): " if batched else ""
    return (f"{name}: {where}The diagonal element {int(infos[first])} is zero, the inversion could not be "
            "completed because the input matrix is singular.")
