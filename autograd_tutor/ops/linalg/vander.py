"""``torch.linalg.vander``: the Vandermonde matrix [1, x, x², ..., x^(N-1)] along a new last dim,
built as PyTorch builds it (a column of ones joined to the running product of x repeated), so
the graph reads CatBackward0 over CumprodBackward0 over ExpandBackward0 over UnsqueezeBackward0."""
import numpy as np

from ...tensor import Tensor
from .._record import to_tensor
from ..scan.cumprod_kron import cumprod
from ..shape.join import cat


def vander(x, *, N=None):
    x = to_tensor(x)
    n = N if N is not None else (x._data.shape[-1] if x._data.ndim else 1)
    if n <= 1 or x._data.ndim == 0:
        raise RuntimeError("N must be greater than 1.")
    ones = Tensor._make(np.ones(x._data.shape + (1,), dtype=x._data.dtype), False, None)
    powers = cumprod(x.unsqueeze(-1).expand(*x._data.shape, n - 1), -1)
    return cat([ones, powers], -1)
