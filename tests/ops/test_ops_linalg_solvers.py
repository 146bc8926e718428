"""torch.linalg.inv / inv_ex, torch.inverse, det, slogdet, logdet, solve / solve_ex against torch:
values, printing, grad_fn names and saved fields (the LU factors and pivots PyTorch keeps), first
and second derivatives, batches and broadcasting, and PyTorch's errors word for word.

Tolerances: the inputs are well-conditioned (a random matrix plus n·I), and results go through
LAPACK on both sides, but not the same build nor the same blocking, so the last bits differ:
float64 is compared to 1e-9 relative, float32 to 1e-5 (check_op's default), printing to
PyTorch's 4 printed digits."""
import numpy as np
import pytest
from ops_oracle import check_op, op_case_id, printed, same, same_error

import autograd_tutor

rng = np.random.default_rng(7)


def well_conditioned(*shape):
    n = shape[-1]
    return rng.standard_normal(shape) + n * np.eye(n)


A3, A2x3, B3, B3x2, B2x3x2 = (well_conditioned(3, 3), well_conditioned(2, 3, 3), rng.standard_normal(3),
                              rng.standard_normal((3, 2)), rng.standard_normal((2, 3, 2)))
NEGATIVE = well_conditioned(3, 3) @ np.diag([1.0, 1.0, -1.0])  # a negative determinant: logdet is nan

OPS = [
    ("torch.linalg.inv(a)", A3), ("torch.linalg.inv(a)", A2x3), ("torch.inverse(a)", A3), ("a.inverse()", A2x3),
    ("torch.linalg.inv_ex(a)", A3), ("torch.linalg.inv_ex(a).inverse", A2x3),
    ("torch.linalg.det(a)", A3), ("torch.linalg.det(a)", A2x3), ("torch.det(a)", A3), ("a.det()", NEGATIVE),
    ("torch.linalg.slogdet(a)", A3), ("torch.linalg.slogdet(a).logabsdet", A2x3), ("torch.slogdet(a)[1]", NEGATIVE),
    ("a.slogdet()", A3), ("torch.logdet(a)", A3), ("a.logdet()", A2x3), ("torch.logdet(a)", NEGATIVE),
    ("torch.linalg.solve(a, b)", A3, B3), ("torch.linalg.solve(a, b)", A3, B3x2), ("torch.linalg.solve(a, b)", A2x3, B3),
    ("torch.linalg.solve(a, b)", A2x3, B2x3x2), ("torch.linalg.solve(a, b)", A3, B2x3x2),
    ("torch.linalg.solve(a, b)", A2x3, B3x2), ("torch.linalg.solve(a, b.T, left=False)", A3, B3x2),
    ("torch.linalg.solve(a, b.mT, left=False)", A2x3, B2x3x2), ("torch.linalg.solve(a, b)", A2x3, A2x3[0, 0]),
    ("torch.linalg.solve_ex(a, b)", A3, B3x2), ("torch.linalg.solve_ex(a, b).result", A2x3, B3),
]


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_float64_values_graph_first_and_second_derivatives(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_plain_backward(case):
    """Without create_graph the formulas run on arrays (det and slogdet solve with the saved LU)."""
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9, second_order=False)


