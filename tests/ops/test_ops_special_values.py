"""Signed zeros and nan through relu, clamp and threshold: PyTorch's comparisons (x < min, not
max(x, min)) keep an input's -0. and nan, and a nan bound gives nan. Values and gradients are
compared by repr, so -0. against 0. fails."""
import pytest
from ops_oracle import same

SPECIAL = [-0.0, 0.0, float("nan"), -1.0, 2.0, 1.0, float("inf"), -float("inf"), 0.5, -0.5]
BOUNDS = [None, 0.0, -0.0, 1.0, -1.0, float("nan")]


def _through(fn, dtype="float32"):
    def program(T):
        x = T.tensor(SPECIAL, dtype=getattr(T, dtype), requires_grad=True)
        y = fn(T, x)
        (grad,) = T.autograd.grad(y.sum(), x)
        return y.detach(), grad

    return program


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("lo, hi", [(lo, hi) for lo in BOUNDS for hi in BOUNDS if (lo, hi) != (None, None)])
def test_clamp_with_number_bounds(lo, hi, dtype):
    same(_through(lambda T, x: T.clamp(x, min=lo, max=hi), dtype))


@pytest.mark.parametrize("lo, hi", [(0.0, 1.0), (-0.0, 0.0), (float("nan"), 1.0), (-1.0, float("nan"))])
def test_clamp_with_tensor_bounds(lo, hi):
    same(_through(lambda T, x: T.clamp(x, min=T.tensor(lo), max=T.tensor(hi))))


@pytest.mark.parametrize("name, call", [
    ("relu", lambda T, x: T.relu(x)),
    ("F.relu", lambda T, x: T.nn.functional.relu(x)),
    ("relu_", lambda T, x: (x * 1).relu_()),
    ("clamp_min", lambda T, x: x.clamp_min(0.0)),
    ("clamp_max", lambda T, x: x.clamp_max(-0.0)),
    ("threshold", lambda T, x: T.nn.functional.threshold(x, 0.5, -2.0)),
    ("threshold at 0", lambda T, x: T.nn.functional.threshold(x, 0.0, 0.0)),
])
def test_relu_and_threshold_keep_signed_zero_and_nan(name, call):
    same(_through(call))


@pytest.mark.parametrize("name, call", [
    ("sign", lambda T, x: x.sign()),
    ("sgn", lambda T, x: x.sgn()),
    ("abs", lambda T, x: x.abs()),
])
def test_sign_of_nan_and_signed_zero_is_zero(name, call):
    same(_through(call))


@pytest.mark.parametrize("dtype", ["int64", "bool"])
def test_sign_of_integers_and_bools(dtype):
    same(lambda T: T.tensor([1, -2, 0] if dtype == "int64" else [True, False]).sign())
