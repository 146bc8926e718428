# nn.ParameterList and nn.ParameterDict: registration, printing, training a polynomial.
import torch
import torch.nn as nn
from torch import optim
pl = nn.ParameterList([nn.Parameter(torch.ones(2, 3)), torch.zeros(4)])
pl
# %%
pl[1], len(pl)
# %%
pl.append(torch.tensor([1.0, 2.0], dtype=torch.float64))
pl.append("hello")
pl
# %%
[n for n, _ in pl.named_parameters()]
# %%
pl[1:3]
# %%
pl[7]
# %%
pl(torch.ones(1))
# %%
pl.extend(torch.ones(2))
# %%
class Poly(nn.Module):
    def __init__(self):
        super().__init__()
        self.coeffs = nn.ParameterList([nn.Parameter(torch.tensor(float(i))) for i in range(3)])
    def forward(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
poly = Poly()
poly
# %%
poly(torch.tensor([1.0, 2.0]))
# %%
opt = optim.SGD(poly.parameters(), lr=0.01)
loss = ((poly(torch.tensor([1.0, 2.0])) - torch.tensor([0.0, 1.0])) ** 2).mean()
loss.backward()
opt.step()
list(poly.parameters())
# %%
poly.state_dict()
# %%
pd = nn.ParameterDict({"b": nn.Parameter(torch.zeros(2)), "a": torch.ones(1, 2)})
pd
# %%
list(pd.keys()), pd["a"]
# %%
pd["c"] = torch.tensor(3.0)
"c" in pd, len(pd), [n for n, _ in pd.named_parameters()]
# %%
pd[0]
# %%
pd.pop("b")
# %%
pd.update([("d", torch.ones(3, dtype=torch.float64))])
pd
# %%
pd.update([("e",)])
# %%
pd(1)
# %%
pd.get("zz", "default"), list(pd.items())[0][0]
