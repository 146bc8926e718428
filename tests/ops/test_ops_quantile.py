"""quantile, nanquantile and nanmedian against torch: values for every interpolation mode, q as a
number, a 0-dim or a 1-D tensor, along a dim or of everything, keepdim, nan rows; the graphs
PyTorch composes them of (SqueezeBackward4 over LerpBackward1 over GatherBackward0 over
SortBackward0...; NanmedianBackward0/1); first and second derivatives; the errors in PyTorch's order."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

NAN = float("nan")
ROW = [3.0, -1.0, 2.5, 0.5, 7.0, -4.0, 1.25]
GRID = (np.random.default_rng(0).permutation(24).reshape(2, 3, 4) - 11.5) / 3  # distinct: sort has no ties
WITH_NAN = [[3.0, 1.0, 2.0, NAN], [0.5, 4.0, -1.0, 2.0], [NAN, 1.5, NAN, -2.0]]
ALL_NAN_ROW = [[3.0, NAN, 2.0], [NAN, NAN, NAN]]  # (a longer all-nan row: PyTorch's index is where its nth_element leaves it)
MODES = ["linear", "lower", "higher", "midpoint", "nearest"]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("expr, values", [
    ("torch.quantile(a, 0.3, interpolation=mode)", ROW), ("torch.quantile(a, 0.5, interpolation=mode)", ROW),
    # ranks 2.5 and 0.5: nearest rounds half to even
    ("torch.quantile(a, 0.5, interpolation=mode)", ROW[:6]), ("torch.quantile(a, 0.1, interpolation=mode)", ROW[:6]),
    ("torch.quantile(a, 0.75, dim=1, interpolation=mode)", GRID),
    ("torch.quantile(a, 0.4, 0, True, interpolation=mode)", GRID),
    ("torch.quantile(a, torch.tensor([0.1, 0.5, 1.0], dtype=a.dtype), dim=-1, interpolation=mode)", GRID),
    ("torch.quantile(a, torch.tensor([0.0, 0.33], dtype=a.dtype), interpolation=mode, keepdim=True)", GRID),
    ("torch.quantile(a, torch.tensor(0.6, dtype=a.dtype), dim=2, interpolation=mode)", GRID),
    ("a.quantile(0.9, dim=0, interpolation=mode)", GRID), ("a.nanquantile(q=0.25, interpolation=mode)", ROW),
    ("torch.nanquantile(a, 0.3, dim=1, interpolation=mode)", GRID),
])
def test_values_and_two_derivatives_as_torch(expr, values, mode, dtype):
    check_op(expr.replace("mode", repr(mode)), values, dtype=dtype)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("expr", [
    "torch.nanquantile(a, 0.4, dim=1, interpolation=mode)", "torch.nanquantile(a, 0.7, dim=0, interpolation=mode)",
    "torch.nanquantile(a, torch.tensor([0.2, 0.9], dtype=a.dtype), dim=1, interpolation=mode)",
    "torch.nanquantile(a, 0.5, interpolation=mode)", "torch.quantile(a, 0.5, dim=1, interpolation=mode)",
    "torch.quantile(a, 0.5, interpolation=mode)",
])
def test_nan_rows_as_torch(expr, mode):
    check_op(expr.replace("mode", repr(mode)), WITH_NAN)


@pytest.mark.parametrize("expr, values", [
    ("torch.nanmedian(a)", WITH_NAN), ("torch.nanmedian(a, 1)", WITH_NAN), ("a.nanmedian(0, True)", WITH_NAN),
    ("torch.nanmedian(a, dim=-1, keepdim=True)", WITH_NAN), ("torch.nanmedian(a)", ROW), ("a.nanmedian(0)", ROW),
    ("torch.nanmedian(a)", [NAN, NAN]), ("torch.nanmedian(a, 1)", ALL_NAN_ROW), ("torch.nanquantile(a, 0.5, 1)", ALL_NAN_ROW),
    ("torch.nanmedian(a, 0)", 2.5), ("torch.nanmedian(a)", 2.5),
    ("torch.nanmedian(a)", [1.0, 2.0, 2.0, NAN, 2.0, 5.0]),
])
def test_nanmedian_as_torch(expr, values):
    check_op(expr, values)


def test_graphs_and_printing_as_torch():
    same(printed("""
