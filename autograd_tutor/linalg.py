"""``torch.linalg``: the vector norms and the matrix product a learner reaches for."""
from .ops.linalg import matmul
from .ops.norm import linalg_norm as norm
from .ops.norm import vector_norm

__all__ = ["matmul", "norm", "vector_norm"]
