"""exp, log, tanh... and the backward kernels built on them round as PyTorch's CPU kernels do.

autograd_tutor/ops/_elementary.py computes the elementary functions in a wider dtype and rounds
once, where that measurably brings the results closer to PyTorch's than NumPy's own float32
(or float64) functions. These tests measure it on every entry of its table, against torch 2.13
on the same inputs: the share of results that differ from torch's in any bit must be below
NumPy's share, and small. The backward kernels that follow PyTorch's order (sigmoid, tanh's
fused bracket, binary cross-entropy) must agree bit for bit.
"""
import numpy as np
import pytest

import autograd_tutor as at
from autograd_tutor.ops import _elementary
from autograd_tutor.ops._numpy_namespace import NUMPY
from autograd_tutor.ops.double_backward.backward_ops import sigmoid_backward, tanh_backward

torch = pytest.importorskip("torch")

# NumPy's name -> PyTorch's, and where the function is defined (the rest: the whole line).
_TORCH_NAME = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "arctanh": "atanh"}
_DOMAIN = {"log": "positive", "log2": "positive", "log10": "positive", "log1p": "positive",
           "arcsin": "unit", "arccos": "unit", "arctanh": "unit"}
# Measured with 20,000 inputs (seed 0): the largest share differing from torch after the detour
# is sin/cos's (about 5% in float32; PyTorch's are less exact there), the rest 0-2%.
_AT_MOST = 0.08


def _inputs(domain, dtype, size=20_000):
    x = np.random.default_rng(0).standard_normal(size) * 3
    if domain == "positive":
        x = np.abs(x) + 1e-3
    elif domain == "unit":
        x = np.clip(x / 10, -0.99, 0.99)
    return x.astype(dtype)


def _differing(ours, theirs):
    same = (ours == theirs) | (np.isnan(ours) & np.isnan(theirs))
    return float(np.mean(~same))


CASES = [(name, np.dtype(dtype).name) for name, wider in sorted(_elementary.WIDER.items()) for dtype in wider]


@pytest.mark.parametrize("name, dtype", CASES)
def test_each_widened_function_is_closer_to_pytorch_than_numpy(name, dtype):
    torch_name = _TORCH_NAME.get(name, name)
    x = _inputs(_DOMAIN.get(name), dtype)
    theirs = getattr(torch, torch_name)(torch.tensor(x)).numpy()
    ours = getattr(at, torch_name)(at.tensor(x)).numpy()
    with np.errstate(all="ignore"):
        numpy_own = getattr(np, name)(x)
    assert ours.dtype == theirs.dtype
    ours_share, numpy_share = _differing(ours, theirs), _differing(numpy_own, theirs)
    assert ours_share < numpy_share, (name, dtype, ours_share, numpy_share)
    assert ours_share <= _AT_MOST, (name, dtype, ours_share)


@pytest.mark.parametrize("name", ["arcsinh", "arccosh"])
def test_functions_left_to_numpy_would_not_gain(name):
    """asinh and acosh stay NumPy's: PyTorch's differ from the correctly rounded result as often."""
    assert name not in _elementary.WIDER
    x = _inputs("positive", np.float32) + (1 if name == "arccosh" else 0)
    theirs = getattr(torch, name.replace("arc", "a"))(torch.tensor(x)).numpy()
    widened = getattr(np, name)(x.astype(np.float64)).astype(np.float32)
    assert _differing(widened, theirs) >= 0.9 * _differing(getattr(np, name)(x), theirs)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_activation_backward_kernels_round_as_pytorch(activation, dtype):
    """tanh's backward is grad * (1 - y²) with the bracket fused (one rounding); sigmoid's is
    grad * (1 - y) * y in that order. Both are compared given torch's own y, so only the
    backward formula is measured."""
    rng = np.random.default_rng(1)
    x = rng.standard_normal(20_000).astype(dtype)
    g = rng.standard_normal(20_000).astype(dtype)
    xt = torch.tensor(x, requires_grad=True)
    yt = getattr(torch, activation)(xt)
    yt.backward(torch.tensor(g))
    kernel = tanh_backward if activation == "tanh" else sigmoid_backward
    ours = kernel(NUMPY, g, yt.detach().numpy())
    limit = 0.002 if activation == "tanh" and dtype == "float64" else 0.0  # float64: an 80-bit stand-in for the FMA
    assert _differing(ours, xt.grad.numpy()) <= limit


