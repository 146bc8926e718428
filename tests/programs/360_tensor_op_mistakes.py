# Mistakes learners make with tensor ops, and what PyTorch says.
import torch

x = torch.ones(2, 3)
print(x.view(-2, 3))
# %%
print(x.reshape((2,), 3))
# %%
print(x.view(torch.float64))
# %%
print(x.unflatten(1, (2, 2)))
# %%
print(torch.zeros(2, dtype=float), torch.zeros(2, dtype=int), torch.ones(2).to(bool))
# %%
print(torch.zeros(2, dtype="float32"))
# %%
print(torch.full(2, 1.0))
# %%
print(torch.ones((2, 3), 4))
# %%
print(bool(torch.tensor([])))
# %%
n = torch.tensor([1, 2])
n.requires_grad = True
# %%
print(x.shape + (4,), x.shape * 2, x.shape[1:])
# %%
print(x.shape + [4])
# %%
print(torch.Size([2.5]))
# %%
print(torch.ones(2, 3, 4).H)
# %%
print(x.H.shape, x.mH.shape)
# %%
print(torch.where(torch.tensor([True, False]), torch.ones(3), torch.zeros(2)))
# %%
print(torch.ones(3).clamp(torch.ones(2)))
# %%
print(torch.allclose(torch.ones(2), torch.ones(3)))
# %%
print(torch.ones(5).split(-1))
# %%
print(torch.tensor([-2, -1, 0, 1, 2]) ** torch.tensor(-1), 2 ** torch.tensor([-1, 0, 3]))
# %%
print(torch.tensor([1.0]) & torch.tensor([1.0]))
# %%
print(torch.tensor([1, 2]) << 1, torch.tensor([8]) >> torch.tensor([2]))
# %%
print(torch.tensor([1.0]) @ 2)
# %%
print(torch.ones(3).mv(torch.ones(3)))
# %%
print(x.index_select(1, torch.tensor([3])))
# %%
print(x.unsqueeze(1.0))
# %%
print(torch.ones(2, 1, 1).squeeze(1, 2).shape)
