# no_grad, enable_grad, set_grad_enabled, inference_mode.
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
y.requires_grad, y.grad_fn, torch.is_grad_enabled()
# %%
with torch.no_grad():
    print(torch.is_grad_enabled())
    with torch.enable_grad():
        z = x * 2
    print(torch.is_grad_enabled())
z.requires_grad, z.grad_fn
# %%
torch.set_grad_enabled(False)
a = x * 2
torch.set_grad_enabled(True)
a.requires_grad, torch.is_grad_enabled()
# %%
with torch.set_grad_enabled(False):
    b = x * 2
with torch.set_grad_enabled(True):
    c = x * 2
b.requires_grad, c.requires_grad
# %%
@torch.no_grad()
def predict(t):
    return t * 3
predict(x), predict.__name__
# %%
@torch.enable_grad()
def with_grad(t):
    return t * 3
with torch.no_grad():
    r = with_grad(x)
r
# %%
@torch.no_grad
def bare(t):
    return t + 1
bare(x)
# %%
with torch.no_grad():
    w = torch.ones(2, requires_grad=True)
    u = w * 2
w.requires_grad, u.requires_grad
# %%
with torch.no_grad():
    (x * 2).sum().backward()
# %%
with torch.no_grad():
    out = x.sum()
out.backward()
# %%
with torch.inference_mode():
    i = x * 2
i.requires_grad, i
# %%
def gen():
    for k in range(2):
        yield torch.is_grad_enabled()
with torch.no_grad():
    g = gen()
list(g)
# %%
try:
    with torch.no_grad():
        raise ValueError("boom")
except ValueError:
    pass
torch.is_grad_enabled()
# %%
torch.no_grad(), torch.set_grad_enabled(True)
# %%
with torch.no_grad():
    x.grad = torch.tensor([0.5, 0.5])
    x -= 0.1 * x.grad
x, x.grad
# %%
torch.set_grad_enabled("yes")
# %%
torch.is_inference_mode_enabled(), torch.is_grad_enabled()