@pytest.mark.parametrize("case", OPS[::3], ids=op_case_id)
def test_float32(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32", rtol=1e-5, atol=1e-5)


def test_printed_results_at_torchs_precision():
    same(printed("""
a = torch.tensor([[2., 1.], [1., 3.]], requires_grad=True)
b = torch.tensor([1., 2.], requires_grad=True)
print(torch.linalg.inv(a)); print(torch.inverse(a)); print(torch.linalg.inv_ex(a))
print(torch.linalg.det(a)); print(torch.linalg.slogdet(a)); print(torch.slogdet(a)); print(torch.logdet(a))
x = torch.linalg.solve(a, b); print(x); print(torch.linalg.solve_ex(a, b))
x.sum().backward(); print(a.grad, b.grad)
a.grad = None; torch.linalg.det(a).backward(); print(a.grad)
print(torch.linalg.det(torch.ones(2, 0, 0)), torch.linalg.inv(torch.ones(0, 0)), torch.logdet(torch.ones(0, 0)))
print(torch.linalg.inv(torch.eye(2).expand(3, 2, 2)).shape, torch.linalg.solve(torch.eye(2), torch.ones(4, 2, 1)).shape)
print(torch.linalg.solve(torch.eye(2).expand(3, 2, 2), torch.ones(4, 1, 2, 1)).shape)
"""))


def test_singular_matrices():
    """det is -0. (LU's sign), slogdet (-0., -inf), logdet -inf, inv_ex reports LAPACK's info; det's
    plain gradient at a singular matrix is finite (PyTorch nudges the zero pivot), slogdet's inf."""
    same(printed("""
s = torch.tensor([[1., 2.], [2., 4.]], requires_grad=True)
print(torch.linalg.det(s), torch.linalg.slogdet(s), torch.logdet(s))
print(torch.linalg.inv_ex(s).info, torch.linalg.solve_ex(s, torch.ones(2)).info)
torch.linalg.det(s).backward(); print(s.grad)
s.grad = None; torch.linalg.slogdet(s).logabsdet.backward(); print(s.grad)
z = torch.tensor([[1., 0, 0], [0, 1, 0], [0, 0, 0]], requires_grad=True)
torch.linalg.det(z).backward(); print(z.grad)
"""))


SINGULAR = "torch.tensor([[1., 2.], [2., 4.]])"
ERRORS = {
    "torch.linalg.inv(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.inv(torch.ones(3))": RuntimeError,
    "torch.linalg.inv(torch.tensor(1.))": RuntimeError,
    "torch.linalg.inv(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.inv(torch.eye(2, dtype=torch.int32))": RuntimeError,
    "torch.linalg.inv(torch.eye(2, dtype=torch.float16))": RuntimeError,
    f"torch.linalg.inv({SINGULAR})": RuntimeError,
    "torch.linalg.inv(torch.zeros(3, 3))": RuntimeError,
    "torch.linalg.inv(torch.tensor([[1., 0, 0], [0, 1, 0], [0, 0, 0]]))": RuntimeError,
    f"torch.linalg.inv(torch.stack([torch.eye(2), {SINGULAR}]))": RuntimeError,
    f"torch.linalg.inv_ex({SINGULAR}, check_errors=True)": RuntimeError,
    f"torch.inverse({SINGULAR})": RuntimeError,
    "torch.inverse(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.inv([[1., 2.], [3., 4.]])": TypeError,
    "torch.linalg.det(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.det(torch.ones(3))": RuntimeError,
    "torch.linalg.det(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.det(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.slogdet(torch.ones(2, 3))": RuntimeError,
    "torch.slogdet(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.logdet(torch.ones(2, 3))": RuntimeError,
    "torch.logdet(torch.ones(3))": RuntimeError,
    "torch.logdet(torch.eye(2, dtype=torch.long))": RuntimeError,
    f"torch.linalg.solve({SINGULAR}, torch.ones(2))": RuntimeError,
    f"torch.linalg.solve(torch.stack([torch.eye(2), {SINGULAR}]), torch.ones(2))": RuntimeError,
    f"torch.linalg.solve_ex({SINGULAR}, torch.ones(2), check_errors=True)": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.ones(3))": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.ones(3, 2))": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.ones(2, 3), left=False)": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.ones(2), left=False)": RuntimeError,
    "torch.linalg.solve(torch.ones(2, 3), torch.ones(2))": RuntimeError,
    "torch.linalg.solve(torch.ones(3), torch.ones(2))": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.tensor(1.))": RuntimeError,
    "torch.linalg.solve(torch.eye(2), torch.ones(2, dtype=torch.double))": RuntimeError,
    "torch.linalg.solve(torch.ones(2, 3), torch.ones(2, dtype=torch.double))": RuntimeError,
    "torch.linalg.solve(torch.eye(2, dtype=torch.long), torch.ones(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.solve(torch.eye(2, dtype=torch.half), torch.ones(2, dtype=torch.half))": NotImplementedError,
    "torch.linalg.solve(torch.eye(3)[None].expand(2, 3, 3), torch.ones(3, 3, 1))": RuntimeError,
    "torch.linalg.solve(torch.eye(2), 3)": TypeError,
}


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_word_for_word(expr):
    same_error(expr, ERRORS[expr])


def test_singular_error_is_linalg_error():
    for T in (autograd_tutor,):
        with pytest.raises(T.linalg.LinAlgError):
            T.linalg.inv(T.zeros(2, 2))
    assert issubclass(autograd_tutor.linalg.LinAlgError, RuntimeError)


def test_logdet_sign_tested_against_minus_one():
    """logdet is nan exactly where slogdet's sign is -1 (a singular matrix gives -inf, not nan)."""
    same(printed("""
m = torch.tensor([[[-1., 0.], [0., 1.]], [[0., 0.], [0., 1.]], [[2., 0.], [0., 1.]]], requires_grad=True)
y = torch.logdet(m); print(y, y.grad_fn.next_functions)
"""))
