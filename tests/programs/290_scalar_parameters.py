# Scalar (0-dim) parameters: y = w * x + b fitted with every optimizer, step by step.
import torch
from torch import optim

x = torch.tensor([0.0, 1.0, 2.0, 3.0])
y = torch.tensor([1.0, 3.0, 5.0, 7.0])


def fit(make, steps=3):
    w = torch.tensor(0.5, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    opt = make([w, b])
    for step in range(steps):
        opt.zero_grad()
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 5), w, b)
    return opt


fit(lambda p: optim.SGD(p, lr=0.05))
# %%
opt = fit(lambda p: optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01))
opt.state_dict()["state"]
# %%
opt = fit(lambda p: optim.Adam(p, lr=0.1))
opt.state_dict()["state"][0]
# %%
fit(lambda p: optim.Adam(p, lr=0.1, amsgrad=True, weight_decay=0.1, maximize=True))
# %%
fit(lambda p: optim.AdamW(p, lr=0.1))
# %%
fit(lambda p: optim.RMSprop(p, lr=0.01, momentum=0.5, centered=True))
# %%
fit(lambda p: optim.Adagrad(p, lr=0.5))
# %%
w = torch.tensor(2.0, requires_grad=True)
opt = optim.SGD([w], lr=0.1)
(w ** 2).backward()
opt.step()
w, w.grad
# %%
opt.zero_grad(set_to_none=False)
w.grad
