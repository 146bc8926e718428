# What operations on a Parameter return (Parameter or Tensor), and Parameter's argument checks.
import copy
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1.0, 2.0]))
[type(v).__name__ for v in (p.clone(), p.detach(), p.data, p[0], p.float(), p.double(), p.to(torch.float32), p.view(2), p.reshape(2), p * 1, copy.deepcopy(p), p.T if p.dim() > 1 else p.t())]
# %%
with torch.no_grad():
    r = p.add_(1)
type(r).__name__, r is p, p
# %%
p.detach().requires_grad, p.clone().requires_grad, p.clone().grad_fn
# %%
p.requires_grad_(False)
p
# %%
q = nn.Parameter(torch.ones(2, 2))
q.t(), q.sum(dim=0)
# %%
nn.Parameter(torch.ones(2, requires_grad=True) * 2)
# %%
r = nn.Parameter(torch.ones(2, requires_grad=True) * 2)
r.is_leaf, r.grad_fn
# %%
nn.Parameter(torch.tensor([1.0]), requires_grad="yes")
# %%
p.new_zeros(2), type(p.new_zeros(2)).__name__
# %%
torch.zeros_like(p), type(torch.zeros_like(p)).__name__
# %%
isinstance(p.data, nn.Parameter), p.shape, p.dtype, p.device
# %%
pickled = copy.deepcopy(nn.Linear(1, 1))
type(pickled.weight).__name__, pickled.weight.requires_grad
