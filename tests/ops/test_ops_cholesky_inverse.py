"""torch.cholesky_inverse against PyTorch: values, graph (CholeskyInverseBackward0 with its saved
fields), first and second derivatives, batches, upper=True, errors."""
import pytest
from ops_oracle import check_op, same

L2 = [[2.0, 0.0], [1.0, 3.0]]
L3 = [[1.5, 0.0, 0.0], [0.4, 2.0, 0.0], [-0.3, 0.7, 1.2]]
U3 = [[1.5, 0.4, -0.3], [0.0, 2.0, 0.7], [0.0, 0.0, 1.2]]
BATCH = [L3, [[1.0, 0.0, 0.0], [0.5, 1.0, 0.0], [0.2, 0.1, 0.9]]]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr,arrays", [
    ("T.cholesky_inverse(a)", (L2,)), ("T.cholesky_inverse(a)", (L3,)), ("a.cholesky_inverse()", (BATCH,)),
    ("T.cholesky_inverse(a, upper=True)", (U3,)), ("T.cholesky_inverse(a, True)", ([BATCH[1]],)),
])
def test_cholesky_inverse(expr, arrays, dtype):
    check_op(expr, *arrays, dtype=dtype)


@pytest.mark.parametrize("program", ["T.cholesky_inverse(T.ones(3))", "T.cholesky_inverse(T.ones(2, 3))"])
def test_errors(program):
    same(lambda T: eval(program, {"T": T}), raises=RuntimeError)
