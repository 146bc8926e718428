# Creation ops.
import torch
import numpy as np
torch.arange(5), torch.arange(1, 4), torch.arange(0, 1, 0.25), torch.arange(5.0)
# %%
torch.arange(10, 0, -3), torch.arange(0, 10, 3).dtype, torch.arange(0.0, 1.0, 0.1).shape
# %%
torch.arange(0, 5, 0)
# %%
torch.arange(5, 0)
# %%
torch.linspace(0, 1, 5), torch.linspace(-1, 1, steps=3), torch.linspace(0, 10, 1)
# %%
torch.linspace(0, 1)
# %%
torch.eye(3), torch.eye(2, 3), torch.eye(2, dtype=torch.int64)
# %%
torch.full((2, 3), 7.0), torch.full((2,), 7), torch.full((1, 2), True)
# %%
torch.zeros(2, 3), torch.ones((2, 1)), torch.zeros(size=(3,)), torch.ones(0), torch.zeros([])
# %%
e = torch.empty(3, 2)
e.shape, e.dtype
# %%
t = torch.tensor([[1, 2], [3, 4]])
torch.zeros_like(t), torch.ones_like(t, dtype=torch.float32), torch.full_like(t, 9), torch.empty_like(t).shape
# %%
a = np.array([1.0, 2.0, 3.0])
b = torch.from_numpy(a)
a[0] = 100.0
b
# %%
b[1] = -1
a
# %%
torch.tensor(a), torch.as_tensor([1, 2]), torch.tensor(np.float32(2.5)), torch.tensor(np.arange(3))
# %%
torch.tensor([[1, 2], [3]])
# %%
torch.tensor([])
# %%
torch.tensor([[]]).shape, torch.zeros(2, 0).shape
# %%
torch.tensor(b)
# %%
torch.tensor("abc")
# %%
torch.ones(2, 3, requires_grad=True)
# %%
torch.zeros(-1)
# %%
torch.tensor([1.0, 2.0], dtype=torch.int64)
# %%
torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True).sum()
# %%
torch.eye(3)[1], torch.zeros(2, 2).fill_(3.0), torch.ones(3).zero_()
