# Writing into tensors with __setitem__ and what autograd makes of it.
import torch
t = torch.zeros(3, 4)
t[0] = 1.0
t[1, 1:3] = torch.tensor([5.0, 6.0])
t[:, -1] = 9
t[t == 0] = -1.0
t
# %%
t[[0, 2], [0, 1]] = 7.0
t[torch.tensor([1])] = 2
t
# %%
t[0] = torch.tensor([1.0, 2.0])
# %%
t[0, 0] = torch.tensor([1.0, 2.0])
# %%
i = torch.tensor([1, 2, 3])
i[0] = 2.7
i
# %%
i[1] = "x"
# %%
w = torch.ones(3, requires_grad=True)
w[0] = 5.0
# %%
with torch.no_grad():
    w[0] = 5.0
w, w.is_leaf, w.grad_fn
# %%
h = w * 2
h[1] = 0.0
h, h.grad_fn
# %%
h.sum().backward()
w.grad
# %%
z = torch.zeros(3)
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z[1] = p[2] * 10
z, z.requires_grad, z.grad_fn, z.is_leaf
# %%
z.sum().backward()
p.grad
# %%
q = torch.zeros(2, 3)
q[:, 0] = p[:2]
q[q > 0] = p[2] * p[2]
q
# %%
q.sum().backward()
p.grad
# %%
b = torch.tensor([True, False])
b[1] = 1
b
# %%
m = torch.arange(6.0).reshape(2, 3)
row = m[0]
row[1] = 100.0
m
# %%
m[:, 1] += 1
m[m > 50] *= 0
m
