"""``torch.linalg``: norms, products, inverses, determinants, factorisations and linear systems."""
from .ops.linalg._lapack import _LinAlgError as LinAlgError
from .ops.linalg.chains import matrix_power, multi_dot
from .ops.linalg.cholesky import cholesky, cholesky_ex
from .ops.linalg.determinant import det, slogdet
from .ops.linalg.eigh import eigh, eigvalsh
from .ops.linalg.inverse import inv, inv_ex
from .ops.linalg.matmul import matmul
from .ops.linalg.matrix_exp import matrix_exp
from .ops.linalg.matrix_norms import cond, matrix_norm, matrix_rank, norm
from .ops.linalg.pinv import lstsq, pinv
from .ops.linalg.qr import qr
from .ops.linalg.solve import solve, solve_ex
from .ops.linalg.solve_triangular import solve_triangular
from .ops.linalg.svd import svd, svdvals
from .ops.linalg.vander import vander
from .ops.linalg.vector_products import cross, vecdot
from .ops.reduce.norm import vector_norm
from .ops.shape.diagonal import diagonal as _diagonal


def diagonal(A, *, offset=0, dim1=-2, dim2=-1):
    """``torch.linalg.diagonal``: torch.diagonal with the last two dims by default."""
    return _diagonal(A, offset, dim1, dim2)


__all__ = ["LinAlgError", "cholesky", "cholesky_ex", "cond", "cross", "det", "diagonal", "eigh", "eigvalsh", "inv", "inv_ex",
           "lstsq", "matmul", "matrix_exp", "matrix_norm", "matrix_power", "matrix_rank", "multi_dot", "norm", "pinv", "qr",
           "slogdet", "solve", "solve_ex", "solve_triangular", "svd", "svdvals", "vander", "vecdot", "vector_norm"]


def __getattr__(name):  # only for a name not found: PyTorch's words, and whether PyTorch has it
    import sys

    from ._missing import missing_attribute

    raise missing_attribute("torch.linalg", name, sys.modules[__name__])
