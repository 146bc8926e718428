"""torch.aminmax against torch: both outputs, the one two-output node, ties sharing the
gradient, first and second derivatives, keepdim, integer inputs and errors."""
import pytest
from ops_oracle import check_op, printed, same

X = [[1.0, 3.0, 3.0, -0.5], [2.0, 0.0, 0.0, 2.0], [0.25, -1.0, 4.0, 1.5]]
CASES = [
    "torch.aminmax(a)", "torch.aminmax(a, dim=1)", "torch.aminmax(a, dim=0, keepdim=True)",
    "a.aminmax(dim=-1)", "a.aminmax(keepdim=True)",
    "torch.aminmax(a, dim=1)[1]", "torch.aminmax(a)[1] * 2 + torch.aminmax(a)[0]",
    "sum(torch.aminmax(a, dim=0))", "torch.aminmax(a[0, 0])",
]


@pytest.mark.parametrize("expr", CASES)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_aminmax_against_torch(expr, dtype):
    check_op(expr, X, dtype=dtype)


def test_aminmax_node_and_errors():
    same(printed("""
a = torch.tensor([[1.0, 3.0, 3.0], [2.0, 0.0, 0.0]], requires_grad=True)
r = torch.aminmax(a, dim=-1)
g = r.min.grad_fn
print(r, g is r.max.grad_fn, r.max.output_nr, g._saved_dim, g._saved_keepdim, g._saved_min, g._saved_max)
print(sorted(d for d in dir(g) if d.startswith('_saved_')))
(r.min * 2 + r.max).sum().backward()
print(a.grad)
print(torch.aminmax(torch.tensor([1, 5, 2])), torch.aminmax(torch.zeros(2, 0), dim=0), torch.aminmax(torch.tensor(2.5)))
for f in [lambda: torch.aminmax(torch.zeros(0)), lambda: torch.aminmax(torch.zeros(2, 0), dim=1),
          lambda: torch.aminmax(a, dim=3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
"""))
