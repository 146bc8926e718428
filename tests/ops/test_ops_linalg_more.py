"""torch.linalg.matrix_exp / torch.matrix_exp, solve_triangular, linalg.diagonal and vander against torch:
values, graphs and saved fields, first and second derivatives, and errors word for word.
Tolerances: float64 to 1e-9 (the exponential here is a scaled Taylor series, PyTorch's a Padé
approximant: both within a few ulps), float32 to 1e-5."""
import numpy as np
import pytest
from ops_oracle import check_op, op_case_id, printed, same, same_error

rng = np.random.default_rng(13)
M3, M2x3 = rng.standard_normal((3, 3)), rng.standard_normal((2, 3, 3))
BIG = rng.standard_normal((3, 3)) * 3  # several squarings
TRI = rng.standard_normal((3, 3)) + 3 * np.eye(3)
B3x2, B2x3x2 = rng.standard_normal((3, 2)), rng.standard_normal((2, 3, 2))

OPS = [
    ("torch.linalg.matrix_exp(a)", M3), ("torch.linalg.matrix_exp(a)", M2x3), ("torch.linalg.matrix_exp(a)", BIG),
    ("torch.matrix_exp(a)", M3), ("a.matrix_exp()", M3 / 10),
    ("torch.linalg.solve_triangular(a, b, upper=True)", TRI, B3x2),
    ("torch.linalg.solve_triangular(a, b, upper=False)", TRI, B2x3x2),
    ("torch.linalg.solve_triangular(a, b, upper=True, unitriangular=True)", TRI, B3x2),
    ("torch.linalg.solve_triangular(a, b, upper=False, unitriangular=True)", TRI, B3x2),
    ("torch.linalg.solve_triangular(a, b.mT, upper=True, left=False)", TRI, B3x2),
    ("torch.linalg.solve_triangular(a, b.mT, upper=False, left=False)", TRI, B2x3x2),
    ("torch.linalg.diagonal(a)", M2x3), ("torch.linalg.diagonal(a, offset=1)", M3),
    ("torch.linalg.diagonal(a, dim1=0, dim2=2)", M2x3),
    ("torch.linalg.vander(a)", M3[0]), ("torch.linalg.vander(a, N=5)", M2x3[:, 0]),
]


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_float64(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_plain_backward(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9, second_order=False)


@pytest.mark.parametrize("case", OPS[::3], ids=op_case_id)
def test_float32(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32", rtol=1e-5, atol=1e-5)


def test_printed():
    same(printed("""
a = torch.tensor([[2., 1.], [0.5, 3.]], requires_grad=True)
print(torch.linalg.matrix_exp(a), torch.matrix_exp(torch.zeros(2, 2)), torch.linalg.matrix_exp(torch.ones(2, 0, 0)))
x = torch.linalg.solve_triangular(a, torch.ones(2, 2), upper=True); print(x, x.stride())
print(torch.linalg.solve_triangular(a, torch.ones(1, 2), upper=True, left=False))
print(torch.linalg.solve_triangular(a, torch.ones(2, 1).double(), upper=True))
print(torch.linalg.diagonal(a))
print(torch.linalg.vander(torch.tensor([1, 2, 3])), torch.linalg.vander(torch.tensor([1., 2.]), N=4))
"""))


ERRORS = {
    "torch.linalg.vander(torch.tensor(1.))": RuntimeError,
    "torch.linalg.vander(torch.ones(3), N=1)": RuntimeError,
    "torch.linalg.vander(torch.ones(3), N=0)": RuntimeError,
    "torch.linalg.matrix_exp(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.matrix_exp(torch.ones(3))": RuntimeError,
    "torch.linalg.matrix_exp(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.solve_triangular(torch.eye(2), torch.ones(3, 1), upper=True)": RuntimeError,
    "torch.linalg.solve_triangular(torch.eye(2), torch.ones(2), upper=True)": RuntimeError,
    "torch.linalg.solve_triangular(torch.ones(2, 3), torch.ones(2, 1), upper=True)": RuntimeError,
    "torch.linalg.solve_triangular(torch.eye(2).long(), torch.ones(2, 1).long(), upper=True)": NotImplementedError,
    "torch.linalg.solve_triangular(torch.eye(2), torch.ones(2, 1), upper=True, left=False)": RuntimeError,
}


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_word_for_word(expr):
    same_error(expr, ERRORS[expr])
