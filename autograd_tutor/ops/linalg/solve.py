"""Linear systems: ``torch.linalg.solve`` (``A X = B``, or ``X A = B`` with ``left=False``) and
``solve_ex``, batched and broadcast, with a vector ``B`` taken as one column as PyTorch takes it.

Differentiating ``A X = B``: ``A dX = dB - dA X``, so ``grad_B = A⁻ᵀ grad`` (one more solve, with
Aᵀ) and ``grad_A = -grad_B Xᵀ``; with ``left=False``, ``grad_B = grad A⁻ᵀ`` and
``grad_A = -Xᵀ grad_B``. Both are solves and products, so the second derivative records them.
"""
import numpy as np

from ... import return_types
from ..._dtypes import TYPE_NAME
from ...autograd.node import Node
from ...tensor import Tensor
from .._record import check_broadcastable, record
from ._lapack import _LinAlgError, check_floating, column_major, lu_factor, lu_solve, tensor_argument


class LinalgSolveExBackward0(Node):
    """A X = B  ->  grad_B = A⁻ᵀ grad,  grad_A = -grad_B Xᵀ"""

    rule = "grad_B = solve(Aᵀ, grad),  grad_A = -grad_B @ Xᵀ   (from A dX = dB - dA X)"

    __slots__ = ()
    _completed_after_record = True  # its op sets the node's shapes after record
    tensor_fields = ("A", "LU", "pivots", "result")
    attr_fields = ("left",)

    def backward(self, grad, A, lu, pivots, result):
        xp = self.xp
        (left,) = self._attrs
        a_shape, b_shape = self._shapes
        vector = _vector_case(a_shape, b_shape)
        if vector:
            grad, result = xp.unsqueeze(grad, -1), xp.unsqueeze(result, -1)
        if left:
            grad_b = xp.solve(xp.swap_last(A), grad)
            grad_a = -xp.matmul(grad_b, xp.swap_last(result)) if self.needs(0) else None
        else:
            grad_b = xp.swap_last(xp.solve(A, xp.swap_last(grad)))
            grad_a = -xp.matmul(xp.swap_last(result), grad_b) if self.needs(0) else None
        if vector:
            grad_b = xp.squeeze(grad_b, -1)
        return (xp.sum_to(grad_a, a_shape) if grad_a is not None else None,
                xp.sum_to(grad_b, b_shape) if self.needs(1) else None)


def _vector_case(a_shape, b_shape):
    """PyTorch's rule: B is a vector when 1-D, or when it is A's batch of rows without columns."""
    return len(b_shape) == 1 or (len(b_shape) == len(a_shape) - 1 and tuple(b_shape) == tuple(a_shape[:-1]))


def _check(A, B, left):
    a, b = A._data, B._data
    if a.ndim < 2:
        raise RuntimeError("linalg.solve: The input tensor A must have at least 2 dimensions.")
    check_floating_but_half(A)
    if a.dtype != b.dtype:
        raise RuntimeError("linalg.solve: Expected A and B to have the same dtype, but found A of type "
                           f"{TYPE_NAME[A.dtype.name]} and B of type {TYPE_NAME[B.dtype.name]} instead")
    if a.shape[-1] != a.shape[-2]:
        raise RuntimeError(f"linalg.solve: A must be batches of square matrices, but they are "
                           f"{a.shape[-2]} by {a.shape[-1]} matrices")
    vector = _vector_case(a.shape, b.shape)
    if not vector and b.ndim < 2:
        raise RuntimeError("linalg.solve: The input tensor B must have at least 2 dimensions.")
    matrix = b.reshape(b.shape + (1,)) if vector else b
    if a.shape[-1] != (matrix.shape[-2] if left else matrix.shape[-1]):
        equation = "AX = B" if left else "XA = B"
        raise RuntimeError(f"linalg.solve: Incompatible shapes of A and B for the equation {equation} "
                           f"({a.shape[-2]}x{a.shape[-1]} and {matrix.shape[-2]}x{matrix.shape[-1]})")
    check_broadcastable(matrix.shape[:-2], a.shape[:-2])  # torch names B first
    return vector, matrix


def check_floating_but_half(A):
    if A._data.dtype == np.float16:
        raise NotImplementedError('"lu_cpu" not implemented for \'Half\'')
    check_floating("linalg.solve", A)


def _solve_ex(A, B, left, check_errors, name):
    vector, matrix = _check(A, B, left)
    a = A._data
    system = matrix if left else matrix.swapaxes(-1, -2)
    factored = a if left else a.swapaxes(-1, -2)
    if a.shape[-1] == 0 or a.size == 0 or system.size == 0:
        lu, pivots, info = np.array(a, copy=True), np.zeros(a.shape[:-1], dtype=np.int32), np.zeros(
            a.shape[:-2], dtype=np.int32)
        batch = np.broadcast_shapes(a.shape[:-2], system.shape[:-2])
        x = np.zeros(batch + system.shape[-2:], dtype=a.dtype)
    else:
        lu, pivots, info = lu_factor(a)
        if info.any() and check_errors:
            infos = info.reshape(-1)
            where = f"(Batch element {int(np.flatnonzero(infos)[0])}): " if a.ndim > 2 else ""
            raise _LinAlgError(f"{name}: {where}The solver failed because the input matrix is singular.")
        if info.any():
            factors = lu_factor(factored)
            x = lu_solve(factors[0], factors[1], system)
        else:
            x = np.linalg.solve(factored, np.broadcast_to(system, np.broadcast_shapes(
                factored.shape[:-2], system.shape[:-2]) + system.shape[-2:]))
    if not left:
        x = x.swapaxes(-1, -2)
    if vector:
        x = x[..., 0]
    x = column_major(np.asarray(x, dtype=a.dtype))
    saved = (A, Tensor._make(lu, False, None), Tensor._make(pivots, False, None))
    result = record(LinalgSolveExBackward0, x, (A, B), saved, (left,), save_result=True)
    if result._grad_fn is not None:
        result._grad_fn._shapes = (a.shape, B._data.shape)
    return result, Tensor._make(np.asarray(info, dtype=np.int32), False, None)


def solve(A, B, *, left=True, out=None):
    """``torch.linalg.solve``: X with ``A @ X = B`` (``X @ A = B`` when ``left=False``)."""
    tensor_argument("linalg_solve", "A", 1, A)
    tensor_argument("linalg_solve", "B", 2, B)
    return _solve_ex(A, B, left, True, "torch.linalg.solve")[0]


def solve_ex(A, B, *, left=True, check_errors=False, out=None):
    """``torch.linalg.solve_ex``: ``(result, info)``, info 0 where the matrix was invertible."""
    tensor_argument("linalg_solve_ex", "A", 1, A)
    tensor_argument("linalg_solve_ex", "B", 2, B)
    return return_types.linalg_solve_ex(*_solve_ex(A, B, left, check_errors, "torch.linalg.solve_ex"))
