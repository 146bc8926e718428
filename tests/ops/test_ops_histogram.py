"""torch.histogram against torch: counts, edges from a bin count, a range or a tensor of edges,
weights and density, float64, the node without a derivative, and the errors."""
import pytest
from ops_oracle import printed, same

X = "torch.tensor([0.1, 0.2, 0.7, 0.3, 0.55, -0.4, 0.7, 0.25])"
CASES = [
    f"torch.histogram({X}, 3)", f"torch.histogram({X}, bins=5, density=True)",
    f"torch.histogram({X}, 4, range=(0., 1.))", f"torch.histogram({X}, 4, range=(-1., 0.5), density=True)",
    f"torch.histogram({X}, torch.tensor([-1., 0., 0.3, 0.7]))",
    f"torch.histogram({X}, 3, weight=torch.arange(8.))", f"{X}.histogram(2)", f"{X}.double().histogram(6)",
    "torch.histogram(torch.tensor([2., 2.]), 2)", "torch.histogram(torch.tensor([]), 2)",
    "torch.histogram(torch.tensor([[1., 5.], [3., 9.]]), 4, range=(0., 8.))", f"torch.histogram({X})",
]


@pytest.mark.parametrize("expr", CASES)
def test_histogram_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}))


ERRORS = ["torch.histogram(torch.tensor([1, 2]), 2)", "torch.histogram(torch.ones(3), -1)",
          "torch.histogram(torch.ones(3), 2, range=(1., 0.))",
          "torch.histogram(torch.tensor([1., float('nan')]), 2)"]


@pytest.mark.parametrize("expr", ERRORS)
def test_histogram_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, NotImplementedError))


def test_histogram_records_a_node_without_derivative():
    same(printed("""
x = torch.tensor([1., 2., 1., 4.], requires_grad=True)
r = torch.histogram(x, bins=3)
print(r, r.hist.grad_fn.name(), r.hist.grad_fn is r.bin_edges.grad_fn, r.bin_edges.output_nr)
try:
    r.hist.sum().backward()
except RuntimeError as e:
    print(e)
"""))
