"""torch.linalg.cholesky / cholesky_ex, torch.cholesky, linalg.qr (every mode), torch.qr,
matrix_power, multi_dot, vecdot and cross against torch: values, printing, grad_fn names and saved
fields, first and second derivatives, batches, and PyTorch's errors word for word.

Tolerances: LAPACK builds differ in the last bits (NumPy's and PyTorch's factor with different
blocking), so float64 is compared to 1e-9, float32 to 1e-5, printing to PyTorch's 4 digits. Inputs
are well-conditioned: symmetric positive-definite matrices for Cholesky, full-rank ones for QR
(on a rank-deficient matrix the two builds choose different, equally valid, Q columns)."""
import numpy as np
import pytest
from ops_oracle import check_op, op_case_id, printed, printed_in_fresh_processes, same, same_error, whole_messages

rng = np.random.default_rng(3)


def spd(*shape):
    m = rng.standard_normal(shape)
    return m @ np.swapaxes(m, -1, -2) + shape[-1] * np.eye(shape[-1])


SPD3, SPD2x3 = spd(3, 3), spd(2, 3, 3)
TALL, SQUARE, WIDE, BATCH_TALL = (rng.standard_normal(s) for s in [(4, 3), (3, 3), (3, 5), (2, 4, 3)])
M3, V3 = rng.standard_normal((3, 3)) / 2 + np.eye(3), rng.standard_normal(3)

