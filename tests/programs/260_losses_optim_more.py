# More losses and optimizers: K-dim cross-entropy, float64 models, Adam parameter groups, legacy loss arguments.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
# Multi-class on 3-D logits; float64 models; gradient through loss classes
logits = torch.tensor([[[1.0, 2.0], [0.5, 0.1], [0.0, -1.0]]], requires_grad=True)  # (N=1, C=3, d=2)
t = torch.tensor([[0, 2]])
loss = nn.CrossEntropyLoss()(logits, t)
loss
# %%
loss.backward()
logits.grad
# %%
nn.CrossEntropyLoss(reduction="none")(logits, t)
# %%
m = nn.Linear(2, 2).double()
with torch.no_grad():
    m.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    m.bias.zero_()
out = m(torch.tensor([[1.0, 1.0]], dtype=torch.float64))
out
# %%
F.cross_entropy(out, torch.tensor([1]))
# %%
opt = optim.SGD(m.parameters(), lr=0.1, momentum=0.9)
for i in range(3):
    opt.zero_grad()
    l = F.cross_entropy(m(torch.tensor([[1.0, 1.0]], dtype=torch.float64)), torch.tensor([0]))
    l.backward()
    opt.step()
    print(i, l.item())
m.weight
# %%
p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor([3.0], requires_grad=True)
opt = optim.Adam([{"params": [p]}, {"params": [q], "lr": 0.5, "betas": (0.5, 0.5)}], lr=0.1)
for _ in range(2):
    opt.zero_grad()
    (p.sum() * q).backward()
    opt.step()
p, q
# %%
opt
# %%
opt.state_dict()["state"]
# %%
opt.param_groups[1]["betas"]
# %%
mse = nn.MSELoss()
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([1.5, 2.5, 2.0], requires_grad=True)
mse(a, b).backward()
a.grad, b.grad
# %%
bce = nn.BCELoss(reduction="sum")
pr = torch.tensor([[0.1, 0.9], [0.8, 0.3]], requires_grad=True)
bce(pr, torch.tensor([[0.0, 1.0], [1.0, 1.0]])).backward()
pr.grad
# %%
y = torch.tensor([0.2, 0.8])
F.binary_cross_entropy(torch.tensor([0.3, 0.6]), y)
# %%
F.mse_loss(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.0, 2.0]]), reduction="none")
# %%
F.cross_entropy(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([1]), weight=torch.tensor([0.2, 0.3, 0.5]), reduction="none")
# %%
F.cross_entropy(torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, 0.0]]), torch.tensor([1, 0]), weight=torch.tensor([0.2, 0.3, 0.5]))
# %%
nn.MSELoss(size_average=False)
# %%
nn.MSELoss(reduce=False)(torch.tensor([1.0]), torch.tensor([2.0]))
# %%
F.softmax(torch.tensor([[1.0, 2.0]]), dim=-1, dtype=torch.float64)
# %%
F.log_softmax(torch.tensor([1.0, 2.0], dtype=torch.float64), dim=0)
# %%
torch.softmax(torch.tensor([1.0, 2.0]), 0), torch.log_softmax(torch.tensor([1.0, 2.0]), 0)
# %%
torch.tensor([1.0, 2.0]).softmax(dim=0)
# %%
nn.Sigmoid()(torch.tensor([0.0])), nn.Tanh()(torch.tensor([0.0])), nn.ReLU()(torch.tensor([-1.0]))
# %%
r = nn.ReLU(inplace=True)
v = torch.tensor([-1.0, 2.0])
r(v), v
# %%
leaf = torch.tensor([-1.0, 2.0], requires_grad=True)
r(leaf * 1)
