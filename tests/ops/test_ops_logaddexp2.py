"""torch.logaddexp2 against torch: values (infinities, broadcasting, integer and mixed operands),
Logaddexp2Backward0 with its saved fields, first and second derivatives, and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, same

# (no pair x = y = -1: PyTorch's vectorised kernel gives -4.8e-17 for its 0, which printing shows)
A = np.array([[0.5, -1.25, 2.0], [3.0, -2.0, 0.0]])
B = np.array([[1.5, -1.25, -4.0], [0.25, 2.0, 0.0]])
CASES = [
    ("torch.logaddexp2(a, b)", A, B), ("a.logaddexp2(b)", A, B), ("torch.logaddexp2(a, b[0])", A, B),
    ("torch.logaddexp2(a, a)", A), ("torch.logaddexp2(a * 40, b)", A, B),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_logaddexp2_as_torch(case):
    expr, *arrays = case
    check_op(expr, *arrays)


@pytest.mark.parametrize("program", [
    "torch.logaddexp2(torch.tensor([float('inf'), float('-inf'), float('inf')]), "
    "torch.tensor([float('inf'), float('-inf'), float('-inf')]))",
    "torch.logaddexp2(torch.tensor([1., 2.]), torch.tensor([1, 2]))",
    "torch.logaddexp2(torch.tensor([1., 2.]).double(), torch.tensor([1., 2.]))",
    "torch.logaddexp2(torch.tensor([1., 2.], requires_grad=True), torch.tensor(3.))",
])
def test_logaddexp2_values(program):
    same(lambda T: eval(program, {"torch": T}))


@pytest.mark.parametrize("program", [
    "torch.logaddexp2(torch.tensor([1, 2]), torch.tensor([1, 2]))",
    "torch.logaddexp2(torch.tensor([1.]), 2.)", "torch.tensor([1.]).logaddexp2(2)",
    "torch.logaddexp2(torch.ones(2), torch.ones(3))",
])
def test_logaddexp2_errors(program):
    same(lambda T: eval(program, {"torch": T}), raises=(RuntimeError, TypeError, NotImplementedError))
