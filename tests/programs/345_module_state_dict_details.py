import torch
import torch.nn as nn
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(3, 4), nn.ReLU())
        self.heads = nn.ModuleList([nn.Linear(4, 1), nn.Linear(4, 2)])
        self.register_buffer("scale", torch.tensor(2.0))
        self.register_buffer("cache", torch.zeros(1), persistent=False)
        self.temperature = nn.Parameter(torch.ones(1))
    def forward(self, x):
        h = self.encoder(x) * self.scale / self.temperature
        return [head(h) for head in self.heads]
net = Net()
net
# %%
list(net.state_dict().keys())
# %%
[(n, tuple(b.shape)) for n, b in net.named_buffers()], [n for n, _ in net.named_parameters()]
# %%
[name for name, _ in net.named_modules()], [type(m).__name__ for m in net.modules()]
# %%
net.heads[1].state_dict()
# %%
counts = {}
net.apply(lambda m: counts.__setitem__(type(m).__name__, counts.get(type(m).__name__, 0) + 1))
counts
# %%
out = net(torch.randn(2, 3))
[o.shape for o in out], out[1].grad_fn
# %%
net.load_state_dict({"scale": torch.tensor(3.0)}, strict=False)
# %%
net.scale, net.get_submodule("heads.1"), net.get_parameter("encoder.0.bias")
# %%
sd = net.state_dict()
sd["encoder.0.weight"][0, 0] = 100.0
net.encoder[0].weight[0, 0]
