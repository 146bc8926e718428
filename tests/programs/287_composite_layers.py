# Layers PyTorch composes from other ops: Softmin, Softsign, Tanhshrink, Unflatten.
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]], requires_grad=True)
F.softmin(x, dim=1)
# %%
F.softmin(x)
# %%
nn.Softmin(dim=0)(x), nn.Softmin(dim=1)
# %%
F.softsign(x), nn.Softsign()
# %%
F.tanhshrink(x), nn.Tanhshrink()
# %%
(F.softsign(x) + F.tanhshrink(x) + F.softmin(x, 1)).sum().backward()
x.grad
# %%
u = nn.Unflatten(1, (2, 3))
u
# %%
u(torch.arange(12.0).view(2, 6))
# %%
nn.Unflatten(1, [3, 2])(torch.ones(2, 6)).shape
# %%
nn.Unflatten(1, 6)
# %%
nn.Unflatten(1, (2, 3.0))
# %%
nn.Sequential(nn.Flatten(), nn.Linear(6, 6), nn.Unflatten(1, (3, 2)))(torch.ones(4, 2, 3)).shape
