"""``torch.linalg.solve_triangular``: A X = B (or X A = B) with A triangular, only its ``upper``
or lower triangle read (a unit diagonal assumed when ``unitriangular``).
LinalgSolveTriangularBackward0: ``grad_B`` solves with Aᵀ (the other triangle), and
``grad_A = -grad_B Xᵀ`` (``-Xᵀ grad_B`` when ``left=False``) kept to A's triangle."""
import numpy as np

from ..._dtypes import from_numpy_dtype
from ...autograd.node import Node
from .._record import check_broadcastable, record, to_tensor
from ._lapack import column_major


def _triangle(a, upper, unitriangular):
    t = np.triu(a) if upper else np.tril(a)
    if unitriangular:
        t = t - t * np.eye(a.shape[-1], dtype=a.dtype) + np.eye(a.shape[-1], dtype=a.dtype)
    return t


class LinalgSolveTriangularBackward0(Node):
    """A X = B, A triangular  ->  grad_B = A⁻ᵀ grad,  grad_A = triangle(-grad_B Xᵀ)"""

    rule = "grad_B = solve(Aᵀ, grad),  grad_A = -grad_B Xᵀ kept to A's triangle"

    __slots__ = ()
    _completed_after_record = True  # its op sets the node's shapes after record
    tensor_fields = ("self", "result")
    attr_fields = ("left", "unitriangular", "upper")

    def backward(self, grad, a, result):
        xp = self.xp
        left, unit, upper = self._attrs
        tri = _recorded_triangle(xp, a, upper, unit)
        if left:
            grad_b = xp.solve(xp.swap_last(tri), grad)
            grad_a = -xp.matmul(grad_b, xp.swap_last(result))
        else:
            grad_b = xp.swap_last(xp.solve(tri, xp.swap_last(grad)))
            grad_a = -xp.matmul(xp.swap_last(result), grad_b)
        if self.needs(0):
            grad_a = xp.triu(grad_a, 1 if unit else 0) if upper else xp.tril(grad_a, -1 if unit else 0)
            grad_a = xp.sum_to(grad_a, xp.data(a).shape)
        else:
            grad_a = None
        return grad_a, (xp.sum_to(grad_b, self._b_shape) if self.needs(1) else None)


def _recorded_triangle(xp, a, upper, unit):
    t = xp.triu(a, 1 if unit else 0) if upper else xp.tril(a, -1 if unit else 0)
    if unit:
        n = xp.data(a).shape[-1]
        t = t + xp.const(t, np.eye(n))
    return t


def solve_triangular(A, B, *, upper, left=True, unitriangular=False, out=None):
    """``torch.linalg.solve_triangular``."""
    A, B = to_tensor(A), to_tensor(B)
    a, b = A._data, B._data
    name = "linalg.solve_triangular"
    if a.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor A must have at least 2 dimensions.")
    if b.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor B must have at least 2 dimensions.")
    if a.shape[-1] != a.shape[-2]:
        raise RuntimeError(f"{name}: A must be batches of square matrices, but they are {a.shape[-2]} by "
                           f"{a.shape[-1]} matrices")
    if a.shape[-1] != (b.shape[-2] if left else b.shape[-1]):
        raise RuntimeError(f"{name}: Incompatible shapes of A and B for the equation {'AX = B' if left else 'XA = B'}"
                           f" ({a.shape[-2]}x{a.shape[-1]} and {b.shape[-2]}x{b.shape[-1]})")
    dtype = a.dtype if a.dtype.kind == b.dtype.kind == "f" else np.result_type(a.dtype, b.dtype)  # as PyTorch: A's
    if dtype.kind != "f" or dtype == np.float16:
        raise NotImplementedError(f'"triangular_solve_cpu" not implemented for \'{from_numpy_dtype(dtype).name.title()}\''
                                  if dtype.kind == "f" else
                                  f'"triangular_solve_cpu" not implemented for \'{_TYPE[dtype.name]}\'')
    check_broadcastable(a.shape[:-2], b.shape[:-2])
    A_ = A if a.dtype == dtype else A.to(from_numpy_dtype(dtype))
    B_ = B if b.dtype == dtype else B.to(from_numpy_dtype(dtype))
    tri = _triangle(A_._data, upper, unitriangular)
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    if left:
        x = np.linalg.solve(np.broadcast_to(tri, batch + tri.shape[-2:]), np.broadcast_to(B_._data, batch + b.shape[-2:]))
    else:
        x = np.linalg.solve(np.broadcast_to(tri.swapaxes(-1, -2), batch + tri.shape[-2:]),
                            np.broadcast_to(B_._data.swapaxes(-1, -2), batch + b.shape[-1:] + b.shape[-2:-1]))
        x = x.swapaxes(-1, -2)
    result = record(LinalgSolveTriangularBackward0, column_major(np.asarray(x, dtype=dtype)), (A_, B_), (A_,),
                    (left, unitriangular, upper), save_result=True)
    if result._grad_fn is not None:
        result._grad_fn._b_shape = b.shape
    return result


_TYPE = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}
