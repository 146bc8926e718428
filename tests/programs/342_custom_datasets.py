import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, SubsetRandomSampler, Subset
class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        x = torch.tensor([float(i)])
        return {"x": x, "y": x ** 2, "id": i}
ds = Squares(10)
print(len(ds), ds[3])
torch.manual_seed(0)
for batch in DataLoader(ds, batch_size=4, shuffle=True):
    print(batch)
# %%
for batch in DataLoader(ds, batch_size=3, sampler=SubsetRandomSampler([0, 2, 4, 6, 8])):
    print(batch["id"])
# %%
def pairs(batch):
    return torch.cat([b["x"] for b in batch]), [b["id"] for b in batch]
list(DataLoader(ds, batch_size=4, collate_fn=pairs))
# %%
class Stream(IterableDataset):
    def __iter__(self):
        for i in range(7):
            yield torch.tensor([i, -i])
print(list(DataLoader(Stream(), batch_size=3)))
print(list(DataLoader(Stream(), batch_size=3, drop_last=True)))
# %%
DataLoader(Stream(), shuffle=True)
# %%
sub = Subset(ds, [9, 0, 5])
print(len(sub), sub[0]["id"], [b["id"] for b in DataLoader(sub, batch_size=2)])
# %%
[x for x in DataLoader([1.5, 2.5, 3.5], batch_size=2)], [x for x in DataLoader([[1, 2], [3, 4], [5, 6]], batch_size=2)]
# %%
import numpy as np
next(iter(DataLoader([np.array([1.0, 2.0]), np.array([3.0, 4.0])], batch_size=2))), next(iter(DataLoader([np.float32(1.5), np.float32(2.0)], batch_size=2)))
# %%
next(iter(DataLoader([[1, 2], [3]], batch_size=2)))
# %%
dl = DataLoader(ds, batch_size=4)
dl.batch_size = 2
