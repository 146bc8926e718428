"""torch.tensordot and torch.inner against torch: values, the composed graph (permute, view or
reshape alias, mm or dot), first and second derivatives and the errors."""
import numpy as np
import pytest
from ops_oracle import check_op, printed, same

_rng = np.random.default_rng(7)
A = _rng.standard_normal((2, 3)).round(4).tolist()
B = _rng.standard_normal((4, 3)).round(4).tolist()
C = _rng.standard_normal((3, 4, 2)).round(4).tolist()
CASES = [
    ("torch.inner(a, b)", A, B), ("torch.inner(a[0], b[1])", A, B), ("torch.inner(a, b[0])", A, B),
    ("a.inner(b)", A, B), ("torch.inner(a, b[0, 0])", A, B),
    ("torch.tensordot(a, b, dims=1)", A, C), ("torch.tensordot(a, b, dims=([1], [1]))", A, B),
    ("torch.tensordot(a, b, dims=0)", A, B), ("torch.tensordot(a, b, dims=([0, 2], [0, 2]))", C, C),
    ("torch.tensordot(a, b, dims=([0], [1]))", C, A), ("torch.tensordot(a, a)", A, A),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_contractions_against_torch(case, dtype):
    check_op(case[0], *case[1:], dtype=dtype)


def test_errors():
    same(printed("""
a, b = torch.ones(2, 3), torch.ones(3, 4)
for f in [lambda: torch.tensordot(a, b, dims=([1], [1])), lambda: torch.tensordot(a, b, dims=([0, 1], [0])),
          lambda: torch.tensordot(a, b, dims=-1), lambda: torch.tensordot(a, b, dims=3),
          lambda: torch.inner(a, b)]:
    try:
        f()
    except RuntimeError as e:
        print(e)
print(torch.inner(torch.tensor(2.0), a), torch.tensordot(torch.arange(6).view(2, 3), torch.arange(12).view(3, 4), 1))
"""))
