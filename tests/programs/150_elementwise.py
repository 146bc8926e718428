# Elementwise functions, values and gradients, including edge cases.
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
x.exp(), x.sin(), x.cos(), x.tanh(), x.sigmoid(), x.relu(), x.abs(), torch.sign(x)
# %%
x.log(), x.log1p(), x.sqrt(), x.reciprocal(), x.rsqrt()
# %%
x.clamp(-1, 1), x.clamp(min=0), x.clamp(max=0.2), torch.clamp(x, -0.5, 0.5), x.clip(0, 1)
# %%
x.clamp()
# %%
y = torch.tensor([1.0, -1.0, 0.0, 1.0, 1.0])
torch.maximum(x, y), torch.minimum(x, y), torch.where(x > 0, x, y), x.exp().grad_fn, x.relu().grad_fn, x.clamp(0, 1).grad_fn, x.clamp(min=0).grad_fn
# %%
torch.max(x, y), torch.min(x, 0.0)
# %%
def grad_of(f):
    x.grad = None
    f(x).sum().backward()
    return x.grad
grad_of(torch.exp), grad_of(torch.sin), grad_of(torch.cos), grad_of(torch.tanh), grad_of(torch.sigmoid)
# %%
grad_of(torch.relu), grad_of(torch.abs), grad_of(lambda t: t.clamp(-0.5, 0.5)), grad_of(lambda t: t.clamp(min=0.0))
# %%
grad_of(lambda t: torch.maximum(t, y)), grad_of(lambda t: torch.minimum(t, y)), grad_of(lambda t: torch.where(t > 0, t * t, -t))
# %%
grad_of(torch.sqrt)
# %%
grad_of(torch.log), grad_of(torch.reciprocal), grad_of(torch.log1p)
# %%
p = torch.tensor([1.0, 4.0, 9.0], requires_grad=True)
(p.sqrt() + p.log() + p ** 1.5 + 2 ** p + p.pow(2) + torch.pow(p, p)).sum().backward()
p.grad
# %%
torch.sin(torch.tensor([1, 2])), torch.exp(torch.tensor(1)), torch.sqrt(torch.tensor([4])), torch.abs(torch.tensor([-3, 3]))
# %%
torch.tensor([1, 2]).relu(), torch.tensor([-1, 2]).clamp(0, 1), torch.tensor([1, 4]).float().sqrt()
# %%
torch.exp(2.0)
# %%
torch.log(torch.tensor(0.0)), torch.log(torch.tensor(-1.0)), torch.tensor(1.0) / 0, torch.tensor(0.0) / 0
# %%
torch.tensor(1) / 0, torch.tensor(1) // torch.tensor(1)
# %%
torch.tensor(1) // 0
# %%
torch.tensor([5, 7]) % 0
# %%
torch.round(torch.tensor([0.5, 1.5, 2.567])), torch.floor(x), torch.ceil(x), torch.trunc(torch.tensor([-1.7, 1.7])), torch.tensor([2.567]).round(decimals=2)
# %%
torch.square(x), torch.neg(x), torch.sub(x, 1, alpha=2), torch.add(x, y, alpha=3), torch.mul(x, 2), torch.div(x, 2), torch.div(torch.tensor([7, -7]), 2, rounding_mode="floor"), torch.div(torch.tensor([7, -7]), 2, rounding_mode="trunc")
# %%
x + torch.ones(3)
# %%
torch.ones(2, 3) * torch.ones(3, 2)
# %%
torch.ones(2, 1) + torch.ones(3), (torch.ones(2, 1, requires_grad=True) * torch.arange(3.0)).grad_fn
# %%
torch.sigmoid(torch.tensor([-100.0, 100.0])), torch.tanh(torch.tensor([-100.0, 100.0])), torch.exp(torch.tensor([100.0, 1000.0], dtype=torch.float64)), torch.exp(torch.tensor([100.0]))
# %%
torch.isnan(torch.tensor([1.0, float("nan")])), torch.isinf(torch.tensor([1.0, float("inf")])), torch.isfinite(torch.tensor([1.0, float("inf")]))
