import os
import tempfile
import torch
d = tempfile.mkdtemp()
import torch.nn as nn
torch.manual_seed(3)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
torch.save(model.state_dict(), os.path.join(d, "m.pt"))
# %%
sd = torch.load(os.path.join(d, "m.pt"))
sd
# %%
m2 = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
m2.load_state_dict(sd)
# %%
torch.save({"epoch": 3, "t": torch.tensor([1.5, 2.0]), "opt": torch.optim.SGD(model.parameters(), lr=0.1).state_dict()}, os.path.join(d, "c.pt"))
torch.load(os.path.join(d, "c.pt"), weights_only=True)
# %%
m2.load_state_dict({"0.weight": sd["0.weight"]})
# %%
m2.load_state_dict({"0.weight": sd["0.weight"]}, strict=False)
# %%
sd2 = dict(sd); sd2["0.weight"] = torch.zeros(4, 2)
m2.load_state_dict(sd2)
# %%
torch.save(model, os.path.join(d, "full.pt"))
torch.load(os.path.join(d, "full.pt"))
# %%
type(torch.load(os.path.join(d, "full.pt"), weights_only=False))
# %%
import io
b = io.BytesIO(); torch.save({'w': torch.ones(2, requires_grad=True), 'p': torch.nn.Parameter(torch.zeros(1)), 'n': [1, 2.5, 'a', None, (1,2)], 's': torch.Size([2,3]), 'd': torch.float64}, b); b.seek(0); print(torch.load(b))
# %%
torch.load("no_such_checkpoint.pt")
