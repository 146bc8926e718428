"""torch.logcumsumexp against torch: values along each dim (with -inf and inf), 0-dim and empty
inputs, LogcumsumexpBackward0 with its saved fields, first and second derivatives (PyTorch's
formula in logs, recorded as PyTorch records it), and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

X = np.array([[0.5, -1.0, 2.0, 0.25], [3.0, -2.0, 0.0, 1.5], [-0.5, 4.0, -3.0, 0.75]])
CASES = [
    ("torch.logcumsumexp(a, 1)", X), ("torch.logcumsumexp(a, 0)", X), ("a.logcumsumexp(-1)", X),
    ("a.logcumsumexp(dim=0) * a", X), ("torch.logcumsumexp(a, axis=1)", X),
    ("torch.logcumsumexp(a.t(), 1)", X), ("torch.logcumsumexp(a[0, 0], 0)", X),
    ("torch.logcumsumexp(a * 30, 1)", X),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_logcumsumexp_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


def test_logcumsumexp_float32():
    check_op("torch.logcumsumexp(a, 1)", X, dtype="float32", rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("program", [
    "torch.logcumsumexp(torch.tensor([float('inf'), 1.]), 0)",
    "torch.logcumsumexp(torch.tensor([float('-inf'), float('-inf'), 0.5]), 0)",
    "torch.logcumsumexp(torch.tensor([1e30, 1e30, -1e30]), 0)",
    "torch.logcumsumexp(torch.ones(0, 3), 0)", "torch.logcumsumexp(torch.tensor(3.), 0)",
])
def test_logcumsumexp_values(program):
    same(lambda T: eval(program, {"torch": T}))


def test_logcumsumexp_gradient_at_minus_infinity():
    same(printed("""
x = torch.tensor([[0.5, -1., 2.], [3., float('-inf'), 0.]], requires_grad=True)
y = torch.logcumsumexp(x, 1)
print(y, y.grad_fn.name(), y.grad_fn._saved_dim)
(y * torch.tensor([1., -2., 0.5])).sum().backward()
print(x.grad)
"""))


@pytest.mark.parametrize("program", [
    "torch.logcumsumexp(torch.tensor([1, 2]), 0)", "torch.logcumsumexp(torch.tensor([True]), 0)",
    "torch.logcumsumexp(torch.ones(2, 3), 2)", "torch.logcumsumexp(torch.ones(2, 3), 0.5)",
    "torch.ones(2).logcumsumexp(True)",
])
def test_logcumsumexp_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, IndexError, TypeError, NotImplementedError))
