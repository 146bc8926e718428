"""Norms of matrices, built as PyTorch builds them so the same nodes appear:
``torch.linalg.matrix_norm`` ('fro': a vector 2-norm over both dims; 'nuc': the sum of the
singular values; ±2: their largest / smallest; ±1 and ±inf: the largest / smallest column or
row sum of magnitudes), ``torch.linalg.norm`` (vector or matrix norm by ``ord`` and ``dim``),
``torch.linalg.cond`` (the 2-norm condition number from the singular values) and
``torch.linalg.matrix_rank`` (singular values above a tolerance)."""
import math

import numpy as np

from ...tensor import Tensor
from .. import _dims
from .._record import to_tensor, wrap_dim
from ..reduce.norm import vector_norm
from ._lapack import check_floating
from .eigh import eigvalsh
from .svd import svdvals

_MATRIX_ORDS = ("fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf)


def _backshift(d0, d1, ndim):
    """The permutation moving dims d0, d1 to the end (PyTorch's create_dim_backshift_permutation)."""
    return [i for i in range(ndim) if i not in (d0, d1)] + [d0, d1]


def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    """``torch.linalg.matrix_norm``."""
    A = to_tensor(A)
    if A._data.ndim < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    check_floating("linalg.matrix_norm", A) if A._data.dtype.kind != "f" else None
    if ord not in _MATRIX_ORDS:
        shown = ord if isinstance(ord, str) else (int(ord) if float(ord).is_integer() else ord)
        raise RuntimeError(f"linalg.matrix_norm: Order {shown} not supported.")
    d0, d1 = (wrap_dim(d, A._data.ndim) for d in dim)
    if d0 == d1:
        raise RuntimeError(f"linalg.matrix_norm: dims must be different. Got ({dim[0]}, {dim[1]})")
    if dtype is not None:
        A = A.to(dtype)
    if ord == "fro":
        return vector_norm(A, 2, (d0, d1), keepdim)  # PyTorch saves the dims wrapped, the order an int
    if ord in ("nuc", 2, -2):
        order = _backshift(d0, d1, A._data.ndim)
        values = svdvals(A.permute(*order))  # recorded even when it changes nothing, as PyTorch does
        if ord == "nuc":
            result = values.sum(-1, keepdim)
        else:
            result = values.amax(-1, keepdim) if ord > 0 else values.amin(-1, keepdim)
        if keepdim:
            result = result.unsqueeze(-1).permute(*np.argsort(order).tolist())
        return result
    first, second = (d1, d0) if abs(ord) == math.inf else (d0, d1)
    if not keepdim and first < second:
        second -= 1
    sums = vector_norm(A, 1.0, (first,), keepdim)
    return sums.amax(second, keepdim) if ord > 0 else sums.amin(second, keepdim)


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    """``torch.linalg.norm``: a matrix norm for a 2-D input with ``ord`` (or a 2-tuple ``dim``),
    a vector norm otherwise."""
    A = to_tensor(A)
    if ord is None:  # the 2-norm of the entries over dim (Frobenius for two dims), as one vector norm
        return vector_norm(A, 2.0, dim, keepdim, dtype=dtype)
    if dim is not None:
        dims = _dims.as_tuple(dim)
        if len(dims) == 2:
            return matrix_norm(A, ord, dims, keepdim, dtype=dtype)
        return vector_norm(A, ord, dim, keepdim, dtype=dtype)
    ndim = A._data.ndim
    if ndim not in (1, 2):
        raise RuntimeError(f"linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got {ndim}D.")
    if ndim == 2:
        return matrix_norm(A, ord, (-2, -1), keepdim, dtype=dtype)
    return vector_norm(A, ord, None, keepdim, dtype=dtype)


def cond(A, p=None, *, out=None):
    """``torch.linalg.cond`` for the 2-norm (``p`` None, 2 or -2): a ratio of singular values."""
    A = to_tensor(A)
    if p not in (None, 2, -2):
        raise NotImplementedError(f"linalg.cond with p={p!r} is not implemented in autograd_tutor (p=None, 2 or -2 "
                                  "are)")
    values = svdvals(A)
    largest, smallest = values.narrow(-1, 0, 1), values.narrow(-1, -1, 1)
    return (largest / smallest if p != -2 else smallest / largest).squeeze(-1)


def matrix_rank(A, tol=None, hermitian=False, *, atol=None, rtol=None, out=None):
    """``torch.linalg.matrix_rank``: how many singular values exceed max(atol, rtol · the largest)."""
    A = to_tensor(A)
    if A._data.dtype.kind != "f" or A._data.dtype == np.float16:
        raise RuntimeError("This function doesn't handle types other than float and double")
    if tol is not None:
        atol = tol
    data = A._data
    if data.ndim < 2:
        raise RuntimeError("linalg.matrix_rank: The input tensor input must have at least 2 dimensions.")
    values = np.abs(eigvalsh(A.detach())._data) if hermitian else svdvals(A.detach())._data
    m, n = data.shape[-2:]
    if rtol is None:
        rtol = 0.0 if atol is not None and atol > 0 else np.finfo(data.dtype).eps * max(m, n)
    atol = 0.0 if atol is None else atol
    largest = values.max(axis=-1, keepdims=True) if values.shape[-1] else np.zeros(values.shape[:-1] + (1,))
    threshold = np.maximum(atol, rtol * largest)
    return Tensor._make(np.asarray((values > threshold).sum(axis=-1), dtype=np.int64), False, None)
