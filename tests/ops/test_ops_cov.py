"""torch.cov against torch: 2-D and 1-D inputs, corrections, integer input, the composed graph
(node names and saved fields), first and second derivatives, the degrees-of-freedom warning
and the dimension error."""
import pytest
from ops_oracle import check_op, printed, same

X = [[0.3, -0.6, 0.1, 0.8], [-0.2, 0.45, -0.9, 0.7], [1.5, 0.6, 2.1, 0.8]]
CASES = ["torch.cov(a)", "torch.cov(a, correction=0)", "torch.cov(a[0])", "a.cov(correction=2)",
         "torch.cov(a.t())", "torch.cov(a[:1])"]


@pytest.mark.parametrize("expr", CASES)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_cov_against_torch(expr, dtype):
    check_op(expr, X, dtype=dtype)


def test_cov_edges():
    same(printed("""
print(torch.cov(torch.tensor([1, 2, 4])), torch.cov(torch.tensor([[1, 2], [3, 7]])))
print(torch.cov(torch.tensor([[1.0], [2.0]])))
print(torch.cov(torch.tensor(2.0)))
try:
    torch.cov(torch.ones(2, 2, 2))
except RuntimeError as e:
    print(e)
"""), exact=False)
