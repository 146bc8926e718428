# Views share memory: what changes when, and what autograd thinks of it.
import torch
a = torch.arange(6.0)
v = a.view(2, 3)
v[0, 0] = 100.0
a, v._base is a, a._base, v.is_contiguous()
# %%
d = a.detach()
d[1] = -1.0
a
# %%
c = a.clone()
c[2] = 55.0
a[2]
# %%
s = a[1:4]
s.mul_(10)
a, s._version, a._version
# %%
x = torch.ones(4, requires_grad=True)
y = x * 1
part = y[:2]
part.add_(5)
y, part.grad_fn, y.grad_fn
# %%
y.sum().backward()
x.grad
# %%
x2 = torch.ones(4, requires_grad=True)
x2[:2].mul_(2)
# %%
t = torch.arange(6.0).reshape(2, 3)
tt = t.t()
tt[0, 1] = -5.0
t
# %%
r = t.reshape(6)
r[0] = 42.0
t[0, 0], t.t().reshape(6)._base is None
# %%
e = torch.zeros(2).expand(3, 2)
e.add_(1)
# %%
u = torch.zeros(3)
u.unsqueeze(0).fill_(7)
u
# %%
f = torch.tensor([1.0, 2.0], requires_grad=True)
g = f.detach()
g.add_(1)
f
# %%
(f * 2).sum().backward()
f.grad
# %%
h = torch.tensor([1.0, 2.0], requires_grad=True)
k = h * 2
kv = k.view(2, 1)
k.mul_(3)
kv, kv.grad_fn
# %%
kv.sum().backward()
h.grad
