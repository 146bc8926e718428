# cat, stack, split, chunk, unbind and their gradients.
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([[5.0, 6.0]], requires_grad=True)
torch.cat([a, b]), torch.cat((a, b), dim=0).grad_fn, torch.cat([a, a], dim=1), torch.cat([a, a], -1).shape
# %%
torch.cat([a, b], dim=1)
# %%
torch.cat([a, torch.tensor([1.0, 2.0])])
# %%
torch.cat([])
# %%
torch.cat(a)
# %%
torch.stack([a, a]), torch.stack([a, a], dim=1).shape, torch.stack([a, a], dim=2).shape, torch.stack([a, a]).grad_fn
# %%
torch.stack([a, b])
# %%
torch.cat([a, b]).sum().backward()
a.grad, b.grad
# %%
a.grad = None
torch.stack([a, a * 2], dim=1).pow(2).sum().backward()
a.grad
# %%
x = torch.arange(10.0, requires_grad=True)
x.split(3), torch.split(x, [2, 3, 5]), x.chunk(3), x.chunk(4), torch.chunk(x, 5)
# %%
x.split([2, 3])
# %%
parts = x.split(4)
parts[0].grad_fn, parts[2].grad_fn, x.chunk(2)[1].grad_fn, x.split([5, 5])[0].grad_fn
# %%
(parts[0].sum() + 2 * parts[2].sum()).backward()
x.grad
# %%
m = torch.arange(6.0).reshape(2, 3)
m.split(1, dim=1), m.chunk(2, dim=0), m.unbind(), m.unbind(1)[0], torch.unbind(m, dim=1)[2]
# %%
m.chunk(0)
# %%
m.split(0)
# %%
torch.cat([torch.tensor([1, 2]), torch.tensor([1.5])]), torch.cat([torch.zeros(2, dtype=torch.float64), torch.ones(1)])
# %%
torch.hstack([torch.ones(2), torch.zeros(3)]), torch.vstack([torch.ones(2), torch.zeros(2)])
# %%
torch.cat([a, b.detach()]).requires_grad, torch.cat([a.detach(), b.detach()]).requires_grad
