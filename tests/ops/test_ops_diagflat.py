"""torch.diagflat against torch: the flattened input on a diagonal (any offset, a transposed or
0-dim input), the DiagEmbedBackward0 over ViewBackward0 (and CloneBackward0) graph, derivatives
and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

X = np.array([[1.0, -2.0, 0.5], [3.0, 4.0, -1.5]])
CASES = [
    ("torch.diagflat(a)", X), ("torch.diagflat(a, 1)", X), ("a.diagflat(-2)", X), ("torch.diagflat(a.t())", X),
    ("torch.diagflat(a[0], offset=-1)", X), ("torch.diagflat(a[1, 2])", X), ("torch.diagflat(a) @ a.reshape(6, 1)", X),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_diagflat_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.diagflat(torch.tensor([1, 2]), 1)", "torch.diagflat(torch.tensor([True, False]))", "torch.diagflat(torch.ones(0))",
])
def test_diagflat_values(program):
    same(lambda T: eval(program, {"torch": T}))


@pytest.mark.parametrize("program", ["torch.diagflat(torch.ones(2), offset=True)", "torch.diagflat(torch.ones(2), offset=0.5)"])
def test_diagflat_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=TypeError)
