"""select_scatter, slice_scatter and diagonal_scatter against torch: values (negative dims and
indices, steps, offsets, a src of another dtype), their *ScatterBackward0 nodes and saved
fields, first and second derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = np.arange(12.0).reshape(3, 4) / 4 - 1
S4, S3 = np.array([0.5, -1.0, 2.0, 1.5]), np.array([3.0, -0.25, 0.75])
C = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
CASES = [
    ("torch.select_scatter(a, b, 0, 1)", X, S4), ("a.select_scatter(b, 1, -1)", X, S3),
    ("torch.select_scatter(a * a, b * 2, dim=0, index=-3)", X, S4),
    ("torch.slice_scatter(a, b, 1, 0, 4, 2)", X, C), ("a.slice_scatter(b[:2].repeat(1, 2), start=1)", X, C),
    ("torch.slice_scatter(a, b, dim=-1, start=-3, end=-1)", X, C), ("torch.slice_scatter(a, b[:, :1], 1, 2, 3)", X, C),
    ("torch.diagonal_scatter(a, b)", X, S3), ("a.diagonal_scatter(b, 1)", X, S3),
    ("torch.diagonal_scatter(a, b[:2], -1, 0, 1)", X, S3), ("torch.diagonal_scatter(a.t(), b, 0, -1, -2)", X, S3),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_view_scatter_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.select_scatter(torch.zeros(2, 3), torch.ones(3, dtype=torch.float64, requires_grad=True), 0, 1)",
    "torch.slice_scatter(torch.zeros(2, 3, dtype=torch.int64), torch.ones(2, 1), 1, 1, 2)",
    "torch.slice_scatter(torch.zeros(4), torch.ones(2), end=10, step=3)",
    "torch.diagonal_scatter(torch.zeros(2, 2, 2), torch.ones(2, 2), 0, 1, 2)",
])
def test_view_scatter_values(program):
    same(lambda T: eval(program, {"torch": T}))


@pytest.mark.parametrize("program", [
    "torch.select_scatter(torch.ones(3, 4), torch.ones(3), 0, 1)",
    "torch.select_scatter(torch.ones(3, 4), torch.ones(4), 0, 5)",
    "torch.slice_scatter(torch.ones(3, 4), torch.ones(3, 3), 1, 0, 4, 2)",
    "torch.slice_scatter(torch.ones(3, 4), torch.ones(3, 2), 1, 0, 4, 0)",
    "torch.diagonal_scatter(torch.ones(3, 4), torch.ones(4))",
    "torch.diagonal_scatter(torch.ones(3, 4), torch.ones(3), 0, 0, 0)",
])
def test_view_scatter_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, IndexError))


@pytest.mark.parametrize("expr", ["torch.select_scatter(x, s * 1, 1, -1)", "torch.slice_scatter(x, s[:2].view(1, 2).expand(3, 2) * 2, 1, 1, 4, 2)",
                                  "torch.diagonal_scatter(x, s * 2, 1)"])
def test_view_scatter_gradients_record_pytorchs_nodes(expr):
    def program(T):
        x = T.arange(12.).reshape(3, 4).requires_grad_()
        s = T.tensor([1.0, -2.0, 0.5], requires_grad=True)
        y = eval(expr, {"torch": T, "x": x, "s": s})
        return T.autograd.grad((y * y).sum(), (x, s), create_graph=True)
    same(program)
