"""torch.mode and torch.msort against torch: mode's values and indices (the index PyTorch's
unstable C++ sort leaves, also for long rows with many ties and for nan), keepdim, the
return type, ModeBackward0 and msort's SortBackward0 with their saved fields, derivatives,
and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = np.array([[1.0, 2.0, 2.0, 1.0, 0.5], [3.0, 3.0, 1.0, 1.0, 3.0], [0.0, -1.0, 0.0, -1.0, 2.0]])
rng = np.random.default_rng(5)
LONG = rng.integers(0, 4, (3, 40)).astype(float)
CASES = [
    ("torch.mode(a)", X), ("torch.mode(a, 0)", X), ("a.mode(1, keepdim=True)", X), ("torch.mode(a, dim=-2, keepdim=True)", X),
    ("torch.mode(a[0, 1])", X), ("torch.mode(a.t(), 1)", X), ("torch.mode(a)", LONG), ("torch.mode(a.t() * 2, 0)", LONG),
    ("torch.msort(a)", X), ("a.t().msort()", X), ("torch.msort(a[0])", X), ("torch.msort(a[0, 0])", X), ("torch.msort(a)", LONG),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_mode_msort_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.mode(torch.tensor([3, 1, 3, 1, 2]))", "torch.mode(torch.tensor([True, False, False]))",
    "torch.mode(torch.tensor([float('nan'), 1., float('nan')]))",
    "torch.mode(torch.tensor([[float('nan'), 1., 2., float('nan'), 2.] * 5]), 1)",
    "torch.mode(torch.ones(2, 0), 0)", "torch.tensor(5.).mode()",
    "torch.msort(torch.tensor([3., float('nan'), 1.]))", "torch.msort(torch.tensor([True, False]))",
    "torch.mode(torch.arange(100.) % 7)", "torch.mode((torch.arange(300.) * 37) % 11)",
])
def test_mode_msort_values(program):
    same(lambda T: eval(program, {"torch": T}))


@pytest.mark.parametrize("program", [
    "torch.mode(torch.ones(0))", "torch.mode(torch.ones(2, 0), 1)", "torch.mode(torch.ones(2, 2), 2)",
    "torch.mode(torch.ones(2, 2), dim=None)",
])
def test_mode_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(IndexError, TypeError, RuntimeError))


@pytest.mark.parametrize("expr", ["torch.mode(a.round(), 1).values", "torch.max(a, 1).values", "a.kthvalue(2, 0).values"])
def test_selected_values_gradients_record_pytorchs_nodes(expr):
    """value_selecting_reduction_backward: the gradient unsqueezed, then scattered (UnsqueezeBackward0).
    (No ties for kthvalue: PyTorch's quickselect picks among equal values in its own order.)"""
    data = LONG[:, :6] - 1.5 if "mode" in expr else np.random.default_rng(7).standard_normal((3, 6))
    def program(T):
        x = T.tensor(data, requires_grad=True)
        y = eval(expr, {"torch": T, "a": x})
        return T.autograd.grad((y * y).sum(), x, create_graph=True)
    same(program, exact=False)
