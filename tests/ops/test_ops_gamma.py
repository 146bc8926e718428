"""lgamma, digamma, polygamma and erfinv against torch: values (float32 to its rounding, float64
to 1e-13), special values (poles, +-0., +-inf, nan, |x| >= 1 for erfinv), first, second and third
derivatives with the graphs PyTorch records (DigammaBackward0, PolygammaBackward0 with n, the
composite of erfinv's), the in-place variants, dtypes and the errors."""
import numpy as np
import pytest
import torch
from ops_oracle import check_op, printed, same

import autograd_tutor

POSITIVE = [0.3, 1.5, 4.0, 0.01, 12.5]
MIXED = [-2.5, -0.3, 0.7, 3.2, -7.25]
UNIT = [-0.9, -0.3, 0.0, 0.45, 0.7]
SPECIAL = [0.0, -0.0, -1.0, -2.5, float("inf"), -float("inf"), float("nan"), 1e-30, 1e30, 2.0, 1.0, -1e-8]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr, values", [
    ("torch.lgamma(a)", MIXED), ("a.lgamma()", POSITIVE), ("torch.digamma(a)", MIXED), ("a.digamma()", POSITIVE),
    ("torch.polygamma(1, a)", MIXED), ("torch.polygamma(2, a)", POSITIVE), ("a.polygamma(3)", MIXED),
    ("torch.polygamma(0, a)", POSITIVE), ("torch.erfinv(a)", UNIT), ("a.erfinv()", UNIT),
    ("torch.lgamma(a) * torch.digamma(a)", POSITIVE),
])
def test_values_and_two_derivatives_as_torch(expr, values, dtype):
    check_op(expr, values, dtype=dtype)


@pytest.mark.parametrize("name", ["lgamma", "digamma", "erfinv"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_special_values_as_torch(name, dtype):
    same(lambda T: getattr(T, name)(T.tensor(SPECIAL + [0.999999, -0.5, 1.0 - 2 ** -40], dtype=getattr(T, dtype))),
         rtol=1e-6 if dtype == "float32" else 1e-13, atol=0)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 10])
def test_polygamma_special_values_as_torch(n):
    same(lambda T: T.polygamma(n, T.tensor(SPECIAL + [0.5, -20.5, 25.0], dtype=T.float64)), rtol=1e-13, atol=0)


@pytest.mark.parametrize("name, low, high", [("lgamma", -20, 50), ("digamma", -20, 50), ("erfinv", -1, 1),
                                             ("polygamma1", -20, 50), ("polygamma2", -20, 50)])
def test_random_values_within_float_rounding(name, low, high):
    """Many points: float64 to 1e-13, float32 to its rounding (digamma's roots to 1e-5)."""
    x = np.random.default_rng(0).uniform(low, high, 3000)
    for dtype, rtol in ((np.float64, 1e-13), (np.float32, 2e-5)):
        results = []
        for lib in (torch, autograd_tutor):
            t = lib.tensor(x.astype(dtype))
            results.append((lib.polygamma(int(name[-1]), t) if name.startswith("poly") else getattr(lib, name)(t)).numpy())
        np.testing.assert_allclose(results[1], results[0], rtol=rtol, atol=1e-6 if dtype is np.float32 else 0)


def test_derivative_graphs_to_the_third_order():
    same(printed("""
def walk(fn, depth=0):
    if fn is not None and depth < 7:
        saved = {a: getattr(fn, a) for a in dir(fn) if a.startswith("_saved") and not torch.is_tensor(getattr(fn, a))}
        print("  " * depth + fn.name(), saved)
        for nxt, _ in fn.next_functions:
            walk(nxt, depth + 1)

for name in ("lgamma", "digamma", "erfinv"):
    x = torch.tensor([0.3, 1.5, 0.7 if name == "erfinv" else 4.0], requires_grad=True)
    g = getattr(torch, name)(x)
    for order in range(4):
        print(name, order, g)
        walk(g.grad_fn)
        (g,) = torch.autograd.grad(g.sum(), x, create_graph=True)
x = torch.tensor([0.5, 2.0], requires_grad=True)
y = torch.polygamma(2, x)
print(y.grad_fn._saved_n, y.grad_fn._saved_self)
"""))


def test_in_place_variants_and_dtypes():
    same(printed("""
for name in ("lgamma_", "digamma_", "erfinv_"):
    x = torch.tensor([0.25, 0.5], requires_grad=True)
    y = x * 1
    getattr(y, name)()
    y.sum().backward()
    print(y, x.grad)
x = torch.tensor([0.5, 2.0]).double()
print(x.clone().polygamma_(1), x.polygamma(n=2), torch.polygamma(n=1, input=x))
print(torch.lgamma(torch.tensor([1, 3])), torch.digamma(torch.tensor([True])), torch.erfinv(torch.tensor([0])))
h = torch.tensor([0.25, 2.0], dtype=torch.float16)
print(torch.lgamma(h), torch.digamma(h), torch.erfinv(h / 4), torch.polygamma(2, h))
print(torch.erfinv(torch.tensor([0.5]), out=torch.empty(1)))
"""))


@pytest.mark.parametrize("expr", [
    "torch.polygamma(1.5, torch.ones(2))", "torch.polygamma(-1, torch.ones(2))", "torch.ones(2).polygamma(1.5)",
    "torch.ones(2).polygamma(-1)", "torch.polygamma(torch.ones(2), 1)", "torch.polygamma(1, [0.5])",
    "torch.lgamma([1.0])", "torch.lgamma(2.0)", "torch.digamma([1.0])", "torch.erfinv(0.5)",
    "torch.tensor([1, 2]).lgamma_()", "torch.tensor([1, 2]).erfinv_()",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T}), raises=(RuntimeError, TypeError))
