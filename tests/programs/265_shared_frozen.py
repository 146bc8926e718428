# Shared and tied layers, deleting and replacing members, buffers, frozen parameters.
import torch
import torch.nn as nn
from torch import optim
shared = nn.Linear(2, 2)
class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = shared
        self.b = shared
        self.c = nn.Linear(2, 2, bias=False)
        self.c.weight = self.a.weight
    def forward(self, x):
        return self.c(self.b(self.a(x)))
t = Tied()
t
# %%
[n for n, _ in t.named_parameters()], len(list(t.parameters()))
# %%
[n for n, _ in t.named_modules()], [n for n, _ in t.named_children()]
# %%
list(t.state_dict().keys())
# %%
[n for n, _ in t.named_parameters(remove_duplicate=False)]
# %%
optim.SGD(t.parameters(), lr=0.1).param_groups[0]["params"].__len__()
# %%
t.a = None
t
# %%
del t.c
t
# %%
t.c
# %%
class WithExtra(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Linear(1, 1)
    def extra_repr(self):
        return "line one\nline two"
WithExtra()
# %%
class OnlyExtra(nn.Module):
    def extra_repr(self):
        return "a=1\nb=2"
OnlyExtra()
# %%
m = nn.Linear(2, 1)
m.bias = None
m, list(dict(m.named_parameters()).keys())
# %%
m.bias = nn.Parameter(torch.zeros(1))
list(dict(m.named_parameters()).keys())
# %%
m.register_buffer("mask", torch.ones(2))
m.mask, list(m.state_dict().keys())
# %%
m.register_buffer("mask", torch.zeros(2))
m.mask
# %%
m.register_buffer("weight", torch.zeros(2))
# %%
m.register_buffer("x", [1, 2])
# %%
m.to(torch.float64).mask.dtype
# %%
m.weightt
# %%
nn.Linear(2, 1).training, nn.Linear(2, 1).eval().training
# %%
m.zero_grad()
m.weight.grad
# %%
m = nn.Linear(2, 1)
m.weight.requires_grad_(False)
[n for n, p in m.named_parameters() if p.requires_grad]
# %%
opt = optim.SGD(filter(lambda p: p.requires_grad, m.parameters()), lr=0.1)
len(opt.param_groups[0]["params"])
# %%
m.requires_grad_()
m.weight.requires_grad
# %%
frozen = nn.Linear(2, 2)
for p in frozen.parameters():
    p.requires_grad = False
out = frozen(torch.ones(1, 2))
out.requires_grad, out.grad_fn
# %%
out.sum().backward()
