"""The torch.special functions that are ops of their own (i0, i0e, i1, i1e, ndtr, ndtri, log_ndtr,
erfcx, entr, xlog1py, zeta, multigammaln / mvlgamma) against torch: values, special values, first
and second derivatives, graphs and saved fields, errors.

Tolerances (measured on thousands of random points, see test_many_points_within_tolerance):
float64 to rtol 1e-13 (the largest difference seen is 2e-15); float32 to rtol 1e-6: PyTorch's
float kernels evaluate Cephes' approximations in float and land up to 13 ulp from the exact value
(i1 at 7.52: 254.55042 where the exact value is 254.55022), while these round the float64 value
once, so the two can differ by that much."""
import numpy as np
import pytest
import torch
from ops_oracle import check_op, printed, same

import autograd_tutor

MIXED = [-2.5, -0.3, 0.7, 3.2, -7.25, 12.0]
POSITIVE = [0.3, 1.5, 4.0, 0.01, 2.5, 9.0]
UNIT = [0.001, 0.05, 0.3, 0.5, 0.75, 0.999]
SPECIAL = [0.0, -0.0, 1e-30, -1e-8, 1.0, -1.0, 30.0, -30.5, 100.0, 700.0, 714.0, -1e4, float("inf"), -float("inf"),
           float("nan")]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr, values", [
    ("torch.special.i0(a)", MIXED), ("torch.i0(a)", MIXED), ("a.i0()", POSITIVE), ("torch.special.i0e(a)", MIXED),
    ("torch.special.i1(a)", MIXED), ("torch.special.i1e(a)", MIXED), ("torch.special.i1(a)", [0.0, 1e-20, -2.0]),
    ("torch.special.i1e(a)", [0.0, -1e-20, 2.0]), ("torch.special.ndtr(a)", MIXED),
    # (far left, log_ndtr's second derivative cancels: -(log_ndtr' + x) loses digits in float32)
    ("torch.special.ndtri(a)", UNIT), ("torch.special.log_ndtr(a)", [-2.5, -0.3, 0.7, 3.2, -1.25, 5.0]), ("torch.special.erfcx(a)", MIXED),
    ("torch.special.entr(a)", POSITIVE), ("torch.special.xlog1py(a, a.flip(0) ** 2)", MIXED),
    ("torch.special.xlog1py(2, a)", POSITIVE), ("torch.special.xlog1py(a, 3.0)", MIXED),
    ("torch.special.multigammaln(a + 3, 3)", POSITIVE), ("torch.mvlgamma(a + 1, p=2)", POSITIVE),
    ("(a + 2).mvlgamma(1)", POSITIVE), ("torch.special.zeta(a.detach() + 2, a)", POSITIVE),
    ("torch.special.zeta(3.5, a)", POSITIVE),
])
def test_values_and_two_derivatives_as_torch(expr, values, dtype):
    check_op(expr, values, dtype=dtype, rtol=1e-5 if dtype == "float32" else 1e-12)