@pytest.mark.parametrize("reduction", ["mean", "sum", "none"])
@pytest.mark.parametrize("weighted", [False, True])
def test_binary_cross_entropy_gradients_bit_for_bit(reduction, weighted):
    rng = np.random.default_rng(2)
    p = (1 / (1 + np.exp(-rng.standard_normal((50, 7)) * 2))).astype(np.float32)
    t = (rng.random((50, 7)) > 0.5).astype(np.float32)
    w = rng.random((50, 7)).astype(np.float32) if weighted else None
    grads = {}
    for lib in (at, torch):
        inp, tgt = lib.tensor(p, requires_grad=True), lib.tensor(t, requires_grad=True)
        loss = lib.nn.functional.binary_cross_entropy(inp, tgt, None if w is None else lib.tensor(w),
                                                      reduction=reduction)
        loss.backward(lib.ones_like(loss))
        grads[lib] = (inp.grad.numpy(), tgt.grad.numpy())
    for ours, theirs in zip(grads[at], grads[torch]):
        assert ours.tobytes() == theirs.tobytes()


@pytest.mark.parametrize("fn, at_most", [
    (lambda T, x: T.log_softmax(x, 1), 0.01),
    (lambda T, x: T.logsumexp(x, 1), 0.0),
    (lambda T, x: T.sigmoid(x), 0.06),
    (lambda T, x: T.nn.functional.softplus(x), 0.08),
    (lambda T, x: T.nn.functional.elu(x), 0.001),
], ids=["log_softmax", "logsumexp", "sigmoid", "softplus", "elu"])
def test_composite_ops_built_on_exp_and_log(fn, at_most):
    """Measured: NumPy's float32 exp and log made 7% (log_softmax), 1.6% (logsumexp), 16%
    (sigmoid), 33% (softplus) and 10% (elu) of these results differ from torch's."""
    x = (np.random.default_rng(3).standard_normal((64, 300)) * 3).astype(np.float32)
    ours = fn(at, at.tensor(x)).numpy()
    theirs = fn(torch, torch.tensor(x)).numpy()
    assert _differing(ours, theirs) <= at_most


@pytest.mark.parametrize("program", [
    "x.expand(2, 3).log()", "x.expand(2, 3).exp()", "x.double().expand(2, 3).tanh()",
    "x.expand(2, 3) ** 2.5", "2.5 ** x.expand(2, 3)", "x.expand(2, 3) ** torch.tensor([[2.5], [1.5]])",
])
def test_widened_results_keep_the_layout_of_the_direct_result(program):
    """An expanded input's result is laid out as NumPy lays out the ufunc's own result
    (contiguous), so a reshape of it is a view as in PyTorch (ViewBackward0)."""
    names = {}
    for lib in (at, torch):
        x = lib.tensor([1.5, 0.3, 1.0], requires_grad=True)
        y = eval(program, {"x": x, "torch": lib})
        names[lib] = (y.is_contiguous(), y.reshape(-1).grad_fn.name())
    assert names[at] == names[torch]


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("exponent", [2, 3, -1, -2, 2.0, 3.0, 0.5, -0.5])
def test_powers_that_pytorchs_kernel_turns_into_products_are_bit_for_bit(exponent, dtype):
    """x ** 3 is x * x * x in PyTorch (two roundings), x ** -2 is 1 / (x * x)...; float16 in float32.
    With NumPy's power, 34% of float32 x ** 3 differed. The gradients of x ** 2, x ** 3 and x ** -1
    are such powers too (x ** 1, x ** 2, x ** -2); the others' are general powers (below). 0.5 and
    -0.5 take a square root, which PyTorch's vector library rounds otherwise in about 0.6% of
    float32 and float64 results (half of them sqrt's own)."""
    x = (np.random.default_rng(4).standard_normal(5000) * 3).astype(dtype)
    results = {}
    for lib in (at, torch):
        t = lib.tensor(x, requires_grad=True)
        y = t ** exponent
        y.backward(lib.ones_like(y))
        results[lib] = (y.detach().numpy(), t.grad.numpy())
    (value, grad), (torch_value, torch_grad) = results[at], results[torch]
    square_root = exponent in (0.5, -0.5) and dtype != "float16"
    assert _differing(value, torch_value) <= (0.01 if square_root else 0.0)
    if exponent in (2, 3, -1, 2.0, 3.0):
        assert _differing(grad, torch_grad) == 0.0
    else:
        assert _differing(grad, torch_grad) <= 0.03


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("program", ["x ** 2.5", "x ** y", "2 ** y", "x ** 4"])
def test_other_powers_are_rounded_once(program, dtype):
    """Measured: NumPy's own power made 20% of float32 results differ from torch's, 5.6% of float64."""
    rng = np.random.default_rng(5)
    x = (np.abs(rng.standard_normal(20_000)) * 3 + 0.01).astype(dtype)
    y = (rng.standard_normal(20_000) * 2).astype(dtype)
    ours = eval(program, {"x": at.tensor(x), "y": at.tensor(y)}).numpy()
    theirs = eval(program, {"x": torch.tensor(x), "y": torch.tensor(y)}).numpy()
    assert _differing(ours, theirs) <= 0.03
