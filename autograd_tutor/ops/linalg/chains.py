"""Chains of matrix products, built from ``matmul``/``mm`` exactly as PyTorch builds them, so the
graph shows the same nodes: ``torch.linalg.matrix_power`` (squaring, ``A⁻¹`` first for a
negative power) and ``torch.linalg.multi_dot`` (the cheapest order of the products, then a view).
"""
import numpy as np

from ..._dtypes import CPP_NAME
from ...tensor import Tensor
from .._registry import op, tables
from ..shape.view import clone
from ._lapack import check_matrix_shape, tensor_argument
from .inverse import inv
from .matmul import matmul, mm


def matrix_power(A, n, *, out=None):
    """``torch.linalg.matrix_power``: Aⁿ by repeated squaring (n < 0: the power of A⁻¹)."""
    tensor_argument("linalg_matrix_power", "A", 1, A)
    check_matrix_shape("linalg.matrix_power", A)
    if n == 0:  # PyTorch copies the identity into a clone of A (CopyBackwards over CloneBackward0)
        eye = np.broadcast_to(np.eye(A._data.shape[-1], dtype=A._data.dtype), A._data.shape)
        return clone(A).copy_(Tensor._make(np.array(eye), False, None))
    if n == -1:
        return inv(A)
    if n < 0:
        A, n = inv(A), -n
    if n == 1:
        return clone(A)
    if n == 2:
        return matmul(A, A)
    if n == 3:
        return matmul(matmul(A, A), A)
    z = result = None
    while n > 0:
        bit, n = n % 2, n // 2
        z = A if z is None else matmul(z, z)
        if bit:
            result = z if result is None else matmul(result, z)
    return result


@op("matrix_power")
def torch_matrix_power(input, n):
    return matrix_power(input, n)


def multi_dot(tensors, *, out=None):
    """``torch.linalg.multi_dot``: the product of the matrices (the first and last may be vectors),
    multiplied in the order that costs fewest scalar products."""
    tensors = list(tensors)
    if len(tensors) < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {len(tensors)}")
    first, last = tensors[0]._data.ndim, tensors[-1]._data.ndim
    if first not in (1, 2):
        raise RuntimeError(f"multi_dot(): the first tensor must be 1D or 2D but got {first}D")
    if last not in (1, 2):
        raise RuntimeError(f"multi_dot(): the last tensor must be 1D or 2D but got {last}D")
    for i, t in enumerate(tensors[1:-1], start=1):
        if t._data.ndim != 2:
            raise RuntimeError(f"multi_dot(): tensor {i} must be 2D but got {t._data.ndim}D")
    if first == 1:
        tensors[0] = tensors[0].unsqueeze(0)
    if last == 1:
        tensors[-1] = tensors[-1].unsqueeze(-1)
    dtype = tensors[0]._data.dtype
    for i, t in enumerate(tensors[1:], start=1):
        if t._data.dtype != dtype:
            raise RuntimeError(f"multi_dot(): all tensors must have be the same dtype but tensor 0 is "
                               f"{CPP_NAME[tensors[0].dtype.name]} and tensor {i} {CPP_NAME[t.dtype.name]}")
        if tensors[i - 1]._data.shape[1] != t._data.shape[0]:
            raise RuntimeError(f"multi_dot(): tensors {i - 1} and {i} with shapes "
                               f"{list(tensors[i - 1]._data.shape)} and {list(t._data.shape)} cannot be multiplied")
    result = _chain(tensors)
    shape = ([] if first == 1 else [tensors[0]._data.shape[0]]) + ([] if last == 1 else [tensors[-1]._data.shape[1]])
    return result.view(shape)


def _chain(ts):
    if len(ts) == 2:
        return mm(ts[0], ts[1])
    if len(ts) == 3:
        a, b = ts[0]._data.shape
        c, d = ts[2]._data.shape
        if a * c * (b + d) > b * d * (a + c):
            return mm(ts[0], mm(ts[1], ts[2]))
        return mm(mm(ts[0], ts[1]), ts[2])
    dims = [t._data.shape[0] for t in ts] + [ts[-1]._data.shape[1]]
    n = len(ts)
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):  # the classic matrix-chain order, the first cheapest split kept
        for i in range(n - length):
            j = i + length
            cost[i][j] = None
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if cost[i][j] is None or c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def product(i, j):
        if i == j:
            return ts[i]
        k = split[i][j]
        return mm(product(i, k), product(k + 1, j))

    return product(0, n - 1)


FUNCTIONS, METHODS = tables(__name__)
