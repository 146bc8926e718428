# Smooth activations, broadcasting helpers, interpolation and rearranging ops a learner reaches for.
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
F.silu(x), F.gelu(x), F.gelu(x, approximate="tanh"), F.softplus(x), torch.erf(x)
# %%
y = F.gelu(x).sum()
y.backward()
x.grad
# %%
x.grad = None
F.softplus(x, beta=2, threshold=1).sum().backward()
x.grad, F.softplus(x, beta=2, threshold=1).grad_fn._saved_beta
# %%
model = nn.Sequential(nn.Linear(3, 4), nn.SiLU(), nn.Linear(4, 4), nn.GELU(approximate="tanh"), nn.Softplus())
print(model)
# %%
g, = torch.autograd.grad(F.silu(x).sum(), x, create_graph=True)
g, torch.autograd.grad(g.sum(), x)[0]
# %%
a = torch.arange(3.0, requires_grad=True)
b = torch.ones(2, 1)
torch.broadcast_to(a, (2, 3)), torch.broadcast_tensors(a, b)
# %%
start = torch.zeros(3, requires_grad=True)
end = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
w = torch.tensor([0.25, 0.5, 1.0], requires_grad=True)
out = torch.lerp(start, end, w)
out.sum().backward()
out, start.grad, end.grad, w.grad
# %%
torch.addcmul(a, a, a, value=0.5), torch.addcdiv(a, a, a + 1, value=2)
# %%
m = torch.arange(6.0).reshape(2, 3).requires_grad_()
r = torch.roll(m, shifts=1, dims=1)
r, r.grad_fn._saved_shifts, r.grad_fn._saved_dims, torch.roll(m, -1)
# %%
t = m.tile((2, 1))
t.sum().backward()
t, m.grad
# %%
torch.diff(torch.tensor([1, 4, 9, 16])), torch.diff(m, dim=0), torch.diff(m, n=2, prepend=torch.zeros(2, 1))
# %%
torch.lerp(torch.ones(3), torch.ones(3, dtype=torch.float64), 0.5)
# %%
F.gelu(torch.tensor([1, 2]))
# %%
torch.roll(torch.ones(2, 3), (1, 2), (0,))
# %%
v = torch.tensor([1.0, 2.0, 0.0, 3.0], requires_grad=True)
p = torch.cumprod(v, 0)
p.sum().backward()
p, v.grad
# %%
torch.kron(torch.eye(2), torch.tensor([[1.0, 2.0], [3.0, 4.0]])), torch.masked_select(m, m > 2)
# %%
v.repeat_interleave(2), torch.repeat_interleave(torch.tensor([2, 0, 1])), v.repeat_interleave(torch.tensor([1, 0, 2, 1]))
# %%
xs, ys = torch.meshgrid(torch.arange(3), torch.arange(2), indexing="xy")
xs, ys, torch.logspace(0, 3, 4), torch.logspace(0, 4, 5, base=2)
# %%
torch.meshgrid(torch.arange(2), torch.arange(2))
# %%
data = torch.tensor([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]], requires_grad=True)
s, mu = torch.std_mean(data, dim=1)
(s + mu).sum().backward()
s, mu, s.grad_fn._saved_dim, data.grad, torch.var_mean(data, correction=0)
# %%
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
B = torch.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]], requires_grad=True)
C = torch.einsum("ij,jk->ik", A, B)
C.sum().backward()
C, A.grad, B.grad
# %%
torch.einsum("ij->ji", A), torch.einsum("ij->j", A), torch.einsum("i,j->ij", A[0], A[1]), torch.einsum("ii->i", A @ B)
# %%
torch.einsum("ij,jk->ik", A, A)
