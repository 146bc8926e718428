# create_graph through softplus and gelu: their first derivatives are ops of their own.
import torch
import torch.nn.functional as F
x = torch.tensor([0.5, 2.0, -1.0, 30.0], requires_grad=True)
(g,) = torch.autograd.grad(F.softplus(x).sum(), x, create_graph=True)
g, g.grad_fn.next_functions, g.grad_fn._saved_beta, g.grad_fn._saved_threshold
# %%
(h,) = torch.autograd.grad(g.sum(), x, create_graph=True)
h
# %%
(g,) = torch.autograd.grad(F.softplus(x, beta=2, threshold=3).sum(), x, create_graph=True)
g, torch.autograd.grad(g.sum(), x)
# %%
(g,) = torch.autograd.grad(F.gelu(x).sum(), x, create_graph=True)
g, g.grad_fn._saved_approximate, g.grad_fn._saved_self
# %%
(h,) = torch.autograd.grad(g.sum(), x, create_graph=True)
h
# %%
(g,) = torch.autograd.grad(F.gelu(x, approximate="tanh").sum(), x, create_graph=True)
g, torch.autograd.grad(g.sum(), x)
# %%
w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
(g,) = torch.autograd.grad((F.gelu(x * 2) * w).sum(), x, create_graph=True)
g, torch.autograd.grad(g.sum(), [x, w])
# %%
(g,) = torch.autograd.grad((F.softplus(x * 2) * w).sum(), x, create_graph=True)
g, torch.autograd.grad(g.sum(), [x, w])
# %%
x.grad = None
F.gelu(x).sum().backward()
F.softplus(x).sum().backward()
x.grad
