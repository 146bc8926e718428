# Walking and naming the module tree: prefixes, apply order, get_submodule/get_parameter, modes, loss attributes.
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 3), nn.Sequential(nn.ReLU(), nn.Linear(3, 1)))
[n for n, _ in net.named_modules(prefix="model")]
# %%
[n for n, _ in net.named_parameters(prefix="model")]
# %%
[n for n, _ in net.named_parameters(recurse=False)]
# %%
order = []
net.apply(lambda m: order.append(type(m).__name__))
order
# %%
net.get_submodule("1.1")
# %%
net.get_submodule("1.5")
# %%
net.get_submodule("0.weight")
# %%
net.get_parameter("1.1.bias").shape
# %%
net.get_parameter("1.1.missing")
# %%
net.register_module("extra", nn.Tanh())
list(dict(net.named_children()))
# %%
net.half()[0].weight.dtype
# %%
net.float()
sum(p.numel() for p in net.parameters())
# %%
nn.Dropout(p=0.2, inplace=True), nn.Dropout(), nn.LeakyReLU(inplace=True)
# %%
nn.Softmax(), nn.Softmax(dim=-1), nn.Flatten(start_dim=0, end_dim=1)
# %%
nn.Linear(3, 4).extra_repr()
# %%
nn.CrossEntropyLoss(ignore_index=0, label_smoothing=0.1).label_smoothing
# %%
loss = nn.MSELoss()
loss.reduction, loss.training
# %%
nn.MSELoss(reduction="sum").reduction, nn.L1Loss(size_average=False).reduction
# %%
nn.MSELoss(size_average=True, reduce=False)
# %%
type(net).__mro__[:2]
# %%
net.training = False
net[0].training
# %%
net.eval()
all(not m.training for m in net.modules())
# %%
dir(nn.Linear(1, 1)).count("weight"), "forward" in dir(net)
# %%
nn.Module.forward
# %%
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(2))
m = M()
m(torch.ones(2))
