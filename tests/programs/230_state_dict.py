# Saving and loading weights: state_dict, load_state_dict and their printing and errors.
import copy

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]))
    model[0].bias.copy_(torch.tensor([0.0, -0.1, 0.1]))
    model[2].weight.copy_(torch.tensor([[1.0, -1.0, 0.5]]))
    model[2].bias.fill_(0.25)
sd = model.state_dict()
sd
# %%
print(sd)
# %%
type(sd).__name__, list(sd.keys())
# %%
sd["0.weight"].requires_grad, sd["0.weight"].grad_fn
# %%
for name, tensor in model.state_dict().items():
    print(name, tuple(tensor.shape))
# %%
model.state_dict(keep_vars=True)["2.bias"]
# %%
other = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
other.load_state_dict(sd)
# %%
print(other.load_state_dict(sd))
# %%
other[2].weight
# %%
other(torch.tensor([[1.0, 1.0]]))
# %%
sd["0.weight"][0, 0] = 9.0
model[0].weight[0, 0]
# %%
bad = {k: v for k, v in sd.items() if k != "2.bias"}
other.load_state_dict(bad)
# %%
other.load_state_dict(bad, strict=False)
# %%
extra = dict(sd)
extra["3.weight"] = torch.zeros(1)
other.load_state_dict(extra, strict=False)
# %%
other.load_state_dict(extra)
# %%
wrong = dict(sd)
wrong["0.weight"] = torch.zeros(4, 2)
other.load_state_dict(wrong)
# %%
other.load_state_dict([1, 2])
# %%
twin = copy.deepcopy(model)
twin[0].weight is model[0].weight, torch.equal(twin[0].weight, model[0].weight)
# %%
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
        self.head = nn.Linear(2, 1)
        self.register_buffer("steps", torch.tensor(0))
        self.register_buffer("cache", torch.zeros(2), persistent=False)

    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return self.head(x)


net = Net()
net
# %%
list(net.state_dict().keys())
# %%
net.state_dict()["steps"]
# %%
net.layers[1], len(net.layers)
# %%
net.layers[5]
# %%
net.double()
net.head.weight.dtype, net.steps.dtype
# %%
net.float().head.bias.dtype
# %%
net(torch.ones(4, 2)).shape
