# Reductions with dim / keepdim and their gradients.
import torch
x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], requires_grad=True)
x.sum(), x.sum(0), x.sum(dim=1), x.sum(1, keepdim=True), x.sum((0, 1)), x.sum(-1)
# %%
x.mean(), x.mean(0), x.mean(dim=1, keepdim=True), torch.mean(x, -2)
# %%
x.max(), x.min(), x.max(dim=1), x.min(0)
# %%
vals, idx = x.max(dim=1, keepdim=True)
vals, idx, x.argmax(), x.argmax(dim=0), x.argmin(dim=1), x.argmax(1, keepdim=True)
# %%
x.max(1).values, x.max(1).indices, x.max(1)[0]
# %%
x.prod(), x.prod(1), x.var(), x.var(1), x.std(), x.std(0), x.var(1, unbiased=False)
# %%
x.var(dim=1, correction=0), x.std(1, keepdim=True)
# %%
x.norm(), x.norm(dim=1), x.norm(p=1), torch.norm(x, dim=0)
# %%
x.sum(2)
# %%
x.sum(dim=-3)
# %%
torch.tensor([1, 2, 3]).mean()
# %%
torch.tensor([1, 2, 3]).var()
# %%
x.max(dim=1).values.sum().backward()
x.grad
# %%
x.grad = None
x.prod().backward()
x.grad
# %%
x.grad = None
x.std(1).sum().backward()
x.grad
# %%
x.grad = None
x.norm().backward()
x.grad
# %%
x.grad = None
x.var(0, keepdim=True).mean().backward()
x.grad
# %%
t = torch.tensor([2.0, 7.0, 7.0, 1.0], requires_grad=True)
t.max().backward()
t.grad
# %%
t.grad = None
t.max(0).values.backward()
t.grad
# %%
x.max().grad_fn, x.max(1).values.grad_fn, x.prod().grad_fn, x.var().grad_fn, x.std().grad_fn, x.norm().grad_fn, x.mean(1).grad_fn, x.sum(0).grad_fn
# %%
torch.tensor([]).max()
# %%
torch.tensor([]).sum(), torch.tensor([]).mean()
# %%
torch.tensor([5.0]).std()
# %%
torch.max(x, 1), torch.sum(x, dim=0, keepdim=True), torch.min(x)
# %%
torch.tensor([[True, False], [True, True]]).all(), torch.tensor([[True, False], [True, True]]).all(dim=1), torch.tensor([0, 0, 1]).any()
# %%
x.amax(1), x.amin(0), x.logsumexp(1), x.cumsum(1)
# %%
x.sum(dim=1, keepdim=True).shape, x.mean((0, 1), keepdim=True).shape
