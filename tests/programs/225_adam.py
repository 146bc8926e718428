# optim.Adam: betas, eps, weight decay, amsgrad, its state, printing and errors.
import torch
import torch.nn as nn
from torch import optim

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
adam = optim.Adam([w], lr=0.1)
adam
# %%
adam.defaults
# %%
for _ in range(3):
    adam.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    adam.step()
    print(loss.item(), w)
# %%
adam.state[w]
# %%
adam.state[w]["step"], adam.state[w]["exp_avg"].dtype
# %%
adam.state_dict()["state"][0].keys()
# %%
adam.state_dict()["param_groups"]
# %%
def run(steps=4, **kwargs):
    p = torch.tensor([[0.5, -1.5], [2.0, 0.0]], requires_grad=True)
    o = optim.Adam([p], **kwargs)
    for _ in range(steps):
        o.zero_grad()
        ((p - 1) ** 2).sum().backward()
        o.step()
    return p.detach()


run(lr=0.01)
# %%
run(lr=0.1, betas=(0.5, 0.9))
# %%
run(lr=0.1, eps=1.0)
# %%
run(lr=0.1, weight_decay=0.1)
# %%
run(lr=0.1, amsgrad=True)
# %%
run(lr=0.1, maximize=True)
# %%
run(lr=0.1, weight_decay=0.1, decoupled_weight_decay=True)
# %%
optim.Adam([w], lr=-1)
# %%
optim.Adam([w], betas=(1.0, 0.999))
# %%
optim.Adam([w], betas=(0.9, -0.1))
# %%
optim.Adam([w], eps=-1e-8)
# %%
optim.Adam([w], weight_decay=-0.5)
# %%
optim.Adam([w], betas=(0.9, 1))
# %%
optim.Adam([w], lr=0.1, amsgrad=True)
# %%
optim.AdamW([w], lr=0.01)
# %%
x = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
y = 2 * x + 1
model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.0)
    model.bias.fill_(0.0)
opt = optim.Adam(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
for epoch in range(5):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: loss {loss.item():.4f}")
# %%
model.weight, model.bias
# %%
opt.state_dict()["state"][1]
# %%
p64 = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
o64 = optim.Adam([p64], lr=0.5)
(p64 ** 3).sum().backward()
o64.step()
p64, o64.state[p64]["step"]
# %%
frozen = torch.tensor([1.0], requires_grad=True)
o = optim.Adam([frozen])
o.step()
o.state
