# Creation functions called without a size, and hook handles as they print.
import torch
torch.zeros()
# %%
torch.ones()
# %%
torch.empty()
# %%
torch.rand()
# %%
torch.randn()
# %%
torch.zeros(()), torch.ones(size=()), torch.zeros(0)
# %%
x = torch.ones(2, requires_grad=True)
handle = x.register_hook(lambda g: g * 2)
handle
# %%
handle.remove()
(x * 3).sum().backward()
x.grad
# %%
torch.rand(dtype=torch.float64)
# %%
torch.zeros(dtype=torch.float64)
# %%
torch.rand(()).shape, torch.randn(size=()).shape
