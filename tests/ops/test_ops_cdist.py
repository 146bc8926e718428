"""torch.cdist against torch: p = 0, 1, 2, 3, 0.5 and inf, batched and broadcast inputs, the
CdistBackward0 node and its saved fields, first derivatives, the missing second derivative
and the argument errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

A = [[0.3, -0.6, 0.1], [0.8, -0.2, 0.45], [-0.9, 0.7, 0.05]]
B = [[0.5, 0.2, -0.3], [0.1, -0.5, 0.6], [-0.25, 0.35, 0.9], [1.1, 0.0, -0.7]]
A3 = [A, [[0.1, 0.2, 0.3], [-0.4, 0.5, -0.6], [0.7, -0.8, 0.9]]]
CASES = [
    ("torch.cdist(a, b)", A, B), ("torch.cdist(a, b, p=1)", A, B), ("torch.cdist(a, b, 3)", A, B),
    ("torch.cdist(a, b, p=0.5)", A, B), ("torch.cdist(a, b, p=float('inf'))", A, B),
    ("torch.cdist(a, b, p=0)", A, B), ("torch.cdist(a, b)", A3, B), ("torch.cdist(a, b[:2])", A3, B),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] + str(len(c[1])) for c in CASES])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_cdist_against_torch(case, dtype):
    # CdistBackward0's backward is not differentiable in PyTorch: output and first derivative
    # are compared, and the second derivative must fail as PyTorch's does.
    check_op(case[0], *case[1:], dtype=dtype, rtol=1e-4, atol=1e-5, second_order_raises=RuntimeError)


def test_cdist_node_and_errors():
    same(printed("""
a = torch.tensor([[0.0, 1.0], [2.0, -1.0], [0.0, 1.0]], requires_grad=True)
y = torch.cdist(a, a)
g = y.grad_fn
print(y, type(g).__name__, g._saved_p, sorted(d for d in dir(g) if d.startswith('_saved_')))
print(g._saved_result, g._saved_x1)
y.sum().backward()
print(a.grad)
gx, = torch.autograd.grad(torch.cdist(a, a.detach() + 1, p=3).sum(), a, create_graph=True)
print(gx, type(gx.grad_fn).__name__)
try:
    torch.autograd.grad(gx.sum(), a)
except Exception as e:
    print(type(e).__name__, e)
for f in [lambda: torch.cdist(torch.ones(3), torch.ones(3, 3)), lambda: torch.cdist(torch.ones(2, 3), torch.ones(3, 2)),
          lambda: torch.cdist(torch.ones(2, 3), torch.ones(3, 3), p=-1)]:
    try:
        f()
    except RuntimeError as e:
        print(e)
"""), exact=False)


_rng = np.random.default_rng(5)
BIG = _rng.standard_normal((27, 3)).round(4).tolist()
MM = [("torch.cdist(a, b)", BIG, B), ("torch.cdist(b, a)", BIG, B),
      ("torch.cdist(a, b, compute_mode='use_mm_for_euclid_dist')", A, B),
      ("torch.cdist(a, b, compute_mode='donot_use_mm_for_euclid_dist')", BIG, B)]


@pytest.mark.parametrize("case", MM, ids=[c[0] + str(len(c[1])) for c in MM])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_cdist_by_matmul_against_torch(case, dtype):
    # Only the direct (non-matmul) path ends in CdistBackward0, whose backward has no derivative.
    direct = "donot_use_mm" in case[0]
    check_op(case[0], *case[1:], dtype=dtype, rtol=1e-4, atol=1e-5,
             second_order_raises=RuntimeError if direct else None)
