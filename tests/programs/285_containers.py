# Containers: Sequential, ModuleList and ModuleDict methods (insert, pop, +, *, slicing) and their errors.
import torch
import torch.nn as nn
from collections import OrderedDict
seq = nn.Sequential(OrderedDict([("a", nn.Linear(1, 2)), ("b", nn.ReLU()), ("c", nn.Linear(2, 1))]))
seq[0:2]
# %%
seq[-1], seq["a"] if False else None
# %%
seq["a"]
# %%
seq.insert(1, nn.Tanh())
seq
# %%
seq.pop(1)
# %%
seq
# %%
seq.extend(nn.Sequential(nn.Sigmoid()))
seq
# %%
del seq[0]
seq
# %%
seq + nn.Sequential(nn.Identity())
# %%
seq + nn.ReLU()
# %%
seq * 2
# %%
ml = nn.ModuleList([nn.Linear(1, 1)])
ml.append(nn.ReLU())
ml.extend([nn.Tanh(), nn.Tanh()])
ml.insert(0, nn.Sigmoid())
ml
# %%
ml[1:3], ml[-1]
# %%
ml + nn.ModuleList([nn.Identity()])
# %%
ml.append(3)
# %%
ml(torch.ones(1))
# %%
md = nn.ModuleDict({"x": nn.Linear(1, 1), "y": nn.ReLU()})
md["z"] = nn.Tanh()
list(md.keys()), len(md), "x" in md
# %%
md
# %%
md["missing"]
# %%
md.pop("y"), list(md.items())[0][0]
# %%
md.update({"w": nn.Sigmoid()})
list(md)
# %%
nn.ModuleDict({"a": 1})
# %%
for i, layer in enumerate(nn.ModuleList([nn.ReLU(), nn.Tanh()])):
    print(i, layer)
# %%
nn.Sequential(*[nn.Linear(2, 2) for _ in range(2)])
# %%
nn.ModuleList([nn.Sequential(nn.Linear(1, 1), nn.ReLU()) for _ in range(3)])
# %%
s = nn.Sequential(nn.Linear(1, 1), nn.ReLU())
s * 0
# %%
s * 1.5
# %%
doubled = 2 * s
doubled, doubled[0] is doubled[2]
# %%
before = s
s += nn.Sequential(nn.Tanh())
s is before, len(s)
# %%
s *= 2
s
# %%
s += [nn.ReLU()]
