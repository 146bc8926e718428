"""Tensor.unfold against torch: windows as a view (shape, strides, shared memory, in-place writes
reaching the base), UnfoldBackward0 with its saved fields, the gradient of overlapping and
skipping windows, the second derivative through UnfoldBackwardBackward0, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

ROW = list(np.linspace(-1.5, 2.0, 8))
GRID = np.arange(24.0).reshape(2, 3, 4) / 7 - 1


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr, values", [
    ("a.unfold(0, 2, 1)", ROW), ("a.unfold(0, 3, 2)", ROW), ("a.unfold(0, 2, 3)", ROW), ("a.unfold(0, 8, 1)", ROW),
    ("a.unfold(-1, 3, 1)", ROW), ("a.unfold(0, 1, 1)", ROW), ("a.unfold(1, 2, 1)", GRID),
    ("a.unfold(-1, 3, 1)", GRID), ("a.unfold(0, 2, 1)", GRID), ("a.unfold(2, 4, 4)", GRID),
    ("a.unfold(1, 2, 1).unfold(2, 2, 2)", GRID), ("(a.unfold(0, 3, 1) ** 2).sum(-1)", ROW),
    ("a.unfold(dimension=0, size=4, step=2)", ROW), ("a.unfold(0, 1, 1)", 2.5),
])
def test_values_and_two_derivatives_as_torch(expr, values, dtype):
    check_op(expr, values, dtype=dtype)


def test_view_graph_and_saved_fields_as_torch():
    same(printed("""
x = torch.arange(12.).reshape(3, 4).requires_grad_()
y = x.unfold(1, 2, 1)
print(y, y.shape, y.stride(), y.is_contiguous(), y._is_view())
g = y.grad_fn
print(g.name(), g._saved_dimension, g._saved_size, g._saved_step, g._saved_self_sym_sizes, g.next_functions)
print(x.unfold(-1, 2, 2).grad_fn._saved_dimension)
(gx,) = torch.autograd.grad((y * y).sum(), x, create_graph=True)
print(gx, gx.grad_fn.name(), gx.grad_fn.next_functions)
print(torch.autograd.grad((gx * gx).sum(), x))
z = torch.tensor(5.0, requires_grad=True)
w = z.unfold(0, 1, 1)
print(w, w.shape, w.grad_fn._saved_self_sym_sizes)
w.sum().backward()
print(z.grad)
b = torch.zeros(6)
v = b.unfold(0, 2, 2)
v[1, 0] = 7.0
print(b, v, b._version, v._version)
h = torch.zeros(5, requires_grad=True)
k = h * 1
k.unfold(0, 2, 1).mul_(2)
print(k.grad_fn)
print(torch.ones(3, dtype=torch.int64).unfold(0, 2, 1), torch.zeros(0, 3).unfold(0, 0, 1).shape)
"""))


@pytest.mark.parametrize("expr", [
    "x.unfold(1, 5, 1)", "x.unfold(-1, 5, 1)", "x.unfold(1, 2, 0)", "x.unfold(2, 1, 1)", "x.unfold(1, -1, 1)",
    "x.unfold(1, 2, -1)", "torch.tensor(5.0).unfold(0, 2, 1)", "torch.tensor(5.0).unfold(1, 1, 1)",
    "x.unfold(1.0, 2, 1)", "x.unfold(1, 2)", "x.unfold(1)", "x.unfold()", "x.unfold(1, 2, 2.0)",
    "x.unfold(1, True, 1)", "torch.zeros(0, 3).unfold(0, 1, 1)", "torch.unfold(x, 0, 1, 1)",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.ones(3, 4)}), raises=(RuntimeError, TypeError, IndexError,
                                                                        AttributeError))
