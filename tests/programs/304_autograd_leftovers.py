# Corners of autograd: torch.autograd.functional, custom Function details, x ** x twice,
# views made in no_grad, anomaly detection and inference tensors.
import torch
from torch.autograd.functional import hessian, hvp, jacobian, jvp, vhp, vjp


def f(x):
    return x ** 3


x = torch.tensor([1.0, 2.0])
print(jacobian(f, x))
print(hessian(lambda x: f(x).sum(), x))
print(vjp(f, x, torch.ones(2)))
print(jvp(f, x, torch.tensor([1.0, 0.0])))
print(hvp(lambda x: f(x).sum(), x, torch.ones(2)))
print(vhp(lambda x: f(x).sum(), x, torch.ones(2)))
# %%
print(jacobian(lambda a, b: (a * b, a + b), (x, torch.tensor([3.0, 4.0]))))
# %%
print(jacobian(f, x, create_graph=True))
# %%
print(jacobian(lambda x: torch.ones(2), x, strict=True))
# %%
print(hessian(lambda x: (x * 2).sum(), x, strict=True))
# %%
print(vjp(f, x, torch.ones(3)))
# %%
print(hvp(f, x, torch.ones(2)))
# %%
print(jacobian(f, x, strategy="forward-mode"))
# %%
Function = torch.autograd.Function


class Double(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2


a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
c = Double.apply(b)
print(c is b, c, b._version)
c.sum().backward()
print(a.grad)
# %%
class Forgetful(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x * 1

    @staticmethod
    def backward(ctx, g):
        return g


Forgetful.apply(a.clone())
# %%
class Same(Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g


s = Same.apply(a)
print(s is a, s._base is a, s._is_view(), s.grad_fn.name())
s.mul_(2)
# %%
class Square(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g


y = Square.apply(a)
g, = torch.autograd.grad(y, a, torch.ones(2, requires_grad=True), create_graph=True)
print(g)
g.sum().backward()
# %%
class Scale(Function):
    @staticmethod
    def forward(x, k=2.0):
        return x * k

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.k = inputs[1]
        ctx.count = len(inputs)

    @staticmethod
    def vjp(ctx, g):
        return g * ctx.k, None


y = Scale.apply(a)
y.sum().backward()
print(y.grad_fn.count, y.grad_fn.k, a.grad)
# %%
class ByKeyword(Function):
    @staticmethod
    def forward(ctx, x, w=None):
        return x * w

    @staticmethod
    def backward(ctx, g):
        return g


ByKeyword.apply(a, w=torch.ones(2, requires_grad=True)).sum().backward()
# %%
x = torch.tensor([1.5, 2.0], requires_grad=True)
g, = torch.autograd.grad((x ** x).sum(), x, create_graph=True)
print(g)


def names(node, depth=0):
    if node is None:
        return
    print("  " * depth + node.name())
    for child, _ in node.next_functions:
        names(child, depth + 1)


names(g.grad_fn)
print(torch.autograd.grad(g.sum(), x))
# %%
w = torch.ones(4, requires_grad=True)
with torch.no_grad():
    v = w[:2]
print(v.requires_grad, v.grad_fn, v.is_leaf)
v.mul_(2)
# %%
h = w * 1
with torch.no_grad():
    v = h[:2]
h.add_(1)
print(v.requires_grad)
print(v.grad_fn)
# %%
print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
with torch.autograd.detect_anomaly():
    print(torch.is_anomaly_enabled())
    z = torch.tensor([1.0, 2.0], requires_grad=True)
    (z.exp() * z).sum().backward()
    print(z.grad)
# %%
print(torch.is_anomaly_enabled())
# %%
w = torch.ones(2, requires_grad=True)
with torch.inference_mode():
    t = torch.ones(2)
    u = w * 2
print(t.is_inference(), u.is_inference(), u.requires_grad, w.is_inference())
print(t + w)
t * w
# %%
t.add_(1)
# %%
t.requires_grad_()
