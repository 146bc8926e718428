# nn.Linear (its initialisation bounds, weights set by hand) and nn.Sequential.
import math
from collections import OrderedDict

import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
layer
# %%
layer.weight.shape, layer.bias.shape, layer.weight.dtype, layer.weight.requires_grad
# %%
bound = 1 / math.sqrt(4)
bool(layer.weight.abs().max() <= bound), bool(layer.bias.abs().max() <= bound)
# %%
big = nn.Linear(1000, 50)
w = big.weight
bool(w.abs().max() <= 1 / math.sqrt(1000)), bool(w.abs().max() > 0.9 / math.sqrt(1000))
# %%
round(w.mean().item(), 2), round(w.std().item() * math.sqrt(1000) * math.sqrt(3), 1)
# %%
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, 0.0, -1.0, 2.0], [0.5, 0.5, 0.5, 0.5], [0.0, 1.0, 0.0, -1.0]]))
    layer.bias.fill_(0.1)
layer.weight
# %%
layer.bias
# %%
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [-1.0, 0.0, 1.0, 0.0]])
y = layer(x)
y
# %%
layer(torch.tensor([1.0, 1.0, 1.0, 1.0]))
# %%
layer(torch.ones(2, 5, 4)).shape
# %%
layer(torch.ones(2, 3))
# %%
layer(torch.ones(2, 4, dtype=torch.float64))
# %%
layer(torch.ones(2, 4, dtype=torch.long))
# %%
nobias = nn.Linear(2, 2, bias=False)
nobias, nobias.bias, [n for n, _ in nobias.named_parameters()]
# %%
nobias.weight = nn.Parameter(torch.tensor([[2.0, 0.0], [0.0, 3.0]]))
nobias(torch.tensor([1.0, 1.0]))
# %%
nn.Linear(2, 2, dtype=torch.float64).weight.dtype
# %%
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1), nn.Sigmoid())
model
# %%
len(model), model[0], model[-1], model[2].out_features
# %%
model[1:3]
# %%
model[10]
# %%
[name for name, _ in model.named_parameters()]
# %%
named = nn.Sequential(OrderedDict([("hidden", nn.Linear(3, 5)), ("act", nn.ReLU()), ("out", nn.Linear(5, 1))]))
named
# %%
named.hidden, named.out.weight.shape
# %%
nested = nn.Sequential(nn.Sequential(nn.Linear(2, 3), nn.ReLU()), nn.Sequential(nn.Linear(3, 1)))
print(nested)
# %%
[name for name, _ in nested.named_modules()]
# %%
list(nested.state_dict().keys())
# %%
for layer_ in model:
    print(type(layer_).__name__)
# %%
model.append(nn.Identity())
len(model)
# %%
model(torch.zeros(4, 2)).shape
# %%
model(torch.zeros(4, 3))
# %%
nn.Sequential()(torch.ones(2))
# %%
nn.Sequential(nn.Linear(2, 2), "relu")
