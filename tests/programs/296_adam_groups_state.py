# A float64 classifier trained with Adam in two parameter groups; its state, state_dict and reloading.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
model = nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 3)).double()
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.3, -0.2], [0.1, 0.4]]))
    model[0].bias.copy_(torch.tensor([0.05, -0.05]))
    model[2].weight.copy_(torch.tensor([[0.2, 0.1], [-0.3, 0.5], [0.4, -0.1]]))
    model[2].bias.zero_()
X = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.0, -1.0]], dtype=torch.float64)
Y = torch.tensor([2, 0, 1])
opt = optim.Adam([{"params": model[0].parameters()}, {"params": model[2].parameters(), "lr": 0.05}], lr=0.01)
for epoch in range(4):
    opt.zero_grad()
    loss = F.cross_entropy(model(X), Y)
    loss.backward()
    opt.step()
    print(epoch, loss)
# %%
opt.state
# %%
sd = opt.state_dict()
sd["param_groups"]
# %%
sd["state"][3]
# %%
fresh = optim.Adam([{"params": model[0].parameters()}, {"params": model[2].parameters()}], lr=0.5)
fresh.load_state_dict(sd)
fresh.param_groups[1]["lr"], fresh.state[model[2].bias]["step"]
# %%
fresh.state[model[2].bias]["exp_avg"] is sd["state"][3]["exp_avg"]
# %%
optim.Adam(model.parameters()).load_state_dict(sd)
# %%
bad = optim.Adam([{"params": model[0].parameters()}, {"params": [model[2].weight]}])
bad.load_state_dict(sd)
# %%
model.eval()
with torch.no_grad():
    probs = F.softmax(model(X), dim=1)
probs, probs.argmax(dim=1), (probs.argmax(dim=1) == Y).float().mean()
# %%
model.train()
pred = model(X)
pred.dtype, pred.grad_fn, pred.grad_fn.next_functions