@pytest.mark.parametrize("name", ["i0", "i0e", "i1", "i1e", "ndtr", "log_ndtr", "erfcx", "entr"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_special_values_as_torch(name, dtype):
    same(lambda T: getattr(T.special, name)(T.tensor(SPECIAL, dtype=getattr(T, dtype))),
         rtol=1e-6 if dtype == "float32" else 1e-13, atol=0)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_ndtri_special_values_as_torch(dtype):
    p = [0.0, 1.0, 0.5, -0.1, 1.1, float("nan"), 1e-300, 1e-30, 1 - 1e-7, 1e-7, 0.1, 0.9]
    same(lambda T: T.special.ndtri(T.tensor(p, dtype=getattr(T, dtype))), rtol=1e-6 if dtype == "float32" else 1e-13,
         atol=0)


def test_zeta_special_values_as_torch():
    x = [1.0, 0.5, 2.0, 2.0, 2.5, 3.0, 2.0, 3.3, 7.1, 1.0001, 50.0, 2.0, float("nan")]
    q = [1.0, 1.0, 0.0, -1.0, -1.5, -1.5, float("inf"), 0.3, 12.5, 2.0, 1.5, 1e9, 1.0]
    same(lambda T: T.special.zeta(T.tensor(x, dtype=T.float64), T.tensor(q, dtype=T.float64)), rtol=1e-13, atol=0)


def _points(name, rng):
    if name == "ndtri":
        return np.concatenate([rng.uniform(0, 1, 2000), 10.0 ** -rng.uniform(0, 300, 500),
                               1 - 10.0 ** -rng.uniform(0, 16, 300)])
    if name in ("entr",):
        return rng.uniform(0, 50, 2000)
    return np.concatenate([rng.uniform(-50, 50, 2000), rng.uniform(-3, 3, 1000)])


@pytest.mark.parametrize("name", ["i0", "i0e", "i1", "i1e", "ndtri", "log_ndtr", "erfcx", "entr", "zeta"])
def test_many_points_within_tolerance(name):
    rng = np.random.default_rng(0)
    x = _points(name, rng)
    for dtype, rtol in ((np.float64, 1e-13), (np.float32, 1e-6)):
        results = []
        for lib in (torch, autograd_tutor):
            t = lib.tensor(x.astype(dtype))
            results.append((lib.special.zeta(t.abs() + 1.5, t + 60) if name == "zeta" else
                            getattr(lib.special, name)(t)).numpy())
        ours, theirs = results
        np.testing.assert_array_equal(np.isfinite(ours), np.isfinite(theirs))
        fine = np.isfinite(theirs)
        tiny = np.finfo(dtype).tiny  # below it, float32's subnormals keep fewer digits
        np.testing.assert_allclose(ours[fine], theirs[fine], rtol=rtol, atol=tiny / np.finfo(dtype).eps)


def test_graphs_and_printing_as_torch():
    same(printed("""
def walk(fn, depth=0):
    if fn is not None and depth < 8:
        saved = {a: getattr(fn, a) for a in dir(fn) if a.startswith("_saved") and not torch.is_tensor(getattr(fn, a))}
        print("  " * depth + fn.name(), saved, sorted(a for a in dir(fn) if a.startswith("_saved")))
        for nxt, _ in fn.next_functions:
            walk(nxt, depth + 1)

x = torch.tensor([-1.5, 0.3, 2.0], requires_grad=True)
for name in ("ndtr", "ndtri", "log_ndtr", "erfcx", "entr", "i0", "i0e", "i1", "i1e"):
    y = getattr(torch.special, name)(x.sigmoid() if name == "ndtri" else x)
    print(name, y)
    walk(y.grad_fn)
    (g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    print(g)
    if name != "ndtr":  # erf's own double-backward graph is written differently (see ErfBackward0)
        walk(g.grad_fn)
y = torch.special.xlog1py(x, x * 2)
walk(y.grad_fn)
print(torch.special.xlog1py(2, x), torch.special.xlog1py(x, 2.0), torch.special.xlog1py(2, x).grad_fn._saved_self)
print(torch.special.xlog1py(x, 2.0).grad_fn._saved_other)
y = torch.special.multigammaln(x + 3, 3)
print(y, y.grad_fn._saved_p)
walk(y.grad_fn)
print(torch.mvlgamma(x + 3, p=2), (x + 3).mvlgamma(2), (x.detach() + 3).mvlgamma_(2))
y = torch.special.zeta(x.detach() + 3, x + 2)
walk(y.grad_fn)
(g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g)
walk(g.grad_fn)
print(torch.special.zeta(3.0, x + 2).grad_fn._saved_self, torch.special.zeta(x + 3, 2.0))
print(torch.i0(x), x.i0(), (x * 1).i0_(), torch.i0_(x.detach().clone()))
print(torch.special.i0(torch.tensor([1, 2])), torch.special.entr(torch.tensor([1, 2])), torch.special.ndtr(torch.tensor([1, 2])))
print(torch.special.xlog1py(torch.tensor([1, 2]), torch.tensor([1, 2])), torch.special.zeta(torch.tensor([2, 3]), torch.tensor([1, 2])))
print(torch.special.multigammaln(torch.tensor([3, 4]), 2), torch.special.zeta(torch.tensor([2.]), torch.tensor([1.], dtype=torch.float64)))
print(torch.special.i1e(x.detach(), out=torch.empty(3)), torch.special.entr(torch.tensor([0., -1., float('inf'), float('nan')])))
"""), rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("expr", [
    "torch.special.zeta(x, x).sum().backward()", "torch.special.zeta(x, 2.0).sum().backward()",
])
def test_zeta_has_no_derivative_in_its_first_argument_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([2.5, 3.0], requires_grad=True)}), raises=NotImplementedError)


@pytest.mark.parametrize("expr", [
    "torch.special.i0(2.0)", "torch.special.i1e([1.0])", "torch.special.ndtri(0.5)", "torch.special.entr(1)",
    "torch.special.multigammaln(torch.tensor([True]), 1)", "torch.special.multigammaln(x, 1.5)",
    "torch.mvlgamma(x, 1.5)", "x.mvlgamma(1.5)", "x.mvlgamma_(2)", "torch.special.multigammaln(x, 0)",
    "torch.special.multigammaln(x, -1)", "torch.special.zeta(2.0, 3.0)", "torch.special.xlog1py(2.0, 3.0)",
    "torch.special.zeta(x, 2).grad_fn._saved_other", "torch.i0_(x)",
    "torch.special.i0e(x, out=torch.empty(2))", "torch.special.multigammaln(x, 2, out=torch.empty(2))",
])
def test_errors_as_torch(expr):
    same(lambda T: eval(expr, {"torch": T, "x": T.tensor([2.5, 3.0], requires_grad=True)}),
         raises=(RuntimeError, TypeError, AttributeError))


