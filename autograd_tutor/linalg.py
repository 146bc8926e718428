"""``torch.linalg``: the vector norms and the matrix product a learner reaches for."""
from .ops.linalg.matmul import matmul
from .ops.reduce.norm import linalg_norm as norm, vector_norm

__all__ = ["matmul", "norm", "vector_norm"]
