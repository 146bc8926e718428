# optim.SGD: plain steps, momentum, dampening, nesterov, weight decay, parameter groups, printing.
import torch
import torch.nn as nn
from torch import optim

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1)
opt
# %%
print(opt)
# %%
opt.defaults
# %%
opt.param_groups[0]["lr"], len(opt.param_groups), opt.param_groups[0]["params"][0] is w
# %%
loss = (w ** 2).sum()
loss.backward()
w.grad
# %%
opt.step()
w
# %%
opt.zero_grad()
w.grad
# %%
opt.step()
w
# %%
def run(**kwargs):
    p = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
    o = optim.SGD([p], **kwargs)
    for _ in range(3):
        o.zero_grad()
        (p ** 2).sum().backward()
        o.step()
        print(p.detach())
    return o


mom = run(lr=0.1, momentum=0.9)
# %%
mom.state[mom.param_groups[0]["params"][0]]
# %%
run(lr=0.1, momentum=0.9, dampening=0.5)
# %%
run(lr=0.1, momentum=0.9, nesterov=True)
# %%
run(lr=0.1, weight_decay=0.01)
# %%
run(lr=0.1, momentum=0.5, weight_decay=0.1, maximize=True)
# %%
optim.SGD([w], lr=-0.1)
# %%
optim.SGD([w], lr=0.1, momentum=-1)
# %%
optim.SGD([w], lr=0.1, weight_decay=-1)
# %%
optim.SGD([w], lr=0.1, nesterov=True)
# %%
optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.1, nesterov=True)
# %%
optim.SGD([w * 2], lr=0.1)
# %%
optim.SGD(w, lr=0.1)
# %%
optim.SGD([], lr=0.1)
# %%
optim.SGD([w, 1.0], lr=0.1)
# %%
optim.SGD([w])
# %%
optim.SGD({w}, lr=0.1)
# %%
optim.SGD([w, w], lr=0.1)
# %%
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
groups = optim.SGD([
    {"params": model[0].parameters()},
    {"params": model[2].parameters(), "lr": 0.01, "momentum": 0.9},
], lr=0.1)
groups
# %%
[(g["lr"], g["momentum"], len(g["params"])) for g in groups.param_groups]
# %%
optim.SGD([{"params": model[0].parameters()}, {"params": model[0].parameters()}], lr=0.1)
# %%
groups.add_param_group({"params": [torch.zeros(2, requires_grad=True)], "lr": 1.0})
len(groups.param_groups), groups.param_groups[2]["momentum"]
# %%
for g in groups.param_groups:
    g["lr"] *= 0.5
[g["lr"] for g in groups.param_groups]
# %%
sd = groups.state_dict()
sd["param_groups"][1]
# %%
sd["state"]
# %%
p = nn.Parameter(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
o = optim.SGD([p], lr=0.5)
o.step()
p
# %%
p.grad = torch.ones(2, 2)
o.step()
p
# %%
o.zero_grad(set_to_none=False)
p.grad
