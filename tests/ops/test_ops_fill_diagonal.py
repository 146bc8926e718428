"""Tensor.fill_diagonal_ against torch: values (wrap or not, tall, wide, cubes, integers), the
CopySlices graph over the previous node, gradients through it, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

M = np.arange(35.).reshape(7, 5)
CASES = [
    ("(a * 1).fill_diagonal_(-1.5)", M),
    ("(a * 1).fill_diagonal_(-1.5, wrap=True)", M),
    ("(a * 1).fill_diagonal_(2, True)", np.arange(12.).reshape(3, 4)),
    ("(a * 1).fill_diagonal_(0, wrap=True)", np.arange(12.).reshape(4, 3)),
    ("(a * 1).fill_diagonal_(7)", np.arange(27.).reshape(3, 3, 3)),
    ("(a + 0).t().fill_diagonal_(3) * a.t()", M),
    ("(a * 2)[1:].fill_diagonal_(9)", M),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_fill_diagonal_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.ones(2, 2, dtype=torch.int64).fill_diagonal_(2.7)",
    "torch.zeros(3, 2, dtype=torch.bool).fill_diagonal_(True, wrap=True)",
    "torch.zeros(9, 2).fill_diagonal_(1, wrap=True)",
    "torch.zeros(0, 3).fill_diagonal_(1)", "torch.ones(2, 2).fill_diagonal_(torch.tensor(1.))",
    "torch.zeros(2, 2).fill_diagonal_(torch.tensor(3, dtype=torch.int32))",
    "torch.zeros(2, 2, dtype=torch.int64).fill_diagonal_(1 + 0j)",
])
def test_fill_diagonal_values(program):
    same(lambda T: eval(program, {"torch": T}))


def test_fill_diagonal_returns_self_and_rewrites_history():
    same(printed("""
x = torch.arange(12.).reshape(3, 4).requires_grad_()
y = x * 1
z = y.fill_diagonal_(5, wrap=True)
print(z is y, z, z.grad_fn.name(), [f[0].name() for f in z.grad_fn.next_functions])
z.sum().backward()
print(x.grad)
w = (x * 1).reshape(4, 3)
v = w[1:]
v.fill_diagonal_(0.5, wrap=True)
print(w, w.grad_fn.name(), v.grad_fn.name())
"""))


@pytest.mark.parametrize("program", [
    "torch.ones(3, 4, 5).fill_diagonal_(1)", "torch.ones(3).fill_diagonal_(1)",
    "torch.ones(2, 2).fill_diagonal_(torch.tensor([1.]))", "torch.ones(2, 2).fill_diagonal_('a')",
    "torch.ones(2, 2).fill_diagonal_(torch.tensor(1., requires_grad=True))",
    "torch.ones(2, 2).fill_diagonal_(1 + 2j)", "torch.ones(2, 2, dtype=torch.int64).fill_diagonal_(1j)",
    "torch.ones(2, 2, requires_grad=True).fill_diagonal_(0)",
])
def test_fill_diagonal_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, TypeError))
