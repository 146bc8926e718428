"""index_copy / index_copy_ against torch: values (repeated indices: the last slice stays), the
gradients of input and source (IndexCopyBackward0 and its saved fields), second derivatives,
a 0-dim source and index, and the errors in PyTorch's order."""
import pytest
from ops_oracle import check_op, printed, same

GRID = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.75], [3.0, -2.5, 1.0], [0.0, 4.0, -3.5]]
ROWS = [[10.0, 20.0, 30.0], [40.0, 50.0, 60.0]]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr", [
    "a.index_copy(0, torch.tensor([2, 0]), b)", "torch.index_copy(a, 0, torch.tensor([3, 1]), b * b)",
    "a.index_copy(1, torch.tensor([2, 0]), (b.sum() * a)[:, :2])",
    "(a * 1).index_copy_(0, torch.tensor([1, 3]), b) ** 2", "a.index_copy(-2, torch.tensor([0, 0]), b)",
    "a.index_copy(0, torch.tensor([2, 0]), b).sum(0) * b[0]",
])
def test_values_and_two_derivatives_as_torch(expr, dtype):
    check_op(expr, GRID, ROWS, dtype=dtype)


def test_graph_saved_fields_and_zero_dim_as_torch():
    same(printed("""
x = torch.arange(12.).reshape(4, 3).requires_grad_()
s = torch.tensor([[10., 20., 30.], [40., 50., 60.]], requires_grad=True)
y = x.index_copy(0, torch.tensor([2, 0]), s)
g = y.grad_fn
print(y, g.name(), g._saved_dim, g._saved_source_dim, g._saved_index, g._saved_source, g.next_functions)
y.backward(torch.arange(12.).reshape(4, 3))
print(x.grad, s.grad)
z = x * 1
z.index_copy_(1, torch.tensor([1]), torch.ones(4, 1))
print(z, z.grad_fn.name(), z.grad_fn._saved_source, z.grad_fn.next_functions)
s0 = torch.tensor(5., requires_grad=True)
v = torch.zeros(4, requires_grad=True)
for index in (torch.tensor([2]), torch.tensor(2)):
    w = v.index_copy(0, index, s0)
    w.backward(torch.arange(4.))
    print(w, s0.grad, v.grad, w.grad_fn._saved_source_dim)
print(torch.tensor(1.).index_copy(0, torch.tensor([0]), torch.tensor(5.)))
print(torch.zeros(4, dtype=torch.int64).index_copy(0, torch.tensor([1]), torch.tensor([3])))
"""))


@pytest.mark.parametrize("expr", [
    "x.index_copy(0, torch.tensor([5, 0]), s)", "x.index_copy(0, torch.tensor([2., 0.]), s)",
    "x.index_copy(0, torch.tensor([2]), s)", "x.index_copy(0, torch.tensor([2, 0]), s.double())",
    "x.index_copy(2, torch.tensor([2, 0]), s)", "x.index_copy(0, torch.tensor([2, 0]), s[:, :2])",
    "x.index_copy(0, torch.tensor([[2, 0]]), s)", "x.index_copy(0, torch.tensor([2, 0]), 3.0)",
    "x.index_copy(0, [1], s)", "x0.index_copy(0, torch.tensor([1]), torch.ones(1, 2, 5))",
    "x0.index_copy(1, torch.tensor([1]), torch.ones(4, 1, 4))", "x0.index_copy(1, torch.tensor([1]), torch.ones(4, 5))",
    "x0.index_copy(0, torch.tensor([-1]), torch.ones(1, 3, 5))",
    "x0.index_copy(0, torch.tensor([1], dtype=torch.int32), torch.ones(1, 3, 5))",
    "x.index_copy_(0, torch.tensor([2, 0]), s)", "x.index_copy(0, torch.tensor([2, 0]), s, alpha=2)",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.zeros(4, 3, requires_grad=True), "s": T.ones(2, 3),
                               "x0": T.zeros(4, 3, 5)}), raises=(RuntimeError, TypeError, IndexError))
