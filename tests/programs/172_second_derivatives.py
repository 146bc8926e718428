# Second derivatives and gradient penalties, the way learners write them.
import torch
x = torch.tensor([0.5, 1.5], requires_grad=True)
f = (x ** 3).sum() + (x[0] * x[1]).sin()
(g,) = torch.autograd.grad(f, x, create_graph=True)
g, g.grad_fn, g.requires_grad
# %%
H = torch.stack([torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)])
H
# %%
w = torch.tensor([[1.0, -1.0], [0.5, 2.0]], requires_grad=True)
inp = torch.tensor([[1.0, 2.0]], requires_grad=True)
out = torch.tanh(inp @ w).sum()
(gi,) = torch.autograd.grad(out, inp, create_graph=True)
penalty = (gi.norm() - 1) ** 2
penalty.backward()
gi, penalty, w.grad
# %%
t = torch.tensor(1.0, requires_grad=True)
y = torch.sigmoid(t)
derivs = []
for _ in range(4):
    (y,) = torch.autograd.grad(y, t, create_graph=True)
    derivs.append(round(y.item(), 6))
derivs, y.grad_fn
# %%
t2 = torch.tensor(0.3, requires_grad=True)
z = t2.exp() * t2.sin() / (1 + t2 ** 2)
(dz,) = torch.autograd.grad(z, t2, create_graph=True)
(d2z,) = torch.autograd.grad(dz, t2)
dz, d2z
# %%
(dz2,) = torch.autograd.grad(z, t2)
# %%
p = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (p.softmax(0) * torch.tensor([1.0, 0.0, 0.0])).sum()
(gp,) = torch.autograd.grad(loss, p, create_graph=True)
(hvp,) = torch.autograd.grad(gp, p, grad_outputs=torch.tensor([1.0, 0.0, 0.0]))
gp, hvp
# %%
m = torch.tensor([[2.0, 1.0], [1.0, 3.0]], requires_grad=True)
e = (m @ m).trace() if hasattr(m, "trace") else (m @ m).diagonal().sum()
(gm,) = torch.autograd.grad(e, m, create_graph=True)
gm, torch.autograd.grad(gm.sum(), m)[0]
# %%
q = torch.tensor([1.0, -2.0], requires_grad=True)
r = q.abs().sum() + q.relu().pow(2).sum() + q.clamp(-1, 1).pow(3).sum()
(gq,) = torch.autograd.grad(r, q, create_graph=True)
gq, torch.autograd.grad(gq.sum(), q)[0]
# %%
u = torch.tensor([3.0, 4.0], requires_grad=True)
nrm = u.norm()
(gu,) = torch.autograd.grad(nrm, u, create_graph=True)
gu, gu.grad_fn, torch.autograd.grad(gu[0], u)[0]
# %%
s = torch.tensor([0.2, 0.8], requires_grad=True)
l = torch.log(s).mean() + s.std() + s.var()
(gs,) = torch.autograd.grad(l, s, create_graph=True)
gs, torch.autograd.grad(gs.sum(), s)[0]
# %%
v = torch.tensor(2.0, requires_grad=True)
yv = v ** 2
(gv,) = torch.autograd.grad(yv, v)
gv.requires_grad, gv.grad_fn
# %%
torch.autograd.grad(gv, v)
