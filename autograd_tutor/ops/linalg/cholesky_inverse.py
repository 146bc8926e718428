"""``torch.cholesky_inverse(L, upper=False)``: the inverse of ``A = L Lᵀ`` (``Uᵀ U`` when
``upper``) from its Cholesky factor, as LAPACK's potri computes it: ``L⁻ᵀ L⁻¹`` (``U⁻¹ U⁻ᵀ``).

From ``A⁻¹ = (L Lᵀ)⁻¹``: ``d(A⁻¹) = -A⁻¹ (dL Lᵀ + L dLᵀ) A⁻¹``, so
``grad_L = -A⁻¹ (grad + gradᵀ) A⁻¹ L`` (``-U A⁻¹ (grad + gradᵀ) A⁻¹`` when ``upper``).
"""
import numpy as np

from ...autograd.node import Node
from .._record import record, to_tensor
from .._registry import op, tables


class CholeskyInverseBackward0(Node):
    """Y = (L Lᵀ)⁻¹  ->  grad_L = -Y (grad + gradᵀ) Y L"""

    rule = "grad_L = -Y · (grad + gradᵀ) · Y · L   (Y = (L Lᵀ)⁻¹; -U · Y (grad + gradᵀ) Y when upper)"

    __slots__ = ()
    tensor_fields = ("self", "result")
    attr_fields = ("upper",)

    def backward(self, grad, factor, result):
        xp = self.xp
        common = xp.matmul(result, xp.matmul(grad + xp.swap_last(grad), result))
        if self._attrs[0]:
            return (-xp.matmul(factor, common),)
        return (-xp.matmul(common, factor),)


@op("cholesky_inverse")
def cholesky_inverse(input, upper=False, *, out=None):
    if out is not None:
        raise NotImplementedError("cholesky_inverse(): out= is not implemented in autograd_tutor")
    input = to_tensor(input)
    data = input._data
    if data.ndim < 2:
        raise RuntimeError("cholesky_inverse: The input tensor A must have at least 2 dimensions.")
    if data.shape[-1] != data.shape[-2]:
        raise RuntimeError("cholesky_inverse: A must be batches of square matrices, but they are "
                           f"{data.shape[-2]} by {data.shape[-1]} matrices")
    n = data.shape[-1]
    factor = np.triu(data) if upper else np.tril(data)
    identity = np.broadcast_to(np.eye(n, dtype=data.dtype), data.shape)
    inv_factor = np.linalg.solve(factor, identity)  # triangular, so exact up to rounding
    swapped = inv_factor.swapaxes(-1, -2)
    out = inv_factor @ swapped if upper else swapped @ inv_factor
    return record(CholeskyInverseBackward0, out.astype(data.dtype, copy=False), (input,), (input,), (upper,),
                  save_result=True)


FUNCTIONS, METHODS = tables(__name__)
