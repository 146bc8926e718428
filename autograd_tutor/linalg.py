"""``torch.linalg``: norms, products, inverses, determinants and linear systems."""
from .ops.linalg._lapack import _LinAlgError as LinAlgError
from .ops.linalg.determinant import det, slogdet
from .ops.linalg.inverse import inv, inv_ex
from .ops.linalg.matmul import matmul
from .ops.linalg.solve import solve, solve_ex
from .ops.reduce.norm import linalg_norm as norm, vector_norm

__all__ = ["LinAlgError", "det", "inv", "inv_ex", "matmul", "norm", "slogdet", "solve", "solve_ex", "vector_norm"]
