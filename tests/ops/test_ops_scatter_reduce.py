"""scatter_reduce / scatter_reduce_ against torch: every reduce with and without include_self,
ties and zeros (the gradient shared among equal extremes, a product's single and double zeros),
integer and bool inputs, ScatterReduceBackward0 with its saved fields, first and second
derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
S = np.array([[10.0, 20.0, 30.0, 40.0], [50.0, 60.0, 70.0, 80.0]]) / 10
I = "torch.tensor([[0, 1, 0], [2, 2, 1]])"
TIES_X = np.array([[3.0, 1.0, 2.0], [0.5, 4.0, 4.0]])
TIES_S = np.array([[3.0, 3.0, 1.0], [4.0, 0.5, 4.0]])
ZEROS_X = np.array([1.5, 0.0, 2.0, -1.0])
ZEROS_S = np.array([0.0, 3.0, 0.5, 0.0, -2.0, 1.0])
CASES = [(f"a.scatter_reduce(1, {I}, b[:, :3], '{r}', include_self={inc})", X, S)
         for r in ("sum", "prod", "mean", "amax", "amin") for inc in (True, False)]
CASES += [
    (f"torch.scatter_reduce(a, 1, {I}, b[:, :3], 'sum')", X, S),
    (f"torch.scatter_reduce(a, -1, {I}, b[:, :3], reduce='mean')", X, S),
    (f"(a * 1).scatter_reduce_(1, {I}, b[:, :3], 'prod', include_self=False)", X, S),
    (f"(a * 1).scatter_reduce_(0, {I}[:, :2] % 2, b[:, :2], 'amin')", X, S),
    (f"a.scatter_reduce(1, {I}, b, 'amax')", TIES_X, TIES_S), (f"a.scatter_reduce(1, {I}, b, 'amin', include_self=False)", TIES_X, TIES_S),
    ("a.scatter_reduce(0, torch.tensor([0, 0, 1, 2, 2, 3]), b, 'prod')", ZEROS_X, ZEROS_S),
    ("a.scatter_reduce(0, torch.tensor([0, 1, 1, 2, 3, 3]), b, 'prod', include_self=False)", ZEROS_X, ZEROS_S),
    ("a.scatter_reduce(0, torch.tensor([1, 1, 2, 2, 0, 3]), b, 'prod')", ZEROS_X, ZEROS_S),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_scatter_reduce_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


def test_scatter_reduce_two_zeros_in_one_place_have_no_second_derivative():
    check_op("a.scatter_reduce(0, torch.tensor([0, 1, 1, 0, 2, 3]), b, 'prod')", ZEROS_X, ZEROS_S,
             second_order_raises=RuntimeError)


VALUES = [
    "torch.tensor([1, 2, 3]).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([5, 6, 7]), 'mean')",
    "torch.tensor([1, -2, 3]).scatter_reduce(0, torch.tensor([1, 1, 2]), torch.tensor([5, -6, 8]), 'mean', include_self=False)",
    "torch.tensor([1, 2, 3]).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([5, 6, 8]), 'prod', include_self=False)",
    "torch.tensor([1, 2, 3]).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([5, 6, 8]), 'amin', include_self=False)",
    "torch.tensor([1., 2, 3]).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([5., 6, float('nan')]), 'amax')",
    "torch.tensor([True, False]).scatter_reduce(0, torch.tensor([0, 1]), torch.tensor([True, True]), 'sum')",
    "torch.zeros(3).scatter_reduce(0, torch.tensor([0, 0, 0]), torch.tensor([1., float('inf'), 1]), 'mean', include_self=False)",
    "torch.ones(3).scatter_reduce(0, torch.tensor([], dtype=torch.int64), torch.ones(0), 'prod')",
    "torch.ones(2, 3).scatter_reduce(1, torch.tensor([[0, 2], [1, 1]]), torch.arange(6.).view(2, 3), 'max')",
]


@pytest.mark.parametrize("program", VALUES)
def test_scatter_reduce_values(program):
    same(lambda T: eval(program, {"torch": T}))


def test_scatter_reduce_node_and_in_place():
    same(printed("""
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
src = torch.tensor([[10., 20., 30., 40.], [50., 60., 70., 80.]], requires_grad=True)
idx = torch.tensor([[0, 1, 0], [2, 2, 1]])
y = (x * 1).scatter_reduce_(1, idx, src[:, :3], 'mean', include_self=False)
print(y, y.grad_fn.name(), y.grad_fn._saved_reduce, y.grad_fn._saved_include_self, y.grad_fn._saved_dim)
y.sum().backward()
print(x.grad)
"""))


ERRORS = [
    f"torch.ones(2, 3).scatter_reduce(1, {I}, torch.ones(2, 4), 'foo')",
    f"torch.ones(2, 3).scatter_reduce(1, {I}, torch.ones(2, 4), 'sum', include_self=1)",
    f"torch.ones(2, 3).scatter_reduce(1, {I}.float(), torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I}, torch.ones(2, 4).double(), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I} + 5, torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I} - 1, torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I}[:, :1].expand(2, 5), torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I}[0], torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(3, {I}, torch.ones(2, 4), 'sum')",
    f"torch.ones(2, 3).scatter_reduce(1, {I}, 2.0, 'sum')",
    "torch.tensor([True, False]).scatter_reduce(0, torch.tensor([0, 1]), torch.tensor([True, True]), 'mean')",
    "torch.ones(2, requires_grad=True).scatter_reduce(0, torch.tensor([0]), torch.ones(1), 'max').sum().backward()",
    *[f"torch.ones(2, 3).scatter_reduce(1, {I}, torch.ones(2, 4, requires_grad=True), '{r}').sum().backward()"
      for r in ("sum", "prod", "mean", "amax")],
]


@pytest.mark.parametrize("program", ERRORS)
def test_scatter_reduce_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, IndexError, TypeError, NotImplementedError))