@pytest.mark.parametrize("name", ["airy_ai", "bessel_j0", "bessel_y1", "modified_bessel_k0"])
def test_a_function_not_implemented_says_pytorch_has_it(name):
    with pytest.raises(AttributeError, match=rf"PyTorch has torch.special.{name}; autograd_tutor does not implement it"):
        getattr(autograd_tutor.special, name)


@pytest.mark.parametrize("name", ["modified_bessel_i0", "modified_bessel_i1", "spherical_bessel_j0"])
@pytest.mark.parametrize("dtype, rtol", [("float32", 1e-6), ("float64", 1e-13)])
def test_functions_pytorch_does_not_differentiate_as_torch(name, dtype, rtol):
    """Their results never require grad (no grad_fn), as PyTorch's; values within the tolerances above
    (spherical_bessel_j0: sin(x) / x, whose sin may differ from PyTorch's in the last bit)."""
    x = np.concatenate([np.random.default_rng(0).uniform(-50, 50, 2000), np.linspace(-1, 1, 41), SPECIAL])

    def program(T):
        t = T.tensor(x, dtype=getattr(T, dtype), requires_grad=True)
        y = getattr(T.special, name)(t)
        return y.requires_grad, y.grad_fn, y.detach(), getattr(T.special, name)(T.tensor([1, 2])).dtype

    same(program, rtol=rtol, atol=1e-30)


# igamma / igammac (torch.special.gammainc / gammaincc). Tolerances: float64 to rtol 5e-9 - where
# a > 20 and x is near a, PyTorch's float64 kernel (a uniform asymptotic expansion) is itself off by up
# to 1.8e-9 (checked against mpmath at 40 digits: at a = 20.5119, x = 14.5779 PyTorch is 1.8e-9 off,
# this series 6e-16); float32 to rtol 1e-4 (PyTorch computes in float, up to 6e-5 off).
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("expr", [
    "torch.special.gammainc(a.detach() + 1, b)", "torch.special.gammaincc(a.detach() + 1, b)",
    "torch.igamma(a.detach(), b * 2)", "a.detach().igammac(b) * b", "torch.special.gammainc(b.detach(), a + b)",
])
def test_incomplete_gamma_values_and_two_derivatives_as_torch(expr, dtype):
    check_op(expr, POSITIVE, POSITIVE[::-1], dtype=dtype, rtol=1e-4 if dtype == "float32" else 1e-9)


@pytest.mark.parametrize("name", ["igamma", "igammac"])
def test_incomplete_gamma_many_points_within_tolerance(name):
    rng = np.random.default_rng(0)
    a = np.concatenate([rng.uniform(0.01, 5, 1500), rng.uniform(5, 100, 1500), rng.uniform(0, 1, 300)])
    x = np.concatenate([rng.uniform(0, 10, 1500), a[1500:3000] * rng.uniform(0.5, 1.5, 1500), rng.uniform(0, 3, 300)])
    for dtype, rtol in ((np.float64, 5e-9), (np.float32, 1e-4)):
        theirs, ours = (getattr(lib, name)(lib.tensor(a.astype(dtype)), lib.tensor(x.astype(dtype))).numpy()
                        for lib in (torch, autograd_tutor))
        np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=1e-6 if dtype is np.float32 else 1e-12)


def test_incomplete_gamma_graphs_edges_and_errors_as_torch():
    same(printed("""
a = torch.tensor([0.5, 2.0, 5.0], requires_grad=True)
x = torch.tensor([0.3, 2.5, 4.0], requires_grad=True)
for y in (torch.igamma(a, x), a.igammac(x), torch.special.gammainc(a.double(), x)):
    print(y, y.grad_fn.name(), sorted(k for k in dir(y.grad_fn) if k.startswith("_saved")))
(g,) = torch.autograd.grad(torch.special.gammaincc(a.detach(), x).sum(), x, create_graph=True)
print(g, g.grad_fn.name(), torch.autograd.grad(g.sum(), x))
for fn in (torch.special.gammainc, torch.special.gammaincc):
    print(fn(torch.tensor([0., 0., -1, 1, float('inf'), 1, 2, float('nan')]), torch.tensor([1., 0., 1, -1, 1, float('inf'), 0, 1])))
    try:
        fn(a, x.detach()).sum().backward()
    except NotImplementedError as e:
        print(e)
print(a.detach().igamma(other=x.detach()), a.detach().igammac(x.detach()))
for call in (lambda: torch.special.gammainc(a, 2.0), lambda: torch.special.gammainc(2.0, x),
             lambda: torch.special.gammainc(torch.tensor([1, 2]), torch.tensor([1, 2]))):
    try:
        call()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
"""), rtol=1e-6)
