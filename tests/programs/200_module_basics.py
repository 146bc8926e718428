# A learner's first nn.Module: registration, parameters, children, train/eval and printing.
import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(4, 2)
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.register_buffer("running", torch.zeros(2))
        self.note = "plain attribute"

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x))) * self.scale


net = TinyNet()
net
# %%
print(net)
print(str(net) == repr(net))
# %%
[name for name, _ in net.named_parameters()]
# %%
[tuple(p.shape) for p in net.parameters()]
# %%
sum(p.numel() for p in net.parameters() if p.requires_grad)
# %%
list(net.named_children())
# %%
[name for name, _ in net.named_modules()]
# %%
list(net.children())[0]
# %%
list(net.named_buffers())
# %%
net.scale
# %%
print(net.scale)
# %%
type(net.scale), net.scale.requires_grad, net.scale.is_leaf, net.scale.grad_fn
# %%
net.training, net.fc1.training
# %%
net.eval()
net.training, net.fc1.training, net.act.training
# %%
net.train()
# %%
net.train(mode=False).training
# %%
net.train("yes")
# %%
x = torch.ones(5, 3)
out = net(x)
out.shape, out.grad_fn
# %%
out.sum().backward()
[p.grad is None for p in net.parameters()]
# %%
net.zero_grad()
[p.grad for p in net.parameters()]
# %%
net(x).sum().backward()
net.zero_grad(set_to_none=False)
net.scale.grad, net.fc2.bias.grad
# %%
net.missing
# %%
net.fc1 = "not a module"
# %%
net.scale = torch.tensor(3.0)
# %%
class NoForward(nn.Module):
    pass

NoForward()(torch.ones(1))
# %%
class Forgot(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(1, 1)

Forgot()
# %%
nn.Module()
# %%
m = nn.Module()
m.register_parameter("w", nn.Parameter(torch.ones(2)))
m.register_parameter("bad.name", nn.Parameter(torch.ones(2)))
# %%
m.register_parameter("v", torch.ones(2))
# %%
m.add_module("child", nn.Tanh())
m.add_module("x", 3)
# %%
m
# %%
len(list(net.modules())), len(list(net.parameters(recurse=False)))
# %%
net.requires_grad_(False)
[p.requires_grad for p in net.parameters()]
# %%
net.get_submodule("fc2"), net.get_parameter("fc1.bias").shape
