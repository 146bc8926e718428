# What modules and parameters print: custom modules, extra_repr, containers, Parameter reprs.
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = nn.Parameter(torch.tensor(factor))

    def forward(self, x):
        return x * self.factor

    def extra_repr(self):
        return f"factor={self.factor.item()}"


Scale(2.0)
# %%
class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2, 2))

    def forward(self, x):
        return x @ self.w


Plain()
# %%
class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.lin = nn.Linear(n, n)
        self.scale = Scale(0.5)
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.act(self.scale(self.lin(x)))


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.Sequential(Block(3), Block(3))
        self.heads = nn.ModuleDict({"cls": nn.Linear(3, 2), "reg": nn.Linear(3, 1)})
        self.extras = nn.ModuleList([nn.Tanh(), nn.Tanh(), nn.Sigmoid(), nn.Tanh()])
        self.empty = nn.Sequential()

    def forward(self, x):
        h = self.blocks(x)
        return self.heads["cls"](h), self.heads["reg"](h)


model = Model()
model
# %%
nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2), nn.Linear(2, 2), nn.ReLU())
# %%
nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 2)])
# %%
nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 3)])
# %%
nn.ModuleList()
# %%
nn.ModuleDict()
# %%
[n for n, _ in model.named_parameters()]
# %%
out = model(torch.ones(2, 3))
[o.shape for o in out]
# %%
nn.Parameter(torch.tensor([1.0, 2.0]))
# %%
nn.Parameter(torch.tensor([1.0, 2.0]), requires_grad=False)
# %%
nn.Parameter(torch.tensor([1.0, 2.0], dtype=torch.float64))
# %%
nn.Parameter(torch.zeros(2, 3))
# %%
nn.Parameter(torch.tensor([1, 2]))
# %%
nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
# %%
nn.Parameter([1.0, 2.0])
# %%
nn.Parameter()
# %%
p = nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
p * 2
# %%
p.data
# %%
p.detach(), p.sum(), p[0]
# %%
isinstance(p, torch.Tensor), isinstance(p * 2, nn.Parameter), p.is_leaf, p.grad
# %%
t = torch.tensor([1.0, 2.0])
q = nn.Parameter(t)
t[0] = 5.0
q
# %%
str(p)
# %%
print([p])
# %%
nn.ReLU(), nn.ReLU(inplace=True), nn.Sigmoid(), nn.Tanh(), nn.Softmax(dim=1), nn.LogSoftmax(dim=-1)
# %%
nn.LeakyReLU(0.2), nn.Dropout(0.3), nn.Flatten(), nn.Identity()
# %%
nn.CrossEntropyLoss(reduction="sum"), nn.BCELoss(weight=torch.ones(2)), nn.BCEWithLogitsLoss()
# %%
nn.Linear(3, 4).weight.grad, nn.Linear(3, 4).bias.is_leaf
# %%
model.parameters()
# %%
len(list(model.parameters())), sum(p.numel() for p in model.parameters())
# %%
model.blocks[0].lin
