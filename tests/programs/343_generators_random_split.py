import torch
from torch.utils.data import DataLoader, TensorDataset, random_split
g = torch.Generator()
print(g.initial_seed())
g.manual_seed(42)
print(torch.randperm(6, generator=g), torch.rand(2, generator=g), torch.randn(2, generator=g), torch.randint(0, 5, (4,), generator=g))
torch.manual_seed(0)
a = torch.randn(2)
torch.manual_seed(0)
_ = torch.randn(3, generator=torch.Generator().manual_seed(1))
print(torch.equal(a, torch.randn(2)))
# %%
ds = TensorDataset(torch.arange(10))
train, val = random_split(ds, [8, 2], generator=torch.Generator().manual_seed(42))
print(train.indices, val.indices)
torch.manual_seed(3)
parts = random_split(range(11), [0.5, 0.3, 0.2])
print([list(p) for p in parts])
# %%
g = torch.Generator().manual_seed(123)
dl = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
print([b[0].tolist() for b in dl], [b[0].tolist() for b in dl])
# %%
torch.manual_seed(0)
plain = DataLoader(ds, batch_size=5)
for _ in plain:
    pass
torch.randn(2)
# %%
random_split(ds, [0.5, 0.6])
# %%
random_split(ds, [1.2, -0.2])
# %%
it = iter(DataLoader(ds, batch_size=3))
print(len(it), next(it), next(it))
