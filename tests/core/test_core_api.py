"""The Tensor API and grad modes of the core's first part print exactly what PyTorch prints.

Each program runs twice in the same test, with ``lib`` bound to torch and to autograd_tutor; its
printed output (object addresses normalised) must be the same text.
"""
import contextlib
import io
import re
import warnings

import pytest
import torch

import autograd_tutor as at

PROGRAMS = {
    "dtype rules": """
print(lib.tensor(1.5).dtype, lib.tensor(2).dtype, lib.tensor(True).dtype, lib.tensor([1, 2.5]).dtype)
print(lib.tensor([1, 2], dtype=lib.float64), lib.tensor([1.0], dtype=lib.float).dtype, lib.float32 is lib.float)
print(lib.ones(2, dtype=lib.int64), lib.zeros(2, 2, dtype=lib.float64), lib.tensor([True, False]))
""",
    "shape, size, dim, numel": """
t = lib.ones(2, 3)
print(t.shape, t.size(), t.size(1), t.size(-1), t.dim(), t.ndim, t.numel(), len(t), lib.Size([2, 3]))
print(t.shape == (2, 3), t.shape[0], t.shape[1:], lib.tensor(3.0).shape)
""",
    "data, requires_grad_, grad, grad_fn, is_leaf": """
x = lib.ones(2, requires_grad=True)
y = x * 3
print(x.data, x.data.requires_grad, y.is_leaf, x.is_leaf, y.requires_grad, y.grad_fn.name())
z = lib.zeros(2)
print(z.requires_grad_(), z.requires_grad_(False), z.grad)
x.grad = lib.tensor([1.0, 2.0])
print(x.grad)
x.grad = None
print(x.grad)
""",
    "detach, detach_, retain_grad": """
x = lib.tensor([1.0, 2.0], requires_grad=True)
y = x * x
y.retain_grad()
y.sum().backward()
print(y.grad, x.grad, y.retains_grad)
d = y.detach()
print(d, d.requires_grad, d.is_leaf)
y.detach_()
print(y, y.requires_grad, y.grad_fn)
""",
    "item, tolist, numpy, clone, format": """
t = lib.tensor([[1.5, 2.0], [3.0, 4.25]])
print(t.tolist(), t[0, 1].item(), type(t[0, 1].item()).__name__, lib.tensor(3).item())
print(t.numpy().dtype, t.numpy().shape, t.clone(), t.clone() is t)
g = lib.tensor(1020.5499267578125)
print(f"{g}", f"{g:.2f}", f"{lib.tensor(3)}", format(t), f"{t}")
print(bool(lib.tensor([0.0])), bool(lib.tensor(2)), int(lib.tensor(2.7)), float(lib.tensor(2)))
""",
    "zero_, fill_, copy_": """
t = lib.tensor([1.0, 2.0, 3.0])
print(t.zero_(), t.fill_(2.5), t.copy_(lib.tensor([4.0, 5.0, 6.0])), t)
s = lib.tensor([1, 2])
s.fill_(7)
print(s)
""",
    "comparisons and eq": """
a = lib.tensor([1.0, 2.0, 3.0])
b = lib.tensor([1.0, 0.0, 3.0])
print(a.eq(b), a == b, a != b, a > b, a >= 2, a < 2.5, a <= b, (a > 1) & (a < 3), (a > 2) | (b > 2))
print(lib.equal(a, a), a.eq(b).all(), a.eq(b).any(), ~(a > 1))
""",
    "creation functions": """
print(lib.ones(2, 2), lib.zeros(size=(1, 3)), lib.ones((2,)), lib.zeros([2, 1]))
x = lib.tensor([[1.0, 2.0]], requires_grad=True)
print(lib.ones_like(x), lib.zeros_like(x), lib.ones_like(x, dtype=lib.float64))
print(lib.randn(2, 3).shape, lib.rand(size=(4,)).dtype, lib.randn(size=(2, 2), requires_grad=True).requires_grad)
print(lib.manual_seed(0) is not None, lib.arange(5), lib.arange(1, 2, 0.25), lib.full((2,), 7.0))
""",
    "arithmetic with numbers on both sides": """
x = lib.tensor([1.0, -2.0, 4.0], requires_grad=True)
for y in (x + 1, 1 + x, x - 1, 1 - x, x * 2, 2 * x, x / 2, 2 / x, x ** 2, 2 ** x, -x, x ** x):
    print(y, y.grad_fn, [None if f is None else f.name() for f, _ in y.grad_fn.next_functions])
""",
    "reductions and functions of the seeds": """
x = lib.tensor([[0.5, 1.5], [2.0, 3.0]], requires_grad=True)
for y in (x.mean(), x.sum(), lib.log(x), lib.sqrt(x), lib.exp(x), x.norm(), lib.mean(x), lib.sum(x)):
    print(y)
(x.mean() + x.sum() + lib.log(x).sum() + lib.sqrt(x).sum() + lib.exp(x).sum() + x.norm()).backward()
print(x.grad)
""",
    "broadcasting reduces gradients to each input's shape": """
a = lib.tensor([[1.0], [2.0]], requires_grad=True)
b = lib.tensor([10.0, 20.0, 30.0], requires_grad=True)
c = lib.tensor(3.0, requires_grad=True)
y = (a * b + c) / (b - a)
y.sum().backward()
print(a.grad, b.grad, c.grad)
""",
    "vector-Jacobian product": """
x = lib.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x * 3
y.backward(lib.tensor([0.1, 1.0, 0.0001]))
print(x.grad)
""",
    "gradient accumulation and retain_graph": """
x = lib.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
y.backward(retain_graph=True)
g = x.grad
y.backward()
print(x.grad, g is x.grad, g)
""",
    "no_grad, enable_grad, set_grad_enabled": """
x = lib.ones(2, requires_grad=True)
with lib.no_grad():
    print((x * 2).requires_grad, lib.is_grad_enabled())
    with lib.enable_grad():
        print((x * 2).requires_grad)
@lib.no_grad()
def f(t):
    return t * 2
print(f(x).requires_grad, lib.is_grad_enabled())
with lib.set_grad_enabled(False):
    print((x * 2).requires_grad)
lib.set_grad_enabled(False)
print((x * 2).requires_grad, lib.is_grad_enabled())
lib.set_grad_enabled(True)
print((x * 2).requires_grad)
@lib.enable_grad()
def g(t):
    return t * 2
with lib.no_grad():
    print(g(x).requires_grad)
""",
    "backward with inputs=": """
a = lib.tensor([1.0, 2.0], requires_grad=True)
b = lib.tensor([3.0, 4.0], requires_grad=True)
(a * b).sum().backward(inputs=[a])
print(a.grad, b.grad)
""",
    "SGD step and zero_grad": """
w = lib.tensor([[0.1, 0.2], [0.3, 0.4]], requires_grad=True)
opt = lib.optim.SGD([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    loss = ((w * 2 - 1) ** 2).mean()
    loss.backward()
    opt.step()
    print(loss, w)
opt.zero_grad()
print(w.grad)
""",
    "a 100,000-op chain": """
x = lib.tensor(1.0, requires_grad=True)
y = x
for _ in range(100_000):
    y = y * 1.0
y.backward()
print(x.grad)
""",
}


def _printed(lib, program):
    out = io.StringIO()
    with warnings.catch_warnings(record=True), contextlib.redirect_stdout(out):
        warnings.simplefilter("always")
        exec(program, {"lib": lib})
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", out.getvalue())


@pytest.fixture(autouse=True)
def _grad_mode_restored():
    yield
    torch.set_grad_enabled(True)
    at.set_grad_enabled(True)


@pytest.mark.parametrize("program", PROGRAMS.values(), ids=list(PROGRAMS))
def test_prints_what_pytorch_prints(program):
    torch.manual_seed(0)
    expected = _printed(torch, program)
    assert _printed(at, program) == expected
