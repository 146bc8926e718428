# A custom autograd.Function, the way learners write their first one.
import torch
class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * (x > 0).float()

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = MyReLU.apply(x)
y, y.grad_fn, y.grad_fn.name(), type(y.grad_fn).__name__
# %%
y.sum().backward()
x.grad
# %%
class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor):
        ctx.factor = factor
        return x * factor

    @staticmethod
    def backward(ctx, g):
        return g * ctx.factor, None

s = Scale.apply(x, 3.0)
s.sum().backward()
s, x.grad
# %%
class WrongCount(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor):
        return x * factor

    @staticmethod
    def backward(ctx, g):
        return g

WrongCount.apply(x, 2.0).sum().backward()
# %%
class WrongShape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g[:1]

WrongShape.apply(x).sum().backward()
# %%
MyReLU(x)
# %%
MyReLU.forward(None, x)
# %%
class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * g

c = torch.tensor(2.0, requires_grad=True)
out = Cube.apply(c)
(g1,) = torch.autograd.grad(out, c, create_graph=True)
(g2,) = torch.autograd.grad(g1, c)
out, g1, g2
# %%
with torch.no_grad():
    n = Cube.apply(c)
n, n.requires_grad
# %%
Cube.apply(torch.tensor(2.0))
# %%
class TwoOut(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3

    @staticmethod
    def backward(ctx, g1, g2):
        return g1 * 2 + g2 * 3

a, b = TwoOut.apply(x)
x.grad = None
(a.sum() + b.sum()).backward()
a, b, x.grad
# %%
x.grad = None
a, b = TwoOut.apply(x)
a.sum().backward()
x.grad
# %%
class NeedsGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        return x * w

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        return g * w, g * x

wt = torch.tensor([1.0, 1.0, 1.0])
NeedsGrad.apply(x, wt).sum().backward()
# %%
class Saved(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return g * y

r = Saved.apply(x)
r.mul_(2)
r.sum().backward()
