"""masked_scatter / masked_scatter_ against torch: values (a broadcast mask, a longer source),
MaskedScatterBackward0 with its saved fields, first and second derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = np.arange(12.0).reshape(3, 4) / 4 - 1
SRC = np.linspace(-2.0, 3.0, 20)
CASES = [
    ("a.masked_scatter(a > 0, b)", X, SRC), ("torch.masked_scatter(a, torch.tensor([True, False, True, False]), b[:12].view(3, 4))", X, SRC),
    ("(a * 1).masked_scatter_(a < 0.3, b * 2)", X, SRC), ("a[0].masked_scatter(torch.tensor([[True], [False]]), b)", X, SRC),
    ("a.masked_scatter(torch.zeros(3, 4, dtype=torch.bool), b)", X, SRC),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_masked_scatter_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.zeros(2, 2).masked_scatter_(torch.tensor([[True, False], [True, True]]), torch.tensor([[1., 2.], [3., 4.]]))",
    "torch.zeros(2, 2).masked_scatter_(torch.tensor([True, False]), torch.arange(4.))",
    "torch.zeros(3, dtype=torch.int64).masked_scatter(torch.tensor([False, True, True]), torch.tensor([7, 8]))",
])
def test_masked_scatter_values(program):
    same(lambda T: eval(program, {"torch": T}))


@pytest.mark.parametrize("program", [
    "torch.ones(3, 4).masked_scatter(torch.ones(3, 4) > 0, torch.ones(3))",
    "torch.ones(3, 4).masked_scatter(torch.ones(3, 4), torch.ones(12))",
    "torch.ones(3, 4).masked_scatter(torch.ones(3, 4) > 0, torch.ones(12).double())",
    "torch.ones(3, 4).masked_scatter(torch.ones(2, 4, dtype=torch.bool), torch.ones(12))",
    "torch.zeros(2, 1).masked_scatter_(torch.ones(2, 2, dtype=torch.bool), torch.ones(10))",
    "torch.zeros(2).masked_scatter_(torch.ones(2, 2, dtype=torch.bool), torch.ones(10))",
    "torch.zeros(3).masked_scatter_(torch.ones(2, dtype=torch.bool), torch.ones(10))",
])
def test_masked_scatter_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=RuntimeError)


def test_masked_scatter_gradients_record_pytorchs_nodes():
    def program(T):
        x = T.arange(12.).reshape(3, 4).requires_grad_()
        s = T.arange(20.).requires_grad_()
        y = x.masked_scatter(x > 5, s * 1)
        g = T.autograd.grad((y * y).sum(), (x, s), create_graph=True)
        return g, T.autograd.grad((g[1] * T.arange(20.)).sum() + g[0].sum(), (x, s))
    same(program)
