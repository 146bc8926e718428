"""The matrix exponential: ``torch.linalg.matrix_exp`` / ``torch.matrix_exp`` / ``Tensor.matrix_exp``
(LinalgMatrixExpBackward0, saving the input).

Forward: scaling and squaring with a Taylor series (A / 2ˢ has norm at most ½, 24 terms, then s
squarings): within a few ulps of PyTorch's Padé approximant for the matrices a learner meets.
Backward (PyTorch's differential_analytic_matrix_function): the gradient is the upper-right
block of exp([[Aᵀ, grad], [0, Aᵀ]]), so the second derivative is again a matrix exponential.
"""
import numpy as np

from ...autograd.node import Node
from .._record import record, to_tensor
from .._registry import op, tables
from ._lapack import check_matrix


def expm_array(a):
    n = a.shape[-1]
    if a.size == 0:
        return np.array(a, copy=True)
    with np.errstate(all="ignore"):  # inf and nan come out silently, as in PyTorch
        norm = np.abs(a).sum(axis=-2).max()
        squarings = max(0, int(np.ceil(np.log2(norm / 0.5)))) if np.isfinite(norm) and norm > 0.5 else 0
        x = a / (2.0 ** squarings)
        term = np.broadcast_to(np.eye(n, dtype=a.dtype), a.shape).copy()
        total = term.copy()
        for k in range(1, 25):
            term = np.matmul(term, x) / k
            total = total + term
        for _ in range(squarings):
            total = np.matmul(total, total)
    return total.astype(a.dtype, copy=False)


class LinalgMatrixExpBackward0(Node):
    """exp(A)  ->  grad_A = the upper-right block of exp([[Aᵀ, grad], [0, Aᵀ]])"""

    rule = "grad_A = upper-right block of exp([[Aᵀ, grad], [0, Aᵀ]])   (the Fréchet derivative, transposed)"

    __slots__ = ()
    tensor_fields = ("self",)

    def backward(self, grad, a):
        xp = self.xp
        n = xp.data(a).shape[-1]
        a_t = xp.swap_last(a)
        top = xp.cat([a_t, grad], -1)
        bottom = xp.cat([xp.zeros_like(grad), a_t], -1)
        block = xp.cat([top, bottom], -2)
        big = expm_array(block) if isinstance(block, np.ndarray) else matrix_exp(block)
        return (xp.narrow(xp.narrow(big, -2, 0, n), -1, n, n),)


def matrix_exp(A):
    """``torch.linalg.matrix_exp``: exp(A) = I + A + A²/2! + ... of each square matrix."""
    A = to_tensor(A)
    check_matrix("linalg.matrix_exp", A)
    return record(LinalgMatrixExpBackward0, expm_array(A._data), (A,), (A,))


@op("matrix_exp")
def torch_matrix_exp(input):
    return matrix_exp(input)


FUNCTIONS, METHODS = tables(__name__)
