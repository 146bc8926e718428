# Learning-rate schedulers, tensor learning rates, float64 parameters, Adagrad, and hook handles.
import torch
import torch.nn as nn
from torch import optim
w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = optim.SGD([w], lr=1.0)
sched = optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(5):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), opt.param_groups[0]["lr"], w.detach())
# %%
sched
# %%
sched.state_dict()
# %%
o2 = optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
s2 = optim.lr_scheduler.ExponentialLR(o2, gamma=0.9)
s2.step()
# %%
s3 = optim.lr_scheduler.LambdaLR(o2, lambda e: 1 / (e + 1))
[s3.step() or o2.param_groups[0]["lr"] for _ in range(3)]
# %%
optim.lr_scheduler.CosineAnnealingLR(o2, T_max=10).get_last_lr()
# %%
p64 = torch.tensor([1.0, -1.0], dtype=torch.float64, requires_grad=True)
o = optim.SGD([p64], lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01)
for _ in range(3):
    o.zero_grad()
    (p64 ** 4).sum().backward()
    o.step()
p64
# %%
o = optim.SGD([w], lr=torch.tensor(0.5))
o.zero_grad()
(w ** 2).sum().backward()
o.step()
w
# %%
o.param_groups[0]["lr"]
# %%
optim.Adam([w], lr=torch.tensor(0.01))
# %%
optim.RMSprop([w], lr=0.01)
# %%
optim.Adagrad([w], lr=0.1)
# %%
w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
opt = optim.Adagrad([w], lr=0.1)
opt
# %%
opt.state[w]
# %%
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    print(w)
# %%
opt.state_dict()
# %%
def run(**kw):
    p = torch.tensor([[0.5, -1.5], [2.0, 0.0]], requires_grad=True)
    o = optim.Adagrad([p], **kw)
    for _ in range(4):
        o.zero_grad()
        ((p - 1) ** 2).sum().backward()
        o.step()
    return p.detach()
run(lr=0.5, lr_decay=0.1), run(lr=0.5, weight_decay=0.1, initial_accumulator_value=0.5), run(lr=0.1, eps=0.1, maximize=True)
# %%
optim.Adagrad([w], lr=-1)
# %%
optim.Adagrad([w], lr_decay=-1)
# %%
optim.Adagrad([w], initial_accumulator_value=-1)
# %%
optim.Adagrad([w], eps=-1)
# %%
optim.Adagrad([w], weight_decay=-1)
# %%
m = nn.Linear(1, 1)
h = m.register_forward_hook(lambda *a: None)
h
# %%
type(h)
# %%
o = optim.SGD(m.parameters(), lr=1)
o.register_step_post_hook(lambda *a: None)
# %%
m.register_forward_pre_hook(lambda *a: None)