def walk(fn, depth=0):
    if fn is not None and depth < 9:
        saved = {a: getattr(fn, a) for a in dir(fn) if a.startswith("_saved") and not torch.is_tensor(getattr(fn, a))}
        print("  " * depth + fn.name(), saved)
        for nxt, _ in fn.next_functions:
            walk(nxt, depth + 1)

x = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
for y in (torch.quantile(x, 0.3), torch.quantile(x, 0.3, dim=0), torch.quantile(x, 0.3, dim=-1, keepdim=True),
          torch.quantile(x, torch.tensor([0.25, 0.5]), dim=1), torch.quantile(x, 0.4, 1, interpolation="lower"),
          torch.nanquantile(x, torch.tensor(0.5), keepdim=True), torch.quantile(torch.tensor(3.0, requires_grad=True), 0.2, 0),
          torch.quantile(torch.tensor([1.0, 2.0], requires_grad=True), 0.2, dim=0), torch.nanmedian(x),
          torch.nanmedian(x, 1).values):
    print(y)
    walk(y.grad_fn)
print(torch.nanmedian(x, 1), torch.nanmedian(torch.tensor([3, 1, 2])), torch.nanmedian(torch.zeros(0)))
print(torch.nanmedian(torch.zeros(0, 2), 1), torch.nanmedian(torch.tensor(2.0), 0))
print(torch.quantile(x, 1), torch.quantile(x, True), torch.quantile(x.detach(), 1e-7), torch.quantile(x, 0.123456789))
print(torch.nanquantile(torch.tensor([float("nan")] * 3), 0.4), torch.quantile(torch.tensor(3.0), 0.2, dim=0, keepdim=True))
print(torch.quantile(x.detach(), 0.5, out=torch.empty(())))
"""))


@pytest.mark.parametrize("expr", [
    "torch.quantile(x, 1.5)", "torch.quantile(x, -0.1)", "torch.quantile(x, 2)", "torch.nanquantile(x, 1.5)",
    "torch.quantile(x, torch.tensor([0.2, 1.2]))", "torch.quantile(x, torch.tensor([[0.2]]))",
    "torch.quantile(x, torch.tensor([0.2], dtype=torch.float64))", "torch.quantile(torch.tensor([1, 2]), 0.5)",
    "torch.quantile(torch.zeros(0), 0.5)", "torch.nanquantile(torch.zeros(0), 0.5)",
    "torch.quantile(x, 0.5, interpolation='foo')", "torch.quantile(torch.zeros(0), 1.5)",
    "torch.quantile(torch.zeros(0), 0.5, interpolation='foo')", "torch.quantile(torch.zeros(0), 0.5, dim=3)",
    "torch.quantile(torch.tensor([1, 2]), torch.tensor([[0.5]]))", "torch.quantile(x, 0.5, dim=3, interpolation='foo')",
    "torch.quantile(x, torch.tensor([1.5]), dim=3)", "torch.quantile(torch.zeros(0, 3), 0.5, dim=1)",
    "torch.quantile(x, 0.5, dim=2)", "torch.quantile(x, 'a')", "torch.quantile([1.0, 2.0], 0.5)",
    "torch.nanquantile(x, None)", "torch.nanmedian(torch.zeros(2, 0), 1)", "torch.nanmedian([1.0])",
    "torch.nanmedian(x, 2)",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([[3.0, 1.0, 2.0], [0.5, 4.0, -1.0]])}),
         raises=(RuntimeError, TypeError, IndexError))

