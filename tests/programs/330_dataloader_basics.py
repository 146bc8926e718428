import torch
from torch.utils.data import DataLoader, TensorDataset, random_split, Subset, Dataset
torch.manual_seed(0)
X = torch.arange(20.).reshape(10, 2); y = torch.arange(10)
ds = TensorDataset(X, y)
# %%
print(len(ds), ds[3])
dl = DataLoader(ds, batch_size=4, shuffle=True)
print(len(dl))
for epoch in range(3):
    for xb, yb in dl:
        print(epoch, yb)
print(torch.randn(2))
# %%
dl2 = DataLoader(ds, batch_size=3, drop_last=True)
print(len(dl2), [b[1] for b in dl2])
print(torch.randn(2))
# %%
tr, te = random_split(ds, [0.7, 0.3])
print(len(tr), len(te), tr.indices, te.indices, type(tr))
g = torch.Generator().manual_seed(42)
a, b = random_split(range(10), [3, 7], generator=g); print(list(a), list(b))
# %%
print(next(iter(DataLoader([{"a": 1, "b": 2.0}, {"a": 3, "b": 4.5}], batch_size=2))))
print(next(iter(DataLoader([(1, "x"), (2, "y")], batch_size=2))))
print(next(iter(DataLoader(ds, batch_size=None))))
g2 = torch.Generator().manual_seed(7)
print([b[1].tolist() for b in DataLoader(ds, batch_size=5, shuffle=True, generator=g2)])
print(torch.randn(1))
# %%
class Sq(Dataset):
    def __len__(self): return 5
    def __getitem__(self, i): return torch.tensor([i, i*i])
print(list(DataLoader(Sq(), batch_size=2)))
# %%
for bad in [dict(batch_size=0), dict(shuffle=True, sampler=[0,1]), dict(drop_last=True, batch_size=None)]:
    try: DataLoader(ds, **bad)
    except Exception as e: print(type(e).__name__, e)
try: TensorDataset(X, torch.arange(3))
except Exception as e: print(type(e).__name__, e)
try: random_split(ds, [3, 3])
except Exception as e: print(type(e).__name__, e)
try: Dataset()[0]
except Exception as e: print(type(e).__name__, e)
try: next(iter(DataLoader([object(), object()], batch_size=2)))
except Exception as e: print(type(e).__name__, e)
# %%
print(type(ds), type(dl))
import re
print(re.sub('0x[0-9a-f]+','0x',repr(dl)), re.sub('0x[0-9a-f]+','0x',repr(iter(dl))), re.sub('0x[0-9a-f]+','0x',repr(ds)), re.sub('0x[0-9a-f]+','0x',repr(dl.sampler)))
print(len(ds + ds), (ds+ds)[12])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print([len(s) for s in random_split(ds, [0.95, 0.05, 0.0])]); print([str(x.message) for x in w])
# %%
xb = torch.randn(6, 3, requires_grad=True)
print(next(iter(DataLoader(TensorDataset(xb), batch_size=2)))[0].grad_fn)
print(next(iter(DataLoader(TensorDataset(torch.randn(6,2), torch.randint(0, 2, (6,)).float()), batch_size=4, shuffle=True))))