OPS = [
    # Cholesky reads the lower triangle only: tril(a) + its transpose keeps the input symmetric
    ("torch.linalg.cholesky(a)", SPD3), ("torch.linalg.cholesky(a)", SPD2x3), ("torch.linalg.cholesky(a, upper=True)", SPD3),
    ("torch.linalg.cholesky_ex(a)", SPD3), ("torch.linalg.cholesky_ex(a, upper=True).L", SPD2x3),
    ("torch.linalg.cholesky(a.tril() + a.tril(-1).mT)", SPD3),
    ("torch.linalg.qr(a)", TALL), ("torch.linalg.qr(a)", SQUARE), ("torch.linalg.qr(a)", WIDE),
    ("torch.linalg.qr(a)", BATCH_TALL), ("torch.linalg.qr(a).Q", WIDE), ("torch.linalg.qr(a)[1]", TALL),
    ("torch.linalg.qr(a, mode='complete')", SQUARE), ("torch.linalg.qr(a, mode='complete')", WIDE),
    ("torch.linalg.matrix_power(a, 2)", M3), ("torch.linalg.matrix_power(a, 3)", M3), ("torch.linalg.matrix_power(a, 5)", M3),
    ("torch.linalg.matrix_power(a, 6)", SPD2x3 / 6), ("torch.linalg.matrix_power(a, 1)", M3),
    ("torch.linalg.matrix_power(a, 0)", M3), ("torch.linalg.matrix_power(a, -1)", M3),
    ("torch.linalg.matrix_power(a, -3)", M3), ("torch.matrix_power(a, 2)", M3), ("a.matrix_power(4)", M3),
    ("torch.linalg.multi_dot([a, b])", TALL, SQUARE), ("torch.linalg.multi_dot([a, b, a.T])", TALL, SQUARE),
    ("torch.linalg.multi_dot([a.T, a, b, c])", TALL, SQUARE, V3),
    ("torch.linalg.multi_dot([c, b, a.T, a, b])", TALL, SQUARE, V3), ("torch.linalg.multi_dot([c, b, c])", TALL, SQUARE, V3),
    ("torch.linalg.multi_dot([a.T, a, c])", TALL, SQUARE, V3), ("torch.linalg.multi_dot([c, a.T, a])", TALL, SQUARE, V3),
    ("torch.linalg.multi_dot([a, b, b, b.T, a.T])", WIDE, rng.standard_normal((5, 5)) / 2),
    ("torch.linalg.vecdot(a, b)", TALL, TALL[::-1].copy()), ("torch.linalg.vecdot(a, b, dim=0)", TALL, TALL[::-1].copy()),
    ("torch.linalg.vecdot(a, c)", TALL, TALL, V3),
    ("torch.linalg.cross(a, b)", TALL, TALL[::-1].copy()), ("torch.linalg.cross(a, c)", TALL, TALL, V3[None]),
    ("torch.linalg.cross(a, b, dim=0)", SQUARE, M3), ("torch.cross(a, b, dim=1)", TALL, TALL[::-1].copy()),
    ("torch.cross(a, b, -1)", BATCH_TALL, BATCH_TALL[::-1].copy().copy()), ("a.cross(b, dim=0)", SQUARE, M3),
]


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_float64_values_graph_first_and_second_derivatives(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("case", OPS, ids=op_case_id)
def test_plain_backward(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float64", rtol=1e-9, atol=1e-9, second_order=False)


# float32: cases whose gradients have no entry at rounding-noise level (a square QR's last column
# of grad_A is ~1e-7 there, printed digit for digit) nor a value on a 4th-digit rounding boundary.
FLOAT32 = [c for c in OPS[::3] if "complete" not in c[0] and "multi_dot([c, b, a.T" not in c[0]]


@pytest.mark.parametrize("case", FLOAT32, ids=op_case_id)
def test_float32(case):
    expr, *arrays = case
    check_op(expr, *arrays, dtype="float32", rtol=1e-5, atol=1e-5)


def test_printed_results_at_torchs_precision():
    same(printed("""
p = torch.tensor([[4., 2.], [2., 3.]], requires_grad=True)
print(torch.linalg.cholesky(p)); print(torch.linalg.cholesky(p, upper=True)); print(torch.linalg.cholesky_ex(p))
print(torch.linalg.cholesky_ex(torch.tensor([[1., 2.], [2., 1.]])))
print(torch.linalg.cholesky_ex(torch.tensor([[-1., 2.], [2., 1.]])))
a = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
print(torch.linalg.qr(a)); print(torch.linalg.qr(a, mode='r')); print(torch.linalg.qr(a, mode='complete'))
print(torch.linalg.matrix_power(p, 3), torch.linalg.matrix_power(p, -2), torch.linalg.matrix_power(p, 0))
print(torch.linalg.matrix_power(torch.eye(2, dtype=torch.long) * 2, 3))
print(torch.linalg.multi_dot([torch.ones(2), p, torch.ones(2)]), torch.linalg.multi_dot([a, p, torch.ones(2)]))
print(torch.linalg.vecdot(a, a), torch.linalg.cross(torch.ones(3), torch.arange(3.)))
"""))


def test_deprecation_warnings_once_per_process():
    source = """
import warnings
import {lib} as torch
p = torch.tensor([[4., 2.], [2., 3.]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cholesky(p); torch.cholesky(p, upper=True); torch.qr(p); torch.qr(p, some=False)
    torch.cross(torch.ones(3), torch.ones(3)); torch.cross(torch.ones(4, 3), torch.ones(4, 3))
for w in caught:
    print(w.category.__name__, str(w.message))
print(torch.cholesky(p, True), torch.qr(p, False), torch.cross(torch.ones(4, 3), torch.ones(4, 3)))
"""
    want, got = printed_in_fresh_processes(source)
    assert got == want


def test_qr_derivatives_that_torch_refuses():
    for mode, shape in (("r", (3, 2)), ("complete", (3, 2))):
        def program(T, mode=mode, shape=shape):
            a = T.ones(*shape, requires_grad=True)
            T.linalg.qr(a, mode=mode)[1].sum().backward()
        same(program, raises=RuntimeError)
        want, got = whole_messages(program, RuntimeError)
        assert got == want


def test_the_lower_triangle_only_is_read():
    same(printed("""
a = torch.tensor([[4., 100.], [2., 3.]], requires_grad=True)
l = torch.linalg.cholesky(a); print(l); l.sum().backward(); print(a.grad)
"""))


NOT_PD = "torch.tensor([[1., 2.], [2., 1.]])"
ERRORS = {
    f"torch.linalg.cholesky({NOT_PD})": RuntimeError,
    "torch.linalg.cholesky(torch.tensor([[-1., 2.], [2., 1.]]))": RuntimeError,
    f"torch.linalg.cholesky(torch.stack([torch.eye(2), {NOT_PD}]))": RuntimeError,
    f"torch.linalg.cholesky_ex({NOT_PD}, check_errors=True)": RuntimeError,
    "torch.linalg.cholesky(torch.ones(2, 3))": RuntimeError,
    "torch.linalg.cholesky(torch.ones(3))": RuntimeError,
    "torch.linalg.cholesky(torch.eye(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.qr(torch.ones(3, 2), mode='bad')": RuntimeError,
    "torch.linalg.qr(torch.ones(3))": RuntimeError,
    "torch.linalg.qr(torch.ones(2, 2, dtype=torch.long))": RuntimeError,
    "torch.linalg.matrix_power(torch.ones(2, 3), 2)": RuntimeError,
    "torch.linalg.matrix_power(torch.ones(3), 2)": RuntimeError,
    "torch.linalg.matrix_power(torch.eye(2, dtype=torch.long), -1)": RuntimeError,
    "torch.linalg.multi_dot([torch.eye(2)])": RuntimeError,
    "torch.linalg.multi_dot([])": RuntimeError,
    "torch.linalg.multi_dot([torch.ones(3, 2), torch.ones(3, 2)])": RuntimeError,
    "torch.linalg.multi_dot([torch.ones(2, 2, 2), torch.ones(2, 2)])": RuntimeError,
    "torch.linalg.multi_dot([torch.ones(2, 2), torch.ones(2, 2, 2)])": RuntimeError,
    "torch.linalg.multi_dot([torch.ones(2, 2), torch.ones(2, 2, 2), torch.ones(2)])": RuntimeError,
    "torch.linalg.multi_dot([torch.ones(2, 2), torch.ones(2, 2, dtype=torch.double)])": RuntimeError,
    "torch.linalg.vecdot(torch.ones(2, 2), torch.ones(2, dtype=torch.long))": RuntimeError,
    "torch.linalg.cross(torch.ones(3), torch.ones(2))": RuntimeError,
    "torch.linalg.cross(torch.ones(2, 3), torch.ones(3), dim=0)": RuntimeError,
    "torch.linalg.cross(torch.ones(4, 3), torch.ones(3))": RuntimeError,
    "torch.linalg.cross(torch.ones(3, dtype=torch.long), torch.ones(3))": RuntimeError,
}


@pytest.mark.parametrize("expr", ERRORS)
def test_errors_word_for_word(expr):
    same_error(expr, ERRORS[expr])
